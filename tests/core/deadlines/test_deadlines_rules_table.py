"""Table of hand-computed deadlines, one row per case, the arithmetic in the comment.

Counting convention: the trigger day is day 0. Weekday anchors: 1 Jan 2025 Wednesday,
1 Jan 2026 Thursday, 1 Jan 2027 Friday, 29 Feb 2024 Thursday. Holidays: 5 U.S.C. 6103,
observed dates (Saturday -> Friday before, Sunday -> Monday after).
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from workbench.core.deadlines import (
    BiometricsAppointment,
    DeadlineKind,
    EngineSettings,
    Hearing,
    HearingKind,
    MatterFacts,
    Track,
    UscisNotice,
    compute_deadlines,
)
from workbench.core.deadlines import business_days as bd
from workbench.core.deadlines.rules import RULES_BY_ID, Roll

D = date
R = Track.REMOVAL_DEFENSE
IND, MAS = HearingKind.INDIVIDUAL, HearingKind.MASTER


def facts(kind=R, **kw):
    return MatterFacts(track=kind, **kw)


def lead(days):
    return EngineSettings(individual_hearing_lead_days=days)


# (case id, facts, settings or None, deadline key, expected date)
CASES = [
    # ---------------------------------------------------------------- BIA appeal, 30 days
    # Tue 28 Oct 2025 + 30: Oct 31 is +3, Nov 27 is +30 = Thanksgiving (Thu) -> Fri 28 Nov
    ("bia-thanksgiving", facts(ij_oral_decision_date=D(2025, 10, 28)), None, "bia.appeal", D(2025, 11, 28)),
    # Wed 3 Jun 2026 + 30: Jun 30 is +27, Jul 3 is +30 = Fri, Independence Day observed
    # (4 Jul 2026 is a Saturday); Sat 4, Sun 5 closed -> Mon 6 Jul
    ("bia-july4-observed-friday", facts(ij_oral_decision_date=D(2026, 6, 3)), None, "bia.appeal", D(2026, 7, 6)),
    # Fri 4 Jun 2027 + 30: Jun 30 is +26, Jul 4 is +30 = Sunday; Mon 5 Jul is the observed
    # holiday -> Tue 6 Jul
    ("bia-july4-observed-monday", facts(ij_oral_decision_date=D(2027, 6, 4)), None, "bia.appeal", D(2027, 7, 6)),
    # Wed 1 Dec 2021 + 30 = Fri 31 Dec 2021, New Year's Day (Sat 1 Jan 2022) observed;
    # Sat 1, Sun 2 -> Mon 3 Jan 2022 (rolls across the year end)
    ("bia-newyear-observed-dec31", facts(ij_written_decision_served_date=D(2021, 12, 1)), None, "bia.appeal", D(2022, 1, 3)),
    # Fri 2 Dec 2022 + 30: Dec 31 is +29, Jan 1 2023 is +30 = Sunday; Mon 2 Jan observed
    # -> Tue 3 Jan 2023
    ("bia-newyear-observed-monday", facts(ij_oral_decision_date=D(2022, 12, 2)), None, "bia.appeal", D(2023, 1, 3)),
    # Tue 25 Nov 2025 + 30: Nov 30 is +5, Dec 25 is +30 = Christmas (Thu) -> Fri 26 Dec
    # (26 Dec 2025 was an executive-order closure: not relied on, a caution is added)
    ("bia-christmas", facts(ij_oral_decision_date=D(2025, 11, 25)), None, "bia.appeal", D(2025, 12, 26)),
    # Mon 3 Mar 2025 + 30: Mar 31 is +28, Apr 2 is +30 = Wednesday, open
    ("bia-plain", facts(ij_oral_decision_date=D(2025, 3, 3)), None, "bia.appeal", D(2025, 4, 2)),
    # Fri 2 May 2025 (written decision mailed) + 30: May 31 is +29, Jun 1 = Sunday -> Mon 2 Jun
    ("bia-written-sunday", facts(ij_written_decision_served_date=D(2025, 5, 2)), None, "bia.appeal", D(2025, 6, 2)),
    # Sun 15 Dec 2024 + 30: Dec 31 is +16, Jan 14 2025 is +30 = Tuesday (year end crossed)
    ("bia-year-end", facts(ij_oral_decision_date=D(2024, 12, 15)), None, "bia.appeal", D(2025, 1, 14)),
    # Sat 21 Dec 2024 + 30: Dec 31 is +10, Jan 20 2025 is +30 = MLK Day (Mon) -> Tue 21 Jan
    ("bia-mlk", facts(ij_oral_decision_date=D(2024, 12, 21)), None, "bia.appeal", D(2025, 1, 21)),
    # Thu 1 Feb 2024 + 30: Feb 29 (leap) is +28, Mar 2 is +30 = Saturday -> Mon 4 Mar 2024
    ("bia-leap-february", facts(ij_oral_decision_date=D(2024, 2, 1)), None, "bia.appeal", D(2024, 3, 4)),
    # Sat 1 Feb 2025 + 30: Feb 28 is +27, Mar 3 is +30 = Monday, open
    ("bia-common-february", facts(ij_oral_decision_date=D(2025, 2, 1)), None, "bia.appeal", D(2025, 3, 3)),
    # Tue 20 May 2025 + 30: May 31 is +11, Jun 19 is +30 = Juneteenth (Thu) -> Fri 20 Jun
    ("bia-juneteenth", facts(ij_oral_decision_date=D(2025, 5, 20)), None, "bia.appeal", D(2025, 6, 20)),
    # Thu 31 Jul 2025 + 30 = Sat 30 Aug; Sun 31; Mon 1 Sep Labor Day -> Tue 2 Sep
    ("bia-labor-day-chain", facts(ij_oral_decision_date=D(2025, 7, 31)), None, "bia.appeal", D(2025, 9, 2)),
    # Oral decision 3 Mar 2025 governs even though a memorandum was mailed 10 Mar
    # (Iskandarani): 3 Mar + 30 = 2 Apr 2025
    ("bia-oral-beats-written", facts(ij_oral_decision_date=D(2025, 3, 3), ij_written_decision_served_date=D(2025, 3, 10)), None, "bia.appeal", D(2025, 4, 2)),
    # ---------------------------------------------------------------- motions
    # IJ reopen: Tue 28 Oct 2025 + 90: Oct 31 +3, Nov 30 +33, Dec 31 +64, Jan 26 2026 +90 (Mon)
    ("ij-reopen-90", facts(ij_oral_decision_date=D(2025, 10, 28)), None, "ij.motion_to_reopen", D(2026, 1, 26)),
    # IJ reconsider: 28 Oct 2025 + 30 = Thanksgiving 27 Nov -> Fri 28 Nov
    ("ij-reconsider-30", facts(ij_oral_decision_date=D(2025, 10, 28)), None, "ij.motion_to_reconsider", D(2025, 11, 28)),
    # BIA reopen: Mon 29 Sep 2025 + 90: Sep 30 +1, Oct 31 +32, Nov 30 +62, Dec 28 +90 = Sunday
    # -> Mon 29 Dec 2025
    ("bia-reopen-90", facts(bia_final_order_date=D(2025, 9, 29)), None, "bia.motion_to_reopen", D(2025, 12, 29)),
    # BIA reconsider: Mon 29 Sep 2025 + 30: Sep 30 +1, Oct 29 +30 = Wednesday
    ("bia-reconsider-30", facts(bia_final_order_date=D(2025, 9, 29)), None, "bia.motion_to_reconsider", D(2025, 10, 29)),
    # ---------------------------------------------------------------- petition for review (FRAP 26(a))
    # 12 Oct 2025 + 30: Oct 31 +19, Nov 11 +30 = Veterans Day (Tue) -> Wed 12 Nov
    ("pfr-veterans-day", facts(bia_final_order_date=D(2025, 10, 12)), None, "circuit.petition_for_review", D(2025, 11, 12)),
    # 13 Sep 2025 + 30: Sep 30 +17, Oct 13 +30 = Columbus Day (Mon) -> Tue 14 Oct
    ("pfr-columbus-day", facts(bia_final_order_date=D(2025, 9, 13)), None, "circuit.petition_for_review", D(2025, 10, 14)),
    # Wed 24 Nov 2027 + 30: Nov 30 +6, Dec 24 +30 = Fri, Christmas observed (25th is Sat);
    # Sat 25, Sun 26 -> Mon 27 Dec 2027
    ("pfr-christmas-observed", facts(bia_final_order_date=D(2027, 11, 24)), None, "circuit.petition_for_review", D(2027, 12, 27)),
    # ---------------------------------------------------------------- asylum one-year (anniversary)
    # Arrived Fri 15 Mar 2024 -> Sat 15 Mar 2025 -> Mon 17 Mar 2025
    ("asylum-saturday", facts(last_arrival_date=D(2024, 3, 15)), None, "asylum.one_year", D(2025, 3, 17)),
    # Arrived Thu 29 Feb 2024 -> no 29 Feb 2025; earlier reading Fri 28 Feb 2025 (open)
    ("asylum-leap-day", facts(last_arrival_date=D(2024, 2, 29)), None, "asylum.one_year", D(2025, 2, 28)),
    # Arrived 28 Feb 2023 -> 28 Feb 2024 (Wed); the leap day is not the anniversary
    ("asylum-into-leap-year", facts(last_arrival_date=D(2023, 2, 28)), None, "asylum.one_year", D(2024, 2, 28)),
    # Arrived 1 Mar 2023 -> Fri 1 Mar 2024
    ("asylum-march-1", facts(last_arrival_date=D(2023, 3, 1)), None, "asylum.one_year", D(2024, 3, 1)),
    # Arrived 4 Jul 2024 -> Fri 4 Jul 2025 (Independence Day); Sat, Sun -> Mon 7 Jul 2025
    ("asylum-july-4", facts(last_arrival_date=D(2024, 7, 4)), None, "asylum.one_year", D(2025, 7, 7)),
    # Arrived 31 Dec 2020 -> Fri 31 Dec 2021 (New Year observed); Sat, Sun -> Mon 3 Jan 2022
    ("asylum-year-end", facts(last_arrival_date=D(2020, 12, 31)), None, "asylum.one_year", D(2022, 1, 3)),
    # Arrived 1 Jun 1995 -> period starts 1 Apr 1997 -> Wed 1 Apr 1998
    ("asylum-1997-floor", facts(last_arrival_date=D(1995, 6, 1)), None, "asylum.one_year", D(1998, 4, 1)),
    # Affirmative asylum matter too: arrived Tue 14 Jan 2025 -> Wed 14 Jan 2026
    ("asylum-affirmative", facts(Track.ASYLUM, last_arrival_date=D(2025, 1, 14)), None, "asylum.one_year", D(2026, 1, 14)),
    # ---------------------------------------------------------------- immigration court filings
    # Individual hearing Mon 2 Mar 2026, 30 days back: Feb 28 is day 2, Jan 31 day 30 = Sat
    # -> preceding business day Fri 30 Jan 2026
    ("ind-30-saturday", facts(hearings=(Hearing(D(2026, 3, 2), IND),)), None, "court.prehearing_filing.individual:2026-03-02", D(2026, 1, 30)),
    # Same hearing, 15 days back: Feb 15 2026 = Sunday; Sat 14 -> Fri 13 Feb
    ("ind-15-sunday", facts(hearings=(Hearing(D(2026, 3, 2), IND),)), lead(15), "court.prehearing_filing.individual:2026-03-02", D(2026, 2, 13)),
    # Hearing Fri 11 Dec 2026, 15 back: Nov 30 is day 11, Nov 26 day 15 = Thanksgiving -> Wed 25 Nov
    ("ind-15-thanksgiving", facts(hearings=(Hearing(D(2026, 12, 11), IND),)), lead(15), "court.prehearing_filing.individual:2026-12-11", D(2026, 11, 25)),
    # Hearing Wed 7 Oct 2026, 30 back: Sep 30 day 7, Sep 7 day 30 = Labor Day -> Fri 4 Sep
    ("ind-30-labor-day", facts(hearings=(Hearing(D(2026, 10, 7), IND),)), None, "court.prehearing_filing.individual:2026-10-07", D(2026, 9, 4)),
    # Hearing Fri 23 Jan 2026, 30 back: Dec 31 day 23, Dec 24 day 30 = executive-order
    # closure (Christmas Eve 2025) -> counted closed when moving earlier -> Tue 23 Dec 2025
    ("ind-30-christmas-eve", facts(hearings=(Hearing(D(2026, 1, 23), IND),)), None, "court.prehearing_filing.individual:2026-01-23", D(2025, 12, 23)),
    # Judge set Fri 6 Feb 2026 for the 2 Mar 2026 hearing: the judge's date controls
    ("ind-judge-set", facts(hearings=(Hearing(D(2026, 3, 2), IND, judge_set_filing_deadline=D(2026, 2, 6)),)), None, "court.prehearing_filing.individual:2026-03-02", D(2026, 2, 6)),
    # Master hearing Wed 10 Dec 2025, 15 back: Nov 30 day 10, Nov 25 day 15 (Tue)
    ("master-15", facts(hearings=(Hearing(D(2025, 12, 10), MAS, key="h1"),)), None, "court.prehearing_filing.master:h1", D(2025, 11, 25)),
    # Master hearing Fri 12 Dec 2025, 15 back = 27 Nov, Thanksgiving -> Wed 26 Nov
    ("master-15-thanksgiving", facts(hearings=(Hearing(D(2025, 12, 12), MAS),)), None, "court.prehearing_filing.master:2025-12-12", D(2025, 11, 26)),
    # Detained individual hearing, judge set Mon 5 Jan 2026: that date
    ("detained-judge-set", facts(hearings=(Hearing(D(2026, 1, 12), IND, detained=True, judge_set_filing_deadline=D(2026, 1, 5)),)), None, "court.prehearing_filing.detained:2026-01-12", D(2026, 1, 5)),
    # Detained individual hearing without a judge-set date: no computed date
    ("detained-no-date", facts(hearings=(Hearing(D(2026, 1, 12), IND, detained=True),)), None, "court.prehearing_filing.detained:2026-01-12", None),
    # ---------------------------------------------------------------- USCIS notices and appointments
    # RFE due Sat 3 Jan 2026 as printed: not moved
    ("rfe-as-printed", facts(Track.U_VISA, notices=(UscisNotice("RFE", D(2026, 1, 3)),)), None, "uscis.rfe_response:2026-01-03", D(2026, 1, 3)),
    # NOID due Mon 15 Dec 2025 as printed
    ("noid-as-printed", facts(Track.ASYLUM, notices=(UscisNotice("NOID", D(2025, 12, 15), key="n1"),)), None, "uscis.noid_response:n1", D(2025, 12, 15)),
    # Biometrics Mon 1 Dec 2025
    ("biometrics", facts(Track.ASYLUM, biometrics_appointments=(BiometricsAppointment(D(2025, 12, 1)),)), None, "uscis.biometrics:2025-12-01", D(2025, 12, 1)),
    # ---------------------------------------------------------------- SIJS age-out
    # Born 15 Jun 2005 -> 21 on Mon 15 Jun 2026; last day under 21 Sun 14 -> Sat 13 -> Fri 12 Jun
    ("sijs-weekend", facts(Track.SIJS, client_date_of_birth=D(2005, 6, 15)), None, "sijs.age_out", D(2026, 6, 12)),
    # Born 29 Feb 2004 -> 21st birthday taken as Fri 28 Feb 2025 (earlier reading) -> Thu 27 Feb
    ("sijs-leap-birthday", facts(Track.SIJS, client_date_of_birth=D(2004, 2, 29)), None, "sijs.age_out", D(2025, 2, 27)),
    # Born 5 Jul 2005 -> 21 on Sun 5 Jul 2026; last day Sat 4 (holiday) -> Fri 3 (observed) -> Thu 2 Jul
    ("sijs-july-4", facts(Track.SIJS, client_date_of_birth=D(2005, 7, 5)), None, "sijs.age_out", D(2026, 7, 2)),
    # Born 2 Jan 2005 -> 21 on Fri 2 Jan 2026; last day Thu 1 Jan (New Year) -> Wed 31 Dec 2025
    ("sijs-new-year", facts(Track.SIJS, client_date_of_birth=D(2005, 1, 2)), None, "sijs.age_out", D(2025, 12, 31)),
    # ---------------------------------------------------------------- U visa Supplement B
    # Signed 15 Jan 2025 -> 6 months = 15 Jul 2025 -> day before Mon 14 Jul 2025
    ("suppb-plain", facts(Track.U_VISA, supplement_b_signed_date=D(2025, 1, 15)), None, "u_visa.supplement_b", D(2025, 7, 14)),
    # Signed 31 Aug 2025 -> no 31 Feb; 28 Feb 2026 -> day before Fri 27 Feb 2026
    ("suppb-month-end", facts(Track.U_VISA, supplement_b_signed_date=D(2025, 8, 31)), None, "u_visa.supplement_b", D(2026, 2, 27)),
    # Signed 6 Jan 2025 -> Sun 6 Jul -> day before Sat 5 -> Fri 4 (Independence Day) -> Thu 3 Jul
    ("suppb-july-4", facts(Track.U_VISA, supplement_b_signed_date=D(2025, 1, 6)), None, "u_visa.supplement_b", D(2025, 7, 3)),
    # ---------------------------------------------------------------- asylum EAD clock
    # Filed Sat 1 Mar 2025 + 150: Mar 31 +30, Apr 30 +60, May 31 +91, Jun 30 +121, Jul 29 +150 (Tue)
    ("ead-150", facts(Track.ASYLUM, asylum_application_filed_date=D(2025, 3, 1)), None, "asylum.ead_may_apply", D(2025, 7, 29)),
    # + 180: Jul 29 is +150, Jul 31 +152, Aug 28 +180 (Thu)
    ("ead-180", facts(Track.ASYLUM, asylum_application_filed_date=D(2025, 3, 1)), None, "asylum.ead_may_be_granted", D(2025, 8, 28)),
    # Filed Wed 8 Jan 2025 + 150: Jan 31 +23, Feb 28 +51, Mar 31 +82, Apr 30 +112, May 31 +143,
    # Jun 7 +150 = Saturday: an earliest day is not moved
    ("ead-150-saturday", facts(Track.ASYLUM, asylum_application_filed_date=D(2025, 1, 8)), None, "asylum.ead_may_apply", D(2025, 6, 7)),
    # Filed 31 Jan 2024 (leap year) + 150: Feb 29 +29, Mar 31 +60, Apr 30 +90, May 31 +121, Jun 29 +150
    ("ead-150-leap", facts(Track.ASYLUM, asylum_application_filed_date=D(2024, 1, 31)), None, "asylum.ead_may_apply", D(2024, 6, 29)),
    # ---------------------------------------------------------------- annual asylum fee (H.R. 1)
    # Filed Wed 10 Sep 2025 -> first anniversary Thu 10 Sep 2026 (a fee becomes due: not moved)
    ("annual-fee", facts(Track.ASYLUM, asylum_application_filed_date=D(2025, 9, 10)), None, "asylum.annual_fee", D(2026, 9, 10)),
    # Filed Thu 29 Feb 2024 -> no 29 Feb 2025: Fri 28 Feb 2025 (clamped, the earlier reading)
    ("annual-fee-leap", facts(Track.ASYLUM, asylum_application_filed_date=D(2024, 2, 29)), None, "asylum.annual_fee", D(2025, 2, 28)),
    # Filed Fri 4 Jul 2025 -> Sat 4 Jul 2026, a holiday on a weekend: a day a fee becomes due is not moved
    ("annual-fee-holiday", facts(Track.ASYLUM, asylum_application_filed_date=D(2025, 7, 4)), None, "asylum.annual_fee", D(2026, 7, 4)),
    # ---------------------------------------------------------------- asylee adjustment
    # Granted 29 Feb 2024 -> first eligible day: later reading Sat 1 Mar 2025 (not moved)
    ("adjust-leap-grant", facts(Track.ASYLEE_ADJUSTMENT, asylum_grant_date=D(2024, 2, 29)), None, "asylee.adjustment_eligible", D(2025, 3, 1)),
    # Granted 10 Jun 2025 -> Wed 10 Jun 2026
    ("adjust-plain", facts(Track.ASYLEE_ADJUSTMENT, asylum_grant_date=D(2025, 6, 10)), None, "asylee.adjustment_eligible", D(2026, 6, 10)),
]


@pytest.mark.parametrize(("facts_", "settings_", "key", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_hand_computed(facts_, settings_, key, expected):
    results = {d.key: d for d in compute_deadlines(facts_, settings=settings_)}
    assert key in results, sorted(results)
    assert results[key].computed_date == expected
    assert results[key].due_date == expected


def test_table_is_big_enough():
    assert len(CASES) >= 40


# ---------------------------------------------------------------- reminders


def test_asylum_reminders_at_9_10_11_months_after_arrival():
    # Arrived 31 May 2024: +9 months -> 28 Feb 2025 (no 31 Feb), +10 -> 31 Mar 2025,
    # +11 -> 30 Apr 2025 (no 31 Apr); last day Sat 31 May 2025 -> Mon 2 Jun 2025
    (d,) = compute_deadlines(facts(last_arrival_date=D(2024, 5, 31)))
    assert d.computed_date == D(2025, 6, 2)
    assert d.reminders == (D(2025, 2, 28), D(2025, 3, 31), D(2025, 4, 30))


def test_sijs_warnings_6_3_1_months_before_21st_birthday():
    # 21 on 15 Jun 2026: 6 months before = 15 Dec 2025, 3 = 15 Mar 2026, 1 = 15 May 2026
    (d,) = compute_deadlines(facts(Track.SIJS, client_date_of_birth=D(2005, 6, 15)))
    assert d.reminders == (D(2025, 12, 15), D(2026, 3, 15), D(2026, 5, 15))


def test_extra_reminder_setting_applies_n_days_before():
    # BIA appeal due Wed 2 Apr 2025; rule reminders 21/14/7/3/1 days before plus 10 from settings
    (d,) = compute_deadlines(
        facts(ij_oral_decision_date=D(2025, 3, 3), bia_final_order_date=None),
        settings=EngineSettings(extra_reminder_days=(10,)),
        rules=[RULES_BY_ID["bia.appeal"]],
    )
    assert D(2025, 3, 23) in d.reminders  # 2 Apr - 10
    assert d.reminders == tuple(sorted(d.reminders))
    assert all(r < d.due_date for r in d.reminders)


# ---------------------------------------------------------------- properties

_FORWARD_RULES = [r.id for r in RULES_BY_ID.values() if getattr(r.computation, "roll", None) is Roll.FORWARD]
_decision_dates = st.dates(min_value=D(2000, 1, 1), max_value=D(2090, 12, 31))


def _is_open(d: date) -> bool:
    return d.weekday() < 5 and bd.holiday_name(d) is None


@settings(max_examples=300, deadline=None)
@given(_decision_dates, _decision_dates)
def test_business_day_deadlines_never_land_on_weekend_or_holiday(ij_date, bia_date):
    results = compute_deadlines(facts(ij_oral_decision_date=ij_date, last_arrival_date=ij_date))
    results += compute_deadlines(facts(bia_final_order_date=bia_date))
    rolled = [d for d in results if d.rule_id in _FORWARD_RULES]
    assert rolled
    for d in rolled:
        assert _is_open(d.computed_date), (d.key, d.computed_date)


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=D(2000, 1, 1), max_value=D(2090, 12, 31)), st.integers(min_value=1, max_value=60))
def test_count_back_is_never_later_than_the_lead_time_and_is_open(hearing_day, days):
    (d,) = compute_deadlines(facts(hearings=(Hearing(hearing_day, IND),)), settings=lead(days))
    assert d.computed_date <= bd.add_days(hearing_day, -days)
    assert _is_open(d.computed_date)
    assert d.computed_date not in bd.executive_closures(d.computed_date.year)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2060, 12, 31)))
def test_sijs_last_day_is_an_open_day_before_the_21st_birthday(dob):
    (d,) = compute_deadlines(facts(Track.SIJS, client_date_of_birth=dob))
    assert d.kind is DeadlineKind.DEADLINE
    assert d.computed_date < bd.add_years(dob, 21)
    assert _is_open(d.computed_date)
