"""Quote checks read figures the way sentences state them."""

from pathlib import Path

from checks.engine import Options, run
from checks.results import Verdict


def verdicts(tmp_path: Path, text: str, claims: str) -> dict[str, Verdict]:
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    (tmp_path / "story.yaml").write_text(
        "source: {published: 2024-03-03, text: story.txt}\nclaims:\n" + claims, encoding="utf-8"
    )
    result = run([str(tmp_path)], Options())
    assert result.error_count == 0
    return {c.check_id: c.verdict for _, c in result.all_checks()}


def test_a_bare_number_in_the_quote_states_a_count(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "Of those, 18,200 are in Dadu.",
        '  dadu: {value: "18,200 people", quote: "18,200 are in Dadu"}\n'
        '  wrong: {value: "18,300 people", quote: "18,200 are in Dadu"}\n',
    )
    assert found == {"quote-dadu": Verdict.CONSISTENT, "quote-wrong": Verdict.MISMATCH}


def test_each_end_of_a_from_to_phrase_is_a_figure(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "Admissions rose 40% from 150 to 210 last year.",
        '  before: {value: 150, quote: "from 150 to 210"}\n'
        '  after: {value: 210, quote: "from 150 to 210"}\n'
        '  neither: {value: 220, quote: "from 150 to 210"}\n',
    )
    assert found == {
        "quote-before": Verdict.CONSISTENT,
        "quote-after": Verdict.CONSISTENT,
        "quote-neither": Verdict.MISMATCH,
    }


def test_a_qualifier_in_the_quote_must_be_in_the_record(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "Pakistan has received more than $33 billion in US assistance since 2002.",
        '  aid: {value: more than $33 billion, quote: "more than $33 billion"}\n'
        '  aid_exact: {value: $33 billion, quote: "more than $33 billion"}\n',
    )
    assert found == {"quote-aid": Verdict.CONSISTENT, "quote-aid_exact": Verdict.MISMATCH}
