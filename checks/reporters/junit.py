"""``--format junit``: JUnit XML for CI test-report views (Jenkins, GitLab, Azure, ...).

One ``<testsuite>`` per claim file, one ``<testcase>`` per check. ``mismatch`` is a
failure, ``error`` an error, input errors a ``load`` test case with an error; ``known``
passes with its reason visible in ``<system-out>``; ``rounding`` and ``fixed`` pass, and
fail under ``--strict``. Built with :mod:`xml.etree.ElementTree`, never by concatenation.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from checks.reporters import RenderOptions, register
from checks.reporters.sarif import explanation
from checks.results import CheckResult, FileResult, RunResult, Verdict

_INVALID_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (control characters, surrogates)."""
    return _INVALID_XML.sub("", text)


LOAD_CASE = "(load)"
"""The test case of a file's input errors: no check id has brackets, so none collides."""


def classname(path: str) -> str:
    """A JUnit class name for a claim file: ``claims/budget.2024.yaml`` → ``claims.budget_2024``.

    Reporters (Jenkins) take what follows the last dot as the class and the rest as the
    package: the file's folders are the package, its name without the suffix the class.
    """
    folder, _, name = path.replace("\\", "/").rpartition("/")
    stem = re.sub(r"\.ya?ml$", "", name).replace(".", "_")
    package = folder.strip("/").replace("/", ".").replace("..", "_").lstrip(".")
    return clean(f"{package}.{stem}" if package else stem)


def _testcase(suite: ET.Element, path: str, name: str, line: int) -> ET.Element:
    """A ``<testcase>`` under ``suite``."""
    return ET.SubElement(
        suite,
        "testcase",
        {
            "classname": classname(path),
            "name": clean(name),
            "file": clean(path),
            "line": str(line),
            "time": "0",
        },
    )


def _check_case(suite: ET.Element, path: str, check: CheckResult, strict: bool) -> str | None:
    """Add one check's test case; return ``"failure"``, ``"error"`` or ``None`` (passed)."""
    case = _testcase(suite, path, check.check_id, check.location.line)
    properties = ET.SubElement(case, "properties")
    ET.SubElement(properties, "property", {"name": "verdict", "value": check.verdict.value})
    ET.SubElement(properties, "property", {"name": "kind", "value": clean(check.kind)})
    if check.known is not None:
        ET.SubElement(
            properties, "property", {"name": "reason", "value": clean(check.known.reason)}
        )
    text = clean(explanation(check))
    outcome: str | None = None
    if check.verdict is Verdict.ERROR:
        outcome = "error"
    elif check.verdict.fails(strict):
        outcome = "failure"
    if outcome is not None:
        element = ET.SubElement(
            case,
            outcome,
            {"message": text.splitlines()[0] if text else "", "type": check.verdict.value},
        )
        element.text = clean(f"{check.location}: ") + text
    elif check.verdict is not Verdict.CONSISTENT:
        ET.SubElement(case, "system-out").text = f"{check.verdict.value}: {text}"
    return outcome


def _suite(parent: ET.Element, file: FileResult, strict: bool) -> tuple[int, int, int]:
    """Add one file's ``<testsuite>``; return its tests, failures and errors."""
    suite = ET.SubElement(parent, "testsuite", {"name": clean(file.path)})
    tests = failures = errors = 0
    if file.errors:
        first = file.errors[0]
        case = _testcase(suite, file.path, LOAD_CASE, first.location.line)
        message = clean(first.message.splitlines()[0] if first.message else "")
        element = ET.SubElement(case, "error", {"message": message, "type": "input"})
        element.text = clean("\n".join(str(p) for p in file.errors))
        tests += 1
        errors += 1
    for check in file.checks:
        outcome = _check_case(suite, file.path, check, strict)
        tests += 1
        failures += outcome == "failure"
        errors += outcome == "error"
    suite.attrib.update(
        tests=str(tests), failures=str(failures), errors=str(errors), skipped="0", time="0"
    )
    return tests, failures, errors


def junit_tree(run: RunResult) -> ET.Element:
    """The run as a ``<testsuites>`` element."""
    root = ET.Element("testsuites", {"name": "claim-checks"})
    totals = [0, 0, 0]
    for file in run.files:
        for i, n in enumerate(_suite(root, file, run.strict)):
            totals[i] += n
    root.attrib.update(
        tests=str(totals[0]), failures=str(totals[1]), errors=str(totals[2]), skipped="0",
        time="0",
    )  # fmt: skip
    return root


@register("junit", "JUnit XML: one test suite per claim file, one test case per check.")
def render_junit(run: RunResult, options: RenderOptions) -> str:
    """The run as a JUnit XML document."""
    root = junit_tree(run)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
