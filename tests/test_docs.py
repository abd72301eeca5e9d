"""Every check kind's docs page shows a passing and a failing record, and they do what they say.

Like sqlfluff's rule docs test: the examples a user copies are run through the engine.
"""

import re
from pathlib import Path

import pytest

from checks.engine import Options, judge_document
from checks.kinds import load_kinds
from checks.loading import load_document
from checks.results import Verdict

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "kinds"
HEADINGS = ("## What it checks", "## Why it matters", "## Passing example", "## Failing example")


def _section_yaml(text: str, heading: str) -> str:
    start = text.index(heading)
    following = text.find("\n## ", start + len(heading))
    section = text[start : following if following != -1 else len(text)]
    match = re.search(r"```yaml\n(.*?)```", section, re.S)
    assert match, f"no ```yaml block under {heading}"
    return match.group(1)


def _verdicts(yaml_text: str, tmp_path: Path) -> list[Verdict]:
    path = tmp_path / "example.yaml"
    path.write_text(yaml_text, encoding="utf-8")
    document = load_document(path.as_posix(), yaml_text.encode())
    result = judge_document(document, path, Options(), tmp_path)
    assert not result.errors, result.errors
    return [c.verdict for c in result.checks if c.kind != "quote"]


@pytest.mark.parametrize("kind", sorted(load_kinds()))
def test_every_kind_has_a_page_with_the_ruff_headings(kind: str) -> None:
    text = (DOCS / f"{kind}.md").read_text(encoding="utf-8")
    for heading in HEADINGS:
        assert heading in text, f"docs/kinds/{kind}.md lacks {heading!r}"


@pytest.mark.parametrize("kind", sorted(load_kinds()))
def test_the_passing_example_passes(kind: str, tmp_path: Path) -> None:
    text = (DOCS / f"{kind}.md").read_text(encoding="utf-8")
    verdicts = _verdicts(_section_yaml(text, "## Passing example"), tmp_path)
    assert verdicts and all(v is Verdict.CONSISTENT for v in verdicts), verdicts


@pytest.mark.parametrize("kind", sorted(load_kinds()))
def test_the_failing_example_fails(kind: str, tmp_path: Path) -> None:
    text = (DOCS / f"{kind}.md").read_text(encoding="utf-8")
    verdicts = _verdicts(_section_yaml(text, "## Failing example"), tmp_path)
    assert Verdict.MISMATCH in verdicts, verdicts


@pytest.mark.parametrize("kind", sorted(load_kinds()))
def test_the_failing_example_shows_its_real_explanation(kind: str, tmp_path: Path) -> None:
    """The explanation printed under the failing example is the one a run gives, verbatim."""
    text = (DOCS / f"{kind}.md").read_text(encoding="utf-8")
    start = text.index("## Failing example")
    following = text.find("\n## ", start + 1)
    section = text[start : following if following != -1 else len(text)]
    shown = [m.group(2) for m in re.finditer(r"```(\w*)\n(.*?)```", section, re.S)
             if m.group(1) != "yaml"]
    assert shown, f"docs/kinds/{kind}.md shows no explanation under its failing example"
    yaml_text = _section_yaml(text, "## Failing example")
    path = tmp_path / "example.yaml"
    path.write_text(yaml_text, encoding="utf-8")
    result = judge_document(load_document(path.as_posix(), yaml_text.encode()), path,
                            Options(), tmp_path)
    messages = [c.message for c in result.checks if c.verdict is Verdict.MISMATCH]
    assert shown[0].strip() == messages[0]


def test_the_packaged_kind_help_is_the_docs_what_it_checks() -> None:
    """SARIF rules carry each kind's "What it checks"; an installed copy has no docs/.

    After editing a page, regenerate checks/reporters/kind_help.json from the pages'
    "## What it checks" sections (this test prints the expected table).
    """
    import json
    import re

    expected = {}
    for page in sorted(DOCS.glob("*.md")):
        text = page.read_text(encoding="utf-8")
        found = re.search(r"^## What it checks\s*\n(.*?)(?=^## |\Z)", text, re.M | re.S)
        if found and found.group(1).strip():
            expected[page.stem] = found.group(1).strip()
    packaged = ROOT / "checks" / "reporters" / "kind_help.json"
    assert json.loads(packaged.read_text(encoding="utf-8")) == expected, json.dumps(
        expected, indent=1, ensure_ascii=False, sort_keys=True
    )
