"""A JSON Schema of the claim file, for editors (``claim-checks schema``).

Generated from the pydantic models of :mod:`checks.records` and the parameters model of
every registered check kind, then converted from pydantic's JSON Schema 2020-12 to
draft-07, the dialect yaml-language-server (VS Code's YAML extension) understands.

Two deliberate differences from the models:

- claim-checks reads every YAML scalar as the text written (``value: 300`` is the text
  ``300``), but an editor types ``300`` as a number and ``2018`` as an integer. So every
  text field of the models accepts a string *or a number* here.
- The schema checks shape only (keys, nesting, ids); whether a value is a figure, a date
  or a valid expression is decided by ``claim-checks run``.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import models_json_schema

from checks.kinds import load_kinds
from checks.records import CHECK_ID, CLAIM_ID, COMMON_CHECK_KEYS, ClaimFile, Known

DRAFT_07 = "http://json-schema.org/draft-07/schema#"
REFRESH_COMMAND = "claim-checks schema > docs/claim-file.schema.json"
SCALAR = ["string", "number"]
"""What a text field accepts: YAML scalars reach claim-checks as text, editors type them."""

_NEWER_KEYWORDS = frozenset(
    {
        "prefixItems",
        "dependentRequired",
        "dependentSchemas",
        "unevaluatedItems",
        "unevaluatedProperties",
        "$dynamicRef",
        "$dynamicAnchor",
        "$anchor",
    }
)


class CommonCheckKeys(BaseModel):
    """The keys every check may carry besides its kind key."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(
        default=None,
        pattern=CHECK_ID.pattern,
        description="Stable name for reports, pytest node ids and SARIF "
        "(derived from kind and operands when absent).",
    )
    note: str | None = Field(default=None, description="Free text, shown in reports.")
    known: str | Known | None = Field(
        default=None,
        description="A reviewed mismatch: a reason, or `{reason, by, until}`. "
        "It then does not fail CI (until `until` passes).",
    )
    tolerance: str | None = Field(
        default=None,
        description="Extra allowance on the stated figure: a share (`2%`) or an amount (`5 km`).",
    )


def to_draft07(schema: Any) -> Any:
    """Rewrite pydantic's 2020-12 output as draft-07: ``$defs`` → ``definitions``, refs too.

    Raises :class:`ValueError` on a 2020-12 keyword draft-07 does not know, so a model
    change can never silently produce a schema that editors misread.
    """
    if isinstance(schema, list):
        return [to_draft07(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    converted: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _NEWER_KEYWORDS:
            raise ValueError(f"JSON Schema keyword {key!r} has no draft-07 equivalent")
        if key == "$ref" and isinstance(value, str):
            converted[key] = value.replace("#/$defs/", "#/definitions/")
        elif key == "$defs":
            converted["definitions"] = {name: to_draft07(d) for name, d in value.items()}
        elif key in {"properties", "definitions", "patternProperties"}:
            converted[key] = {name: to_draft07(d) for name, d in value.items()}
        else:
            converted[key] = to_draft07(value)
    return converted


def _editor_friendly(schema: Any) -> Any:
    """Text fields accept numbers; ``anyOf`` of bare types becomes one type list; no titles."""
    if isinstance(schema, list):
        return [_editor_friendly(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "title" or (key == "default" and value is None):
            continue  # pydantic's titles repeat the key names; a null default says nothing
        if key in {"properties", "definitions", "patternProperties"}:
            result[key] = {name: _editor_friendly(d) for name, d in value.items()}
        else:
            result[key] = _editor_friendly(value)
    if result.get("type") == "string":
        result["type"] = list(SCALAR)
    options = result.get("anyOf")
    if isinstance(options, list) and all(_bare_type(o) for o in options):
        types: list[str] = []
        for option in options:
            for name in option["type"] if isinstance(option["type"], list) else [option["type"]]:
                if name not in types:
                    types.append(name)
        del result["anyOf"]
        result = {"type": types, **result}
    return result


def _bare_type(schema: Any) -> bool:
    """Whether ``schema`` says nothing but a type (so ``anyOf`` of them is one type list)."""
    return isinstance(schema, dict) and set(schema) == {"type"}


def _described(schema: dict[str, Any], description: str) -> dict[str, Any]:
    """``schema`` with a description; a ``$ref`` is wrapped, as draft-07 ignores its siblings."""
    if "$ref" in schema:
        rest = {k: v for k, v in schema.items() if k != "$ref"}
        return {"description": description, "allOf": [{"$ref": schema["$ref"]}], **rest}
    return {**schema, "description": description}


def _markdown(text: str | None) -> str:
    """A docstring as one line of Markdown (reStructuredText ``code`` → `code`)."""
    return " ".join((text or "").split()).replace("``", "`")


def claim_file_schema() -> dict[str, Any]:
    """The JSON Schema (draft-07) of a claim file, as a JSON-ready dict."""
    kinds = load_kinds()
    models: list[type[BaseModel]] = [
        ClaimFile,
        CommonCheckKeys,
        *(kind.parameters for kind in kinds.values()),
    ]
    keys, generated = models_json_schema([(m, "validation") for m in models])
    definitions: dict[str, Any] = dict(generated.get("$defs", {}))

    def name_of(model: type[BaseModel]) -> str:
        return str(keys[(model, "validation")]["$ref"]).rsplit("/", 1)[-1]

    root = definitions.pop(name_of(ClaimFile))
    common = definitions.pop(name_of(CommonCheckKeys))
    assert tuple(common["properties"]) == COMMON_CHECK_KEYS, "CommonCheckKeys is out of date"

    check_refs: list[dict[str, str]] = []
    for kind in kinds.values():
        parameters = definitions.pop(name_of(kind.parameters))
        docs = f"docs/kinds/{kind.name}.md"
        check: dict[str, Any] = {
            "type": "object",
            "description": f"{kind.summary} {_markdown(parameters.get('description'))} See {docs}.",
            "properties": {**parameters["properties"], **common["properties"]},
            "required": parameters.get("required", [kind.name]),
            "additionalProperties": False,
        }
        extra = {
            k: v
            for k, v in parameters.items()
            if k not in {"type", "description", "properties", "required", "additionalProperties"}
            and k != "title"
        }
        check.update(extra)
        name = f"{kind.name}_check"
        definitions[name] = check
        check_refs.append({"$ref": f"#/$defs/{name}"})
    definitions["check"] = {
        "description": "One check: exactly one kind key ("
        + ", ".join(kinds)
        + ") with its parameters, plus optional id, note, known and tolerance.",
        "oneOf": check_refs,
    }

    properties = dict(root["properties"])
    (claim,) = properties["claims"]["patternProperties"].values()  # the ids' pattern, as a key
    properties["claims"] = {
        "additionalProperties": claim,
        "type": "object",
        "description": "Every figure or date of the source, by id (snake_case, unique).",
        "propertyNames": {"pattern": CLAIM_ID.pattern},
    }
    properties["checks"] = {
        "type": "array",
        "description": "The consistency checks the text implies.",
        "items": {"$ref": "#/$defs/check"},
    }
    properties["source"] = _described(properties["source"], "The source document.")
    properties["settings"] = _described(properties["settings"], "Per-file settings.")
    schema: dict[str, Any] = {
        "description": _markdown(ClaimFile.__doc__)
        + " Text fields accept numbers too: YAML scalars are read as the text written.",
        "type": "object",
        "properties": properties,
        "required": root.get("required", []),
        "additionalProperties": False,
        "$defs": definitions,
    }
    body: dict[str, Any] = to_draft07(_editor_friendly(schema))
    return {"$schema": DRAFT_07, "title": "claim-checks claim file", **body}


def render_schema() -> str:
    """The schema as the text ``claim-checks schema`` prints (stable, ends with a newline)."""
    return json.dumps(claim_file_schema(), indent=2, ensure_ascii=False) + "\n"
