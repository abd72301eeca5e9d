"""Figures of science, census and schools copy, read as news means them.

Found by two domain reviews: "40 light years" and "0.0158 AU" were pure numbers (so 40
light years "equalled" 40 AU), "293 kelvin" a temperature difference, "some 1,017,437
people" a figure within 10% (hiding a part off by 10,000), and "a three-year degree" three
years times an angle.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest import approx

from checks.dates import parse_date
from checks.engine import Options, judge_document
from checks.figures import FigureError, parse_figure, parse_number_text, significant_digits
from checks.loading import load_document
from checks.results import Verdict

LIGHT_YEAR_M = 9_460_730_472_580_800.0
AU_M = 149_597_870_700.0
LENGTH = (("[length]", 1),)


def judge(tmp_path: Path, text: str) -> dict[str, tuple[Verdict, str]]:
    path = tmp_path / "story.yaml"
    path.write_text(text, encoding="utf-8")
    document = load_document(path.as_posix(), text.encode())
    result = judge_document(document, path, Options(), tmp_path)
    assert not result.errors, result.errors
    return {c.check_id: (c.verdict, c.message) for c in result.checks}


# ---------------------------------------------------------------- light years and AU


@pytest.mark.parametrize(
    ("text", "metres"),
    [
        ("40 light years", 40 * LIGHT_YEAR_M),
        ("40 light-years", 40 * LIGHT_YEAR_M),
        ("1 light year", LIGHT_YEAR_M),
        ("4.2 lightyears", 4.2 * LIGHT_YEAR_M),
        ("0.0158 AU", 0.0158 * AU_M),
        ("5.2 astronomical units", 5.2 * AU_M),
        ("1 astronomical unit", AU_M),
        ("5.2 au", 5.2 * AU_M),
    ],
)
def test_astronomical_distances_are_lengths(text: str, metres: float) -> None:
    figure = parse_figure(text)
    assert figure.dimension == LENGTH
    assert figure.counted is None
    assert figure.nominal == approx(metres)


def test_astronomy_conversions_agree_and_light_years_are_not_au(tmp_path: Path) -> None:
    verdicts = judge(tmp_path, """
source: {published: 2024-05-05}
claims:
  dist_ly:  {value: 40 light years}
  dist_pc:  {value: 12.3 parsecs}
  wrong_pc: {value: 15 parsecs}
  orbit_au: {value: 0.0158 AU}
  orbit_km: {value: 2.36 million km}
  wrong_km: {value: 23.6 million km}
  sun_au:   {value: 40 astronomical units}
checks:
  - {id: ly-pc, same: [dist_ly, dist_pc]}
  - {id: ly-pc-wrong, same: [dist_ly, wrong_pc]}
  - {id: au-km, same: [orbit_au, orbit_km]}
  - {id: au-km-wrong, same: [orbit_au, wrong_km]}
  - {id: ly-is-not-au, same: [dist_ly, sun_au]}
""")
    assert verdicts["ly-pc"][0] == Verdict.CONSISTENT
    assert verdicts["au-km"][0] == Verdict.CONSISTENT
    assert verdicts["ly-pc-wrong"][0] == Verdict.MISMATCH
    assert verdicts["au-km-wrong"][0] == Verdict.MISMATCH
    assert verdicts["ly-is-not-au"][0] == Verdict.MISMATCH


# ---------------------------------------------------------------- kelvin


def test_kelvin_written_as_a_word_is_an_absolute_temperature() -> None:
    figure = parse_figure("293 kelvin")
    assert figure.absolute_temperature
    assert figure.nominal == approx(293.0)
    assert parse_figure("293 kelvins").absolute_temperature
    assert not parse_figure("1.5 ΔK").absolute_temperature


@pytest.mark.parametrize(
    ("text", "value"), [("30K people", 30_000), ("£30K", 30_000), ("293 K", 293_000)]
)
def test_a_capital_k_after_a_number_stays_thousand(text: str, value: float) -> None:
    assert parse_figure(text).nominal == value


def test_kelvin_readings_compare_with_celsius_and_k_asks_for_kelvin(tmp_path: Path) -> None:
    verdicts = judge(tmp_path, """
source: {published: 2024-05-23}
claims:
  surface_kel: {value: 293 kelvin}
  surface_k:   {value: 293 K}
  surface_c:   {value: 20°C}
  hotter_c:    {value: 25°C}
  warming_k:   {value: 1.5 ΔK}
  warming_c:   {value: 1.5 Δ°C}
  big:         {value: "293,000"}
checks:
  - {id: kelvin-is-celsius, same: [surface_kel, surface_c]}
  - {id: kelvin-is-not-25, same: [surface_kel, hotter_c]}
  - {id: k-asks-for-kelvin, same: [surface_k, surface_c]}
  - {id: k-is-thousands, same: [surface_k, big]}
  - {id: kelvin-difference, same: [warming_k, warming_c]}
  - {id: kelvin-reading-is-no-difference, same: [surface_kel, warming_c]}
""")
    assert verdicts["kelvin-is-celsius"][0] == Verdict.CONSISTENT
    assert verdicts["kelvin-is-not-25"][0] == Verdict.MISMATCH
    assert verdicts["k-asks-for-kelvin"][0] == Verdict.ERROR
    assert "`293 kelvin`" in verdicts["k-asks-for-kelvin"][1]
    assert verdicts["k-is-thousands"][0] == Verdict.CONSISTENT
    assert verdicts["kelvin-difference"][0] == Verdict.CONSISTENT
    assert verdicts["kelvin-reading-is-no-difference"][0] == Verdict.ERROR


# ---------------------------------------------------------------- estimates to many digits


@pytest.mark.parametrize(
    ("text", "digits"),
    [("1,017,437", 7), ("1,218,000", 4), ("1,250", 3), ("300", 1), ("4.75", 3),
     ("0.0158", 3), ("4.50", 3), ("10", 1)],
)  # fmt: skip
def test_significant_digits_leave_out_a_whole_numbers_trailing_zeros(
    text: str, digits: int
) -> None:
    assert significant_digits(parse_number_text(text)) == digits


def test_an_estimate_to_four_digits_or_more_is_strictly_as_written() -> None:
    some = parse_figure("some 1,017,437 people")
    assert (some.strict.lo, some.strict.hi) == (1_017_437, 1_017_437)
    assert some.lenient.lo == approx(915_694) and some.lenient.hi == approx(1_119_180)
    estimated = parse_figure("an estimated 1,218,000 people")
    assert (estimated.strict.lo, estimated.strict.hi) == (1_217_500, 1_218_500)
    assert estimated.lenient.lo == approx(1_096_200)


def test_a_percentage_with_decimals_is_strictly_as_written_after_some() -> None:
    """"Some 61.3% of pupils" is a share to the tenth of a point: ±10% of it (55–67%) let a
    fall of 1.5 points stated as a rise pass."""
    some = parse_figure("some 61.3%")
    assert (some.strict.lo, some.strict.hi) == (approx(0.6125), approx(0.6135))
    assert some.lenient.lo == approx(0.5517)


@pytest.mark.parametrize(
    "text", ["about 300 people", "some 1,250", "around 4.75 million", "about 60%"]
)
def test_an_estimate_to_three_digits_or_fewer_keeps_its_ten_percent(text: str) -> None:
    figure = parse_figure(text)
    assert figure.strict == figure.lenient
    assert figure.strict.hi - figure.strict.lo == approx(0.2 * figure.nominal)


@pytest.mark.parametrize("text", ["nearly 1,017,437", "more than 1,017,437", "up to 1,017,437"])
def test_other_qualifiers_are_unchanged_by_many_digits(text: str) -> None:
    figure = parse_figure(text)
    assert figure.strict == figure.lenient


def test_estimates_to_full_precision_no_longer_hide_errors(tmp_path: Path) -> None:
    verdicts = judge(tmp_path, """
source: {published: 2023-05-30}
claims:
  foreign_born: {value: "some 1,017,437 people"}
  eu_born:      {value: "631,785 people"}
  other_born:   {value: "395,652 people"}
  other_right:  {value: "385,652 people"}
  other_far:    {value: "595,652 people"}
  immigration:  {value: "an estimated 1,218,000 people"}
  emigration:   {value: "532,000 people"}
  net_wrong:    {value: "606,000 people"}
  net_right:    {value: "686,000 people"}
  about_total:  {value: "about 300 people"}
  part_a:       {value: "150 people"}
  part_b:       {value: "125 people"}
  part_far:     {value: "200 people"}
checks:
  - {id: parts-off-by-ten-thousand, sum: [eu_born, other_born], equals: foreign_born}
  - {id: parts-right, sum: [eu_born, other_right], equals: foreign_born}
  - {id: parts-far-off, sum: [eu_born, other_far], equals: foreign_born}
  - {id: net-off, expect: immigration - emigration == net_wrong}
  - {id: net-right, expect: immigration - emigration == net_right}
  - {id: about-300, sum: [part_a, part_b], equals: about_total}
  - {id: about-300-wrong, sum: [part_a, part_far], equals: about_total}
""")
    assert verdicts["parts-off-by-ten-thousand"][0] == Verdict.ROUNDING
    assert "915,694–1,119,180" in verdicts["parts-off-by-ten-thousand"][1]
    assert "within the ±10% its qualifier allows" in verdicts["parts-off-by-ten-thousand"][1]
    assert verdicts["parts-right"][0] == Verdict.CONSISTENT
    assert verdicts["parts-far-off"][0] == Verdict.MISMATCH
    assert verdicts["net-off"][0] == Verdict.ROUNDING
    assert verdicts["net-right"][0] == Verdict.CONSISTENT
    assert verdicts["about-300"][0] == Verdict.CONSISTENT
    assert verdicts["about-300-wrong"][0] == Verdict.MISMATCH


# ---------------------------------------------------------------- durations before a noun


@pytest.mark.parametrize(
    ("text", "years"),
    [("a three-year degree", 3), ("a 25-year mortgage", 25), ("a twenty-five-year mortgage", 25),
     ("a five-year plan", 5), ("three-year degrees", 3)],
)  # fmt: skip
def test_a_length_of_time_before_its_noun_is_the_length(text: str, years: int) -> None:
    figure = parse_figure(text)
    assert figure.dimension == (("[time]", 1),)
    assert figure.nominal == approx(parse_figure(f"{years} years").nominal)


def test_a_two_day_visit_is_two_whole_days() -> None:
    figure = parse_figure("a two-day visit")
    assert (figure.strict.lo, figure.strict.hi) == (2.0, 2.0)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("3 year degree", "after the unit 'year'"),
        ("450,000 degrees", "`university degrees`"),
        ("3 degrees", "`°C` or `°F`"),
        ("a 3 degree rise", "degree"),
    ],
)
def test_degrees_never_multiply_a_time_nor_become_a_count(text: str, says: str) -> None:
    with pytest.raises(FigureError, match=f"(?s).*{says}"):
        parse_figure(text)


def test_academic_degrees_named_are_counted_and_square_degrees_stay_an_angle() -> None:
    assert parse_figure("450,000 first degrees").counted == "first degrees"
    assert parse_figure("3 square degrees").dimension == ()
    assert parse_figure("3 square degrees").counted is None


# ---------------------------------------------------------------- smaller readings


@pytest.mark.parametrize(
    ("text", "same_as"),
    [("3.2 × 10^6 stars", "3.2 million stars"), ("3.2 x 10^6", "3.2 million"),
     ("3.2×10⁶", "3.2 million"), ("4 × 10^9", "4 billion"), ("1.5 x 10**3 km", "1.5 thousand km")],
)  # fmt: skip
def test_scientific_notation_with_a_scale_power_is_read_as_its_scale(
    text: str, same_as: str
) -> None:
    figure, written = parse_figure(text), parse_figure(same_as)
    assert (figure.nominal, figure.strict, figure.dimension) == (
        written.nominal, written.strict, written.dimension
    )


def test_scientific_notation_keeps_the_precision_of_its_mantissa() -> None:
    figure = parse_figure("3.2 × 10^6 stars")
    assert (figure.strict.lo, figure.strict.hi) == (3_150_000, 3_250_000)


@pytest.mark.parametrize("text", ["3.2 × 10^5", "3.2e6 stars"])
def test_other_powers_of_ten_are_refused_with_the_way_to_write_them(text: str) -> None:
    with pytest.raises(FigureError, match="write the number out"):
        parse_figure(text)


@pytest.mark.parametrize("text", ["15.4:1", "2:1", "3:2"])
def test_a_colon_between_numbers_is_refused_with_the_ways_to_write_a_ratio(text: str) -> None:
    """"Beat Chelsea 2:1", "voted 8:1", "a pupil-teacher ratio of 15.4:1": a colon writes
    scores and times as often as ratios, so a value says which (`15.4 to one`, `15.4
    pupils per teacher`); read as a ratio, "2:1" in a quote hid the 2 goals it states."""
    with pytest.raises(FigureError, match="15.4 pupils per teacher"):
        parse_figure(text)


@pytest.mark.parametrize(
    ("text", "bounds"),
    [("more than double", (2.0, float("inf"))), ("double", (2.0, 2.0)),
     ("nearly triple", (2.5, 3.0))],
)  # fmt: skip
def test_double_and_triple_alone_are_multipliers(
    text: str, bounds: tuple[float, float]
) -> None:
    figure = parse_figure(text)
    assert (figure.strict.lo, figure.strict.hi) == bounds
    with pytest.raises(FigureError):
        parse_figure("double digits")


def test_points_with_a_word_of_direction_read_as_in_change_by(tmp_path: Path) -> None:
    verdicts = judge(tmp_path, """
source: {published: 2024-08-22}
claims:
  a: {value: 68.2%}
  b: {value: 67.6%}
  d3: {value: 0.6 points lower}
  d4: {value: 0.6 percentage points lower}
  d5: {value: 0.6 percentage point fall}
  d6: {value: a 0.6 point fall}
  d7: {value: 60 bps lower}
  up: {value: 0.6 percentage points higher}
  far: {value: 0.9 percentage points lower}
checks:
  - {id: points, change: {from: a, to: b, by: d3}}
  - {id: percentage-points, change: {from: a, to: b, by: d4}}
  - {id: point-fall, change: {from: a, to: b, by: d5}}
  - {id: a-point-fall, change: {from: a, to: b, by: d6}}
  - {id: basis-points, change: {from: a, to: b, by: d7}}
  - {id: wrong-direction, change: {from: a, to: b, by: up}}
  - {id: wrong-size, change: {from: a, to: b, by: far}}
""")
    for check in ("points", "percentage-points", "point-fall", "a-point-fall", "basis-points"):
        assert verdicts[check][0] == Verdict.CONSISTENT, check
    assert verdicts["wrong-direction"][0] == Verdict.MISMATCH
    assert verdicts["wrong-size"][0] == Verdict.MISMATCH


def test_a_term_before_its_noun_is_exact_where_plain_years_may_be_rounded(
    tmp_path: Path,
) -> None:
    """"A student on a three-year degree will pay £28,065": 3 × £9,535 is £28,605, a digit
    swap that reading the degree as 2.5–3.5 years called `rounding`."""
    verdicts = judge(tmp_path, """
source: {published: 2024-11-05}
claims:
  fee:    {value: "£9,535 a year"}
  degree: {value: a three-year degree}
  plain:  {value: 3 years}
  total:  {value: "£28,065"}
  right:  {value: "£28,605"}
checks:
  - {id: degree-swapped, expect: fee * degree == total}
  - {id: degree-right, expect: fee * degree == right}
  - {id: plain-years-swapped, expect: fee * plain == total}
""")
    assert verdicts["degree-swapped"][0] == Verdict.MISMATCH
    assert verdicts["degree-right"][0] == Verdict.CONSISTENT
    assert verdicts["plain-years-swapped"][0] == Verdict.ROUNDING


@pytest.mark.parametrize(
    ("text", "exact"),
    [("a three-year degree", True), ("a 25-year mortgage", True), ("a five-year plan", True),
     ("a six-month investigation", False), ("a two-year delay", False),
     ("a 10-year search", False)],
)  # fmt: skip
def test_only_a_term_a_length_defines_is_exact(text: str, exact: bool) -> None:
    """A degree, a mortgage, a plan last what they are defined to; "a six-month
    investigation" that took five months and 25 days is rounded as "six months" is."""
    figure = parse_figure(text)
    assert (figure.lenient == figure.strict) is exact


def test_au_before_a_noun_is_the_african_union() -> None:
    """"20,000 AU troops", "5 AU members": the African Union's; "5.2 AU" alone (or "5.2 AU
    from the Sun" in a quote) is the astronomical unit."""
    assert parse_figure("20,000 AU troops").dimension == ()
    assert parse_figure("20,000 AU troops").counted == "AU troops"
    assert parse_figure("5.2 AU").dimension == parse_figure("5.2 km").dimension


def test_points_with_a_word_of_direction_are_signed(tmp_path: Path) -> None:
    """"0.6 points higher" and "0.6 points lower" are never the same figure; `change.by`
    still reads them as the change they state."""
    verdicts = judge(tmp_path, """
source: {published: 2024-01-01}
claims:
  old: {value: 4.5%}
  new: {value: 3.9%}
  lower: {value: 0.6 percentage points lower}
  higher: {value: 0.6 percentage points higher}
  fall: {value: a 0.6-point fall}
  league_up: {value: 3 points higher}
  league_down: {value: 3 points lower}
checks:
  - {id: higher-is-not-lower, same: [higher, lower]}
  - {id: up-is-not-down, same: [league_up, league_down]}
  - {id: by-lower, change: {from: old, to: new, by: lower}}
  - {id: by-a-fall, change: {from: old, to: new, by: fall}}
  - {id: by-higher-wrong, change: {from: old, to: new, by: higher}}
  - {id: signed-difference, expect: new - old == lower}
""")
    assert verdicts["higher-is-not-lower"][0] == Verdict.MISMATCH
    assert verdicts["up-is-not-down"][0] == Verdict.MISMATCH
    assert verdicts["by-lower"][0] == Verdict.CONSISTENT
    assert verdicts["by-a-fall"][0] == Verdict.CONSISTENT
    assert verdicts["by-higher-wrong"][0] == Verdict.MISMATCH
    assert verdicts["signed-difference"][0] == Verdict.CONSISTENT


@pytest.mark.parametrize("text", ["2023-24", "2023/24", "2023–2024"])
def test_a_school_or_financial_year_is_refused_with_the_way_to_write_it(text: str) -> None:
    """"In the 2023-24 academic year": a year of another calendar, which the file must say
    the start of; the message names `FY2023-24` and the setting."""
    with pytest.raises(FigureError, match=r"FY.*fiscal_year_start"):
        parse_date(text, None)
