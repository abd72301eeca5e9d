"""The ``# expect`` directives that example and hostile claim files carry in their header.

``# expect <check-id>: <verdict>``, ``# expect error at line <N>``, and
``# message of <check-id> contains: <text>`` / ``# message of error at line <N> contains: …``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

DIRECTIVE = re.compile(
    r"^# (?:"
    r"expect error at line (?P<error_line>\d+)"
    r"|expect (?P<check>[A-Za-z0-9][A-Za-z0-9_.\-]*): (?P<verdict>[a-z]+)"
    r"|message of (?:error at line (?P<message_line>\d+)|(?P<message_check>\S+)) "
    r"contains: (?P<text>.+)"
    r")\s*$"
)


@dataclass
class Expectation:
    """What one claim file must give: error lines, verdicts, message fragments."""

    verdicts: dict[str, str] = field(default_factory=dict)
    error_lines: list[int] = field(default_factory=list)
    check_messages: list[tuple[str, str]] = field(default_factory=list)
    error_messages: list[tuple[int, str]] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """2 with an input error, else 1 with a failing verdict, else 0."""
        if self.error_lines:
            return 2
        return 1 if {"mismatch", "error"} & set(self.verdicts.values()) else 0


def parse_directives(text: str) -> Expectation:
    """The directives of the leading comment lines of ``text``."""
    expectation = Expectation()
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = DIRECTIVE.match(line)
        if match is None:
            assert not line.startswith(("# expect", "# message")), f"malformed: {line!r}"
            continue
        if match["error_line"]:
            expectation.error_lines.append(int(match["error_line"]))
        elif match["check"]:
            assert match["check"] not in expectation.verdicts, f"{match['check']} listed twice"
            expectation.verdicts[match["check"]] = match["verdict"]
        elif match["message_line"]:
            expectation.error_messages.append((int(match["message_line"]), match["text"]))
        else:
            expectation.check_messages.append((match["message_check"], match["text"]))
    return expectation
