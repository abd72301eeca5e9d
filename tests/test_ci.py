"""The CI examples (docs/ci/) and the pre-commit hook only use what the CLI really has."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

from checks.cli import _parser
from checks.reporters import load_reporters

ROOT = Path(__file__).resolve().parent.parent
GITHUB = ROOT / "docs" / "ci" / "github-actions.yml"
GITLAB = ROOT / "docs" / "ci" / "gitlab-ci.yml"
HOOKS = ROOT / ".pre-commit-hooks.yaml"
OPERATORS = {"||", "&&", ";", "|", "&", ">", ">>", "<", "(", ")"}


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def commands(script: str) -> list[list[str]]:
    """The ``claim-checks …`` commands of a shell script, as argument lists."""
    found: list[list[str]] = []
    for line in script.splitlines():
        lexer = shlex.shlex(line, posix=True, punctuation_chars=True)
        lexer.whitespace_split = True
        lexer.commenters = "#"
        current: list[str] = []
        for token in [*lexer, ";"]:
            if token in OPERATORS:
                if current[:1] == ["claim-checks"]:
                    found.append(current)
                current = []
            else:
                current.append(token)
    return found


def parse(command: list[str]) -> Any:
    """Parse with the CLI's own argparse parser: an unknown option or format fails the test."""
    parser = _parser(sorted(load_reporters()))
    try:
        return parser.parse_args(command[1:])
    except SystemExit:  # argparse has printed why
        pytest.fail(f"`{shlex.join(command)}` is not a valid claim-checks command")


def github_steps() -> list[dict[str, Any]]:
    workflow = load(GITHUB)
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def github_commands() -> list[list[str]]:
    return [c for step in github_steps() for c in commands(str(step.get("run", "")))]


def gitlab_job() -> dict[str, Any]:
    job: dict[str, Any] = load(GITLAB)["claim-checks"]
    return job


def gitlab_commands() -> list[list[str]]:
    job = gitlab_job()
    lines = [*job.get("before_script", []), *job["script"]]
    return [c for line in lines for c in commands(str(line))]


@pytest.mark.parametrize("name", ["github", "gitlab"])
def test_commands_use_real_formats_and_options(name: str) -> None:
    found = github_commands() if name == "github" else gitlab_commands()
    assert found, f"no claim-checks command in the {name} example"
    formats = set(load_reporters())
    for command in found:
        arguments = parse(command)
        assert arguments.command == "run"
        assert arguments.format in formats


def test_github_example_uploads_sarif_and_junit_and_fails_on_the_exit_code() -> None:
    by_format = {parse(c).format: parse(c) for c in github_commands()}
    assert {"github", "sarif", "junit"} <= set(by_format)
    assert by_format["github"].output is None  # annotations go to stdout
    steps = github_steps()
    uses = {str(step.get("uses", "")).split("@")[0]: step for step in steps}
    sarif = uses["github/codeql-action/upload-sarif"]
    assert sarif["with"]["sarif_file"] == by_format["sarif"].output
    artifact = uses["actions/upload-artifact"]
    assert artifact["with"]["path"] == by_format["junit"].output
    for step in (sarif, artifact):
        assert step["if"] == "always()"
    check = next(s for s in steps if "--format github" in str(s.get("run", "")))
    assert "set +e" in check["run"] and "GITHUB_OUTPUT" in check["run"]
    last = steps[-1]
    assert last["if"] == "always()"
    assert f"steps.{check['id']}.outputs.status" in last["run"] and "exit" in last["run"]
    assert load(GITHUB)["permissions"]["security-events"] == "write"


def test_gitlab_example_reports_codequality_and_junit() -> None:
    job = gitlab_job()
    found = gitlab_commands()
    by_format = {parse(c).format: parse(c) for c in found}
    reports = job["artifacts"]["reports"]
    assert reports["codequality"] == by_format["gitlab"].output
    assert reports["junit"] == by_format["junit"].output
    assert job["artifacts"]["when"] == "always"
    *reports_lines, last = job["script"]
    assert all(line.endswith("|| true") for line in reports_lines)
    assert not last.endswith("|| true"), "the last call's exit code must decide the job"


def test_pre_commit_hook_checks_the_folder_when_anything_under_it_changes() -> None:
    (hook,) = load(HOOKS)
    assert hook["id"] == "claim-checks" and hook["language"] == "python"
    assert hook["pass_filenames"] is False  # a source text or rates file changes results too
    arguments = parse(shlex.split(hook["entry"]))
    assert arguments.command == "run" and arguments.paths == ["claims/"]
    files = re.compile(hook["files"])
    for changed in ("claims/iran_pakistan.yaml", "claims/sub/x.yml", "claims/texts/story.txt",
                    "claims/pkr.rates.yaml"):
        assert files.search(changed), changed
    assert not files.search("tests/examples/sum/x.yaml") and not files.search("docs/claims.md")
