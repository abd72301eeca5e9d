"""A rate of counted things times a rate per one of them: the things cancel.

"150 trucks a day, each carrying 20 tonnes, to bring in 3,000 tonnes a day" was an error
("incompatible units": the trucks of ``150 trucks per day`` did not cancel the ``per
truck`` of the load, as a plain count of trucks does), advising ``daily_need / 1 truck``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from checks.engine import Options, judge_document
from checks.loading import load_document
from checks.results import CheckResult

OPTIONS = Options(today=dt.date(2026, 11, 29))

CONVOY = {
    "trucks_needed": "150 trucks per day",
    "truck_load": "20 tonnes per truck",
    "lorry_load": "20 tonnes per lorry",
    "daily_need": "3,000 tonnes per day",
    "daily_wrong": "4,000 tonnes per day",
    "trucks": "130 trucks",
    "delivered": "2,600 tonnes",
    "scored": "3 goals per game",
    "bonus": "$1,000 per goal",
    "bonus_per_game": "$3,000 per game",
    "bonus_per_game_wrong": "$4,000 per game",
    "ratio": "2.5 times",
    "per_time": "$1,000 per time",
}


def judge(claims: dict[str, str], check: str) -> CheckResult:
    lines = ["source:", "  title: test", '  published: "2024-05-01"', "claims:"]
    lines += [f"  {name}: {{value: {json.dumps(value)}}}" for name, value in claims.items()]
    lines += ["checks:", f"  - expect: {check}"]
    loaded = load_document("convoy.yaml", ("\n".join(lines) + "\n").encode("utf-8"))
    result = judge_document(loaded, Path("convoy.yaml"), OPTIONS)
    assert not result.errors, [str(problem) for problem in result.errors]
    (only,) = result.checks
    return only


@pytest.mark.parametrize(("check", "verdict"), [
    ("trucks_needed * truck_load == daily_need", "consistent"),
    ("truck_load * trucks_needed == daily_need", "consistent"),
    ("trucks_needed * truck_load == daily_wrong", "mismatch"),
    ("trucks_needed * lorry_load == daily_need", "error"),  # trucks never cancel lorries
    ("trucks * truck_load == delivered", "consistent"),
    ("scored * bonus == bonus_per_game", "consistent"),
    ("scored * bonus == bonus_per_game_wrong", "mismatch"),
    ("trucks_needed * truck_load == delivered", "error"),  # a day's tonnage is no tonnage
])  # fmt: skip
def test_a_rate_of_things_cancels_a_rate_per_thing(check: str, verdict: str) -> None:
    assert judge(CONVOY, check).verdict.value == verdict


def test_no_advice_to_divide_by_one_of_the_things_that_did_not_cancel() -> None:
    """``daily_need / 1 lorry`` was advised: the lorries are what is wrong, not the total."""
    message = judge(CONVOY, "trucks_needed * lorry_load == daily_need").message
    assert "a rate per counted thing is an amount only times a count" in message
    assert "/ 1 lorry" not in message


def test_a_multiplier_is_no_count_of_things() -> None:
    """"2.5 times" counts no "times": it cancels no ``per time``."""
    assert judge(CONVOY, "ratio * per_time == bonus").verdict.value == "error"
