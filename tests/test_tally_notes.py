"""Notes beside sums and changes of bounds: present only when the written numbers disagree.

"At least 30 + at least 20 = at least 70" stays `consistent` (the shared format's reading
of bounds) but says that the tallies as written do not add up; tallies that do add up,
rounded ones included, tallies rounded the way their bound allows ("more than 1,000" for
734 + 412, "more than doubled" for +112%), and bounds beside plain figures carry no
message at all.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checks.cli import main
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
        ("sum/lower_bound_tallies.yaml", "tally-total-too-small"),
        ("sum/lower_bound_tallies.yaml", "tally-rounded-down-1000"),
        ("sum/lower_bound_tallies.yaml", "tally-rounded-down-45"),
        ("sum/lower_bound_tallies.yaml", "upper-tally-rounded-up"),
        ("sum/lower_bound_tallies.yaml", "upper-bounds-rounded-up"),
        ("change/lower_bound_tallies.yaml", "tally-rise-more-than"),
        ("change/lower_bound_tallies.yaml", "tally-more-than-doubled"),
        ("change/lower_bound_tallies.yaml", "tally-rise-up-to"),
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
        ("sum/lower_bound_tallies.yaml", "tally-rounded-down-1000-wrong"),
        ("sum/lower_bound_tallies.yaml", "upper-tally-rounded-up-wrong"),
        ("change/lower_bound_tallies.yaml", "tally-rise-more-than-wrong"),
        ("change/lower_bound_tallies.yaml", "tally-more-than-doubled-wrong"),
        ("change/lower_bound_tallies.yaml", "tally-rise-up-to-wrong"),
    ],
)
def test_tallies_that_disagree_stay_consistent_with_a_note(example: str, check_id: str) -> None:
    verdict, message = messages(EXAMPLES / example)[check_id]
    assert verdict == "consistent"
    assert message.startswith("it holds as bounds, which are open-ended")


def test_a_future_yearless_date_in_a_forward_span_gets_no_year_hint() -> None:
    path = EXAMPLES / "span/a_yearless_date_that_took_the_publication_year.yaml"
    verdict, message = messages(path)["countdown-to-a-future-date"]
    assert verdict == "mismatch"
    assert "took its year" not in message
    assert "took its year, 2024" in messages(path)["end-took-the-year"][1]


def _report(capsys: pytest.CaptureFixture[str], form: str) -> str:
    path = EXAMPLES / "sum/lower_bound_tallies.yaml"
    assert main(["run", "--no-cache", "--format", form, str(path)]) in (0, 1)
    return capsys.readouterr().out


def test_every_report_shows_a_tally_note_a_reader_must_see(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The note is a caution: the terminal shows the check without `-v`, JSON marks it,
    GitHub makes it a notice, the review lists it among what needs attention; consistent
    checks without one stay out of sight."""
    text = _report(capsys, "text")
    assert "consistent [sum] tally-does-not-add-up" in text
    assert "of them with a caution, shown above" in text.splitlines()[-1]
    assert "tally-adds-up" not in text
    data = json.loads(_report(capsys, "json"))
    cautions = {c["id"] for f in data["files"] for c in f["checks"] if c.get("caution")}
    assert "tally-does-not-add-up" in cautions
    assert "tally-adds-up" not in cautions
    github = _report(capsys, "github")
    assert "::notice " in github
    assert "tally-does-not-add-up::consistent: it holds as bounds" in github
    attention = _report(capsys, "review-md").split("## What needs attention", 1)[1]
    assert "`tally-does-not-add-up`" in attention.split("\n## ", 1)[0]
    assert "`tally-adds-up`" not in attention.split("\n## ", 1)[0]


def test_a_run_whose_only_finding_is_a_caution_passes_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exit 0 (also with --strict); the summary lines count the caution."""
    story = tmp_path / "toll.yaml"
    story.write_text(
        "source: {published: 2024-03-15}\n"
        "claims:\n"
        "  north: {value: at least 30 people}\n"
        "  south: {value: at least 20 people}\n"
        "  all: {value: at least 70 people}\n"
        "checks:\n"
        "  - id: toll\n"
        "    sum: [north, south]\n"
        "    equals: all\n",
        encoding="utf-8",
    )
    assert main(["run", "--no-cache", "--strict", str(story)]) == 0
    assert "(1 of them with a caution, shown above)" in capsys.readouterr().out
    assert main(["run", "--no-cache", "--format", "markdown", str(story)]) == 0
    assert "1 check in 1 file, 1 needs attention" in capsys.readouterr().out.splitlines()[0]
