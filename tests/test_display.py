"""How numbers are written back: the units and nouns the text used, in agreement."""

from __future__ import annotations

from pathlib import Path

import pytest

from checks.display import Display, singular
from checks.engine import Options, run


@pytest.mark.parametrize(
    ("plural", "one"),
    [
        ("deaths", "death"),
        ("seats", "seat"),
        ("days", "day"),
        ("casualties", "casualty"),
        ("boxes", "box"),
        ("churches", "church"),
        ("classes", "class"),
        ("tonnes", "tonne"),
    ],
)
def test_a_plural_noun_after_one_is_singular(plural: str, one: str) -> None:
    assert singular(plural) == one
    assert Display(suffix=plural).format(1.0) == f"1 {one}"
    assert Display(suffix=plural).format(2.0) == f"2 {plural}"


@pytest.mark.parametrize(
    "word",
    ["census", "species", "series", "economics", "news", "buses", "houses", "ms", "lbs",
     "people", "Seats", "households in district"],
)  # fmt: skip
def test_words_that_only_look_plural_or_are_symbols_are_left_as_written(word: str) -> None:
    assert singular(word) == word


def test_a_sum_off_by_one_seat_says_seat(tmp_path: Path) -> None:
    folder = tmp_path
    (folder / "seats.yaml").write_text(
        "source: {title: Election night, published: 2024-07-05}\n"
        "claims:\n"
        "  labour: {value: 411 seats, precision: exact}\n"
        "  others: {value: 239 seats, precision: exact}\n"
        "  total:  {value: 649 seats, precision: exact}\n"
        "checks:\n"
        "  - {id: seats, sum: [labour, others], equals: total}\n",
        encoding="utf-8",
    )
    (check,) = run([str(folder)], Options(details=False)).files[0].checks
    assert check.verdict.value == "mismatch"
    assert "off by 1 seat," in check.message
