"""Transport measures, deadweight, nautical miles, and value forms of the housing and crime reviews.

Each was a wrong verdict or a refusal: "vehicle-miles" and "passenger-kilometres" were
counted nouns (a figure in miles equalled one in kilometres), "240,000 dwt" was
pennyweight (0.37 tonnes), "3,500 NM" a pure number, a claim "a quarter-point cut" a
relative fall of 25%, "12 1/2 years" and "near 7%" were refused, "737s" was 737 seconds
and "0412 GMT" a count of 412 "GMT".
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from pytest import approx
from quote_verdicts import consistent_but_wrong, verdicts

from checks.engine import Options, judge_document
from checks.figures import FigureError, parse_figure
from checks.loading import load_document

OPTIONS = Options(today=dt.date(2026, 11, 29))


def judged(claims: dict[str, str], checks: list[str]) -> dict[str, str]:
    """The verdict of each check (by id) over claims given as values."""
    lines = ["source:", "  title: test", '  published: "2024-04-02"', "claims:"]
    lines += [f"  {name}: {{value: {json.dumps(value)}}}" for name, value in claims.items()]
    lines += ["checks:", *(f"  - {check}" for check in checks)]
    loaded = load_document("t.yaml", ("\n".join(lines) + "\n").encode("utf-8"))
    result = judge_document(loaded, Path("t.yaml"), OPTIONS)
    assert not result.errors, [str(problem) for problem in result.errors]
    return {check.check_id: check.verdict.value for check in result.checks}


# --- vehicle-miles, passenger-km, tonne-km: a count of things times a length ---------------

ROADS = {
    "per_vmi": "12.6 deaths per billion vehicle-miles",
    "per_vkm": "about 7.8 deaths per billion vehicle-kilometres",
    "per_vkm_wrong": "12.6 deaths per billion vehicle-kilometres",
    "per_100m_vmi": "1.26 deaths per 100 million vehicle miles",
    "deaths": "40,990 deaths",
    "vmt": "3.26 trillion vehicle miles",
    "vmt_travelled": "3.26 trillion vehicle miles traveled",
    "vkt": "5.25 trillion vehicle-kilometres",
    "vkt_wrong": "3.26 trillion vehicle-km",
    "pkm": "100 billion passenger-kilometres",
    "pmi": "62.1 billion passenger-miles",
    "pmi_wrong": "100 billion passenger miles",
    "rpk": "100 billion RPK",
    "tkm": "50 billion tonne-kilometres",
    "tmi": "34.2 billion ton-miles",
    "tmi_spaced": "34.2 billion ton miles",
    "tmi_wrong": "50 billion ton-miles",
    "seat_km": "10 billion seat kilometres",
    "seat_mi_wrong": "10 billion seat miles",
}


@pytest.mark.parametrize(("check", "verdict"), [
    ("same: [per_vmi, per_vkm]", "consistent"),
    ("same: [per_vmi, per_vkm_wrong]", "mismatch"),  # the conversion forgotten
    ("same: [vmt, vkt]", "consistent"),
    ("same: [vmt_travelled, vkt]", "consistent"),
    ("same: [vmt, vkt_wrong]", "mismatch"),
    ("expect: deaths / vmt == per_100m_vmi", "consistent"),
    ("same: [pkm, pmi]", "consistent"),
    ("same: [pkm, rpk]", "consistent"),
    ("same: [pkm, pmi_wrong]", "mismatch"),
    ("same: [tkm, tmi]", "consistent"),  # short ton-miles: 50e9 t·km = 34.2e9 ton-miles
    ("same: [tkm, tmi_spaced]", "consistent"),
    ("same: [tkm, tmi_wrong]", "mismatch"),
    ("same: [seat_km, seat_mi_wrong]", "mismatch"),
    ("same: [pkm, vkt]", "mismatch"),
])  # fmt: skip
def test_distances_travelled_convert_between_miles_and_kilometres(check: str, verdict: str) -> None:
    """A km figure equal to the miles figure passed, and the right conversion was flagged."""
    assert list(judged(ROADS, [check]).values()) == [verdict]


def test_other_counted_nouns_stay_counted() -> None:
    for text in ("20 vehicles", "300 passengers", "40 seats", "5 miles"):
        figure = parse_figure(text)
        assert (figure.counted is None) == (text == "5 miles")
    assert parse_figure("3.26 trillion vehicle miles").counted is None


@pytest.mark.parametrize(("first", "second"), [
    ("1.26 deaths per 100 million miles traveled",
     "1.26 deaths per 100 million vehicle miles traveled"),
    ("3.26 trillion vehicle miles", "3.26 trillion miles driven"),
    ("3.6 trillion ton-kilometers", "3.6 trillion tkm"),
    ("3.6 trillion ton-km", "3.6 trillion tonne-kilometres"),
    ("1.7 trillion revenue ton-miles", "1.7 trillion ton-miles"),
])  # fmt: skip
def test_one_distance_in_each_of_its_spellings(first: str, second: str) -> None:
    """IIHS writes "per 100 million miles traveled" for NHTSA's "per 100 million vehicle
    miles traveled"; Chinese and Russian railway copy writes "ton-kilometers" for metric
    tonne-km; AAR writes "revenue ton-miles". Each was another quantity than its twin."""
    a, b = parse_figure(first), parse_figure(second)
    assert a.dimension == b.dimension
    assert a.nominal == approx(b.nominal)


# --- dwt, deadweight tonnes, NM ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["240,000 dwt", "240,000-dwt", "240,000 DWT", "240,000 deadweight tonnes",
     "240,000 deadweight tons", "240,000 tonnes deadweight"],
)  # fmt: skip
def test_deadweight_is_metric_tonnes(text: str) -> None:
    """Shipping's dwt was pennyweight: "240,000 dwt is 0.3732 tonnes"."""
    assert parse_figure(text).nominal == approx(parse_figure("240,000 tonnes").nominal)


def test_a_ship_s_deadweight_meets_tonnes() -> None:
    claims = {"dwt": "240,000 dwt", "t": "240,000 tonnes", "t_wrong": "240 tonnes"}
    found = judged(claims, ["{id: right, same: [dwt, t]}", "{id: wrong, same: [dwt, t_wrong]}"])
    assert found == {"right": "consistent", "wrong": "mismatch"}


def test_capital_nm_is_nautical_miles_and_lower_case_nm_nanometres() -> None:
    """"3,500 NM" was a pure number; "450 nm" (a wavelength, a chip) stays nanometres."""
    assert parse_figure("3,500 NM").nominal == approx(3500 * 1852)
    assert parse_figure("450 nm").nominal == approx(450e-9)
    assert parse_figure("3,500 NM residents").counted == "NM residents"  # New Mexico's
    with pytest.raises(FigureError):  # "1,200 NM and AZ voters": New Mexico's, not a distance
        parse_figure("1,200 NM and AZ")
    claims = {"nm": "3,500 NM", "km": "6,482 km", "km_wrong": "3,500 km"}
    found = judged(claims, ["{id: right, same: [nm, km]}", "{id: wrong, same: [nm, km_wrong]}"])
    assert found == {"right": "consistent", "wrong": "mismatch"}


# --- a quarter-point cut as a claim ---------------------------------------------------------

RATES = {
    "old": "5.25%", "new": "5%", "up": "5.5%", "p100": "4.00%", "p75": "3.00%", "new2": "4.75%",
    "qpc": "a quarter-point cut", "qpc_spaced": "a quarter point cut",
    "qpr": "a quarter-point rise", "hpc": "a half-point cut",
    "qppc": "a quarter-percentage-point cut",
}  # fmt: skip


@pytest.mark.parametrize(("check", "verdict"), [
    ("change: {from: old, to: new, by: qpc}", "consistent"),
    ("change: {from: old, to: new, by: qpc_spaced}", "consistent"),
    ("change: {from: old, to: new, by: qppc}", "consistent"),
    ("change: {from: old, to: up, by: qpr}", "consistent"),
    ("change: {from: old, to: new2, by: hpc}", "consistent"),
    ("change: {from: p100, to: p75, by: qpc}", "mismatch"),  # a 25% fall, no quarter point
    ("change: {from: old, to: up, by: qpc}", "mismatch"),  # a rise is no cut
    ("change: {from: old, to: new2, by: qpc}", "mismatch"),
    ("expect: new - old == qpc", "consistent"),
    ("expect: up - old == qpc", "mismatch"),
])  # fmt: skip
def test_a_quarter_point_cut_is_percentage_points_as_in_place(check: str, verdict: str) -> None:
    """A claim `a quarter-point cut` was a relative fall of 25% (−4.8% was a mismatch)."""
    assert list(judged(RATES, [check]).values()) == [verdict]


def test_a_fraction_of_a_point_keeps_its_precision_and_its_sign() -> None:
    cut, rise = parse_figure("a quarter-point cut"), parse_figure("a half-point rise")
    assert cut.nominal == approx(-0.25) and cut.counted == "point"
    assert (cut.strict.lo, cut.strict.hi) == approx((-0.255, -0.245))
    assert rise.nominal == approx(0.5) and cut.text == "a quarter-point cut"
    assert parse_figure("a three-quarter-point cut").nominal == approx(-0.75)


def test_a_quarter_point_cut_in_a_quote(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "The Fed announced a quarter-point cut on Wednesday.",
        '  cut: {value: a quarter-point cut, quote: "announced a quarter-point cut"}\n'
        '  points: {value: -0.25 percentage points, quote: "announced a quarter-point cut"}\n'
        '  share_wrong: {value: -25%, quote: "announced a quarter-point cut"}\n'
        '  half_wrong: {value: a half-point cut, quote: "announced a quarter-point cut"}\n',
    )
    assert found == consistent_but_wrong(found)


# --- 12 1/2 years -----------------------------------------------------------------------------


def test_a_mixed_number_written_with_a_space_is_the_hyphenated_one() -> None:
    """"12 1/2 years" was refused ("unexpected '/'"): US copy writes it so."""
    spaced, hyphened = parse_figure("12 1/2 years"), parse_figure("12-1/2 years")
    assert spaced.nominal == approx(hyphened.nominal)
    assert spaced.strict == hyphened.strict
    assert spaced.text == "12 1/2 years"
    with pytest.raises(FigureError):
        parse_figure("24 7/365")  # no mixed number: a fraction of 365ths


def test_twelve_and_a_half_years_in_checks() -> None:
    claims = {"a": "12 1/2 years", "months": "150 months", "months_wrong": "144 months"}
    checks = ["{id: right, same: [a, months]}", "{id: wrong, same: [a, months_wrong]}"]
    found = judged(claims, checks)
    assert found == {"right": "consistent", "wrong": "mismatch"}


# --- 23% more, near 7% ------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["23% more", "40% lower", "5 per cent higher"])
def test_a_percent_with_more_or_lower_asks_for_a_signed_percentage(text: str) -> None:
    """"23% more" was refused with only "unexpected 'more'"."""
    with pytest.raises(FigureError, match=r"written signed \(`23%` for 23% more, `-40%`"):
        parse_figure(text)


def test_near_is_about() -> None:
    """"near 7%" was refused ("unexpected 'near'")."""
    near, about = parse_figure("near 7%"), parse_figure("about 7%")
    assert near.strict == about.strict and near.qualifier == "near"
    found = judged(
        {"near": "near 7%", "level": "7.2%", "level_wrong": "8.5%"},
        ["{id: right, same: [near, level]}", "{id: wrong, same: [near, level_wrong]}"],
    )
    assert found == {"right": "consistent", "wrong": "mismatch"}
    assert parse_figure("nearly 7%").qualifier == "nearly"


# --- 737s, 0412 GMT ---------------------------------------------------------------------------


def test_a_plural_of_a_model_number_is_refused() -> None:
    """"737s" was 737 seconds."""
    with pytest.raises(FigureError, match="looks like a plural of a model number"):
        parse_figure("737s")
    assert parse_figure("120s").dimension == (("[time]", 1),)  # a round number stays seconds
    assert parse_figure("45s").dimension == (("[time]", 1),)
    assert parse_figure("135s").dimension == (("[time]", 1),)  # no Boeing model: seconds


@pytest.mark.parametrize("text", ["0412 GMT", "1530 UTC", "0412GMT"])
def test_a_time_of_day_on_the_24_hour_clock_is_refused(text: str) -> None:
    """"0412 GMT" was 412 counted "GMT"."""
    with pytest.raises(FigureError, match="is a time of day"):
        parse_figure(text)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("a quarter-point rate cut", -0.255, -0.245),
    ("a quarter-point interest rate cut", -0.255, -0.245),
    ("a half-point hike", 0.495, 0.505),
])  # fmt: skip
def test_a_fraction_of_a_point_with_its_rate_named(text: str, low: float, high: float) -> None:
    """"A quarter-point rate cut" (the commonest wire phrasing) and "a half-point hike" were
    a relative quarter and a half, unsigned, while "a quarter-point cut" was points."""
    figure = parse_figure(text)
    assert (figure.strict.lo, figure.strict.hi) == (approx(low), approx(high))


@pytest.mark.parametrize("text", ["2030 1/2", "3 1/4 of"])
def test_a_year_or_a_count_before_a_fraction_is_no_mixed_number(text: str) -> None:
    """"By 2030 1/2 of new cars", "in week 3 1/4 of patients": a number and a fraction."""
    with pytest.raises(FigureError):
        parse_figure(text)
