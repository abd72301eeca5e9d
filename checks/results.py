"""Results as data: what the engine concludes, in frozen objects reporters only render."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from enum import StrEnum

import msgspec

from checks.loading import Location, Problem


class Verdict(StrEnum):
    """The judgement of one check (FORMAT.md, "Verdicts")."""

    CONSISTENT = "consistent"
    ROUNDING = "rounding"
    MISMATCH = "mismatch"
    KNOWN = "known"
    FIXED = "fixed"
    ERROR = "error"

    def fails(self, strict: bool) -> bool:
        """Whether this verdict fails a CI run (``rounding`` and ``fixed`` only when strict)."""
        if self in (Verdict.MISMATCH, Verdict.ERROR):
            return True
        return strict and self in (Verdict.ROUNDING, Verdict.FIXED)


VERDICT_ORDER = (
    Verdict.MISMATCH, Verdict.ERROR, Verdict.ROUNDING, Verdict.FIXED, Verdict.KNOWN,
    Verdict.CONSISTENT,
)  # fmt: skip
"""Most urgent first: the order reports list results in."""


class Acknowledgement(msgspec.Struct, frozen=True):
    """A ``known:`` entry as written: the reviewed reason, reviewer and expiry."""

    reason: str
    by: str | None = None
    until: str | None = None
    expired: bool = False


class Operand(msgspec.Struct, frozen=True, gc=False):
    """One claim a check used, as a report shows it.

    ``strict`` and ``lenient`` are its intervals written for people (``899.5–900.5 km``).
    """

    claim_id: str
    text: str
    quote: str | None = None
    strict: str = ""
    lenient: str = ""


class ChartBar(msgspec.Struct, frozen=True):
    """One figure of a chart, in the chart's unit: its written value and its intervals.

    Bounds may be infinite (``more than $33 billion``); reporters clip them.
    """

    claim_id: str
    text: str
    value: float
    low: float
    high: float
    lenient_low: float
    lenient_high: float


class Chart(msgspec.Struct, frozen=True):
    """What a check's picture shows, as numbers on one scale (``unit``).

    ``kind`` is ``sum`` (``bars`` are the parts, ``total`` the stated total or, with
    ``at_most``, the whole) or ``same`` (``bars`` are every figure converted to one unit).
    """

    kind: str
    unit: str
    bars: tuple[ChartBar, ...]
    total: ChartBar | None = None
    at_most: bool = False
    prefix: str = ""
    """What the figures write before a number (``$``); ``unit`` is then what follows it."""


class Diagnosis(msgspec.Struct, frozen=True):
    """The slip that explains a mismatch (``cause`` is the slip's registered name)."""

    cause: str
    message: str


class CheckResult(msgspec.Struct, frozen=True, gc=False):
    """The verdict on one check, where it was written, and why.

    Like every result it holds only immutable values, so it can never be part of a
    reference cycle; the two made most often (this and :class:`Operand`) are not
    tracked by the cyclic garbage collector (``gc=False``).
    """

    check_id: str
    kind: str
    verdict: Verdict
    location: Location
    message: str = ""
    note: str | None = None
    known: Acknowledgement | None = None
    operands: tuple[Operand, ...] = ()
    diagnosis: Diagnosis | None = None
    chart: Chart | None = None
    caution: bool = False
    """A ``consistent`` check whose message asks to be read (tallies that hold as bounds
    but whose written numbers do not add up): reports show it as they show failures."""


class ClaimSummary(msgspec.Struct, frozen=True):
    """A claim as reports list it."""

    claim_id: str
    text: str
    location: Location
    quote: str | None = None
    note: str | None = None
    said_by: str | None = None
    spans: tuple[tuple[int, int], ...] = ()
    """Where the quote is in :attr:`FileResult.text`: ``(start, end)`` character offsets."""


class SourceSummary(msgspec.Struct, frozen=True):
    """The source document's metadata as reports show it."""

    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None


class FileResult(msgspec.Struct, frozen=True):
    """Everything concluded about one claim file."""

    path: str
    checks: tuple[CheckResult, ...] = ()
    errors: tuple[Problem, ...] = ()
    source: SourceSummary = msgspec.field(default_factory=SourceSummary)
    claims: tuple[ClaimSummary, ...] = ()
    text: str | None = None
    """The source document's text (``source.text``, HTML reduced to the article), if read."""
    text_path: str | None = None
    dependencies: tuple[str, ...] = ()
    """Other files the result was read from (source text, rates file), for the cache."""

    def fails(self, strict: bool) -> bool:
        """Whether this file fails CI: an input error or a failing verdict."""
        return bool(self.errors) or any(c.verdict.fails(strict) for c in self.checks)


class Tally(msgspec.Struct):
    """Verdict counts and the exit code, kept as results stream past (nothing else held)."""

    strict: bool = False
    counts: Counter[Verdict] = msgspec.field(default_factory=Counter)
    errors: int = 0
    failing: bool = False

    def add(self, file: FileResult) -> FileResult:
        """Count one file's results; returns the file, to pass it on."""
        self.errors += len(file.errors)
        for check in file.checks:
            self.counts[check.verdict] += 1
            self.failing = self.failing or check.verdict.fails(self.strict)
        return file

    def add_counts(self, verdicts: Iterable[tuple[str, int]], errors: int) -> None:
        """Count one file from its verdict counts (``("mismatch", 1)``…) and input errors."""
        self.errors += errors
        for name, count in verdicts:
            verdict = Verdict(name)
            self.counts[verdict] += count
            self.failing = self.failing or (count > 0 and verdict.fails(self.strict))

    def summary(self) -> dict[str, int]:
        """Count of each verdict, in :data:`VERDICT_ORDER`, zeros left out."""
        return {v.value: self.counts[v] for v in VERDICT_ORDER if self.counts[v]}

    def exit_code(self) -> int:
        """0 when nothing fails, 1 when a check fails, 2 when any input is invalid."""
        if self.errors:
            return 2
        return 1 if self.failing else 0


class RunResult(msgspec.Struct, frozen=True):
    """A whole run: the files in sorted path order."""

    files: tuple[FileResult, ...]
    strict: bool = False

    def tally(self) -> Tally:
        """The counts of this run."""
        tally = Tally(self.strict)
        for file in self.files:
            tally.add(file)
        return tally

    def summary(self) -> dict[str, int]:
        """Count of each verdict, in :data:`VERDICT_ORDER`, zeros left out."""
        return self.tally().summary()

    @property
    def error_count(self) -> int:
        """Number of input errors (invalid files, unreadable values)."""
        return sum(len(f.errors) for f in self.files)

    def all_checks(self) -> Iterable[tuple[FileResult, CheckResult]]:
        """Every check with its file."""
        for file in self.files:
            for check in file.checks:
                yield file, check

    def exit_code(self) -> int:
        """0 when nothing fails, 1 when a check fails, 2 when any input is invalid."""
        return self.tally().exit_code()
