"""Money and time as journalists write them: weekdays, rates provenance, fiscal years."""

import datetime as dt
from pathlib import Path

import pytest

from checks.dates import fiscal_year, parse_date
from checks.engine import Options, judge_document
from checks.figures import Context, FigureError, parse_figure, rate_of
from checks.loading import load_document
from checks.rates import RateBook, RateError, ecb_coverage, ecb_rate
from checks.results import Verdict


def judge(tmp_path: Path, text: str) -> dict[str, Verdict]:
    path = tmp_path / "story.yaml"
    path.write_text(text, encoding="utf-8")
    document = load_document(path.as_posix(), text.encode())
    result = judge_document(document, path, Options(), tmp_path)
    assert not result.errors, result.errors
    return {c.check_id: c.verdict for c in result.checks}


def test_a_date_written_with_its_weekday_is_checked_for_that_weekday(tmp_path: Path) -> None:
    verdicts = judge(tmp_path, """
source: {published: 2023-07-23}
claims:
  riot_start: {date: "Saturday, July 23, 1983"}
  wrong: {date: "Friday, July 23, 1983"}
  no_weekday: {date: "July 23, 1983"}
""")
    assert verdicts == {
        "weekday-riot_start": Verdict.CONSISTENT,
        "weekday-wrong": Verdict.MISMATCH,
    }


def test_the_ecb_rate_is_taken_on_the_last_business_day_on_or_before() -> None:
    saturday = dt.date(2018, 9, 8)
    rate = ecb_rate("EUR", "USD", saturday)
    assert rate is not None
    assert rate.day == dt.date(2018, 9, 7)
    assert 1.1 < rate.value < 1.2
    assert "ECB" in rate.source


def test_bundled_rates_cover_the_euro_era() -> None:
    first, last = ecb_coverage()
    assert first <= dt.date(1999, 1, 4)
    assert last >= dt.date(2024, 1, 1)


def test_a_currency_the_ecb_lacks_says_how_to_supply_a_rate() -> None:
    book = RateBook(dt.date(2018, 9, 5))
    with pytest.raises(RateError, match="rates"):
        book.rate("PKR", "USD")


def test_fiscal_years_are_named_by_the_year_they_end() -> None:
    assert fiscal_year("FY2018-19", (7, 1)) == (dt.date(2018, 7, 1), dt.date(2019, 6, 30))
    assert fiscal_year("FY2019", (7, 1)) == (dt.date(2018, 7, 1), dt.date(2019, 6, 30))
    assert fiscal_year("FY19", (10, 1)) == (dt.date(2018, 10, 1), dt.date(2019, 9, 30))
    assert fiscal_year("FY2019", (1, 1)) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    with pytest.raises(FigureError):
        fiscal_year("FY2018-20", (7, 1))
    with pytest.raises(FigureError, match="fiscal_year_start"):
        parse_date("FY2018-19", dt.date(2019, 1, 1))


@pytest.mark.parametrize(("text", "value"), [
    ("1 crore 62 lakh and 34 thousand", 16_234_000),
    ("160 lakh crore", 160e12),
    ("2,74,114 crore", 2_741_140_000_000),
    ("-$24m", -24e6),
    ("Rs. 5,000/-", 5000),
])
def test_south_asian_and_signed_money_styles(text: str, value: float) -> None:
    figure = parse_figure(text, Context.of({"Rs.": "INR"}))
    assert figure.nominal == pytest.approx(value)


def test_decimal_comma_only_where_the_locale_says_so() -> None:
    german = parse_figure("8,5 Mrd. €", Context.of(locale="de"))
    assert german.nominal == pytest.approx(8.5e9)
    assert parse_figure("1.234,5 km", Context.of(locale="de-AT")).nominal == pytest.approx(1234500)
    with pytest.raises(FigureError, match="locale"):
        parse_figure("8,5 Mrd. €")
    assert parse_figure("1,900").nominal == 1900


def test_exchange_rates_are_written_to_four_decimals() -> None:
    rate = parse_figure("1.0819 USD per EUR")
    assert rate.strict.lo == pytest.approx(1.08185)
    assert rate.strict.hi == pytest.approx(1.08195)


def test_a_two_year_fiscal_year_with_a_january_start_names_the_setting() -> None:
    import datetime as dt

    import pytest

    from checks.dates import parse_date
    from checks.figures import FigureError

    with pytest.raises(FigureError, match="starting on 1 January is one calendar year"):
        parse_date("FY2018-19", dt.date(2020, 1, 1), (1, 1))


@pytest.mark.parametrize(
    ("published", "claim", "hinted"),
    [
        ("2024-01-04", "{date: December 18}", True),  # last December, taken as this one
        ("2018-09-05", "{date: September 8}", False),  # three days on: the story's slip
        ("2024-05-01", "{date: FY2026}", False),  # a fiscal year carries its own year
    ],
)
def test_an_order_mismatch_names_a_year_taken_from_publication_only_when_it_is_one(
    published: str, claim: str, hinted: bool
) -> None:
    text = (
        f"source: {{title: t, published: {published}}}\n"
        "settings: {fiscal_year_start: April 1}\n"
        f"claims:\n  event: {claim}\n"
        "checks:\n  - {id: before, order: [event, source.published]}\n"
    )
    document = load_document("order.yaml", text.encode())
    (check,) = judge_document(document, Path("order.yaml"), Options()).checks
    assert check.verdict is Verdict.MISMATCH
    assert ("took its year" in check.message) is hinted


def test_an_expect_mismatch_names_a_date_that_took_the_publication_year() -> None:
    """"A 14-week consultation that began on December 2" in a March story: without its year
    December 2 is nine months *after* publication, and the gap is −38 weeks."""
    text = (
        "source: {title: t, published: 2025-03-12}\n"
        "claims:\n  began: {date: December 2}\n  announced: {date: March 11}\n"
        "  length: {value: 14 weeks}\n"
        "checks:\n  - {id: gap, expect: announced - began == length}\n"
    )
    document = load_document("expect.yaml", text.encode())
    (check,) = judge_document(document, Path("expect.yaml"), Options()).checks
    assert check.verdict is Verdict.MISMATCH
    assert "write `December 2, 2024`" in check.message


@pytest.mark.parametrize(
    ("rate", "plain", "per"),
    [
        ("£72 per MWh", "£96", "per MWh"),
        ("$1,650 a month", "$1,550", "per month"),
        ("£7,500 per household", "£7,000", "per household"),
        ("€64.50 per tonne", "€82.70", "per tonne"),
        ("$84.93 a barrel", "$5.04", "per barrel"),
        ("£72 per MWh", "96 km", ""),
        ("£72 per MWh", "£96 per MWh", ""),
    ],
)
def test_a_rate_written_once_is_found_for_any_unit_it_is_per(
    rate: str, plain: str, per: str
) -> None:
    """"72 pounds per megawatt hour, down from 96 pounds": the amount of a rate per MWh is
    pounds, not pounds × time² (the positive powers of the rate's dimension)."""
    assert rate_of(parse_figure(rate), parse_figure(plain)) == per
