"""Deadline rules engine: computes, explains and exports a matter's deadlines.

Qt-free and database-free. The public surface:

* :func:`compute_deadlines` (``MatterFacts`` -> list of ``ComputedDeadline``), with user
  overrides (``Override``) and ``EngineSettings``;
* the rule table :data:`RULES` / :data:`RULES_BY_ID` (see ``rules.py`` and
  ``docs/deadlines.md`` for each rule's authority and nuance);
* business-day arithmetic (``business_days``);
* :func:`build_ics` for an RFC 5545 export.

Nothing here is legal advice: every explanation says what the engine could not know.
"""

from .business_days import (
    Overflow,
    add_days,
    add_months,
    add_years,
    federal_holidays,
    is_business_day,
    next_business_day,
    previous_business_day,
    roll_back_if_closed,
    roll_forward_if_closed,
)
from .calendar_ics import CalendarEvent, MatterCalendar, build_ics
from .engine import (
    BiometricsAppointment,
    ComputedDeadline,
    EngineSettings,
    Explanation,
    Hearing,
    InputUsed,
    MatterFacts,
    Override,
    UscisNotice,
    compute_deadlines,
    unused_override_keys,
)
from .rules import RULES, RULES_BY_ID, DeadlineKind, HearingKind, Track, NoticeKind, Rule

__all__ = [
    "RULES",
    "RULES_BY_ID",
    "BiometricsAppointment",
    "CalendarEvent",
    "ComputedDeadline",
    "DeadlineKind",
    "EngineSettings",
    "Explanation",
    "Hearing",
    "HearingKind",
    "InputUsed",
    "MatterCalendar",
    "MatterFacts",
    "Track",
    "NoticeKind",
    "Overflow",
    "Override",
    "Rule",
    "UscisNotice",
    "add_days",
    "add_months",
    "add_years",
    "build_ics",
    "compute_deadlines",
    "federal_holidays",
    "is_business_day",
    "next_business_day",
    "previous_business_day",
    "roll_back_if_closed",
    "roll_forward_if_closed",
    "unused_override_keys",
]
