"""Calendar and business-day arithmetic for legal deadlines.

Why a module of its own: every deadline in the engine is "some calendar arithmetic, then
maybe a move off a closed day", and a wrong holiday table or an off-by-one in month
arithmetic is exactly how a filing is lost. Keeping the arithmetic here, small and
exhaustively tested, lets the rules stay declarative.

Conventions (decided once, used everywhere):

* Dates are plain :class:`datetime.date` values: calendar dates in the court's (or the
  agency office's) time zone. Nothing here knows about clocks or time zones.
* A **closed day** is a Saturday, a Sunday, or a US federal legal holiday. The holidays are
  the ones 5 U.S.C. § 6103(a) names, on the dates federal offices observe them
  (5 U.S.C. § 6103(b) and Executive Order 11582: a holiday on a Saturday is observed on
  the Friday before, one on a Sunday on the Monday after; New Year's Day on a Saturday is
  observed on Friday 31 December of the year before). The `holidays` package computes
  these, including the observed dates; we only add caching and a frozen view.
* One-off closures by executive order (for example Christmas Eve 2019, 2020, 2024 and
  2025, or the national day of mourning on 9 January 2025) are *not* part of the default
  closed set, because whether a tribunal treats them as a "legal holiday" is not uniform.
  :func:`executive_closures` lists them so callers can decide: the engine counts them as
  closed only when that moves a date *earlier* (the safe direction) and otherwise warns.
  Callers may pass further closed days (a court closed for weather, say) through the
  ``extra_closed`` argument every function accepts.
* "Add N days" counts calendar days, the trigger day being day 0 (8 CFR 1001.1(h),
  8 CFR 1.2, FRAP 26(a)(1)(A)): 30 days after 1 March is 31 March.
* "Add N months/years" uses the corresponding-date ("anniversary") method: the same day
  number in the target month. When that month is too short (31 January + 1 month, or
  29 February + 1 year) the caller chooses what happens, see :class:`Overflow`.
"""

from __future__ import annotations

import calendar
from collections.abc import Container, Mapping
from datetime import date, timedelta
from enum import Enum
from functools import lru_cache
from types import MappingProxyType

import holidays as _holidays

from ..i18n import QT_TRANSLATE_NOOP
from ..msg import Msg

__all__ = [
    "Overflow",
    "add_days",
    "add_months",
    "add_years",
    "executive_closures",
    "federal_holidays",
    "holiday_name",
    "is_business_day",
    "is_closed",
    "is_federal_holiday",
    "is_weekend",
    "month_overflows",
    "next_business_day",
    "previous_business_day",
    "roll_back_if_closed",
    "roll_forward_if_closed",
    "describe",
]

#: Dates earlier than this are outside what the engine is meant for (and the holiday
#: tables of the `holidays` package); refusing them catches typos such as year 0204.
MIN_YEAR = 1990
MAX_YEAR = 2200

_NO_DAYS: frozenset[date] = frozenset()


class Overflow(Enum):
    """What month arithmetic does when the target month has no corresponding day.

    ``CLAMP`` gives the last day of the target month (31 Jan + 1 month = 28/29 Feb;
    29 Feb 2024 + 1 year = 28 Feb 2025). ``NEXT_DAY`` gives the first day of the
    following month (29 Feb 2024 + 1 year = 1 Mar 2025).

    Why both exist: no statute or regulation behind the rules in this package says what
    "one year after 29 February" is, and the readings differ by one day. The engine
    always picks the reading that cannot make the user late: ``CLAMP`` (the earlier day)
    for a *last day to act*, ``NEXT_DAY`` (the later day) for a *first day one may act*
    (filing too early is also fatal, e.g. an I-765 before day 150). ``CLAMP`` is also what
    `dateutil.relativedelta` and most calendaring software do.
    """

    CLAMP = "clamp"
    NEXT_DAY = "next_day"


def _check(d: date) -> None:
    if not isinstance(d, date):
        raise TypeError(f"expected a datetime.date, got {type(d).__name__}")
    if not MIN_YEAR <= d.year <= MAX_YEAR:
        raise ValueError(f"date {d.isoformat()} is outside the supported years {MIN_YEAR}-{MAX_YEAR}")


@lru_cache(maxsize=512)
def _federal_holidays_for_year(year: int) -> Mapping[date, str]:
    # Build from the neighbouring years too, so an observance that crosses the year line
    # (New Year's Day on a Saturday is observed on the Friday before) lands in the right
    # year. The result is frozen so the cache can be shared between threads.
    table = _holidays.country_holidays("US", years=(year - 1, year, year + 1), observed=True)
    return MappingProxyType({d: name for d, name in sorted(table.items()) if d.year == year})


@lru_cache(maxsize=512)
def _executive_closures_for_year(year: int) -> Mapping[date, str]:
    government = _holidays.country_holidays(
        "US", years=(year - 1, year, year + 1), observed=True, categories=("government",)
    )
    statutory = _federal_holidays_for_year(year)
    return MappingProxyType(
        {d: name for d, name in sorted(government.items()) if d.year == year and d not in statutory}
    )


def federal_holidays(year: int) -> Mapping[date, str]:
    """The federal legal holidays of ``year`` with their names, observed dates included.

    Both the calendar date and the observed date are listed (4 July 2026 is a Saturday:
    both 3 July "Independence Day (observed)" and 4 July appear); the Saturday or Sunday
    one is a closed day anyway. Read-only mapping, cached per year.
    """
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"year {year} is outside the supported years {MIN_YEAR}-{MAX_YEAR}")
    return _federal_holidays_for_year(year)


def executive_closures(year: int) -> Mapping[date, str]:
    """Days federal offices were closed by executive order in ``year`` (not statutory holidays).

    Source: the `holidays` package's US "government" category, minus the statutory days.
    These are never used to move a deadline *later*; see the module docstring.
    """
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"year {year} is outside the supported years {MIN_YEAR}-{MAX_YEAR}")
    return _executive_closures_for_year(year)


def holiday_name(d: date) -> str | None:
    """The federal holiday observed on ``d``, or ``None``."""
    _check(d)
    return _federal_holidays_for_year(d.year).get(d)


def is_weekend(d: date) -> bool:
    """True on Saturdays and Sundays."""
    _check(d)
    return d.weekday() >= 5


def is_federal_holiday(d: date) -> bool:
    """True when ``d`` is a federal legal holiday or the day one is observed."""
    return holiday_name(d) is not None


def is_closed(d: date, extra_closed: Container[date] = _NO_DAYS) -> bool:
    """True on a weekend, a federal holiday (observed) or one of ``extra_closed``."""
    return is_weekend(d) or is_federal_holiday(d) or d in extra_closed


def is_business_day(d: date, extra_closed: Container[date] = _NO_DAYS) -> bool:
    """True when federal offices and courts are open on ``d`` (Monday-Friday, not a holiday).

    ``extra_closed`` adds closures the caller knows of (a court closed by order, an
    executive-order closure it has decided to honour).
    """
    return not is_closed(d, extra_closed)


def next_business_day(d: date, extra_closed: Container[date] = _NO_DAYS) -> date:
    """The first business day strictly after ``d``."""
    _check(d)
    nxt = d + timedelta(days=1)
    while is_closed(nxt, extra_closed):
        nxt += timedelta(days=1)
    return nxt


def previous_business_day(d: date, extra_closed: Container[date] = _NO_DAYS) -> date:
    """The last business day strictly before ``d``."""
    _check(d)
    prev = d - timedelta(days=1)
    while is_closed(prev, extra_closed):
        prev -= timedelta(days=1)
    return prev


def roll_forward_if_closed(d: date, extra_closed: Container[date] = _NO_DAYS) -> date:
    """``d`` itself if it is a business day, else the next business day.

    This is the rule of 8 CFR 1003.38(b) (BIA appeals), 8 CFR 208.4(a)(2)(ii) (asylum
    one-year period), 8 CFR 1001.1(h) / 1.2 (the definition of "day") and FRAP 26(a)(1)(C):
    a period whose last day falls on a Saturday, Sunday or legal holiday runs until the end
    of the next day that is none of those.
    """
    _check(d)
    return d if not is_closed(d, extra_closed) else next_business_day(d, extra_closed)


def roll_back_if_closed(d: date, extra_closed: Container[date] = _NO_DAYS) -> date:
    """``d`` itself if it is a business day, else the preceding business day.

    Used for periods counted backward from an event (filings due N days before a hearing)
    and for dates the engine moves earlier out of caution; moving earlier can never make a
    filing late.
    """
    _check(d)
    return d if not is_closed(d, extra_closed) else previous_business_day(d, extra_closed)


def add_days(d: date, n: int) -> date:
    """``d`` plus ``n`` calendar days (negative ``n`` counts back).

    The trigger day is day 0 and every later day counts, weekends and holidays included;
    only the *last* day may then be moved by a roll function.
    """
    _check(d)
    result = d + timedelta(days=n)
    _check(result)
    return result


def month_overflows(d: date, months: int) -> bool:
    """True when ``d`` plus ``months`` has no corresponding day (e.g. 31 Jan + 1 month)."""
    _check(d)
    year, month = _shift_month(d.year, d.month, months)
    return d.day > calendar.monthrange(year, month)[1]


def _shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def add_months(d: date, months: int, overflow: Overflow = Overflow.CLAMP) -> date:
    """``d`` plus ``months`` calendar months by the corresponding-date method.

    The result has the same day number as ``d`` in the target month: 15 Jan + 1 month =
    15 Feb. 30 Nov + 3 months would be 30 February, which does not exist, so ``overflow``
    decides: ``CLAMP`` gives 28/29 Feb, ``NEXT_DAY`` gives 1 Mar. ``months`` may be negative (counting back,
    e.g. a reminder 6 months before a birthday). See :class:`Overflow` for why the caller
    chooses.
    """
    _check(d)
    year, month = _shift_month(d.year, d.month, months)
    last = calendar.monthrange(year, month)[1]
    if d.day <= last:
        result = date(year, month, d.day)
    elif overflow is Overflow.CLAMP:
        result = date(year, month, last)
    else:
        result = date(year, month, last) + timedelta(days=1)
    _check(result)
    return result


def add_years(d: date, years: int, overflow: Overflow = Overflow.CLAMP) -> date:
    """``d`` plus ``years`` by the anniversary method (= ``add_months(d, 12 * years)``).

    Only 29 February can overflow: 29 Feb 2024 + 1 year is 28 Feb 2025 with ``CLAMP`` and
    1 Mar 2025 with ``NEXT_DAY``.
    """
    return add_months(d, 12 * years, overflow)


_WEEKDAYS = (
    QT_TRANSLATE_NOOP("deadlines", "Monday"),
    QT_TRANSLATE_NOOP("deadlines", "Tuesday"),
    QT_TRANSLATE_NOOP("deadlines", "Wednesday"),
    QT_TRANSLATE_NOOP("deadlines", "Thursday"),
    QT_TRANSLATE_NOOP("deadlines", "Friday"),
    QT_TRANSLATE_NOOP("deadlines", "Saturday"),
    QT_TRANSLATE_NOOP("deadlines", "Sunday"),
)

#: The names the `holidays` package gives (English), marked for translation; a name not listed
#: here (a future closure) is shown as the package gives it.
_DAY_NAMES = frozenset({
    QT_TRANSLATE_NOOP("deadlines", "New Year's Day"),
    QT_TRANSLATE_NOOP("deadlines", "Martin Luther King Jr. Day"),
    QT_TRANSLATE_NOOP("deadlines", "Washington's Birthday"),
    QT_TRANSLATE_NOOP("deadlines", "Memorial Day"),
    QT_TRANSLATE_NOOP("deadlines", "Juneteenth National Independence Day"),
    QT_TRANSLATE_NOOP("deadlines", "Independence Day"),
    QT_TRANSLATE_NOOP("deadlines", "Labor Day"),
    QT_TRANSLATE_NOOP("deadlines", "Columbus Day"),
    QT_TRANSLATE_NOOP("deadlines", "Veterans Day"),
    QT_TRANSLATE_NOOP("deadlines", "Thanksgiving Day"),
    QT_TRANSLATE_NOOP("deadlines", "Christmas Day"),
    QT_TRANSLATE_NOOP("deadlines", "Christmas Eve"),
    QT_TRANSLATE_NOOP("deadlines", "Christmas Eve (half-day closing)"),
    QT_TRANSLATE_NOOP("deadlines", "Day After Christmas"),
    QT_TRANSLATE_NOOP("deadlines", "National Day of Mourning for former President George H. W. Bush"),
    QT_TRANSLATE_NOOP("deadlines", "National Day of Mourning for former President Gerald R. Ford"),
    QT_TRANSLATE_NOOP("deadlines", "National Day of Mourning for former President Jimmy Carter"),
    QT_TRANSLATE_NOOP("deadlines", "National Day of Mourning for former President Ronald Reagan"),
})
_OBSERVED = " (observed)"


def weekday_name(d: date) -> Msg:
    """The day of the week in English, translated where shown (``msg.tr``)."""
    return Msg("deadlines", _WEEKDAYS[d.weekday()])


def day_name(name: str) -> str:
    """A holiday or closure name as the `holidays` package gives it, translatable where shown."""
    if name in _DAY_NAMES:
        return Msg("deadlines", name)
    if name.endswith(_OBSERVED) and name[: -len(_OBSERVED)] in _DAY_NAMES:
        return Msg("deadlines", QT_TRANSLATE_NOOP("deadlines", "{holiday} (observed)"),
                   holiday=Msg("deadlines", name[: -len(_OBSERVED)]))
    return name


def describe(d: date) -> Msg:
    """Human text for a date in explanations: ``2025-11-27 (Thursday, Thanksgiving Day)``.

    The value is English; ``msg.tr`` gives it in the interface language."""
    _check(d)
    weekday = weekday_name(d)
    name = holiday_name(d)
    if name:
        return Msg("deadlines", QT_TRANSLATE_NOOP("deadlines", "{date} ({weekday}, {holiday})"),
                   date=d.isoformat(), weekday=weekday, holiday=day_name(name))
    closure = _executive_closures_for_year(d.year).get(d)
    if closure:
        return Msg("deadlines",
                   QT_TRANSLATE_NOOP("deadlines", "{date} ({weekday}, {closure}: federal offices closed by "
                                                  "executive order)"),
                   date=d.isoformat(), weekday=weekday, closure=day_name(closure))
    return Msg("deadlines", QT_TRANSLATE_NOOP("deadlines", "{date} ({weekday})"), date=d.isoformat(), weekday=weekday)
