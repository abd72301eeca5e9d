"""The screen of diagnoses never hides a fit (checks/diagnoses/screen.py, docs/diagnoses.md).

Properties, by hypothesis, on random ``sum … equals:`` checks: counts, lengths written in
km, m and miles in one sum, money with scale words, percentages; approximate
(``about``, ``nearly``) and open-ended (``more than``) figures; no tolerance, a relative
one and an absolute one:

* a figure the screen rules out in place of an operand never makes the check hold when
  the kind judges it (the lenient reading, which every fit needs). Replacements are
  placed around the edge of the window, where a fit begins, as well as far from it;
* a whole diagnosis is the same with the screen as without it, on sums with a planted
  slip (digits swapped, a scale word, a part left out, a claim of the file in place of
  an operand) and on sums no slip made.

And the screen is worth having: on a household sum it spares most re-judgements.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import event, given, note
from hypothesis import strategies as st
from msgspec.structs import replace

from checks import diagnoses
from checks.diagnoses import diagnose, shifted
from checks.diagnoses.screen import Screen, screen_for
from checks.figures import Context, Figure, parse_figure
from checks.kinds import Kind, Outcome, Scope, Tolerance, load_kinds
from checks.kinds.sum import SumParameters

CONTEXT = Context()
SUM = load_kinds()["sum"]

FAMILIES: dict[str, tuple[str, ...]] = {
    "counts": ("{} people", "some {} people", "more than {} people"),
    "lengths": ("{} km", "{} mi", "{} m", "about {} km", "nearly {} mi"),
    "money": ("${}", "${} million", "${} billion", "about ${} million"),
    "percentages": ("{}%", "about {}%"),
}
TOLERANCES: dict[str, tuple[str | None, ...]] = {
    "counts": (None, "1%", "0.5%", "3 people"),
    "lengths": (None, "2%", "5 km", "0.4 mi"),
    "money": (None, "1%", "$5 million"),
    "percentages": (None, "1%"),
}


@dataclass(frozen=True)
class Check:
    """A sum with its figures, ready to judge and to diagnose."""

    figures: dict[str, Figure]
    parts: list[str]
    tolerance: Tolerance

    @property
    def parameters(self) -> SumParameters:
        return SumParameters(sum=self.parts, equals="total")

    @property
    def scope(self) -> Scope:
        return Scope(dict(self.figures), {}, CONTEXT)

    def holds_with(self, key: str, figure: Figure) -> bool:
        """The kind's own judgement, lenient reading, with ``figure`` in place of ``key``."""
        scope = Scope({**self.figures, key: figure}, {}, CONTEXT)
        try:
            return SUM.judge(self.parameters, scope, True, self.tolerance).holds
        except Exception:  # noqa: BLE001 - what the kind cannot judge does not hold
            return False

    def screen(self) -> Screen | None:
        return screen_for(SUM, self.parameters, self.scope, self.tolerance)


def number(value: float, decimals: int) -> str:
    """``value`` written with thousands commas and ``decimals`` places."""
    return f"{abs(value):,.{decimals}f}"


@st.composite
def sums(draw: st.DrawFn) -> Check:
    """A sum of 1–4 parts and a total close to (or at) their sum, in one family of units."""
    family = draw(st.sampled_from(sorted(FAMILIES)))
    templates = FAMILIES[family]
    count = draw(st.integers(1, 4))
    figures: dict[str, Figure] = {}
    for index in range(count):
        value = draw(st.integers(1, 10**6)) / 10 ** draw(st.integers(0, 2))
        decimals = 0 if family == "counts" else draw(st.integers(0, 2))
        template = draw(st.sampled_from(templates))
        figures[f"part_{index}"] = parse_figure(template.format(number(value, decimals)))
    written = sum(f.nominal for f in figures.values())
    template = draw(st.sampled_from(templates))
    unit = parse_figure(template.format("1"))
    stated = written / (unit.nominal or 1.0) * draw(st.sampled_from([1.0, 1.0, 1.001, 0.97, 1.5]))
    decimals = 0 if family == "counts" else draw(st.integers(0, 3))
    figures["total"] = parse_figure(template.format(number(stated, decimals)))
    tolerance = Tolerance.parse(draw(st.sampled_from(TOLERANCES[family])), CONTEXT)
    return Check(figures, list(figures)[:-1], tolerance)


def _needed(check: Check, key: str) -> float:
    """The nominal value ``key`` would need for the nominal figures to add up exactly."""
    parts = sum(check.figures[name].nominal for name in check.parts if name != key)
    total = check.figures["total"].nominal
    return total - parts if key != "total" else parts


@st.composite
def replacements(draw: st.DrawFn, check: Check) -> tuple[str, Figure]:
    """An operand and a figure for it: near the edge of a fit, exactly on it, or far away."""
    key = draw(st.sampled_from([*check.parts, "total"]))
    figure = check.figures[key]
    needed = _needed(check, key)
    spread = sum(f.lenient.width for f in check.figures.values() if f.lenient.width < 1e300)
    spread += abs(check.figures["total"].nominal) * check.tolerance.relative
    if check.tolerance.absolute is not None:
        spread += abs(check.tolerance.absolute.nominal)
    where = draw(
        st.one_of(
            st.sampled_from([0.0, 0.5, -0.5, 1.0, -1.0, 0.25, -0.25]),
            st.floats(-2.0, 2.0),
            st.sampled_from([1e3, -0.999, 1e6]),
        )
    )
    nudge = draw(st.sampled_from([0.0, 1e-12, -1e-12, 1e-9, -1e-9]))
    amount = needed - figure.nominal + where * spread
    amount += nudge * max(1.0, abs(amount))
    how = draw(st.sampled_from(["shift", "rewrite", "scale"]))
    if how == "scale":
        return key, shifted(figure, figure.nominal * draw(st.sampled_from([999.0, -0.999])))
    if how == "rewrite":  # written out again: a reading of its own (rounding, whole counts)
        text = figure.display.format(figure.nominal + amount, draw(st.integers(2, 7)))
        if figure.counted:
            text = f"{text} {figure.counted}"
        try:
            return key, parse_figure(text)
        except ValueError:
            pass
    return key, shifted(figure, amount)


@given(data=st.data(), check=sums())
def test_a_candidate_ruled_out_never_fits(data: st.DataObject, check: Check) -> None:
    screen = check.screen()
    event("screened" if screen is not None else "no screen (a bound is not finite)")
    for key, figure in data.draw(st.lists(replacements(check), min_size=1, max_size=8)):
        note(f"{key} -> {figure.text} {figure.lenient}; {check.figures}")
        holds = check.holds_with(key, figure)
        ruled_out = screen is not None and screen.rules_out(((key, figure),))
        event("fits" if holds else "ruled out" if ruled_out else "re-judged, no fit")
        assert not (ruled_out and holds)


def test_a_fit_on_the_edge_of_the_window_is_not_ruled_out() -> None:
    """Parts whose sum reaches the total's lenient reading exactly at one end."""
    figures = {
        "part_0": parse_figure("1,200 km"),
        "part_1": parse_figure("about 300 km"),
        "total": parse_figure("1,800 km"),
    }
    check = Check(figures, ["part_0", "part_1"], Tolerance.parse("5 km", CONTEXT))
    # 1,200 km (lenient 1,150–1,250) + about 300 km (270–330) reaches 1,580 km; the total
    # 1,800 km (1,750–1,850) widened by 5 km starts at 1,745 km. A part of 1,745 − 1,580 =
    # 165 km more fits on the edge, and nothing below.
    edge = shifted(figures["part_0"], 165_000.0)
    below = shifted(figures["part_0"], 164_999.0)
    assert check.holds_with("part_0", edge) and not check.holds_with("part_0", below)
    screen = check.screen()
    assert screen is not None
    assert not screen.rules_out((("part_0", edge),))
    assert screen.rules_out((("part_0", shifted(figures["part_0"], 164_000.0)),))


# --- whole diagnoses, with and without the screen -------------------------------------------


@st.composite
def slipped_sums(draw: st.DrawFn) -> tuple[dict[str, Figure], list[str], Tolerance]:
    """A household sum, a slip planted in it (or none), and related claims around it."""
    count = draw(st.integers(2, 4))
    values = [draw(st.integers(100, 99_999)) for _ in range(count)]
    noun = draw(st.sampled_from(["people", "km", "$ million"]))

    def text(value: float) -> str:
        if noun == "$ million":
            return f"${value / 1000:,.3f} million"
        return f"{value:,.0f} {noun}"

    parts = {f"spend_{i}": text(v) for i, v in enumerate(values)}
    total = float(sum(values))
    slip = draw(st.sampled_from(["digits", "scale", "left out", "swap", "none", "nothing"]))
    others = {f"spend_{i}_other": text(draw(st.integers(100, 99_999))) for i in range(6)}
    if slip == "digits":
        written = f"{total:,.0f}"
        i = draw(st.integers(0, len(written) - 2))
        if written[i].isdigit() and written[i + 1].isdigit():
            written = written[:i] + written[i + 1] + written[i] + written[i + 2 :]
        total = float(written.replace(",", ""))
    elif slip == "scale":
        total *= draw(st.sampled_from([1000.0, 0.001]))
    elif slip == "left out":
        extra = draw(st.integers(100, 9_999))
        others["spend_extra"] = text(extra)
        total += extra
    elif slip == "swap":
        others["spend_0_earlier"] = parts["spend_0"]
        parts["spend_0"] = text(draw(st.integers(100, 99_999)))
    elif slip == "none":
        total += draw(st.integers(1, 5000))
    figures = {key: parse_figure(value) for key, value in {**parts, **others}.items()}
    figures["spend_total"] = parse_figure(text(total))
    tolerance = Tolerance.parse(draw(st.sampled_from([None, "1%", "2 km"])), CONTEXT)
    return figures, list(parts), tolerance


@given(case=slipped_sums())
def test_a_diagnosis_is_the_same_with_and_without_the_screen(
    case: tuple[dict[str, Figure], list[str], Tolerance],
) -> None:
    figures, parts, tolerance = case
    parameters = SumParameters(sum=parts, equals="spend_total")
    scope = Scope(figures, {}, CONTEXT)
    screened = diagnose(SUM, parameters, scope, tolerance)
    full = diagnose(SUM, parameters, scope, tolerance, screened=False)
    event(screened.cause if screened else "no diagnosis")
    assert screened == full


def test_the_screen_spares_most_re_judgements_of_a_household_sum() -> None:
    """Digit swaps, scale words and 30 claims of the file, nearly all far from the gap."""
    figures = {f"spend_{i}": parse_figure(f"${1000 + 37 * i:,} million") for i in range(30)}
    figures |= {"rent": parse_figure("$1,681 million"), "food": parse_figure("$943 million")}
    figures["spend_total"] = parse_figure("$2,642 million")  # 1,681 + 943 = 2,624
    parameters = SumParameters(sum=["rent", "food"], equals="spend_total")
    counted, calls = _counting(SUM)
    scope = Scope(figures, {}, CONTEXT)
    screened = diagnose(counted, parameters, scope, Tolerance())
    judged_screened = len(calls)
    full = diagnose(counted, parameters, scope, Tolerance(), screened=False)
    judged_in_full = len(calls) - judged_screened
    assert screened is not None and screened.cause == "digit_transposition"
    assert screened == full
    assert judged_screened * 5 < judged_in_full, (judged_screened, judged_in_full)


def _counting(kind: Kind[Any]) -> tuple[Kind[Any], list[bool]]:
    calls: list[bool] = []

    def judge(parameters: Any, scope: Scope, lenient: bool, tolerance: Tolerance) -> Outcome:
        calls.append(lenient)
        return kind.judge(parameters, scope, lenient, tolerance)

    return replace(kind, judge=judge), calls


def test_a_candidate_ruled_out_counts_against_the_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """The search stops where it always stopped: here before the one slip that fits.

    40 parts and 50 related claims: ``operand_swap`` alone proposes 41 × 50 candidates,
    past the 2,000 of the budget, so ``missing_part`` (the part of 5 people left out) is
    never tried, with the screen or without it. Had the screen's skipped candidates not
    counted, the search would have gone on and found it.
    """
    counts = [1001 + 10 * i for i in range(40)]
    figures = {f"part_{i}": parse_figure(f"{count:,} people") for i, count in enumerate(counts)}
    figures["part_gap"] = parse_figure("5 people")
    figures |= {f"part_{i}_other": parse_figure(f"{50_001 + 10 * i:,} people") for i in range(60)}
    figures["part_total"] = parse_figure(f"{sum(counts) + 5:,} people")
    parameters = SumParameters(sum=[f"part_{i}" for i in range(40)], equals="part_total")
    scope = Scope(figures, {}, CONTEXT)
    assert diagnose(SUM, parameters, scope, Tolerance()) is None
    assert diagnose(SUM, parameters, scope, Tolerance(), screened=False) is None
    monkeypatch.setattr(diagnoses, "MAX_CANDIDATES", 10_000)
    unbounded = diagnose(SUM, parameters, scope, Tolerance())
    assert unbounded is not None and unbounded.cause == "missing_part"
