"""The engine: find claim files, load them, resolve claims, judge every check.

One file's problems never stop another file; one claim's problems never stop the checks
that do not use it. A bug inside a kind becomes an ``error`` result naming the kind,
never a crash and never a mismatch.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from msgspec.structs import replace
from pydantic import ValidationError

from checks.dates import gap_unit, parse_date, stated_units, states_a_gap, to_half_a_unit
from checks.discovery import discover
from checks.display import Display
from checks.figures import (
    QUALIFIERS,
    Context,
    Figure,
    FigureError,
    approx_from_setting,
    counts_things,
    parse_figure,
)
from checks.kinds import CheckError, Kind, Scope, Tolerance, describe_interval, load_kinds
from checks.loading import Document, LoadError, Location, Problem, load_document
from checks.options import Options as Options  # re-exported: the engine's public API
from checks.presentation import chart as _chart
from checks.presentation import operand as _operand
from checks.quote_check import quote_results
from checks.rates import DEFAULT_BAND, Rate, RateBook, RateError, load_rates_file
from checks.records import (
    CHECK_ID,
    COMMON_CHECK_KEYS,
    Claim,
    ClaimFile,
    Known,
    parse_claim_file,
    problems_from_validation,
    suggestion,
)
from checks.results import (
    Acknowledgement,
    CheckResult,
    ClaimSummary,
    FileResult,
    Operand,
    RunResult,
    SourceSummary,
    Verdict,
)
from checks.sources import article_text, quote_spans
from checks.weekdays import weekday_results


def run(paths: Iterable[str], options: Options | None = None) -> RunResult:
    """Check every claim file under ``paths``."""
    options = options or Options()
    files, problems = discover(paths)
    results = [FileResult(p.location.path, errors=(p,)) for p in problems]
    results.extend(check_file(path, options, root) for path, root in files)
    results.sort(key=lambda r: r.path)
    return RunResult(tuple(results), strict=options.strict)


def iter_results(paths: Iterable[str], options: Options | None = None) -> Iterator[FileResult]:
    """Like :func:`run`, one file at a time (for streaming reporters)."""
    options = options or Options()
    files, problems = discover(paths)
    for problem in problems:
        yield FileResult(problem.location.path, errors=(problem,))
    for path, root in files:
        yield check_file(path, options, root)


def check_file(path: Path, options: Options, root: Path | None = None) -> FileResult:
    """Load and judge one claim file; never raises for bad input."""
    name = path.as_posix()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return FileResult(name, errors=(Problem(Location(name, 1, 1), f"cannot read: {exc}"),))
    try:
        document = load_document(name, raw)
    except LoadError as exc:
        return FileResult(name, errors=tuple(exc.problems))
    return judge_document(document, path, options, root or path.parent)


def judge_document(
    document: Document, path: Path, options: Options, root: Path | None = None
) -> FileResult:
    """Judge a loaded document (the part of :func:`check_file` after YAML)."""
    name = path.as_posix()
    model, problems, left_out = parse_claim_file(document)
    problems = list(document.problems) + problems
    if model is None:
        return FileResult(name, errors=tuple(problems))
    context, setting_problems = _context(model, document)
    problems += setting_problems
    published, date_problems = _source_dates(model, document)
    problems += date_problems
    figures, broken, claim_problems = _figures(model, document, context, published)
    problems += claim_problems
    rates, rate_problems = _rate_book(model, document, path, root or path.parent, figures)
    problems += rate_problems
    quotes = {key: claim.quote for key, claim in model.claims.items() if claim.quote}
    scope = Scope(
        figures, {**left_out, **broken}, context, quotes, rates=rates, details=options.details
    )
    checks = _judge_checks(model, document, scope, options)
    checks += quote_results(model, document, path, scope, root)
    checks += weekday_results(model, document, figures)
    text = article_text(model, path, root) if options.details else None
    claims = () if not options.details else tuple(
        ClaimSummary(
            claim_id,
            claim.value or claim.date or (figures[claim_id].text if claim_id in figures else ""),
            document.where(("claims", claim_id), key=True) or Location(name, 1, 1),
            claim.quote,
            claim.note,
            claim.said_by,
            quote_spans(text, claim.quote) if text is not None and claim.quote else (),
        )
        for claim_id, claim in model.claims.items()
    )  # fmt: skip
    source = model.source
    summary = SourceSummary(
        source.title, source.publisher, source.author, source.published, source.url
    )
    return FileResult(
        name, tuple(checks), tuple(sorted(problems, key=lambda p: p.location)), summary, claims,
        text, source.text if text is not None else None, _dependencies(model, path),
    )  # fmt: skip


def _dependencies(model: ClaimFile, path: Path) -> tuple[str, ...]:
    """The other files this claim file's result depends on (whether or not they exist)."""
    named = [model.source.text, model.settings.rates]
    return tuple(sorted((path.parent / n).resolve().as_posix() for n in named if n))


def _context(model: ClaimFile, document: Document) -> tuple[Context, list[Problem]]:
    settings = model.settings
    problems: list[Problem] = []
    approx = 0.10
    if settings.approx is not None:
        try:
            approx = approx_from_setting(settings.approx)
        except FigureError as exc:
            where = document.where(("settings", "approx"))
            assert where is not None
            problems.append(Problem(where, str(exc)))
    fiscal: tuple[int, int] | None = None
    if settings.fiscal_year_start is not None:
        where = document.where(("settings", "fiscal_year_start"))
        assert where is not None
        try:
            start = parse_date(settings.fiscal_year_start, dt.date(2001, 1, 1))
            first = dt.date.fromordinal(int(start.strict.lo))
            fiscal = (first.month, first.day)
        except FigureError:
            problems.append(
                Problem(
                    where,
                    (
                        "fiscal_year_start must be a day of the year such as `July 1` or "
                        f"`April 1`, not {settings.fiscal_year_start!r}"
                    ),
                )
            )
    context = Context.of(settings.currencies, approx, settings.locale, fiscal)
    return context, problems


def _rate_book(
    model: ClaimFile, document: Document, path: Path, root: Path, figures: dict[str, Figure]
) -> tuple[RateBook, list[Problem]]:
    """The exchange rates this file may use: its rates file, then the bundled ECB history."""
    settings = model.settings
    problems: list[Problem] = []
    published_figure = figures.get("source.published")
    published = dt.date.fromordinal(int(published_figure.strict.lo)) if published_figure else None
    band = DEFAULT_BAND
    if settings.fx_tolerance is not None:
        where = document.where(("settings", "fx_tolerance"))
        assert where is not None
        try:
            band = approx_from_setting(settings.fx_tolerance)
        except FigureError as exc:
            problems.append(Problem(where, f"fx_tolerance: {exc}"))
    project: list[Rate] = []
    if settings.rates is not None:
        where = document.where(("settings", "rates"))
        assert where is not None
        target = (path.parent / settings.rates).resolve()
        if not target.is_relative_to(root.resolve()):
            problems.append(
                Problem(
                    where,
                    (
                        f"settings.rates {settings.rates!r} is outside the folder being "
                        "checked; keep the rates file beside the claim files"
                    ),
                )
            )
        else:
            try:
                project = load_rates_file(target)
            except RateError as exc:
                problems.append(Problem(where, str(exc)))
    return RateBook(published, project, band, settings.rates), problems


def _source_dates(model: ClaimFile, document: Document) -> tuple[dict[str, Figure], list[Problem]]:
    dates: dict[str, Figure] = {}
    problems: list[Problem] = []
    for key in ("published", "updated"):
        text = getattr(model.source, key)
        if text is None:
            continue
        where = document.where(("source", key))
        assert where is not None
        try:
            figure = parse_date(text, None)
        except FigureError as exc:
            problems.append(Problem(where, f"source.{key}: {exc}"))
            continue
        if figure.strict.lo != figure.strict.hi:
            problems.append(
                Problem(where, (f"source.{key} must be one day (e.g. 2018-09-05), not {text!r}"))
            )
            continue
        dates[f"source.{key}"] = figure
    return dates, problems


def _figures(
    model: ClaimFile, document: Document, context: Context, source_dates: dict[str, Figure]
) -> tuple[dict[str, Figure], dict[str, str], list[Problem]]:
    figures: dict[str, Figure] = dict(source_dates)
    broken: dict[str, str] = {}
    problems: list[Problem] = []
    published_figure = source_dates.get("source.published")
    published = dt.date.fromordinal(int(published_figure.strict.lo)) if published_figure else None
    from checks.precision import apply_precision
    from checks.quotes import figures_in

    for claim_id, claim in model.claims.items():
        if ("claims", claim_id) in document.poisoned:
            broken[claim_id] = "its value was split by a comma (reported above)"
            continue
        try:
            if claim.value is not None and claim.date is not None:
                raise FigureError("a claim has a `value` or a `date`, not both; split it in two")
            if claim.value is not None:
                figure = parse_figure(claim.value, context)
            elif claim.date is not None:
                figure = parse_date(claim.date, published, context.fiscal_year_start)
            elif claim.quote is not None:
                found = figures_in(claim.quote, context, published)
                if len(found) != 1:
                    listed = ", ".join(repr(f.text) for f in found) or "none"
                    raise FigureError(
                        f"the quote must hold exactly one figure when there is no `value` or "
                        f"`date`, and it holds {len(found)} ({listed}); add `value:` or `date:`"
                    )
                figure = found[0]
            else:
                raise FigureError("a claim needs `value:`, `date:` or a `quote:` with one figure")
            if claim.precision is not None:
                try:
                    figure = apply_precision(figure, claim.precision, context)
                except FigureError as exc:
                    raise _PrecisionError(str(exc)) from None
        except FigureError as exc:
            broken[claim_id] = str(exc)
            problems.append(Problem(_claim_location(document, claim_id, claim, exc), str(exc)))
            continue
        figures[claim_id] = figure
    return figures, broken, problems


class _PrecisionError(FigureError):
    """A claim's ``precision`` that cannot apply (reported at the ``precision`` key)."""


def _claim_location(document: Document, claim_id: str, claim: Claim, exc: Exception) -> Location:
    """Where a claim's figure error is reported: its precision, value, date or quote."""
    if isinstance(exc, _PrecisionError):
        at_precision = document.where(("claims", claim_id, "precision"))
        if at_precision is not None:
            return at_precision
    field = "value" if claim.value is not None else "date" if claim.date is not None else None
    where = document.where(("claims", claim_id, field or "quote")) or document.where(
        ("claims", claim_id)
    )
    assert where is not None
    return where


def _judge_checks(
    model: ClaimFile, document: Document, scope: Scope, options: Options
) -> list[CheckResult]:
    kinds = load_kinds()
    results: list[CheckResult] = []
    used_ids: set[str] = set()
    written = (item.get("id") for item in model.checks if isinstance(item, dict))
    reserved = {i for i in written if isinstance(i, str) and CHECK_ID.fullmatch(i)}
    automatic = {"source-text", *(f"weekday-{claim_id}" for claim_id in model.claims)}
    automatic |= {f"quote-{cid}" for cid, claim in model.claims.items() if claim.quote}
    today = options.today or dt.date.today()
    for index, item in enumerate(model.checks):
        path = ("checks", index)
        location = document.where(path) or Location(document.where(()).path, 1, 1)  # type: ignore[union-attr]
        results.append(
            _judge_one(
                item, index, location, document, scope, kinds, used_ids, reserved, automatic,
                today,
            )
        )
    return results


def _judge_one(
    item: Any,
    index: int,
    location: Location,
    document: Document,
    scope: Scope,
    kinds: dict[str, Kind[Any]],
    used_ids: set[str],
    reserved: set[str],
    automatic: set[str],
    today: dt.date,
) -> CheckResult:
    def error(message: str, kind: str = "unknown", check_id: str | None = None) -> CheckResult:
        return CheckResult(check_id or f"check-{index + 1}", kind, Verdict.ERROR, location, message)

    if not isinstance(item, dict):
        return error(
            "a check is a mapping with one kind key: sum, same, order, change, share or expect"
        )
    kind_keys = [k for k in item if k in kinds]
    if len(kind_keys) != 1:
        unknown = [
            k
            for k in item
            if k not in kinds and k not in COMMON_CHECK_KEYS and k not in ("equals", "at_most")
        ]
        if not kind_keys:
            hint = suggestion(unknown[0], list(kinds)) if unknown else ""
            return error(f"a check needs one kind key ({', '.join(kinds)}){hint}")
        own_id = item.get("id")
        return error(
            f"a check has exactly one kind key, not {', '.join(kind_keys)}: split it in two",
            "unknown",
            own_id if isinstance(own_id, str) and CHECK_ID.fullmatch(own_id) else None,
        )
    kind = kinds[kind_keys[0]]
    parameters_data = {k: v for k, v in item.items() if k not in COMMON_CHECK_KEYS}
    raw_id = item.get("id")
    note = item.get("note")
    for key, given in (("id", raw_id), ("note", note)):
        if given is not None and not isinstance(given, str):  # a list or mapping in YAML
            own_id = raw_id if isinstance(raw_id, str) else None
            return error(f"`{key}` must be text, not a list or mapping", kind.name, own_id)
    try:
        parameters = kind.parameters.model_validate(parameters_data)
    except ValidationError as exc:
        problems = problems_from_validation(
            exc,
            _subdocument(document, ("checks", index)),
            kind.parameters,
            f"this {kind.name} check",
            COMMON_CHECK_KEYS,
        )
        message = "; ".join(p.message for p in problems)
        return error(message, kind.name, raw_id if isinstance(raw_id, str) else None)
    repeated = isinstance(raw_id, str) and raw_id in used_ids
    taken = isinstance(raw_id, str) and raw_id in automatic
    check_id = _check_id(raw_id, kind, parameters, used_ids, reserved | automatic, index)
    if taken:
        return error(
            f"id {raw_id!r} is the name of a check claim-checks adds itself (a claim's"
            " quote or weekday, or the source text): choose another",
            kind.name,
            f"{raw_id}-check",
        )
    if isinstance(raw_id, str) and not CHECK_ID.fullmatch(raw_id):
        return error(
            f"id {raw_id!r} may hold only ASCII letters, digits, `-`, `_` and `.`, starting"
            " with a letter or digit: it names the check in reports and CI (this one is"
            f" reported as {check_id!r} until it is mended)",
            kind.name,
            check_id,
        )
    if repeated:
        return error(
            f"id {raw_id!r} is used by another check of this file: ids name checks in"
            f" reports and CI, so each must be unique (this one is reported as {check_id!r})",
            kind.name,
            check_id,
        )
    operands = _operands(kind, parameters, scope)
    try:
        known = _known(item.get("known"), today)
    except CheckError as exc:
        return CheckResult(
            check_id, kind.name, Verdict.ERROR, location, str(exc), note, operands=operands
        )
    try:
        tolerance = Tolerance.parse(item.get("tolerance"), scope.context)
        strict = kind.judge(parameters, scope, False, tolerance)
        lenient = strict if strict.holds else kind.judge(parameters, scope, True, tolerance)
        failing = strict if lenient.holds else lenient
        explanation = "" if failing.holds else failing.explanation  # written here: may raise
    except CheckError as exc:
        return CheckResult(
            check_id, kind.name, Verdict.ERROR, location, str(exc), note, known, operands
        )
    except Exception as exc:  # noqa: BLE001 - a bug in a kind is that kind's error, not a crash
        return CheckResult(
            check_id,
            kind.name,
            Verdict.ERROR,
            location,
            f"internal error in check kind {kind.name!r}: {type(exc).__name__}: "
            f"{exc}; please report it",
            note,
            known,
            operands,
        )
    caution = False
    if strict.holds:
        verdict = Verdict.CONSISTENT
        message = "; ".join(text for text in (strict.basis, strict.caution) if text)
        caution = bool(strict.caution)
    elif lenient.holds:
        verdict = Verdict.ROUNDING
        message = explanation + _rounding_note(kind, parameters, scope, tolerance)
    else:
        verdict, message = Verdict.MISMATCH, explanation
    if known is not None:
        if verdict is Verdict.CONSISTENT:
            verdict, caution = Verdict.FIXED, False
            message = f"acknowledged as a known mismatch ({known.reason}), but it now holds"
        elif verdict is Verdict.MISMATCH and not known.expired:
            verdict = Verdict.KNOWN
        elif verdict is Verdict.MISMATCH and known.expired:
            message += f" (the acknowledgement held until {known.until})"
        elif verdict is Verdict.ROUNDING:
            verdict = Verdict.KNOWN
    diagnosis = None
    if verdict in (Verdict.MISMATCH, Verdict.KNOWN) and not lenient.holds:
        from checks.diagnoses import diagnose  # only runs with a mismatch use the slips

        diagnosis = diagnose(kind, parameters, scope, tolerance)  # docs/diagnoses.md
    return CheckResult(
        check_id, kind.name, verdict, location, message, note, known, operands,
        chart=_chart(kind.name, parameters, scope) if scope.details else None,
        diagnosis=diagnosis, caution=caution,
    )  # fmt: skip


def _rounding_note(kind: Kind[Any], parameters: Any, scope: Scope, tolerance: Tolerance) -> str:
    """Which figures a ``rounding`` verdict reads more loosely than written, and how.

    A whole count read loosely ("650 seats" as 645–655) may be exact by nature: the note
    says how to make it so, since an off-by-one there is a real error. A figure the check
    still holds without reading loosely is left out ("one in four" for 152 of 590 holds
    only as a loose fourth, whatever the count): naming it would send the fact-checker to
    the wrong figure.
    """
    loose: list[tuple[str, Figure]] = []
    for name in dict.fromkeys(kind.operands(parameters)):
        try:
            figure = scope.figure_or_literal(name)
        except CheckError:
            continue
        if figure.lenient != figure.strict and not figure.is_date:
            loose.append((name, figure))
    needed = [
        (name, figure)
        for name, figure in loose
        if _needs_loose(kind, parameters, scope, tolerance, name)
    ]
    loose = needed or loose
    exact = ""
    for _, figure in loose:
        if counts_things(figure) and figure.strict.lo == figure.strict.hi and not exact:
            exact = (
                f" (if {figure.text} is an exact count, as a chamber's seats are, set"
                " `precision: exact` on its claim)"
            )
    described = [_loosely(name, figure, scope) for name, figure in loose]
    if not described:
        return "; it holds only if round figures were rounded further than written"
    if all(QUALIFIERS.get((f.qualifier or "").lower()) == "about" for _, f in loose):
        # "some 1,017,437 people": written to the unit, an estimate only its qualifier widens
        allowed = f"±{scope.context.approx:.0%}"
        text = f"; it holds only within the {allowed} its qualifier allows, not as written: "
        return text + ", ".join(described)
    text = "; it holds only if figures were rounded further than written: "
    return text + ", ".join(described) + exact


def _loosely(name: str, figure: Figure, scope: Scope) -> str:
    """How a rounding note shows ``figure`` read loosely: a gap to half a year or month.

    "a decade later" is read as 9.5–10.5 years (:func:`checks.dates.states_a_gap`), not
    as its own lenient 0.5–1.5 decades.
    """
    if figure.calendar_months is not None and states_a_gap(
        scope.quotes.get(name, ""), figure, scope.context
    ):
        window = to_half_a_unit(stated_units(figure))
        style = Display(suffix=f"{gap_unit(figure)}s")
        return f"{figure.text} as {describe_interval(window, style)}"
    return f"{figure.text} as {describe_interval(figure.lenient, figure.display)}"


def _needs_loose(
    kind: Kind[Any], parameters: Any, scope: Scope, tolerance: Tolerance, name: str
) -> bool:
    """Whether the lenient judgement fails once claim ``name`` is read as written."""
    figure = scope.figures.get(name)
    if figure is None:  # a figure written in the check: its reading cannot be swapped
        return True
    figures = {**scope.figures, name: replace(figure, lenient=figure.strict)}
    try:
        return not kind.judge(parameters, replace(scope, figures=figures), True, tolerance).holds
    except Exception:  # noqa: BLE001 - a kind that cannot judge it: keep the figure named
        return True


def _subdocument(document: Document, prefix: tuple[str | int, ...]) -> Document:
    keys = {k[len(prefix) :]: v for k, v in document.keys.items() if k[: len(prefix)] == prefix}
    values = {k[len(prefix) :]: v for k, v in document.values.items() if k[: len(prefix)] == prefix}
    return Document(document.name, None, keys, values, [], document.text)


def _check_id(
    raw: Any, kind: Kind[Any], parameters: Any, used: set[str], reserved: set[str], index: int
) -> str:
    """The check's id: as written, or derived from its kind and operands.

    A derived id never takes one another check of the file writes (``reserved``), so a
    written id keeps its name wherever the check stands.
    """
    if isinstance(raw, str) and CHECK_ID.fullmatch(raw):
        base = raw
        reserved = set()
    else:
        operands = kind.operands(parameters)
        words = (re.sub(r"[^A-Za-z0-9_]+", "", o.replace(".", "_")) for o in operands[:4])
        base = f"{kind.name}-" + "-".join(w for w in words if w)
        if not operands:
            base = f"{kind.name}-{index + 1}"
    check_id, suffix = base, 2
    while check_id in used or check_id in reserved:
        check_id = f"{base}-{suffix}"
        suffix += 1
    used.add(check_id)
    return check_id


def _operands(kind: Kind[Any], parameters: Any, scope: Scope) -> tuple[Operand, ...]:
    operands: list[Operand] = []
    for name in kind.operands(parameters):
        figure = scope.figures.get(name)
        if figure is None:
            continue
        if scope.details:
            operands.append(_operand(name, figure, scope.quotes.get(name)))
        else:
            operands.append(Operand(name, figure.text, scope.quotes.get(name)))
    return tuple(operands)


def _known(raw: Any, today: dt.date) -> Acknowledgement | None:
    if raw is None:
        return None
    if isinstance(raw, str):
        return Acknowledgement(raw)
    if not isinstance(raw, dict):
        raise CheckError("known: write a reason, or {reason, by, until}")
    try:
        known = Known.model_validate(raw)
    except ValidationError as exc:
        messages = []
        for error in exc.errors(include_url=False):
            key = ".".join(str(x) for x in error["loc"])
            if error["type"] == "extra_forbidden":
                hint = suggestion(key, list(Known.model_fields))
                messages.append(f"unknown key {key!r}{hint} (allowed: reason, by, until)")
            else:
                messages.append(f"{key}: {error['msg']}")
        raise CheckError("known: " + "; ".join(messages)) from None
    expired = False
    if known.until is not None:
        try:
            until = dt.date.fromisoformat(known.until)
        except ValueError:
            raise CheckError(
                f"known.until must be an ISO date such as 2026-12-31, not {known.until!r}"
            ) from None
        expired = today > until
    return Acknowledgement(known.reason, known.by, known.until, expired)
