"""`claim-checks extract` on sentences from the budget, agriculture and technology reviews.

Each finding was a drafted check or value that failed a correct story (or let a slip
pass); each test drafts the correct sentence, and a twin with a slip where one can be
planted, run through the checker as written. The stories are dated 28 November 2024.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from extract_drafts import checks_of, claims_of, drafted, values_of, verdicts_of

from checks.engine import Options, check_file
from checks.results import Verdict

# --- a date after publication is a past event only when a past verb tells it ---------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The biggest single measure is an increase in employers' National Insurance "
        "contributions from 13.8% to 15% from April 2025, a rise of 1.2 percentage points.",
        "Microsoft said Windows 10 support ends on October 14, 2025, affecting about 240 "
        "million PCs.",
        "The new rate applies starting January 1, 2026.",
        "The summit, to be held in 2026, drew 40 leaders.",
    ],
)
def test_a_later_date_not_told_as_past_is_no_past_event(tmp_path: Path, sentence: str) -> None:
    """"From April 2025" in a budget story of October 2024 and "said … support ends on
    October 14, 2025" were drafted into the order of past events: a false mismatch."""
    data, result = drafted(tmp_path, sentence)
    assert checks_of(data, "order") == []
    assert Verdict.MISMATCH not in {c.verdict for c in result.checks}


@pytest.mark.parametrize(
    "sentence",
    [
        "Microsoft said on October 14, 2025 that support had ended.",
        "Support for Windows 10 ended on October 14, 2025.",
        "The plant was closed in 2052 after 40 years of output.",
    ],
)
def test_a_later_date_told_as_past_is_still_flagged(tmp_path: Path, sentence: str) -> None:
    _, result = drafted(tmp_path, sentence)
    assert verdicts_of(result, "order") == [Verdict.MISMATCH]


def test_an_earlier_date_after_from_is_still_a_past_event(tmp_path: Path) -> None:
    data, result = drafted(tmp_path, "The levy rose to 15% from April 2024.")
    assert len(checks_of(data, "order")) == 1
    assert verdicts_of(result, "order") == [Verdict.CONSISTENT]


# --- "over 10 years" after an amount or a change is the period -----------------------------


def _with_check(tmp_path: Path, data: dict[str, object], expect: str) -> Verdict:
    """The verdict of ``expect`` added to the draft, its names the drafted values' ids."""
    ids = {str(c.get("value")): name for name, c in claims_of(data).items()}
    for value, name in sorted(ids.items(), key=lambda pair: -len(pair[0])):
        expect = expect.replace(f"[{value}]", name)
    data["checks"] = [{"id": "planted", "expect": expect}]
    path = tmp_path / "with_check.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = check_file(path, Options(), tmp_path)
    return next(c.verdict for c in result.checks if c.check_id == "planted")


@pytest.mark.parametrize(("yearly", "verdict"), [("$150 billion", "consistent"),
                                                ("$100 billion", "mismatch")])  # fmt: skip
def test_an_amount_over_ten_years_is_spread_over_the_period(
    tmp_path: Path, yearly: str, verdict: str
) -> None:
    """"$1.5 trillion over 10 years" was drafted `over 10 years` (more than ten years), so a
    wrong yearly figure passed `cut / period == annual`."""
    data, result = drafted(
        tmp_path,
        f"A House Republican plan would cut spending by $1.5 trillion over 10 years, or "
        f"roughly {yearly} a year.",
    )
    claims = {c.get("value"): c for c in claims_of(data).values()}
    assert "10 years" in claims
    assert "over 10 years" not in claims
    assert "$1.5 trillion over 10 years" in str(claims["10 years"]["quote"])
    assert Verdict.MISMATCH not in {c.verdict for c in result.checks}
    check = f"[$1.5 trillion] / [10 years] == [roughly {yearly} a year]"
    assert _with_check(tmp_path, data, check).value == verdict


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("The plan means almost halving the deficit over five years.", "five years"),
        ("Jobs rose 40% over five years.", "five years"),
        ("The scheme will build 20,000 homes over 10 years.", "10 years"),
    ],
)
def test_a_change_over_a_period_drafts_the_period(
    tmp_path: Path, sentence: str, period: str
) -> None:
    data, result = drafted(tmp_path, sentence)
    assert period in values_of(data)
    assert f"over {period}" not in values_of(data)
    assert Verdict.MISMATCH not in {c.verdict for c in result.checks}


@pytest.mark.parametrize(
    ("sentence", "bound"),
    [
        ("He waited for over 10 years.", "over 10 years"),
        ("She has waited over 10 years for a decision.", "over 10 years"),
        ("About 2.9 million people over 65 years old live alone.", "over 65 years"),
        ("Staff with over 10 years of experience were kept on.", "over 10 years"),
        ("Some 4,000 residents over 70 years were screened.", "over 70 years"),
    ],
)
def test_over_a_length_of_time_stays_a_bound_without_an_amount_or_a_change(
    tmp_path: Path, sentence: str, bound: str
) -> None:
    data, _ = drafted(tmp_path, sentence)
    assert bound in values_of(data)


# --- "gained 8 cents to $5.37" is a change and a level, not a range ------------------------


@pytest.mark.parametrize(("start", "verdict"), [("$5.29", "consistent"), ("$1.37", "mismatch")])
def test_a_change_by_cents_to_dollars_is_no_range(
    tmp_path: Path, start: str, verdict: str
) -> None:
    """"Wheat gained 8 cents to $5.37" was drafted as the range 8 cents to $5.37, which let a
    change from $1.37 pass as its `by`."""
    data, result = drafted(tmp_path, f"Wheat gained 8 cents to $5.37 from {start}.")
    assert {"8 cents", "$5.37", start} <= set(values_of(data))
    assert "8 cents to $5.37" not in values_of(data)
    assert [v.value for v in verdicts_of(result, "change")] == [verdict]


def test_a_change_without_a_start_keeps_its_clause_as_the_quote(tmp_path: Path) -> None:
    data, result = drafted(
        tmp_path,
        "March soybeans rose 31 cents to $10.32 a bushel, while wheat gained 8 cents to $5.37.",
    )
    quotes = {c.get("value"): c.get("quote") for c in claims_of(data).values()}
    assert quotes["8 cents"] == "while wheat gained 8 cents to $5.37."
    assert "$5.37" in quotes
    assert Verdict.MISMATCH not in {c.verdict for c in result.checks}


@pytest.mark.parametrize(
    ("sentence", "range_"),
    [
        ("Sales rose 5% to 7% in each region.", "5% to 7%"),
        ("Analysts expect revenue to rise 5% to 7%.", "5% to 7%"),
        ("Prices rose $1 to $3 in each store.", "$1 to $3"),
    ],
)
def test_a_range_after_a_change_stays_a_range_where_it_may_be_one(
    tmp_path: Path, sentence: str, range_: str
) -> None:
    data, _ = drafted(tmp_path, sentence)
    assert range_ in values_of(data)


# --- no sum of a quote's "one broker", a bound and a share of the total --------------------


def test_a_share_of_the_total_is_no_total_of_the_figures_before_it(tmp_path: Path) -> None:
    """"More than a third of total supply" was drafted as the sum of "one broker" and
    "below 181" from the paragraph before: an error on a correct story."""
    data, result = drafted(
        tmp_path,
        "\"That's a big number to take off,\" said one broker in Chicago. \"Nobody had a "
        "yield below 181.\"\n\nExports were left unchanged at 2.450 billion bushels, while "
        "corn used for ethanol was put at 5.5 billion bushels, more than a third of total "
        "supply.",
    )
    assert checks_of(data, "sum") == []
    assert {Verdict.MISMATCH, Verdict.ERROR}.isdisjoint({c.verdict for c in result.checks})


@pytest.mark.parametrize(("total", "verdict"), [("200", "consistent"), ("220", "mismatch")])
def test_a_total_of_counts_is_still_drafted(tmp_path: Path, total: str, verdict: str) -> None:
    data, result = drafted(
        tmp_path,
        f"The firm hired 120 engineers in March and 80 in April, {total} engineers in total.",
    )
    assert len(checks_of(data, "sum")) == 1
    assert [v.value for v in verdicts_of(result, "sum")] == [verdict]


# --- a market share after "up from" is no size of the change -------------------------------


def test_a_market_share_after_a_change_is_not_its_size(tmp_path: Path) -> None:
    """"58.9 million phones, up from 53.5 million a year earlier, for a market share of
    19.5%" drafted `by: 19.5%`: a false mismatch (the rise is 10.1%)."""
    data, result = drafted(
        tmp_path,
        "Samsung shipped 58.9 million phones, up from 53.5 million a year earlier, for a "
        "market share of 19.5%.",
    )
    assert checks_of(data, "change") == []
    assert len(checks_of(data, "expect")) == 1  # the direction: it rose
    assert Verdict.MISMATCH not in {c.verdict for c in result.checks}


@pytest.mark.parametrize(("rise", "verdict"), [("10%", "consistent"), ("19.5%", "mismatch")])
def test_a_rise_after_a_change_is_still_its_size(tmp_path: Path, rise: str, verdict: str) -> None:
    data, result = drafted(
        tmp_path,
        f"Samsung shipped 58.9 million phones, up from 53.5 million a year earlier, a rise of "
        f"{rise}.",
    )
    assert len(checks_of(data, "change")) == 1
    assert [v.value for v in verdicts_of(result, "change")] == [verdict]


# --- a season named by two years is no figure -----------------------------------------------


def test_a_marketing_year_is_no_value(tmp_path: Path) -> None:
    """"The 2024/25 marketing year" was drafted as the value 2024/25, read as 2024 ÷ 25."""
    data, result = drafted(
        tmp_path,
        "U.S. corn ending stocks for the 2024/25 marketing year were forecast at 1.540 "
        "billion bushels. In the 2023/2024 season, output was 15.3 billion bushels.",
    )
    values = values_of(data)
    assert {"1.540 billion bushels", "15.3 billion bushels"} <= set(values)
    assert not any(v.startswith("2024/25") or v.startswith("2023/2024") for v in values)
    assert Verdict.MISMATCH not in {c.verdict for c in result.checks}


# --- a product's model or version is no figure ---------------------------------------------


def test_a_products_model_number_is_no_value(tmp_path: Path) -> None:
    """"Windows 10 support ends" was drafted `10 support ends`, "iPhone 17 Pro starts" `17
    Pro starts`, "Wi-Fi 7 routers" `7 routers`: names, no figures of the story."""
    data, _ = drafted(
        tmp_path,
        "Microsoft said Windows 10 support ends on October 14, 2025. The iPhone 17 Pro starts "
        "at $1,099. Wi-Fi 7 routers cost $300. Thunderbolt 5 doubles speeds. Meta released "
        "Llama 3.1. The new iPhone 16e sold well.",
    )
    values = values_of(data)
    assert {"$1,099", "$300"} <= set(values)
    names = {"10 support ends", "17 Pro starts", "7 routers", "5 doubles speeds", "3.1", "16e"}
    assert not names & set(values)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("In Texas 40 people died.", "40 people"),
        ("YouTube's 2 billion users watch daily.", "2 billion users"),
        ("Pixel sales rose 20%.", "20%"),
        ("Windows 11 runs on 500 million PCs.", "500 million PCs"),
        ("Apple shipped 46.4 million iPhones.", "46.4 million iPhones"),
    ],
)
def test_a_figure_near_a_product_name_is_still_drafted(
    tmp_path: Path, sentence: str, value: str
) -> None:
    data, _ = drafted(tmp_path, sentence)
    assert value in values_of(data)
