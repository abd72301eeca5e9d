"""How often a digit swap fits by chance, and how often a real one is still found.

The numbers behind the plausibility rule of docs/diagnoses.md. Two shapes of check, with
counts written to 2, 3 or 4 significant digits:

- ``sum``: ``a + b = t``, two parts and a total;
- ``share``: ``p of w is s%``, the share stated to a whole per cent;
- ``change``: ``from a to b by s%``, the change stated to a whole per cent.

For each, ``N`` random mismatches that no slip made (the total off by up to 30%, or a
share whose stated percentage is another figure) give the *chance* columns: how often some
swap of two adjacent digits of one figure makes the check hold on both readings, as the
slip was tried before the rule, and how often :func:`checks.diagnoses.diagnose` names
``digit_transposition`` today. ``N`` consistent checks with two adjacent digits of one
figure swapped give the *found* column: how often a real swap is diagnosed today. The
lines marked *percentage swapped* swap the stated percentage's digits instead of a count's
(``74%`` printed as ``47%``): the slip for which two-digit percentages count as copied.

A second table does the same for ``decimal_point`` (a decimal point moved one place):
sums of money written with a point (``$6.87bn``) and shares of it stated to a tenth of a
per cent (``23.4%``), to 2, 3 or 4 significant digits. A *wrong figure* replaces the total
or the share by one anywhere from 30 times smaller to 30 times larger (a figure from
another line of the table, say); *chance* is how often moving one point fits it, before
the rule (any figure with a point, either way) and after it (``diagnose`` names
``decimal_point``); *found* is how often a consistent check with one figure's point moved
is diagnosed as that.

Run ``python scripts/coincidence_rates.py [N]`` (default 2,000; fixed seeds, so the same
numbers every time). The figures are random, not news: the rates compare the rule's two
sides on one footing; they are not rates of real-world errors.
"""

from __future__ import annotations

import math
import random
import sys
from collections.abc import Callable
from typing import Any

from checks.diagnoses import diagnose
from checks.figures import Context, Figure, parse_figure
from checks.kinds import Kind, Scope, Tolerance, load_kinds

KINDS = load_kinds()
Case = tuple[Kind[Any], Any, dict[str, int], int | None]


def rounded(value: float, digits: int) -> int:
    """``value`` rounded to ``digits`` significant digits."""
    exponent = math.floor(math.log10(abs(value))) - digits + 1
    return int(round(value / 10**exponent) * 10**exponent)


def swaps(number: int) -> list[int]:
    """Every number made by swapping two adjacent, different digits (no leading zero)."""
    text = str(number)
    found = []
    for i in range(len(text) - 1):
        if text[i] == text[i + 1] or (i == 0 and text[1] == "0"):
            continue
        chars = list(text)
        chars[i], chars[i + 1] = chars[i + 1], chars[i]
        found.append(int("".join(chars)))
    return found


def sum_case(digits: int, rng: random.Random, consistent: bool) -> Case:
    """``a + b = t``: consistent, or with the total off by up to 30%."""
    a, b = rounded(rng.uniform(100, 9999), digits), rounded(rng.uniform(100, 9999), digits)
    total = a + b if consistent else rounded((a + b) * (1 + rng.uniform(-0.3, 0.3)), digits)
    kind = KINDS["sum"]
    parameters = kind.parameters.model_validate({"sum": ["a", "b"], "equals": "t"})
    return kind, parameters, {"a": a, "b": b, "t": total}, None


def share_case(digits: int, rng: random.Random, consistent: bool) -> Case:
    """``p of w is s%``: s the share to a whole per cent, or another whole per cent."""
    whole = rounded(rng.uniform(500, 9999), digits)
    part = rounded(whole * rng.uniform(0.05, 0.95), digits)
    percent = round(100 * part / whole) if consistent else rng.randint(5, 95)
    kind = KINDS["share"]
    spec = {"share": {"part": "p", "whole": "w", "is": "s"}}
    return kind, kind.parameters.model_validate(spec), {"p": part, "w": whole}, percent


def change_case(digits: int, rng: random.Random, consistent: bool) -> Case:
    """``from a to b by s%``: s the change to a whole per cent, or another whole per cent."""
    start = rounded(rng.uniform(500, 9999), digits)
    end = rounded(start * rng.uniform(0.2, 3.0), digits)
    if consistent:
        percent = round(100 * (end - start) / start)
    else:
        percent = rng.choice([-1, 1]) * rng.randint(5, 95)
    kind = KINDS["change"]
    spec = {"change": {"from": "a", "to": "b", "by": "s"}}
    return kind, kind.parameters.model_validate(spec), {"a": start, "b": end}, percent


def scope_of(numbers: dict[str, int], percent: int | None) -> Scope:
    """The claims of a case as figures (counts of people, and the stated percentage)."""
    figures: dict[str, Figure] = {
        name: parse_figure(f"{value:,} people") for name, value in numbers.items()
    }
    if percent is not None:
        figures["s"] = parse_figure(f"{percent}%")
    return Scope(figures, {}, Context())


def holds(kind: Kind[Any], parameters: Any, scope: Scope) -> bool:
    """Whether the check holds on both readings."""
    tolerance = Tolerance()
    return all(kind.judge(parameters, scope, lenient, tolerance).holds for lenient in (False, True))


def any_swap_fits(case: Case) -> bool:
    """Whether swapping two adjacent digits of one figure makes the check hold (no rule)."""
    kind, parameters, numbers, percent = case
    for name, value in numbers.items():
        for swapped in swaps(value):
            if holds(kind, parameters, scope_of({**numbers, name: swapped}, percent)):
                return True
    if percent is not None:
        sign = -1 if percent < 0 else 1
        return any(
            holds(kind, parameters, scope_of(numbers, sign * swapped))
            for swapped in swaps(abs(percent))
        )
    return False


def diagnosed_as_swap(case: Case) -> bool:
    """Whether today's diagnosis of the case is ``digit_transposition``."""
    kind, parameters, numbers, percent = case
    found = diagnose(kind, parameters, scope_of(numbers, percent), Tolerance())
    return found is not None and found.cause == "digit_transposition"


def swapped_percent(percent: int, rng: random.Random) -> int | None:
    """The stated percentage with two adjacent digits swapped, or ``None`` (one digit)."""
    options = swaps(abs(percent))
    if not options:
        return None
    return rng.choice(options) * (-1 if percent < 0 else 1)


def rates(
    make: Callable[[int, random.Random, bool], Case], digits: int, n: int, percent_swapped: bool
) -> str:
    """One line of the table: chance before and after the rule, real swaps found."""
    rng = random.Random(digits)
    mismatches = before = after = 0
    while mismatches < n:
        case = make(digits, rng, False)
        kind, parameters, numbers, percent = case
        if holds(kind, parameters, scope_of(numbers, percent)) or not all(numbers.values()):
            continue
        mismatches += 1
        before += any_swap_fits(case)
        after += diagnosed_as_swap(case)
    broken = found = 0
    while broken < n:
        kind, parameters, numbers, percent = make(digits, rng, True)
        if percent_swapped:
            assert percent is not None
            new = swapped_percent(percent, rng)
            if new is None:
                continue
            case = (kind, parameters, numbers, new)
        else:
            name = rng.choice(sorted(numbers))
            options = swaps(numbers[name])
            if not options:
                continue
            case = (kind, parameters, {**numbers, name: rng.choice(options)}, percent)
        if holds(kind, parameters, scope_of(case[2], case[3])):
            continue
        broken += 1
        found += diagnosed_as_swap(case)
    name = make.__name__.removesuffix("_case") + (", percentage swapped" if percent_swapped else "")
    return (
        f"| {name} | {digits} | {100 * before / n:.1f}% | "
        f"{100 * after / n:.1f}% | {100 * found / n:.1f}% |"
    )


def pointed(value: float, digits: int) -> str | None:
    """``value`` to ``digits`` significant digits, written with a decimal point, or ``None``."""
    exponent = math.floor(math.log10(abs(value)))
    decimals = digits - 1 - exponent
    if decimals <= 0:
        return None
    return f"{value:.{decimals}f}"


Texts = dict[str, str]


def money_sum(digits: int, rng: random.Random, consistent: bool) -> tuple[Any, Texts] | None:
    """``a + b = t`` in $bn with points; the total, when wrong, from 1/30 to 30 times off."""
    a, b = rng.uniform(1, 9.99), rng.uniform(1, 9.99)
    ta, tb = pointed(a, digits), pointed(b, digits)
    if ta is None or tb is None:
        return None
    total = float(ta) + float(tb)
    if not consistent:
        total *= 10 ** rng.uniform(-1.5, 1.5)
    tt = pointed(total, digits)
    if tt is None:
        return None
    kind = KINDS["sum"]
    parameters = kind.parameters.model_validate({"sum": ["a", "b"], "equals": "t"})
    texts = {"a": f"${ta}bn", "b": f"${tb}bn", "t": f"${tt}bn"}
    return (kind, parameters), texts


def money_share(digits: int, rng: random.Random, consistent: bool) -> tuple[Any, Texts] | None:
    """``p of w is s%``, s to a tenth of a per cent; when wrong, from 1/30 to 30 times off."""
    w = rng.uniform(1, 9.99)
    tw = pointed(w, digits)
    tp = pointed(w * rng.uniform(0.05, 0.95), digits)
    if tw is None or tp is None:
        return None
    share = 100 * float(tp) / float(tw)
    if not consistent:
        share *= 10 ** rng.uniform(-1.5, 1.5)
    ts = pointed(share, 3) if share < 100 else None
    if ts is None:
        return None
    kind = KINDS["share"]
    spec = {"share": {"part": "p", "whole": "w", "is": "s"}}
    texts = {"p": f"${tp}bn", "w": f"${tw}bn", "s": f"{ts}%"}
    return (kind, kind.parameters.model_validate(spec)), texts


def point_scope(texts: Texts) -> Scope:
    """The claims of a decimal point case as figures."""
    return Scope({name: parse_figure(text) for name, text in texts.items()}, {}, Context())


def moved(text: str, places: int) -> str:
    """The first number of ``text`` with its point moved (the slip, as a writer makes it)."""
    from checks.diagnoses.decimal_point import moved_point

    token = next(t for t in text.replace("$", " ").replace("bn", " ").replace("%", " ").split())
    return text.replace(token, moved_point(token, places), 1)


MakePoint = Callable[[int, random.Random, bool], tuple[Any, Texts] | None]


def point_rates(make: MakePoint, digits: int, n: int) -> str:
    """One line of the decimal point table."""
    rng = random.Random(100 + digits)
    mismatches = before = after = 0
    while mismatches < n:
        made = make(digits, rng, False)
        if made is None:
            continue
        (kind, parameters), texts = made
        if holds(kind, parameters, point_scope(texts)):
            continue
        mismatches += 1
        before += any(
            "." in text and _holds_lenient(kind, parameters, point_scope({**texts, name: new}))
            for name, text in texts.items()
            for new in (moved(text, 1), moved(text, -1))
        )
        found = diagnose(kind, parameters, point_scope(texts), Tolerance())
        after += found is not None and found.cause == "decimal_point"
    broken = real = 0
    while broken < n:
        made = make(digits, rng, True)
        if made is None:
            continue
        (kind, parameters), texts = made
        name = rng.choice(sorted(texts))
        slipped = {**texts, name: moved(texts[name], rng.choice((1, -1)))}
        if holds(kind, parameters, point_scope(slipped)):
            continue
        broken += 1
        found = diagnose(kind, parameters, point_scope(slipped), Tolerance())
        real += found is not None and found.cause == "decimal_point"
    name = make.__name__.replace("_", " ")
    rates = [f"{100 * count / n:.1f}%" for count in (before, after, real)]
    return f"| {name} | {digits} | " + " | ".join(rates) + " |"


def _holds_lenient(kind: Kind[Any], parameters: Any, scope: Scope) -> bool:
    return bool(kind.judge(parameters, scope, True, Tolerance()).holds)


def main(argv: list[str]) -> int:
    """Print the table (Markdown) for ``N`` cases a line."""
    n = int(argv[0]) if argv else 2_000
    print(f"{n:,} random mismatches and {n:,} real swaps a line")
    print("| check | significant digits | chance, before | chance, after | real swaps found |")
    print("| --- | --- | --- | --- | --- |")
    lines = [(sum_case, False), (share_case, False), (share_case, True), (change_case, True)]
    for make, percent_swapped in lines:
        for digits in (2, 3, 4):
            print(rates(make, digits, n, percent_swapped))
    print()
    print(f"{n:,} wrong figures and {n:,} real moved points a line (decimal_point)")
    print("| check | significant digits | chance, before | chance, after | real slips found |")
    print("| --- | --- | --- | --- | --- |")
    for point_make in (money_sum, money_share):
        for digits in (2, 3, 4):
            print(point_rates(point_make, digits, n))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
