"""Notes beside sums and changes of bounds: present only when the written numbers disagree.

"At least 30 + at least 20 = at least 70" stays `consistent` (the shared format's reading
of bounds) but says that the tallies as written do not add up; tallies that do add up,
rounded ones included, and bounds beside plain figures carry no message at all.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checks.engine import judge_document
from checks.loading import load_document
from tests.test_kind_fixes import OPTIONS

EXAMPLES = Path(__file__).parent / "examples"


def messages(path: Path) -> dict[str, tuple[str, str]]:
    loaded = load_document(path.name, path.read_bytes())
    result = judge_document(loaded, path, OPTIONS)
    return {check.check_id: (check.verdict.value, check.message) for check in result.checks}


@pytest.mark.parametrize(
    ("example", "check_id"),
    [
        ("sum/lower_bound_tallies.yaml", "tally-adds-up"),
        ("sum/lower_bound_tallies.yaml", "more-than-tallies-add-up"),
        ("sum/lower_bound_tallies.yaml", "mixed-strictness-adds-up"),
        ("sum/lower_bound_tallies.yaml", "rounded-total-adds-up"),
        ("sum/lower_bound_tallies.yaml", "exact-total-with-bound-parts"),
        ("sum/lower_bound_tallies.yaml", "upper-bounds-add-up"),
        ("sum/lower_bound_tallies.yaml", "including-fits"),
        ("change/lower_bound_tallies.yaml", "tally-rise-right"),
        ("change/lower_bound_tallies.yaml", "tally-percent-right"),
        ("change/lower_bound_tallies.yaml", "tally-rise-by-a-bound"),
        ("change/lower_bound_tallies.yaml", "tally-rounded-rise"),
        ("change/lower_bound_tallies.yaml", "mixed-from-a-plain-figure"),
    ],
)
def test_tallies_that_agree_carry_no_note(example: str, check_id: str) -> None:
    assert messages(EXAMPLES / example)[check_id] == ("consistent", "")


@pytest.mark.parametrize(
    ("example", "check_id"),
    [
        ("sum/lower_bound_tallies.yaml", "tally-does-not-add-up"),
        ("sum/lower_bound_tallies.yaml", "upper-bounds-do-not-add-up"),
        ("change/lower_bound_tallies.yaml", "tally-rise-wrong"),
        ("change/lower_bound_tallies.yaml", "tally-percent-wrong"),
    ],
)
def test_tallies_that_disagree_stay_consistent_with_a_note(example: str, check_id: str) -> None:
    verdict, message = messages(EXAMPLES / example)[check_id]
    assert verdict == "consistent"
    assert message.startswith("it holds as bounds, which are open-ended")
