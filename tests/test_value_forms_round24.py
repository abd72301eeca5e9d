"""Values as news writes them, found by the tech, agriculture and weather reviews.

Bits and bytes are information, never counts ("400 Gb/s", "a 100Mb line", "1,024 KB");
grain futures' fractions ("17-1/4 cents", "$4.70-1/2"); marketing years ("2024/25") are
no fraction; "just over" and "just under" are within 10%; "30 days or more" is a bound;
"8% smaller" is a fall; "31 straight days" a length of time; "$5.63 a pound" asks which
pound. Each reading is checked with a near miss (`_wrong`) that must stay a mismatch.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest import approx

from checks.engine import Options, run
from checks.figures import FigureError, parse_figure
from checks.results import Verdict

CONSISTENT, MISMATCH, ERROR = Verdict.CONSISTENT, Verdict.MISMATCH, Verdict.ERROR


def verdicts(tmp_path: Path, claims: str, checks: str) -> dict[str, tuple[Verdict, str]]:
    """Each check's verdict and message, by id, for the indented ``claims`` and ``checks``."""
    (tmp_path / "c.yaml").write_text(
        f"source: {{published: 2025-03-04}}\nclaims:\n{claims}checks:\n{checks}",
        encoding="utf-8",
    )
    result = run([str(tmp_path)], Options())
    assert result.error_count == 0, [e for f in result.files for e in f.errors]
    return {c.check_id: (c.verdict, c.message or "") for _, c in result.all_checks()}


def expected(found: dict[str, tuple[Verdict, str]]) -> dict[str, Verdict]:
    """A mismatch for each ``_wrong`` check, else consistent."""
    return {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}


# ---------------------------------------------------------------- bits and bytes


@pytest.mark.parametrize(
    ("text", "bits"),
    [
        ("400 Gb/s", 400e9), ("400 Gbit/s", 400e9), ("100Mb", 100e6), ("100 Mbps", 100e6),
        ("300 kbps", 300e3), ("5 Kb", 5e3), ("2 Tb", 2e12), ("3 megabits", 3e6),
        ("1,024 KB", 1024 * 8e3), ("1,024 kB", 1024 * 8e3), ("2 GB", 16e9), ("2 gigabytes", 16e9),
        ("50 MB", 400e6), ("1 TB", 8e12), ("3 PB", 24e15), ("2 GiB", 2 * 8 * 2**30),
        ("512 MiB", 512 * 8 * 2**20), ("4 KiB", 4 * 8 * 1024), ("10 bytes", 80),
    ],
)  # fmt: skip
def test_bits_and_bytes_are_information(text: str, bits: float) -> None:
    """Lower-case b is a bit, capital B a byte (8 bits), decimal unless written KiB/MiB/GiB."""
    figure = parse_figure(text)
    assert figure.counted is None
    assert ("[information]", 1) in figure.dimension
    per_second = 86_400 if ("[time]", -1) in figure.dimension else 1
    assert figure.nominal == approx(bits * per_second)


@pytest.mark.parametrize("text", ["300 Kb/d", "300 kb/d", "2 MMb/d"])
def test_oil_flows_keep_their_barrels(text: str) -> None:
    """"300 kb/d" is thousands of barrels a day, never kilobits a day."""
    assert parse_figure(text).dimension == (("[length]", 3), ("[time]", -1))


def test_lower_case_mb_a_day_stays_ambiguous() -> None:
    with pytest.raises(FigureError, match="thousand barrels a day"):
        parse_figure("1.2 mb/d")


def test_data_sizes_and_rates_convert_and_never_equal_counts(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "  gbit: {value: 400 Gb/s}\n"
        "  gbyte: {value: 50 GB/s}\n"
        "  line: {value: 100Mb}\n"
        "  line_bytes: {value: 12.5 MB}\n"
        "  cache: {value: '1,024 KB'}\n"
        "  cache_mb: {value: 1 MB}\n"
        "  model: {value: 2 GB}\n"
        "  params: {value: 16 billion parameters}\n"
        "  bare: {value: 16 billion}\n"
        "  eight_times: {value: 400 GB/s}\n",
        "  - {id: gbit_gbyte, same: [gbit, gbyte]}\n"
        "  - {id: mb_megabytes, same: [line, line_bytes]}\n"
        "  - {id: kb_mb, same: [cache, cache_mb]}\n"
        "  - {id: bits_for_bytes_wrong, same: [gbit, eight_times]}\n"
        "  - {id: bytes_parameters_wrong, same: [model, params]}\n"
        "  - {id: bytes_bare_wrong, same: [model, bare]}\n",
    )
    assert {name: verdict for name, (verdict, _) in found.items()} == expected(found)
    assert "information" in found["bytes_parameters_wrong"][1]


def test_a_sum_of_bytes_is_no_pure_number(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "  storage: {value: 512 GB}\n  total: {value: '4,096 billion'}\n",
        "  - {id: bytes_sum, sum: [storage], equals: total}\n",
    )
    assert found["bytes_sum"][0] == ERROR


def test_a_slip_of_bytes_is_shown_in_bytes(tmp_path: Path) -> None:
    """Bytes were pure numbers, shown as "12,000,000,000,000,000 times"."""
    found = verdicts(
        tmp_path,
        "  new: {value: 2 TB}\n  old: {value: '1,000 TB'}\n  twice: {value: two times}\n",
        "  - {id: rack_wrong, expect: new == twice * old}\n",
    )
    verdict, message = found["rack_wrong"]
    assert verdict == MISMATCH
    assert "TB" in message and "times" not in message.split("twice")[0]


# ---------------------------------------------------------------- mixed numbers


@pytest.mark.parametrize(
    ("text", "value", "half"),
    [
        ("17-1/4 cents", 0.1725, 0.00125), ("$4.70-1/2", 4.705, 0.0025),
        ("-12-3/4 cents", -0.1275, 0.00125), ("$10.18-3/4", 10.1875, 0.00125),
        ("3-1/2", 3.5, 0.25), ("2-3/8", 2.375, 0.0625),
    ],
)  # fmt: skip
def test_a_mixed_number_is_one_number_to_its_fraction(text: str, value: float, half: float) -> None:
    """Grain futures' "17-1/4 cents" is 17.25 cents, exact to a quarter (±⅛); never a range."""
    figure = parse_figure(text)
    assert figure.nominal == approx(value)
    assert figure.strict.lo == approx(value - half)
    assert figure.strict.hi == approx(value + half)


def test_mixed_inches_are_a_length() -> None:
    assert parse_figure("3-1/2 inches").nominal == approx(3.5 * 0.0254)


@pytest.mark.parametrize(
    ("text", "value"), [("3-1", None), ("24/7", 24 / 7), ("1/2", 0.5), ("20-30", 25.0)]
)
def test_scores_ratios_and_ranges_keep_their_readings(text: str, value: float | None) -> None:
    if value is None:
        with pytest.raises(FigureError, match="runs backwards"):
            parse_figure(text)
    else:
        assert parse_figure(text).nominal == approx(value)


def test_a_fraction_no_market_quotes_is_refused() -> None:
    with pytest.raises(FigureError, match="mixed number"):
        parse_figure("3-1/5")


def test_futures_fractions_are_checked_to_the_tick(tmp_path: Path) -> None:
    """"$10.18-3/4" recorded as $10.1875 holds; as $10.18 (the fraction dropped) it does not."""
    found = verdicts(
        tmp_path,
        "  printed: {value: '$10.18-3/4'}\n  decimal: {value: $10.1875}\n"
        "  dropped: {value: $10.18}\n"
        "  move: {value: '-12-3/4 cents'}\n  move_decimal: {value: -12.75 cents}\n"
        "  move_whole: {value: -12 cents}\n",
        "  - {id: fraction, same: [printed, decimal]}\n"
        "  - {id: dropped_wrong, same: [printed, dropped]}\n"
        "  - {id: cents, same: [move, move_decimal]}\n"
        "  - {id: cents_whole_wrong, same: [move, move_whole]}\n",
    )
    assert {name: verdict for name, (verdict, _) in found.items()} == expected(found)


# ---------------------------------------------------------------- seasons


@pytest.mark.parametrize(
    "text", ["2024/25", "2024/2025", "2024-25", "1999/00", "2024/25 marketing year"]
)
def test_a_season_is_no_fraction(text: str) -> None:
    """"2024/25" was 2024 ÷ 25 = 80.96, silently."""
    with pytest.raises(FigureError, match="season or fiscal year"):
        parse_figure(text)


@pytest.mark.parametrize(("text", "value"), [("2024/26", 2024 / 26), ("2024-2025", 2024.5)])
def test_years_that_do_not_follow_stay_numbers(text: str, value: float) -> None:
    assert parse_figure(text).nominal == approx(value)


# ---------------------------------------------------------------- close bounds


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("just over 4", 4.0, 4.5), ("just under half", 0.45, 0.5),
        ("a little over 40", 40.0, 44.0), ("slightly more than 40", 40.0, 44.0),
        ("slightly less than 40", 36.0, 40.0), ("just below 40", 36.0, 40.0),
        ("just above 40", 40.0, 44.0), ("a little under 40", 36.0, 40.0),
    ],
)  # fmt: skip
def test_just_over_and_just_under_are_within_ten_percent(
    text: str, low: float, high: float
) -> None:
    figure = parse_figure(text)
    assert (figure.strict.lo, figure.strict.hi) == (approx(low), approx(high))


def test_just_over_bounds_a_count_on_both_sides() -> None:
    figure = parse_figure("just over 1,000 people")
    assert (figure.strict.lo, figure.strict.hi) == (1001, 1100)
    assert parse_figure("over 1,000 people").strict.hi == float("inf")


def test_just_over_four_minutes_is_not_thirty(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "  claimed: {value: just over four minutes}\n  right: {value: 4.2 minutes}\n"
        "  actual: {value: 30.7 minutes}\n  share: {value: just under half}\n"
        "  share_right: {value: 48%}\n  share_actual: {value: 30%}\n",
        "  - {id: close, same: [claimed, right]}\n"
        "  - {id: far_wrong, same: [claimed, actual]}\n"
        "  - {id: share_close, same: [share, share_right]}\n"
        "  - {id: share_far_wrong, same: [share, share_actual]}\n",
    )
    assert {name: verdict for name, (verdict, _) in found.items()} == expected(found)


# ---------------------------------------------------------------- "or more"


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high"),
    [
        ("30 or more days", "at least", 30.0, float("inf")),
        ("30 days or more", "at least", 30.0, float("inf")),
        ("five or more", "at least", 5.0, float("inf")),
        ("20% or more", "at least", 0.2, float("inf")),
        ("10 or fewer people", "at most", 0.0, 10.0),
        ("$5 or less", "at most", -float("inf"), 5.0),
        ("half or more", "at least", 0.5, float("inf")),
        ("a third or more of pupils", "at least", 1 / 3, float("inf")),
        ("two-thirds or more of MPs", "at least", 2 / 3, float("inf")),
    ],
)  # fmt: skip
def test_or_more_and_or_fewer_are_bounds(
    text: str, qualifier: str, low: float, high: float
) -> None:
    figure = parse_figure(text)
    assert figure.qualifier == qualifier
    assert (figure.strict.lo, figure.strict.hi) == (approx(low), approx(high))
    assert figure.text == text


def test_six_inches_or_more_is_at_least_six_inches(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "  printed: {value: 6 inches or more}\n  bound: {value: at least 6 inches}\n"
        "  plain: {value: 6 inches}\n  below: {value: 10 cm}\n",
        "  - {id: bounds, same: [printed, bound]}\n"
        "  - {id: below_wrong, same: [printed, below]}\n",
    )
    assert {name: verdict for name, (verdict, _) in found.items()} == expected(found)


# ---------------------------------------------------------------- comparatives


@pytest.mark.parametrize(
    ("text", "value"),
    [("8% smaller", -0.08), ("20% cheaper", -0.2), ("8% larger", 0.08), ("3.1% bigger", 0.031)],
)
def test_a_percentage_with_its_comparative_is_signed(text: str, value: float) -> None:
    assert parse_figure(text).nominal == approx(value)


def test_slower_stays_an_error() -> None:
    """"25% slower" may be a speed or a time: it is not guessed."""
    with pytest.raises(FigureError):
        parse_figure("25% slower")


def test_smaller_than_is_a_fall_in_a_change(tmp_path: Path) -> None:
    """"14.867 billion bushels, 3.1% smaller than the 15.341 billion harvested in 2023"."""
    found = verdicts(
        tmp_path,
        "  crop: {value: 14.867 billion bushels}\n  last: {value: 15.341 billion bushels}\n"
        "  smaller: {value: 3.1% smaller}\n  larger: {value: 3.1% larger}\n",
        "  - {id: fall, change: {from: last, to: crop, by: smaller}}\n"
        "  - {id: rise_wrong, change: {from: last, to: crop, by: larger}}\n",
    )
    assert {name: verdict for name, (verdict, _) in found.items()} == expected(found)


# ---------------------------------------------------------------- streaks


@pytest.mark.parametrize(
    ("text", "days"),
    [("31 straight days", 31), ("10 consecutive days", 10), ("5 successive weeks", 35),
     ("3 running years", 3 * 365.25), ("10 days in a row", 10)],
)  # fmt: skip
def test_a_streak_is_a_length_of_time(text: str, days: float) -> None:
    figure = parse_figure(text)
    assert figure.dimension == (("[time]", 1),)
    assert figure.nominal == approx(days)


def test_a_streak_of_things_stays_counted() -> None:
    assert parse_figure("3 straight wins").counted == "straight wins"


def test_a_streak_is_the_same_as_its_days(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "  streak: {value: 31 straight days}\n  days: {value: 31 days}\n"
        "  weeks: {value: 30 days}\n",
        "  - {id: streak_days, same: [streak, days]}\n"
        "  - {id: streak_off_wrong, same: [streak, weeks]}\n",
    )
    assert {name: verdict for name, (verdict, _) in found.items()} == expected(found)


# ---------------------------------------------------------------- a pound


@pytest.mark.parametrize("text", ["$5.63 a pound", "$2.0555 a pound", "€1.17 a pound"])
def test_a_price_a_pound_asks_which_pound(text: str) -> None:
    with pytest.raises(FigureError, match=r"per lb.*per GBP"):
        parse_figure(text)


@pytest.mark.parametrize("text", ["£3 a pound", "£3 per pound", "85p a pound"])
def test_sterling_a_pound_is_a_price_by_weight(text: str) -> None:
    assert parse_figure(text).dimension == (("[currency_GBP]", 1), ("[mass]", -1))


def test_a_rate_per_pound_stays_an_exchange_rate() -> None:
    """docs/kinds/quote.md and same.md: `$1.2745 per pound` is dollars per sterling."""
    assert parse_figure("$1.2745 per pound").dimension == (
        ("[currency_GBP]", -1),
        ("[currency_USD]", 1),
    )


# ---------------------------------------------------------------- smaller readings


def test_a_magnitude_is_its_number() -> None:
    figure = parse_figure("magnitude 7.2")
    assert (figure.nominal, figure.dimension, figure.counted) == (approx(7.2), (), None)


@pytest.mark.parametrize(
    ("text", "value"),
    [("2 848 million tonnes", 2.848e12), ("1 000 000", 1e6), ("5 100 people", 5100)],
)
def test_digits_grouped_by_spaces_are_one_number(text: str, value: float) -> None:
    """FAO's "2 848 million tonnes" was "2 and 848 million", an error about lakh and crore."""
    assert parse_figure(text).nominal == approx(value)


def test_a_space_between_numbers_in_english_text_ends_the_first(tmp_path: Path) -> None:
    """"On May 5 100 people marched", "in week 3 250 cases": in running English text a
    space ends one number before another (read so in a quote and by `extract`), while a
    quote of FAO's "2 848 million tonnes" states 2,848 million tonnes too."""
    from checks.figures import Context
    from checks.quotes import figures_in

    english = Context.of()
    assert [f.nominal for f in figures_in("in week 3 250 cases", english, None)] == [3, 250]
    assert [f.text for f in figures_in("On May 5 100 people", english, None)][-1] == "100 people"
    french = figures_in("la FAO prévoit 2 848 tonnes", Context.of(locale="fr"), None)
    assert [f.nominal for f in french] == [approx(2.848e6)]
    story = tmp_path / "story.txt"
    story.write_text(
        "On May 5 100 people marched. In week 3 250 cases were reported. The FAO expects"
        " 2 848 million tonnes.",
        encoding="utf-8",
    )
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        "source: {text: story.txt, published: 2024-05-10}\nclaims:\n"
        '  marched: {value: 100 people, quote: "On May 5 100 people marched"}\n'
        '  cases: {value: 250 cases, quote: "In week 3 250 cases"}\n'
        '  fao: {value: 2848 million tonnes, quote: "2 848 million tonnes"}\n'
        '  fao_wrong: {value: 2849 million tonnes, quote: "2 848 million tonnes"}\n'
        '  marched_wrong: {value: 5100 people, quote: "On May 5 100 people marched"}\n'
        '  cases_wrong: {value: 3250 cases, quote: "In week 3 250 cases"}\n'
        "checks: []\n",
        encoding="utf-8",
    )
    results = run([claims], Options()).files[0].checks
    assert {r.check_id: r.verdict for r in results} == {
        "quote-marched": Verdict.CONSISTENT, "quote-cases": Verdict.CONSISTENT,
        "quote-fao": Verdict.CONSISTENT, "quote-fao_wrong": Verdict.MISMATCH,
        "quote-marched_wrong": Verdict.MISMATCH, "quote-cases_wrong": Verdict.MISMATCH,
    }  # fmt: skip


def test_spaced_groups_in_a_decimal_comma_locale() -> None:
    from checks.figures import Context

    figure = parse_figure("2 848,5 tonnes", Context.of(locale="fr"))
    assert figure.nominal == approx(2848.5e3)


def test_fahrenheit_written_f_is_shown_with_its_degree_sign(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "  c: {value: minus 9C}\n  f: {value: 15.8 F}\n  f_off: {value: 17.8 F}\n",
        "  - {id: right, same: [c, f]}\n  - {id: off_wrong, same: [c, f_off]}\n",
    )
    assert {name: verdict for name, (verdict, _) in found.items()} == expected(found)
    assert "14.9°F to 16.7°F" in found["off_wrong"][1]
