"""Business-day and calendar arithmetic: hand-computed tables plus hypothesis properties.

Weekday anchors used in the hand computations: 1 Jan 2025 was a Wednesday, 1 Jan 2026 a
Thursday, 29 Feb 2024 a Thursday. Federal holidays per 5 U.S.C. 6103 with observed dates.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.deadlines import business_days as bd
from workbench.core.deadlines.business_days import Overflow

D = date

# (date, is business day?, why)
BUSINESS_DAY_CASES = [
    (D(2025, 11, 27), False, "Thanksgiving 2025 is Thursday 27 Nov"),
    (D(2025, 11, 28), True, "the Friday after Thanksgiving is not a federal holiday"),
    (D(2026, 7, 3), False, "4 Jul 2026 is a Saturday, observed Friday 3 Jul"),
    (D(2027, 7, 5), False, "4 Jul 2027 is a Sunday, observed Monday 5 Jul"),
    (D(2021, 12, 31), False, "1 Jan 2022 is a Saturday, observed Friday 31 Dec 2021"),
    (D(2023, 1, 2), False, "1 Jan 2023 is a Sunday, observed Monday 2 Jan"),
    (D(2025, 6, 19), False, "Juneteenth (a federal holiday since 2021)"),
    (D(2020, 6, 19), True, "Juneteenth was not yet a federal holiday in 2020"),
    (D(2025, 12, 24), True, "Christmas Eve 2025 is an executive-order closure, not statutory"),
    (D(2025, 1, 20), False, "MLK Day (third Monday of January 2025)"),
    (D(2025, 3, 15), False, "a Saturday"),
    (D(2025, 3, 16), False, "a Sunday"),
    (D(2025, 3, 17), True, "an ordinary Monday"),
]


@pytest.mark.parametrize(("day", "expected", "why"), BUSINESS_DAY_CASES)
def test_is_business_day(day, expected, why):
    assert bd.is_business_day(day) is expected, why


# (function, input, expected): hand-computed next/previous/roll results
ROLL_CASES = [
    # Wed 26 Nov 2025 -> Thu 27 is Thanksgiving -> Fri 28
    (bd.next_business_day, D(2025, 11, 26), D(2025, 11, 28)),
    # Fri 31 Dec 2021 (observed New Year) -> Sat 1, Sun 2 -> Mon 3 Jan 2022
    (bd.roll_forward_if_closed, D(2021, 12, 31), D(2022, 1, 3)),
    # Mon 6 Jul 2026 back: Sun 5, Sat 4, Fri 3 (observed) closed -> Thu 2 Jul
    (bd.previous_business_day, D(2026, 7, 6), D(2026, 7, 2)),
    # Sun 5 Jul 2026 rolled back: Sat 4, Fri 3 (observed) closed -> Thu 2 Jul
    (bd.roll_back_if_closed, D(2026, 7, 5), D(2026, 7, 2)),
    # a business day is returned unchanged
    (bd.roll_forward_if_closed, D(2025, 3, 17), D(2025, 3, 17)),
    # Sat 24 Dec 2022 forward: Sun 25, Mon 26 (Christmas observed) -> Tue 27
    (bd.roll_forward_if_closed, D(2022, 12, 24), D(2022, 12, 27)),
]


@pytest.mark.parametrize(("fn", "day", "expected"), ROLL_CASES)
def test_rolls(fn, day, expected):
    assert fn(day) == expected


# (start, months, overflow, expected)
MONTH_CASES = [
    (D(2025, 1, 31), 1, Overflow.CLAMP, D(2025, 2, 28)),  # no 31 Feb; 2025 not leap
    (D(2025, 1, 31), 1, Overflow.NEXT_DAY, D(2025, 3, 1)),  # first day after 28 Feb
    (D(2024, 1, 31), 1, Overflow.CLAMP, D(2024, 2, 29)),  # 2024 is leap
    (D(2025, 3, 31), -1, Overflow.CLAMP, D(2025, 2, 28)),  # counting back also clamps
    (D(2025, 11, 30), 3, Overflow.CLAMP, D(2026, 2, 28)),  # crosses the year end
    (D(2025, 12, 15), 1, Overflow.CLAMP, D(2026, 1, 15)),  # December + 1 = January next year
    (D(2024, 2, 29), 12, Overflow.CLAMP, D(2025, 2, 28)),  # leap day + 1 year, earlier reading
    (D(2024, 2, 29), 12, Overflow.NEXT_DAY, D(2025, 3, 1)),  # leap day + 1 year, later reading
    (D(2024, 2, 29), 48, Overflow.CLAMP, D(2028, 2, 29)),  # four years on: 2028 is leap
    (D(2024, 8, 31), -6, Overflow.CLAMP, D(2024, 2, 29)),  # back 6 months into a leap Feb
]


@pytest.mark.parametrize(("start", "months", "overflow", "expected"), MONTH_CASES)
def test_add_months(start, months, overflow, expected):
    assert bd.add_months(start, months, overflow) == expected


def test_add_years_and_days():
    assert bd.add_years(D(2024, 2, 29), 1) == D(2025, 2, 28)
    assert bd.add_years(D(2024, 2, 29), 1, Overflow.NEXT_DAY) == D(2025, 3, 1)
    assert bd.add_days(D(2024, 2, 28), 1) == D(2024, 2, 29)
    assert bd.add_days(D(2025, 12, 31), 1) == D(2026, 1, 1)
    assert bd.month_overflows(D(2024, 2, 29), 12)
    assert not bd.month_overflows(D(2024, 2, 28), 12)


def test_holiday_tables():
    h2021 = bd.federal_holidays(2021)
    assert D(2021, 12, 31) in h2021  # New Year's 2022 observed in 2021
    assert "Thanksgiving" in bd.holiday_name(D(2025, 11, 27))
    assert D(2025, 12, 24) in bd.executive_closures(2025)
    assert D(2025, 12, 25) not in bd.executive_closures(2025)  # statutory, not EO
    with pytest.raises(TypeError):
        bd.federal_holidays(2025)[D(2025, 1, 2)] = "x"  # read-only


def test_extra_closed_days_are_honoured():
    closed = {D(2025, 3, 17)}
    # Sat 15, Sun 16, Mon 17 (closed by order) -> Tue 18
    assert bd.roll_forward_if_closed(D(2025, 3, 15), closed) == D(2025, 3, 18)


def test_bad_inputs_are_refused_clearly():
    with pytest.raises(TypeError):
        bd.is_business_day("2025-01-01")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="outside the supported years"):
        bd.is_business_day(D(204, 1, 1))


def test_describe_names_the_day_and_holiday():
    assert bd.describe(D(2025, 11, 27)) == "2025-11-27 (Thursday, Thanksgiving Day)"
    assert "executive order" in bd.describe(D(2025, 12, 24))


# --------------------------------------------------------------------------- properties

dates = st.dates(min_value=D(1995, 1, 1), max_value=D(2099, 12, 31))


def _closed(d: date) -> bool:
    return d.weekday() >= 5 or bd.holiday_name(d) is not None


@settings(max_examples=400, deadline=None)
@given(dates)
def test_roll_forward_lands_on_first_open_day(d):
    r = bd.roll_forward_if_closed(d)
    assert r >= d
    assert r.weekday() < 5 and bd.holiday_name(r) is None
    # minimal: every day skipped was closed; never more than 4 in a row
    assert (r - d).days <= 4
    for k in range((r - d).days):
        assert _closed(d + timedelta(days=k))


@settings(max_examples=400, deadline=None)
@given(dates)
def test_roll_back_lands_on_last_open_day(d):
    r = bd.roll_back_if_closed(d)
    assert r <= d
    assert r.weekday() < 5 and bd.holiday_name(r) is None
    for k in range((d - r).days):
        assert _closed(d - timedelta(days=k))


@settings(max_examples=400, deadline=None)
@given(
    st.dates(min_value=D(2000, 1, 1), max_value=D(2090, 12, 31)),
    st.integers(min_value=-120, max_value=120),
    st.sampled_from(list(Overflow)),
)
def test_add_months_properties(d, months, overflow):
    r = bd.add_months(d, months, overflow)
    target_index = d.year * 12 + d.month - 1 + months
    if not bd.month_overflows(d, months):
        assert (r.year * 12 + r.month - 1, r.day) == (target_index, d.day)
    elif overflow is Overflow.CLAMP:
        assert r.year * 12 + r.month - 1 == target_index and r.day < d.day
        assert (r + timedelta(days=1)).day == 1  # the last day of the month
    else:
        assert r.day == 1 and r.year * 12 + r.month - 1 == target_index + 1
