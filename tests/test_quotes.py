"""Quote checks read figures the way sentences state them."""

import datetime as dt
from pathlib import Path

from checks.engine import Options, run
from checks.figures import Context
from checks.quotes import figures_in
from checks.results import Verdict


def write_story(tmp_path: Path, text: str, claims: str) -> None:
    """A source text and a claim file that quotes it (``claims``: the indented records)."""
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    (tmp_path / "story.yaml").write_text(
        "source: {published: 2024-03-03, text: story.txt}\nclaims:\n" + claims, encoding="utf-8"
    )


def verdicts(tmp_path: Path, text: str, claims: str) -> dict[str, Verdict]:
    write_story(tmp_path, text, claims)
    result = run([str(tmp_path)], Options())
    assert result.error_count == 0
    return {c.check_id: c.verdict for _, c in result.all_checks()}


def test_a_bare_number_in_the_quote_states_a_count(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "Of those, 18,200 are in Dadu.",
        '  dadu: {value: "18,200 people", quote: "18,200 are in Dadu"}\n'
        '  wrong: {value: "18,300 people", quote: "18,200 are in Dadu"}\n',
    )
    assert found == {"quote-dadu": Verdict.CONSISTENT, "quote-wrong": Verdict.MISMATCH}


def test_each_end_of_a_from_to_phrase_is_a_figure(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "Admissions rose 40% from 150 to 210 last year.",
        '  before: {value: 150, quote: "from 150 to 210"}\n'
        '  after: {value: 210, quote: "from 150 to 210"}\n'
        '  neither: {value: 220, quote: "from 150 to 210"}\n',
    )
    assert found == {
        "quote-before": Verdict.CONSISTENT,
        "quote-after": Verdict.CONSISTENT,
        "quote-neither": Verdict.MISMATCH,
    }


def test_a_qualifier_in_the_quote_must_be_in_the_record(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "Pakistan has received more than $33 billion in US assistance since 2002.",
        '  aid: {value: more than $33 billion, quote: "more than $33 billion"}\n'
        '  aid_exact: {value: $33 billion, quote: "more than $33 billion"}\n',
    )
    assert found == {"quote-aid": Verdict.CONSISTENT, "quote-aid_exact": Verdict.MISMATCH}


def test_a_change_from_one_figure_to_another_is_two_figures_not_a_range() -> None:
    from checks.figures import Context
    from checks.quotes import figures_in

    def texts(sentence: str) -> list[str]:
        return [f.text for f in figures_in(sentence, Context(), None)]

    assert texts("Admissions rose 40% from 150 to 210 last year.") == ["40%", "150", "210"]
    assert texts("Revenue grew from $20 to $30 million.") == ["$20 million", "$30 million"]
    assert texts("Highs from 20 to 30 °C are expected.") == ["20 to 30 °C"]


def test_a_ratio_is_one_figure_but_a_number_before_in_and_a_measure_is_not() -> None:
    from checks.figures import Context
    from checks.quotes import figures_in

    def texts(sentence: str) -> list[str]:
        return [f.text for f in figures_in(sentence, Context(), None)]

    assert texts("They won nine out of 10.") == ["nine out of 10"]
    assert texts("About one in five adults, or 21%, smoke.") == [
        "About one in five adults",
        "21%",
    ]
    assert texts("They scored 3 in 10 minutes.") == ["3", "10 minutes"]
    assert texts("Rent was $1,550 in 2020.") == ["$1,550", "2020"]


def test_a_quote_stating_one_in_five_holds_for_a_fifth(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "One in five adults in the town smoke.",
        "  smokers: {value: 20%, quote: One in five adults in the town smoke}\n",
    )
    assert set(found.values()) == {Verdict.CONSISTENT}


def test_a_bare_number_in_the_quote_states_a_figure_of_that_many_units(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "The governor is 53. The bank cut 300 jobs and spent $300 million.",
        "  age: {value: 53 years, quote: The governor is 53}\n"
        "  spent: {value: $300 million, quote: cut 300 jobs}\n",
    )
    assert found == {"quote-age": Verdict.CONSISTENT, "quote-spent": Verdict.MISMATCH}


def test_a_quote_with_a_ratio_states_the_share_and_each_number(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "Salah scored 3 in 5 games. One in five adults smoke.",
        "  goals: {value: 3 goals, quote: Salah scored 3 in 5 games}\n"
        "  games: {value: 5 games, quote: Salah scored 3 in 5 games}\n"
        "  smokers: {value: 20%, quote: One in five adults smoke}\n",
    )
    assert set(found.values()) == {Verdict.CONSISTENT}, found


def test_quotes_state_a_fifth_a_year_less_day_and_a_period_over_years(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "Costs fell by a fifth. The board approved the buyback on Dec. 28. "
        "The city will spend $1.2bn on transit over five years.",
        "  fall: {value: a fifth, quote: Costs fell by a fifth}\n"
        "  approved: {date: 2023-12-28, quote: approved the buyback on Dec. 28}\n"
        "  approved_wrong_day: {date: 2023-12-27, quote: approved the buyback on Dec. 28}\n"
        "  period: {value: five years, quote: on transit over five years}\n",
    )
    assert found == {
        "quote-fall": Verdict.CONSISTENT,
        "quote-approved": Verdict.CONSISTENT,
        "quote-approved_wrong_day": Verdict.MISMATCH,
        "quote-period": Verdict.CONSISTENT,
    }


def test_up_to_and_close_to_are_qualifiers_not_ends_of_a_range(tmp_path: Path) -> None:
    """"Winds of up to 155 mph" does not state 155 mph; "from 150 to 210" states 150."""
    found = verdicts(
        tmp_path,
        "Winds of up to 155 mph hit the coast, and close to 300 people were moved.",
        '  gusts: {value: up to 155 mph, quote: "Winds of up to 155 mph"}\n'
        '  gusts_exact: {value: 155 mph, quote: "Winds of up to 155 mph"}\n'
        '  moved: {value: "300 people", quote: "close to 300 people were moved"}\n',
    )
    assert found == {
        "quote-gusts": Verdict.CONSISTENT,
        "quote-gusts_exact": Verdict.MISMATCH,
        "quote-moved": Verdict.MISMATCH,
    }


def test_up_to_after_a_verb_of_movement_is_no_qualifier(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "Unemployment went up to 5.2% and the death toll climbed up to 41.",
        '  rate: {value: 5.2%, quote: "Unemployment went up to 5.2%"}\n'
        '  toll: {value: 41, quote: "the death toll climbed up to 41"}\n',
    )
    assert found == {"quote-rate": Verdict.CONSISTENT, "quote-toll": Verdict.CONSISTENT}


def test_a_fall_in_the_quote_states_the_negative_record(tmp_path: Path) -> None:
    """docs/kinds/change.md writes a fall as `-14%`; the text says "fallen 14%"."""
    found = verdicts(
        tmp_path,
        "Consumption had fallen 14%, and the level is down 6 percentage points. Sales moved 3%.",
        '  use: {value: -14%, quote: "Consumption had fallen 14%"}\n'
        '  level: {value: -6 percentage points, quote: "down 6 percentage points"}\n'
        '  sales: {value: -3%, quote: "Sales moved 3%"}\n',
    )
    assert found == {
        "quote-use": Verdict.CONSISTENT,
        "quote-level": Verdict.CONSISTENT,
        "quote-sales": Verdict.MISMATCH,
    }


def test_a_record_that_drops_the_quotes_qualifier_is_told_so(tmp_path: Path) -> None:
    write_story(
        tmp_path,
        "More than 40 people were injured.",
        '  injured: {value: 40 people, quote: "More than 40 people were injured"}\n',
    )
    [(_, check)] = list(run([str(tmp_path)], Options()).all_checks())
    assert check.verdict is Verdict.MISMATCH
    assert "(the same number without the text's qualifier: More than 40 people" in check.message


def test_a_record_more_precise_than_its_quote_states_the_same_amount(tmp_path: Path) -> None:
    """The text does state the record's amount, so the story is not wrong: `rounding`.

    It is not `consistent` either: every other check judges the record's precision, not the
    text's, so a fact-checker is told (and `--strict` fails it).
    """
    write_story(
        tmp_path,
        "The city will spend $1.2bn on transit.",
        '  transit: {value: "$1,200 million", quote: spend $1.2bn on transit}\n',
    )
    [(_, check)] = list(run([str(tmp_path)], Options()).all_checks())
    assert check.verdict is Verdict.ROUNDING
    assert check.message == (
        "the quote 'spend $1.2bn on transit' states $1.2bn: the value's amount, but written"
        " less precisely than $1,200 million ($1.2bn stands for $1.15–1.25 bn, $1,200"
        " million for $1,199.5–1,200.5 million); other checks judge the value's precision:"
        " copy the text's figure into `value`, or set `precision:`"
    )
    assert Verdict.ROUNDING.fails(strict=True)


def test_a_record_less_precise_or_exact_beside_its_quote_is_rounding(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "Organisers said half a million people marched. The phone weighs half a pound.",
        "  crowd: {value: '500,000 people', quote: half a million people marched}\n"
        "  phone: {value: 0.5 lb, quote: weighs half a pound}\n"
        "  heavier: {value: 0.6 lb, quote: weighs half a pound}\n",
    )
    assert found == {
        "quote-crowd": Verdict.ROUNDING,
        "quote-phone": Verdict.ROUNDING,
        "quote-heavier": Verdict.MISMATCH,
    }


def test_a_quote_mismatch_names_each_figure_of_the_quote_once(tmp_path: Path) -> None:
    write_story(
        tmp_path,
        "The pipeline runs 900 kilometers (559 miles) through Iran.",
        "  miles: {value: 599 mi, quote: runs 900 kilometers (559 miles)}\n",
    )
    result = run([str(tmp_path)], Options())
    [(_, check)] = list(result.all_checks())
    assert check.verdict is Verdict.MISMATCH
    assert check.message == (
        "the quote 'runs 900 kilometers (559 miles)' states 900 kilometers and 559 miles, "
        "but the value is 599 mi"
    )


def test_extract_suggests_the_change_of_a_rise(tmp_path: Path) -> None:
    from checks.cli import main

    article = tmp_path / "story.txt"
    article.write_text(
        "Hospital admissions\n\nBy A. Writer\n\nMarch 3, 2024\n\n"
        "Admissions rose 40% from 150 to 210 last year.\n",
        encoding="utf-8",
    )
    draft = tmp_path / "story.yaml"
    assert main(["extract", str(article), "-o", str(draft)]) == 0
    result = run([str(draft)], Options())
    kinds = {c.kind: c.verdict for _, c in result.all_checks()}
    assert kinds.get("change") == Verdict.CONSISTENT
    assert result.error_count == 0


def test_a_figure_in_a_quote_ends_before_a_verb(tmp_path: Path) -> None:
    """"Half a million people were displaced" counts people, not "people were displaced"."""
    write_story(
        tmp_path,
        "Half a million people were displaced.",
        '  exact: {value: "500,000 people", quote: "Half a million people were displaced"}\n'
        '  as_is: {value: half a million people, quote: "Half a million people were displaced"}\n',
    )
    checks = {c.check_id: c for _, c in run([str(tmp_path)], Options()).all_checks()}
    assert checks["quote-as_is"].verdict is Verdict.CONSISTENT
    assert checks["quote-exact"].verdict is Verdict.ROUNDING
    assert "states Half a million people: the value's amount" in checks["quote-exact"].message


def test_a_measure_of_something_states_the_measure(tmp_path: Path) -> None:
    """"5 mg per litre of lead" states 5 mg per litre; "a quarter of a million" no quarter."""
    found = verdicts(
        tmp_path,
        "The water has 5 mg per litre of lead, and a quarter of a million people drink it.",
        '  lead: {value: 5 mg per litre, quote: "has 5 mg per litre of lead"}\n'
        '  share: {value: 25%, quote: "a quarter of a million people"}\n'
        '  people: {value: "250,000 people", quote: "a quarter of a million people"}\n',
    )
    assert found == {
        "quote-lead": Verdict.CONSISTENT,
        "quote-share": Verdict.MISMATCH,
        "quote-people": Verdict.ROUNDING,
    }


def test_won_before_a_number_is_the_verb_not_the_currency(tmp_path: Path) -> None:
    """"Labour won 33.7% of the vote" states 33.7%, not 33.7% of South Korean won."""
    found = verdicts(
        tmp_path,
        "Labour won 33.7% of the vote and won 411 seats. The fine was 5,000 won.",
        '  share: {value: 33.7%, quote: "Labour won 33.7% of the vote"}\n'
        '  seats: {value: 411 seats, quote: "and won 411 seats"}\n'
        '  fine: {value: "5,000 won", quote: "The fine was 5,000 won"}\n'
        '  wrong: {value: 34.7%, quote: "Labour won 33.7% of the vote"}\n',
    )
    assert found == {
        "quote-share": Verdict.CONSISTENT,
        "quote-seats": Verdict.CONSISTENT,
        "quote-fine": Verdict.CONSISTENT,
        "quote-wrong": Verdict.MISMATCH,
    }


def test_points_and_degrees_in_a_quote_state_points_and_differences(tmp_path: Path) -> None:
    """"A margin of four points" states 4 percentage points; "beaten by 1.6C (2.9F)" states
    differences of 1.6 Δ°C and 2.9 Δ°F (a text writes a difference like a reading), and no
    reading of 1.6°C."""
    found = verdicts(
        tmp_path,
        "The record was beaten by 1.6C (2.9F). Labour won by a margin of four points.",
        '  rise_c: {value: 1.6 Δ°C, quote: "beaten by 1.6C"}\n'
        '  rise_f: {value: 2.9 Δ°F, quote: "(2.9F)"}\n'
        '  as_reading: {value: 1.6°C, quote: "beaten by 1.6C"}\n'
        '  wrong_scale: {value: 2.9 Δ°C, quote: "(2.9F)"}\n'
        '  margin: {value: 4 percentage points, quote: "a margin of four points"}\n'
        '  wrong_margin: {value: 5 percentage points, quote: "a margin of four points"}\n',
    )
    assert found == {
        "quote-rise_c": Verdict.CONSISTENT,
        "quote-rise_f": Verdict.CONSISTENT,
        "quote-as_reading": Verdict.MISMATCH,
        "quote-wrong_scale": Verdict.MISMATCH,
        "quote-margin": Verdict.CONSISTENT,
        "quote-wrong_margin": Verdict.MISMATCH,
    }


def test_a_race_time_in_a_quote_states_the_time(tmp_path: Path) -> None:
    """"Won in 2:00:35" states 2:00:35 and 7,235 seconds; "at 3:45 pm" states no time."""
    found = verdicts(
        tmp_path,
        "Kiptum won in 2:00:35, and the mile went in 3:43.13.",
        '  time: {value: "2:00:35", quote: "won in 2:00:35"}\n'
        '  seconds: {value: "7,235 seconds", quote: "won in 2:00:35"}\n'
        '  mile: {value: "3:43.13", quote: "went in 3:43.13"}\n'
        '  wrong: {value: "2:00:53", quote: "won in 2:00:35"}\n',
    )
    assert found == {
        "quote-time": Verdict.CONSISTENT,
        "quote-seconds": Verdict.CONSISTENT,
        "quote-mile": Verdict.CONSISTENT,
        "quote-wrong": Verdict.MISMATCH,
    }


def test_a_record_with_a_precision_states_its_quote_as_written(tmp_path: Path) -> None:
    """`precision:` says what 45% stands for; the text still states 45%."""
    found = verdicts(
        tmp_path,
        "Smith has 45% support. It is a 900 km road.",
        '  smith: {value: 45%, precision: ±3 percentage points, quote: "Smith has 45% support"}\n'
        '  road: {value: 900 km, precision: exact, quote: "a 900 km road"}\n'
        '  wrong: {value: 46%, precision: ±3 percentage points, quote: "Smith has 45% support"}\n',
    )
    assert found == {
        "quote-smith": Verdict.CONSISTENT,
        "quote-road": Verdict.CONSISTENT,
        "quote-wrong": Verdict.MISMATCH,
    }


def test_falls_written_as_nouns_and_doubling_verbs_state_the_change(tmp_path: Path) -> None:
    """"A fall of 7.1%", "a 3% decline", "shed 2,300 jobs" state falls; "doubled" 100%."""
    found = verdicts(
        tmp_path,
        "There was a fall of 7.1% and a 3% decline. The firm will shed 2,300 jobs. "
        "Prices doubled, and a mile went in 3:45.",
        '  fall: {value: -7.1%, quote: "a fall of 7.1%"}\n'
        '  decline: {value: -3%, quote: "a 3% decline"}\n'
        '  jobs: {value: "-2,300 jobs", quote: "shed 2,300 jobs"}\n'
        '  doubled: {value: 100%, quote: "Prices doubled"}\n'
        '  not_tripled: {value: 200%, quote: "Prices doubled"}\n'
        '  mile: {value: "0:03:45", quote: "a mile went in 3:45"}\n'
        '  wrong_fall: {value: -7.2%, quote: "a fall of 7.1%"}\n',
    )
    assert found == {
        "quote-fall": Verdict.CONSISTENT,
        "quote-decline": Verdict.CONSISTENT,
        "quote-jobs": Verdict.CONSISTENT,
        "quote-doubled": Verdict.CONSISTENT,
        "quote-not_tripled": Verdict.MISMATCH,
        "quote-mile": Verdict.CONSISTENT,
        "quote-wrong_fall": Verdict.MISMATCH,
    }


def test_hyphenated_years_verbs_and_changes_to_a_level_bound_figures() -> None:
    """"For FY2023-24 to Rs 500 crore" is no range from 24; "a single ticket rose 5p to
    £1.25" holds a change of 5p and a level of £1.25 (no claim of one ticket)."""
    context = Context.of({"Rs": "INR"})
    day = dt.date(2024, 6, 1)

    def texts(quote: str) -> list[str]:
        return [f.text for f in figures_in(quote, context, day)]

    assert texts("raised the budget for FY2023-24 to Rs 500 crore ($60 million)") == [
        "Rs 500 crore", "$60 million"
    ]
    assert texts("A single ticket rose 5p to £1.25") == ["5p", "£1.25"]
    assert texts("prices rose by 5p to £1.25") == ["5p", "£1.25"]
    assert texts("COVID-19 killed 300 people") == ["300 people"]
    assert texts("Covid-19 deaths rose to 1,200") == ["1,200"]
    assert texts("G-20 leaders met; F-35 jets cost $80 million each") == ["$80 million"]
    assert texts("the 2022–23 season's 38 games") == ["2022", "38 games"]
    # "pre-2020 levels" is the year 2020, no count of "levels"
    assert texts("in mid-2022, above pre-2020 levels") == ["2022", "2020"]
    assert [f.is_date for f in figures_in("above pre-2020 levels", context, day)] == [True]
    assert texts("twice-weekly meetings drew 300 people") == ["300 people"]
    # a length of time before its noun is the length ("a three-year degree" is 3 years)
    assert [f.nominal for f in figures_in("a two-day official visit", context, day)] == [2.0]
    joined = texts("Highs of 30C-35C on 5km-10km runs")
    assert "35C" in joined and "10km" in joined  # a unit's hyphen starts the next figure
    assert texts("temperatures rose 20 to 30 degrees") == ["20 to 30"]  # still a range


def test_money_a_year_or_daily_in_a_quote_states_a_rate(tmp_path: Path) -> None:
    """A value writes `$250 million per year`; the sentence "brings in $250 million a year"
    or "$685,000 daily" states it (the plain amount stays stated too)."""
    found = verdicts(
        tmp_path,
        "The race brings in $250 million a year, or roughly $685,000 daily.",
        '  yearly: {value: $250 million per year, quote: "brings in $250 million a year"}\n'
        '  daily: {value: "roughly $685,000 per day", quote: "roughly $685,000 daily"}\n'
        '  amount: {value: $250 million, quote: "brings in $250 million a year"}\n'
        '  weekly: {value: $250 million per week, quote: "brings in $250 million a year"}\n',
    )
    assert found == {
        "quote-yearly": Verdict.CONSISTENT,
        "quote-daily": Verdict.CONSISTENT,
        "quote-amount": Verdict.CONSISTENT,
        "quote-weekly": Verdict.MISMATCH,
    }


def test_figures_joined_by_hyphens_scores_and_fractions_keep_their_readings(
    tmp_path: Path,
) -> None:
    """Regressions a review of the hyphen, clock and fraction rules found, each pinned:
    a hyphen after a unit or a word joins two figures, a score is two numbers, "half a
    pound" of butter is a weight, "a hundredth of a second" is a time, an ordinal of a
    fraction word is no fraction, a rate's count is stated too."""
    found = verdicts(
        tmp_path,
        "Highs of 30C-35C on 5km-10km runs in the April-June quarter, from mid-May. They "
        "agreed a 60:40 split. Add half a pound of butter. He won by a hundredth of a "
        "second. The two hundredth anniversary drew 5,000 visitors. It sells 20,000 copies "
        "daily.",
        '  high: {value: 35°C, quote: "Highs of 30C-35C"}\n'
        '  run: {value: 10 km, quote: "on 5km-10km runs"}\n'
        '  quarter_end: {date: June 2024, quote: "the April-June quarter"}\n'
        '  from_may: {date: May 2024, quote: "from mid-May"}\n'
        '  split: {value: 60%, quote: "agreed a 60:40 split"}\n'
        '  butter: {value: half a pound, quote: "half a pound of butter"}\n'
        '  margin: {value: a hundredth of a second, quote: "won by a hundredth of a second"}\n'
        '  visitors: {value: "5,000 visitors", quote: "drew 5,000 visitors"}\n'
        '  copies: {value: "20,000 copies", quote: "sells 20,000 copies daily"}\n'
        '  daily: {value: "20,000 copies per day", quote: "sells 20,000 copies daily"}\n',
    )
    assert found == {
        "quote-high": Verdict.CONSISTENT,
        "quote-run": Verdict.CONSISTENT,
        "quote-quarter_end": Verdict.CONSISTENT,
        "quote-from_may": Verdict.CONSISTENT,
        "quote-split": Verdict.MISMATCH,  # 60 is stated, 60% is not
        "quote-butter": Verdict.CONSISTENT,
        "quote-margin": Verdict.CONSISTENT,
        "quote-visitors": Verdict.CONSISTENT,
        "quote-copies": Verdict.CONSISTENT,
        "quote-daily": Verdict.CONSISTENT,
    }


def test_twice_and_n_fold_in_a_quote_state_multipliers(tmp_path: Path) -> None:
    """"Twice as many people voted", "a threefold rise", "arrested twice"."""
    found = verdicts(
        tmp_path,
        "Twice as many people voted, a threefold rise on 2014. He was arrested twice.",
        '  twice: {value: twice as many, quote: "Twice as many people voted"}\n'
        '  threefold: {value: threefold, quote: "a threefold rise"}\n'
        '  arrests: {value: 2 times, quote: "arrested twice"}\n'
        '  wrong: {value: three times as many, quote: "Twice as many people voted"}\n',
    )
    assert found == {
        "quote-twice": Verdict.CONSISTENT,
        "quote-threefold": Verdict.CONSISTENT,
        "quote-arrests": Verdict.CONSISTENT,
        "quote-wrong": Verdict.MISMATCH,
    }


def test_review_reports_say_what_a_quote_verdict_means_of_the_text(tmp_path: Path) -> None:
    from checks.reporters.review import meaning

    write_story(
        tmp_path,
        "The city will spend $1.2bn on transit and $300m on parks.",
        '  transit: {value: "$1,200 million", quote: spend $1.2bn on transit}\n'
        '  parks: {value: "$400m", quote: $300m on parks}\n',
    )
    checks = {c.check_id: c for _, c in run([str(tmp_path)], Options()).all_checks()}
    assert meaning(checks["quote-transit"]) == (
        "the text states the same amount, written to another precision"
    )
    assert meaning(checks["quote-parks"]) == "the text does not state the record's figure"


def test_review_reports_show_what_a_quoted_figure_stands_for(tmp_path: Path) -> None:
    write_story(
        tmp_path,
        "The city will spend $1.2bn on transit.",
        '  transit: {value: "$1,200 million", quote: spend $1.2bn on transit}\n',
    )
    [(_, check)] = list(run([str(tmp_path)], Options(details=True)).all_checks())
    [operand] = check.operands
    assert (operand.claim_id, operand.strict) == ("transit", "$1,199.5–1,200.5 million")
    [(_, plain)] = list(run([str(tmp_path)], Options(details=False)).all_checks())
    assert plain.operands[0].strict == ""  # CI formats do not compute it
