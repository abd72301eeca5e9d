"""Quote readings found by the budget, weather, agriculture and technology reviews.

Bounds written as words ("topped $880 billion", "30 days or more"), a period an amount
is spread over ("$1.5 trillion over 10 years"), a multiplying verb before a period ("set
to double over the decade"), shares written in money ("20p in the pound"), prices "a
pound" of weight, a rate written once for two figures of any unit, and a scaled figure
compared through a noun ("from the previous forecast of 83.1 million"). Each table pairs
readings that must hold with `_wrong` twins that must stay a `mismatch`.
"""

from pathlib import Path

from quote_verdicts import consistent_but_wrong, messages, verdicts


def test_verbs_of_surpassing_state_more_than(tmp_path: Path) -> None:
    """"Topped $880 billion", "tops 1,100", "climbs past 1,100", "could exceed 5 billion
    zlotys" state more than the figure, and a plain record drops the text's bound, as it
    does for "more than $880 billion". Not "the top 10", nor after a negation."""
    found = verdicts(
        tmp_path,
        "Net interest topped $880 billion. Spending exceeded $6.7 trillion. Revenue surpassed"
        " $4.9 trillion. Death toll climbs past 1,100. The toll tops 1,100. Losses could exceed"
        " 5 billion zlotys. Evacuations top 600,000. Output eclipsed 2 million tonnes. Prices"
        " rose past $5 a gallon. She is in the top 10. Costs did not exceed 3%. Sales are"
        " expected to top $1 trillion.",
        '  interest: {value: more than $880 billion, quote: "Net interest topped $880'
        ' billion"}\n'
        "  spending: {value: more than $6.7 trillion, quote: Spending exceeded $6.7 trillion}\n"
        "  revenue: {value: more than $4.9 trillion, quote: Revenue surpassed $4.9 trillion}\n"
        '  toll: {value: "more than 1,100 people", quote: "climbs past 1,100"}\n'
        '  tops: {value: "more than 1,100 people", quote: "The toll tops 1,100"}\n'
        "  zlotys: {value: more than 5 billion zlotys, quote: could exceed 5 billion zlotys}\n"
        '  evacuated: {value: "more than 600,000 people", quote: "Evacuations top 600,000"}\n'
        "  output: {value: more than 2 million tonnes, quote: eclipsed 2 million tonnes}\n"
        "  price: {value: more than $5 per gallon, quote: rose past $5 a gallon}\n"
        "  rank: {value: 10, quote: in the top 10}\n"
        "  limit: {value: 3%, quote: did not exceed 3%}\n"
        "  sales: {value: more than $1 trillion, quote: expected to top $1 trillion}\n"
        '  interest_wrong: {value: $880 billion, quote: "Net interest topped $880 billion"}\n'
        '  toll_wrong: {value: "1,100 people", quote: "climbs past 1,100"}\n'
        '  tops_wrong: {value: "1,100 people", quote: "The toll tops 1,100"}\n'
        "  zlotys_wrong: {value: 5 billion zlotys, quote: could exceed 5 billion zlotys}\n"
        "  price_wrong: {value: $5 per gallon, quote: rose past $5 a gallon}\n"
        "  rank_wrong: {value: more than 10, quote: in the top 10}\n"
        "  sales_wrong: {value: more than $2 trillion, quote: expected to top $1 trillion}\n",
    )
    assert len(found) == 19
    assert found == consistent_but_wrong(found)


def test_passed_and_crossed_are_read_both_ways(tmp_path: Path) -> None:
    """"The debt passed $28 trillion" states more than $28 trillion, but "the House passed
    12 bills" passed exactly 12: "passed" and "crossed" state the bound and the figure."""
    found = verdicts(
        tmp_path,
        "The debt passed $28 trillion. Borrowing crossed £100bn. The House passed 12 bills.",
        "  debt: {value: more than $28 trillion, quote: The debt passed $28 trillion}\n"
        "  debt_plain: {value: $28 trillion, quote: The debt passed $28 trillion}\n"
        "  borrowing: {value: more than £100bn, quote: Borrowing crossed £100bn}\n"
        "  bills: {value: 12 bills, quote: The House passed 12 bills}\n"
        "  debt_wrong: {value: more than $29 trillion, quote: The debt passed $28 trillion}\n"
        "  bills_wrong: {value: fewer than 12 bills, quote: The House passed 12 bills}\n",
    )
    assert len(found) == 6
    assert found == consistent_but_wrong(found)


def test_a_surpassing_verb_is_named_in_the_message(tmp_path: Path) -> None:
    """The mismatch says the quote states the bound, so the fix (add it) is plain."""
    said = messages(
        tmp_path,
        "Net interest topped $880 billion.",
        '  interest_wrong: {value: $880 billion, quote: "Net interest topped $880 billion"}\n',
    )
    assert "states more than $880 billion" in said["interest_wrong"]
    assert "without the text's qualifier" in said["interest_wrong"]


def test_or_more_and_or_fewer_are_bounds(tmp_path: Path) -> None:
    """"30 days or more", "30 or more days", "five or more" state at least the figure;
    "or fewer", "or less" at most. A plain record drops the bound."""
    found = verdicts(
        tmp_path,
        "Forecasters said the streak could stretch to 30 days or more. It has lasted 30 or more"
        " days in some towns. Five or more people were hurt. Some areas could see 6 inches or"
        " more of rain, with winds of 74 mph or higher. Tickets cost $5 or less. Ten or fewer"
        " patients remain.",
        "  streak: {value: at least 30 days, quote: could stretch to 30 days or more}\n"
        "  towns: {value: at least 30 days, quote: lasted 30 or more days}\n"
        "  hurt: {value: at least 5 people, quote: Five or more people were hurt}\n"
        "  rain: {value: at least 6 inches, quote: 6 inches or more of rain}\n"
        "  winds: {value: at least 74 mph, quote: winds of 74 mph or higher}\n"
        "  tickets: {value: at most $5, quote: Tickets cost $5 or less}\n"
        "  patients: {value: at most 10 patients, quote: Ten or fewer patients remain}\n"
        "  streak_wrong: {value: 30 days, quote: could stretch to 30 days or more}\n"
        "  towns_wrong: {value: 30 days, quote: lasted 30 or more days}\n"
        "  hurt_wrong: {value: 5 people, quote: Five or more people were hurt}\n"
        "  more_wrong: {value: more than 5 people, quote: Five or more people were hurt}\n"
        "  winds_wrong: {value: 74 mph, quote: winds of 74 mph or higher}\n"
        "  tickets_wrong: {value: at least $5, quote: Tickets cost $5 or less}\n"
        "  patients_wrong: {value: 10 patients, quote: Ten or fewer patients remain}\n",
    )
    assert len(found) == 14
    assert found == consistent_but_wrong(found)


def test_a_period_after_an_amount_is_no_bound(tmp_path: Path) -> None:
    """"$1.5 trillion over 10 years" spreads the amount across 10 years: the quote states
    `10 years`, not more than 10 years (which let a cut per year too small pass). "For
    over 10 years" and "waited over 10 years" are still read both ways."""
    found = verdicts(
        tmp_path,
        "A House Republican plan would cut spending by $1.5 trillion over 10 years, or roughly"
        " $150 billion a year. Output will rise 20% over three years. Costs are set to rise"
        " over five years. He has lived there for over 10 years. Patients waited over 10"
        " years.",
        "  period: {value: 10 years, quote: $1.5 trillion over 10 years}\n"
        "  cut: {value: $1.5 trillion, quote: cut spending by $1.5 trillion over 10 years}\n"
        "  output: {value: 3 years, quote: rise 20% over three years}\n"
        "  costs: {value: 5 years, quote: set to rise over five years}\n"
        "  lived: {value: more than 10 years, quote: for over 10 years}\n"
        "  lived_period: {value: 10 years, quote: for over 10 years}\n"
        "  waited: {value: over 10 years, quote: waited over 10 years}\n"
        "  period_wrong: {value: over 10 years, quote: $1.5 trillion over 10 years}\n"
        "  more_wrong: {value: more than 10 years, quote: cut spending by $1.5 trillion over"
        " 10 years}\n"
        "  output_wrong: {value: more than 3 years, quote: rise 20% over three years}\n"
        "  costs_wrong: {value: over 5 years, quote: set to rise over five years}\n",
    )
    assert len(found) == 11
    assert found == consistent_but_wrong(found)


def test_a_multiplying_verb_before_a_period_multiplies(tmp_path: Path) -> None:
    """"Set to double over the decade", "almost halving over five years", "will more than
    double over the next ten years" state the change; "double over in pain" bends."""
    found = verdicts(
        tmp_path,
        "Borrowing is forecast to fall to £68.4bn, almost halving over five years. Interest"
        " costs are set to double over the decade. Spending will more than double over the next"
        " ten years. Bills will triple over 2025-30. He will double over in pain.",
        "  halving: {value: almost -50%, quote: almost halving over five years}\n"
        "  double: {value: 100%, quote: set to double over the decade}\n"
        "  more: {value: more than 100%, quote: will more than double over the next ten"
        " years}\n"
        "  triple: {value: 200%, quote: will triple over 2025-30}\n"
        "  halving_wrong: {value: -50%, quote: almost halving over five years}\n"
        "  double_wrong: {value: 200%, quote: set to double over the decade}\n"
        "  more_wrong: {value: 100%, quote: will more than double over the next ten years}\n"
        "  pain_wrong: {value: 100%, quote: will double over in pain}\n",
    )
    assert len(found) == 8
    assert found == consistent_but_wrong(found)


def test_pence_in_the_pound_is_a_percentage(tmp_path: Path) -> None:
    """"20p in the pound", "8p in every pound", "30 cents on the dollar" and "30 cents of
    every dollar" state 20%, 8% and 30% (and the amount of money as written)."""
    found = verdicts(
        tmp_path,
        "The basic rate of income tax remains 20p in the pound. Debt interest takes about 8p in"
        " every pound of public spending. Creditors will get 30 cents on the dollar. About 30"
        " cents of every dollar goes to rent. A stamp costs 20p. Fuel duty rose 5p a litre.",
        "  rate: {value: 20%, quote: remains 20p in the pound}\n"
        "  pence: {value: 20p, quote: remains 20p in the pound}\n"
        "  interest: {value: about 8%, quote: about 8p in every pound}\n"
        "  creditors: {value: 30%, quote: 30 cents on the dollar}\n"
        "  rent: {value: about 30%, quote: About 30 cents of every dollar}\n"
        "  rate_wrong: {value: 25%, quote: remains 20p in the pound}\n"
        "  interest_wrong: {value: 8%, quote: about 8p in every pound}\n"
        "  stamp_wrong: {value: 20%, quote: A stamp costs 20p}\n"
        "  duty_wrong: {value: 5%, quote: rose 5p a litre}\n",
    )
    assert len(found) == 9
    assert found == consistent_but_wrong(found)


def test_a_price_a_pound_is_per_pound_of_weight_too(tmp_path: Path) -> None:
    """"Settled at $2.0555 per pound", "$5.63 a pound", "75 cents a pound" state a price
    per lb as well as per pound sterling; "the pound bought $1.27" stays an exchange rate."""
    found = verdicts(
        tmp_path,
        "Live cattle futures settled at $2.0555 per pound. Ground beef averaged $5.63 a pound."
        " Cotton rose to 75 cents a pound. Sterling bought $1.27 per pound.",
        "  futures: {value: $2.0555 per lb, quote: settled at $2.0555 per pound}\n"
        "  as_written: {value: $2.0555 per pound, quote: settled at $2.0555 per pound}\n"
        "  beef: {value: $5.63 per lb, quote: Ground beef averaged $5.63 a pound}\n"
        "  cotton: {value: 75 cents per lb, quote: 75 cents a pound}\n"
        "  sterling: {value: $1.27 per pound, quote: bought $1.27 per pound}\n"
        "  futures_wrong: {value: $2.0555 per kg, quote: settled at $2.0555 per pound}\n"
        "  beef_wrong: {value: $5.36 per lb, quote: Ground beef averaged $5.63 a pound}\n"
        "  cotton_wrong: {value: 75 cents per kg, quote: 75 cents a pound}\n",
    )
    assert len(found) == 8
    assert found == consistent_but_wrong(found)


def test_a_rate_written_once_carries_to_any_unit(tmp_path: Path) -> None:
    """"Rise to 945 TWh a year by 2030 from 415 TWh" states `415 TWh per year`, "rose to
    1.2 million barrels a day from 1.1 million barrels" `1.1 million barrels per day`, as
    for money; only that rate, and not across another clause."""
    found = verdicts(
        tmp_path,
        "Demand will rise to 945 TWh a year by 2030 from 415 TWh in 2024. Output rose to 1.2"
        " million barrels a day from 1.1 million barrels. The plant uses 2 million litres of"
        " water a day, while the farm used 3 million litres.",
        "  demand: {value: 415 TWh per year, quote: from 415 TWh in 2024}\n"
        "  output: {value: 1.1 million barrels per day, quote: from 1.1 million barrels}\n"
        "  demand_wrong: {value: 415 TWh per day, quote: from 415 TWh in 2024}\n"
        "  output_wrong: {value: 1.1 million barrels per year, quote: from 1.1 million"
        " barrels}\n"
        "  farm_wrong: {value: 3 million litres per day, quote: farm used 3 million litres}\n",
    )
    assert len(found) == 5
    assert found == consistent_but_wrong(found)


def test_a_scaled_figure_compared_through_a_noun_takes_its_unit(tmp_path: Path) -> None:
    """"Down 0.2 million acres from the previous forecast of 83.1 million" states `83.1
    million acres`, "from last month's 1.738 billion" after bushels `1.738 billion
    bushels`; not in another unit, nor money after a count."""
    found = verdicts(
        tmp_path,
        "Harvested area was estimated at 82.9 million acres, down 0.2 million acres from the"
        " previous forecast of 83.1 million. Corn ending stocks were forecast at 1.540 billion"
        " bushels, down 198 million bushels from last month's 1.738 billion. Users rose to 1.5"
        " billion from last year's 1.2 billion.",
        "  area: {value: 83.1 million acres, quote: previous forecast of 83.1 million}\n"
        "  stocks: {value: 1.738 billion bushels, quote: \"last month's 1.738 billion\"}\n"
        "  area_wrong: {value: 83.1 million hectares, quote: previous forecast of 83.1"
        " million}\n"
        "  stocks_wrong: {value: 1.738 billion tonnes, quote: \"last month's 1.738 billion\"}\n"
        "  users_wrong: {value: $1.2 billion, quote: \"last year's 1.2 billion\"}\n",
    )
    assert len(found) == 5
    assert found == consistent_but_wrong(found)
