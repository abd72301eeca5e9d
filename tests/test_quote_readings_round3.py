"""Quote readings from the second adversarial review of the day's rules.

Shared currency names owned by the country that is the subject or adjective, not by any
country the sentence names; "last year" ends a figure before a participle, an adverb or a
name; the noun a rate is per stops at "then", "statewide", "compared". Each table pairs
readings that must hold with `_wrong` twins that must stay a `mismatch`.
"""

import datetime as dt
from pathlib import Path

import pytest
from quote_verdicts import consistent_but_wrong, verdicts

from checks.figures import Context
from checks.quotes import figures_in


def test_a_shared_currency_name_is_owned_by_its_subject_not_any_country_named(
    tmp_path: Path,
) -> None:
    """"Swiss aid to Senegal rose to 50 million francs" is in Swiss francs: a destination or
    a person ("Chad Morris") does not take the name from the record's own country; the
    possessor, the adjective or the subject of the clause does ("Pakistan's central bank
    said the rupee slid", "Unlike India, Pakistan pledged")."""
    found = verdicts(
        tmp_path,
        "Swiss aid to Senegal rose to 50 million francs last year, the foreign ministry in"
        " Bern said. Switzerland's exports to Cameroon reached 120 million francs. Chad"
        " Morris, the Swiss group's finance chief, said profit rose to 3bn francs. Kuwait's"
        " sovereign fund, advised by Jordan Belfort, lost 2bn dinars. Norwegian oil revenue,"
        " pumped from fields near Denmark, hit 900bn kroner. Indian investors poured 500"
        " million rupees into Nepal's hydropower sector last year. India's exports to Sri"
        " Lanka rose to 300 billion rupees. In Karachi, Pakistan's central bank said the"
        " rupee slid to 280 per dollar. Chad's finance ministry said revenue rose to 4bn"
        " francs. In Jordan, the fund lost 6bn dinars. Unlike India, Pakistan pledged 700"
        " million rupees. India's exports grew while the Pakistani rupee slid to 290 per"
        " dollar.",
        '  sn: {value: 50 million Swiss francs, quote: "rose to 50 million francs"}\n'
        '  cm: {value: 120 million Swiss francs, quote: "reached 120 million francs"}\n'
        '  ch: {value: 3bn Swiss francs, quote: "profit rose to 3bn francs"}\n'
        '  kw: {value: 2bn Kuwaiti dinars, quote: "lost 2bn dinars"}\n'
        '  no: {value: 900bn Norwegian kroner, quote: "hit 900bn kroner"}\n'
        '  np: {value: 500 million Indian rupees, quote: "500 million rupees"}\n'
        '  sl: {value: 300 billion Indian rupees, quote: "rose to 300 billion rupees"}\n'
        '  pk: {value: 280 Pakistani rupees per US dollar, quote: "the rupee slid to 280 per'
        ' dollar"}\n'
        '  pk_wrong: {value: 280 Indian rupees per US dollar, quote: "the rupee slid to 280'
        ' per dollar"}\n'
        '  cm_wrong: {value: 4bn Swiss francs, quote: "revenue rose to 4bn francs"}\n'
        '  jo_wrong: {value: 6bn Kuwaiti dinars, quote: "the fund lost 6bn dinars"}\n'
        '  unlike_wrong: {value: 700 million Indian rupees, quote: "Pakistan pledged 700'
        ' million rupees"}\n'
        '  adj_wrong: {value: 290 Indian rupees per US dollar, quote: "rupee slid to 290 per'
        ' dollar"}\n'
        '  sn_wrong: {value: 5 million Swiss francs, quote: "rose to 50 million francs"}\n',
    )
    assert len(found) == 14
    assert found == consistent_but_wrong(found)


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [
        ("£14,347 per pupil last year rising to £15,100.", ["£14,347 per pupil", "£15,100"]),
        ("Schools spent £6,400 per pupil last year excluding capital.", ["£6,400 per pupil"]),
        ("Pollution averaged 38 µg/m³ last year nationwide.", ["38 µg/m³"]),
        ("Sizes were 15.9 pupils per teacher last year overall.", ["15.9 pupils per teacher"]),
        ("Prices hit £680 per square foot last year London agents said.", ["£680 per square foot"]),
        ("Couriers charge £30 per next day delivery.", ["£30 per next day delivery"]),
        ("Universities get £1,000 per first year student.", ["£1,000 per first year student"]),
    ],
)  # fmt: skip
def test_last_year_ends_before_a_participle_an_adverb_or_a_name(
    sentence: str, stated: list[str]
) -> None:
    """Only a lower-case ordinary noun after the period makes it an adjective ("per next day
    delivery"); "last year rising", "last year overall", "last year London" end the figure."""
    found = figures_in(sentence, Context(), dt.date(2024, 5, 23))
    assert [figure.text for figure in found] == stated


def test_records_quoted_before_last_year_and_a_qualifier(tmp_path: Path) -> None:
    """Records copied word for word before "last year rising to", "excluding", "following",
    "overall", "nationwide" or a name are stated; another number or noun is not."""
    found = verdicts(
        tmp_path,
        "Schools spent £14,347 per pupil last year rising to £15,100 this year. Schools spent"
        " £6,200 per pupil last year falling to £6,000. Schools spent £6,400 per pupil last"
        " year excluding capital. Schools spent £6,600 per pupil last year following cuts."
        " Class sizes were 15.9 pupils per teacher last year overall. Pollution averaged 38"
        " µg/m³ last year nationwide. Prices hit £680 per square foot last year London agents"
        " said. Couriers charge £30 per next day delivery.",
        '  ris: {value: "£14,347 per pupil", quote: "£14,347 per pupil last year rising to'
        ' £15,100"}\n'
        '  fal: {value: "£6,200 per pupil", quote: "£6,200 per pupil last year falling to'
        ' £6,000"}\n'
        '  exc: {value: "£6,400 per pupil", quote: "£6,400 per pupil last year excluding'
        ' capital"}\n'
        '  fol: {value: "£6,600 per pupil", quote: "£6,600 per pupil last year following'
        ' cuts"}\n'
        '  ov: {value: "15.9 pupils per teacher", quote: "15.9 pupils per teacher last year'
        ' overall"}\n'
        '  nw: {value: "38 µg/m³", quote: "38 µg/m³ last year nationwide"}\n'
        '  ag: {value: "£680 per square foot", quote: "£680 per square foot last year London'
        ' agents said"}\n'
        '  ris_wrong: {value: "£14,437 per pupil", quote: "£14,347 per pupil last year rising'
        ' to £15,100"}\n'
        '  ov_wrong: {value: "15.9 pupils per class", quote: "15.9 pupils per teacher last'
        ' year overall"}\n'
        '  ag_wrong: {value: "£680 per square metre", quote: "£680 per square foot last year'
        ' London agents said"}\n'
        '  nd_wrong: {value: "£30 per delivery", quote: "£30 per next day delivery"}\n',
    )
    assert len(found) == 11
    assert found == consistent_but_wrong(found)


def test_the_noun_a_rate_is_per_stops_at_an_adverb_or_a_comparison(tmp_path: Path) -> None:
    """"Per 100,000 head of population" is per 100,000 population, "per 1,000 people then"
    per 1,000 people; "per 1,000 head of cattle" and "per 1,000 births compared with" are
    per other things."""
    found = verdicts(
        tmp_path,
        "The death rate was 5.2 per 100,000 residents statewide. Crime was 82 per 1,000"
        " people then, against 60 now. Admissions stood at 12 per 100,000 head of"
        " population. The rate was 9 per 1,000 people compared with 7 in Wales. Losses were"
        " 3 per 1,000 head of cattle. Mortality was 4 per 1,000 births compared with 6 in"
        " Wales. Burglaries were 8 per 1,000 households statewide.",
        '  sw: {value: "5.2 per 100,000 residents", quote: "5.2 per 100,000 residents'
        ' statewide"}\n'
        '  th: {value: "82 per 1,000 people", quote: "82 per 1,000 people then"}\n'
        '  hd: {value: "12 per 100,000 population", quote: "12 per 100,000 head of'
        ' population"}\n'
        '  hdp: {value: "12 per 100,000 people", quote: "12 per 100,000 head of population"}\n'
        '  cw: {value: "9 per 1,000 people", quote: "9 per 1,000 people compared with 7 in'
        ' Wales"}\n'
        '  cattle_wrong: {value: "3 per 1,000 people", quote: "3 per 1,000 head of cattle"}\n'
        '  births_wrong: {value: "4 per 1,000 people", quote: "4 per 1,000 births compared'
        ' with 6 in Wales"}\n'
        '  hh_wrong: {value: "8 per 1,000 residents", quote: "8 per 1,000 households'
        ' statewide"}\n'
        '  th_wrong: {value: "28 per 1,000 people", quote: "82 per 1,000 people then"}\n',
    )
    assert len(found) == 9
    assert found == consistent_but_wrong(found)


def test_the_possessor_of_a_shared_name_outranks_the_subject(tmp_path: Path) -> None:
    """"India said Pakistan's 400 million rupees were lost" is in Pakistani rupees; without a
    possessor the subject owns the name ("Indian investors poured 500 million rupees into
    Nepal's …" is no Nepalese amount, "while Pakistan's budget hit" no Indian one)."""
    found = verdicts(
        tmp_path,
        "Indian investors poured 500 million rupees into Nepal's hydropower sector last year."
        " India said Pakistan's 400 million rupees were lost. India's rupee rose while"
        " Pakistan's budget hit 90 billion rupees. Rates were 12 per 100,000 head of the"
        " population.",
        '  pk: {value: 400 million Pakistani rupees, quote: "400 million rupees"}\n'
        '  hp: {value: "12 per 100,000 people", quote: "12 per 100,000 head of the'
        ' population"}\n'
        '  npr_wrong: {value: 500 million Nepalese rupees, quote: "500 million rupees"}\n'
        '  pk_wrong: {value: 400 million Indian rupees, quote: "400 million rupees"}\n'
        '  while_wrong: {value: 90 billion Indian rupees, quote: "budget hit 90 billion'
        ' rupees"}\n',
    )
    assert len(found) == 5
    assert found == consistent_but_wrong(found)


def test_the_third_reviews_cases(tmp_path: Path) -> None:
    """A reported clause has its own subject ("Nepal's prime minister said India had
    pledged 500 million rupees": Indian rupees); a rate named before its figures stops at
    another "per", a total or another clause; a cutting verb takes its object before the
    size, but a noun of cutting before another verb does not ("the cut left rates 0.25
    points above inflation", "job losses drove unemployment 0.3 points higher"); an -ing
    adjective before a noun after a period ("per first year nursing student")."""
    found = verdicts(
        tmp_path,
        "Nepal's prime minister said India had pledged 500 million rupees for the dam."
        " Spending per pupil was £7,460 and per teacher £50,000. Spending per pupil rose 3%,"
        " to a total of £360m. The IMF cut its forecast 0.2 percentage points to 1.1%. The"
        " cut left rates 0.25 percentage points above inflation. Job losses drove"
        " unemployment 0.3 points higher to 4.5%. Fees are £5,000 per first year nursing"
        " student.",
        '  inr: {value: 500 million Indian rupees, quote: "India had pledged 500 million'
        ' rupees"}\n'
        '  pupil: {value: "£7,460 per pupil", quote: "Spending per pupil was £7,460"}\n'
        '  forecast: {value: 0.2 percentage points lower, quote: "The IMF cut its forecast 0.2'
        ' percentage points"}\n'
        '  nursing: {value: "£5,000 per first year nursing student", quote: "£5,000 per first'
        ' year nursing student"}\n'
        '  npr_wrong: {value: 500 million Nepalese rupees, quote: "India had pledged 500'
        ' million rupees"}\n'
        '  teacher_wrong: {value: "£50,000 per pupil", quote: "Spending per pupil was £7,460'
        ' and per teacher £50,000"}\n'
        '  total_wrong: {value: "£360m per pupil", quote: "Spending per pupil rose 3%, to a'
        ' total of £360m"}\n'
        '  forecast_wrong: {value: 0.2 percentage points higher, quote: "The IMF cut its'
        ' forecast 0.2 percentage points"}\n'
        '  left_wrong: {value: "-0.25 percentage points", quote: "The cut left rates 0.25'
        ' percentage points above inflation"}\n'
        '  drove_wrong: {value: "-0.3 percentage points", quote: "Job losses drove'
        ' unemployment 0.3 points higher"}\n',
    )
    assert len(found) == 10
    assert found == consistent_but_wrong(found)


def test_the_fourth_reviews_cases(tmp_path: Path) -> None:
    """A sentence where one country's minister tells another's reporters takes no currency
    for "rupees" (either record is a mismatch that says what the quote states); an
    adjective heads no reported clause as its owner ("said Indian shelling had caused 500
    million rupees of damage" is Pakistan's money in a Pakistani minister's words, though
    Indian rupees stay possible there: India is named); "said that" reaches the reported
    subject; a
    rate named before its figures reaches "totalled", but not a clause after "whilst",
    ", bringing" or "and" (a list of its figures, "£7,460 next year and £7,610 in 2026",
    is left unread: "and £2bn will go to special needs" is another clause); a
    fall "more than expected" or "higher than forecast" is still a fall; "would make
    households 3% richer" is no cut."""
    found = verdicts(
        tmp_path,
        "Pakistan's finance minister told Indian reporters 500 million rupees had been set"
        " aside. Pakistan's finance minister said Indian shelling had caused 500 million"
        " rupees of damage. India said that Pakistan had pledged 300 million rupees."
        " Funding per pupil will rise to £7,460 next year and £7,610 in 2026. Spending per"
        " pupil totalled £7,100. Funding per pupil rose to £7,460 whilst the schools budget"
        " rose to £61.6bn. Unemployment fell 0.2 points more than economists had expected."
        " Output fell 0.5% higher than the 0.3% fall forecast. Tax cuts would make"
        " households 3% richer.",
        '  told_wrong: {value: 500 million Pakistani rupees, quote: "500 million rupees had been'
        ' set aside"}\n'
        '  shelling: {value: 500 million Pakistani rupees, quote: "Indian shelling had caused'
        ' 500 million rupees"}\n'
        '  said_that: {value: 300 million Pakistani rupees, quote: "Pakistan had pledged 300'
        ' million rupees"}\n'
        '  totalled: {value: "£7,100 per pupil", quote: "Spending per pupil totalled £7,100"}\n'
        '  more: {value: -0.2 percentage points, quote: "Unemployment fell 0.2 points more'
        ' than"}\n'
        '  higher_than: {value: "-0.5%", quote: "Output fell 0.5% higher than"}\n'
        '  told_indian_wrong: {value: 500 million Indian rupees, quote: "500 million rupees had'
        ' been set aside"}\n'
        '  said_that_wrong: {value: 300 million Indian rupees, quote: "Pakistan had pledged'
        ' 300 million rupees"}\n'
        '  whilst_wrong: {value: "£61.6bn per pupil", quote: "the schools budget rose to'
        ' £61.6bn"}\n'
        '  richer_wrong: {value: "-3%", quote: "Tax cuts would make households 3% richer"}\n',
    )
    assert len(found) == 10
    assert found == consistent_but_wrong(found)


def test_the_fifth_reviews_cases(tmp_path: Path) -> None:
    """"Nepal's prime minister told reporters India had pledged 50 billion rupees": whose
    rupees cannot be read from the words, so neither record is taken; an adjective at the
    head of a clause after a comma owns them ("Last year,
    Indian investors poured 50 billion rupees into Nepal's…"); a rate named before its
    figures stops at "and" ("£7,460 and £2bn will go to special needs") but not at an
    aside ("Spending per pupil, with inflation taken into account, rose to £7,460");
    "drive", "help" and "May" inside a cut's object do not block it; "per current year
    nursing student" is a kind of student."""
    found = verdicts(
        tmp_path,
        "Nepal's prime minister told reporters India had pledged 50 billion rupees for the"
        " dam. Last year, Indian investors poured 40 billion rupees into Nepal's hydropower"
        " sector. Funding per pupil will rise to £7,460 and £2bn will go to special needs."
        " Spending per pupil, with inflation taken into account, rose to £7,300. The new"
        " bypass cut drive times 10%. Toyota cut May output 5%. Fees are £2,000 per current"
        " year nursing student.",
        '  told_indian_wrong: {value: 50 billion Indian rupees, quote: "India had pledged 50'
        ' billion rupees"}\n'
        '  investors: {value: 40 billion Indian rupees, quote: "Indian investors poured 40'
        ' billion rupees"}\n'
        '  aside: {value: "£7,300 per pupil", quote: "rose to £7,300"}\n'
        '  drive: {value: "-10%", quote: "cut drive times 10%"}\n'
        '  may: {value: "-5%", quote: "Toyota cut May output 5%"}\n'
        '  nursing: {value: "£2,000 per current year nursing student", quote: "£2,000 per'
        ' current year nursing student"}\n'
        '  told_wrong: {value: 50 billion Nepalese rupees, quote: "India had pledged 50'
        ' billion rupees"}\n'
        '  investors_wrong: {value: 40 billion Nepalese rupees, quote: "Indian investors'
        ' poured 40 billion rupees"}\n'
        '  and_wrong: {value: "£2bn per pupil", quote: "£2bn will go to special needs"}\n',
    )
    assert len(found) == 9
    assert found == consistent_but_wrong(found)


def test_the_sixth_reviews_cases(tmp_path: Path) -> None:
    """A comma after a figure ends a rate's reach ("rose to £7,460, the department said,
    with £2bn going to special needs") unless "(up) from" or "compared with" follows
    ("£7,460 next year, up from £7,215"); a modal right after a noun of cutting makes it
    another verb's subject ("the spending cut can help growth 0.5 percentage points" is no
    cut of 0.5 points)."""
    found = verdicts(
        tmp_path,
        "Spending per pupil rose to £7,460, the department said, with £2bn going to special"
        " needs. Funding per pupil will rise to £7,300 next year, up from £7,215. The"
        " spending cut can help growth 0.5 percentage points. Spending per head rose to £2,400"
        " in 2024, compared with £2,310 in 2023.",
        '  up_from: {value: "£7,215 per pupil", quote: "up from £7,215"}\n'
        '  compared: {value: "£2,310 per head", quote: "compared with £2,310 in 2023"}\n'
        '  help: {value: 0.5 percentage points, quote: "can help growth 0.5 percentage'
        ' points"}\n'
        '  aside_wrong: {value: "£2bn per pupil", quote: "with £2bn going to special needs"}\n'
        '  help_wrong: {value: -0.5 percentage points, quote: "can help growth 0.5 percentage'
        ' points"}\n',
    )
    assert len(found) == 5
    assert found == consistent_but_wrong(found)
