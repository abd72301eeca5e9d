"""Exchange rates at the publication date, offline.

"€8.5 billion (about $10 billion)" is judged with the reference rate of the day the story
was published (or the last business day before), from the European Central Bank's
history bundled in the ``currencyconverter`` package, or from a project rates file for
currencies the ECB does not publish (PKR, IRR…). Newsrooms convert at the rate of the
day before, a mid-market rate or a bank's rate, so the reference rate is widened by a
documented band (``settings.fx_tolerance``, default 2%).
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Any

import msgspec

from checks.display import format_number

ECB_SOURCE = "ECB reference rate, bundled"
DEFAULT_BAND = 0.02
LOOKBACK_DAYS = 7
"""How far before the publication date a rate may be taken (weekends, holidays)."""


class RateError(ValueError):
    """No rate for a pair: the message says how to supply one."""


class Rate(msgspec.Struct, frozen=True):
    """``1 base = value quote`` on ``day``, with where it comes from."""

    base: str
    quote: str
    value: float
    day: dt.date
    source: str

    def inverted(self) -> Rate:
        """The same rate the other way round."""
        return Rate(self.quote, self.base, 1 / self.value, self.day, self.source)

    def describe(self) -> str:
        """``1.1582 USD per EUR on 5 September 2018 (ECB …)``, the larger way round."""
        if self.value < 1:
            return self.inverted().describe()
        when = f"{self.day.day} {self.day:%B %Y}"
        return (
            f"{format_number(self.value, 5)} {self.quote} per {self.base} on {when} ({self.source})"
        )


@functools.cache
def _converter() -> Any:
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)


def ecb_rate(base: str, quote: str, on: dt.date) -> Rate | None:
    """The ECB cross rate on ``on`` or the last day before it that has one (≤ 7 days)."""
    converter = _converter()
    if base not in converter.currencies or quote not in converter.currencies:
        return None
    for back in range(LOOKBACK_DAYS + 1):
        day = on - dt.timedelta(days=back)
        try:
            value = float(converter.convert(1.0, base, quote, date=day))
        except Exception:  # noqa: BLE001 - currencyconverter raises several error types
            continue
        return Rate(base, quote, value, day, ECB_SOURCE)
    return None


def ecb_coverage() -> tuple[dt.date, dt.date]:
    """The first and last day of the bundled ECB history."""
    bounds = _converter().bounds["USD"]
    return bounds.first_date, bounds.last_date


class RateBook(msgspec.Struct):
    """The rates a claim file may use: its own rates file first, then the ECB's."""

    published: dt.date | None
    project: list[Rate] = msgspec.field(default_factory=list)
    band: float = DEFAULT_BAND
    rates_file: str | None = None

    def rate(self, base: str, quote: str) -> Rate:
        """``1 base = ? quote`` at the publication date; :class:`RateError` when unknown."""
        if self.published is None:
            raise RateError("exchange rates need source.published")
        own = self._project_rate(base, quote)
        if own is not None:
            return own
        rate = ecb_rate(base, quote, self.published)
        if rate is not None:
            return rate
        where = f"the rates file {self.rates_file}" if self.rates_file else "a rates file"
        first, last = ecb_coverage()
        missing = [c for c in (base, quote) if c not in _converter().currencies]
        if missing:
            why = f"the bundled ECB data has no {missing[0]}"
        elif not first <= self.published <= last:
            why = f"the bundled ECB data runs from {first} to {last}"
        else:
            why = f"the bundled ECB data has no rate for {base}/{quote} near that day"
        raise RateError(
            f"no reference rate for {base}/{quote} on {self.published}: {why}; add the rate to "
            f"{where} (settings: {{rates: pkr.rates.yaml}}, entries like "
            f"`- {{pair: {base}/{quote}, rate: …, date: {self.published}, source: …}}`), "
            "or write the relation with "
            f"`expect` and a rate claim such as `124 PKR per USD`"
        )

    def _project_rate(self, base: str, quote: str) -> Rate | None:
        assert self.published is not None
        best: Rate | None = None
        for rate in self.project:
            candidate: Rate | None = None
            if (rate.base, rate.quote) == (base, quote):
                candidate = rate
            elif (rate.base, rate.quote) == (quote, base):
                candidate = rate.inverted()
            if candidate is None or candidate.day > self.published:
                continue
            if (self.published - candidate.day).days > LOOKBACK_DAYS:
                continue
            if best is None or candidate.day > best.day:
                best = candidate
        return best


def load_rates_file(path: Path) -> list[Rate]:
    """Read a project rates file; :class:`RateError` with a located message when invalid."""
    from checks.loading import LoadError, load_document

    name = path.as_posix()
    try:
        document = load_document(name, path.read_bytes())
    except OSError as exc:
        raise RateError(f"cannot read the rates file {name}: {exc}") from None
    except LoadError as exc:
        raise RateError(str(exc)) from None
    data = document.data
    entries = data.get("rates") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise RateError(f"{name}:1:1: a rates file has a list under `rates:`")
    rates: list[Rate] = []
    for index, entry in enumerate(entries):
        where = document.where(("rates", index))
        try:
            if not isinstance(entry, dict) or set(entry) - {"pair", "rate", "date", "source"}:
                raise ValueError("an entry has pair, rate, date and source")
            base, _, quote = str(entry["pair"]).upper().partition("/")
            value = float(str(entry["rate"]).replace(",", ""))
            day = dt.date.fromisoformat(str(entry["date"]))
            source = str(entry["source"]).strip()
            if len(base) != 3 or len(quote) != 3 or value <= 0 or not source:
                raise ValueError("pair is like USD/PKR, rate is positive, source is not empty")
        except (KeyError, ValueError) as exc:
            raise RateError(
                f"{where}: {exc}; write `- {{pair: USD/PKR, rate: 124.2, date: 2018-09-05, "
                f"source: State Bank of Pakistan}}`"
            ) from None
        rates.append(Rate(base, quote, value, day, source))
    return rates
