"""The one unit registry of the process, and unit phrases resolved to plain numbers.

pint does the hard part (every unit and its spellings, prefixes, plurals, offsets), but
it is slow to build and its defaults misread news text: ``M`` is molar, ``b`` is a barn,
``a`` is a year, ``point`` is a typographic length. So the registry is built once, lazily,
with money added as one base dimension per currency, and every unit phrase a figure uses
is resolved once into a :class:`UnitInfo` of plain floats. Checks never touch pint.
"""

from __future__ import annotations

import functools
import re
import shutil
import threading
from pathlib import Path
from typing import Any, Protocol

import msgspec

from checks.display import plural

Dimension = tuple[tuple[str, int], ...]
"""A dimension signature: sorted ``(base dimension, exponent)`` pairs; ``()`` is a pure number."""

DIMENSIONLESS: Dimension = ()
DATE: Dimension = (("[date]", 1),)
"""Dates are day numbers (proleptic Gregorian ordinals); only durations may be added to them."""
DAY_SECONDS = 86_400.0
"""Time is measured in days (not seconds) so that whole days are whole numbers."""

CURRENCY_CODES: tuple[str, ...] = (
    "USD", "EUR", "GBP", "JPY", "CNY", "INR", "PKR", "LKR", "NPR", "BDT", "IRR", "AFN",
    "CAD", "AUD", "NZD", "HKD", "SGD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF",
    "RON", "BGN", "TRY", "RUB", "UAH", "BRL", "MXN", "ARS", "CLP", "COP", "PEN", "ZAR",
    "NGN", "KES", "EGP", "GHS", "ETB", "SAR", "AED", "QAR", "KWD", "ILS", "KRW", "TWD",
    "THB", "MYR", "IDR", "PHP", "VND", "ISK", "XOF", "XAF", "KPW",
)  # fmt: skip
"""ISO 4217 codes the grammar knows; each is its own base dimension (no silent exchange)."""

CURRENCY_NAMES: dict[str, str | None] = {
    "dollar": "USD", "dollars": "USD",
    "euro": "EUR", "euros": "EUR",
    "pound": "GBP", "pound sterling": "GBP", "pounds sterling": "GBP", "sterling": "GBP",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupee": None, "rupees": None,
    "rial": "IRR", "rials": "IRR",
    "riyal": "SAR", "riyals": "SAR", "dirham": "AED", "dirhams": "AED",
    "franc": None, "francs": None, "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
    "rubles": "RUB", "naira": "NGN", "rand": "ZAR", "won": "KRW", "taka": "BDT",
    "afghani": "AFN", "afghanis": "AFN", "shekel": "ILS", "shekels": "ILS", "lira": "TRY",
    "zloty": "PLN", "zlotys": "PLN", "forint": "HUF", "forints": "HUF", "hryvnia": "UAH",
    "hryvnias": "UAH", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "dong": "VND",
    "koruna": "CZK", "korunas": "CZK", "koruny": "CZK", "kronor": "SEK", "reais": "BRL",
    "cedi": "GHS", "cedis": "GHS", "birr": "ETB",
    "peso": None, "pesos": None, "krone": None, "kroner": None, "krona": None,
    "dinar": None, "dinars": None, "shilling": None, "shillings": None,
    "cfa franc": None, "cfa francs": None,
}  # fmt: skip
"""Currency names; ``None`` marks a name several currencies share (set it in ``settings``,
or write the country's: ``Mexican pesos``). Names that are also English words ("real",
"crowns", "lei", "sol") are currencies only after their country's adjective
(:data:`NATIONAL_CURRENCIES`): "won three crowns" counts titles."""

SHARED_NAMES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("rupee", "rupees", "Rs", "Rs.", "₨"), ("PKR", "INR", "LKR", "NPR")),
    **dict.fromkeys(("peso", "pesos"), ("MXN", "ARS", "CLP", "COP", "PHP")),
    **dict.fromkeys(("krone", "kroner"), ("NOK", "DKK")),
    "krona": ("SEK", "ISK"),
    **dict.fromkeys(("dinar", "dinars"), ("KWD", "IQD", "JOD", "BHD")),
    **dict.fromkeys(("shilling", "shillings"), ("KES", "UGX", "TZS")),
    **dict.fromkeys(("franc", "francs"), ("CHF", "XOF", "XAF")),
    **dict.fromkeys(("CFA franc", "CFA francs", "cfa franc", "cfa francs"), ("XOF", "XAF")),
}
"""The currencies a shared sign or name may stand for, for the message that asks which."""

_NATIONAL: tuple[tuple[str, str, str], ...] = (
    ("USD", "us|u.s.|american|united states", "dollar|dollars"),
    ("CAD", "canadian", "dollar|dollars"),
    ("AUD", "australian|aussie", "dollar|dollars"),
    ("NZD", "new zealand", "dollar|dollars"),
    ("HKD", "hong kong", "dollar|dollars"),
    ("SGD", "singapore|singaporean", "dollar|dollars"),
    ("TWD", "taiwan|taiwanese|new taiwan", "dollar|dollars"),
    ("GBP", "british|uk|u.k.", "pound|pounds|pound sterling|pounds sterling"),
    ("EGP", "egyptian", "pound|pounds"),
    ("JPY", "japanese", "yen"),
    ("CNY", "chinese", "yuan|renminbi"),
    ("INR", "indian", "rupee|rupees"),
    ("PKR", "pakistani|pakistan", "rupee|rupees"),
    ("LKR", "sri lankan|sri lanka", "rupee|rupees"),
    ("NPR", "nepalese|nepali", "rupee|rupees"),
    ("BDT", "bangladeshi", "taka"),
    ("IRR", "iranian", "rial|rials"),
    ("AFN", "afghan", "afghani|afghanis"),
    ("CHF", "swiss", "franc|francs"),
    ("XOF", "west african|west african cfa", "franc|francs"),
    ("XAF", "central african|central african cfa", "franc|francs"),
    ("SEK", "swedish", "krona|kronor|crown|crowns"),
    ("NOK", "norwegian", "krone|kroner|crown|crowns"),
    ("DKK", "danish", "krone|kroner|crown|crowns"),
    ("ISK", "icelandic", "krona|kronur|kronas|crown|crowns"),
    ("CZK", "czech", "koruna|korunas|koruny|crown|crowns"),
    ("PLN", "polish", "zloty|zlotys"),
    ("HUF", "hungarian", "forint|forints"),
    ("RON", "romanian", "leu|lei"),
    ("BGN", "bulgarian", "lev|leva"),
    ("TRY", "turkish", "lira|liras|lire"),
    ("RUB", "russian", "rouble|roubles|ruble|rubles"),
    ("UAH", "ukrainian", "hryvnia|hryvnias"),
    ("BRL", "brazilian", "real|reais|reals"),
    ("MXN", "mexican", "peso|pesos"),
    ("ARS", "argentine|argentinian", "peso|pesos"),
    ("CLP", "chilean", "peso|pesos"),
    ("COP", "colombian", "peso|pesos"),
    ("PHP", "philippine|filipino", "peso|pesos"),
    ("PEN", "peruvian", "sol|soles"),
    ("ZAR", "south african", "rand|rands"),
    ("NGN", "nigerian", "naira"),
    ("KES", "kenyan", "shilling|shillings"),
    ("GHS", "ghanaian", "cedi|cedis"),
    ("ETB", "ethiopian", "birr"),
    ("SAR", "saudi|saudi arabian", "riyal|riyals"),
    ("QAR", "qatari", "riyal|riyals"),
    ("AED", "uae|emirati", "dirham|dirhams"),
    ("KWD", "kuwaiti", "dinar|dinars"),
    ("ILS", "israeli|new israeli|israeli new", "shekel|shekels"),
    ("KRW", "south korean|korean", "won"),
    ("KPW", "north korean", "won"),
    ("THB", "thai", "baht"),
    ("MYR", "malaysian", "ringgit"),
    ("IDR", "indonesian", "rupiah"),
    ("VND", "vietnamese", "dong"),
)
NATIONAL_CURRENCIES: dict[str, str] = {
    f"{adjective} {name}": code
    for code, adjectives, names in _NATIONAL
    for adjective in adjectives.split("|")
    for name in names.split("|")
}
"""A currency named with its country's adjective (``Swiss francs``, ``South African rand``),
in lower case: one for each currency of :data:`CURRENCY_CODES` that has a name."""


def currency_by_name(lowered: str) -> str | None:
    """The code of a currency name in lower case (``pounds sterling``, ``swiss francs``).

    ``None`` for a name several currencies share (``pesos``); :class:`KeyError` for a
    phrase that names no currency this module knows.
    """
    if lowered in NATIONAL_CURRENCIES:
        return NATIONAL_CURRENCIES[lowered]
    return CURRENCY_NAMES[lowered]

CURRENCY_SYMBOLS: dict[str, str | None] = {
    "$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₨": None,
    "Rs": None, "Rs.": None, "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD",
    "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL", "₩": "KRW", "₺": "TRY",
    "₽": "RUB", "₦": "NGN", "₪": "ILS", "৳": "BDT", "﷼": "IRR", "RMB": "CNY", "Rmb": "CNY",
}  # fmt: skip
"""Currency symbols; ``None`` marks a symbol several currencies share (``Rs``: PKR, INR, LKR…)."""

AMBIGUOUS_DEFAULTS: dict[str, str] = {"$": "USD", "dollar": "USD", "dollars": "USD"}
"""FORMAT.md: ``$`` and ``dollars`` mean USD unless ``settings.currencies`` says otherwise."""

CALENDAR_MONTHS: dict[str, int] = {
    "month": 1, "calendar_quarter": 3, "year": 12, "calendar_decade": 120, "century": 1200,
}  # fmt: skip
"""Durations whose length depends on the calendar: date arithmetic counts them in months."""

CALENDAR_TIME_UNITS = frozenset({"year", "calendar_decade", "century", "millennium"})
"""pint units made of years rather than of days."""
MONTH_TIME_UNITS = frozenset({"month", "calendar_quarter"})

YEAR_DAYS = 365.25
"""pint's year, in days (its month is a twelfth of it): what units are converted with."""
YEAR_DAYS_STATED = (364.0, 366.0)
"""The lengths of a year news figures are converted with: 365 or 366 days (the calendar)
and 364 (52 weeks, as annual pay and weekly figures are multiplied)."""
MONTH_DAYS_STATED = (30.0, 31.0)
"""The lengths of a month news figures are converted with: 30 days ("$50 a day, $1,500 a
month") to 31; pint's month is 30.44 days."""

_DENIED = frozenset({
    "a", "an", "are", "at", "in", "point", "points", "hand", "hands", "pole", "poles",
    "perch", "rod", "rods", "league", "leagues", "barn", "barns", "M", "b", "B", "mol",
    "molar", "bit", "bits", "drop", "drops", "stones", "ton", "tons", "short_ton",
    "count", "counts", "bag", "bags", "bars", "dam", "dams", "shot", "shots", "cup", "cups",
    "link", "links", "chain", "chains", "turn", "turns", "cycle", "cycles", "circle", "circles",
    "candle", "candles", "slug", "slugs", "shake", "shakes", "bus",
    "e", "de", "da", "du", "das", "na", "al", "he", "ma", "me",
})  # fmt: skip
"""Words pint takes for units but news text means otherwise ("at", "points", "a"); a
phrase made of one of these is a counted noun or an error, never a pint unit. ("12 stone"
is a weight, as British news writes it; "stones" are thrown.) Sports and business copy
counts shots at goal, cups won, links and chains (of hotels, of supply), turns and cycles
(of treatment): pint's volumes (shot, cup), lengths (link, chain), angles (turn, cycle
and circle are 2π each, so "3 cycles" was 18.85), candles (luminous intensity), slugs (a
mass) and shakes (10 ns) are not meant; nor a bus (pint's bushel: "55 passengers per
bus"). A bit stays a word ("a bit more", "bits of debris"): quantities of information
are written with a prefix (:data:`INFORMATION_UNITS`). ("Revolutions" stay pint's, for
"revolutions per minute" beside rpm.) Nor are the short words of other languages pint
reads as prefixed units: "848 millions de" was 848 million deci-elementary charges, "5
da" five deciyears (`e` is the elementary charge, `du` a deci-dalton, `na` a nanoyear)."""

_INFORMATION_PREFIXES = (
    ("kilo", "k", "K"), ("mega", "M", ""), ("giga", "G", ""), ("tera", "T", ""),
    ("peta", "P", ""), ("exa", "E", ""),
    ("kibi", "Ki", ""), ("mebi", "Mi", ""), ("gibi", "Gi", ""), ("tebi", "Ti", ""),
    ("pebi", "Pi", ""),
)  # fmt: skip
"""Prefixes of bits and bytes: a name, its symbol, and a second symbol news writes."""


def _information_spellings() -> dict[str, str]:
    """Every spelling of a quantity of information news writes, as the harness's unit.

    Networking copy counts bits with a lower-case ``b`` (``400 Gb/s``, ``a 100Mb line``,
    ``Mbps``, ``Gbit``); storage copy counts bytes with a capital ``B`` (``1,024 KB``,
    ``2 GB``), in decimal prefixes unless it writes the binary ones (``GiB``: 2³⁰). The
    oil trades' ``kb/d`` and ``Mb/d`` are barrels a day (:data:`_ALIASES`, ``OIL_RATE`` of
    the grammar), never kilobits a day; ``Pb`` and ``Eb`` (lead, no one's) are not bits.
    """
    spelled = {"byte": "information_byte", "bytes": "information_byte"}
    for name, symbol, other in _INFORMATION_PREFIXES:
        byte, bit = f"{name}information_byte", f"{name}information_bit"
        spelled[f"{name}byte"] = spelled[f"{name}bytes"] = byte
        spelled[f"{name}bit"] = spelled[f"{name}bits"] = bit
        for letter in filter(None, (symbol, other)):
            spelled[f"{letter}B"] = byte
            spelled[f"{letter}Bps"] = f"{byte} / second"
            spelled[f"{letter}bit"] = spelled[f"{letter}bits"] = bit
            spelled[f"{letter}bps"] = f"{bit} / second"
            if letter not in ("P", "E"):
                spelled[f"{letter}b"] = bit
    return spelled


INFORMATION_UNITS: dict[str, str] = {**_information_spellings(), "gb": "gigainformation_byte"}
"""Quantities of information by their spellings (``Gb``, ``Gbit``, ``Gbps``, ``GB``,
``KiB``, ``gigabytes``, and ``8gb`` of phone copy): bits and bytes are of a dimension of
their own (``[information]``; a byte is 8 bits), so ``2 GB`` is never ``16 billion users``."""


_TRAVELLERS: dict[str, str] = {
    "vehicle": "", "passenger": "", "revenue passenger": "", "seat": "",
    "available seat": "", "tonne": "tonne", "metric ton": "tonne", "ton": "short_ton",
    "short ton": "short_ton", "revenue ton": "short_ton", "revenue tonne": "tonne",
}  # fmt: skip
_DISTANCES: dict[str, str] = {
    "mile": "mile", "miles": "mile", "km": "km", "kilometre": "km", "kilometres": "km",
    "kilometer": "km", "kilometers": "km",
}  # fmt: skip
_TRAVELLED = ("", " travelled", " traveled", " driven", " flown")


def _distance_travelled_spellings() -> dict[str, str]:
    """Vehicle-miles, passenger-kilometres, seat-km, tonne-km and ton-miles, as units.

    Transport copy measures travel as things moved times the distance each moved: "3.26
    trillion vehicle miles travelled", "12.6 deaths per billion vehicle-miles", "100
    billion passenger-kilometres", "34.2 billion ton-miles". Read as counted nouns they
    were plain numbers, so a figure in miles equalled one in kilometres (a forgotten
    conversion passed, a right one was a mismatch). Vehicle-, passenger- and seat-miles
    are lengths, as "1.26 deaths per 100 million miles traveled" (IIHS) writes the same
    rate as NHTSA's "per 100 million vehicle miles traveled": the things are not compared,
    as counted nouns are not. Freight's ton-mile (and revenue ton-mile) is the US short
    ton's (AAR, BTS) times a mile; a ton-kilometre, tonne-km and revenue tonne-km the
    metric tonne's times a kilometre (Chinese and Russian railway copy writes "ton-km" for
    metric tonnes, and a US writer counts in miles). Written with a hyphen or a space.
    """
    spelled: dict[str, str] = {}
    for thing, mass in _TRAVELLERS.items():
        for distance, length in _DISTANCES.items():
            unit = mass
            if mass == "short_ton" and length == "km":
                unit = "tonne"
            for join in ("-", " "):
                for after in _TRAVELLED if not mass else ("",):
                    phrase = f"{thing}{join}{distance}{after}"
                    for written in (phrase, phrase[0].upper() + phrase[1:]):
                        spelled[written] = f"{unit} * {length}" if unit else length
    for distance, length in _DISTANCES.items():
        for after in _TRAVELLED[1:]:  # "per 100 million miles traveled"
            spelled[f"{distance}{after}"] = spelled[f"{distance.title()}{after}"] = length
    for unit, abbreviations in (
        ("mile", ("VMT",)),
        ("km", ("VKT", "vkm", "pkm", "RPK", "RPKs", "ASK", "ASKs")),
        ("mile", ("ASM", "ASMs")),
        ("tonne * km", ("tkm",)),
        ("short_ton * mile", ("RTM", "RTMs")),
    ):
        spelled.update(dict.fromkeys(abbreviations, unit))
    return spelled


DISTANCE_TRAVELLED_UNITS: dict[str, str] = _distance_travelled_spellings()
"""Vehicle-miles and their kind by their spellings (:func:`_distance_travelled_spellings`)."""

_DEADWEIGHT: dict[str, str] = {
    **dict.fromkeys(("dwt", "DWT", "dwt tonnes", "DWT tonnes"), "tonne"),
    **{
        f"{dead}{join}{ton}": "tonne"
        for dead in ("deadweight", "Deadweight", "dead-weight", "dead weight")
        for join in (" ",)
        for ton in ("tonne", "tonnes", "ton", "tons", "metric tons")
    },
    **{
        f"{ton} deadweight": "tonne"
        for ton in ("tonne", "tonnes", "ton", "tons", "metric tons")
    },
}
"""A ship's deadweight: "a 240,000-dwt tanker", "300,000 deadweight tonnes". Shipping
copy's dwt is deadweight tonnes, a capacity in metric tonnes (pint's ``dwt`` is the
pennyweight, 1.56 g, of the jeweller's trade, which no shipping story means); its
"deadweight tons" are the same tonnes."""


AMBIGUOUS: dict[str, str] = {
    "ppt": "percentage points in some newsrooms and parts per trillion in others: write"
    " `percentage points` (or `pp`), or a concentration in a unit such as `ng/L`",
    "kt": "knots in weather reports, kilotonnes in emissions figures and karats for gold:"
    " write `knots` or `kilotonnes` (a purity in karats is no measure to check)",
    "tons": "US short tons (907 kg), British long tons (1,016 kg) or metric tonnes (1,000 kg)"
    " as the writer meant: write `short tons`, `long tons` or `tonnes` (`metric tons`)",
    "ton": "a US short ton (907 kg), a British long ton (1,016 kg) or a metric tonne as the"
    " writer meant: write `short ton`, `long ton` or `tonne` (`metric ton`)",
    **dict.fromkeys(
        ("kiloton", "kilotons", "megaton", "megatons"),
        "a nuclear yield (an energy, in tons of TNT) or a mass in short tons: for a mass"
        " write `kilotonnes`, `megatonnes` or `short tons`",
    ),
    "mbtu": "a thousand Btu in the gas trade (M is a thousand there, MM a million) and a"
    " million Btu to readers of SI prefixes: write `MMBtu` (or `million Btu`) for a million,"
    " `thousand Btu` for a thousand",
    "mcm": "million cubic metres in wire copy and thousand cubic metres in gas-trade tables"
    " (M is a thousand there): write `million cubic metres` or `thousand cubic metres`",
    "tcm": "trillion cubic metres in reserves tables and thousand cubic metres in gas prices"
    " (`$400 per tcm`): write `trillion cubic metres` or `thousand cubic metres`",
    **dict.fromkeys(
        ("mbpd", "mbd", "mb/d", "mb/day"),
        "thousand barrels a day in US trade tables (Mb/d) and million in IEA and OPEC"
        " reports (mb/d): write `thousand barrels per day` (`kb/d`) or `million barrels"
        " per day` (`MMb/d`)",
    ),
}
"""Abbreviations news uses for two different things (pint would read ``ppt`` as a
picopint): the writer must say which (:mod:`checks.figures` refuses them, and
:func:`resolve` never reads one as a unit, so no message suggests one)."""

_ALIASES: dict[str, str] = {
    "mpg": "mile / gallon", "kph": "kilometre / hour", "kmph": "kilometre / hour",
    "bpd": "oil_barrel / day", "barrel": "oil_barrel", "barrels": "oil_barrel",
    "bbl": "oil_barrel",
    "barrels per day": "oil_barrel / day", "barrel per day": "oil_barrel / day",
    "sq": "square", "cu": "cubic",
    "metric ton": "tonne", "metric tons": "tonne", "metric tonne": "tonne",
    "°C": "degC", "℃": "degC", "°F": "degF", "℉": "degF", "°K": "kelvin",
    "degrees Celsius": "degC", "degree Celsius": "degC", "degrees centigrade": "degC",
    "degrees Fahrenheit": "degF", "degree Fahrenheit": "degF",
    "Celsius": "degC", "Fahrenheit": "degF", "C": "degC", "F": "degF",
    "degrees C": "degC", "degree C": "degC", "deg C": "degC", "degs C": "degC",
    "degrees F": "degF", "degree F": "degF", "deg F": "degF", "degs F": "degF",
    "Δ°C": "delta_degC", "Δ°F": "delta_degF", "Δ℃": "delta_degC", "Δ℉": "delta_degF",
    "degrees Celsius difference": "delta_degC",
    "decade": "calendar_decade", "decades": "calendar_decade", "pp": "percentage_point",
    "quarter": "calendar_quarter", "quarters": "calendar_quarter",
    "calendar month": "month", "calendar months": "month", "kilo": "kg", "kilos": "kg",
    "sqm": "m**2", "sq.m": "m**2", "sq.m.": "m**2", "sqft": "foot**2", "sq.ft": "foot**2",
    "sq.ft.": "foot**2",
    "yr": "year", "yrs": "year", "kms": "km", "Kms": "km", "secs": "second", "annum": "year",
    "hrs": "hour", "mins": "minute", "sq km": "km**2", "sq mi": "mile**2",
    "km²": "km**2", "m²": "m**2", "mi²": "mile**2", "km2": "km**2", "m3": "m**3",
    "m³": "m**3", "l": "litre", "L": "litre", "tonnes": "tonne", "tonne": "tonne",
    "lakh": "", "crore": "",
    "nautical mile": "nautical_mile", "nautical miles": "nautical_mile",
    "nautical mi": "nautical_mile", "imperial gallon": "imperial_gallon",
    "imperial gallons": "imperial_gallon", "imp gal": "imperial_gallon",
    "UK gallon": "imperial_gallon", "UK gallons": "imperial_gallon",
    "US gallon": "gallon", "US gallons": "gallon",
    "short ton": "short_ton", "short tons": "short_ton", "long ton": "long_ton",
    "long tons": "long_ton", "ppb": "ppb_fraction", "mb": "millibar",
    "inches of mercury": "inHg", "inch of mercury": "inHg",
    "bcm": "billion_cubic_metre", "bcf": "billion_cubic_foot", "tcf": "trillion_cubic_foot",
    "bcm/d": "billion_cubic_metre / day", "bcf/d": "billion_cubic_foot / day",
    "Bcm": "billion_cubic_metre", "BCM": "billion_cubic_metre",
    **dict.fromkeys(("Btu", "BTU", "btu"), "Btu"),
    **dict.fromkeys(("Btus", "BTUs", "btus"), "Btu"),
    **dict.fromkeys(
        ("British thermal unit", "British thermal units", "british thermal unit",
         "british thermal units"),
        "Btu",
    ),
    **dict.fromkeys(
        ("MMBtu", "mmBtu", "MMBTU", "mmbtu", "MMbtu", "MMBtus", "mmBtus"), "million_Btu"
    ),
    **dict.fromkeys(
        ("quadrillion Btu", "quadrillion BTU", "quadrillion Btus", "quadrillion BTUs",
         "quadrillion British thermal units", "quadrillion btu"),
        "quad",
    ),
    **dict.fromkeys(
        ("dekatherm", "dekatherms", "decatherm", "decatherms", "Dth"), "dekatherm_of_gas"
    ),
    **dict.fromkeys(("Mcf", "MCF", "mcf"), "thousand_cubic_foot"),
    **dict.fromkeys(("MMcf", "MMCF", "mmcf", "MMscf", "mmscf"), "million_cubic_foot"),
    **dict.fromkeys(("Bcf", "BCF"), "billion_cubic_foot"),
    **dict.fromkeys(("Tcf", "TCF"), "trillion_cubic_foot"),
    **dict.fromkeys(("Mcfd", "mcfd"), "thousand_cubic_foot / day"),
    **dict.fromkeys(("MMcfd", "mmcfd", "MMscfd", "mmscfd"), "million_cubic_foot / day"),
    **dict.fromkeys(("Bcfd", "bcfd", "BCFD"), "billion_cubic_foot / day"),
    **dict.fromkeys(("kbbl", "Kbbl", "Mbbl", "mbbl"), "thousand_oil_barrel"),
    **dict.fromkeys(("MMbbl", "mmbbl", "MMbbls"), "million_oil_barrel"),
    "kbd": "thousand_oil_barrel / day", "kbpd": "thousand_oil_barrel / day",
    **dict.fromkeys(("b/d", "b/day"), "oil_barrel / day"),
    **dict.fromkeys(("kb/d", "kb/day", "Kb/d", "Kb/day"), "thousand_oil_barrel / day"),
    "Kbpd": "thousand_oil_barrel / day", "KBPD": "thousand_oil_barrel / day",
    **dict.fromkeys(("MMb/d", "mmb/d", "MMb/day", "mmb/day"), "million_oil_barrel / day"),
    "MMbpd": "million_oil_barrel / day", "mmbpd": "million_oil_barrel / day",
    **dict.fromkeys(
        ("boe", "BOE", "barrel of oil equivalent", "barrels of oil equivalent",
         "barrels of oil-equivalent", "barrel of oil-equivalent"),
        "barrel_of_oil_equivalent",
    ),
    **dict.fromkeys(("kboe", "Mboe", "mboe"), "thousand_boe"),
    **dict.fromkeys(("MMboe", "mmboe", "MMBOE"), "million_boe"),
    **dict.fromkeys(("boepd", "boe/d", "boed", "BOEPD", "BOE/d"), "barrel_of_oil_equivalent / day"),
    **dict.fromkeys(("kboepd", "kboed", "Mboepd", "mboepd", "mboed"), "thousand_boe / day"),
    **dict.fromkeys(("MMboepd", "mmboepd", "mmboed", "MMboed"), "million_boe / day"),
    "kWp": "kW", "MWp": "MW", "GWp": "GW", "MWe": "MW", "GWe": "GW",
    "mtpa": "Mt / year", "Mtpa": "Mt / year", "MTPA": "Mt / year", "kmh": "kilometre / hour",
    "US cup": "cup", "US cups": "cup",
    "fl oz": "fluid_ounce", "fl. oz": "fluid_ounce", "fl. oz.": "fluid_ounce",
    "fluid ounce": "fluid_ounce", "fluid ounces": "fluid_ounce", "US fl oz": "fluid_ounce",
    "imperial fl oz": "imperial_fluid_ounce", "UK fl oz": "imperial_fluid_ounce",
    "light year": "light_year", "light years": "light_year", "light-year": "light_year",
    "light-years": "light_year", "Light years": "light_year", "Light-years": "light_year",
    "lightyears": "light_year",
    "astronomical unit": "astronomical_unit", "astronomical units": "astronomical_unit",
    "Astronomical units": "astronomical_unit", "AU": "astronomical_unit",
    "AUs": "astronomical_unit",
    "ΔK": "delta_degC",
    **INFORMATION_UNITS,
    **DISTANCE_TRAVELLED_UNITS,
    **_DEADWEIGHT,
    "NM": "nautical_mile",
}  # fmt: skip
"""Whole-phrase spellings pint does not read the way news means them.

"40 light years" and "5.2 astronomical units" are lengths, not counts of "light years";
``AU`` in news is the astronomical unit (pint's is an absorbance unit, a pure number). A
difference of kelvins is written ``ΔK`` (:data:`KELVIN`)."""

KELVIN = frozenset({"kelvin", "kelvins", "Kelvin", "Kelvins", "°K"})
"""Kelvin written as a word (``293 kelvin``) is a temperature reading on the absolute
scale (293 K is 19.85 °C), as °C and °F are readings; a difference is ``ΔK`` or ``Δ°C``.
A capital ``K`` after a number is read as thousand (``30K people``, ``£30K``), as news
writes it far more often than kelvin (see :func:`kelvin_hint`)."""


class UnitInfo(msgspec.Struct, frozen=True):
    """A resolved unit: ``base = value * factor + offset`` in the dimension's base units.

    Base units are pint's SI base units, except time, which is counted in days.

    ``absolute_temperature`` is set for degC/degF/kelvin written as a reading (so the
    offset applies and two readings cannot be added); ``calendar_months`` is the length in
    months of calendar units (month, year), which date arithmetic adds on the calendar.
    """

    factor: float
    offset: float
    dimension: Dimension
    absolute_temperature: bool = False
    calendar_months: int | None = None
    whole_time: bool = False
    calendar_time: int = 0
    """The power of years (decades…) in the unit: 1 for ``year``, -1 for ``km/yr``, 0 for
    ``day`` and ``barrels per day``. A figure in years compared with one in days depends
    on how long the writer took a year to be (see :data:`YEAR_DAYS_STATED`)."""
    month_time: int = 0
    """The power of months in the unit (see :data:`MONTH_DAYS_STATED`)."""


class UnitError(ValueError):
    """A unit phrase that is ambiguous or unknown."""


_lock = threading.Lock()


@functools.cache
def registry() -> Any:
    """Build the process-wide pint registry once.

    Slow: importing pint and building the registry take about half a second; pint's cache
    of its parsed definitions, in the per-user folder of :mod:`checks.usercache`, saves
    about 0.2 s of that.
    """
    from checks.usercache import private_folder

    with _lock:
        return unit_registry(private_folder("pint"))


HARNESS_UNITS = (
    *(f"{code} = [currency_{code}]" for code in CURRENCY_CODES),
    "calendar_decade = 10 * year",
    "calendar_quarter = 3 * month",
    "percentage_point = 0.01",
    "ppb_fraction = 1e-9",
    "billion_cubic_metre = 1e9 * m ** 3",
    "billion_cubic_foot = 1e9 * foot ** 3",
    "trillion_cubic_foot = 1e12 * foot ** 3",
    "trillion_cubic_metre = 1e12 * m ** 3",
    "thousand_cubic_foot = 1e3 * foot ** 3",
    "million_cubic_foot = 1e6 * foot ** 3",
    "million_Btu = 1e6 * Btu",
    "dekatherm_of_gas = 1e6 * Btu",
    "thousand_oil_barrel = 1e3 * oil_barrel",
    "million_oil_barrel = 1e6 * oil_barrel",
    "barrel_of_oil_equivalent = [barrels_of_oil_equivalent]",
    "thousand_boe = 1e3 * barrel_of_oil_equivalent",
    "million_boe = 1e6 * barrel_of_oil_equivalent",
    "information_bit = [information]",
    "information_byte = 8 * information_bit",
)
"""What the harness adds to pint's units, each under a name pint does not have.

A unit *re*defined after pint built its tables is read one way by a registry built afresh
and another by one read from pint's cache (pint's own ``decade`` is a logarithmic ratio,
and redefining it as ten years took effect only from the cache), so ``decade`` and ``pp``
are spelled ``calendar_decade`` and ``percentage_point`` (see ``_ALIASES``), and a quarter
of a year ``calendar_quarter`` (pint's ``quarter`` is a quarter of a hundredweight).
pint's own bit and byte are pure numbers (``2 GB`` would be sixteen billion of anything),
so the harness's are ``information_bit`` and ``information_byte``
(:data:`INFORMATION_UNITS`).
"""


def unit_registry(cache: Path | None) -> Any:
    """A pint registry as the harness configures it, from pint's cache in ``cache`` if any.

    pint writes its cache files in place, so a run interrupted while writing one, or two
    first runs writing at once, can leave a damaged file: then the folder is emptied (the
    next run writes it again) and the registry is built without it.
    """
    import pint

    options: dict[str, Any] = {
        "autoconvert_offset_to_baseunit": False,
        "on_redefinition": "raise",
    }
    ureg: Any = None
    if cache is not None:
        try:
            ureg = pint.UnitRegistry(**options, cache_folder=cache)
        except Exception:  # noqa: BLE001 - unpickling a damaged file raises many kinds
            shutil.rmtree(cache, ignore_errors=True)
    if ureg is None:
        ureg = pint.UnitRegistry(**options)
    for definition in HARNESS_UNITS:
        ureg.define(definition)
    return ureg


def _dimension_of(dimensionality: Any) -> Dimension:
    pairs: list[tuple[str, int]] = []
    for name, power in dict(dimensionality).items():
        if power != int(power):
            raise UnitError(f"fractional power {power} of {name}")
        if power:
            pairs.append((str(name), int(power)))
    return tuple(sorted(pairs))


_NAMED_DIMENSIONS: dict[Dimension, str] = {
    (("[length]", 2), ("[mass]", 1), ("[time]", -3)): "a power",
    (("[length]", 2), ("[mass]", 1), ("[time]", -2)): "an energy",
    (("[length]", -1), ("[mass]", 1), ("[time]", -2)): "a pressure",
    (("[length]", 1), ("[time]", -1)): "a speed",
    (("[length]", 2),): "an area",
    (("[length]", 3),): "a volume",
    (("[length]", 3), ("[time]", -1)): "a volume per time",
    (("[length]", 1), ("[mass]", 1)): "a freight distance (tonne-km)",
}
"""Dimensions news confuses, by name: a power (MW) written for an energy (MWh)."""


def dimension_label(dimension: Dimension) -> str:
    """Name a dimension for people: ``length``, ``USD``, ``mass / time``, ``a power``."""
    if not dimension:
        return "a pure number"
    if dimension == DATE:
        return "a date"
    if dimension in _NAMED_DIMENSIONS:
        return _NAMED_DIMENSIONS[dimension]
    things = [(name[5:-1], power) for name, power in dimension if name.startswith("[per:")]
    if things:  # "USD per share", "a number per share", not "USD / per share"
        rest = tuple(item for item in dimension if not item[0].startswith("[per:"))
        text = dimension_label(rest) if rest else "a number"
        text = "a number" if text == "a pure number" else text
        for thing, power in things:
            times = "" if abs(power) == 1 else f"^{abs(power)}"
            text += f" per {thing}{times}" if power < 0 else f" × number of {plural(thing)}{times}"
        return text
    money = [item for item in dimension if item[0].startswith("[currency_") and item[1] == 1]
    if len(money) == 1:  # "USD per energy", not "USD × time^2 / length^2 / mass"
        inverse = tuple((name, -power) for name, power in dimension if name != money[0][0])
        named = _NAMED_DIMENSIONS.get(inverse)
        if named is not None and " per " not in named:
            return f"{dimension_label((money[0],))} per {named.split(' ', 1)[1]}"
    top: list[str] = []
    bottom: list[str] = []
    for name, power in dimension:
        label = name.strip("[]").removeprefix("currency_").replace("_", " ")
        part = label if abs(power) == 1 else f"{label}^{abs(power)}"
        (top if power > 0 else bottom).append(part)
    text = " × ".join(top) or "1"
    if bottom:
        text += " / " + " / ".join(bottom)
    return text


_WORD_SPLIT = re.compile(r"\s+")
_HYPHEN_PER = re.compile(r"(?i)(?<=[a-z])-per-(?=[a-z])")
_HYPHEN_JOIN = re.compile(r"(?i)(?<=[a-z])-(?=[a-z])")


def _pint_expression(phrase: str) -> str:
    """Turn news spellings (``square kilometres``, ``barrels per day``) into pint syntax.

    Hyphens join units as a product (``megawatt-hours``) or a rate (``miles-per-hour``).
    """
    if "-" in phrase:
        phrase = _HYPHEN_PER.sub(" per ", phrase)
        phrase = _HYPHEN_JOIN.sub(" ", phrase)
    words = _WORD_SPLIT.split(phrase.strip())
    out: list[str] = []
    power = ""
    for word in words:
        lower = word.lower()
        if lower in {"square", "sq", "sq."}:
            power = "**2"
            continue
        if lower in {"cubic", "cu", "cu."}:
            power = "**3"
            continue
        if lower == "per" or word == "/":
            out.append("/")
            continue
        if word in _DENIED:
            raise UnitError(f"{word!r} is not read as a unit")
        if lower in AMBIGUOUS:
            raise UnitError(f"{word!r} is {AMBIGUOUS[lower]}")
        mapped = _ALIASES.get(word, word)
        out.append(f"({mapped}){power}" if power else mapped)
        power = ""
    expression = " ".join(out)
    return expression.replace(" / ", "/").replace("/ ", "/")


REMEMBERED: dict[str, UnitInfo | None] = {}
"""Phrases resolved in earlier runs (``None``: not a unit), loaded from the per-user cache
(:mod:`checks.usercache`) so that a run whose units are all known never imports pint."""
LEARNED: dict[str, UnitInfo | None] = {}
"""Phrases this process resolved with pint, to be remembered for later runs."""


@functools.cache
def resolve(phrase: str) -> UnitInfo:
    """Resolve one unit phrase (``km``, ``barrels per day``, ``°C``) to a :class:`UnitInfo`.

    Raises :class:`UnitError` when pint does not know it or it is a word news means
    otherwise. Cached: each distinct phrase costs pint once per process, and once per
    installed version of the harness and pint (see :data:`REMEMBERED`).
    """
    if phrase in REMEMBERED:
        known = REMEMBERED[phrase]
        if known is None:
            raise UnitError(f"unknown unit {phrase!r}")
        return known
    try:
        info = _resolve_with_pint(phrase)
    except UnitError:
        LEARNED[phrase] = None
        raise
    LEARNED[phrase] = info
    return info


def _misread_prefix(ureg: Any, word: str) -> bool:
    """Whether pint reads an English word as a prefix symbol glued to a unit's *name*.

    "210 camps" is not 2.1 amperes (``c`` + ``amps``): people write a prefix symbol with a
    unit symbol (``km``, ``kWh``, ``Mt``) or a prefix name with a unit name
    (``kilometres``), never ``c`` + ``amps``.
    """
    try:
        readings = ureg.parse_unit_name(word)
    except Exception:  # noqa: BLE001 - pint raises several types for unknown words
        return False
    if not readings or any(not prefix for prefix, _, _ in readings):
        return False
    for prefix, name, _ in readings:
        if word.lower().startswith(prefix):
            return False
        symbol = ureg._prefixes[prefix].symbol
        unit = ureg._units[name]
        short = {unit.symbol, *(a for a in unit.aliases if len(a) <= 3)}
        if word.startswith(symbol) and word[len(symbol) :] in short:
            return False
    return True


def _resolve_with_pint(phrase: str) -> UnitInfo:
    key = phrase.strip()
    if not key:
        return UnitInfo(1.0, 0.0, DIMENSIONLESS)
    if key in _DENIED:
        raise UnitError(f"{key!r} is not read as a unit")
    if key.lower() in AMBIGUOUS:
        raise UnitError(f"{key!r} is {AMBIGUOUS[key.lower()]}")
    expression = _ALIASES.get(key)
    if expression is None:
        expression = _pint_expression(key)
    ureg = registry()
    for word in re.findall(r"[A-Za-zµ_]+", expression):
        if _misread_prefix(ureg, word):
            raise UnitError(f"{word!r} is a word, not a prefixed unit")
    try:
        unit = ureg.parse_units(expression)
    except Exception as exc:
        raise UnitError(f"unknown unit {phrase!r}") from exc
    dimensionality = unit.dimensionality
    temperature_power = dict(dimensionality).get("[temperature]", 0)
    absolute = False
    try:
        zero = float(ureg.Quantity(0.0, unit).to_base_units().magnitude)
        one = float(ureg.Quantity(1.0, unit).to_base_units().magnitude)
    except Exception as exc:
        raise UnitError(f"{phrase!r} cannot be used alone here") from exc
    if temperature_power and (zero != 0.0 or key in KELVIN):
        absolute = True
    dimension = _dimension_of(dimensionality)
    time_power = dict(dimension).get("[time]", 0)
    if time_power:
        zero /= DAY_SECONDS**time_power
        one /= DAY_SECONDS**time_power
    calendar: int | None = None
    whole_time = False
    singular = str(unit)
    if dimension == (("[time]", 1),):
        whole_time = singular in {"day", "week", "fortnight"}
        calendar = CALENDAR_MONTHS.get(singular)
    return UnitInfo(
        factor=one - zero,
        offset=zero,
        dimension=dimension,
        absolute_temperature=absolute,
        calendar_months=calendar,
        whole_time=whole_time,
        calendar_time=sum(
            power for name, power in unit._units.items() if name in CALENDAR_TIME_UNITS
        ),
        month_time=sum(power for name, power in unit._units.items() if name in MONTH_TIME_UNITS),
    )


@functools.cache
def near_miss(word: str, dimension: Dimension) -> str | None:
    """A unit of ``dimension`` one keystroke away from ``word`` (``kmz`` → ``km``), if any.

    For messages only: a counted noun compared with a measure may be a misspelt unit.
    Candidates are looked up with pint directly, so none of them is remembered as a unit
    phrase (see :data:`LEARNED`).
    """
    if not word.isalpha() or len(word) > 6:
        return None
    letters = "abcdefghijklmnopqrstuvwxyz"
    candidates = [word[:i] + word[i + 1 :] for i in range(len(word))]
    candidates += [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)]
    candidates += [word[:i] + c + word[i + 1 :] for i in range(len(word)) for c in letters]
    for candidate in dict.fromkeys(c for c in candidates if c and c != word):
        try:
            info = _resolve_with_pint(candidate)
        except Exception:  # noqa: BLE001 - a candidate pint cannot read is no suggestion
            continue
        if info.dimension == dimension:
            return candidate
    return None


class Measured(Protocol):
    """A figure or a term of an expression: what it counts, or what it measures."""

    @property
    def counted(self) -> str | None: ...  # noqa: D102 - see the class

    @property
    def dimension(self) -> Dimension: ...  # noqa: D102 - see the class

    @property
    def text(self) -> str: ...  # noqa: D102 - see the class


def power_for_energy_hint(first: Measured, second: Measured) -> str:
    """What to suspect of a power beside an energy: MW written for MWh.

    It is energy copy's most common slip of units: a slip of the article, where a
    misspelt unit is one of the record.
    """
    kinds = {_NAMED_DIMENSIONS.get(first.dimension), _NAMED_DIMENSIONS.get(second.dimension)}
    if kinds == {"a power", "an energy"}:
        return (
            "; a power (W, MW, GW) is a rate of energy (Wh, MWh, GWh): was one written for the"
            " other? An energy is a power times a length of time (`MW * hours == MWh`)"
        )
    return ""


_MEASURE_OF_A_COUNTED_WORD: dict[str, tuple[Dimension, str]] = {
    "cup": ((("[length]", 3),), "`US cups` or `ml`"),
    "shot": ((("[length]", 3),), "`ml` or `fl oz`"),
    "chain": ((("[length]", 1),), "`yards` or `m`"),
    "link": ((("[length]", 1),), "`m`"),
}
"""The measure pint has by the name of a word counted as things (:data:`_DENIED`), and
how to write it."""


def misspelt_unit_hint(first: Measured, second: Measured) -> str:
    """A hint when a counted noun beside a measure is likely a unit written wrongly.

    ``; if 'kmz' is a unit, did you mean 'km'?`` for a noun near a unit's name, and for a
    word read as things although pint has a unit of the measure's kind by that name ("2
    cups (480ml)": cups won, or a volume?) how to write the measure.
    """
    for hint in (kelvin_hint(first, second), oil_equivalent_hint(first, second)):
        if hint:
            return hint
    for side in (first, second):
        for name, _ in side.dimension:
            word = name[5:-1] if name.startswith("[per:") else ""
            if word in AMBIGUOUS:  # "$2.19 per MBtu": read as per counted "MBtu"s
                return f"; {word!r} is {AMBIGUOUS[word]}"
    for counted, measured in ((first, second), (second, first)):
        if counted.counted and measured.dimension and not measured.counted:
            word = counted.counted.lower()
            singular = word[:-1] if word.endswith("s") else word
            measure = _MEASURE_OF_A_COUNTED_WORD.get(singular)
            if measure is not None and measure[0] == measured.dimension:
                return (
                    f"; {counted.counted!r} is counted as things (cups won, a chain of"
                    f" shops): for the measure write {measure[1]}"
                )
            close = near_miss(counted.counted, measured.dimension)
            if close is not None:
                return f"; if {counted.counted!r} is a unit, did you mean {close!r}?"
    return ""


OIL_EQUIVALENT = "[barrels_of_oil_equivalent]"
"""The base dimension of ``boe``: barrels of oil equivalent are counted, never an energy.

A barrel of oil equivalent is a convention, and agencies differ by 7%: 5.8 million Btu
(6.12 GJ, the US EIA), 6,000 cubic feet of gas (SEC filings), 1/7.33 of a tonne of oil
equivalent (5.71 GJ, the IEA and the Energy Institute). Read as an energy at any one of
them, a conversion made at another would be a false alarm, and a tolerance wide enough
for all of them would pass a slip of 5%. So boe meets boe (``4.1 million boe per day``
beside ``1.5 billion boe a year``), and a conversion to an energy or a volume is an error
that asks for the convention the story used, stated in an ``expect``
(:func:`oil_equivalent_hint`)."""


def oil_equivalent_hint(first: Measured, second: Measured) -> str:
    """How to check barrels of oil equivalent against an energy or a volume.

    See :data:`OIL_EQUIVALENT`: the story's convention has to be stated, as a factor in an
    ``expect``.
    """
    sides = [any(name == OIL_EQUIVALENT for name, _ in m.dimension) for m in (first, second)]
    other = second if sides[0] else first
    if sides[0] == sides[1] or not any(name == "[length]" for name, _ in other.dimension):
        return ""  # only beside an energy or a volume
    return (
        "; a barrel of oil equivalent is a convention, not a measure (5.8 million Btu for the"
        " US EIA, 6,000 cubic feet of gas in SEC filings, 5.71 GJ for the IEA): to check a"
        " conversion, state the one the story used in an `expect`"
        " (`output * 5.8 MMBtu / 1 boe == energy`)"
    )


_THOUSAND_K = re.compile(r"\d\s*K\s*$")
_TEMPERATURE: Dimension = (("[temperature]", 1),)


def kelvin_hint(first: Measured, second: Measured) -> str:
    """A hint when a number ending in a capital ``K`` meets a temperature (kelvin meant).

    ``K`` after a number is thousand (:data:`KELVIN`), so "293 K" beside "20°C" is a pure
    number beside a temperature: the record, not the article, should say kelvin.
    """
    for bare, measured in ((first, second), (second, first)):
        if (
            not bare.dimension
            and measured.dimension == _TEMPERATURE
            and _THOUSAND_K.search(bare.text)
        ):
            number = bare.text.strip()[:-1].strip()
            return (
                f"; {bare.text.strip()!r} is read as {number} thousand (`K` after a number is"
                f" thousand, as in `30K people`): for a temperature in kelvin write"
                f" `{number} kelvin`, for a difference `{number} ΔK`"
            )
    return ""


@functools.cache
def is_unit(phrase: str) -> bool:
    """Whether ``phrase`` names a unit (as opposed to a counted noun like ``households``).

    Cached both ways: a counted noun costs pint one failed lookup per process, not one per
    figure (``resolve`` caches only its successes, since failures raise).
    """
    try:
        resolve(phrase)
    except UnitError:
        return False
    return True


def currency_dimension(code: str) -> Dimension:
    """The base dimension of one currency."""
    return ((f"[currency_{code}]", 1),)


def multiply(a: Dimension, b: Dimension, sign: int = 1) -> Dimension:
    """Dimension of a product (``sign=1``) or quotient (``sign=-1``)."""
    powers: dict[str, int] = dict(a)
    for name, power in b:
        powers[name] = powers.get(name, 0) + sign * power
    return tuple(sorted((n, p) for n, p in powers.items() if p))


def money_of(dimension: Dimension) -> tuple[str, Dimension] | None:
    """The currency of a sum of money or a money rate, and the rest of its dimension.

    ``€1,450`` is EUR and nothing else; ``€1,450 per month`` EUR per time, ``$525 per
    square foot`` USD per area, ``€2.10 per share`` EUR per share. Only money to the
    power one converts at an exchange rate (``Rs 70 per dollar`` is not a sum of rupees).
    """
    money = [(name, power) for name, power in dimension if name.startswith("[currency_")]
    if len(money) != 1 or money[0][1] != 1:
        return None
    rest = tuple(item for item in dimension if item != money[0])
    return money[0][0][len("[currency_") : -1], rest


def currency_of(dimension: Dimension) -> str | None:
    """The currency code of a plain money dimension, else ``None``."""
    if len(dimension) == 1 and dimension[0][1] == 1 and dimension[0][0].startswith("[currency_"):
        return dimension[0][0][len("[currency_") : -1]
    return None
