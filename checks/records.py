"""The claim file as pydantic models: what a fact-checker may write, and nothing else.

Every scalar arrives as the text the writer typed (see :mod:`checks.loading`); these
models decide which keys exist, which are required, and what shape each value has.
What a value *means* (a figure, a date) is decided later by :mod:`checks.figures` and
:mod:`checks.dates`, so errors there can point at the exact value.
"""

from __future__ import annotations

import difflib
import re
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from checks.loading import Document, Location, Problem

CLAIM_ID = re.compile(r"^[a-z][a-z0-9_]*$")
CHECK_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
COMMON_CHECK_KEYS = ("id", "note", "known", "tolerance")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Source(_Strict):
    """The document the claims come from."""

    title: str | None = Field(default=None, description="Headline or title of the document.")
    publisher: str | None = Field(default=None, description="Who published it.")
    author: str | None = Field(default=None, description="Who wrote it.")
    published: str = Field(description="Publication date; years of partial dates come from it.")
    updated: str | None = Field(
        default=None, description="Date of the latest update (extension; nameable in checks)."
    )
    url: str | None = Field(default=None, description="Where the document can be read.")
    text: str | None = Field(
        default=None,
        description="The document's text (.txt, .md or .html), relative to the claim file.",
    )


NonBlank = Annotated[str, StringConstraints(min_length=1)]
"""Text that is not empty once stripped (``_Strict`` strips): a constraint pydantic checks
itself, where a Python validator per field was called for every claim of every file."""


class Claim(_Strict):
    """One figure or date stated by the source."""

    value: NonBlank | None = Field(default=None, description="A figure in the value grammar.")
    date: NonBlank | None = Field(
        default=None, description="A date (ISO, `August 31`, `May 2018`)."
    )
    quote: NonBlank | None = Field(default=None, description="The source's own words, verbatim.")
    precision: NonBlank | None = Field(
        default=None, description="Overrides the written precision: `exact`, `±0.5 km`, `±2%`."
    )
    note: str | None = Field(default=None, description="Free text, shown in reports.")
    said_by: str | None = Field(default=None, description="Who stated the figure.")


class Known(_Strict):
    """A reviewed mismatch: why it stands, who reviewed it, until when."""

    reason: str = Field(description="Why the mismatch stands (shown in reports).")
    by: str | None = Field(default=None, description="Who reviewed it.")
    until: str | None = Field(default=None, description="ISO date after which it fails again.")


class Settings(_Strict):
    """Per-file settings."""

    approx: str | None = Field(default=None, description="Tolerance of `about` (default 10%).")
    currencies: dict[str, str] = Field(
        default_factory=dict, description="Symbols or names → ISO code, e.g. `{Rs: PKR}`."
    )
    locale: str | None = Field(
        default=None,
        description="Language of the source (`de`, `fr`…): a decimal comma where it uses one.",
    )
    fiscal_year_start: str | None = Field(
        default=None, description="First day of the fiscal year, e.g. `July 1` (for `FY2018-19`)."
    )
    rates: str | None = Field(
        default=None,
        description="A rates file (YAML, relative to this file) for currencies the ECB lacks.",
    )
    fx_tolerance: str | None = Field(
        default=None, description="Allowance around reference exchange rates (default 2%)."
    )


ClaimId = Annotated[str, StringConstraints(pattern=CLAIM_ID.pattern)]
"""A claim id, checked key by key so that an error points at the key and leaves it out
(pydantic matches the pattern itself; see :func:`problems_from_validation` for the message)."""


class ClaimFile(_Strict):
    """A whole claim file (one source document)."""

    source: Source
    claims: dict[ClaimId, Claim]
    checks: list[dict[str, Any]] = Field(default_factory=list)
    settings: Settings = Field(default_factory=Settings)


def suggestion(word: str, choices: list[str] | tuple[str, ...]) -> str:
    """A "did you mean" clause, or nothing when no choice is close."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The model an annotation holds (``Model``, ``Model | None``), if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if get_origin(annotation) in (Union, UnionType):
        for option in get_args(annotation):
            model = _model_in(option)
            if model is not None:
                return model
    return None


def fields_at(model: type[BaseModel], path: tuple[Any, ...]) -> list[str]:
    """The keys a file may write in the mapping at ``path`` of ``model`` (``[]``: unknown).

    Follows fields by the names files use (aliases such as ``is``), and the entries of
    mappings and lists of models (``claims.<id>``, ``checks.<n>``).
    """
    current: Any = model
    parts = list(path)
    while parts:
        found = _model_in(current)
        if found is None:
            return []
        part = parts.pop(0)
        fields = {(field.alias or name): field for name, field in found.model_fields.items()}
        if part not in fields:
            return []
        current = fields[part].annotation
        while get_origin(current) in (dict, list) and parts:
            current = get_args(current)[-1]
            parts.pop(0)
    found = _model_in(current)
    if found is None:
        return []
    return [field.alias or name for name, field in found.model_fields.items()]


def problems_from_validation(
    error: ValidationError,
    document: Document,
    model: type[BaseModel] | None = None,
    outermost: str = "the top level",
    also_allowed: tuple[str, ...] = (),
) -> list[Problem]:
    """Turn pydantic errors into located, actionable messages.

    ``model`` is what was validated (the claim file, or one check's parameters, whose
    outermost mapping is then ``outermost`` and may also hold ``also_allowed``).
    """
    model = model or ClaimFile
    problems: list[Problem] = []
    for item in error.errors(include_url=False):
        loc = tuple(item["loc"])
        kind = item["type"]
        location = document.where(loc, key=kind == "extra_forbidden" or loc[-1:] == ("[key]",))
        assert location is not None
        name = str(loc[-1]) if loc else "file"
        if loc and isinstance(loc[-1], int):
            name = f"item {loc[-1] + 1} of {'.'.join(str(p) for p in loc[:-1])}"
        if kind == "extra_forbidden":
            here = fields_at(model, loc[:-1])
            allowed = here + list(also_allowed) if len(loc) == 1 else here
            where = ".".join(str(p) for p in loc[:-1]) or outermost
            message = (
                f"unknown key {name!r} in {where}{suggestion(name, allowed)}"
                f" (allowed: {', '.join(allowed)})"
            )
            inside = [key for key in here if name in fields_at(model, (*loc[:-1], key))]
            if inside:
                message += f"; it belongs inside `{inside[0]}:`"
            elif len(loc) > 1 and name in also_allowed:
                message += f"; it belongs beside `{where}:` in the check, not inside it"
        elif kind == "missing":
            parent = ".".join(str(p) for p in loc[:-1]) or "the file"
            message = f"{parent} needs `{name}:`"
            if name == "published":
                message += " (the publication date, e.g. `published: 2018-09-05`)"
        elif kind in {"string_type", "dict_type", "list_type", "model_type"}:
            wanted = {
                "string_type": "text", "dict_type": "a mapping of keys to values",
                "list_type": "a list", "model_type": "a mapping of keys to values",
            }[kind]  # fmt: skip
            got = item.get("input")
            got_kind = "nothing" if got is None else type(got).__name__.replace("str", "text")
            message = f"`{name}` must be {wanted}, not {got_kind}"
            claim_fields = fields_at(ClaimFile, ("claims", name))
            if len(loc) == 2 and loc[0] == "claims" and name in claim_fields:
                message = (
                    f"`{name}:` is read as a claim id here, but it is a key of a claim: "
                    f"indent it under its claim (or inside its {{…}}: {{value: …, {name}: …}})"
                )
        elif kind in {"too_short", "too_long"} and item.get("ctx"):
            ctx = item["ctx"]
            bound = ctx.get("min_length") if kind == "too_short" else ctx.get("max_length")
            got = ctx.get("actual_length")
            message = (
                f"`{name}` needs at {'least' if kind == 'too_short' else 'most'} {bound} "
                f"item{'s' if bound != 1 else ''}, not {got}"
            )
        elif kind == "string_pattern_mismatch" and loc[:1] == ("claims",):
            claim_id = str(item["input"]).strip()  # as the model saw it, whitespace stripped
            message = (
                f"claim id {claim_id!r} must be snake_case (lower-case letters, digits, _), "
                "starting with a letter"
            )
        elif kind == "string_too_short" and loc[:1] == ("claims",):
            message = f"`{name}` is empty; write a figure or remove the key"
        else:
            text = str(item["msg"]).removeprefix("Value error, ")
            message = f"`{name}` {text}" if loc else text  # a rule of the whole mapping
        problems.append(Problem(location, message))
    return problems


def parse_claim_file(
    document: Document,
) -> tuple[ClaimFile | None, list[Problem], dict[str, str]]:
    """Validate a loaded document: the model, the problems, and the claims left out.

    A claim with a bad key is reported and left out (its checks then say so), so one
    typo does not stop every other check of the file.
    """
    data = document.data
    root = document.where(())
    top = Location(root.path if root else "?", 1, 1)
    if not isinstance(data, dict):
        message = "a claim file is a mapping with `source:` and `claims:` at the top level"
        return None, [Problem(document.where(()) or top, message)], {}
    try:
        return ClaimFile.model_validate(data), [], {}
    except ValidationError as error:
        problems = problems_from_validation(error, document)
        bad_claims = {
            str(item["loc"][1])
            for item in error.errors(include_url=False)
            if len(item["loc"]) >= 2 and item["loc"][0] == "claims"
        }
        claims = data.get("claims")
        if not bad_claims or not isinstance(claims, dict):
            return None, problems, {}
        kept = {**data, "claims": {k: v for k, v in claims.items() if k not in bad_claims}}
        try:
            model = ClaimFile.model_validate(kept)
        except ValidationError:
            return None, problems, {}
        return model, problems, {k: "it has errors (reported above)" for k in bad_claims}
