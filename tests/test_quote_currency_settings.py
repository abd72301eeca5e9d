"""A quote in a story's own currency, read alone in another, says which setting fixes it.

A Canadian story's "$5 billion" is C$5 billion and an Egyptian story's "5 billion pounds"
Egyptian pounds, but `$` alone is the US dollar and `pounds` sterling
(docs/money-and-time.md). The quote of a record written in the story's currency stays a
mismatch (the file has not said what its `$` is) and its message names the setting; with
the setting it is consistent. A quote that names its currency ("US$", "Australian
dollars") or states another amount gets no such advice.
"""

from pathlib import Path

from quote_verdicts import judged

from checks.results import Verdict

STORY = (
    "Ottawa will spend $5 billion on housing, the finance minister said. The government"
    " pledged 3 billion dollars. Egypt will spend 5 billion pounds on bread. Qatar's fund"
    " paid 2 billion riyals. Its US partner put in US$4 billion. Canberra added 7 billion"
    " Australian dollars. Ottawa will spend C$7 billion ($5 billion) on roads. Cairo"
    " borrowed 6 billion pounds sterling. Beijing pledged 8 billion yuan. Madrid will spend"
    " 9 billion dollars."
)


CLAIMS = (
    '  cad: {value: C$5 billion, quote: "spend $5 billion on housing"}\n'
    '  cad_dollars: {value: 3 billion Canadian dollars, quote: "pledged 3 billion dollars"}\n'
    '  egp: {value: 5 billion Egyptian pounds, quote: "spend 5 billion pounds"}\n'
    '  qar: {value: 2 billion Qatari riyals, quote: "paid 2 billion riyals"}\n'
)


def test_the_mismatch_names_the_setting_for_the_story_s_currency(tmp_path: Path) -> None:
    found = judged(tmp_path, STORY, CLAIMS)
    assert {name: verdict for name, (verdict, _) in found.items()} == dict.fromkeys(
        found, Verdict.MISMATCH
    )
    assert "set `settings: {currencies: {'$': CAD}}`" in found["cad"][1]
    assert "{'dollars': CAD}" in found["cad_dollars"][1]
    assert "the same amount in GBP" in found["egp"][1]
    assert "{'pounds': EGP}" in found["egp"][1]
    assert "{'riyals': QAR}" in found["qar"][1]


def test_with_the_setting_the_quotes_state_their_records(tmp_path: Path) -> None:
    settings = "settings: {currencies: {$: CAD, dollars: CAD, pounds: EGP, riyals: QAR}}\n"
    found = judged(tmp_path, STORY, CLAIMS, settings)
    assert {name: verdict for name, (verdict, _) in found.items()} == dict.fromkeys(
        found, Verdict.CONSISTENT
    )


def test_no_advice_where_the_quote_names_its_currency_or_another_amount(tmp_path: Path) -> None:
    """Nor where the quote writes the record's currency beside the sign ("C$7 billion ($5
    billion)": that `$` is the US dollar), writes "sterling", or where the record's
    currency is not called so (yen are no yuan, euros no dollars)."""
    found = judged(
        tmp_path,
        STORY,
        '  us: {value: C$4 billion, quote: "US$4 billion"}\n'
        '  aud: {value: 7 billion Canadian dollars, quote: "7 billion Australian dollars"}\n'
        '  other: {value: C$6 billion, quote: "spend $5 billion on housing"}\n'
        '  beside: {value: C$5 billion, quote: "C$7 billion ($5 billion)"}\n'
        '  sterling: {value: 6 billion Egyptian pounds, quote: "6 billion pounds sterling"}\n'
        '  yuan: {value: 8 billion Japanese yen, quote: "pledged 8 billion yuan"}\n'
        '  euros: {value: €9 billion, quote: "spend 9 billion dollars"}\n',
    )
    for verdict, message in found.values():
        assert verdict is Verdict.MISMATCH
        assert "settings" not in message
