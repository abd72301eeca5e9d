"""A possessive period after a figure starts a new noun phrase, not the noun of a rate.

"Schools will get £450 per pupil this year's budget shows": the budget of this year is
the subject of a new clause, so the rate is per pupil. Nouns a rate is per that hold a
period word ("per next day delivery", "per first year student") keep it.
"""

import datetime as dt
from pathlib import Path

import pytest
from quote_verdicts import consistent_but_wrong, verdicts

from checks.figures import Context
from checks.quotes import figures_in


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [
        ("Schools will get £450 per pupil this year's budget shows.", ["£450 per pupil"]),
        ("It paid £12 per hour last week's rota says.", ["£12 per hour"]),
        ("Fares rose to £5.20 per trip today's figures show.", ["£5.20 per trip"]),
        ("Rents hit $2,100 per month last year’s survey found.", ["$2,100 per month"]),
        ("Couriers charge £30 per next day delivery.", ["£30 per next day delivery"]),
        ("Universities get £1,000 per first year student.", ["£1,000 per first year student"]),
    ],
)  # fmt: skip
def test_a_possessive_period_ends_the_noun_of_a_rate(sentence: str, stated: list[str]) -> None:
    """Read on the value grammar's own terms, the figure stops before "this year's"."""
    found = figures_in(sentence, Context(), dt.date(2024, 5, 23))
    assert [figure.text for figure in found] == stated


def test_quotes_before_a_possessive_period_state_their_rate(tmp_path: Path) -> None:
    """The record copied before "this year's budget shows" is stated; another amount is not."""
    found = verdicts(
        tmp_path,
        "Schools will get £450 per pupil this year's budget shows. Drivers earned £12 per"
        " hour last week's rota says.",
        '  pupil: {value: £450 per pupil, quote: "£450 per pupil this year\'s budget shows"}\n'
        '  hour: {value: £12 per hour, quote: "£12 per hour last week\'s rota says"}\n'
        '  pupil_wrong: {value: £540 per pupil, quote: "£450 per pupil this year\'s budget'
        ' shows"}\n'
        '  hour_wrong: {value: £12 per day, quote: "£12 per hour last week\'s rota says"}\n',
    )
    assert len(found) == 4
    assert found == consistent_but_wrong(found)
