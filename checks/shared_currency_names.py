"""Which currency a name several currencies share stands for in a quote.

"Profit rose to 3bn francs" states a record of `3bn Swiss francs`, and "500 million
rupees" one of `500 million Indian rupees`: a story names its currency once, if at all.
But "Pakistan pledged 500 million rupees" does not state Indian rupees: another country
that uses the name owns it as the subject of its clause or as a possessor. The value
grammar refuses shared names (``settings.currencies`` says which); the quote check reads
them in the record's currency where this module allows it. A name read alone as one
currency (`$`, "pounds") that a story uses for its own country's is not guessed: the
mismatch names the setting that says so (:func:`setting_for_a_currency`).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable

from msgspec.structs import replace

from checks import units
from checks.figures import Context, Figure
from checks.quotes import normalise

_COUNTRIES = {
    "INR": "India", "PKR": "Pakistan", "LKR": "Sri Lanka", "NPR": "Nepal", "MXN": "Mexico",
    "ARS": "Argentina", "CLP": "Chile", "COP": "Colombia", "PHP": "Philippines|Manila",
    "NOK": "Norway", "DKK": "Denmark", "SEK": "Sweden", "ISK": "Iceland",
    "KWD": "Kuwait", "IQD": "Iraq|Iraqi", "JOD": "Jordan|Jordanian", "BHD": "Bahrain|Bahraini",
    "KES": "Kenya", "UGX": "Uganda|Ugandan", "TZS": "Tanzania|Tanzanian",
    "CHF": "Switzerland|Liechtenstein",
    "XOF": "Senegal|Senegalese|Mali|Malian|Ivory Coast|Côte d'Ivoire|Ivorian|Burkina Faso"
    "|Burkinabe|Niger|Nigerien|Benin|Beninese|Togo|Togolese|Guinea-Bissau",
    "XAF": "Cameroon|Cameroonian|Chad|Chadian|Gabon|Gabonese|Congo|Congolese"
    "|Equatorial Guinea|Central African Republic",
}  # fmt: skip
"""The countries (and adjectives ``units.NATIONAL_CURRENCIES`` lacks) of the currencies a
name is shared by: "Pakistan pledged 500 million rupees" is in Pakistani rupees."""


@functools.cache
def _country_names(code: str) -> re.Pattern[str]:
    """The names of the country of ``code`` and its adjectives, as written in a text."""
    adjectives = {
        phrase.rsplit(" ", 1)[0]
        for phrase, named in units.NATIONAL_CURRENCIES.items()
        if named == code and " " in phrase
    }
    names = {" ".join(w.capitalize() for w in a.split()) for a in adjectives} | set(
        _COUNTRIES.get(code, "").split("|")
    )
    alternatives = "|".join(sorted((re.escape(n) for n in names if n), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


_FIRST_NAMES = frozenset({"Chad", "Jordan"})
"""Countries that are also first names ("Chad Morris", "Jordan Belfort"): a country only
as "Chad's" or after "in", "to" or "from"."""

_AMOUNT_WORDS = re.compile(
    r"(?i)(?:\s+|^)(?:the|a|an|some|about|around|[\d.,]+(?:bn|m|k|tn)?|million|billion"
    r"|trillion|thousand|hundred|mn|bn|m|tn)$"
)
"""The words between a country and its currency's name: "Pakistan's 500 million rupees"."""

_A_CLAUSE_STARTS = re.compile(
    r"[,;:()]|\.(?=\s)|\s(?:but|while|whilst|whereas)(?=\s)"
    r"|\s(?P<reported>that|said|says|say|announced|added|stated|reported|claimed"
    r"|confirmed)(?=\s)"
)
"""Where a clause starts: its subject owns a currency it names ("Pakistan pledged"); a
reported clause has its own ("Nepal's prime minister said India had pledged", "said that
Pakistan had"). A sentence with "told" is left unread (:data:`_TOLD`)."""

_ADJECTIVES = frozenset({
    "Iraqi", "Jordanian", "Bahraini", "Ugandan", "Tanzanian", "Senegalese", "Malian",
    "Ivorian", "Burkinabe", "Nigerien", "Beninese", "Togolese", "Cameroonian", "Chadian",
    "Gabonese", "Congolese",
}) | (
    {
        " ".join(word.capitalize() for word in phrase.rsplit(" ", 1)[0].split())
        for phrase in units.NATIONAL_CURRENCIES
        if " " in phrase
    }
    - {names.split("|")[0] for names in _COUNTRIES.values()}
)
"""A country's adjective owns a currency's name right before it ("Pakistani rupees") or at
the head of a clause ("Indian investors poured 500 million rupees into Nepal's…"), but
not at the head of a reported clause ("the Pakistani minister said Indian shelling had
caused 500 million rupees of damage")."""


def _country_named(code: str, text: str) -> list[re.Match[str]]:
    """Where ``text`` names the country of ``code`` (or its adjective), not a person."""
    named = []
    for match in _country_names(code).finditer(text):
        if match.group() in _FIRST_NAMES:
            after, before = text[match.end() :], text[: match.start()].split()
            if not (
                after.startswith(("'s", "’s"))
                or (before and before[-1].lower() in ("in", "to", "from"))
            ):
                continue
        named.append(match)
    return named


def _names_of_shared(code: str) -> re.Pattern[str]:
    """The shared names (rupees, francs) ``code`` may be written as."""
    names = [name for name, candidates in units.SHARED_NAMES.items() if code in candidates]
    alternatives = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def _owned_by_another(code: str, others: Iterable[str], quote: str, sentence: str) -> bool:
    """Whether another candidate's country owns the quote's shared name (its sentence's).

    It does as the adjective or possessor right before the amount or the name ("Pakistan's
    rupee", "Pakistani rupees", "Pakistan's 500 million rupees"), or as the subject of its
    clause ("Pakistan pledged 500 million rupees", "Pakistan's central bank said the rupee
    slid"); not as a destination or a place ("into Nepal's hydropower sector").
    """
    at = sentence.find(normalise(quote)) if sentence else -1
    text, offset = (sentence, at) if at >= 0 else (quote, 0)
    theirs = [match for other in others for match in _country_named(other, text)]
    if not theirs:
        return False
    for name in _names_of_shared(code).finditer(text, offset):
        if name.start() >= offset + len(quote):
            break
        before = text[: name.start()].rstrip()
        while (shorter := _AMOUNT_WORDS.sub("", before).rstrip()) != before:
            before = shorter
        before = before.removesuffix("'s").removesuffix("’s")
        if any(match.end() == len(before) for match in _country_named(code, text)):
            continue  # "India said Pakistan's 400 million rupees": the possessor's
        if any(match.end() == len(before) for match in theirs):
            return True  # "Pakistani rupees", "Pakistan's 500 million rupees"
        breaks = list(_A_CLAUSE_STARTS.finditer(text, 0, name.start()))
        last = breaks[-1] if breaks else None
        clause = last.end() if last else 0
        reported = last is not None and last.group("reported") is not None
        subject = re.match(r"(?i)\s*(?:the\s+)?", text[clause:])
        head = clause + (subject.end() if subject else 0)
        if any(
            match.start() == head and not (reported and match.group() in _ADJECTIVES)
            for match in theirs
        ):
            return True
    return False


_TOLD = re.compile(r"\b(?:told|tells|telling)\b")
"""A sentence where one party tells another: which country's money a shared name is
cannot be read from word order ("India's foreign minister told the Indian parliament
Pakistan had pledged 5 billion rupees"), so a record's currency is not assumed there when
another candidate's country is named (the quote check then says what the quote states)."""


def _the_country_of(code: str, others: Iterable[str], quote: str, sentence: str) -> bool:
    """Whether a shared name (rupees) in ``quote`` may be in ``code``: no other country's.

    "Pakistan pledged 500 million rupees" is no `500 million Indian rupees`: another
    candidate's country refuses the name where it owns it (``_owned_by_another``), or
    where the quote and its sentence name it and not the record's own. A country named
    elsewhere in the sentence does not: "Swiss aid to Senegal rose to 50 million francs",
    "Indian investors poured 500 million rupees into Nepal's hydropower sector".
    """
    others = list(others)
    texts = (quote, sentence)
    if _TOLD.search(sentence or quote) and any(
        _country_named(other, text) for other in others for text in texts
    ):
        return False  # "Nepal's prime minister told India's ambassador…": whose, unsure
    if _owned_by_another(code, others, quote, sentence):
        return False
    if any(_country_named(code, text) for text in texts):
        return True
    return not any(_country_named(other, text) for other in others for text in texts)


def in_its_currency(record: Figure, context: Context, quote: str, sentence: str = "") -> Context:
    """``context`` where a name several currencies share is the record's currency.

    A record of `500 million Indian rupees` written exactly in an Indian story's "500
    million rupees", or `3bn Swiss francs` in "profit rose to 3bn francs": a story names
    its currency once, if at all. Only a name that may stand for the record's currency
    (rupees are never francs), never against the file's own ``settings.currencies``, and
    not where the quote (or its sentence) names another country that uses the name
    ("Pakistan pledged 500 million rupees").
    """
    codes = [name[len("[currency_") : -1] for name, _ in record.dimension if "currency_" in name]
    return shared_names_as(codes[0], context, quote, sentence) if len(codes) == 1 else context


def shared_names_as(code: str, context: Context, quote: str, sentence: str) -> Context:
    """``context`` where the shared names of ``code`` (rupees of INR) stand for it."""
    configured = context.currency_map
    added = {
        name: code
        for name, candidates in units.SHARED_NAMES.items()
        if code in candidates
        and name not in configured
        and _the_country_of(code, [c for c in candidates if c != code], quote, sentence)
    }
    if not added:
        return context
    return replace(context, currencies=tuple(sorted({**configured, **added}.items())))


_DEFAULT_NAMES = re.compile(
    r"(?<![A-Za-z$])\$(?=\s*\d)|(?<![\w-])(?P<name>dollars?|pounds?|rials?|riyals?"
    r"|dirhams?|crowns?|dinars?|yuan)(?![\w-])",
    re.IGNORECASE,
)
"""A sign or name a story may use for its own country's currency ("$" in a Canadian story,
"pounds" in an Egyptian one), without a country's adjective before it."""


_AN_ADJECTIVE_BEFORE = re.compile(r"(?:\b[A-Z][\w.]*|U\.S\.)\s+$")
"""A capitalised word right before a currency's name: its country's ("Australian dollars")."""


def _goes_by(code: str, name: str) -> bool:
    """Whether the currency ``code`` is called ``name`` (`$` a dollar) in its country's words."""
    singular = "dollar" if name == "$" else name.lower().removesuffix("s")
    return any(
        named == code and phrase.rsplit(" ", 1)[-1].removesuffix("s") == singular
        for phrase, named in units.NATIONAL_CURRENCIES.items()
    )


def setting_for_a_currency(
    record: Figure, stated: Figure, quoted: Iterable[Figure] = ()
) -> str | None:
    """Advice when ``stated`` is ``record``'s amount in the currency of a bare sign or name.

    A Canadian story's "$5 billion" is C$5 billion and an Egyptian story's "5 billion
    pounds" is 5 billion Egyptian pounds, but read alone `$` is the US dollar and `pounds`
    sterling (docs/money-and-time.md): a record written in the story's own currency is
    then a mismatch of its quote, and the fix is a setting, which this says. Not where the
    record's currency is not called so (yen are no dollars), nor where the quote writes it
    beside the bare sign (``quoted``: "C$7 billion ($5 billion)", whose `$` is the US
    dollar), nor for "pounds sterling".
    """
    ours, written_in = units.money_of(record.dimension), units.money_of(stated.dimension)
    if ours is None or written_in is None or ours[0] == written_in[0] or ours[1] != written_in[1]:
        return None  # not money, one currency, or not the same rate ("per month")
    mine, theirs = ours[0], written_in[0]
    if any((units.money_of(other.dimension) or ("",))[0] == mine for other in quoted):
        return None
    if not math.isclose(record.nominal, stated.nominal, rel_tol=1e-9):
        return None
    written = next(
        (
            match
            for match in _DEFAULT_NAMES.finditer(stated.text)
            if not (
                match.group("name") and _AN_ADJECTIVE_BEFORE.search(stated.text, 0, match.start())
            )
            and not re.match(r"(?i)\s+sterling\b", stated.text[match.end() :])
        ),
        None,
    )
    if written is None:
        return None
    sign = written.group().lower() if written.group("name") else "$"
    if not _goes_by(mine, sign):
        return None
    return (
        f"the same amount in {theirs}, which {sign!r} stands for unless the file says otherwise:"
        f" if the story's {sign!r} is {mine}, set `settings: {{currencies: {{{sign!r}: {mine}}}}}`"
    )
