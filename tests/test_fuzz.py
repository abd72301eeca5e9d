"""Fuzzing: whatever the input, only the documented errors come out, and judging never raises.

Structure-aware (claim files built from the real vocabulary, figures from a grammar-ish
strategy, checks with generated expressions) and byte-level (random bytes, mutations of the
seed claim file). The documented errors: :class:`checks.loading.LoadError` from loading,
:class:`checks.figures.FigureError` from figures and dates, :class:`checks.kinds.CheckError`
from expressions; :func:`checks.engine.judge_document` raises nothing at all, and a bug caught
inside a check kind (an ``internal error`` result) counts as a failure here too.

CI runs the ``ci`` profile of ``tests/conftest.py`` (100 examples a test, derandomised); a
long run: ``HYPOTHESIS_PROFILE=dev python -m pytest tests/test_fuzz.py`` (docs/guarantees.md).
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from checks.dates import parse_date
from checks.engine import Options, judge_document
from checks.expressions import parse_expression
from checks.figures import Context, FigureError, parse_figure
from checks.kinds import CheckError
from checks.loading import LoadError, load_document

SEED = (Path(__file__).resolve().parent.parent / "claims" / "iran_pakistan.yaml").read_bytes()
OPTIONS = Options(today=dt.date(2026, 11, 29))
PATH = Path("fuzz-claims") / "generated.yaml"
"""Not on disk: ``source.text`` and rates files are then missing, which must be fine too."""

# ------------------------------------------------------------------ strategies

DIGITS = st.sampled_from(["0", "3", "12", "300", "2,775", "1.5", "0.05", "8,712", "1 000",
                          "1\u00a0000", "2,74,114", "٣٠٠", "३००", "1e6", "012", "9" * 41,
                          "1" * 400, "", "−22", "-5", ".5", "5.", "1,2,3", "nan", "inf"])
QUALIFIERS = st.sampled_from(["", "more than ", "about ", "nearly ", "at least ", "up to ",
                              "fewer than ", "between 2 and ", "some ", "over "])
CURRENCIES = st.sampled_from(["", "$", "US$", "€", "£", "Rs ", "PKR ", "USD "])
SCALES = st.sampled_from(["", " million", " bn", "m", " lakh", " crore", " thousand", "k"])
UNITS = st.sampled_from(["", " km", " mi", " kilometres", " tonnes", " %", " percent",
                         " percentage points", " pp", " people", " days", " years",
                         " months", " °C", "°F", " Δ°C", " barrels per day", " per 1,000",
                         " km/h", " per household", "-kilometre", " to 30%", "–30"])
WORDS = st.sampled_from(["two", "a third", "half", "a dozen", "twenty", "three quarters"])


@st.composite
def figure_texts(draw: st.DrawFn) -> str:
    """Text shaped like a figure of the value grammar (often valid, often nearly so)."""
    number = draw(st.one_of(DIGITS, WORDS))
    text = draw(QUALIFIERS) + draw(CURRENCIES) + number + draw(SCALES) + draw(UNITS)
    if draw(st.booleans()):
        return text
    return text + draw(st.text(max_size=4))


DATE_TEXTS = st.sampled_from(["2018-09-05", "August 31", "31 August 2018", "May 2018", "2002",
                              "FY2018-19", "Saturday, July 23, 1983", "February 30", "9999-12-31",
                              "0001-01-01", "0000-01-01", "2018-13-01", "August", "", "٢٠١٨"])
CLAIM_IDS = st.sampled_from(["a", "b", "total", "arrival", "visit", "iran_segment", "x1"])
NAMES = st.one_of(CLAIM_IDS, st.sampled_from(["source.published", "unknown", "123", "A"]))
OPERATORS = st.sampled_from([" + ", " - ", " * ", " / ", " − "])
COMPARISONS = st.sampled_from([" == ", " < ", " <= ", " > ", " >= ", " != "])


@st.composite
def expressions(draw: st.DrawFn) -> str:
    """Expressions of claim ids and literals, sometimes broken or hostile."""
    terms = draw(st.lists(st.one_of(NAMES, figure_texts(), st.just("0")), min_size=1,
                          max_size=5))
    text = terms[0]
    for term in terms[1:]:
        text += draw(OPERATORS) + term
    if draw(st.booleans()):
        text = "(" * draw(st.integers(0, 70)) + text + ")" * draw(st.integers(0, 70))
    text += draw(COMPARISONS) + draw(NAMES)
    if draw(st.integers(0, 9)) == 0:
        text += draw(st.sampled_from([".__class__", "()", "[0]", " ** 2", " if a else b",
                                      "lambda: 1", "'x'", "{0}"]))
    return text


@st.composite
def checks(draw: st.DrawFn) -> dict[str, Any]:
    """One check of any kind, with optional common keys of any shape."""
    ids = st.lists(NAMES, min_size=0, max_size=4)
    kind = draw(st.sampled_from(["sum", "same", "order", "change", "share", "expect", "span",
                                 "bogus"]))
    check: dict[str, Any]
    if kind == "sum":
        check = {"sum": draw(ids), draw(st.sampled_from(["equals", "at_most"])): draw(NAMES)}
    elif kind in {"same", "order"}:
        check = {kind: draw(ids)}
    elif kind == "change":
        check = {"change": {"from": draw(NAMES), "to": draw(NAMES), "by": draw(NAMES)}}
    elif kind == "share":
        check = {"share": {"part": draw(NAMES), "whole": draw(NAMES), "is": draw(NAMES)}}
    elif kind == "span":
        check = {"span": {"from": draw(NAMES), "to": draw(NAMES), "is": draw(NAMES)}}
    elif kind == "expect":
        check = {"expect": draw(expressions())}
    else:
        check = {"bogus": draw(NAMES)}
    extra = st.one_of(st.none(), st.text(max_size=8), figure_texts(), st.lists(st.text(max_size=3),
                                                                         max_size=2))
    for key in ("id", "note", "known", "tolerance"):
        if draw(st.integers(0, 3)) == 0:
            check[key] = draw(extra)
    return check


@st.composite
def claim_files(draw: st.DrawFn) -> str:
    """A claim file built from the real vocabulary, dumped in block or flow style."""
    claims: dict[str, Any] = {}
    for claim_id in draw(st.lists(CLAIM_IDS, unique=True, max_size=6)):
        record: dict[str, Any] = {}
        field = draw(st.sampled_from(["value", "date", "quote", "both", "none"]))
        if field in {"value", "both"}:
            record["value"] = draw(figure_texts())
        if field in {"date", "both"}:
            record["date"] = draw(DATE_TEXTS)
        if field == "quote" or draw(st.booleans()):
            record["quote"] = draw(st.one_of(figure_texts(), st.text(max_size=20)))
        if draw(st.integers(0, 4)) == 0:
            record["precision"] = draw(st.sampled_from(["exact", "±0.5 km", "±2%", "±nan", "x"]))
        claims[claim_id] = record
    data: dict[str, Any] = {
        "source": {"published": draw(st.one_of(DATE_TEXTS, st.just("2018-09-05")))},
        "claims": claims,
        "checks": draw(st.lists(checks(), max_size=4)),
    }
    if draw(st.booleans()):
        data["settings"] = {
            draw(st.sampled_from(["approx", "currencies", "locale", "fiscal_year_start",
                                  "fx_tolerance", "rates", "bogus"])): draw(
                st.one_of(st.text(max_size=6), st.just({"Rs": "PKR"}), st.just("../x.yaml")))
        }
    if draw(st.booleans()):
        data["source"]["text"] = draw(st.sampled_from(["article.txt", "../outside.txt", "/etc/x"]))
    flow = draw(st.sampled_from([False, None, True]))
    return yaml.safe_dump(data, default_flow_style=flow, allow_unicode=True, sort_keys=False)


@st.composite
def mutated_seed(draw: st.DrawFn) -> bytes:
    """The seed claim file with a few bytes replaced, deleted, inserted or cut off."""
    data = bytearray(SEED)
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            break
        position = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["replace", "delete", "insert", "truncate", "copy"]))
        if action == "replace":
            data[position] = draw(st.integers(0, 255))
        elif action == "delete":
            del data[position : position + draw(st.integers(1, 40))]
        elif action == "insert":
            data[position:position] = draw(st.sampled_from(
                [b"\t", b",", b": ", b"{", b"}", b"&a ", b"*a", b"\n  - ", b"\xff", b"'", b"-"]))
        elif action == "truncate":
            del data[position:]
        else:
            end = min(len(data), position + draw(st.integers(1, 200)))
            target = draw(st.integers(0, len(data)))
            data[target:target] = data[position:end]
    return bytes(data)


# ------------------------------------------------------------------ properties


def judge_bytes(raw: bytes) -> None:
    """Load ``raw`` and judge it: only LoadError from loading, nothing from judging."""
    try:
        document = load_document(PATH.as_posix(), raw)
    except LoadError as exc:
        assert exc.problems, "a LoadError names at least one problem"
        return
    result = judge_document(document, PATH, OPTIONS, PATH.parent)
    for check in result.checks:
        assert "internal error" not in check.message, check.message
    for problem in result.errors:
        assert problem.location.line >= 1 and problem.location.column >= 1, problem


@given(claim_files())
@example("source: {published: 2018-09-05}\nclaims: {a: {value: 3 km}}\n"
         "checks: [{same: [a, a], tolerance: [1]}]\n")
@example("source: {published: 2018-09-05}\nclaims: {a: {value: 3 km}}\n"
         "checks: [{same: [a, a], note: [x]}]\n")
@example("source: {published: 9999-12-31}\nclaims: {a: {date: December 31}}\n"
         "checks: [{expect: a + 2 months > a}]\n")
@example("source: {published: 2018-09-05}\nclaims: {a: {value: 3 km}}\n"
         "checks: [{expect: '" + "-" * 1500 + "a == a'}]\n")
@example("source: {published: 2018-09-05}\nclaims: {b: {quote: 0/0}}\n")  # ZeroDivisionError
def test_generated_claim_files_are_judged(text: str) -> None:
    judge_bytes(text.encode("utf-8"))


@given(mutated_seed())
def test_mutated_seed_is_judged(raw: bytes) -> None:
    judge_bytes(raw)


@given(st.binary(max_size=2_000))
@example(b"\x00")
@example(b"\xef\xbb\xbf")
@example(b"a: &a [*a]")
def test_random_bytes_are_judged(raw: bytes) -> None:
    judge_bytes(raw)


@given(st.one_of(figure_texts(), st.text(max_size=40)))
@example("1" * 5000)
@example("0 per 1,000K")  # found by the dev profile: AttributeError on a scale in a rate
@example("0 per 1,000M")  # found by the dev profile: KeyError on a short scale in a rate
@example("5 per 0 people")  # found by the dev profile: ZeroDivisionError
@example("0/0")
@example("−22E")  # an empty interval (no whole number of E): allowed, see below
@example("1e400")
@example("−0")
def test_figures_raise_only_figure_errors(text: str) -> None:
    for context in (Context(), Context.of({"Rs": "PKR"}, 0.1, "de", (7, 1))):
        try:
            figure = parse_figure(text, context)
        except FigureError:
            continue
        # an empty interval is allowed: it is how a count with no whole number in it
        # (`0.4 people`, `-5 people`) says that nothing can match it
        for bound in (figure.strict.lo, figure.strict.hi, figure.lenient.lo, figure.lenient.hi):
            assert not math.isnan(bound), figure


@given(st.one_of(DATE_TEXTS, st.text(max_size=30)), st.booleans())
def test_dates_raise_only_figure_errors(text: str, with_year: bool) -> None:
    try:
        parse_date(text, dt.date(2018, 9, 5) if with_year else None, (7, 1))
    except FigureError:
        pass


@given(st.one_of(expressions(), st.text(max_size=60)))
@example("(" * 3000 + "a" + ")" * 3000)
@example("-" * 1999 + "a")
@example(" + ".join(["a"] * 600) + " == a")
def test_expressions_raise_only_check_errors(text: str) -> None:
    try:
        parse_expression(text)
    except CheckError:
        pass
