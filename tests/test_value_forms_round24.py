"""Values as news writes them, found by the tech, agriculture and weather reviews.

Bits and bytes are information, never counts ("400 Gb/s", "a 100Mb line", "1,024 KB");
grain futures' fractions ("17-1/4 cents", "$4.70-1/2"); marketing years ("2024/25") are
no fraction; "just over" and "just under" are within 10%; "30 days or more" is a bound;
"8% smaller" is a fall; "31 straight days" a length of time; "$5.63 a pound" asks which
pound. Each reading is checked with a near miss (`_wrong`) that must stay a mismatch.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest import approx

from checks.engine import Options, run
from checks.figures import FigureError, parse_figure
from checks.results import Verdict

CONSISTENT, MISMATCH, ERROR = Verdict.CONSISTENT, Verdict.MISMATCH, Verdict.ERROR


def verdicts(tmp_path: Path, claims: str, checks: str) -> dict[str, tuple[Verdict, str]]:
    """Each check's verdict and message, by id, for the indented ``claims`` and ``checks``."""
    (tmp_path / "c.yaml").write_text(
        f"source: {{published: 2025-03-04}}\nclaims:\n{claims}checks:\n{checks}",
        encoding="utf-8",
    )
    result = run([str(tmp_path)], Options())
    assert result.error_count == 0, [e for f in result.files for e in f.errors]
    return {c.check_id: (c.verdict, c.message or "") for _, c in result.all_checks()}


def expected(found: dict[str, tuple[Verdict, str]]) -> dict[str, Verdict]:
    """A mismatch for each ``_wrong`` check, else consistent."""
    return {name: MISMATCH if name.endswith("_wrong") else CONSISTENT for name in found}


# ---------------------------------------------------------------- bits and bytes


@pytest.mark.parametrize(
    ("text", "bits"),
    [
        ("400 Gb/s", 400e9), ("400 Gbit/s", 400e9), ("100Mb", 100e6), ("100 Mbps", 100e6),
        ("300 kbps", 300e3), ("5 Kb", 5e3), ("2 Tb", 2e12), ("3 megabits", 3e6),
        ("1,024 KB", 1024 * 8e3), ("1,024 kB", 1024 * 8e3), ("2 GB", 16e9), ("2 gigabytes", 16e9),
        ("50 MB", 400e6), ("1 TB", 8e12), ("3 PB", 24e15), ("2 GiB", 2 * 8 * 2**30),
        ("512 MiB", 512 * 8 * 2**20), ("4 KiB", 4 * 8 * 1024), ("10 bytes", 80),
    ],
)  # fmt: skip
def test_bits_and_bytes_are_information(text: str, bits: float) -> None:
    """Lower-case b is a bit, capital B a byte (8 bits), decimal unless written KiB/MiB/GiB."""
    figure = parse_figure(text)
    assert figure.counted is None
    assert ("[information]", 1) in figure.dimension
    per_second = 86_400 if ("[time]", -1) in figure.dimension else 1
    assert figure.nominal == approx(bits * per_second)


@pytest.mark.parametrize("text", ["300 Kb/d", "300 kb/d", "2 MMb/d"])
def test_oil_flows_keep_their_barrels(text: str) -> None:
    """"300 kb/d" is thousands of barrels a day, never kilobits a day."""
    assert parse_figure(text).dimension == (("[length]", 3), ("[time]", -1))


def test_lower_case_mb_a_day_stays_ambiguous() -> None:
    with pytest.raises(FigureError, match="thousand barrels a day"):
        parse_figure("1.2 mb/d")


def test_data_sizes_and_rates_convert_and_never_equal_counts(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "  gbit: {value: 400 Gb/s}\n"
        "  gbyte: {value: 50 GB/s}\n"
        "  line: {value: 100Mb}\n"
        "  line_bytes: {value: 12.5 MB}\n"
        "  cache: {value: '1,024 KB'}\n"
        "  cache_mb: {value: 1 MB}\n"
        "  model: {value: 2 GB}\n"
        "  params: {value: 16 billion parameters}\n"
        "  bare: {value: 16 billion}\n"
        "  eight_times: {value: 400 GB/s}\n",
        "  - {id: gbit_gbyte, same: [gbit, gbyte]}\n"
        "  - {id: mb_megabytes, same: [line, line_bytes]}\n"
        "  - {id: kb_mb, same: [cache, cache_mb]}\n"
        "  - {id: bits_for_bytes_wrong, same: [gbit, eight_times]}\n"
        "  - {id: bytes_parameters_wrong, same: [model, params]}\n"
        "  - {id: bytes_bare_wrong, same: [model, bare]}\n",
    )
    assert {name: verdict for name, (verdict, _) in found.items()} == expected(found)
    assert "information" in found["bytes_parameters_wrong"][1]


def test_a_sum_of_bytes_is_no_pure_number(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        "  storage: {value: 512 GB}\n  total: {value: '4,096 billion'}\n",
        "  - {id: bytes_sum, sum: [storage], equals: total}\n",
    )
    assert found["bytes_sum"][0] == ERROR


def test_a_slip_of_bytes_is_shown_in_bytes(tmp_path: Path) -> None:
    """Bytes were pure numbers, shown as "12,000,000,000,000,000 times"."""
    found = verdicts(
        tmp_path,
        "  new: {value: 2 TB}\n  old: {value: '1,000 TB'}\n  twice: {value: two times}\n",
        "  - {id: rack_wrong, expect: new == twice * old}\n",
    )
    verdict, message = found["rack_wrong"]
    assert verdict == MISMATCH
    assert "TB" in message and "times" not in message.split("twice")[0]
