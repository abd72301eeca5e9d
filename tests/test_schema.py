"""The claim-file JSON Schema: in sync with the models, draft-07, and true to the examples."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from checks.cli import main
from checks.discovery import RATES_SUFFIXES
from checks.kinds import KIND_MODULES, load_kinds
from checks.loading import LoadError, load_document
from checks.records import COMMON_CHECK_KEYS
from checks.schema import REFRESH_COMMAND, claim_file_schema, render_schema, to_draft07

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "tests" / "examples"
COPY = ROOT / "docs" / "claim-file.schema.json"

SCHEMA_REJECTS_BUT_ENGINE_JUDGES = {
    "errors/two_kind_keys.yaml": "a check with two kind keys: the engine judges it `error`",
    "errors/check_key_outside_its_kind.yaml": "`by:` beside `change:`: judged `error`",
    "errors/unknown_key_in_a_check.yaml": "`tolerence:` in a check: judged `error`",
    "order/one_date_is_no_order_error.yaml": "an order of one date: judged `error`",
    "errors/figure_where_a_claim_id_goes.yaml": "a sum without `equals:`: judged `error`",
    "errors/tolerance_inside_the_kind.yaml": "`tolerance:` inside `change:`: judged `error`",
}
"""Valid files (no input error) whose shape the schema rejects: the engine is lenient there."""

SCHEMA_REJECTS = (
    "unknown_key_did_you_mean", "missing_published", "claim_id_not_snake_case",
    "title_outside_source",
)  # fmt: skip
"""Invalid examples whose mistake is one of shape, which the schema must catch too."""


def validator() -> Any:
    schema = json.loads(COPY.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def data_of(path: Path) -> Any:
    return load_document(str(path), path.read_bytes()).data


def is_valid_example(path: Path) -> bool:
    lines = path.read_text(encoding="utf-8").splitlines()
    return not any(line.startswith("# expect error") for line in lines)


def valid_files() -> list[Any]:
    bundled = sorted((ROOT / "claims").rglob("*.y*ml"))
    examples = [
        p
        for p in sorted(EXAMPLES.rglob("*.y*ml"))
        if is_valid_example(p)
        and not p.name.endswith(RATES_SUFFIXES)  # exchange-rate files are not claim files
        and p.relative_to(EXAMPLES).as_posix() not in SCHEMA_REJECTS_BUT_ENGINE_JUDGES
    ]
    return [pytest.param(p, id=p.relative_to(ROOT).as_posix()) for p in [*bundled, *examples]]


def test_generated_copy_is_up_to_date() -> None:
    assert COPY.is_file(), f"docs/claim-file.schema.json is missing; run `{REFRESH_COMMAND}`"
    assert COPY.read_text(encoding="utf-8") == render_schema(), (
        f"docs/claim-file.schema.json is out of date with the models; run `{REFRESH_COMMAND}`"
    )


def test_cli_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert capsys.readouterr().out == render_schema()


def test_schema_is_draft07() -> None:
    schema = claim_file_schema()
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    jsonschema.Draft7Validator.check_schema(schema)
    text = json.dumps(schema)
    assert "$defs" not in text
    refs: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                refs.append(node["$ref"])
                assert set(node) == {"$ref"}, f"draft-07 ignores keys beside $ref: {node}"
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    assert refs
    for ref in refs:
        assert ref.startswith("#/definitions/")
        assert ref.removeprefix("#/definitions/") in schema["definitions"], ref


def test_to_draft07_rewrites_defs_and_refuses_newer_keywords() -> None:
    converted = to_draft07({"$defs": {"A": {"type": "string"}}, "items": {"$ref": "#/$defs/A"}})
    assert converted == {
        "definitions": {"A": {"type": "string"}},
        "items": {"$ref": "#/definitions/A"},
    }
    with pytest.raises(ValueError, match="prefixItems"):
        to_draft07({"prefixItems": [{"type": "string"}]})


def test_every_kind_is_a_check_option_with_the_common_keys() -> None:
    schema = claim_file_schema()
    definitions = schema["definitions"]
    options = [o["$ref"].rsplit("/", 1)[-1] for o in definitions["check"]["oneOf"]]
    assert options == [f"{name}_check" for name in load_kinds()]
    for name, kind in load_kinds().items():
        check = definitions[f"{name}_check"]
        assert check["additionalProperties"] is False
        assert name in check["required"]
        assert set(COMMON_CHECK_KEYS) <= set(check["properties"])
        assert kind.summary in check["description"]
    for model in ("Source", "Claim", "Settings", "Known", "ChangeSpec", "ShareSpec"):
        assert definitions[model]["additionalProperties"] is False, model
    assert schema["additionalProperties"] is False
    assert schema["properties"]["claims"]["propertyNames"]["pattern"]
    assert "Publication date" in definitions["Source"]["properties"]["published"]["description"]


@pytest.mark.parametrize("path", valid_files())
def test_valid_files_validate(path: Path) -> None:
    errors = sorted(validator().iter_errors(data_of(path)), key=str)
    assert not errors, [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors]


@pytest.mark.parametrize("name", sorted(SCHEMA_REJECTS_BUT_ENGINE_JUDGES))
def test_engine_lenient_shapes_are_rejected(name: str) -> None:
    assert not validator().is_valid(data_of(EXAMPLES / name))


@pytest.mark.parametrize("name", SCHEMA_REJECTS)
def test_shape_errors_are_rejected(name: str) -> None:
    path = EXAMPLES / "errors" / f"{name}.yaml"
    assert not is_valid_example(path)
    try:
        data = data_of(path)
    except LoadError:  # pragma: no cover - these files load; their shape is wrong
        pytest.fail(f"{path} should load as YAML")
    assert not validator().is_valid(data)


def test_numbers_as_an_editor_types_them_are_accepted() -> None:
    """``value: 300`` and ``date: 2002`` are numbers to yaml-language-server: still valid."""
    document = {
        "source": {"published": "2018-09-05"},
        "claims": {"count": {"value": 300, "precision": 1}, "year": {"date": 2002}},
        "checks": [
            {"share": {"part": "count", "whole": "count", "is": 0.45}, "tolerance": 5},
            {"sum": ["count"], "equals": "count", "known": {"reason": "r", "until": "2030-01-01"}},
        ],
        "settings": {"approx": 10, "currencies": {"Rs": "PKR"}},
    }
    assert validator().is_valid(document)


@pytest.mark.parametrize(
    "check",
    [
        {"sum": ["a"]},  # neither equals nor at_most
        {"sum": ["a"], "equals": "b", "at_most": "c"},
        {"same": ["a", "b"], "equal": "c"},  # unknown key
        {"expect": "a < b", "id": "has space"},
        {"order": ["a"]},  # fewer than two
        {"change": {"from": "a", "to": "b"}},  # no by
    ],
)
def test_bad_checks_are_rejected(check: dict[str, Any]) -> None:
    document = {"source": {"published": "2018-09-05"}, "claims": {}, "checks": [check]}
    assert not validator().is_valid(document)


def test_the_schema_lists_the_kinds_in_one_order_whatever_imported_them_first() -> None:
    program = (
        "import checks.kinds.span, checks.kinds.change\n"
        "from checks.kinds import load_kinds\n"
        "from checks.schema import render_schema\n"
        "print(' '.join(load_kinds()))\n"
        "print(render_schema(), end='')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, timeout=120
    )
    names, _, schema = done.stdout.partition("\n")
    assert names.split() == list(KIND_MODULES)
    assert schema == render_schema()
