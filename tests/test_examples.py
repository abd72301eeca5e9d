"""Example claim files, one case each, judged by the engine.

Every file under ``tests/examples/<kind>/`` states what must come out of it in its leading
comment block, one directive a line:

``# expect <check-id>: <verdict>``
    the check with that id gets that verdict; its location is the line of its ``- id: <check-id>``
``# expect error at line <N>``
    the file has an input error (``path:line:col: message``) on line N
``# message of <check-id> contains: <text>`` / ``# message of error at line <N> contains: <text>``
    the explanation mentions a key number or id (never asserted word for word)

The listed checks are all the checks of the file, the listed error lines all its input errors,
and the exit code follows from them: 2 with an input error, else 1 with a ``mismatch`` or
``error``, else 0. Files that show a bug of the harness are listed in :data:`BUGS` and run as
strict xfails: the expectation stays the correct one.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from expectations import Expectation, parse_directives

from checks.engine import Options, run
from checks.results import FileResult

EXAMPLES = Path(__file__).resolve().parent / "examples"
FOLDERS = ("sum", "same", "order", "change", "share", "expect", "span", "money", "calendar",
           "quote", "verdicts", "errors")
RATES = (".rates.yaml", ".rates.yml")


def claim_files() -> list[Path]:
    """Every example claim file (exchange-rate files beside them are not claim files)."""
    return sorted(p for p in EXAMPLES.rglob("*.y*ml") if not p.name.endswith(RATES))
TODAY = dt.date(2026, 11, 29)
OPTIONS = Options(today=TODAY)

BUGS: dict[str, str] = {
}

def read_expectation(path: Path) -> Expectation:
    expectation = parse_directives(path.read_text(encoding="utf-8"))
    assert expectation.verdicts or expectation.error_lines, f"{path} states no expectation"
    return expectation


def check_line(path: Path, check_id: str) -> int:
    """The line of ``- id: <check_id>``: where the check's list item starts."""
    pattern = re.compile(rf"^\s*-\s+id:\s*{re.escape(check_id)}\s*$")
    lines = path.read_text(encoding="utf-8").splitlines()
    found = [number for number, text in enumerate(lines, start=1) if pattern.match(text)]
    assert len(found) == 1, f"{path}: write the check as `- id: {check_id}` on its own line"
    return found[0]


def judge(path: Path) -> tuple[FileResult, int]:
    result = run([str(path)], OPTIONS)
    assert len(result.files) == 1
    return result.files[0], result.exit_code()


def _relative(path: Path) -> str:
    return path.relative_to(EXAMPLES).as_posix()


def _example_params() -> list[object]:
    params: list[object] = []
    for path in claim_files():
        name = _relative(path)
        marks = [pytest.mark.xfail(reason=BUGS[name], strict=True)] if name in BUGS else []
        params.append(pytest.param(path, id=name, marks=marks))
    return params


@pytest.mark.parametrize("path", _example_params())
def test_example(path: Path) -> None:
    expected = read_expectation(path)
    result, exit_code = judge(path)

    assert sorted(p.location.line for p in result.errors) == sorted(expected.error_lines), [
        str(p) for p in result.errors
    ]
    verdicts = {c.check_id: c.verdict.value for c in result.checks}
    assert verdicts == expected.verdicts, [(c.check_id, c.verdict.value, c.message)
                                           for c in result.checks]
    for check in result.checks:
        if check.kind == "weekday":  # added for a dated weekday: located at the claim's date
            assert "date:" in path.read_text(encoding="utf-8").splitlines()[
                check.location.line - 1
            ], check.check_id
            continue
        if check.kind == "quote":  # one for each quoted claim: located at its quote
            assert "quote:" in path.read_text(encoding="utf-8").splitlines()[
                check.location.line - 1
            ], check.check_id
            continue
        assert check.location.line == check_line(path, check.check_id), check.check_id
        if check.verdict.value != "consistent":
            assert check.message, f"{check.check_id}: a {check.verdict.value} needs an explanation"
    messages = {c.check_id: c.message for c in result.checks}
    for check_id, text in expected.check_messages:
        assert text in messages[check_id], messages[check_id]
    for line, text in expected.error_messages:
        texts = [p.message for p in result.errors if p.location.line == line]
        assert any(text in t for t in texts), texts
    assert exit_code == expected.exit_code


def test_every_folder_has_examples() -> None:
    for folder in FOLDERS:
        assert sorted((EXAMPLES / folder).glob("*.yaml")), f"tests/examples/{folder}/ is empty"


def test_every_bug_names_an_existing_example() -> None:
    for name in BUGS:
        assert (EXAMPLES / name).is_file(), name


@pytest.mark.parametrize("verdict", ["consistent", "rounding", "mismatch", "known", "fixed",
                                     "error"])
def test_every_verdict_is_shown_by_an_example(verdict: str) -> None:
    shown = {
        v
        for path in claim_files()
        if _relative(path) not in BUGS
        for v in read_expectation(path).verdicts.values()
    }
    assert verdict in shown


def test_two_kind_keys_is_an_error_on_the_checks_line() -> None:
    """The verdict part of ``errors/two_kind_keys.yaml``, which holds despite the id bug."""
    path = EXAMPLES / "errors" / "two_kind_keys.yaml"
    result, exit_code = judge(path)
    assert not result.errors
    (check,) = result.checks
    assert check.verdict.value == "error"
    assert check.location.line == check_line(path, "segments-two-kinds")
    assert exit_code == 1


def test_expired_known_counts_again_only_after_until() -> None:
    """``until`` is the last day: the same file is ``known`` up to it and ``mismatch`` after."""
    path = EXAMPLES / "verdicts" / "known_until_past.yaml"
    before = run([str(path)], Options(today=dt.date(2025, 1, 1)))
    after = run([str(path)], Options(today=dt.date(2025, 1, 2)))
    assert [c.verdict.value for c in before.files[0].checks] == ["known"]
    assert before.exit_code() == 0
    assert [c.verdict.value for c in after.files[0].checks] == ["mismatch"]
    assert after.exit_code() == 1


def test_strict_fails_on_rounding_and_fixed() -> None:
    for name in ("verdicts/rounding.yaml", "verdicts/fixed.yaml"):
        path = str(EXAMPLES / name)
        assert run([path], Options(today=TODAY)).exit_code() == 0, name
        assert run([path], Options(strict=True, today=TODAY)).exit_code() == 1, name


def test_known_does_not_fail_ci() -> None:
    result = run([str(EXAMPLES / "verdicts" / "known.yaml")], OPTIONS)
    assert result.exit_code() == 0
    assert run([str(EXAMPLES / "verdicts" / "known.yaml")],
               Options(strict=True, today=TODAY)).exit_code() == 0


def test_whole_examples_folder_in_one_run() -> None:
    """One run over every example: each file is judged on its own, none stops another."""
    result = run([str(EXAMPLES)], OPTIONS)
    paths = {Path(f.path).resolve() for f in result.files}
    assert paths == {p.resolve() for p in claim_files()}
    assert result.exit_code() == 2


def test_a_kind_that_breaks_while_explaining_gives_an_error_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from checks.kinds import sum as sum_kind

    def broken(*_: object) -> str:
        raise RuntimeError("explaining went wrong")

    monkeypatch.setattr(sum_kind, "_explain", broken)
    (tmp_path / "pipeline.yaml").write_text(
        "source: {title: Pipeline, published: 2018-09-05}\n"
        "claims:\n  a: {value: 900 km}\n  b: {value: 700 km}\n  t: {value: '2,775 km'}\n"
        "checks:\n  - {id: total, sum: [a, b], equals: t}\n",
        encoding="utf-8",
    )
    (check,) = run([str(tmp_path)], Options(details=False)).files[0].checks
    assert check.verdict.value == "error"
    assert "internal error in check kind 'sum'" in check.message


def test_a_sum_of_exact_counts_is_explained_without_repeating_itself() -> None:
    """Ranges are shown only when rounding makes them ranges.

    ``61 + 8 = 69, but the total is stated as 70`` says it all for exact counts; the
    clause about round figures would repeat 69 and 70. The pipeline's kilometres are
    rounded, so its explanation still shows the ranges the verdict rests on.
    """
    counts, _ = judge(EXAMPLES / "sum" / "passengers_and_crew_mismatch.yaml")
    (check,) = counts.checks
    assert check.verdict.value == "mismatch"
    assert "= 69 people, but the total is stated as 70 people" in check.message, check.message
    assert "add up to" not in check.message, check.message
    rounded, _ = judge(EXAMPLES / "sum" / "pipeline_segments_mismatch.yaml")
    (pipeline,) = [c for c in rounded.checks if c.verdict.value == "mismatch"]
    assert "the parts add up to 1,590–1,610 km" in pipeline.message, pipeline.message
