"""Quotes state figures the way news sentences write them: verdict tables, near misses beside.

Each table pairs a reading that must hold (a correct record's quote is no false alarm)
with a record of a different figure that must stay a `mismatch` (no error slips through).
"""

import datetime as dt
from pathlib import Path

import pytest
from quote_verdicts import judged

from checks.engine import Options, run
from checks.figures import Context
from checks.quotes import days_of_date_ranges, figures_in
from checks.results import Verdict

CONSISTENT, MISMATCH, ROUNDING = Verdict.CONSISTENT, Verdict.MISMATCH, Verdict.ROUNDING


def verdicts(tmp_path: Path, text: str, claims: str, settings: str = "") -> dict[str, Verdict]:
    """The quote verdicts of ``claims`` (indented records) against the source ``text``."""
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    (tmp_path / "story.yaml").write_text(
        "source: {published: 2025-06-03, text: story.txt}\n"
        + (f"settings: {settings}\n" if settings else "")
        + "claims:\n"
        + claims,
        encoding="utf-8",
    )
    result = run([str(tmp_path)], Options())
    assert result.error_count == 0, [e for f in result.files for e in f.errors]
    return {c.check_id.removeprefix("quote-"): c.verdict for _, c in result.all_checks()}


def test_falls_stated_by_other_words_state_the_negative_record(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "GP visits slipped 3.1% in March. Waiting times eased 3.1% over the year. A reduction"
        " of 3.1% was recorded in admissions. The grant was slashed by 3.1%. There were 3.1%"
        " fewer visits. The deficit narrowed by £2.1bn to £40.2bn. The backlog was trimmed by"
        " 12,000 cases. Labour suffered a 1.3-point drop in May. Its share was 2.1 points lower"
        " than in 2019. Councils face a 1.5% real-terms cut. The Bank cut interest rates by a"
        " quarter-point. Output fell a further 3.1% in June. The trust has 2,000 fewer nurses."
        " The carmaker announced 1,200 job cuts.",
        '  slipped: {value: -3.1%, quote: "GP visits slipped 3.1%"}\n'
        '  eased: {value: -3.1%, quote: "Waiting times eased 3.1%"}\n'
        '  reduction: {value: -3.1%, quote: "A reduction of 3.1%"}\n'
        '  slashed: {value: -3.1%, quote: "The grant was slashed by 3.1%"}\n'
        '  fewer_visits: {value: -3.1%, quote: "There were 3.1% fewer visits"}\n'
        '  narrowed: {value: -£2.1bn, quote: "The deficit narrowed by £2.1bn"}\n'
        '  narrowed_to: {value: -£2.1bn, quote: "The deficit narrowed by £2.1bn to £40.2bn"}\n'
        '  trimmed: {value: "-12,000 cases", quote: "trimmed by 12,000 cases"}\n'
        '  point_drop: {value: -1.3 percentage points, quote: "a 1.3-point drop"}\n'
        '  points_lower: {value: -2.1 percentage points, quote: "2.1 points lower"}\n'
        '  real_terms: {value: -1.5%, quote: "a 1.5% real-terms cut"}\n'
        "  rate_cut: {value: -25 basis points, quote: cut interest rates by a quarter-point}\n"
        '  further: {value: -3.1%, quote: "Output fell a further 3.1%"}\n'
        '  nurses: {value: "-2,000 nurses", quote: "2,000 fewer nurses"}\n'
        '  job_cuts: {value: "-1,200 jobs", quote: "announced 1,200 job cuts"}\n'
        '  slipped_wrong: {value: -3.2%, quote: "GP visits slipped 3.1%"}\n'
        '  narrowed_wrong: {value: -£2.2bn, quote: "The deficit narrowed by £2.1bn"}\n'
        '  point_drop_wrong: {value: -1.4 percentage points, quote: "a 1.3-point drop"}\n'
        '  real_terms_wrong: {value: -1.6%, quote: "a 1.5% real-terms cut"}\n'
        '  nurses_wrong: {value: "-2,100 nurses", quote: "2,000 fewer nurses"}\n',
    )
    assert found == {
        "slipped": CONSISTENT,
        "eased": CONSISTENT,
        "reduction": CONSISTENT,
        "slashed": CONSISTENT,
        "fewer_visits": CONSISTENT,
        "narrowed": CONSISTENT,
        "narrowed_to": CONSISTENT,
        "trimmed": CONSISTENT,
        "point_drop": CONSISTENT,
        "points_lower": CONSISTENT,
        "real_terms": CONSISTENT,
        "rate_cut": CONSISTENT,
        "further": CONSISTENT,
        "nurses": CONSISTENT,
        "job_cuts": CONSISTENT,
        "slipped_wrong": MISMATCH,
        "narrowed_wrong": MISMATCH,
        "point_drop_wrong": MISMATCH,
        "real_terms_wrong": MISMATCH,
        "nurses_wrong": MISMATCH,
    }


def test_a_word_of_falling_makes_a_fall_only_of_the_figure_it_governs(tmp_path: Path) -> None:
    """"Eased to 3.4%" is a level; in "eased as wages grew by 2.8%" the 2.8% is a rise."""
    found = verdicts(
        tmp_path,
        "Inflation eased to 3.4% in April, from 3.8%. Prices eased as wages grew by 2.8%."
        " The trade gap narrowed and exports rose 4.2%. Sales rose by 1.9% after falling in"
        " May. The gap narrowed by 0.6 points.",
        '  level: {value: -3.4%, quote: "Inflation eased to 3.4%"}\n'
        '  from_level: {value: -3.8%, quote: "Inflation eased to 3.4% in April, from 3.8%"}\n'
        '  other_verb: {value: -2.8%, quote: "Prices eased as wages grew by 2.8%"}\n'
        '  other_clause: {value: -4.2%, quote: "The trade gap narrowed and exports rose 4.2%"}\n'
        '  rose_by: {value: -1.9%, quote: "Sales rose by 1.9% after falling in May"}\n'
        '  governed: {value: -0.6 percentage points, quote: "The gap narrowed by 0.6 points"}\n',
    )
    assert found == {
        "level": MISMATCH,
        "from_level": MISMATCH,
        "other_verb": MISMATCH,
        "other_clause": MISMATCH,
        "rose_by": MISMATCH,  # was taken for a fall: "by" and a word of falling anywhere
        "governed": CONSISTENT,
    }


def test_a_length_of_time_written_with_a_is_stated(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "Average stays fell from a week to five days. Patients on the ward stayed a fortnight."
        " The unit closed for a month in 2023. Some waited more than a day for a bed. The"
        " inquiry took a full year. The scheme brings in $250 million a year, and the board"
        " meets once a week.",
        '  week: {value: a week, quote: "fell from a week"}\n'
        '  week_days: {value: 7 days, quote: "fell from a week"}\n'
        '  fortnight: {value: a fortnight, quote: "stayed a fortnight"}\n'
        '  fortnight_weeks: {value: 2 weeks, quote: "stayed a fortnight"}\n'
        '  month: {value: a month, quote: "closed for a month in 2023"}\n'
        '  day: {value: more than a day, quote: "Some waited more than a day"}\n'
        '  year: {value: a year, quote: "The inquiry took a full year"}\n'
        '  week_wrong: {value: 2 weeks, quote: "fell from a week"}\n'
        '  fortnight_wrong: {value: 3 weeks, quote: "stayed a fortnight"}\n'
        '  day_no_qualifier: {value: a day, quote: "Some waited more than a day"}\n'
        '  year_wrong: {value: 2 years, quote: "The inquiry took a full year"}\n'
        '  a_rate: {value: a year, quote: "brings in $250 million a year"}\n'
        '  once_a_week: {value: a week, quote: "meets once a week"}\n',
    )
    assert found == {
        "week": CONSISTENT,
        "week_days": CONSISTENT,
        "fortnight": CONSISTENT,
        "fortnight_weeks": CONSISTENT,
        "month": CONSISTENT,
        "day": CONSISTENT,
        "year": CONSISTENT,
        "week_wrong": MISMATCH,
        "fortnight_wrong": MISMATCH,
        "day_no_qualifier": MISMATCH,
        "year_wrong": MISMATCH,
        "a_rate": MISMATCH,
        "once_a_week": MISMATCH,
    }


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("fell from a week to five days", ["a week", "five days"]),
        ("stayed a fortnight", ["a fortnight"]),
        ("more than a day", ["more than a day"]),
        ("A single ticket costs £5, and a man was arrested", ["£5"]),
        ("the board meets once a week", []),
        ("a year-on-year rise of 3%", ["3%"]),
    ],
)
def test_a_is_a_length_of_time_only_before_a_unit_of_time(
    sentence: str, figures: list[str]
) -> None:
    found = figures_in(sentence, Context(), dt.date(2025, 6, 3), durations=True)
    assert [f.text for f in found] == figures


def test_a_is_no_figure_unless_a_length_of_time_is_looked_for() -> None:
    """Quotes without `value` must hold one figure: "a week" does not become a second."""
    found = figures_in("rose 3% in a week", Context(), dt.date(2025, 6, 3))
    assert [f.text for f in found] == ["3%"]


def test_hundreds_in_words_state_their_number(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "Two hundred patients died. One hundred and twelve people were hurt. Fifteen hundred"
        " nurses went on strike. Thirty-four thousand nurses marched.",
        '  patients: {value: 200 patients, quote: "Two hundred patients died"}\n'
        '  people: {value: 112 people, quote: "One hundred and twelve people"}\n'
        '  nurses: {value: "1,500 nurses", quote: "Fifteen hundred nurses"}\n'
        '  marched: {value: "34,000 nurses", quote: "Thirty-four thousand nurses"}\n'
        '  patients_wrong: {value: 210 patients, quote: "Two hundred patients died"}\n'
        '  people_wrong: {value: 120 people, quote: "One hundred and twelve people"}\n'
        '  nurses_wrong: {value: "1,400 nurses", quote: "Fifteen hundred nurses"}\n',
    )
    assert found == {
        "patients": CONSISTENT,
        "people": CONSISTENT,
        "nurses": CONSISTENT,
        "marched": ROUNDING,  # the value grammar reads the thousands to the thousand
        "patients_wrong": MISMATCH,
        "people_wrong": MISMATCH,
        "nurses_wrong": MISMATCH,
    }


def test_hundreds_in_words_are_one_figure() -> None:
    def texts(sentence: str) -> list[str]:
        return [f.text for f in figures_in(sentence, Context(), None)]

    assert texts("One hundred and twelve people were hurt") == ["One hundred and twelve people"]
    assert texts("Fifteen hundred nurses, and two hundred and fifty thousand people") == [
        "Fifteen hundred nurses",
        "two hundred and fifty thousand people",
    ]
    assert texts("between two hundred and three hundred people") == [
        "between two hundred and three hundred people"  # a range, not 203 hundred
    ]


def test_points_in_a_quote_are_percentage_points_also_of_basis_points(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "The Bank of England made a quarter-point cut in March. Markets expect rates to rise"
        " by half a point. Labour won by a margin of nearly four points.",
        '  cut: {value: 25 basis points, quote: "made a quarter-point cut"}\n'
        '  cut_as_fall: {value: -25 basis points, quote: "made a quarter-point cut"}\n'
        '  cut_in_points: {value: 0.25 percentage points, quote: "made a quarter-point cut"}\n'
        '  half: {value: 50 basis points, quote: "to rise by half a point"}\n'
        '  margin: {value: nearly 4 percentage points, quote: "a margin of nearly four points"}\n'
        '  cut_wrong: {value: 50 basis points, quote: "made a quarter-point cut"}\n'
        '  cut_fall_wrong: {value: -50 basis points, quote: "made a quarter-point cut"}\n'
        '  half_wrong: {value: 25 basis points, quote: "to rise by half a point"}\n'
        '  margin_no_qualifier: {value: 4 percentage points, quote: "a margin of nearly four'
        ' points"}\n',
    )
    assert found == {
        "cut": CONSISTENT,
        "cut_as_fall": CONSISTENT,
        "cut_in_points": CONSISTENT,
        "half": CONSISTENT,
        "margin": CONSISTENT,
        "cut_wrong": MISMATCH,
        "cut_fall_wrong": MISMATCH,
        "half_wrong": MISMATCH,
        "margin_no_qualifier": MISMATCH,  # was taken for four points
    }


def test_a_qualifier_before_a_multiplying_verb_carries_over(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "Rents have more than doubled since 2015. Fares have nearly tripled. Bus fares trebled."
        " Waiting lists more than halved.",
        '  more_than: {value: more than 100%, quote: "Rents have more than doubled since 2015"}\n'
        '  nearly: {value: nearly 200%, quote: "Fares have nearly tripled"}\n'
        '  trebled: {value: 200%, quote: "Bus fares trebled"}\n'
        '  halved: {value: less than -50%, quote: "Waiting lists more than halved"}\n'
        '  dropped: {value: 100%, quote: "Rents have more than doubled since 2015"}\n'
        '  nearly_dropped: {value: 200%, quote: "Fares have nearly tripled"}\n'
        '  halved_dropped: {value: -50%, quote: "Waiting lists more than halved"}\n'
        '  halved_backwards: {value: more than -50%, quote: "Waiting lists more than halved"}\n'
        '  trebled_wrong: {value: 300%, quote: "Bus fares trebled"}\n',
    )
    assert found == {
        "more_than": CONSISTENT,
        "nearly": CONSISTENT,
        "trebled": CONSISTENT,
        "halved": CONSISTENT,
        "dropped": MISMATCH,  # was taken for a plain doubling
        "nearly_dropped": MISMATCH,
        "halved_dropped": MISMATCH,
        "halved_backwards": MISMATCH,  # above -50% takes in a rise
        "trebled_wrong": MISMATCH,
    }


FISCAL_TEXT = (
    "The FY2025 budget was cut. Spending in 2024-25 rose. In FY2024-25 spending rose. In FY24"
    " the deficit grew. Borrowing in 2024/25 fell. Revenue in fiscal 2025 rose. Over the"
    " 2023-24 financial year, costs rose. In the 2025 fiscal year, exports rose. Imports in"
    " fiscal year 2025 fell. In FY 2024-25, taxes rose. The 2025 budget was set."
)


def test_fiscal_years_as_news_writes_them_state_the_fiscal_year(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        FISCAL_TEXT,
        '  budget: {date: FY2025, quote: "The FY2025 budget"}\n'
        '  two_years: {date: FY2024-25, quote: "Spending in 2024-25"}\n'
        '  written: {date: FY2025, quote: "In FY2024-25 spending"}\n'
        '  short: {date: FY2024, quote: "In FY24 the deficit"}\n'
        '  slash: {date: FY2024-25, quote: "Borrowing in 2024/25"}\n'
        '  fiscal: {date: FY2025, quote: "Revenue in fiscal 2025"}\n'
        '  financial: {date: FY2024, quote: "the 2023-24 financial year"}\n'
        '  fiscal_after: {date: FY2025, quote: "the 2025 fiscal year"}\n'
        '  fiscal_year: {date: FY2025, quote: "in fiscal year 2025"}\n'
        '  spaced: {date: FY2024-25, quote: "In FY 2024-25"}\n'
        '  year_of_budget: {date: 2025, quote: "The 2025 budget"}\n'
        '  calendar_year: {date: 2024, quote: "Spending in 2024-25"}\n'
        '  short_wrong: {date: FY2026, quote: "In FY24 the deficit"}\n'
        '  fiscal_wrong: {date: FY2024, quote: "Revenue in fiscal 2025"}\n'
        '  fiscal_not_calendar: {date: 2025, quote: "the 2025 fiscal year"}\n'
        '  budget_wrong_year: {date: 2024, quote: "The 2025 budget"}\n',
        settings="{fiscal_year_start: April 1}",
    )
    assert found == {
        "budget": CONSISTENT,
        "two_years": CONSISTENT,
        "written": CONSISTENT,
        "short": CONSISTENT,
        "slash": CONSISTENT,
        "fiscal": CONSISTENT,
        "financial": CONSISTENT,
        "fiscal_after": CONSISTENT,
        "fiscal_year": CONSISTENT,
        "spaced": CONSISTENT,
        "year_of_budget": CONSISTENT,
        "calendar_year": MISMATCH,  # "2024-25" is no statement of the calendar year 2024
        "short_wrong": MISMATCH,  # FY24 carries its year: not a day of any year
        "fiscal_wrong": MISMATCH,
        "fiscal_not_calendar": MISMATCH,
        "budget_wrong_year": MISMATCH,
    }


def test_fiscal_years_are_read_only_with_a_fiscal_year_start() -> None:
    day = dt.date(2025, 6, 3)
    with_start = Context.of(fiscal_year_start=(4, 1))

    def texts(sentence: str, context: Context) -> list[str]:
        return [f.text for f in figures_in(sentence, context, day)]

    assert texts("In FY2024-25 spending rose by £2bn", with_start) == ["FY2024-25", "£2bn"]
    assert texts("the 2023-24 financial year", with_start) == ["2023-24 financial year"]
    assert texts("from 2019-2021", with_start) == ["2019-2021"]  # two calendar years
    assert texts("the 2022–23 season", with_start) == ["2022–23"]  # an en dash alike
    assert texts("In FY2024-25 spending rose by £2bn", Context()) == ["£2bn"]
    assert texts("the 2022-23 season's 38 games", Context()) == ["2022", "38 games"]


def test_a_count_in_millions_finds_m_before_its_noun(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "In England 7.6m people are waiting for treatment. The NHS employs 1.5m staff. Of"
        " those, 2.9m are over 65.",
        '  waiting: {value: 7.6 million people, quote: "7.6m people are waiting"}\n'
        '  staff: {value: 1.5 million staff, quote: "The NHS employs 1.5m staff"}\n'
        '  older: {value: 2.9 million patients, quote: "Of those, 2.9m are over 65"}\n'
        '  older_bare: {value: 2.9 million, quote: "Of those, 2.9m are over 65"}\n'
        '  exact: {value: "7,600,000 people", quote: "7.6m people are waiting"}\n'
        '  waiting_wrong: {value: 7.7 million people, quote: "7.6m people are waiting"}\n'
        '  staff_wrong: {value: 1.6 million staff, quote: "The NHS employs 1.5m staff"}\n'
        '  older_wrong: {value: 2.8 million patients, quote: "Of those, 2.9m are over 65"}\n'
        '  older_in_thousands: {value: "2,900 patients", quote: "Of those, 2.9m are over 65"}\n',
    )
    assert found == {
        "waiting": CONSISTENT,
        "staff": CONSISTENT,
        "older": CONSISTENT,
        "older_bare": CONSISTENT,
        "exact": ROUNDING,  # the text's 7.6m stands for 7.55 to 7.65 million
        "waiting_wrong": MISMATCH,
        "staff_wrong": MISMATCH,
        "older_wrong": MISMATCH,
        "older_in_thousands": MISMATCH,
    }


def test_m_before_a_noun_is_millions_only_when_a_count_is_looked_for() -> None:
    day = dt.date(2025, 6, 3)
    assert [f.text for f in figures_in("7.6m people", Context(), day)] == ["7.6m"]
    assert [f.text for f in figures_in("7.6m people", Context(), day, millions=True)] == [
        "7.6m people"
    ]
    assert [f.text for f in figures_in("a 7.6m wall", Context(), day)] == ["7.6m"]


UNITS_TEXT = (
    "Black women died at a rate of 26.4 per 100,000, against 11.8 for white women."
    " Unemployment was 5.2% in May, compared with 4.9 a year earlier. Spending reached"
    " £4.1bn, against 3.8 the year before. The index rose 12 points, compared with 4.9 in"
    " April. The bank cut 300 jobs and spent $300 million."
)


def test_a_unit_written_once_in_the_sentence_is_left_off_its_second_figure(
    tmp_path: Path,
) -> None:
    found = verdicts(
        tmp_path,
        UNITS_TEXT,
        '  rate: {value: "11.8 per 100,000", quote: "against 11.8 for white women"}\n'
        '  share: {value: 4.9%, quote: "compared with 4.9 a year earlier"}\n'
        '  spending: {value: £3.8bn, quote: "against 3.8 the year before"}\n'
        '  rate_other_base: {value: "11.8 per 1,000", quote: "against 11.8 for white women"}\n'
        '  rate_wrong: {value: "11.9 per 100,000", quote: "against 11.8 for white women"}\n'
        '  share_wrong: {value: 4.8%, quote: "compared with 4.9 a year earlier"}\n'
        '  share_as_points: {value: 4.9 percentage points, quote: "compared with 4.9 a year'
        ' earlier"}\n'
        '  spending_millions: {value: £3.8m, quote: "against 3.8 the year before"}\n'
        '  spending_dollars: {value: $3.8bn, quote: "against 3.8 the year before"}\n'
        '  no_percent_written: {value: 4.9%, quote: "compared with 4.9 in April"}\n'
        '  no_scale_written: {value: $300 million, quote: "The bank cut 300 jobs"}\n',
    )
    assert found == {
        "rate": CONSISTENT,
        "share": CONSISTENT,
        "spending": CONSISTENT,
        "rate_other_base": MISMATCH,
        "rate_wrong": MISMATCH,
        "share_wrong": MISMATCH,
        "share_as_points": MISMATCH,
        "spending_millions": MISMATCH,
        "spending_dollars": MISMATCH,
        "no_percent_written": MISMATCH,  # the sentence writes points, not per cent
        "no_scale_written": MISMATCH,  # "300" alone is not $300 million
    }


def test_per_cent_does_not_state_percentage_points_nor_the_reverse(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "Turnout was down 2%. Support was down 2 percentage points. The Bank raised rates by"
        " 0.25% to 5.5%. It cut rates by a quarter-point. Turnout was 59.7pc. Labour was up"
        " 1.6pp. Half of voters backed the plan. A swing of 10.8% from Conservative to Labour.",
        '  down_pc_as_points: {value: -2 percentage points, quote: "Turnout was down 2%"}\n'
        '  down_points_as_pc: {value: -2%, quote: "Support was down 2 percentage points"}\n'
        '  down_pc: {value: -2%, quote: "Turnout was down 2%"}\n'
        '  down_points: {value: -2 percentage points, quote: "down 2 percentage points"}\n'
        '  bank_bp: {value: 25 basis points, quote: "The Bank raised rates by 0.25% to 5.5%"}\n'
        '  bank_pc: {value: 0.25%, quote: "The Bank raised rates by 0.25% to 5.5%"}\n'
        '  quarter_point: {value: -0.25 percentage points, quote: "cut rates by a quarter-point"}\n'
        '  quarter_pc: {value: -0.25%, quote: "cut rates by a quarter-point"}\n'
        '  turnout_pc: {value: 59.7%, quote: "Turnout was 59.7pc"}\n'
        '  turnout_points: {value: 59.7 percentage points, quote: "Turnout was 59.7pc"}\n'
        '  up_pp: {value: 1.6 percentage points, quote: "Labour was up 1.6pp"}\n'
        '  up_pp_as_pc: {value: 1.6%, quote: "Labour was up 1.6pp"}\n'
        '  half: {value: 50%, quote: "Half of voters backed the plan"}\n'
        '  swing_pc: {value: 10.8%, quote: "A swing of 10.8% from Conservative to Labour"}\n'
        '  swing_points: {value: 10.8 percentage points, quote: "A swing of 10.8%"}\n',
    )
    assert found == {
        "down_pc_as_points": MISMATCH,  # the same number of hundredths passed
        "down_points_as_pc": MISMATCH,
        "down_pc": CONSISTENT,
        "down_points": CONSISTENT,
        "bank_bp": MISMATCH,
        "bank_pc": CONSISTENT,
        "quarter_point": CONSISTENT,
        "quarter_pc": MISMATCH,
        "turnout_pc": CONSISTENT,
        "turnout_points": MISMATCH,
        "up_pp": CONSISTENT,
        "up_pp_as_pc": MISMATCH,
        "half": CONSISTENT,  # a fraction word is a percentage
        "swing_pc": CONSISTENT,
        # a swing in points written in per cent (a British habit) is still per cent: the
        # record copies the text's figure, or the message says which unit it has
        "swing_points": MISMATCH,
    }


def test_a_range_of_days_states_both_its_ends(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "Fieldwork took place 12th-13th June. Polls ran June 12 through 13 and Oct. 28-Nov. 3."
        " Strikes on 12 and 13 May closed schools. On 4 July voters went to the polls. Sales"
        " rose 12-13% in May. Hail fell June 30-31, the report said.",
        '  ordinals: {date: 13 June, quote: "Fieldwork took place 12th-13th June"}\n'
        '  through: {date: June 13, quote: "Polls ran June 12 through 13"}\n'
        '  across_months: {date: Oct. 28, quote: "Oct. 28-Nov. 3"}\n'
        '  across_months_end: {date: Nov. 3, quote: "Oct. 28-Nov. 3"}\n'
        '  two_days: {date: 12 May, quote: "Strikes on 12 and 13 May closed schools"}\n'
        '  day_then_words: {date: 4 July, quote: "On 4 July voters went to the polls"}\n'
        '  inside: {date: Oct. 30, quote: "Oct. 28-Nov. 3"}\n'
        '  percent_range: {date: 13 May, quote: "Sales rose 12-13% in May"}\n'
        '  no_31_june: {date: June 30, quote: "Hail fell June 30-31"}\n'
        '  no_31_june_end: {date: July 1, quote: "Hail fell June 30-31"}\n'
        '  day_then_words_wrong: {date: 5 July, quote: "On 4 July voters went to the polls"}\n',
    )
    assert found == {
        "ordinals": CONSISTENT,
        "through": CONSISTENT,
        "across_months": CONSISTENT,
        "across_months_end": CONSISTENT,
        "two_days": CONSISTENT,
        "day_then_words": CONSISTENT,  # was a count of 4 "July voters went"
        "inside": MISMATCH,  # a day between the ends is not stated
        "percent_range": MISMATCH,  # 12-13% is no range of days
        "no_31_june": CONSISTENT,  # "June 30" is written; "30-31" is no range of days
        "no_31_june_end": MISMATCH,
        "day_then_words_wrong": MISMATCH,
    }


def test_days_of_date_ranges_carry_the_month_and_year_written_once() -> None:
    def days(text: str) -> tuple[list[dt.date], str]:
        ends, rest = days_of_date_ranges(text, dt.date(2024, 11, 8))
        return [dt.date.fromordinal(int(end.strict.lo)) for end in ends], rest

    assert days("ran Oct. 20-26, 2023 online") == (
        [dt.date(2023, 10, 20), dt.date(2023, 10, 26)],
        "ran  ;  online",
    )
    assert days("between the 12th and 13th of June") == (
        [dt.date(2024, 6, 12), dt.date(2024, 6, 13)],
        "between  ; ",
    )
    assert days("30 December-2 January 2025")[0] == [dt.date(2024, 12, 30), dt.date(2025, 1, 2)]
    for no_range in ("from 2019 to 2023", "May 2019-20", "March 3-5%", "Mar 3 to 5 per cent",
                     "scored 3-2 on 12 June", "June 13-12", "June 12-13.5"):
        assert days(no_range) == ([], no_range)


def test_one_per_cent_after_two_numbers_belongs_to_both(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "Leave won by 52% to 48%. Mortgage rates of 5 and 6 per cent were common. Prices rose"
        " 10 to 15 per cent. Unemployment slipped 0.3 to 5.2%. Inflation edged up 0.1 to 4.1"
        " per cent. Labour's share rose by 2 to 35 per cent. The Bank cut rates by 0.25 to 5"
        " per cent. A rise of 0.3 to 5.2 per cent was expected. The Yes side, whose support"
        " rose in May, won by 52 to 48 per cent.",
        '  both_signs: {value: 52%, quote: "Leave won by 52% to 48%"}\n'
        '  and_pair: {value: 5%, quote: "Mortgage rates of 5 and 6 per cent"}\n'
        '  range_of_rises: {value: 10%, quote: "Prices rose 10 to 15 per cent"}\n'
        '  comma_before: {value: 52%, quote: "rose in May, won by 52 to 48 per cent"}\n'
        '  slipped: {value: -0.3%, quote: "Unemployment slipped 0.3 to 5.2%"}\n'
        '  slipped_unsigned: {value: 0.3%, quote: "Unemployment slipped 0.3 to 5.2%"}\n'
        '  edged: {value: 0.1%, quote: "Inflation edged up 0.1 to 4.1 per cent"}\n'
        '  rose_by: {value: 2%, quote: "Labour\'s share rose by 2 to 35 per cent"}\n'
        '  cut_by: {value: 0.25%, quote: "The Bank cut rates by 0.25 to 5 per cent"}\n'
        '  a_rise_of: {value: 0.3%, quote: "A rise of 0.3 to 5.2 per cent"}\n'
        '  range_of_rises_inside: {value: 12%, quote: "Prices rose 10 to 15 per cent"}\n'
        '  rose_by_points: {value: 2 percentage points, quote: "rose by 2 to 35 per cent"}\n',
    )
    assert found == {
        "both_signs": CONSISTENT,
        "and_pair": CONSISTENT,
        "range_of_rises": CONSISTENT,  # 15 is not well above 10: a range of rises
        "comma_before": CONSISTENT,  # "rose" is in another clause
        # a change in points to a level is no percentage
        "slipped": MISMATCH,
        "slipped_unsigned": MISMATCH,
        "edged": MISMATCH,
        "rose_by": MISMATCH,
        "cut_by": MISMATCH,
        "a_rise_of": MISMATCH,
        "range_of_rises_inside": MISMATCH,
        "rose_by_points": CONSISTENT,
    }


def test_adjectives_may_stand_between_millions_and_what_they_count(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "Some 4.1m first-time voters turned out. The plan is for 3m new homes. 5.1m British"
        " voters live abroad. 1.2m homeless people. A 7.6m wall protects homes. A 3m high wall"
        " guards houses. The 1.5m long queue of people.",
        '  first_time: {value: some 4.1 million voters, quote: "Some 4.1m first-time voters"}\n'
        '  new_homes: {value: 3 million homes, quote: "The plan is for 3m new homes"}\n'
        '  new_homes_plain: {value: 3 million, quote: "The plan is for 3m new homes"}\n'
        '  british: {value: 5.1 million voters, quote: "5.1m British voters live abroad"}\n'
        '  homeless: {value: 1.2 million people, quote: "1.2m homeless people"}\n'
        '  wall_homes: {value: 7.6 million homes, quote: "A 7.6m wall protects homes"}\n'
        '  wall_plain: {value: 7.6 million, quote: "A 7.6m wall protects homes"}\n'
        '  high_wall: {value: 3 million, quote: "A 3m high wall guards houses"}\n'
        '  long_queue: {value: 1.5 million people, quote: "The 1.5m long queue of people"}\n'
        '  other_noun: {value: 3 million people, quote: "The plan is for 3m new homes"}\n',
    )
    assert found == {
        "first_time": CONSISTENT,
        "new_homes": CONSISTENT,
        "new_homes_plain": CONSISTENT,
        "british": CONSISTENT,
        "homeless": CONSISTENT,
        # metres: a noun, or a word of length, before what follows
        "wall_homes": MISMATCH,
        "wall_plain": MISMATCH,
        "high_wall": MISMATCH,
        "long_queue": MISMATCH,
        "other_noun": MISMATCH,
    }


def test_a_majority_is_a_threshold_and_a_majority_of_a_number_a_margin(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "The Democrats hold a narrow majority in the Senate. Labour won an overall majority."
        " The Tories won a majority of just 12 seats. It needs two-thirds majorities in both"
        " houses. The party won a two thirds supermajority. The majority party chairs every"
        " committee. The party won two-thirds of the seats.",
        '  narrow: {value: more than half, quote: "a narrow majority in the Senate"}\n'
        '  overall: {value: over half, quote: "Labour won an overall majority"}\n'
        '  majorities: {value: at least two-thirds, quote: "two-thirds majorities in both"}\n'
        '  supermajority: {value: at least two-thirds, quote: "a two thirds supermajority"}\n'
        '  of_seats: {value: two-thirds, quote: "The party won two-thirds of the seats"}\n'
        '  margin: {value: 12 seats, quote: "a majority of just 12 seats"}\n'
        '  margin_as_half: {value: more than half, quote: "a majority of just 12 seats"}\n'
        '  majority_party: {value: more than half, quote: "The majority party chairs"}\n'
        '  of_seats_threshold: {value: at least two-thirds, quote: "won two-thirds of the'
        ' seats"}\n'
        '  share_for_threshold: {value: 66.7%, quote: "a two thirds supermajority"}\n'
        '  more_than_threshold: {value: more than two-thirds, quote: "two-thirds majorities in'
        ' both"}\n',
    )
    assert found == {
        "narrow": CONSISTENT,
        "overall": CONSISTENT,
        "majorities": CONSISTENT,
        "supermajority": CONSISTENT,
        "of_seats": CONSISTENT,  # two-thirds of the seats is a share, no threshold
        "margin": CONSISTENT,
        "margin_as_half": MISMATCH,  # a majority of 12 is the margin in seats
        "majority_party": MISMATCH,
        "of_seats_threshold": MISMATCH,
        "share_for_threshold": MISMATCH,
        "more_than_threshold": MISMATCH,  # at least two-thirds takes in two-thirds
    }


def test_a_difference_of_temperatures_is_no_reading(tmp_path: Path) -> None:
    """"Warmed by 3°C", "10C above normal", "1.2C warmer than", "an anomaly of 1.2C", "beat
    ... by 1.6C" and the conversion in brackets after one state differences: a reading
    recorded from them is a mismatch, a record in Δ°C is consistent. Readings stay readings:
    "hit 46.0C (114.8F)", "a high of 53.3C", "up to 45C", "rose to 46C", "cooled to 12C",
    "rose by 2C to 38C" (the 38C), "up from 30C", "minus 20C", "40C heat"."""
    found = verdicts(
        tmp_path,
        "Mora hit 46.6C (115.9F). Death Valley recorded a high of 53.3C (128F). Highs of up"
        " to 45C (113F) are forecast. Temperatures rose to 46C in Seville, then cooled to 12C"
        " overnight. Temperatures rose by 2C to 38C on Tuesday. Forecasters expect highs of"
        " 35C, up from 30C on Monday. Temperatures dipped to minus 20C in Moscow. Fuelled by"
        " 40C heat, wildfires spread. Temperatures fell 10C overnight. The UK was 1.2C warmer"
        " than average in May. Parts of Siberia were 10C above normal. An anomaly of 1.2C was"
        " recorded. Global temperatures have risen by about 1.1C since 1900. The record was"
        " beaten by 1.6C (2.9F). Temperatures could reach 43C, 3C below the national record."
        " It was 2C cooler than normal. The ocean has warmed 0.13C per decade.",
        '  hit: {value: 46.6°C, quote: "Mora hit 46.6C (115.9F)"}\n'
        '  hit_f: {value: 115.9°F, quote: "Mora hit 46.6C (115.9F)"}\n'
        '  high: {value: 53.3°C, quote: "a high of 53.3C (128F)"}\n'
        '  up_to: {value: up to 45°C, quote: "Highs of up to 45C"}\n'
        '  rose_to: {value: 46°C, quote: "Temperatures rose to 46C"}\n'
        '  cooled_to: {value: 12°C, quote: "cooled to 12C overnight"}\n'
        '  by_then_to: {value: 38°C, quote: "Temperatures rose by 2C to 38C"}\n'
        '  up_from: {value: 30°C, quote: "highs of 35C, up from 30C"}\n'
        '  minus: {value: -20°C, quote: "dipped to minus 20C"}\n'
        '  heat: {value: 40°C, quote: "Fuelled by 40C heat"}\n'
        '  fell_as_reading: {value: 10°C, quote: "Temperatures fell 10C overnight"}\n'
        '  warmer_as_reading: {value: 1.2°C, quote: "1.2C warmer than average"}\n'
        '  normal_as_reading: {value: 10°C, quote: "10C above normal"}\n'
        '  anomaly_as_reading: {value: 1.2°C, quote: "An anomaly of 1.2C"}\n'
        '  risen_as_reading: {value: about 1.1°C, quote: "have risen by about 1.1C"}\n'
        '  beaten_as_reading: {value: 1.6°C, quote: "beaten by 1.6C (2.9F)"}\n'
        '  bracket_as_reading: {value: 2.9°F, quote: "beaten by 1.6C (2.9F)"}\n'
        '  by_as_reading: {value: 2°C, quote: "Temperatures rose by 2C to 38C"}\n'
        '  below_as_reading: {value: 3°C, quote: "3C below the national record"}\n'
        '  cooler_as_reading: {value: 2°C, quote: "2C cooler than normal"}\n'
        '  fell: {value: 10 Δ°C, quote: "Temperatures fell 10C overnight"}\n'
        '  warmer: {value: 1.2 Δ°C, quote: "1.2C warmer than average"}\n'
        '  normal: {value: 10 Δ°C, quote: "10C above normal"}\n'
        '  anomaly: {value: 1.2 Δ°C, quote: "An anomaly of 1.2C"}\n'
        '  risen: {value: about 1.1 Δ°C, quote: "have risen by about 1.1C"}\n'
        '  bracket: {value: 2.9 Δ°F, quote: "beaten by 1.6C (2.9F)"}\n'
        '  rate: {value: 0.13 Δ°C per decade, quote: "has warmed 0.13C per decade"}\n'
        '  rate_wrong: {value: 0.13 Δ°C per year, quote: "has warmed 0.13C per decade"}\n'
        '  normal_wrong: {value: 11 Δ°C, quote: "10C above normal"}\n',
    )
    readings = ("hit", "hit_f", "high", "up_to", "rose_to", "cooled_to", "by_then_to",
                "up_from", "minus", "heat")  # fmt: skip
    differences = ("fell", "warmer", "normal", "anomaly", "risen", "bracket", "rate")
    assert found == {
        **dict.fromkeys(readings, CONSISTENT),
        **dict.fromkeys(differences, CONSISTENT),
        **{name: MISMATCH for name in found if name.endswith(("_as_reading", "_wrong"))},
    }


def test_a_percentage_below_a_level_is_a_fall(tmp_path: Path) -> None:
    """"52.7% below 1990 levels", "20% under their 2022 peak", "3% below forecasts" state
    falls, as "12% lower than" does; "stayed below 5%" (a qualifier), "live below the
    poverty line" (a share), "5% under the last government" (under whom) and "under the
    age of five" do not."""
    found = verdicts(
        tmp_path,
        "Emissions were 52.7% below 1990 levels. House prices are 20% under their 2022 peak."
        " Shares closed 30% below their IPO price. Sales were 3% below forecasts. Real wages"
        " remain 2.5% below their 2008 level. Methane emissions were 10% below pre-pandemic"
        " levels. Output was 12% lower than a year earlier. Inflation stayed below 5% for a"
        " third month. About 20% of households live below the poverty line. Unemployment was"
        " 5% under the last government. Some 40% of children under the age of five were"
        " vaccinated. Nearly 25% of staff are under 30.",
        '  levels: {value: -52.7%, quote: "52.7% below 1990 levels"}\n'
        '  peak: {value: -20%, quote: "20% under their 2022 peak"}\n'
        '  price: {value: -30%, quote: "closed 30% below their IPO price"}\n'
        '  forecasts: {value: -3%, quote: "3% below forecasts"}\n'
        '  level: {value: -2.5%, quote: "2.5% below their 2008 level"}\n'
        '  pre_pandemic: {value: -10%, quote: "10% below pre-pandemic levels"}\n'
        '  lower: {value: -12%, quote: "12% lower than a year earlier"}\n'
        '  year: {date: 1990, quote: "52.7% below 1990 levels"}\n'
        '  levels_wrong: {value: -52.8%, quote: "52.7% below 1990 levels"}\n'
        '  qualifier_wrong: {value: -5%, quote: "Inflation stayed below 5%"}\n'
        '  poverty_wrong: {value: -20%, quote: "20% of households live below the poverty line"}\n'
        '  government_wrong: {value: -5%, quote: "Unemployment was 5% under the last government"}\n'
        '  age_wrong: {value: -40%, quote: "Some 40% of children under the age of five"}\n'
        '  staff_wrong: {value: -25%, quote: "Nearly 25% of staff are under 30"}\n',
    )
    assert len(found) == 14
    assert found == {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}


def test_a_year_before_levels_is_the_year(tmp_path: Path) -> None:
    """"Below 1990 levels" is the year 1990, not a count of "levels" below 1,990."""
    (tmp_path / "story.txt").write_text("Emissions were 52.7% below 1990 levels.")
    (tmp_path / "story.yaml").write_text(
        "source: {published: 2025-06-03, text: story.txt}\n"
        'claims:\n  wrong: {value: -52.8%, quote: "52.7% below 1990 levels"}\n'
    )
    (check,) = [c for _, c in run([str(tmp_path)], Options()).all_checks()]
    assert "states 52.7% and 1990, but" in check.message


def test_prices_per_unit_of_energy_are_compared_at_their_own_size(tmp_path: Path) -> None:
    """£72 per megawatt hour is 2.7e-18 £ per joule: an absolute tolerance made any price
    per MWh (or kWh, or grams per kWh) equal to any other in a quote (a missed error)."""
    found = verdicts(
        tmp_path,
        "Power prices averaged 72 pounds per megawatt hour in 2024. The cap is 24.50 pence"
        " per kilowatt hour. The grid emitted 124 grams of carbon dioxide per kilowatt hour.",
        '  price: {value: £72 per MWh, quote: "averaged 72 pounds per megawatt hour"}\n'
        '  cap: {value: 24.50p per kWh, quote: "24.50 pence per kilowatt hour"}\n'
        '  cap_in_pounds: {value: £245 per MWh, quote: "24.50 pence per kilowatt hour"}\n'
        '  intensity: {value: 124 g per kWh, quote: "124 grams of carbon dioxide per kilowatt'
        ' hour"}\n'
        '  price_wrong: {value: £69 per MWh, quote: "averaged 72 pounds per megawatt hour"}\n'
        '  cap_wrong: {value: 25.50p per kWh, quote: "24.50 pence per kilowatt hour"}\n'
        '  intensity_wrong: {value: 142 g per kWh, quote: "124 grams of carbon dioxide per'
        ' kilowatt hour"}\n',
    )
    assert found == {
        "price": CONSISTENT,
        "cap": CONSISTENT,
        "cap_in_pounds": ROUNDING,
        "intensity": CONSISTENT,
        "price_wrong": MISMATCH,
        "cap_wrong": MISMATCH,
        "intensity_wrong": MISMATCH,
    }


def test_a_rate_written_once_in_the_sentence_outside_the_quote(tmp_path: Path) -> None:
    """The rate of "72 pounds per megawatt hour" is carried to "from 96 pounds in 2023"
    when the quote is only that piece of the sentence; so are "a tonne" to "from 82.70
    euros a year earlier", "a barrel" to "jumped $5.04, or 6.3%," and "an hour" to "up from
    £11.44". Not across a new clause (", while", ", and"), not another rate, not to an
    amount neither compared nor changed ("paid $3,300 for a deposit")."""
    found = verdicts(
        tmp_path,
        "Power prices averaged 72 pounds per megawatt hour in 2024, down 25% from 96 pounds in"
        " 2023. Carbon permits traded at 64.50 euros a tonne, down 22% from 82.70 euros a year"
        " earlier. Brent crude futures jumped $5.04, or 6.3%, to $84.93 a barrel. Workers will"
        " get £12.21 an hour from April, up from £11.44. Gold rose $30 to $2,000 an ounce. The"
        " company paid a dividend of $1.20 a share, and its profit rose $300 million. Tenants"
        " paid $3,300 for a deposit on flats let at $1,650 a month.",
        '  power: {value: £96 per MWh, quote: "from 96 pounds in 2023"}\n'
        '  permits: {value: €82.70 per tonne, quote: "from 82.70 euros a year earlier"}\n'
        '  brent: {value: $5.04 per barrel, quote: "jumped $5.04, or 6.3%"}\n'
        '  wage: {value: £11.44 per hour, quote: "up from £11.44"}\n'
        '  gold: {value: $30 per ounce, quote: "Gold rose $30"}\n'
        '  power_wrong: {value: £96 per kWh, quote: "from 96 pounds in 2023"}\n'
        '  permits_wrong: {value: €82.70 per kg, quote: "from 82.70 euros a year earlier"}\n'
        '  brent_wrong: {value: $5.40 per barrel, quote: "jumped $5.04, or 6.3%"}\n'
        '  wage_wrong: {value: £11.44 per week, quote: "up from £11.44"}\n'
        '  profit_wrong: {value: $300 million per share, quote: "its profit rose $300 million"}\n'
        '  deposit_wrong: {value: "$3,300 per month", quote: "paid $3,300 for a deposit"}\n',
    )
    assert len(found) == 11
    assert found == {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}


def test_other_forms_of_multiplying_verbs_state_changes(tmp_path: Path) -> None:
    """"More than double the previous record", "pledged to triple", "plans to halve", "will
    more than double", "a doubling of" state changes in per cent as "doubled" does; "double
    digits", "double glazing", "the triple lock", "a double murder", "double-digit", "to
    double down" and "the doubling time" state none."""
    found = verdicts(
        tmp_path,
        "Canada's fires burned more than double the previous record. Nearly 200 countries"
        " pledged to triple renewable capacity. The government plans to halve emissions by"
        " 2035. Demand is expected to more than double by 2050. Output could nearly triple"
        " last year's level. The deal calls for a doubling of capacity. Inflation rose to"
        " double digits. Homeowners switched to double glazing. The party will keep the"
        " triple lock. Police are investigating a double murder. Growth hit double-digit"
        " rates. Investors continued to double down on tech. The doubling time was three"
        " days.",
        '  record: {value: more than 100%, quote: "more than double the previous record"}\n'
        '  pledge: {value: 200%, quote: "pledged to triple renewable capacity"}\n'
        '  halve: {value: -50%, quote: "plans to halve emissions"}\n'
        '  will: {value: more than 100%, quote: "expected to more than double by 2050"}\n'
        '  nearly: {value: nearly 200%, quote: "could nearly triple last year\'s level"}\n'
        '  noun: {value: 100%, quote: "a doubling of capacity"}\n'
        '  record_wrong: {value: 100%, quote: "more than double the previous record"}\n'
        '  pledge_wrong: {value: 300%, quote: "pledged to triple renewable capacity"}\n'
        '  halve_wrong: {value: 50%, quote: "plans to halve emissions"}\n'
        '  digits_wrong: {value: 100%, quote: "Inflation rose to double digits"}\n'
        '  glazing_wrong: {value: 100%, quote: "switched to double glazing"}\n'
        '  lock_wrong: {value: 200%, quote: "keep the triple lock"}\n'
        '  murder_wrong: {value: 100%, quote: "a double murder"}\n'
        '  digit_wrong: {value: 100%, quote: "hit double-digit rates"}\n'
        '  down_wrong: {value: 100%, quote: "continued to double down"}\n'
        '  time_wrong: {value: 100%, quote: "The doubling time was three days"}\n',
    )
    assert len(found) == 16
    assert found == {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}


def test_a_fraction_word_and_its_percentage_are_one_amount(tmp_path: Path) -> None:
    """"Rose by a third" against `33%` is the same amount written otherwise: `rounding` (as
    `33.3%`, "two-thirds" against `67%`, "one in three" against `33%`); `34%`, `30%`, a fall
    of `-33%`, `66%` for two-thirds are other amounts."""
    found = verdicts(
        tmp_path,
        "Sales of heat pumps rose by a third. Two-thirds of voters backed the plan. One in"
        " three households struggles with bills. A quarter of homes lost power.",
        '  third: {value: 33%, quote: "rose by a third"}\n'
        '  third_finer: {value: 33.3%, quote: "rose by a third"}\n'
        '  two_thirds: {value: 67%, quote: "Two-thirds of voters"}\n'
        '  one_in_three: {value: 33%, quote: "One in three households"}\n'
        '  quarter: {value: 25%, quote: "A quarter of homes"}\n'
        '  third_wrong: {value: 34%, quote: "rose by a third"}\n'
        '  third_wrong_2: {value: 30%, quote: "rose by a third"}\n'
        '  third_fall_wrong: {value: -33%, quote: "rose by a third"}\n'
        '  two_thirds_wrong: {value: 66%, quote: "Two-thirds of voters"}\n',
    )
    assert found == {
        "third": ROUNDING,
        "third_finer": ROUNDING,
        "two_thirds": ROUNDING,
        "one_in_three": ROUNDING,
        "quarter": CONSISTENT,
        "third_wrong": MISMATCH,
        "third_wrong_2": MISMATCH,
        "third_fall_wrong": MISMATCH,
        "two_thirds_wrong": MISMATCH,
    }


def test_a_qualified_fraction_word_and_its_percentage_are_one_amount(tmp_path: Path) -> None:
    """"Fell by almost a third" against `almost -33%` is the amount written otherwise, as
    "a third" against `-33%` is: `rounding`, not a mismatch (the bound "almost 33%" leaves
    out 33% itself, so the numbers are compared without their qualifiers). "More than a
    third" against `more than 33%` likewise, and `almost 33%`, the size of the fall, as
    "fell by a third" states `33%`. A qualifier dropped, added or changed is still a
    mismatch, and so is another number under the same qualifier, and a bound the other
    way ("fell by more than a half" is below −50%, not `more than -50%`)."""
    found = judged(
        tmp_path,
        "Prices fell by almost a third. Rents rose by more than a third. Costs fell by"
        " nearly a quarter. Fees rose by a third. Visits fell by more than a half.",
        '  fall: {value: almost -33%, quote: "Prices fell by almost a third"}\n'
        '  rise: {value: more than 33%, quote: "Rents rose by more than a third"}\n'
        '  quarter: {value: nearly -25%, quote: "Costs fell by nearly a quarter"}\n'
        '  dropped_wrong: {value: -33%, quote: "Prices fell by almost a third"}\n'
        '  added_wrong: {value: almost 33%, quote: "Fees rose by a third"}\n'
        '  changed_wrong: {value: almost 33%, quote: "Rents rose by more than a third"}\n'
        '  other_wrong: {value: almost -30%, quote: "Prices fell by almost a third"}\n'
        '  size: {value: almost 33%, quote: "Prices fell by almost a third"}\n'
        '  half: {value: less than -50%, quote: "Visits fell by more than a half"}\n'
        '  half_wrong: {value: more than -50%, quote: "Visits fell by more than a half"}\n',
    )
    assert {name: verdict for name, (verdict, _) in found.items()} == {
        "fall": ROUNDING,
        "rise": ROUNDING,
        "quarter": CONSISTENT,
        "dropped_wrong": MISMATCH,
        "added_wrong": MISMATCH,
        "changed_wrong": MISMATCH,
        "other_wrong": MISMATCH,
        "size": ROUNDING,
        "half": CONSISTENT,
        "half_wrong": MISMATCH,
    }
    assert "almost a third stands for −33.34% to −30%" in found["fall"][1]
    assert "the same number without the text's qualifier" in found["dropped_wrong"][1]
    assert "the same number with a qualifier the text does not have" in found["added_wrong"][1]
    assert "the same number with another qualifier" in found["changed_wrong"][1]
    assert "the same number bounded the other way" in found["half_wrong"][1]


def test_an_estimate_dropped_says_what_its_qualifier_allows(tmp_path: Path) -> None:
    """`40,990 people` for "an estimated 40,990 people" drops the estimate: a mismatch whose
    message gives what the qualifier allows (±10% of a count), not the number's own reading
    (which is the record's, and would read as no difference at all)."""
    found = judged(
        tmp_path,
        "An estimated 40,990 people attended. About 300 homes were hit.",
        '  crowd_wrong: {value: "40,990 people", quote: "An estimated 40,990 people"}\n'
        '  homes_wrong: {value: 300 homes, quote: "About 300 homes were hit"}\n'
        '  homes: {value: about 300 homes, quote: "About 300 homes were hit"}\n',
    )
    assert {name: verdict for name, (verdict, _) in found.items()} == {
        "crowd_wrong": MISMATCH, "homes_wrong": MISMATCH, "homes": CONSISTENT,
    }
    assert (
        "without the text's qualifier: estimated 40,990 people allows 36,891–45,089 people"
        " as an estimate" in found["crowd_wrong"][1]
    )
    assert "About 300 homes allows 270–330 homes" in found["homes_wrong"][1]


def test_a_gallon_in_a_sterling_price_is_an_imperial_gallon(tmp_path: Path) -> None:
    """"6.72 pounds a gallon" states `£6.72 per imperial gallon` (and, as written, `£6.72 per
    gallon`); "$3.50 a gallon" and "£2.60 a US gallon" state no imperial gallon."""
    found = verdicts(
        tmp_path,
        "Petrol averaged 147.9p a litre (6.72 pounds a gallon). Diesel cost 7.01 pounds per"
        " gallon. U.S. gasoline averaged $3.50 a gallon, or about £2.60 a US gallon.",
        '  petrol: {value: £6.72 per imperial gallon, quote: "(6.72 pounds a gallon)"}\n'
        '  petrol_as_written: {value: £6.72 per gallon, quote: "(6.72 pounds a gallon)"}\n'
        '  diesel: {value: £7.01 per imperial gallon, quote: "7.01 pounds per gallon"}\n'
        '  petrol_wrong: {value: £6.27 per imperial gallon, quote: "(6.72 pounds a gallon)"}\n'
        '  dollars_wrong: {value: $3.50 per imperial gallon, quote: "averaged $3.50 a gallon"}\n'
        '  us_gallon_wrong: {value: £2.60 per imperial gallon, quote: "£2.60 a US gallon"}\n',
    )
    assert found == {
        "petrol": CONSISTENT,
        "petrol_as_written": CONSISTENT,
        "diesel": CONSISTENT,
        "petrol_wrong": MISMATCH,
        "dollars_wrong": MISMATCH,
        "us_gallon_wrong": MISMATCH,
    }


def test_a_qualifier_governs_the_conversion_in_brackets(tmp_path: Path) -> None:
    """"About 610 square miles (1,580 square kilometers)" states `about 1,580 square
    kilometers`, "up to 45C (113F)" `up to 113°F`, "more than $5bn (£4bn)" `more than £4bn`;
    a plain record of the bracketed figure drops the qualifier. Brackets that give the
    exact figure ("over 50 per cent (50.3 per cent)") or another ("About 300 people (120
    of them children)") take no qualifier, nor does a figure without one ("runs 900
    kilometers (559 miles)")."""
    found = verdicts(
        tmp_path,
        "The fire has burned about 610 square miles (1,580 square kilometers). Highs of up to"
        " 45C (113F) are forecast. The deal is worth more than $5bn (£4bn). The pipeline runs"
        " 900 kilometers (559 miles). Turnout was over 50 per cent (50.3 per cent). About 300"
        " people (120 of them children) were rescued. Winds reached nearly 100 mph (160"
        " km/h).",
        '  area: {value: "about 1,580 square kilometers", quote: "about 610 square miles (1,580'
        ' square kilometers)"}\n'
        '  highs: {value: up to 113°F, quote: "up to 45C (113F)"}\n'
        '  deal: {value: more than £4bn, quote: "more than $5bn (£4bn)"}\n'
        '  winds: {value: nearly 160 km/h, quote: "nearly 100 mph (160 km/h)"}\n'
        '  pipeline: {value: 559 miles, quote: "runs 900 kilometers (559 miles)"}\n'
        '  turnout: {value: 50.3%, quote: "over 50 per cent (50.3 per cent)"}\n'
        '  children: {value: 120 children, quote: "About 300 people (120 of them children)"}\n'
        '  area_wrong: {value: "1,580 square kilometers", quote: "about 610 square miles'
        ' (1,580 square kilometers)"}\n'
        '  highs_wrong: {value: 113°F, quote: "up to 45C (113F)"}\n'
        '  deal_wrong: {value: £4bn, quote: "more than $5bn (£4bn)"}\n'
        '  turnout_wrong: {value: over 50.3%, quote: "over 50 per cent (50.3 per cent)"}\n',
    )
    assert len(found) == 11
    assert found == {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}


def test_ages_are_neither_percentages_nor_counts(tmp_path: Path) -> None:
    """"Of those aged 18 to 24, 40 per cent said": the 24 is an age. It was `24%` (a bare
    number after "to", in a sentence with a percentage) and `24 people`; ages ("aged 25 to
    64", "between the ages of 16 and 18") state neither, but a length of time (`53 years`
    for "aged 53") and the bare numbers left off a percentage ("compared with 55 in 2010")
    still do."""
    found = verdicts(
        tmp_path,
        "Of those aged 18 to 24, 40 per cent said they would vote. Some 12% were unemployed,"
        " compared with 4% of adults aged 25 to 64. She was aged 53 when she died. Between"
        " the ages of 16 and 18, 60% of pupils stay in school, compared with 55 in 2010."
        " Turnout was 77%, against 47 for the young, and 24 per cent of over-65s voted.",
        '  forty: {value: 40%, quote: "Of those aged 18 to 24, 40 per cent said"}\n'
        '  cut_short: {value: 40%, quote: "18 to 24, 40 per cent said"}\n'
        '  age: {value: 53 years, quote: "She was aged 53"}\n'
        '  left_off: {value: 55%, quote: "60% of pupils stay in school, compared with 55"}\n'
        '  against: {value: 47%, quote: "Turnout was 77%, against 47 for the young"}\n'
        '  over_65s: {value: 24%, quote: "24 per cent of over-65s voted"}\n'
        '  age_wrong: {value: 24%, quote: "Of those aged 18 to 24, 40 per cent said"}\n'
        '  cut_short_wrong: {value: 24%, quote: "18 to 24, 40 per cent said"}\n'
        '  adults_wrong: {value: 64%, quote: "compared with 4% of adults aged 25 to 64"}\n'
        '  people_wrong: {value: 53 people, quote: "She was aged 53"}\n'
        '  ages_of_wrong: {value: 18%, quote: "Between the ages of 16 and 18, 60% of pupils"}\n',
    )
    assert len(found) == 11
    assert found == {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}


def test_an_ambiguous_unit_states_each_of_its_readings_never_the_bare_number(
    tmp_path: Path,
) -> None:
    """"Winds of 40 kt", "800 tons of grain", "a 10-ton truck": the value grammar refuses
    `kt`, `tons` and `ton`, and the quote reader fell back to the bare number, which
    stated a record in any unit (`40 mph`, `800 lb`, `10 kg` passed), while "2 million
    tons" stated a bare 2 million, so the spelling the error asks for (`short tons`)
    failed. Each reading the word allows is stated (knots or kilotonnes; short, long or
    metric tons), with "a ton" a price per one; a kiloton (a yield as often as a mass)
    states none."""
    found = verdicts(
        tmp_path,
        "The storm brought sustained winds of 40 kt. The freighter carried 800 tons of grain."
        " A 10-ton truck overturned. The mill produced 2 million tons of steel. Scrap sold"
        " for $50 a ton. It released 15 kt of CO2. The bomb had a 15-kiloton yield.",
        '  knots: {value: 40 knots, quote: "sustained winds of 40 kt"}\n'
        '  grain: {value: 800 tonnes, quote: "carried 800 tons of grain"}\n'
        '  truck: {value: 10 long tons, quote: "A 10-ton truck overturned"}\n'
        '  steel: {value: 2 million short tons, quote: "2 million tons of steel"}\n'
        '  scrap: {value: $50 per tonne, quote: "for $50 a ton"}\n'
        '  co2: {value: 15 kilotonnes, quote: "It released 15 kt of CO2"}\n'
        '  mph_wrong: {value: 40 mph, quote: "sustained winds of 40 kt"}\n'
        '  bare_wrong: {value: "40", quote: "sustained winds of 40 kt"}\n'
        '  lb_wrong: {value: 800 lb, quote: "carried 800 tons of grain"}\n'
        '  kg_wrong: {value: 10 kg, quote: "A 10-ton truck overturned"}\n'
        '  million_wrong: {value: 2 million, quote: "2 million tons of steel"}\n'
        '  yield_wrong: {value: 15 kilotonnes, quote: "The bomb had a 15-kiloton yield"}\n'
        '  yield_bare_wrong: {value: "15", quote: "The bomb had a 15-kiloton yield"}\n',
    )
    assert len(found) == 13
    assert found == {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}


def test_a_majority_not_won_states_no_threshold(tmp_path: Path) -> None:
    """"Short of a majority", "no party won a majority", "failed to win a two-thirds
    majority", "lost its majority", "needed a two-thirds majority but got 64%": the
    threshold was not reached, and a record that it was (`more than half`, `at least
    two-thirds`) passed. A majority won still states it; a threshold needed states the
    fraction itself."""
    found = verdicts(
        tmp_path,
        "Only 45% backed the plan, short of a majority. No party won a majority, with Labour"
        " on 48% of seats. The coalition failed to win a two-thirds majority, taking 62% of"
        " seats. The party lost its majority. The bill needed a two-thirds majority but got"
        " 64%. The bill needs a two-thirds majority. Labour won a majority of seats. The"
        " coalition won a two-thirds majority. It fell short of the two-thirds majority"
        " needed. They won a majority, with no party above 20%.",
        '  won: {value: more than half, quote: "Labour won a majority of seats"}\n'
        '  won_two_thirds: {value: at least two-thirds, quote: "coalition won a two-thirds'
        ' majority"}\n'
        '  needs: {value: two-thirds, quote: "The bill needs a two-thirds majority"}\n'
        '  no_after: {value: more than half, quote: "They won a majority, with no party"}\n'
        '  short_wrong: {value: more than half, quote: "Only 45% backed the plan, short of a'
        ' majority"}\n'
        '  no_party_wrong: {value: more than half, quote: "No party won a majority"}\n'
        '  failed_wrong: {value: at least two-thirds, quote: "failed to win a two-thirds'
        ' majority"}\n'
        '  lost_wrong: {value: more than half, quote: "The party lost its majority"}\n'
        '  needed_wrong: {value: at least two-thirds, quote: "needed a two-thirds majority but'
        ' got 64%"}\n'
        '  needs_wrong: {value: at least two-thirds, quote: "The bill needs a two-thirds'
        ' majority"}\n'
        '  fell_short_wrong: {value: at least two-thirds, quote: "fell short of the two-thirds'
        ' majority"}\n',
    )
    assert len(found) == 11
    assert found == {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}


def test_plus_or_minus_is_a_margin_not_a_minus(tmp_path: Path) -> None:
    """"Accurate to plus or minus 2C" was read as -2 °C (the span "minus 2C" alone), so
    `2 Δ°C` was a mismatch; after "plus or", "±" or "+/-" the figure is the margin.
    "Fell to minus 2C" stays -2 °C."""
    found = verdicts(
        tmp_path,
        "The model is accurate to plus or minus 2C. The gauge reads to +/- 3C. The pool was"
        " within ±4C. Overnight it fell to minus 2C.",
        '  margin: {value: 2 Δ°C, quote: "accurate to plus or minus 2C"}\n'
        '  slash: {value: 3 Δ°C, quote: "reads to +/- 3C"}\n'
        '  sign: {value: 4 Δ°C, quote: "within ±4C"}\n'
        '  cold: {value: -2°C, quote: "Overnight it fell to minus 2C"}\n'
        '  negative_wrong: {value: -2°C, quote: "accurate to plus or minus 2C"}\n'
        '  warm_wrong: {value: 2°C, quote: "Overnight it fell to minus 2C"}\n',
    )
    assert len(found) == 6
    assert found == {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}


def test_a_change_then_a_level_in_one_per_cent_is_no_pair_of_percentages(
    tmp_path: Path,
) -> None:
    """"Inflation fell 2.5 to 4 per cent", "rates were cut 1.5 to 2.5 per cent": a change
    (in points) to a level, or a range of falls, stated `2.5%` and `1.5%`, rises; a range of
    falls states -2.5% and -1.5%. A range of rises ("rose 10 to 15 per cent", "rose by
    between 10 and 15 per cent") and a pair of shares ("won by 52 to 48 per cent") keep
    both ends; a year never pairs ("from 11.1 in 2022 to 4 per cent")."""
    found = verdicts(
        tmp_path,
        "Inflation fell 2.5 to 4 per cent last year. Rates were cut 1.5 to 2.5 per cent."
        " Inflation fell from 11.1 in 2022 to 4 per cent. Prices rose by between 10 and 15"
        " per cent. Remain won by 52 to 48 per cent. Prices rose 10 to 15 per cent.",
        '  level: {value: 4%, quote: "Inflation fell 2.5 to 4 per cent"}\n'
        '  between: {value: 10%, quote: "Prices rose by between 10 and 15 per cent"}\n'
        '  won: {value: 52%, quote: "Remain won by 52 to 48 per cent"}\n'
        '  range: {value: 10 to 15%, quote: "Prices rose 10 to 15 per cent"}\n'
        '  falls: {value: -1.5%, quote: "Rates were cut 1.5 to 2.5 per cent"}\n'
        '  fall_wrong: {value: 2.5%, quote: "Inflation fell 2.5 to 4 per cent"}\n'
        '  cut_wrong: {value: 1.5%, quote: "Rates were cut 1.5 to 2.5 per cent"}\n'
        '  year_wrong: {value: 2022%, quote: "Inflation fell from 11.1 in 2022 to 4 per'
        ' cent"}\n'
        '  rise_wrong: {value: 12%, quote: "Prices rose 10 to 15 per cent"}\n',
    )
    assert len(found) == 9
    assert found == {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}


def test_metres_before_one_thing_are_no_millions(tmp_path: Path) -> None:
    """"A 30m coastal barrier", "the 50m Olympic pools": metres, which counted millions (any
    capitalised word passed for an adjective, and a singular matched the record's plural).
    After "a" or before a singular it is no count; a capitalised word is an adjective only
    before the record's own plural noun."""
    found = verdicts(
        tmp_path,
        "A 30m coastal barrier now protects the town. The 50m Olympic pools were closed."
        " In all 48.2m British voters were registered. Some 2.9m households were affected,"
        " and 7m people voted.",
        '  voters: {value: 48.2 million voters, quote: "all 48.2m British voters"}\n'
        '  people: {value: 7 million people, quote: "7m people voted"}\n'
        '  barrier_wrong: {value: 30 million barriers, quote: "A 30m coastal barrier now'
        ' protects"}\n'
        '  plain_barrier_wrong: {value: 30 million, quote: "A 30m coastal barrier now'
        ' protects"}\n'
        '  pools_wrong: {value: 50 million, quote: "The 50m Olympic pools were closed"}\n',
    )
    assert len(found) == 5
    assert found == {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}


def test_a_count_after_a_range_of_days_is_no_year(tmp_path: Path) -> None:
    """"On June 12-13, 1500 delegates attended" read 1500 as the year of both days; a
    four-digit number before a word in lower case, or far from the publication year, is
    no year. "June 12-13, 2024" keeps its year."""
    found = verdicts(
        tmp_path,
        "On June 12-13, 1500 delegates attended the summit. Talks ran June 12-13, 2024, in"
        " Geneva. On June 2-3, 1500 attended.",
        '  day: {date: June 12, quote: "On June 12-13, 1500 delegates attended"}\n'
        '  delegates: {value: 1500 delegates, quote: "On June 12-13, 1500 delegates"}\n'
        '  far: {date: 2025-06-02, quote: "On June 2-3, 1500 attended"}\n'
        '  geneva: {date: 2024-06-13, quote: "Talks ran June 12-13, 2024, in Geneva"}\n'
        '  count_wrong: {value: 1400 delegates, quote: "On June 12-13, 1500 delegates"}\n',
    )
    assert len(found) == 5
    assert found == {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}


def test_a_change_written_twice_after_or_is_a_fall_both_ways(tmp_path: Path) -> None:
    """"Fell 87.4 points, or 1.1%" and "dropped 0.9%, or 46.5 points": the verb governs
    both figures joined by ", or". Not after a rise, nor after a level ("fell to 7,842.6,
    or 46.5 points")."""
    found = verdicts(
        tmp_path,
        "The FTSE 100 fell 87.4 points, or 1.1%, to 7,842.6. The index dropped 0.9%, or 46.5"
        " points. The Dax rose 87.4 points, or 1.1%, to 17,842.6. The Cac fell to 7,842.6, or"
        " 46.5 points.",
        '  per_cent: {value: -1.1%, quote: "The FTSE 100 fell 87.4 points, or 1.1%, to 7,842.6"}\n'
        '  points: {value: -87.4 points, quote: "The FTSE 100 fell 87.4 points, or 1.1%"}\n'
        '  points_after: {value: -46.5 points, quote: "The index dropped 0.9%, or 46.5 points"}\n'
        '  per_cent_wrong: {value: -1.2%, quote: "The FTSE 100 fell 87.4 points, or 1.1%"}\n'
        '  points_wrong: {value: -45.5 points, quote: "The index dropped 0.9%, or 46.5 points"}\n'
        '  rise_wrong: {value: -1.1%, quote: "The Dax rose 87.4 points, or 1.1%"}\n'
        '  level_wrong: {value: -46.5 points, quote: "The Cac fell to 7,842.6, or 46.5 points"}\n',
    )
    assert len(found) == 7
    assert found == {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}


def test_market_verbs_of_falling(tmp_path: Path) -> None:
    """"Weakened", "dived", "crashed", "tanked" and "was off" state falls; "off" only after
    "was" (or "closed", "ended"): "wrote off 40% of the loan" and "20% off the list price"
    are no falls of the record's figure, nor "weakened to 1.27" (a level)."""
    found = verdicts(
        tmp_path,
        "Gold was off 0.4%. Sterling weakened 0.4%. The shares dived 3%. The shares crashed"
        " 3%. Tesla tanked 3%. The bank wrote off 40% of the loan. Coats are 20% off the list"
        " price. Sterling weakened to 1.27.",
        '  off: {value: -0.4%, quote: "Gold was off 0.4%"}\n'
        '  weakened: {value: -0.4%, quote: "Sterling weakened 0.4%"}\n'
        '  dived: {value: -3%, quote: "The shares dived 3%"}\n'
        '  crashed: {value: -3%, quote: "The shares crashed 3%"}\n'
        '  tanked: {value: -3%, quote: "Tesla tanked 3%"}\n'
        '  wrote_off_wrong: {value: -40%, quote: "The bank wrote off 40% of the loan"}\n'
        '  discount_wrong: {value: -20%, quote: "Coats are 20% off the list price"}\n'
        '  level_wrong: {value: -1.27, quote: "Sterling weakened to 1.27"}\n'
        '  off_wrong: {value: -0.5%, quote: "Gold was off 0.4%"}\n',
    )
    assert len(found) == 9
    assert found == {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}


def test_a_percentage_below_a_figure_is_a_fall(tmp_path: Path) -> None:
    """"14% below the club-record £89m", "3% below 7,000": the level may be a figure in
    money, or one with a thousands separator or decimals; "14% under 25" is an age."""
    found = verdicts(
        tmp_path,
        "The fee is 14% below the club-record £89m. The index closed 3% below 7,000. Some 14%"
        " under 25 said they would vote.",
        '  fee: {value: -14%, quote: "The fee is 14% below the club-record £89m"}\n'
        '  index: {value: -3%, quote: "The index closed 3% below 7,000"}\n'
        '  fee_wrong: {value: -15%, quote: "The fee is 14% below the club-record £89m"}\n'
        '  age_wrong: {value: -14%, quote: "Some 14% under 25 said they would vote"}\n',
    )
    assert len(found) == 4
    assert found == {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}


def test_the_price_of_a_currency_after_its_name_is_a_rate_per_it(tmp_path: Path) -> None:
    """"The pound fell 0.4% against the dollar to $1.2745" states `$1.2745 per pound`; not
    `$1.2745 per euro`, nor a price of something else in the clause ("as Brent crude rose
    to $84.93", "and Brent rose to $84.93")."""
    found = verdicts(
        tmp_path,
        "The pound fell 0.4% against the dollar to $1.2745. Sterling rose 0.2% against the"
        " euro to €1.1707. The euro was flat at $1.0885. The dollar rose to 149.2 yen. The"
        " pound fell as Brent crude rose to $84.93. The pound fell, and Brent rose to $84.93.",
        '  pound: {value: $1.2745 per pound, quote: "The pound fell 0.4% against the dollar'
        ' to $1.2745"}\n'
        '  sterling: {value: €1.1707 per pound, quote: "Sterling rose 0.2% against the euro'
        ' to €1.1707"}\n'
        '  euro: {value: $1.0885 per euro, quote: "The euro was flat at $1.0885"}\n'
        '  yen: {value: ¥149.2 per dollar, quote: "The dollar rose to 149.2 yen"}\n'
        '  other_currency_wrong: {value: $1.2745 per euro, quote: "The pound fell 0.4% against'
        ' the dollar to $1.2745"}\n'
        '  amount_wrong: {value: $1.2754 per pound, quote: "The pound fell 0.4% against the'
        ' dollar to $1.2745"}\n'
        '  oil_wrong: {value: $84.93 per pound, quote: "The pound fell as Brent crude rose to'
        ' $84.93"}\n'
        '  clause_wrong: {value: $84.93 per pound, quote: "The pound fell, and Brent rose to'
        ' $84.93"}\n',
    )
    assert len(found) == 8
    assert found == {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}


def test_rates_written_for_each_for_every_and_a(tmp_path: Path) -> None:
    """"£2,500 for each of his three children", "$2,900 for each day", "£12,900 for every
    discharge", "£50 a match", "18,700 passengers an hour each way" state rates per the
    unit they name, and only that one; "£2,500 for his three children" is no rate. "One
    officer for every 260 people" is one in 260, its qualifier kept."""
    found = verdicts(
        tmp_path,
        "He gets £2,500 for each of his three children. She won £2,500 for his three"
        " children. He was paid about $2,900 for each day he was held. Trusts were fined"
        " £12,900 for every discharge. Tickets cost £50 a match. The line carries 18,700"
        " passengers an hour each way. There is roughly one officer for every 260 people."
        " There is one nurse for every five patients.",
        '  each_child: {value: "£2,500 per child", quote: "£2,500 for each of his three'
        ' children"}\n'
        '  each_day: {value: "about $2,900 per day", quote: "about $2,900 for each day"}\n'
        '  every_discharge: {value: "£12,900 per discharge", quote: "£12,900 for every'
        ' discharge"}\n'
        "  a_match: {value: £50 per match, quote: £50 a match}\n"
        '  an_hour: {value: "18,700 passengers per hour", quote: "18,700 passengers an hour'
        ' each way"}\n'
        '  for_every: {value: roughly one in 260, quote: "roughly one officer for every 260'
        ' people"}\n'
        "  nurses: {value: one in five, quote: one nurse for every five patients}\n"
        '  family_wrong: {value: "£2,500 per family", quote: "£2,500 for each of his three'
        ' children"}\n'
        '  no_each_wrong: {value: "£2,500 per child", quote: "£2,500 for his three children"}\n'
        '  qualifier_wrong: {value: "$2,900 per day", quote: "about $2,900 for each day"}\n'
        "  game_wrong: {value: £50 per game, quote: £50 a match}\n"
        '  per_day_wrong: {value: "18,700 passengers per day", quote: "18,700 passengers an'
        ' hour each way"}\n'
        '  ratio_wrong: {value: roughly one in 290, quote: "roughly one officer for every 260'
        ' people"}\n'
        '  ratio_qualifier_wrong: {value: one in 260, quote: "roughly one officer for every'
        ' 260 people"}\n',
    )
    assert len(found) == 14
    assert found == {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}


def test_every_ends_no_figure() -> None:
    """"One officer for every 260 people" is one officer and 260 people, not "one officer
    for every" (the message listed it)."""
    found = figures_in("roughly one officer for every 260 people", Context(), None)
    texts = [figure.text for figure in found]
    assert texts == ["roughly one officer", "260 people"]


def test_small_readings_of_the_third_review(tmp_path: Path) -> None:
    """"15-of-22 shooting" is 15 and 22 (no figure "15-of-"); "under 3:48" keeps its
    qualifier; "the quarter-point rise" is a quarter-point; "a one-third discount" a
    third; "52 mpg" US or imperial gallons; "2:57.7 per kilometre" (or "1:45 per 100m") a pace;
    "the 1.74 billion recorded" counts no "recorded". Each beside a record of another
    figure."""
    found = verdicts(
        tmp_path,
        "She scored 31 points on 15-of-22 shooting. He was the first man under 3:48. Markets"
        " priced in the quarter-point rise. Members get a one-third discount. The car does 52"
        " mpg. She ran 2:57.7 per kilometre. Passengers fell from the 1.74 billion recorded"
        " before the pandemic. The bus averages 9.4 miles per gallon. She swam 1:45 per 100m.",
        '  made: {value: 15, quote: "on 15-of-22 shooting"}\n'
        '  under: {value: "under 0:03:48", quote: "the first man under 3:48"}\n'
        "  quarter: {value: 25 basis points, quote: the quarter-point rise}\n"
        "  third: {value: a third, quote: a one-third discount}\n"
        "  imperial: {value: 52 miles per imperial gallon, quote: 52 mpg}\n"
        "  us: {value: 52 mpg, quote: 52 mpg}\n"
        "  spelt_out: {value: 9.4 miles per imperial gallon, quote: 9.4 miles per gallon}\n"
        '  pace: {value: 177.7 seconds per km, quote: "2:57.7 per kilometre"}\n'
        '  recorded: {value: 1.74 billion journeys, quote: "the 1.74 billion recorded"}\n'
        '  swim: {value: 105 seconds per 100 m, quote: "1:45 per 100m"}\n'
        '  made_wrong: {value: 16, quote: "on 15-of-22 shooting"}\n'
        '  under_wrong: {value: "0:03:48", quote: "the first man under 3:48"}\n'
        "  quarter_wrong: {value: 50 basis points, quote: the quarter-point rise}\n"
        "  third_wrong: {value: a quarter, quote: a one-third discount}\n"
        "  imperial_wrong: {value: 55 miles per imperial gallon, quote: 52 mpg}\n"
        "  spelt_out_wrong: {value: 10 miles per imperial gallon, quote: 9.4 miles per gallon}\n"
        '  pace_wrong: {value: 177.2 seconds per km, quote: "2:57.7 per kilometre"}\n'
        '  recorded_wrong: {value: 1.84 billion journeys, quote: "the 1.74 billion recorded"}\n'
        '  swim_wrong: {value: 1.45 seconds per m, quote: "1:45 per 100m"}\n',
    )
    assert len(found) == 19
    assert found == {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}


def test_over_parts_of_a_contest_after_a_verb_of_extent_is_across(tmp_path: Path) -> None:
    """"The race runs over 57 laps" and "played over 72 holes" state the length of the
    contest; "led for over 30 laps", "over 57,000 fans" and "won over 60% of the vote" stay
    more than."""
    found = verdicts(
        tmp_path,
        "The race runs over 57 laps. The tournament is played over 72 holes. He led for over"
        " 30 laps. The match was played in front of over 57,000 fans. She won over 60% of the"
        " vote.",
        "  laps: {value: 57 laps, quote: The race runs over 57 laps}\n"
        "  holes: {value: 72 holes, quote: The tournament is played over 72 holes}\n"
        "  laps_wrong: {value: 56 laps, quote: The race runs over 57 laps}\n"
        "  led_wrong: {value: 30 laps, quote: He led for over 30 laps}\n"
        '  fans_wrong: {value: "57,000 fans", quote: "over 57,000 fans"}\n'
        "  vote_wrong: {value: 60%, quote: won over 60% of the vote}\n",
    )
    assert len(found) == 6
    assert found == {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}


def test_a_player_who_played_over_so_many_games_played_more_than_that(tmp_path: Path) -> None:
    """The contest's own verb of extent reads "over" as across; a player's does not: "he
    has played over 300 games" is more than 300, as is "she has raced over 21 stages"."""
    found = verdicts(
        tmp_path,
        "He has played over 300 games for the club. She has raced over 21 stages. The Tour,"
        " raced over 21 stages, ends in Paris. The final is to be played over five sets.",
        '  games_wrong: {value: 300 games, quote: "He has played over 300 games"}\n'
        '  stages_wrong: {value: 21 stages, quote: "She has raced over 21 stages"}\n'
        '  tour: {value: 21 stages, quote: "The Tour, raced over 21 stages"}\n'
        '  sets: {value: five sets, quote: "is to be played over five sets"}\n',
    )
    assert len(found) == 4
    assert found == {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}


@pytest.mark.parametrize(
    ("quote", "stated"),
    [
        ("prices rose for a fifth consecutive month", []),
        ("she won a sixth title", []),
        ("he is seeking a third term", []),
        ("Labour won a sixth of the seats", ["a sixth of the seats"]),
        ("costs were cut by a fifth", ["a fifth"]),
        ("an eighth of the budget", ["an eighth of the budget"]),
        ("three-eighths of voters", ["three-eighths of voters"]),
        ("membership grew by a tenth month-on-month", ["a tenth month-on-month"]),
        ("profits fell by a fifth year on year", ["a fifth"]),
        ("revenue fell by a quarter year on year", ["a quarter"]),
        ("profits fell for a fifth year on the trot", []),
        ("the strike entered a third day on Monday", []),
    ],
)
def test_a_fraction_word_before_an_ordinal_noun_is_an_ordinal(
    quote: str, stated: list[str]
) -> None:
    """"A fifth consecutive month" is the fifth month in a row, no fraction; "a sixth of
    the seats" and "cut by a fifth" are fractions (sixths and eighths read as fifths are)."""
    found = figures_in(quote, Context(), dt.date(2025, 6, 3))
    assert [figure.text for figure in found] == stated


def test_a_bare_level_states_an_index_in_points(tmp_path: Path) -> None:
    """"The FTSE 100 closed at 7,858.6" states `7,858.6 points` (it was `rounding`, "written
    more precisely" though both are written to the tenth); another level does not."""
    found = verdicts(
        tmp_path,
        "The FTSE 100 closed at 7,858.6 on Friday.",
        '  close: {value: "7,858.6 points", quote: "closed at 7,858.6"}\n'
        '  close_wrong: {value: "7,885.6 points", quote: "closed at 7,858.6"}\n',
    )
    assert found == {"close": CONSISTENT, "close_wrong": MISMATCH}


def test_a_price_per_a_currency_takes_the_currency_the_clause_is_about(tmp_path: Path) -> None:
    """"The yen weakened to 151.9 per dollar" states `151.9 yen per dollar`: the yen is what
    the clause is about, and the rate names only what it is per. Not another currency, nor
    a price of something else in the sentence. "£500 for every one of the 20 games" is a
    rate per game."""
    found = verdicts(
        tmp_path,
        "The yen weakened to 151.9 per dollar. The yen fell as Brent crude rose to 84.9 per"
        " barrel. Players get £500 for every one of the 20 games.",
        '  yen: {value: 151.9 yen per dollar, quote: "The yen weakened to 151.9 per dollar"}\n'
        '  games: {value: £500 per game, quote: "£500 for every one of the 20 games"}\n'
        '  yuan_wrong: {value: 151.9 yuan per dollar, quote: "The yen weakened to 151.9 per'
        ' dollar"}\n'
        '  amount_wrong: {value: 151.6 yen per dollar, quote: "The yen weakened to 151.9 per'
        ' dollar"}\n'
        '  euro_wrong: {value: 151.9 yen per euro, quote: "The yen weakened to 151.9 per'
        ' dollar"}\n'
        '  games_wrong: {value: £500 per match, quote: "£500 for every one of the 20 games"}\n',
    )
    assert len(found) == 6
    assert found == {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}


def test_a_quote_names_the_records_currency_by_its_shared_name(tmp_path: Path) -> None:
    """A story names its currency once, if at all: "profit rose to 3bn francs" states a
    record of `3bn Swiss francs`, "500 million rupees" one of `500 million Indian rupees`.
    Only a name that may be the record's currency: rupees are never francs."""
    found = verdicts(
        tmp_path,
        "Nestle said profit rose to 3bn francs. The bank lent 500 million rupees.",
        '  profit: {value: 3bn Swiss francs, quote: "profit rose to 3bn francs"}\n'
        '  loan: {value: 500 million Indian rupees, quote: "500 million rupees"}\n'
        '  loan_wrong: {value: 500 million Swiss francs, quote: "500 million rupees"}\n'
        '  profit_wrong: {value: 3bn Swiss francs, quote: "The bank lent 500 million rupees"}\n',
    )
    assert found == {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}
    assert len(found) == 4


def test_an_estimate_of_a_share_or_an_amount_dropped_is_a_mismatch(tmp_path: Path) -> None:
    """"About 3%" and "about £2bn" are estimates, as "About 300 homes" is: `3%` and `£2bn`
    drop the qualifier (they were `consistent`, since "about" widens only the lenient
    reading and the strict readings are one), and a check on them would judge the
    figures more strictly than the text gives them. A record whose `precision:` is as
    loose as the estimate (±0.5 points for "about 3%") stands for it; `exact`, or ±0.5%
    of 3%, says the opposite."""
    found = judged(
        tmp_path,
        "Prices rose about 3% in March. The deal is worth about £2bn.",
        '  prices_wrong: {value: 3%, quote: "Prices rose about 3% in March"}\n'
        '  prices: {value: about 3%, quote: "Prices rose about 3% in March"}\n'
        '  deal_wrong: {value: £2bn, quote: "worth about £2bn"}\n'
        '  deal: {value: about £2bn, quote: "worth about £2bn"}\n'
        '  prices_loose: {value: 3%, precision: ±0.5 percentage points, quote: "Prices rose'
        ' about 3%"}\n'
        '  prices_exact_wrong: {value: 3%, precision: exact, quote: "Prices rose about 3%"}\n'
        '  prices_tight_wrong: {value: 3%, precision: "±0.5%", quote: "Prices rose about'
        ' 3%"}\n',
    )
    assert {name: verdict for name, (verdict, _) in found.items()} == {
        "prices_wrong": MISMATCH, "prices": CONSISTENT, "deal_wrong": MISMATCH,
        "deal": CONSISTENT, "prices_loose": CONSISTENT, "prices_exact_wrong": MISMATCH,
        "prices_tight_wrong": MISMATCH,
    }
    assert "about 3% allows 2.5%–3.5% as an estimate" in found["prices_wrong"][1]


def test_a_share_in_words_or_more_of_a_group_is_a_bound(tmp_path: Path) -> None:
    """"A third or more of pupils" states at least a third (it read as a third: `33%` was
    `rounding` and `at least 33%` a `mismatch`, the wrong way round); "half or more of
    voters" at least half. "One or more of the judges" stays a count."""
    found = verdicts(
        tmp_path,
        "A third or more of pupils were absent. Half or more of voters stayed home.",
        '  pupils: {value: at least a third, quote: "A third or more of pupils"}\n'
        '  pupils_percent: {value: at least 33%, quote: "A third or more of pupils"}\n'
        '  pupils_plain: {value: 33%, quote: "A third or more of pupils"}\n'
        '  voters: {value: at least 50%, quote: "Half or more of voters"}\n',
    )
    assert found == {
        "pupils": CONSISTENT, "pupils_percent": ROUNDING, "pupils_plain": MISMATCH,
        "voters": CONSISTENT,
    }


def test_about_and_around_as_prepositions_and_estimated_as_a_verb_are_no_estimates(
    tmp_path: Path,
) -> None:
    """"Complained about £5 parking fines", "centred around 2% inflation targets", "the ONS
    estimated 2% growth" state plain `£5` and `2%` (read as estimates, a correct plain
    record was a dropped qualifier); "reported about 300 cases", "hovered around 2%", "an
    estimated 40,990" and "Estimated 2,000 fans" stay estimates."""
    found = verdicts(
        tmp_path,
        "Monetary policy has long centred around 2% inflation targets. Unions were furious"
        " about 2% pay offers. Drivers complained about £5 parking fines. The scheme is built"
        " around £2bn of new borrowing. The ONS estimated 2% growth. Analysts had estimated"
        " 3% growth. The hospital reported about 300 cases. Rates hovered around 2% all year."
        " Estimated 2,000 fans waited.",
        '  centred: {value: 2%, quote: "centred around 2% inflation targets"}\n'
        '  furious: {value: 2%, quote: "furious about 2% pay offers"}\n'
        '  fines: {value: £5, quote: "complained about £5 parking fines"}\n'
        '  built: {value: £2bn, quote: "built around £2bn of new borrowing"}\n'
        '  ons: {value: 2%, quote: "The ONS estimated 2% growth"}\n'
        '  analysts: {value: 3%, quote: "Analysts had estimated 3% growth"}\n'
        '  cases_wrong: {value: 300 cases, quote: "reported about 300 cases"}\n'
        '  rates_wrong: {value: 2%, quote: "Rates hovered around 2% all year"}\n'
        '  fans_wrong: {value: "2,000 fans", quote: "Estimated 2,000 fans waited"}\n',
    )
    assert found == {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}


def test_a_closed_bound_the_other_way_is_a_mismatch(tmp_path: Path) -> None:
    """"Fares will fall by up to 40%" is −40% to 0: `up to -40%` (−40% or below) shares only
    −40% with it, a bound the other way, not the amount written otherwise (it was
    `rounding`, which passes without `--strict`); `at least -40%` is the fall."""
    found = verdicts(
        tmp_path,
        "Fares will fall by up to 40%. Spending was cut by at least 10%.",
        '  fares_wrong: {value: up to -40%, quote: "Fares will fall by up to 40%"}\n'
        '  fares: {value: at least -40%, quote: "Fares will fall by up to 40%"}\n'
        '  spending_wrong: {value: at least -10%, quote: "Spending was cut by at least 10%"}\n'
        '  spending: {value: at most -10%, quote: "Spending was cut by at least 10%"}\n',
    )
    assert found == {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}
