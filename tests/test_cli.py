"""The ``claim-checks`` command: exit codes, the JSON document, ``--output`` and friends."""

from __future__ import annotations

import gc
import json
import os
import shutil
from pathlib import Path

import pytest

from checks import grammar
from checks.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = Path(__file__).resolve().parent / "examples"

GOOD = """\
source:
  title: Iran, Pakistan Bolster Ties Amid Pressure from The U.S.
  published: 2018-09-05
claims:
  aid_cancelled:  {value: $300 million}
  csf_stripped:   {value: $500 million}
  total_withheld: {value: $800 million}
checks:
  - id: withheld-total
    sum: [aid_cancelled, csf_stripped]
    equals: total_withheld
"""

BROKEN = """\
source:
  title: Broken
  published: 2018-09-05
claims:
  iran_segment:
\tvalue: 900 km
"""

KNOWN_UNTIL = """\
source:
  published: 2018-09-05
claims:
  iran_segment:     {value: 900 km}
  pakistan_segment: {value: 700 km}
  pipeline_length:
    value: 2,775 km
checks:
  - id: pipeline-total
    sum: [iran_segment, pakistan_segment]
    equals: pipeline_length
    known: {reason: original route, by: standards desk, until: 2025-01-01}
"""


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main(["run", "--format", "json", *args])
    out = capsys.readouterr().out
    return code, json.loads(out)


@pytest.fixture
def in_root(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(ROOT)
    return ROOT


# --- the seed claims ------------------------------------------------------------------------


def test_seed_claims_fail_on_exactly_the_pipeline_sum(
    in_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, document = run_json(capsys, "claims/")
    assert code == 1
    checks = [c for f in document["files"] for c in f["checks"]]
    assert checks
    flagged = [c for c in checks if c["verdict"] != "consistent"]
    assert len(flagged) == 1, flagged
    (pipeline,) = flagged
    assert pipeline["kind"] == "sum"
    assert pipeline["verdict"] == "mismatch"
    assert pipeline["id"] == "pipeline-segments-total"
    assert "1,600" in pipeline["message"]
    assert "2,775" in pipeline["message"]
    assert all(not f["errors"] for f in document["files"])


def test_a_run_leaves_the_process_as_it_found_it(
    in_root: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``main`` may be called by another program: its settings end with the run."""
    monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS", raising=False)
    thresholds = gc.get_threshold()
    seen: list[tuple[tuple[int, int, int], bool]] = []

    def spy(argv: object) -> int:
        seen.append((gc.get_threshold(), grammar.LARK_MAY_IMPORT_REGEX))
        return 0

    monkeypatch.setattr("checks.cli._main", spy)
    assert main(["run", "claims/"]) == 0
    assert seen[0][0][0] >= 20_000  # the collector ran less often during the run
    assert seen[0][1] is True  # lark keeps regex for the caller (only `console` drops it)
    assert gc.get_threshold() == thresholds
    assert "PYDANTIC_DISABLE_PLUGINS" not in os.environ


_REGEX_PROBE = """
import sys, checks.cli
code = checks.cli.console(sys.argv[1:])
import lark.utils
print(code, 'regex' in sys.modules, lark.utils._has_regex, file=sys.stderr)
"""


@pytest.mark.parametrize("command", ["run", "extract"])
def test_the_command_imports_lark_without_regex(tmp_path: Path, command: str) -> None:
    """lark imports the ``regex`` package when installed; the command spares it.

    A fresh interpreter, since lark decides once per process whether it has ``regex``,
    and an empty table cache, so that the grammar is built without it too; the output
    is the usual one.
    """
    import subprocess
    import sys

    output = tmp_path / "out"
    if command == "run":
        arguments = ["run", str(ROOT / "claims"), "--no-cache", "-f", "json", "-o", str(output)]
    else:
        article = ROOT / "tests" / "extract_corpus" / "british.txt"
        arguments = ["extract", str(article), "-o", str(output)]
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "tables")}
    done = subprocess.run(
        [sys.executable, "-c", _REGEX_PROBE, *arguments],
        capture_output=True, text=True, check=False, timeout=120, env=environment,
    )  # fmt: skip
    code, regex_imported, lark_has_regex = done.stderr.split()[-3:]
    assert (regex_imported, lark_has_regex) == ("False", "False"), done.stderr
    assert list((tmp_path / "tables" / "claim-checks").glob("grammar-*"))  # built here
    if command == "run":
        assert list((tmp_path / "tables" / "claim-checks" / "pint").glob("*.pickle"))
        assert code == "1"
        report = json.loads(output.read_text(encoding="utf-8"))
        checks = [c for f in report["files"] for c in f["checks"]]
        flagged = [c["id"] for c in checks if c["verdict"] != "consistent"]
        assert flagged == ["pipeline-segments-total"]
    else:
        assert code == "0" and "claims:" in output.read_text(encoding="utf-8")


def test_seed_claims_text_output(in_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["run", "claims/"])
    out = capsys.readouterr().out
    assert code == 1
    assert "pipeline-segments-total" in out
    assert "1,175" in out


def test_default_path_is_claims(in_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, document = run_json(capsys)
    assert code == 1
    assert [Path(f["path"]).name for f in document["files"]] == ["iran_pakistan.yaml"]


def test_the_mismatch_line_points_at_the_check(
    in_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, document = run_json(capsys, "claims/")
    (pipeline,) = [c for f in document["files"] for c in f["checks"]
                   if c["id"] == "pipeline-segments-total"]
    lines = (ROOT / "claims" / "iran_pakistan.yaml").read_text(encoding="utf-8").splitlines()
    assert lines[pipeline["line"] - 1].strip() == "- id: pipeline-segments-total"


# --- the JSON document ----------------------------------------------------------------------


def test_json_document_has_the_format_keys(
    in_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, document = run_json(capsys, "claims/")
    assert document["version"] == 1
    assert {"version", "files", "summary"} <= set(document)
    assert document["summary"] == {"mismatch": 1, "consistent": 10}
    for file in document["files"]:
        assert {"path", "checks", "errors"} <= set(file)
        assert isinstance(file["errors"], list)
        for check in file["checks"]:
            assert {"id", "kind", "verdict", "line", "message"} <= set(check)
            assert isinstance(check["line"], int) and check["line"] >= 1
            assert check["verdict"] in {"consistent", "rounding", "mismatch", "known", "fixed",
                                        "error"}


def test_json_errors_have_line_column_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    code, document = run_json(capsys, str(tmp_path))
    assert code == 2
    (file,) = document["files"]
    (error,) = file["errors"]
    assert {"line", "column", "message"} <= set(error)
    assert error["line"] == 6


def test_json_is_identical_across_runs(in_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["run", "--format", "json", "claims/", str(EXAMPLES)])
    first = capsys.readouterr().out
    main(["run", "--format", "json", "claims/", str(EXAMPLES)])
    second = capsys.readouterr().out
    assert first == second
    json.loads(first)


# --- one broken file does not stop the others -----------------------------------------------


def test_broken_file_exits_2_and_good_file_is_still_judged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a_broken.yaml").write_text(BROKEN, encoding="utf-8")
    (tmp_path / "b_good.yaml").write_text(GOOD, encoding="utf-8")
    code, document = run_json(capsys, str(tmp_path))
    assert code == 2
    files = {Path(f["path"]).name: f for f in document["files"]}
    assert set(files) == {"a_broken.yaml", "b_good.yaml"}
    assert files["a_broken.yaml"]["errors"]
    assert files["a_broken.yaml"]["checks"] == []
    assert files["b_good.yaml"]["errors"] == []
    assert [(c["id"], c["verdict"]) for c in files["b_good.yaml"]["checks"]] == [
        ("withheld-total", "consistent")
    ]


def test_broken_file_is_reported_with_path_line_col(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a_broken.yaml").write_text(BROKEN, encoding="utf-8")
    (tmp_path / "b_good.yaml").write_text(GOOD, encoding="utf-8")
    code = main(["run", str(tmp_path)])
    captured = capsys.readouterr()
    assert code == 2
    assert "a_broken.yaml:6:" in captured.out + captured.err


def test_missing_path_is_an_input_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["run", str(tmp_path / "no-such-folder")])
    capsys.readouterr()
    assert code == 2


@pytest.mark.parametrize("output_format", ["text", "json"])
def test_a_cache_folder_that_cannot_be_made_warns_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], output_format: str
) -> None:
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "good.yaml").write_text(GOOD, encoding="utf-8")
    in_the_way = tmp_path / "a-file"
    in_the_way.write_text("not a folder\n", encoding="utf-8")
    code = main(
        ["run", str(tmp_path / "claims"), "-f", output_format, "--cache-dir", str(in_the_way)]
    )
    captured = capsys.readouterr()
    assert code == 0  # the check holds: a cache problem is not a failed check
    assert "1 consistent" in captured.out or '"consistent": 1' in captured.out
    assert captured.err == (
        f"claim-checks: warning: cannot keep the results cache in {in_the_way}: it is a file,"
        " not a folder; running without it (use --cache-dir DIR to move it, or --no-cache)\n"
    )
    assert in_the_way.read_text(encoding="utf-8") == "not a folder\n"


def test_good_folder_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    code, document = run_json(capsys, str(tmp_path))
    assert code == 0
    assert document["summary"] == {"consistent": 1}


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    capsys.readouterr()


def test_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["run", "--format", "no-such-format", "claims/"])
    assert exit_info.value.code == 2
    capsys.readouterr()


# --- --output and --force -------------------------------------------------------------------


def test_output_writes_the_report(
    in_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.json"
    code = main(["run", "--format", "json", "--output", str(target), "claims/"])
    assert code == 1
    assert capsys.readouterr().out == ""
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["summary"] == {"mismatch": 1, "consistent": 10}


@pytest.mark.parametrize("output_format", ["text", "json"])
def test_output_dash_is_standard_output_not_a_file_named_dash(
    in_root: Path, capsys: pytest.CaptureFixture[str], output_format: str
) -> None:
    code = main(["run", "--format", output_format, "--output", "-", "claims/"])
    assert code == 1
    assert "pipeline-segments-total" in capsys.readouterr().out
    assert not (in_root / "-").exists()


def test_output_refuses_to_overwrite_without_force(
    in_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.json"
    target.write_text("keep me\n", encoding="utf-8")
    code = main(["run", "--format", "json", "--output", str(target), "claims/"])
    capsys.readouterr()
    assert code == 2
    assert target.read_text(encoding="utf-8") == "keep me\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temporary left behind


@pytest.mark.parametrize("output_format", ["text", "json"])
def test_output_under_a_file_is_a_usage_error_in_plain_words(
    in_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], output_format: str
) -> None:
    in_the_way = tmp_path / "reports"
    in_the_way.write_text("keep me\n", encoding="utf-8")
    target = in_the_way / "report.txt"
    code = main(["run", "-f", output_format, "--output", str(target), "claims/"])
    assert code == 2
    assert capsys.readouterr().err == (
        f"claim-checks: cannot write {target}: {in_the_way} is a file, not a folder\n"
    )
    assert in_the_way.read_text(encoding="utf-8") == "keep me\n"


def test_output_overwrites_with_force(
    in_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.json"
    target.write_text("old\n", encoding="utf-8")
    code = main(["run", "--format", "json", "--output", str(target), "--force", "claims/"])
    capsys.readouterr()
    assert code == 1
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == 1


# --- --strict and --today -------------------------------------------------------------------


def test_strict_fails_on_rounding(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(EXAMPLES / "verdicts" / "rounding.yaml", tmp_path / "rounding.yaml")
    assert main(["run", str(tmp_path)]) == 0
    assert main(["run", "--strict", str(tmp_path)]) == 1
    capsys.readouterr()


def test_strict_fails_on_fixed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(EXAMPLES / "verdicts" / "fixed.yaml", tmp_path / "fixed.yaml")
    assert main(["run", str(tmp_path)]) == 0
    assert main(["run", "--strict", str(tmp_path)]) == 1
    capsys.readouterr()


def test_today_decides_whether_known_has_expired(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "known.yaml").write_text(KNOWN_UNTIL, encoding="utf-8")
    code, document = run_json(capsys, "--today", "2024-06-01", str(tmp_path))
    assert code == 0
    assert [c["verdict"] for c in document["files"][0]["checks"]] == ["known"]
    code, document = run_json(capsys, "--today", "2025-02-01", str(tmp_path))
    assert code == 1
    assert [c["verdict"] for c in document["files"][0]["checks"]] == ["mismatch"]


def test_bad_today_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["run", "--today", "tomorrow", "claims/"])
    assert exit_info.value.code == 2
    capsys.readouterr()


def test_reports_get_ordinary_permissions_and_a_folder_is_refused(
    in_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os
    import stat

    old = os.umask(0o022)
    try:
        report = tmp_path / "report.json"
        assert main(["run", "claims", "-f", "json", "-o", str(report)]) == 1
        assert stat.S_IMODE(report.stat().st_mode) == 0o644
        assert main(["run", "claims", "-o", str(tmp_path), "--force"]) == 2
        assert "is a folder" in capsys.readouterr().err
    finally:
        os.umask(old)


@pytest.mark.parametrize("report", ["json", "html"])
def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path, report: str) -> None:
    import subprocess
    import sys

    folder = tmp_path / "claims"
    folder.mkdir()
    story = (ROOT / "claims" / "iran_pakistan.yaml").read_text(encoding="utf-8")
    for index in range(60):  # enough output to fill a pipe
        (folder / f"story{index:02}.yaml").write_text(story, encoding="utf-8")
    command = [sys.executable, "-m", "checks", "run", str(folder), "-f", report, "--no-cache"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # like `| head -1`
    error = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=120) == 1
    assert "Traceback" not in error and "BrokenPipe" not in error


@pytest.mark.parametrize("report", ["sarif", "github", "text"])
def test_a_non_utf8_pipe_gets_utf8_not_a_traceback(tmp_path: Path, report: str) -> None:
    """A Windows runner's pipe defaults to cp1252, which has no "−" (rule texts) or "₹"."""
    import subprocess
    import sys

    claims = tmp_path / "rupees.yaml"
    claims.write_text(
        "source: {title: Budget, published: 2024-05-01}\n"
        "settings: {currencies: {₹: INR}}\n"
        "claims:\n  a: {value: ₹300 crore}\n  b: {value: ₹500 crore}\n"
        "  total: {value: ₹900 crore}\n"
        "checks:\n  - {id: adds-up, sum: [a, b], equals: total}\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "checks", "run", str(claims), "--no-cache", "-f", report],
        capture_output=True, check=False, timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "cp1252"},
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert b"Traceback" not in done.stderr
    assert "₹900" in done.stdout.decode("utf-8") or report == "sarif"


def _ids_and_verdicts(folder: Path, text: str) -> list[tuple[str, str, str]]:
    """Each check of a claim file written to ``folder``: its id, verdict and message."""
    from checks.engine import Options, run

    claims = folder / "aid.yaml"
    claims.write_text(text, encoding="utf-8")
    result = run([str(claims)], Options())
    return [(c.check_id, c.verdict.value, c.message) for _, c in result.all_checks()]


_AID = (
    "source: {title: Aid withheld, published: 2018-09-05}\n"
    "claims:\n  x: {value: $300 million}\n  y: {value: $500 million}\n"
    "  t: {value: $800 million}\n"
    "checks:\n"
)


def test_a_check_id_that_is_invalid_or_repeated_is_an_error(tmp_path: Path) -> None:
    """Ids name checks in JUnit, SARIF fingerprints and annotations: a bad one was silently
    replaced by a derived id, a repeated one silently became `total-2`."""
    checks = _ids_and_verdicts(
        tmp_path,
        _AID
        + "  - {id: Gesamt-länge, sum: [x, y], equals: t}\n"
        "  - {id: total, sum: [x, y], equals: t}\n"
        "  - {id: total, sum: [x, y], equals: t}\n",
    )
    assert [(i, v) for i, v, _ in checks] == [
        ("sum-x-y-t", "error"), ("total", "consistent"), ("total-2", "error")
    ]
    assert "may hold only ASCII letters" in checks[0][2]
    assert "is used by another check of this file" in checks[2][2]


def test_a_written_id_keeps_its_name_beside_a_derived_one(tmp_path: Path) -> None:
    """An unnamed check never takes an id another check writes, wherever they stand."""
    checks = _ids_and_verdicts(
        tmp_path,
        _AID
        + "  - {sum: [x, y], equals: t}\n"
        "  - {id: sum-x-y-t, sum: [x, y], equals: t}\n"
        '  - {id: "ok\\n", sum: [x, y], equals: t}\n',
    )
    assert [(i, v) for i, v, _ in checks] == [
        ("sum-x-y-t-2", "consistent"), ("sum-x-y-t", "consistent"), ("sum-x-y-t-3", "error")
    ]


def test_a_written_id_may_not_be_the_name_of_an_automatic_check(tmp_path: Path) -> None:
    """`quote-x` names the quote check of claim x: two results of one name confused CI."""
    (tmp_path / "s.txt").write_text("They cut $300 million.", encoding="utf-8")
    checks = _ids_and_verdicts(
        tmp_path,
        "source: {title: Aid, published: 2018-09-05, text: s.txt}\n"
        'claims:\n  x: {value: $300 million, quote: "cut $300 million"}\n'
        "  y: {value: $300 million}\n"
        "checks:\n  - {id: quote-x, same: [x, y]}\n",
    )
    assert [(i, v) for i, v, _ in checks] == [("quote-x-check", "error"), ("quote-x", "consistent")]
