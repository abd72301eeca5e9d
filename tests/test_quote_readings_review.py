"""Quote readings from two domain reviews (science and statistics copy, housing and schools).

Each table pairs readings that must hold (a correct record's quote is no false alarm) with
`_wrong` twins that must stay a `mismatch` (another number, unit, noun or clause's figure).
"""

import datetime as dt
from pathlib import Path

import pytest
from quote_verdicts import CONSISTENT, MISMATCH, consistent_but_wrong, verdicts

from checks.figures import Context
from checks.quotes import figures_in


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [
        ("Pollution averaged 38 µg/m³ last year.", ["38 µg/m³"]),
        ("Traffic averaged 38 km/h this year.", ["38 km/h"]),
        ("from 15.9 pupils per teacher five years ago", ["15.9 pupils per teacher", "five years"]),
        ("Prices averaged £680 per square foot last year.", ["£680 per square foot"]),
        ("from $14,347 per pupil the previous year", ["$14,347 per pupil"]),
        ("3 cases per 1,000 people in 2019", ["3 cases per 1,000 people", "2019"]),
        ("38 km/h over the past decade", ["38 km/h"]),
        ("20 deaths a day three years running", ["20 deaths a day", "three years"]),
        ("38 km/h a year earlier", ["38 km/h"]),
        ("one in 2,000 people", ["one in 2,000 people"]),
        ("4 July last year", ["4 July last year"]),  # of 2023, not 2024
        ("up from $75 a week before", ["$75 a week"]),
    ],
)
def test_a_figure_ends_before_a_time_phrase(sentence: str, stated: list[str]) -> None:
    """"38 km/h last year" is 38 km/h, last year: the value grammar reads the words after
    "per" (or "/") as what a rate is per, so the figure stops before the time phrase."""
    found = figures_in(sentence, Context(), dt.date(2024, 5, 23))
    assert [figure.text for figure in found] == stated


def test_a_rate_or_unit_before_a_time_phrase_is_stated(tmp_path: Path) -> None:
    """"Averaged 38 µg/m³ last year" states `38 µg/m³` (it stated "38 µg/m³ last year")."""
    found = verdicts(
        tmp_path,
        "Fine particle pollution averaged 38 µg/m³ last year. Traffic averaged 38 km/h last"
        " year. The ratio is now 16.2 pupils per teacher, up from 15.9 pupils per teacher five"
        " years ago. Prices averaged £680 per square foot last year.",
        "  pm: {value: 38 µg/m³, quote: averaged 38 µg/m³ last year}\n"
        "  speed: {value: 38 km/h, quote: averaged 38 km/h last year}\n"
        "  ptr: {value: 15.9 pupils per teacher, quote: up from 15.9 pupils per teacher five"
        " years ago}\n"
        "  psf: {value: £680 per square foot, quote: £680 per square foot last year}\n"
        "  pm_wrong: {value: 36 µg/m³, quote: averaged 38 µg/m³ last year}\n"
        "  speed_unit_wrong: {value: 38 mph, quote: averaged 38 km/h last year}\n"
        "  ptr_wrong: {value: 16.9 pupils per teacher, quote: up from 15.9 pupils per teacher"
        " five years ago}\n"
        "  ptr_clause_wrong: {value: 16.2 pupils per teacher, quote: up from 15.9 pupils per"
        " teacher five years ago}\n"
        "  psf_wrong: {value: £680 per square metre, quote: £680 per square foot last year}\n",
    )
    assert len(found) == 9
    assert found == consistent_but_wrong(found)


def test_a_verb_after_a_number_is_no_counted_noun(tmp_path: Path) -> None:
    """"While 532,000 left" states the bare 532,000 (a count of people who left), not
    exactly 532,000 "left"s; a record of people finds it, as "1,200 died" finds deaths."""
    found = verdicts(
        tmp_path,
        "An estimated 1,218,000 people arrived to live in the UK, while 532,000 left. In the"
        " floods 1,200 died and 40,000 fled.",
        '  emigration: {value: "532,000", quote: "while 532,000 left"}\n'
        '  emigrants: {value: "532,000 people", quote: "while 532,000 left"}\n'
        '  died: {value: "1,200 people", quote: "1,200 died and 40,000 fled"}\n'
        '  fled: {value: "40,000 people", quote: "1,200 died and 40,000 fled"}\n'
        '  emigration_wrong: {value: "523,000 people", quote: "while 532,000 left"}\n'
        '  clause_wrong: {value: "1,218,000 people", quote: "while 532,000 left"}\n'
        '  fled_wrong: {value: "4,000 people", quote: "1,200 died and 40,000 fled"}\n',
    )
    assert len(found) == 7
    assert found == consistent_but_wrong(found)


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [
        ("People arrived in the UK, while 532,000 left.", ["532,000"]),
        ("In the floods 1,200 died.", ["1,200"]),
        ("There were 12 seats left.", ["12 seats"]),
    ],
)
def test_a_figure_ends_before_a_verb(sentence: str, stated: list[str]) -> None:
    """A verb after a number, even at the end of a sentence, is not what it counts."""
    found = figures_in(sentence, Context(), dt.date(2024, 5, 23))
    assert [figure.text for figure in found] == stated


def test_rates_and_ratios_written_with_every(tmp_path: Path) -> None:
    """"One in every 37,000 stars" is one in 37,000; "4.9 households in every 1,000" is 4.9
    per 1,000 households, and "3 deaths in every 1,000 births" 3 per 1,000 births (never per
    1,000 deaths). A rate per 1,000 of other things stays a mismatch."""
    found = verdicts(
        tmp_path,
        "The survey found 87 candidate planets, or one in every 37,000 stars. That is 4.9"
        " households in every 1,000 across England. About 3 deaths in every 1,000 births"
        " were recorded.",
        '  one_in: {value: "one in 37,000", quote: "one in every 37,000 stars"}\n'
        '  households: {value: "4.9 per 1,000 households", quote: "4.9 households in every'
        ' 1,000"}\n'
        '  deaths: {value: "3 per 1,000 births", quote: "3 deaths in every 1,000 births"}\n'
        '  deaths_counted: {value: "3 deaths per 1,000 births", quote: "3 deaths in every 1,000'
        ' births"}\n'
        '  one_in_wrong: {value: "one in 3,700", quote: "one in every 37,000 stars"}\n'
        '  households_wrong: {value: "4.8 per 1,000 households", quote: "4.9 households in'
        ' every 1,000"}\n'
        '  households_scale_wrong: {value: "4.9 per 100 households", quote: "4.9 households'
        ' in every 1,000"}\n'
        '  households_noun_wrong: {value: "4.9 per 1,000 people", quote: "4.9 households in'
        ' every 1,000"}\n'
        '  deaths_noun_wrong: {value: "3 per 1,000 deaths", quote: "3 deaths in every 1,000'
        ' births"}\n',
    )
    assert len(found) == 9
    assert found == consistent_but_wrong(found)


def test_a_rate_per_a_number_names_what_it_is_per(tmp_path: Path) -> None:
    """"4.9 per 1,000 households" is no `4.9 per 1,000 people` (both had no dimension of
    what they are per, and passed); "per 100,000 population" is per 100,000 people."""
    found = verdicts(
        tmp_path,
        "That is 4.9 per 1,000 households. The rate was 26.4 per 100,000 population.",
        '  households: {value: "4.9 per 1,000 households", quote: "4.9 per 1,000 households"}\n'
        '  population: {value: "26.4 per 100,000 people", quote: "26.4 per 100,000'
        ' population"}\n'
        '  households_wrong: {value: "4.9 per 1,000 people", quote: "4.9 per 1,000'
        ' households"}\n'
        '  population_wrong: {value: "26.4 per 100,000 women", quote: "26.4 per 100,000'
        ' population"}\n',
    )
    assert len(found) == 4
    assert found == consistent_but_wrong(found)


def test_half_a_thing_states_half_of_one(tmp_path: Path) -> None:
    """"Up half a pupil in a year" states `0.5 pupils`; not `0.5 teachers`, nor `0.4 pupils`."""
    found = verdicts(
        tmp_path,
        "Classes rose to 22.4 pupils from 21.9, up half a pupil in a year.",
        "  change: {value: 0.5 pupils, quote: up half a pupil in a year}\n"
        "  change_wrong: {value: 0.4 pupils, quote: up half a pupil in a year}\n"
        "  noun_wrong: {value: 0.5 teachers, quote: up half a pupil in a year}\n",
    )
    assert found == {"change": CONSISTENT, "change_wrong": MISMATCH, "noun_wrong": MISMATCH}


def test_a_rate_carried_to_a_figure_set_beside_it(tmp_path: Path) -> None:
    """"$29,873 per pupil, nearly three times as much as Idaho, at $9,670" states `$9,670 per
    pupil`, as "from $14,347" does. Not a rate of another sort, nor across a clause."""
    found = verdicts(
        tmp_path,
        "New York spent the most, $29,873 per pupil, nearly three times as much as Idaho, at"
        " $9,670. Rent rose to $1,650 a month, while the deposit, at $3,300, was unchanged.",
        '  idaho: {value: "$9,670 per pupil", quote: "as Idaho, at $9,670"}\n'
        '  idaho_wrong: {value: "$9,760 per pupil", quote: "as Idaho, at $9,670"}\n'
        '  idaho_per_wrong: {value: "$9,670 per teacher", quote: "as Idaho, at $9,670"}\n'
        '  deposit_wrong: {value: "$3,300 a month", quote: "the deposit, at $3,300"}\n',
    )
    assert len(found) == 4
    assert found == consistent_but_wrong(found)


def test_the_first_of_a_change_in_an_age_is_stated(tmp_path: Path) -> None:
    """"The median age rose from 37.4 to 38.8" states a bare `37.4` (extract drafts it) as
    it does `37.4 years`; ages still count no people and make no percentage."""
    found = verdicts(
        tmp_path,
        "The median age rose from 37.4 to 38.8. Of those aged 18 to 24, 40 per cent said no.",
        '  median: {value: "37.4", quote: "The median age rose from 37.4 to 38.8"}\n'
        '  median_years: {value: "37.4 years", quote: "The median age rose from 37.4 to 38.8"}\n'
        '  now: {value: "38.8", quote: "The median age rose from 37.4 to 38.8"}\n'
        '  median_wrong: {value: "37.6", quote: "The median age rose from 37.4 to 38.8"}\n'
        '  people_wrong: {value: "24 people", quote: "Of those aged 18 to 24, 40 per cent"}\n'
        '  share_wrong: {value: "24%", quote: "Of those aged 18 to 24, 40 per cent"}\n',
    )
    assert len(found) == 6
    assert found == consistent_but_wrong(found)


def test_about_a_temperature_states_its_conversion_as_written(tmp_path: Path) -> None:
    """"About 370C (698F)" states `698°F` as written, and `about 698°F`: "about" widens a
    figure by a share of it, no band of a temperature (its zero is arbitrary). A bound is
    still carried: "up to 45C (113F)" does not state a plain `113°F`."""
    found = verdicts(
        tmp_path,
        "Its surface temperature is about 370C (698F). Highs reach up to 45C (113F).",
        '  surface: {value: 698°F, quote: "about 370C (698F)"}\n'
        '  surface_about: {value: about 698°F, quote: "about 370C (698F)"}\n'
        '  celsius: {value: about 370°C, quote: "about 370C (698F)"}\n'
        '  surface_wrong: {value: 689°F, quote: "about 370C (698F)"}\n'
        '  about_wrong: {value: about 680°F, quote: "about 370C (698F)"}\n'
        '  scale_wrong: {value: 698°C, quote: "about 370C (698F)"}\n'
        '  bound_wrong: {value: 113°F, quote: "up to 45C (113F)"}\n',
    )
    assert len(found) == 7
    assert found == consistent_but_wrong(found)


def test_a_rate_in_every_keeps_what_it_counts(tmp_path: Path) -> None:
    """"25 doctors for every 10,000 people" states no `25 nurses per 10,000 people`: a rate
    per a number compares no counted nouns, so the rate read from "in every" keeps its own."""
    found = verdicts(
        tmp_path,
        "There were 25 doctors for every 10,000 people. Homelessness stands at 4.9 households"
        " in every 1,000 across England. There were 3 deaths in every 1,000 births.",
        '  docs: {value: "25 doctors per 10,000 people", quote: "25 doctors for every 10,000'
        ' people"}\n'
        '  docs_bare: {value: "25 per 10,000 people", quote: "25 doctors for every 10,000'
        ' people"}\n'
        '  households: {value: "4.9 households per 1,000 households", quote: "4.9 households'
        ' in every 1,000"}\n'
        '  deaths: {value: "3 per 1,000 births", quote: "3 deaths in every 1,000 births"}\n'
        '  nurses_wrong: {value: "25 nurses per 10,000 people", quote: "25 doctors for every'
        ' 10,000 people"}\n'
        '  beds_wrong: {value: "25 beds per 10,000 people", quote: "25 doctors for every 10,000'
        ' people"}\n'
        '  evictions_wrong: {value: "4.9 evictions per 1,000 households", quote: "4.9'
        ' households in every 1,000"}\n'
        '  stillbirths_wrong: {value: "3 stillbirths per 1,000 births", quote: "3 deaths in'
        ' every 1,000 births"}\n',
    )
    assert len(found) == 8
    assert found == consistent_but_wrong(found)


def test_a_rate_is_per_its_head_noun(tmp_path: Path) -> None:
    """"5.2 per 100,000 people nationally" is per 100,000 people: what a rate is per is its
    head noun, not an adverb or an "of"/"aged" phrase after it."""
    found = verdicts(
        tmp_path,
        "The death rate was 5.2 per 100,000 people nationally. Crime stood at 82 per 1,000"
        " residents of Glasgow. There were 3.4 per 1,000 population overall. Admissions were"
        " 12 per 1,000 people aged over 65. There were 4 deaths per 1,000 live births.",
        '  nationally: {value: "5.2 per 100,000 people", quote: "5.2 per 100,000 people'
        ' nationally"}\n'
        '  glasgow: {value: "82 per 1,000 people", quote: "82 per 1,000 residents of Glasgow"}\n'
        '  crimes: {value: "82 crimes per 1,000 residents", quote: "82 per 1,000 residents of'
        ' Glasgow"}\n'
        '  overall: {value: "3.4 per 1,000 people", quote: "3.4 per 1,000 population overall"}\n'
        '  aged: {value: "12 per 1,000 people", quote: "12 per 1,000 people aged over 65"}\n'
        '  live: {value: "4 per 1,000 births", quote: "4 deaths per 1,000 live births"}\n'
        '  nationally_wrong: {value: "5.2 per 100,000 households", quote: "5.2 per 100,000'
        ' people nationally"}\n'
        '  glasgow_wrong: {value: "82 per 1,000 households", quote: "82 per 1,000 residents of'
        ' Glasgow"}\n'
        '  overall_wrong: {value: "3.4 per 1,000 pupils", quote: "3.4 per 1,000 population'
        ' overall"}\n'
        '  aged_wrong: {value: "12 per 1,000 beds", quote: "12 per 1,000 people aged over'
        ' 65"}\n'
        '  live_wrong: {value: "4 per 1,000 deaths", quote: "4 deaths per 1,000 live'
        ' births"}\n',
    )
    assert len(found) == 11
    assert found == consistent_but_wrong(found)


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [
        ("Universities get £1,000 per first year student.", ["£1,000 per first year student"]),
        ("Couriers charge £30 per next day delivery.", ["£30 per next day delivery"]),
        ("The NHS pays £25 per same day appointment.", ["£25 per same day appointment"]),
        ("Schools received £450 per final year pupil.", ["£450 per final year pupil"]),
        ("Prices averaged £680 per square foot last year.", ["£680 per square foot"]),
        ("Prices averaged £680 per square foot last year, up 3%.", ["£680 per square foot", "3%"]),
        ("Traffic averaged 38 km/h last year in London.", ["38 km/h"]),
        ("Fees were £9,250 per year the previous year.", ["£9,250 per year"]),
        ("Lawyers earned £1,200 per settled claim.", ["£1,200 per settled claim"]),
        ("Colleges receive £4,500 per enrolled student.", ["£4,500 per enrolled student"]),
        ("Councils pay £50 per newly attended visit.", ["£50 per newly attended visit"]),
        ("While 532,000 left.", ["532,000"]),
    ],
)
def test_a_period_or_a_verb_before_a_noun_after_per(sentence: str, stated: list[str]) -> None:
    """"Per first year student", "per settled claim": a period word or a participle after
    "per" is an adjective of what the rate is per, no time phrase or verb ending the figure."""
    found = figures_in(sentence, Context(), dt.date(2024, 5, 23))
    assert [figure.text for figure in found] == stated


def test_rates_per_a_noun_with_a_period_or_participle(tmp_path: Path) -> None:
    """Copied word for word, "£1,000 per first year student" and "£1,200 per settled claim"
    are stated; a rate per another thing is not."""
    found = verdicts(
        tmp_path,
        "Universities get £1,000 per first year student. Couriers charge £30 per next day"
        " delivery. Lawyers earned £1,200 per settled claim. Colleges receive £4,500 per"
        " enrolled student.",
        '  fy: {value: "£1,000 per first year student", quote: "£1,000 per first year'
        ' student"}\n'
        '  nd: {value: "£30 per next day delivery", quote: "£30 per next day delivery"}\n'
        '  cl: {value: "£1,200 per settled claim", quote: "£1,200 per settled claim"}\n'
        '  st: {value: "£4,500 per enrolled student", quote: "£4,500 per enrolled student"}\n'
        '  fy_wrong: {value: "£1,000 per school", quote: "£1,000 per first year student"}\n'
        '  nd_wrong: {value: "£3 per next day delivery", quote: "£30 per next day delivery"}\n'
        '  cl_wrong: {value: "£1,200 per case", quote: "£1,200 per settled claim"}\n'
        '  st_wrong: {value: "£4,500 per school", quote: "£4,500 per enrolled student"}\n',
    )
    assert len(found) == 8
    assert found == consistent_but_wrong(found)


def test_a_shared_currency_name_in_another_country(tmp_path: Path) -> None:
    """"Pakistan pledged 500 million rupees" is no `500 million Indian rupees`: a shared name
    is the record's currency only where no other country that uses it is named."""
    found = verdicts(
        tmp_path,
        "Pakistan pledged 500 million rupees to the fund. Nepal's central bank set aside 200"
        " million rupees. Sri Lanka borrowed 900 million rupees. India's cabinet approved"
        " 300 million rupees. Senegal's budget rose to 3bn francs. Profit rose to 3bn francs"
        " at the Geneva bank. The rupee slid to 83.4 per dollar. The franc rose to 0.88 per"
        " dollar. Pakistan's rupee slid to 280 per dollar.",
        '  pk: {value: 500 million Pakistani rupees, quote: "Pakistan pledged 500 million'
        ' rupees"}\n'
        '  in: {value: 300 million Indian rupees, quote: "approved 300 million rupees"}\n'
        '  in_named: {value: 300 million Indian rupees, quote: "India\'s cabinet approved 300'
        ' million rupees"}\n'
        '  ch: {value: 3bn Swiss francs, quote: "Profit rose to 3bn francs at the Geneva'
        ' bank"}\n'
        '  inr: {value: 83.4 Indian rupees per US dollar, quote: "The rupee slid to 83.4 per'
        ' dollar"}\n'
        '  chf: {value: 0.88 Swiss francs per US dollar, quote: "The franc rose to 0.88 per'
        ' dollar"}\n'
        '  pk_wrong: {value: 500 million Indian rupees, quote: "Pakistan pledged 500 million'
        ' rupees"}\n'
        '  np_wrong: {value: 200 million Indian rupees, quote: "Nepal\'s central bank set aside'
        ' 200 million rupees"}\n'
        '  lk_wrong: {value: 900 million Indian rupees, quote: "Sri Lanka borrowed 900 million'
        ' rupees"}\n'
        '  sn_wrong: {value: 3bn Swiss francs, quote: "Senegal\'s budget rose to 3bn'
        ' francs"}\n'
        '  inr_wrong: {value: 83.4 Indian rupees per euro, quote: "The rupee slid to 83.4 per'
        ' dollar"}\n'
        '  inr_pk_wrong: {value: 280 Indian rupees per US dollar, quote: "Pakistan\'s rupee'
        ' slid to 280 per dollar"}\n'
        '  chf_wrong: {value: 0.88 Swiss francs per euro, quote: "The franc rose to 0.88 per'
        ' dollar"}\n',
    )
    assert len(found) == 13
    assert found == consistent_but_wrong(found)


def test_only_a_median_age_moved_from_is_a_bare_level(tmp_path: Path) -> None:
    """A bare record of "aged 18 to 24" is an age bound, no figure the quote states; only
    "the median age rose from 37.4" states a bare `37.4`."""
    found = verdicts(
        tmp_path,
        "The average age of mothers rose from 29.8 to 30.9. Of those aged 18 to 24, 40 per"
        " cent said no. Adults ages 18 to 29 were polled.",
        '  mothers: {value: "29.8", quote: "The average age of mothers rose from 29.8 to'
        ' 30.9"}\n'
        '  share: {value: "40%", quote: "Of those aged 18 to 24, 40 per cent said"}\n'
        '  young_wrong: {value: "24", quote: "Of those aged 18 to 24, 40 per cent said"}\n'
        '  from_wrong: {value: "18", quote: "Of those aged 18 to 24, 40 per cent said"}\n'
        '  ages_wrong: {value: "29", quote: "Adults ages 18 to 29 were polled"}\n',
    )
    assert len(found) == 5
    assert found == consistent_but_wrong(found)


def test_a_record_that_says_it_rose_is_not_stated_by_a_fall(tmp_path: Path) -> None:
    """`0.6 percentage points higher` is no "0.6 percentage points lower than a year
    earlier", `a 2.1 percentage point rise` no "Turnout fell 2.1 percentage points"; the
    records of the falls are stated, as is a record of the size alone."""
    found = verdicts(
        tmp_path,
        "Unemployment was 0.6 percentage points lower than a year earlier. Turnout fell 2.1"
        " percentage points. Rates were cut by 25 basis points.",
        '  lower: {value: 0.6 percentage points lower, quote: "0.6 percentage points lower'
        ' than a year earlier"}\n'
        '  fall: {value: a 2.1 percentage point fall, quote: "Turnout fell 2.1 percentage'
        ' points"}\n'
        '  size: {value: 2.1 percentage points, quote: "Turnout fell 2.1 percentage points"}\n'
        '  higher_wrong: {value: 0.6 percentage points higher, quote: "0.6 percentage points'
        ' lower than a year earlier"}\n'
        '  rise_wrong: {value: a 2.1 percentage point rise, quote: "Turnout fell 2.1'
        ' percentage points"}\n'
        '  cut_wrong: {value: 25 bps higher, quote: "Rates were cut by 25 basis points"}\n',
    )
    assert len(found) == 6
    assert found == {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}


def test_a_rate_named_before_its_figures_is_theirs(tmp_path: Path) -> None:
    """"Funding per pupil will rise to £7,460 next year, up from £7,215": both figures are
    per pupil, as the sentence names its measure once. Not across a clause break, not per
    another thing, and not a "per" another figure writes."""
    found = verdicts(
        tmp_path,
        "Funding per pupil will rise to £7,460 next year, up from £7,215. Spending per head"
        " rose to £2,100, and the total budget reached £360m. Schools get £5 per pupil in"
        " grants and £900 in fees.",
        '  new: {value: "£7,460 per pupil", quote: "Funding per pupil will rise to £7,460"}\n'
        '  old: {value: "£7,215 per pupil", quote: "up from £7,215"}\n'
        '  head: {value: "£2,100 per head", quote: "Spending per head rose to £2,100"}\n'
        '  school_wrong: {value: "£7,460 per school", quote: "Funding per pupil will rise to'
        ' £7,460"}\n'
        '  budget_wrong: {value: "£360m per head", quote: "the total budget reached £360m"}\n'
        '  fees_wrong: {value: "£900 per pupil", quote: "£900 in fees"}\n',
    )
    assert len(found) == 6
    assert found == {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}


def test_a_rise_beside_another_figures_fall_and_falls_without_by(tmp_path: Path) -> None:
    """A fall word of another clause does not turn a rise ("ended 3 points higher after
    banks fell", "rose 2.1 points as the Tory vote fell"); "2.1 points below its 2019
    level" and "trimmed rates 0.25 percentage points" state falls; "fell to 4.5%" is a
    level, never a fall of 4.5 points."""
    found = verdicts(
        tmp_path,
        "The FTSE 100 ended 3 points higher after banks fell. Labour's share rose 2.1 points as"
        " the Tory vote fell. Turnout was 2.1 points below its 2019 level. The Bank trimmed"
        " rates 0.25 percentage points. The rate fell to 4.5%.",
        '  ftse: {value: 3 points higher, quote: "ended 3 points higher after banks fell"}\n'
        '  labour: {value: a 2.1 point rise, quote: "rose 2.1 points as the Tory vote fell"}\n'
        '  below: {value: 2.1 points lower, quote: "2.1 points below its 2019 level"}\n'
        '  trimmed: {value: 0.25 percentage points lower, quote: "The Bank trimmed rates 0.25'
        ' percentage points"}\n'
        '  level: {value: 4.5%, quote: "The rate fell to 4.5%"}\n'
        '  ftse_wrong: {value: 3 points lower, quote: "ended 3 points higher after banks'
        ' fell"}\n'
        '  below_wrong: {value: 2.1 points higher, quote: "2.1 points below its 2019 level"}\n'
        '  trimmed_wrong: {value: 0.25 percentage points higher, quote: "The Bank trimmed'
        ' rates 0.25 percentage points"}\n'
        '  level_wrong: {value: "-4.5 percentage points", quote: "The rate fell to 4.5%"}\n',
    )
    assert len(found) == 9
    assert found == {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}
