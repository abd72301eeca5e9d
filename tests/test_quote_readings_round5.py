"""Quote readings after an adversarial review of the fourth round.

A part of a point is no point; a bare "N billion" takes only the unit of the figure it
is compared with; "plus one" is a vote, not "plus 1%"; an estimate takes only a rate per
share; a rate "for every hostage released" is per hostage. Each table pairs readings
that must hold with `_wrong` twins that must stay a `mismatch`.
"""

from pathlib import Path

from quote_verdicts import consistent_but_wrong, verdicts

from checks.engine import Options, run
from checks.results import Verdict


def _messages(tmp_path: Path, text: str, claims: str) -> dict[str, str]:
    """The quote messages of ``claims`` (indented records) against the source ``text``."""
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    (tmp_path / "story.yaml").write_text(
        "source: {published: 2024-05-23, text: story.txt}\nclaims:\n" + claims,
        encoding="utf-8",
    )
    result = run([str(tmp_path)], Options())
    return {c.check_id.removeprefix("quote-"): c.message or "" for _, c in result.all_checks()}


def test_a_part_of_a_point_is_no_point(tmp_path: Path) -> None:
    """"Cut rates by a quarter of a point" states 0.25 points and "a fraction of a point"
    less than one: neither is `1 percentage point`, which "a margin of a point" is."""
    found = verdicts(
        tmp_path,
        "The Fed cut rates by a quarter of a point. The yield rose a tenth of a point. Her"
        " lead shrank by a fraction of a point. Rates fell half of a percentage point. Bonds"
        " gained three-quarters of a percentage point. He won with a margin of a point.",
        '  quarter: {value: 0.25 percentage points, quote: "cut rates by a quarter of a'
        ' point"}\n'
        '  tenth: {value: 0.1 percentage points, quote: "rose a tenth of a point"}\n'
        '  three: {value: 0.75 percentage points, quote: "gained three-quarters of a'
        ' percentage point"}\n'
        '  margin: {value: 1 percentage point, quote: "a margin of a point"}\n'
        '  quarter_wrong: {value: 1 percentage point, quote: "cut rates by a quarter of a'
        ' point"}\n'
        '  tenth_wrong: {value: 1 percentage point, quote: "rose a tenth of a point"}\n'
        '  fraction_wrong: {value: 1 percentage point, quote: "shrank by a fraction of a'
        ' point"}\n'
        '  half_wrong: {value: 1 percentage point, quote: "fell half of a percentage'
        ' point"}\n'
        '  three_wrong: {value: 1 percentage point, quote: "gained three-quarters of a'
        ' percentage point"}\n'
        '  margin_wrong: {value: 2 percentage points, quote: "a margin of a point"}\n',
    )
    assert len(found) == 10
    assert found == consistent_but_wrong(found)


def test_a_mismatch_names_about_a_point(tmp_path: Path) -> None:
    """"About a point" against `1 percentage point` drops the qualifier: the message says
    what the quote states, not that it states no figure."""
    messages = _messages(
        tmp_path,
        "The margin was about a point.",
        '  about_wrong: {value: 1 percentage point, quote: "The margin was about a point"}\n',
    )
    assert "states about a point," in messages["about_wrong"]
    assert "no figure" not in messages["about_wrong"]


def test_a_bare_number_takes_the_unit_of_the_figure_it_is_compared_with(
    tmp_path: Path,
) -> None:
    """"$6.1 billion, up from 5.8 billion" states `$5.8 billion`; "€4.1 billion, up from 3.8
    billion" is no `$3.8 billion` for the "$2 billion" after it, nor "users rose to 1.5
    billion, up from 1.2 billion" `$1.2 billion` for the revenue before. A sentence that
    writes two units of the scale states no unit for a bare number (`eur`, `gas`)."""
    found = verdicts(
        tmp_path,
        "Sales in Europe hit €4.1 billion, up from 3.8 billion, while US sales were $2"
        " billion. Gas output rose to 2.5 million cubic metres a day, up from 2.3 million, and"
        " oil output was 1.1 million barrels a day. Revenue hit $2.1 billion and users rose to"
        " 1.5 billion, up from 1.2 billion. Exports rose to 1.2 million tonnes, worth $2"
        " million, from 1.1 million. The bank paid $5.2 billion for 2.1 billion savers,"
        " against 1.9 billion last year. Capex reached $6.1 billion, up from 5.8 billion.",
        '  capex: {value: $5.8 billion, quote: "up from 5.8 billion"}\n'
        '  capex_wrong: {value: $5.7 billion, quote: "up from 5.8 billion"}\n'
        '  usd_wrong: {value: $3.8 billion, quote: "up from 3.8 billion"}\n'
        '  gas_wrong: {value: 2.3 million barrels per day, quote: "up from 2.3 million"}\n'
        '  users_wrong: {value: $1.2 billion, quote: "up from 1.2 billion"}\n'
        '  tonnes_wrong: {value: $1.1 million, quote: "from 1.1 million"}\n'
        '  savers_wrong: {value: $1.9 billion, quote: "against 1.9 billion last year"}\n'
        '  eur: {value: €3.8 billion, quote: "up from 3.8 billion"}\n'
        '  gas: {value: 2.3 million cubic metres per day, quote: "up from 2.3 million"}\n',
    )
    assert len(found) == 9
    assert (found.pop("eur"), found.pop("gas")) == (Verdict.MISMATCH, Verdict.MISMATCH)
    assert found == consistent_but_wrong(found)
