"""`claim-checks extract` on sentences from the education, housing and science reviews.

Each draft is run through the checker as written: a suggested check must not cry wolf on
a correct sentence, and the same sentence with a slip must still be flagged.
"""

from __future__ import annotations

from pathlib import Path

from extract_drafts import checks_of, drafted, values_of, verdicts_of

from checks.results import Verdict

# --- a fall by a fraction is drafted as a fall ------------------------------------------


def test_a_fall_by_a_fifth_is_drafted_as_a_fifth_lower(tmp_path: Path) -> None:
    """"Fell by a fifth" was drafted `by: starts_fell` (+20%), a false "a fall was written
    as a rise"; it is `by: "a fifth lower"`, which rounds (168,000 to 132,000 is −21.4%)."""
    data, result = drafted(tmp_path, "Housing starts fell by a fifth to 132,000 from 168,000.")
    assert [c["by"] for c in checks_of(data, "change")] == ["a fifth lower"]  # type: ignore[index]
    assert verdicts_of(result, "change") == [Verdict.ROUNDING]
    assert Verdict.MISMATCH not in {c.verdict for c in result.checks}


def test_a_fall_by_a_fifth_that_was_a_third_is_still_flagged(tmp_path: Path) -> None:
    _, result = drafted(tmp_path, "Housing starts fell by a fifth to 132,000 from 198,000.")
    assert verdicts_of(result, "change") == [Verdict.MISMATCH]


def test_a_fall_with_a_qualifier_or_a_currency_is_drafted_as_a_fall(tmp_path: Path) -> None:
    data, result = drafted(
        tmp_path,
        "Profits fell by about 20% to £96m from £120m. Revenue fell by £24m to £96m from "
        "£120m. Output fell 8% to 92 tonnes from 100 tonnes.",
    )
    bys = [c["by"] for c in checks_of(data, "change")]  # type: ignore[index]
    assert bys == ["about 20% lower", "-£24m", "-8%"]
    assert verdicts_of(result, "change") == [Verdict.CONSISTENT] * 3


# --- the `by` of a change is not taken from the next clause ------------------------------


def test_a_change_takes_no_by_from_the_clause_after_while(tmp_path: Path) -> None:
    """"Rose to 22.4 pupils from 21.9, up half a pupil in a year, while 1 in 8 primary
    pupils (12.5%) are …": the 12.5% is no change of class size (it gave a false mismatch)."""
    data, result = drafted(
        tmp_path,
        "Average secondary class sizes rose to 22.4 pupils from 21.9, up half a pupil in a "
        "year, while 1 in 8 primary pupils (12.5%) are now taught in classes of more than 30.",
    )
    assert checks_of(data, "change") == []
    assert Verdict.MISMATCH not in {c.verdict for c in result.checks if c.kind != "quote"}


def test_a_change_still_takes_its_rise_after_both_ends(tmp_path: Path) -> None:
    data, result = drafted(
        tmp_path,
        "Average class sizes rose to 22.4 pupils from 21.9, a rise of 2.3%. Staff numbers rose "
        "to 14,000 from 9,000, an increase of 12%, while pay rose 5%.",
    )
    changes = checks_of(data, "change")
    assert len(changes) == 2
    assert verdicts_of(result, "change") == [Verdict.CONSISTENT, Verdict.MISMATCH]


# --- "including": a part of the whole the clause names, counting the same things --------


def test_children_are_no_part_of_last_years_households(tmp_path: Path) -> None:
    """"117,450 households …, up 16.3% on 101,000 a year earlier, and including 151,630
    children" was drafted as 151,630 children ≤ 101,000: a false mismatch. 101,000 is what
    the count is compared with, and children are not counted in households."""
    data, result = drafted(
        tmp_path,
        "Meanwhile, 117,450 households were living in temporary accommodation at the end of "
        "June, up 16.3% on 101,000 a year earlier, and including 151,630 children.",
    )
    assert checks_of(data, "expect") == [] and checks_of(data, "sum") == []
    assert Verdict.MISMATCH not in {c.verdict for c in result.checks if c.kind != "quote"}


def test_a_part_of_the_same_kind_after_a_comparison_is_checked_against_the_count(
    tmp_path: Path,
) -> None:
    body = (
        "Some 117,450 households were in temporary accommodation, up 16.3% on 101,000 a year "
        "earlier, including 38,000 households in London."
    )
    data, result = drafted(tmp_path, body)
    assert checks_of(data, "expect") == [
        "london_accommodation_temporary <= temporary_accommodation"
    ]  # 38,000 households within 117,450, not within last year's 101,000
    assert verdicts_of(result, "expect") == [Verdict.CONSISTENT]
    _, wrong = drafted(tmp_path, body.replace("38,000", "138,000"))
    assert verdicts_of(wrong, "expect") == [Verdict.MISMATCH]


# --- "a half-life" is no fraction --------------------------------------------------------


def test_a_half_life_is_no_share(tmp_path: Path) -> None:
    """"Carbon-14 has a half-life of 5,730 years" was drafted as the share "half" of
    5,730 years, which its own run called a mismatch (17,190 years is 300%)."""
    data, result = drafted(
        tmp_path,
        "Carbon-14 has a half-life of 5,730 years: after 17,190 years, three half-lives, one "
        "eighth of it remains.",
    )
    values = values_of(data)
    assert not any("half" in v for v in values)
    assert "5,730 years" in values and "one eighth" in values
    assert checks_of(data, "share") == []
    assert Verdict.MISMATCH not in {c.verdict for c in result.checks}


# --- conversions joined by "or" ----------------------------------------------------------

CONVERSIONS = (
    "The fall cuts monthly repayments from £1,250 to £1,219, a saving of £31 a month, or £372 "
    "a year. London homes average £680 per square foot, or about £7,300 per square metre. "
    "Rents rose to £1,348 a month, or £16,176 a year."
)


def test_conversions_joined_by_or_are_suggested_as_same(tmp_path: Path) -> None:
    data, result = drafted(tmp_path, CONVERSIONS)
    assert len(checks_of(data, "same")) == 3
    assert verdicts_of(result, "same") == [Verdict.CONSISTENT] * 3


def test_slips_in_conversions_joined_by_or_are_flagged(tmp_path: Path) -> None:
    """The review's planted slips: £327 for £372 a year, £6,300 for £7,300 per m²."""
    body = CONVERSIONS.replace("£372", "£327").replace("£7,300", "£6,300")
    _, result = drafted(tmp_path, body)
    assert verdicts_of(result, "same") == [Verdict.MISMATCH, Verdict.MISMATCH, Verdict.CONSISTENT]


def test_alternatives_joined_by_or_in_one_unit_are_no_conversion(tmp_path: Path) -> None:
    data, _ = drafted(
        tmp_path,
        "Runners can enter the 5km or 10km races. Net income was $212 million, or $1.06 a "
        "share. Tickets cost £5 or £6.",
    )
    assert checks_of(data, "same") == []


# --- grade labels and verbs are no figures or nouns -------------------------------------


def test_grade_labels_are_not_drafted(tmp_path: Path) -> None:
    """"A grade 4 or above", "a 7 or above", "grades 4 to 6" name grades, not figures."""
    data, result = drafted(
        tmp_path,
        "Around 1.24 million achieved a 7 or above. Some 21.8% got a grade 4 or above, and "
        "45.8% got grades 4 to 6. Top grades of 7 or above went to 21.8%. There were 3 or more "
        "cases.",
    )
    # "3 or more cases" is a bound the value grammar reads (at least 3 cases), drafted whole
    assert values_of(data)[1:] == [
        "Around 1.24 million", "Some 21.8%", "45.8%", "21.8%", "3 or more cases",
    ]  # fmt: skip
    assert {c.verdict for c in result.checks} == {Verdict.CONSISTENT}


def test_a_verb_after_a_count_is_not_its_noun(tmp_path: Path) -> None:
    """"1.24 million achieved" counted "achieved"s; "200 armed police" keeps its noun."""
    data, result = drafted(
        tmp_path,
        "Around 1.24 million achieved a pass. Some 200 armed police were deployed, while "
        "532,000 left.",
    )
    assert values_of(data)[1:] == ["Around 1.24 million", "Some 200 armed police", "532,000"]
    assert {c.verdict for c in result.checks} == {Verdict.CONSISTENT}


# --- a change with no size is checked for its direction ---------------------------------


def test_a_change_with_no_size_is_suggested_as_its_direction(tmp_path: Path) -> None:
    """"Rose to 16.2, up from 15.9" and "cut repayments from £1,250 to £1,219" have no
    `by`; the direction the words give is checked, and a reversed one is flagged.

    ("cuts … from £1,250 to £1,291" is still read as a range by checks.quotes, whose verbs
    of change lack "cuts".)
    """
    body = (
        "The ratio rose to 16.2, up from 15.9. The new deal cut monthly repayments from "
        "£1,250 to £1,219. Unemployment improved to 8% from 12%."
    )
    data, result = drafted(tmp_path, body)
    assert checks_of(data, "expect") == [
        "ratio_rose_2 < ratio_rose",
        "monthly_repayments_cut < monthly_repayments",
    ]  # "improved" says better, not up or down: no direction
    assert verdicts_of(result, "expect") == [Verdict.CONSISTENT, Verdict.CONSISTENT]
    _, wrong = drafted(tmp_path, body.replace("15.9", "16.9").replace("£1,219", "£1,291"))
    assert verdicts_of(wrong, "expect") == [Verdict.MISMATCH, Verdict.MISMATCH]


# --- a direction is drafted only where the words and the numbers point the same way -----


def test_ranks_deficits_and_age_ranges_get_no_direction(tmp_path: Path) -> None:
    """The review's false alarms: a rank "up" to 45 from 62, a place in an index "falling
    to 20 from 12", an age range "aged from 5 to 11" and a deficit written negative that
    "rose" as it grew. Each story is right; none gets an `expect`."""
    data, result = drafted(
        tmp_path,
        "The university is now ranked 45 in the world, up from 62 last year. Britain slipped "
        "down the index, falling to 20 from 12. Obesity rates fell among children aged from 5 "
        "to 11. The trade deficit rose to -£4.5bn from -£3.2bn. Losses rose to £4.5bn from "
        "£3.2bn. Net migration fell to -5,000 from -2,000.",
    )
    assert checks_of(data, "expect") == []
    assert Verdict.MISMATCH not in {c.verdict for c in result.checks}


def test_a_direction_is_still_drafted_beside_a_rank_in_another_clause(tmp_path: Path) -> None:
    """The rank's clause ends at "while": the waiting list's rise is still checked, and a
    list that fell while the words say it rose is still flagged."""
    body = (
        "The council's rank in the league table improved to 12th from 15th, while the waiting "
        "list rose to 1,250 from 1,190. Accidents fell to 12 from 31."
    )
    data, result = drafted(tmp_path, body)
    assert len(checks_of(data, "expect")) == 2
    assert verdicts_of(result, "expect") == [Verdict.CONSISTENT, Verdict.CONSISTENT]
    _, wrong = drafted(tmp_path, body.replace("1,190", "1,290").replace("31.", "3."))
    assert verdicts_of(wrong, "expect") == [Verdict.MISMATCH, Verdict.MISMATCH]


# --- alternatives joined by "or" are no conversion --------------------------------------


def test_alternatives_joined_by_or_in_two_units_are_no_conversion(tmp_path: Path) -> None:
    """Sizes before a noun ("330ml or 1 litre bottles"), an alternative with its own
    qualifier ("40 miles on the longer loop"), figures a third or more apart ("90 minutes,
    or two hours"; "500g, or 1kg") and two currencies ("€10 or $12")."""
    data, result = drafted(
        tmp_path,
        "Drinks come in 330ml or 1 litre bottles. Flour is sold in 500g or 1kg bags. "
        "Cyclists can ride 50km, or 40 miles on the longer loop. Sessions last 90 minutes, or "
        "two hours. A bag weighs 500g, or 1kg. Visitors can pay €10 or $12 at the gate.",
    )
    assert checks_of(data, "same") == []
    assert Verdict.MISMATCH not in {c.verdict for c in result.checks}


def test_conversions_joined_by_or_near_the_alternatives_are_still_drafted(
    tmp_path: Path,
) -> None:
    """A phrase for both after a comma-less "or" ("at peak times", "by train") and a
    comma after the second figure ("1,200 feet, or 366 metres, long") leave a conversion one,
    and its slips are still flagged."""
    body = (
        "The wait is 30 minutes or half an hour at peak times. The trip takes 2.5 hours or 150 "
        "minutes by train. The bridge is 1,200 feet, or 366 metres, long."
    )
    data, result = drafted(tmp_path, body)
    assert len(checks_of(data, "same")) == 3
    assert verdicts_of(result, "same") == [Verdict.CONSISTENT] * 3
    _, wrong = drafted(tmp_path, body.replace("150", "135").replace("366", "330"))
    assert verdicts_of(wrong, "same") == [Verdict.CONSISTENT, Verdict.MISMATCH, Verdict.MISMATCH]


# --- those who left are no part of a total ---------------------------------------------


def test_a_total_after_some_left_gets_no_guessed_sum(tmp_path: Path) -> None:
    """"300 joined and 150 left, bringing the total to 1,350": joined minus left, no sum."""
    data, result = drafted(
        tmp_path, "Last year 300 joined and 150 left, bringing the total to 1,350."
    )
    assert checks_of(data, "sum") == []
    assert Verdict.MISMATCH not in {c.verdict for c in result.checks}


def test_a_total_that_its_parts_add_up_to_is_still_drafted(tmp_path: Path) -> None:
    """Parts that fit are kept; a guess with no one leaving is still drafted (and the
    story's 800 for 620 and 90 is flagged)."""
    data, result = drafted(
        tmp_path,
        "In the first round 420 voted and 80 abstained, 500 in all.\n\nSome 620 graduated and "
        "90 moved on, 800 in total.",
    )
    assert len(checks_of(data, "sum")) == 2
    assert verdicts_of(result, "sum") == [Verdict.CONSISTENT, Verdict.MISMATCH]


def test_the_ages_of_a_group_are_not_drafted(tmp_path: Path) -> None:
    """"Children aged from 5 to 11", "those aged 18 to 24": a group's ages are no claim (the
    quote check reads them as ages and the draft failed); "a man aged 41" is still an age."""
    data, result = drafted(
        tmp_path,
        "Obesity rates fell among children aged from 5 to 11. Turnout among those aged 18 to"
        " 24 was 47%. A man aged 41 was arrested.",
    )
    values = [claim.get("value") for claim in data["claims"].values()]
    assert "5" not in values and "11" not in values and "18" not in values
    assert "41 years old" in values
    assert Verdict.MISMATCH not in {c.verdict for c in result.checks}


# --- a conversion done upside down is drafted, alternatives still are not -------------


UPSIDE_DOWN = (
    "The new cycle path runs 5 miles, or 3km, along the old railway line. The tower stands 30 "
    "feet, or 100 metres, above the square. Each bag of flour weighs 10kg, or 4.5lb, the "
    "bakery said."
)


def test_a_conversion_done_upside_down_is_drafted_and_flagged(tmp_path: Path) -> None:
    """"5 miles, or 3km" (× 0.621 for × 1.609), "30 feet, or 100 metres", "10kg, or 4.5lb":
    a factor squared apart, outside the 1.25× window, still drafted, and each is flagged
    with the upside-down conversion named."""
    data, result = drafted(tmp_path, UPSIDE_DOWN)
    assert len(checks_of(data, "same")) == 3
    flagged = [c for c in result.checks if c.kind == "same"]
    assert [c.verdict for c in flagged] == [Verdict.MISMATCH] * 3
    assert [c.diagnosis.cause if c.diagnosis else None for c in flagged] == [
        "unit_confusion"
    ] * 3
    assert all(c.diagnosis and "upside down" in c.diagnosis.message for c in flagged)


def test_the_right_conversions_of_the_upside_down_ones_are_consistent(tmp_path: Path) -> None:
    """The same sentences converted the right way round are drafted and hold."""
    body = UPSIDE_DOWN.replace("3km", "8km").replace("100 metres", "9 metres")
    data, result = drafted(tmp_path, body.replace("4.5lb", "22lb"))
    assert len(checks_of(data, "same")) == 3
    assert verdicts_of(result, "same") == [Verdict.CONSISTENT] * 3


def test_alternatives_a_factor_squared_apart_need_the_comma_form(tmp_path: Path) -> None:
    """"5 miles or 3km routes" and "50km, or 40 miles on the longer loop" are still two
    distances: the upside-down window is only for "X, or Y" with nothing after Y."""
    data, result = drafted(
        tmp_path,
        "Riders choose 5 miles or 3km routes. Cyclists can ride 50km, or 40 miles on the "
        "longer loop. Sessions last 90 minutes, or two hours for advanced classes. Drinks come "
        "in 330ml or 1 litre bottles.",
    )
    assert checks_of(data, "same") == []
    assert Verdict.MISMATCH not in {c.verdict for c in result.checks}


# --- ages of a group are no claim; counts and debts keep their direction ---------------


def test_more_wordings_of_a_groups_ages_are_not_drafted(tmp_path: Path) -> None:
    """"Between the ages of 5 and 11", "18- to 24-year-olds", "aged between 18 and 24",
    "18-24-year-olds": labels of a group. "A 24-year-old man" is still one person's age."""
    data, result = drafted(
        tmp_path,
        "Obesity rose among children between the ages of 5 and 11, to 23 per cent. Among 18- "
        "to 24-year-olds, turnout fell to 47 per cent from 54 per cent. Voters aged between 18 "
        "and 24 were the least likely to turn out. Among 18-24-year-olds it was 45 per cent. "
        "A 24-year-old man was arrested.",
    )
    assert values_of(data)[1:] == [
        "23 per cent", "47 per cent", "54 per cent", "45 per cent", "24-year-old",
    ]  # fmt: skip
    assert {c.verdict for c in result.checks} == {Verdict.CONSISTENT}


def test_counts_of_places_and_debts_keep_their_direction(tmp_path: Path) -> None:
    """"Nursery places rose to 1,250 from 1,190" is a count and "council debt rose to £2.7bn
    from £2.5bn" a larger number: both drafted, and a reversed one is flagged. A ranking
    ("in 12th place") still gets no direction."""
    body = (
        "Nursery places rose to 1,250 from 1,190. Council debt rose to £2.7bn from £2.5bn. "
        "The vote took place in May, when turnout fell to 412 from 530."
    )
    data, result = drafted(tmp_path, body)
    assert len(checks_of(data, "expect")) == 3
    assert verdicts_of(result, "expect") == [Verdict.CONSISTENT] * 3
    _, wrong = drafted(tmp_path, body.replace("1,190", "1,290").replace("£2.5bn", "£2.9bn"))
    assert verdicts_of(wrong, "expect") == [Verdict.MISMATCH, Verdict.MISMATCH, Verdict.CONSISTENT]
    ranked, _ = drafted(tmp_path, "The club is now in 12th place, up to 12 from 15 last year.")
    assert checks_of(ranked, "expect") == []


def test_a_guessed_sum_whose_parts_are_a_sliver_of_the_total_is_not_drafted(
    tmp_path: Path,
) -> None:
    """"Funding per pupil will rise to £7,460, up from £7,215… the total schools budget is
    about £360m": the figures before the total add up to a hundred-thousandth of it, no
    parts of it (the draft was a false alarm); a wrong total its parts come near is still
    guessed and flagged ("300 cars in May and 400 cars in June, bringing the total to 900
    cars")."""
    data, result = drafted(
        tmp_path,
        "Funding per pupil will rise to £7,460 next year, up from £7,215. The county has 48,200"
        " pupils, so the total schools budget is about £360m.\n\nThe firm sold 300 cars in"
        " May and 400 cars in June, bringing the total to 900 cars.",
    )
    sums = checks_of(data, "sum")
    assert len(sums) == 1
    assert Verdict.MISMATCH in verdicts_of(result, "sum")
