"""The hostile corpus: broken and malicious input never crashes, hangs, lies or leaks.

Every case under ``tests/hostile/`` (a file, or a folder of files) is copied into a fresh
claims folder beside ``tests/hostile/neighbour.yaml``, a valid file; some cases are made at
test time instead (symlinks, enormous files, absolute paths). The CLI then runs over the
folder in every output format, and each case must give:

- no traceback, and exit 2 for an input error, else 1 for a failing verdict, else 0;
- every input error located as ``path:line:col:`` on the lines the case's ``# expect``
  directives name (the convention of ``tests/examples``), and the listed verdicts;
- the neighbour still judged with its own verdicts;
- valid JSON with ``--format json`` (and for the other JSON and XML formats);
- no file written or changed in the claims tree, no code run, no outside file shown;
- an answer within a hang guard (the goal is two seconds; speed itself is for benchmarks).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
import xml.dom.minidom
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from expectations import Expectation, parse_directives

from checks.cli import main
from checks.loading import MAX_BYTES, MAX_LINE
from checks.reporters import load_reporters

HOSTILE = Path(__file__).resolve().parent / "hostile"
NEIGHBOUR = HOSTILE / "neighbour.yaml"
TODAY = "2026-11-29"
SECRET = "SECRET-7f3a9c-must-never-be-shown"
"""The content of ``secret.txt``, put beside (outside) the claims folder of every case."""
HANG_GUARD = 10.0
"""Seconds one run may take before the case counts as hanging (the goal is under 2 s)."""
FORBIDDEN = ("Traceback", "PWNED", "internal error", "<class ", "<built-in")
"""Never in any output: a crash, code that ran, or a Python object formatted into a report."""

LOCATED = re.compile(r"^(?P<path>.+\.ya?ml):(?P<line>\d+):(?P<column>\d+): ", re.MULTILINE)


def read_expectation(raw: bytes) -> Expectation:
    """The ``# expect`` directives of a file's leading comments (any bytes may follow)."""
    return parse_directives(raw.decode("utf-8", errors="replace"))


UNDIRECTED = {"empty.yaml": Expectation(error_lines=[1], error_messages=[(1, "empty")])}
"""Files that cannot carry directives (a zero-byte file)."""


# ------------------------------------------------------------------ cases made at test time


def _claim_file(checks: str, claims: str = "  a: {value: 300 km}\n  b: {value: 300 km}\n") -> str:
    return f"source:\n  published: 2018-09-05\nclaims:\n{claims}checks:\n{checks}"


def _symlink(link: Path, target: Path | str) -> None:
    try:
        link.symlink_to(target)
    except (OSError, NotImplementedError) as exc:  # pragma: no cover - no symlinks here
        pytest.skip(f"cannot create symlinks: {exc}")


def make_symlink_loop(claims: Path) -> None:
    """A folder that links to itself and to its parent: walked once, no hang."""
    folder = claims / "loop"
    folder.mkdir()
    (folder / "looped.yaml").write_text(
        "# expect looped-same: consistent\n"
        + _claim_file("  - id: looped-same\n    same: [a, b]\n"),
        encoding="utf-8",
    )
    _symlink(folder / "self", ".")
    _symlink(folder / "parent", "..")


def make_enormous_line(claims: Path) -> None:
    """A quote longer than MAX_LINE on line 5: refused with the line and the limit."""
    quote = "word " * (MAX_LINE // 5 + 100)
    (claims / "enormous_line.yaml").write_text(
        "# expect error at line 6\n"
        "# message of error at line 6 contains: characters\n"
        "source:\n  published: 2018-09-05\nclaims:\n"
        f"  a: {{value: 3 km, quote: {quote}}}\n",
        encoding="utf-8",
    )


def make_enormous_file(claims: Path) -> None:
    """A file over MAX_BYTES made of ordinary lines: refused at once, with the limit."""
    header = (
        "# expect error at line 1\n# message of error at line 1 contains: limited to\n"
        "source:\n  published: 2018-09-05\nclaims:\n"
    )
    body = "".join(f"  c{n}: {{value: {n} km}}\n" for n in range(MAX_BYTES // 20))
    (claims / "enormous_file.yaml").write_text(header + body, encoding="utf-8")
    assert (claims / "enormous_file.yaml").stat().st_size > MAX_BYTES


def make_deep_expressions(claims: Path) -> None:
    """Expressions nested thousands deep (and just past each limit): an error each."""
    checks = {
        "parentheses-3000": "(" * 3000 + "a" + ")" * 3000 + " == b",
        "parentheses-65": "(" * 65 + "a" + ")" * 65 + " == b",
        "unary-1500": "-" * 1500 + "a == b",
        "sum-of-300": " + ".join(["a"] * 300) + " == b",
    }
    directives = "".join(f"# expect {name}: error\n" for name in checks)
    directives += "# expect shallow: consistent\n"
    body = "".join(f"  - id: {name}\n    expect: {text}\n" for name, text in checks.items())
    body += "  - id: shallow\n    expect: " + "(" * 20 + "a" + ")" * 20 + " == b\n"
    (claims / "deep_expressions.yaml").write_text(
        directives + _claim_file(body), encoding="utf-8"
    )


def _outside_text(name: str, reference: str) -> str:
    return (
        "# expect source-text: error\n# expect fine: consistent\n"
        "source:\n  published: 2018-09-05\n"
        f"  text: {json.dumps(reference)}\n"
        "claims:\n  a: {value: 3 km, quote: the secret is 3 km}\n  b: {value: 3 km}\n"
        "checks:\n  - id: fine\n    same: [a, b]\n"
    )


def make_source_text_absolute(claims: Path) -> None:
    """``source.text`` as an absolute path to a file outside the tree."""
    secret = claims.parent / "secret.txt"
    (claims / "absolute.yaml").write_text(_outside_text("absolute", str(secret)), "utf-8")


def make_source_text_symlink(claims: Path) -> None:
    """``source.text`` names a file inside the tree that is a symlink to one outside it."""
    _symlink(claims / "article.txt", claims.parent / "secret.txt")
    (claims / "symlinked.yaml").write_text(_outside_text("symlinked", "article.txt"), "utf-8")


def make_source_text_folder(claims: Path) -> None:
    """``source.text`` names a folder (with a text suffix), not a file."""
    (claims / "folder.txt").mkdir()
    (claims / "folder_text.yaml").write_text(
        "# expect source-text: error\n"
        "source:\n  published: 2018-09-05\n  text: folder.txt\n"
        "claims:\n  a: {value: 3 km, quote: 3 km}\n",
        encoding="utf-8",
    )


GENERATED: dict[str, Callable[[Path], None]] = {
    "symlink_loop": make_symlink_loop,
    "enormous_line": make_enormous_line,
    "enormous_file": make_enormous_file,
    "deep_expressions": make_deep_expressions,
    "source_text_absolute": make_source_text_absolute,
    "source_text_symlink": make_source_text_symlink,
    "source_text_folder": make_source_text_folder,
}


def committed_cases() -> list[str]:
    hidden = [p for p in HOSTILE.iterdir() if p.name.startswith(".")]  # a local cache folder
    return sorted(p.name for p in HOSTILE.iterdir() if p != NEIGHBOUR and p not in hidden)


def copy_case(name: str) -> Callable[[Path], None]:
    def setup(claims: Path) -> None:
        source = HOSTILE / name
        if source.is_dir():
            shutil.copytree(source, claims, dirs_exist_ok=True)
        else:
            shutil.copyfile(source, claims / name)

    return setup


# ------------------------------------------------------------------ running one case


def snapshot(root: Path) -> dict[str, str]:
    """Every entry under ``root`` (symlinks not followed) with a digest of what it holds."""
    entries: dict[str, str] = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder) / name
            key = path.relative_to(root).as_posix()
            if path.is_symlink():
                entries[key] = "link:" + os.readlink(path)
            elif path.is_dir():
                entries[key] = "dir"
            else:
                entries[key] = hashlib.sha256(path.read_bytes()).hexdigest()
    return entries


def expectations(claims: Path) -> dict[str, Expectation]:
    """The expectation of every claim file in the tree, by resolved path."""
    found: dict[str, Expectation] = {}
    for folder, _, files in os.walk(claims):  # symlinked folders are not followed
        for name in files:
            path = Path(folder) / name
            if name.endswith((".yaml", ".yml")) and not path.is_symlink():
                expected = UNDIRECTED.get(name) or read_expectation(path.read_bytes())
                found[str(path.resolve())] = expected
    return found


def expected_exit(expected: dict[str, Expectation]) -> int:
    if any(e.error_lines for e in expected.values()):
        return 2
    verdicts = [v for e in expected.values() for v in e.verdicts.values()]
    return 1 if any(v in {"mismatch", "error"} for v in verdicts) else 0


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float


def run_cli(arguments: list[str], capfd: pytest.CaptureFixture[str]) -> Run:
    """``claim-checks`` in this process, with output captured at the file descriptors."""
    start = time.monotonic()
    code = main(arguments)
    seconds = time.monotonic() - start
    captured = capfd.readouterr()
    return Run(code, captured.out, captured.err, seconds)


def check_case(setup: Callable[[Path], None], tmp_path: Path,
               capfd: pytest.CaptureFixture[str]) -> None:
    claims = tmp_path / "claims"
    claims.mkdir()
    (tmp_path / "secret.txt").write_text(f"{SECRET}: the secret is 3 km\n", encoding="utf-8")
    shutil.copyfile(NEIGHBOUR, claims / NEIGHBOUR.name)
    setup(claims)
    expected = expectations(claims)
    before = snapshot(claims)
    base = ["run", str(claims), "--today", TODAY]

    result = run_cli([*base, "--format", "json"], capfd)
    assert result.seconds < HANG_GUARD, (
        f"the run took {result.seconds:.1f} s (goal: under 2 s; hang guard {HANG_GUARD} s)"
    )
    for text in FORBIDDEN + (SECRET,):
        assert text not in result.out + result.err, text
    assert result.code == expected_exit(expected), result.out
    report = json.loads(result.out)
    judged = {str(Path(f["path"]).resolve()): f for f in report["files"]}
    assert sorted(judged) == sorted(expected), "each claim file judged exactly once"
    for path, expectation in expected.items():
        entry = judged[path]
        lines = sorted(e["line"] for e in entry["errors"])
        assert lines == sorted(expectation.error_lines), (path, entry["errors"])
        for error in entry["errors"]:
            assert error["line"] >= 1 and error["column"] >= 1, error
        verdicts = {c["id"]: c["verdict"] for c in entry["checks"]}
        listed = {k: verdicts.get(k) for k in expectation.verdicts}
        assert listed == expectation.verdicts, (path, entry["checks"])
        for line, fragment in expectation.error_messages:
            messages = [e["message"] for e in entry["errors"] if e["line"] == line]
            assert any(fragment in m for m in messages), (fragment, messages)
        for check_id, fragment in expectation.check_messages:
            messages = [c["message"] for c in entry["checks"] if c["id"] == check_id]
            assert any(fragment in m for m in messages), (fragment, messages)

    text = run_cli(base, capfd)
    assert text.code == result.code
    located = {(str(Path(m["path"]).resolve()), int(m["line"]))
               for m in LOCATED.finditer(text.out)}
    for path, expectation in expected.items():
        for line in expectation.error_lines:
            assert (path, line) in located, f"no `path:{line}:col:` for {path} in\n{text.out}"

    for name in sorted(load_reporters()):
        if name in {"json", "text"}:
            continue
        other = run_cli([*base, "--format", name], capfd)
        for forbidden in FORBIDDEN + (SECRET,):
            assert forbidden not in other.out + other.err, (name, forbidden)
        assert other.code == result.code, name
        if name in {"sarif", "gitlab", "claimreview"}:
            json.loads(other.out)
        if name == "junit":
            xml.dom.minidom.parseString(other.out)

    assert snapshot(claims) == before, "the run wrote into the claims tree"


@pytest.fixture(autouse=True)
def _in_tmp_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


@pytest.mark.parametrize("name", committed_cases())
def test_committed_case(name: str, tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    check_case(copy_case(name), tmp_path, capfd)


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_generated_case(name: str, tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    check_case(GENERATED[name], tmp_path, capfd)


def test_corpus_covers_the_issue() -> None:
    """The cases issue 7 lists, by file or generator name."""
    wanted = {
        "invalid_yaml.yaml", "tab_indentation.yaml", "not_utf8.yaml", "binary.yaml",
        "empty.yaml", "folder_named_yaml", "symlink_loop", "duplicate_keys.yaml",
        "comma_trap.yaml", "alias_bomb.yaml", "enormous_line", "enormous_file",
        "deep_expressions", "code_injection.yaml", "format_strings.yaml",
        "division_by_zero.yaml", "nan_infinity.yaml", "unicode_digits.yaml",
        "unknown_ids.yaml", "incompatible_units.yaml", "source_text_outside",
        "missing_source_text.yaml", "yaml11_traps.yaml", "numeric_claim_ids.yaml",
        "check_fields_of_wrong_type.yaml", "empty_values.yaml",
    }  # fmt: skip
    assert wanted <= set(committed_cases()) | set(GENERATED)


def test_whole_corpus_in_one_subprocess() -> None:
    """All committed cases at once, as a user runs it: one exit 2, every file reported."""
    result = subprocess.run(
        [sys.executable, "-m", "checks", "run", str(HOSTILE), "--format", "json",
         "--today", TODAY],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    assert result.returncode == 2
    report = json.loads(result.stdout)
    paths = {Path(f["path"]).name for f in report["files"]}
    files = {p.name for p in HOSTILE.rglob("*.yaml") if p.is_file()}
    assert paths == files
    (neighbour,) = [f for f in report["files"] if Path(f["path"]) == NEIGHBOUR]
    assert {c["id"]: c["verdict"] for c in neighbour["checks"]} == read_expectation(
        NEIGHBOUR.read_bytes()
    ).verdicts


# ------------------------------------------------------------------ nothing lost


def _writing_commands(tmp_path: Path) -> dict[str, list[str]]:
    """Each command that writes a file, as arguments before ``--output FILE``."""
    report = tmp_path / "input-report.json"
    if not report.exists():
        main(["run", str(NEIGHBOUR), "--format", "json", "--output", str(report), "--no-cache"])
    article = Path(__file__).resolve().parent / "extract_corpus" / "british.txt"
    return {
        "run": ["run", str(NEIGHBOUR), "--format", "json", "--no-cache"],
        "merge": ["merge", str(report)],
        "extract": ["extract", str(article), "--published", "2024-01-01"],
    }


WRITING_COMMANDS = ("run", "merge", "extract")


@pytest.mark.parametrize("command", WRITING_COMMANDS)
def test_output_refuses_to_overwrite_without_force(
    command: str, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    arguments = _writing_commands(tmp_path)[command]
    capfd.readouterr()
    target = tmp_path / "out" / "result.txt"
    target.parent.mkdir()
    target.write_text("the user's own file\n", encoding="utf-8")
    result = run_cli([*arguments, "--output", str(target)], capfd)
    assert result.code == 2
    assert "--force" in result.err and "Traceback" not in result.err
    assert target.read_text(encoding="utf-8") == "the user's own file\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["result.txt"], "temporary left"

    forced = run_cli([*arguments, "--output", str(target), "--force"], capfd)
    assert forced.code in (0, 1), forced.err
    assert target.read_text(encoding="utf-8") != "the user's own file\n"
    assert not forced.out
    assert sorted(p.name for p in target.parent.iterdir()) == ["result.txt"]


@pytest.mark.parametrize("command", WRITING_COMMANDS)
def test_output_is_written_atomically(command: str, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch,
                                      capfd: pytest.CaptureFixture[str]) -> None:
    """A write that fails half-way leaves the old file whole and no temporary behind."""
    arguments = _writing_commands(tmp_path)[command]
    capfd.readouterr()
    target = tmp_path / "out" / "result.txt"
    target.parent.mkdir()
    target.write_text("old result\n", encoding="utf-8")

    def broken_replace(source: object, destination: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    result = run_cli([*arguments, "--output", str(target), "--force"], capfd)
    assert result.code == 2
    assert "disk full" in result.err and "Traceback" not in result.err
    assert target.read_text(encoding="utf-8") == "old result\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["result.txt"]


def test_output_into_a_missing_folder_or_a_folder(tmp_path: Path,
                                                  capfd: pytest.CaptureFixture[str]) -> None:
    nested = tmp_path / "new" / "report.json"
    assert run_cli(["run", str(NEIGHBOUR), "-f", "json", "-o", str(nested)], capfd).code == 0
    assert json.loads(nested.read_text(encoding="utf-8"))
    folder = tmp_path / "a-folder"
    folder.mkdir()
    result = run_cli(["run", str(NEIGHBOUR), "-o", str(folder), "--force"], capfd)
    assert result.code == 2 and "Traceback" not in result.err
    assert folder.is_dir() and not list(folder.iterdir())


@pytest.mark.parametrize("name", sorted(load_reporters()))
def test_run_never_writes_into_the_claims_tree(
    name: str, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    claims = tmp_path / "claims"
    shutil.copytree(Path(__file__).resolve().parent.parent / "claims", claims)
    shutil.copyfile(NEIGHBOUR, claims / NEIGHBOUR.name)
    before = snapshot(claims)
    report = tmp_path / f"report.{name}"
    result = run_cli(["run", str(claims), "--format", name, "--output", str(report),
                      "--today", TODAY], capfd)  # fmt: skip
    assert result.code == 1, result.err
    assert report.is_file() and not result.out
    assert snapshot(claims) == before


def test_every_writing_command_is_covered() -> None:
    """Commands that write files must get a test here; this fails when a new one appears."""
    parser_help = subprocess.run(
        [sys.executable, "-m", "checks", "--help"], capture_output=True, text=True, check=True
    ).stdout
    commands = set(re.findall(r"^    (\w[\w-]*)\s", parser_help, re.MULTILINE))
    known = {"schema", *WRITING_COMMANDS}
    assert commands <= known, (
        f"new commands {sorted(commands - known)}: add their writes to "
        "tests/test_hostile.py (atomic, --force, nothing in the claims tree)"
    )
