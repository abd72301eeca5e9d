"""The pytest plugin: ``pytest claims/`` runs every check of every claim file as a test.

One test item per check (node id ``claims/file.yaml::<check id>``), so ``-k`` selects
checks by id. A ``known`` mismatch is an expected failure (strict xfail); a ``fixed``
one is an unexpected pass, which fails the run under ``--claim-strict``. An invalid
file is one collection error with ``path:line:col``. Registered through the
``pytest11`` entry point, so it is active wherever claim-checks is installed.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from checks.results import CheckResult, Verdict

DEFAULT_PATTERNS = ("claims/*.yaml", "claims/*.yml", "claims/**/*.yaml", "claims/**/*.yml")


def pytest_addoption(parser: pytest.Parser) -> None:
    """Options: which files are claim files, strictness, the date for ``known.until``."""
    group = parser.getgroup("claim-checks")
    group.addoption(
        "--claim-strict",
        action="store_true",
        help="claim-checks: fail on `rounding` and `fixed` verdicts too",
    )
    group.addoption(
        "--claim-today",
        metavar="YYYY-MM-DD",
        default=None,
        help="claim-checks: the date `known.until` is compared with",
    )
    parser.addini(
        "claim_files",
        type="linelist",
        default=list(DEFAULT_PATTERNS),
        help="claim-checks: glob patterns (relative to rootdir) of claim files to collect",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Refuse a malformed ``--claim-today`` before collection, as a usage error."""
    text = config.getoption("--claim-today", default=None)
    if text:
        try:
            dt.date.fromisoformat(text)
        except ValueError:
            raise pytest.UsageError(
                f"--claim-today must be an ISO date such as 2026-12-31, not {text!r}"
            ) from None


def _candidates(config: pytest.Config, path: Path) -> list[str]:
    """The names a pattern is matched against: relative to rootdir and to the invocation dir.

    Each is also tried with the folder's own name in front, so ``claims/*.yaml`` still
    matches when pytest chose ``claims/`` itself as rootdir (``pytest claims/`` in a
    repository without a pytest configuration file).
    """
    resolved = path.resolve()
    names = [path.name]
    for base in (Path(config.rootpath), Path(config.invocation_params.dir)):
        base = base.resolve()
        try:
            relative = resolved.relative_to(base)
        except ValueError:
            continue
        names += [relative.as_posix(), (Path(base.name) / relative).as_posix()]
    return names


def _is_claim_file(config: pytest.Config, path: Path) -> bool:
    if path.suffix not in {".yaml", ".yml"}:
        return False
    patterns: list[str] = config.getini("claim_files")
    names = _candidates(config, path)
    if not any(
        fnmatch.fnmatchcase(name, pattern)
        for pattern in patterns
        for name in (names if "/" in pattern else names[:1])
    ):
        return False
    from checks.discovery import RATES_SUFFIXES

    return not path.name.endswith(RATES_SUFFIXES)  # exchange-rate files sit beside claims


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    """Collect a YAML file when it matches the ``claim_files`` patterns."""
    if _is_claim_file(parent.config, file_path):
        collector: pytest.Collector = ClaimFileCollector.from_parent(parent, path=file_path)
        return collector
    return None


class ClaimFileError(Exception):
    """An invalid claim file, reported as one collection error."""


class ClaimCheckFailure(Exception):
    """A check whose verdict fails."""


class ClaimFileCollector(pytest.File):
    """A claim file: judged once, one item per check."""

    def collect(self) -> Iterator[pytest.Item]:
        """Judge the file and yield its checks in file order."""
        from checks.engine import check_file
        from checks.options import Options

        config = self.config
        today_text = config.getoption("--claim-today")
        today = dt.date.fromisoformat(today_text) if today_text else None
        strict = bool(config.getoption("--claim-strict"))
        shown = Path(os.path.relpath(self.path)) if self.path.is_absolute() else self.path
        result = check_file(shown, Options(strict=strict, today=today), Path(config.rootpath))
        if result.errors:
            raise ClaimFileError("\n".join(str(p) for p in result.errors))
        for check in result.checks:
            yield ClaimCheckItem.from_parent(self, name=check.check_id, check=check, strict=strict)

    def repr_failure(  # type: ignore[override]
        self, excinfo: pytest.ExceptionInfo[BaseException]
    ) -> str:
        """Show the located errors, not a traceback."""
        if isinstance(excinfo.value, ClaimFileError):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))


class ClaimCheckItem(pytest.Item):
    """One check of a claim file."""

    def __init__(self, *, check: CheckResult, strict: bool, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.check = check
        self.strict = strict
        if check.verdict is Verdict.KNOWN:
            reason = check.known.reason if check.known else "known mismatch"
            self.add_marker(pytest.mark.xfail(reason=f"known: {reason}", strict=True))
        elif check.verdict is Verdict.FIXED:
            reason = (
                f"{check.location}: fixed [{check.kind}] {check.check_id}: "
                f"{check.message or 'the known mismatch now holds'}; remove `known:`"
            )
            self.add_marker(pytest.mark.xfail(reason=reason, strict=strict))
        self.extra_keyword_matches.add(check.kind)

    def runtest(self) -> None:
        """Fail when the verdict fails.

        A ``known`` mismatch fails as its (strict) xfail expects. A ``fixed`` check passes,
        so its xfail marker makes it an XPASS, which fails the run under ``--claim-strict``.
        """
        verdict = self.check.verdict
        if verdict is Verdict.FIXED:
            return
        if verdict is Verdict.KNOWN or verdict.fails(self.strict):
            raise ClaimCheckFailure(self.check)

    def repr_failure(  # type: ignore[override]
        self, excinfo: pytest.ExceptionInfo[BaseException]
    ) -> str:
        """The verdict, the arithmetic and the YAML lines of the check."""
        if not isinstance(excinfo.value, ClaimCheckFailure):
            return str(super().repr_failure(excinfo))
        check = self.check
        lines = [f"{check.location}: {check.verdict.value} [{check.kind}] {check.check_id}"]
        if check.message:
            lines.append(f"    {check.message}")
        if check.diagnosis is not None:
            lines.append(f"    likely slip: {check.diagnosis.message}")
        lines.extend(_yaml_lines(self.path, check.location.line))
        return "\n".join(lines)

    def reportinfo(self) -> tuple[Path, int, str]:
        """Point at the check's line in the claim file."""
        return self.path, self.check.location.line - 1, f"{self.check.kind}: {self.check.check_id}"


def _yaml_lines(path: Path, line: int, count: int = 12) -> list[str]:
    """The check's YAML: its first line and those indented deeper than its ``-``."""
    try:
        text = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    start = line - 1
    if not 0 <= start < len(text):
        return []
    first = text[start]
    item = len(first) - len(first.lstrip(" "))
    if not first.lstrip(" ").startswith("-"):
        item -= 1  # a key line inside the item: its dash is further left
    block = [first]
    for following in text[start + 1 : start + count]:
        stripped = following.lstrip(" ")
        if not stripped or len(following) - len(stripped) <= item:
            break
        block.append(following)
    return ["", *(f"  {line + i:>4} | {t}" for i, t in enumerate(block))]
