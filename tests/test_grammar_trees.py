"""The harness's own parse trees (``grammar.Branch``) say exactly what lark's trees say.

Trees are kept between runs in the per-user cache (``tests/test_usercache.py``), so a
tree read back from there must be the one lark gives for that shape: same rules, same
tokens, same places, in the same order.
"""

from __future__ import annotations

from typing import Any

import pytest

from checks import grammar
from checks.grammar import Branch, Leaf, branches, leaves, tree_from_data, tree_to_data

TEXTS = [
    ("figure", "$300 million"),
    ("figure", "900 km"),
    ("figure", "about 2,775 km"),
    ("figure", "20–30%"),
    ("figure", "1 crore 62 lakh"),
    ("figure", "3.5 million barrels per day"),
    ("figure", "more than 40 people"),
    ("figure", "two-thirds"),
    ("date", "Tuesday, August 31, 2018"),
    ("date", "FY2019-20"),
    ("date", "2018-09-05"),
    ("expression", "total == part_a + part_b * 2 - (x / 3)"),
    ("expression", "a_km * 0.621 == b_miles"),
    ("expression", "1 < x <= 2,000 km != y"),
    ("expression", "(100% + q) ^ 4 == 100% + annualised"),
    ("expression", "-2 ** 2 * x ^ -1 == (y ^ 2) ^ (0.5) - a^2^3"),
]


def lark_tree(text: str, start: str) -> Any:
    return grammar.parser().parse(grammar.shape(text), start=start)


def lark_data(node: Any) -> Any:
    """lark's tree written as ``tree_to_data`` writes ours, node for node."""
    if hasattr(node, "children"):
        return [str(node.data), [lark_data(child) for child in node.children]]
    return [node.type, str(node), node.start_pos, node.end_pos]


@pytest.mark.parametrize(("start", "text"), TEXTS)
def test_a_tree_of_ours_has_lark_s_rules_and_tokens(start: str, text: str) -> None:
    ours = grammar.parse(text, start)
    theirs = lark_tree(text, start)
    assert tree_to_data(ours) == lark_data(theirs)
    assert [b.data for b in branches(ours)] == [str(t.data) for t in theirs.iter_subtrees_topdown()]
    assert [(t.type, t.value, t.start_pos, t.end_pos) for t in leaves(ours)] == [
        (t.type, str(t), t.start_pos, t.end_pos) for t in theirs.scan_values(lambda _: True)
    ]


@pytest.mark.parametrize(("start", "text"), TEXTS)
def test_a_tree_comes_back_from_its_data_unchanged(start: str, text: str) -> None:
    tree = grammar.parse(text, start)
    assert tree_from_data(tree_to_data(tree), grammar.shape(text)) == tree


def test_a_deep_expression_is_converted_without_recursion() -> None:
    text = " + ".join(["a"] * 3_000) + " == b"
    tree = grammar._own_tree(lark_tree(text, "expression"))
    assert sum(1 for leaf in leaves(tree) if leaf.value == "a") == 3_000


@pytest.mark.parametrize(
    "data",
    [
        "single",
        ["single"],
        ["single", "children"],
        [1, []],
        ["single", [["NUMBER", "9", 0]]],
        ["single", [["NUMBER", "9", 0, "1"]]],
        ["single", [["NUMBER", 9, 0, 1]]],
        ["single", [["NUMBER", "9", True, 1]]],
        ["single", [["NUMBER", "99", 0, 2]]],  # not what the shape has there
        ["single", [["NUMBER", "", 5, 3]]],
        ["single", [["NUMBER", "9", -4, -3]]],
    ],
)
def test_data_that_is_not_a_tree_of_the_shape_is_refused(data: Any) -> None:
    with pytest.raises((ValueError, TypeError)):
        tree_from_data(data, "9 km")


def test_a_tree_of_the_shape_is_read() -> None:
    tree = tree_from_data(["single", [["NUMBER", "9", 0, 1], ["WORD", "km", 2, 4]]], "9 km")
    assert [leaf.value for leaf in leaves(tree)] == ["9", "km"]


def test_a_remembered_tree_is_used_instead_of_lark(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the memory says is what the figure reader reads (so it must be right)."""
    marker = Branch("marker", (Leaf("X", "9", 0, 1),))
    remembered = {("figure", "9 remembered shapes"): grammar.tree_to_text(marker)}
    monkeypatch.setattr(grammar, "REMEMBERED", remembered)
    monkeypatch.setattr(grammar, "LEARNED", {})
    grammar.parse_shape.cache_clear()
    try:
        assert grammar.parse("7 remembered shapes", "figure") == marker
        grammar.parse("7 unknown shapes", "figure")
        assert set(grammar.LEARNED) == {("figure", "9 unknown shapes")}
    finally:
        grammar.parse_shape.cache_clear()


def test_a_tree_too_deep_to_write_safely_is_not_remembered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An expression of a few hundred terms parses, but is not kept between runs."""
    monkeypatch.setattr(grammar, "REMEMBERED", {})
    monkeypatch.setattr(grammar, "LEARNED", {})
    grammar.parse_shape.cache_clear()
    text = " + ".join(["a"] * (grammar.MAX_REMEMBERED_DEPTH + 5)) + " == b"
    tree = grammar.parse(text, "expression")
    assert grammar.depth(tree) > grammar.MAX_REMEMBERED_DEPTH
    assert ("expression", grammar.shape(text)) not in grammar.LEARNED
    shallow = grammar.parse("a + b == c", "expression")
    assert grammar.LEARNED[("expression", "a + b == c")] is shallow


@pytest.mark.parametrize(
    ("expression", "quoted"),
    [("a 12 == b", "'12'"), ("a == 12 12 km", "'12'"), ("a + == b", "'=='")],
)
def test_an_expression_error_quotes_the_writer_s_token(expression: str, quoted: str) -> None:
    """The parser sees digits as 9s; the message must show what was written."""
    from checks.expressions import parse_expression
    from checks.kinds import CheckError

    with pytest.raises(CheckError, match=f"unexpected {quoted} in the expression"):
        parse_expression(expression)
