"""Quote readings from the domain reviews of business, conflict and election copy.

Earnings copy carries "per share" to an estimate and a beat; a range never ends in a
bare number whose unit follows ("10% to 22 cents a share"); a number with the record's
scale word takes the unit its sentence writes once. Each table pairs readings that must
hold with `_wrong` twins that must stay a `mismatch`.
"""

from pathlib import Path

from quote_verdicts import consistent_but_wrong, verdicts


def test_an_estimate_and_a_beat_are_per_share_as_the_earnings_are(tmp_path: Path) -> None:
    """"Earned $1.41 per share, beating the consensus estimate of $1.33 by 8 cents": the
    estimate and the margin are per share; a margin after a verb of change or of another
    clause is not."""
    found = verdicts(
        tmp_path,
        "Excluding items, the company earned $1.41 per share, beating the consensus estimate"
        " of $1.33 by 8 cents. Excluding items, Acme earned $2.10 per share, against the"
        " consensus estimate of $2.05. Rival earned 95 cents a share, missing forecasts of"
        " $1.02 by 7 cents. Ore earned $3.10 per share; it paid debts of $1.20. Coal earned"
        " $4 per share, helped by 9 cents of tax credits.",
        '  est: {value: $1.33 per share, quote: "beating the consensus estimate of $1.33"}\n'
        '  beat: {value: 8 cents per share, quote: "estimate of $1.33 by 8 cents"}\n'
        '  against: {value: $2.05 per share, quote: "against the consensus estimate of'
        ' $2.05"}\n'
        '  miss: {value: 7 cents per share, quote: "missing forecasts of $1.02 by 7 cents"}\n'
        '  miss_est: {value: $1.02 per share, quote: "missing forecasts of $1.02"}\n'
        '  est_wrong: {value: $1.34 per share, quote: "beating the consensus estimate of'
        ' $1.33"}\n'
        '  beat_wrong: {value: 9 cents per share, quote: "estimate of $1.33 by 8 cents"}\n'
        '  debts_wrong: {value: $1.20 per share, quote: "it paid debts of $1.20"}\n'
        '  helped_wrong: {value: 9 cents per share, quote: "helped by 9 cents"}\n'
        '  barrel_wrong: {value: $2.05 per barrel, quote: "against the consensus estimate of'
        ' $2.05"}\n',
    )
    assert len(found) == 10
    assert found == consistent_but_wrong(found)


def test_a_range_does_not_end_in_a_number_whose_unit_follows(tmp_path: Path) -> None:
    """"Raised its dividend 10% to 22 cents a share from 20 cents": 10%, then a rate
    written once for 22 and 20 cents; "5% to 7%" stays a range."""
    found = verdicts(
        tmp_path,
        "Redwood raised its quarterly dividend 10% to 22 cents a share from 20 cents."
        " Oakwood raised its dividend 5% to 42 cents a share. Forecasts range from 5% to 7%.",
        '  prior: {value: 20 cents per share, quote: "dividend 10% to 22 cents a share from'
        ' 20 cents"}\n'
        '  rise: {value: 10%, quote: "dividend 10% to 22 cents a share"}\n'
        '  new: {value: 42 cents per share, quote: "raised its dividend 5% to 42 cents a'
        ' share"}\n'
        '  range: {value: 5% to 7%, quote: "range from 5% to 7%"}\n'
        '  prior_wrong: {value: 21 cents per share, quote: "dividend 10% to 22 cents a share'
        ' from 20 cents"}\n'
        '  range_wrong: {value: 10% to 22%, quote: "dividend 10% to 22 cents a share"}\n'
        '  new_wrong: {value: 5% to 42%, quote: "raised its dividend 5% to 42 cents a'
        ' share"}\n',
    )
    assert len(found) == 7
    assert found == consistent_but_wrong(found)


def test_a_number_with_the_records_scale_word_takes_the_unit_written_once(
    tmp_path: Path,
) -> None:
    """"$4.1 billion, up from 3.8 billion" states `$3.8 billion` as "against 3.8" does;
    "2.41 million barrels a day, up 3% from 2.34 million" the same rate. Another scale or
    another unit in the sentence states nothing."""
    found = verdicts(
        tmp_path,
        "Spending reached $4.1 billion, against 3.8 a year earlier. Outlays reached $5.1"
        " billion, against 4.8 billion a year earlier. Capex reached $6.1 billion, up from"
        " 5.8 billion. Production averaged 2.41 million barrels of oil equivalent per day in"
        " the quarter, up 3% from 2.34 million. Exports rose to 1.2 million tonnes from 1.1"
        " million. Debt reached $7.1 billion, up from 6.8 million. The city has 1.3 million"
        " people, up from 1.25 million. Sales hit £9.1 billion, up from 8.8 billion. Costs"
        " hit $2.1 billion, up from 1.8 billion rupees.",
        '  a: {value: $3.8 billion, quote: "against 3.8 a year earlier"}\n'
        '  b: {value: $4.8 billion, quote: "against 4.8 billion a year earlier"}\n'
        '  c: {value: $5.8 billion, quote: "up from 5.8 billion"}\n'
        '  oil: {value: 2.34 million barrels of oil equivalent per day, quote: "up 3% from'
        ' 2.34 million"}\n'
        '  tonnes: {value: 1.1 million tonnes, quote: "from 1.1 million"}\n'
        '  people: {value: 1.25 million people, quote: "up from 1.25 million"}\n'
        '  c_wrong: {value: $5.7 billion, quote: "up from 5.8 billion"}\n'
        '  scale_wrong: {value: $6.8 billion, quote: "up from 6.8 million"}\n'
        '  oil_wrong: {value: 2.34 million tonnes, quote: "up 3% from 2.34 million"}\n'
        '  currency_wrong: {value: $8.8 billion, quote: "up from 8.8 billion"}\n'
        '  rupees_wrong: {value: $1.8 billion, quote: "up from 1.8 billion rupees"}\n',
    )
    assert len(found) == 11
    assert found == consistent_but_wrong(found)


def test_rates_written_in_words_each_to_the_and_for_every(tmp_path: Path) -> None:
    """"Each truck carries roughly 20 tonnes", "$1,100 for each of its 36.8 million people",
    "90 roubles to the dollar", "610 voters for every polling station" state their rates;
    another noun, another currency or another clause does not."""
    found = verdicts(
        tmp_path,
        "Each truck carries roughly 20 tonnes. Each lorry was checked, and the convoy carried"
        " 500 tonnes. Warsaw spends about $1,100 for each of its 36.8 million people. Russia"
        " will spend about $145 billion at the central bank's rate of 90 roubles to the"
        " dollar. The rouble traded at 98 roubles to the euro. About 64.2 crore voters cast"
        " ballots at 10.5 lakh polling stations, or roughly 610 voters for every polling"
        " station. Each of the trucks carries 18 tonnes.",
        '  truck: {value: roughly 20 tonnes per truck, quote: Each truck carries roughly 20'
        ' tonnes}\n'
        '  trucks: {value: 18 tonnes per truck, quote: Each of the trucks carries 18 tonnes}\n'
        '  person: {value: "about $1,100 per person", quote: "about $1,100 for each of its'
        ' 36.8 million people"}\n'
        '  rub: {value: 90 RUB per USD, quote: rate of 90 roubles to the dollar}\n'
        '  station: {value: roughly 610 voters per polling station, quote: roughly 610 voters'
        ' for every polling station}\n'
        '  truck_wrong: {value: roughly 20 tonnes per day, quote: Each truck carries roughly'
        ' 20 tonnes}\n'
        '  load_wrong: {value: roughly 21 tonnes per truck, quote: Each truck carries roughly'
        ' 20 tonnes}\n'
        '  convoy_wrong: {value: 500 tonnes per lorry, quote: "Each lorry was checked, and'
        ' the convoy carried 500 tonnes"}\n'
        '  person_wrong: {value: "about $1,100 per household", quote: "about $1,100 for each'
        ' of its 36.8 million people"}\n'
        '  rub_wrong: {value: 98 RUB per USD, quote: 98 roubles to the euro}\n'
        '  rate_wrong: {value: 91 RUB per USD, quote: rate of 90 roubles to the dollar}\n'
        '  station_wrong: {value: roughly 610 voters per polling booth, quote: roughly 610'
        ' voters for every polling station}\n'

    )
    assert len(found) == 12
    assert found == consistent_but_wrong(found)


def test_so_many_for_every_one_thing_is_a_ratio_not_a_count(tmp_path: Path) -> None:
    """"More than two prisoners for every hostage" states a ratio above 2 (not at least 3
    prisoners); "nearly five civilians for every combatant" 4.5–5. The value grammar reads
    "for every" as "per", so a bare number drops the rate, as it does beside "per"."""
    found = verdicts(
        tmp_path,
        "Israel released more than two prisoners for every hostage. Shelling killed nearly"
        " five civilians for every combatant.",
        "  bare_wrong: {value: more than two, quote: more than two prisoners for every"
        " hostage}\n"
        "  rate: {value: more than 2 prisoners per hostage, quote: more than two prisoners"
        " for every hostage}\n"
        "  civ_bare_wrong: {value: nearly 5, quote: nearly five civilians for every"
        " combatant}\n"
        "  civ_rate: {value: nearly 5 civilians per combatant, quote: nearly five civilians"
        " for every combatant}\n"
        "  three_wrong: {value: more than three, quote: more than two prisoners for every"
        " hostage}\n"
        "  words: {value: nearly five civilians for every combatant, quote: nearly five"
        " civilians for every combatant}\n"
        "  noun_wrong: {value: more than 2 prisoners per soldier, quote: more than two"
        " prisoners for every hostage}\n"
        "  civ_wrong: {value: about 5, quote: nearly five civilians for every combatant}\n",
    )
    assert len(found) == 8
    assert found == consistent_but_wrong(found)


def test_what_money_is_for_and_the_half_of_a_fiscal_year(tmp_path: Path) -> None:
    """"Pays about $15 per MWh for fuel" is per MWh ("for fuel" is no unit); "the first
    half of fiscal 2026" states FY2026 and no half of "fiscal"; "earnings per share of
    11.20 euros to 11.80 euros" a range per share."""
    found = verdicts(
        tmp_path,
        "A plant burning 7 million Btu per megawatt-hour pays about $15 per MWh for fuel."
        " Councils pay £5 per head for the year. Sales for the first half of fiscal 2026"
        " rose. Kessler expects basic earnings per share of 11.20 euros to 11.80 euros."
        " Revenue per share rose to 3 euros, and the dividend was 1 euro to 2 euros.",
        '  fuel: {value: about $15 per MWh, quote: "pays about $15 per MWh for fuel"}\n'
        '  head: {value: £5 per head, quote: "pay £5 per head for the year"}\n'
        '  half: {date: 2026, quote: "the first half of fiscal 2026"}\n'
        '  eps: {value: 11.20 euros to 11.80 euros per share, quote: "basic earnings per'
        ' share of 11.20 euros to 11.80 euros"}\n'
        '  fuel_wrong: {value: about $16 per MWh, quote: "pays about $15 per MWh for fuel"}\n'
        '  year_wrong: {date: 2025, quote: "the first half of fiscal 2026"}\n'
        '  eps_wrong: {value: 11.20 euros to 11.90 euros per share, quote: "basic earnings'
        ' per share of 11.20 euros to 11.80 euros"}\n'
        '  and_wrong: {value: 1 euro to 2 euros per share, quote: "and the dividend was 1'
        ' euro to 2 euros"}\n',
    )
    assert len(found) == 8
    assert found == consistent_but_wrong(found)


def test_a_point_is_one_point(tmp_path: Path) -> None:
    """"Less than a point", "within a point", "won by a point", "less than a percentage
    point" state one point with their qualifier; "at a point when" states none."""
    found = verdicts(
        tmp_path,
        "Warnock won 49.4% to 48.5%, a margin of less than a point. She led by less than a"
        " percentage point. They were within a point of each other. Labour won by a point."
        " Rates rose at a point when growth slowed. Turnout rose by a percentage point.",
        "  a: {value: less than 1 percentage point, quote: a margin of less than a point}\n"
        "  c: {value: less than a percentage point, quote: She led by less than a percentage"
        " point}\n"
        "  d: {value: at most 1 percentage point, quote: They were within a point of each"
        " other}\n"
        "  i: {value: a point, quote: Labour won by a point}\n"
        "  pp: {value: 1 percentage point, quote: Turnout rose by a percentage point}\n"
        "  a_wrong: {value: less than 2 percentage points, quote: a margin of less than a"
        " point}\n"
        "  d_wrong: {value: less than 1 percentage point, quote: They were within a point of"
        " each other}\n"
        "  i_wrong: {value: 2 points, quote: Labour won by a point}\n"
        "  at_wrong: {value: 1 percentage point, quote: Rates rose at a point when growth"
        " slowed}\n"
        "  pp_wrong: {value: 1%, quote: Turnout rose by a percentage point}\n",
    )
    assert len(found) == 10
    assert found == consistent_but_wrong(found)


def test_a_multiple_in_words_states_the_multiple(tmp_path: Path) -> None:
    """"More than double the Rs 60,000 crore", "nearly doubled its seat count" state `more
    than double`, `nearly double` (as a ratio check needs them), and are named in a
    mismatch's message."""
    found = verdicts(
        tmp_path,
        "Spending reached Rs 1.35 lakh crore, more than double the Rs 60,000 crore spent in"
        " 2019. The Congress nearly doubled its seat count to 99 from 52. Exports tripled."
        " Imports quadrupled.",
        "  more: {value: more than double, quote: \"more than double the Rs 60,000 crore\"}\n"
        "  nearly: {value: nearly double, quote: nearly doubled its seat count}\n"
        "  tripled: {value: 3 times, quote: Exports tripled}\n"
        "  four: {value: 4 times, quote: Imports quadrupled}\n"
        "  more_wrong: {value: nearly double, quote: \"more than double the Rs 60,000 crore\"}\n"
        "  nearly_wrong: {value: double, quote: nearly doubled its seat count}\n"
        "  tripled_wrong: {value: double, quote: Exports tripled}\n",
    )
    assert len(found) == 7
    assert found == consistent_but_wrong(found)


def test_fifty_percent_plus_one_is_more_than_fifty_percent(tmp_path: Path) -> None:
    """"50% plus one vote" and "the 50-percent-plus-one threshold" state more than 50%: a
    plain `50%` (49.5–50.5%, which a candidate on 49.6% reaches) drops the qualifier."""
    found = verdicts(
        tmp_path,
        "Candidates need 50% plus one vote to avoid a runoff. He fell short of the"
        " 50-percent-plus-one threshold. A candidate must win more than 50% of the vote.",
        "  f2: {value: more than 50%, quote: Candidates need 50% plus one vote to avoid a"
        " runoff}\n"
        "  h: {value: more than 50%, quote: He fell short of the 50-percent-plus-one"
        " threshold}\n"
        "  plain: {value: more than 50%, quote: must win more than 50% of the vote}\n"
        "  f_wrong: {value: 50%, quote: Candidates need 50% plus one vote to avoid a runoff}\n"
        "  h_wrong: {value: more than 51%, quote: He fell short of the 50-percent-plus-one"
        " threshold}\n"
        "  least_wrong: {value: at least 50%, quote: Candidates need 50% plus one vote}\n",
    )
    assert len(found) == 6
    assert found == consistent_but_wrong(found)
