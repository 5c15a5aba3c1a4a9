"""The .ics export, parsed back with the `icalendar` package."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from icalendar import Calendar

from workbench.core.deadlines import (
    CalendarEvent,
    Hearing,
    HearingKind,
    MatterCalendar,
    MatterFacts,
    Track,
    build_ics,
    compute_deadlines,
)

D = date
NOW = datetime(2025, 10, 1, 12, 0, tzinfo=timezone.utc)
CLIENT = "Marisol Quintanilla-Reyes"

FACTS = MatterFacts(
    Track.REMOVAL_DEFENSE,
    last_arrival_date=D(2025, 1, 6),
    ij_oral_decision_date=D(2025, 10, 28),
    hearings=(
        Hearing(D(2026, 3, 2), HearingKind.INDIVIDUAL, key="ih"),
        Hearing(D(2026, 1, 12), HearingKind.INDIVIDUAL, detained=True, key="det"),
    ),
)
OVERRIDE_REASON = "Marisol asked to file early; her landlord, Mr. X, is evicting her"


def _matter(**kw):
    deadlines = compute_deadlines(FACTS, overrides={"ij.motion_to_reopen": (D(2026, 1, 9), OVERRIDE_REASON)})
    events = (
        CalendarEvent(
            "ev-hearing",
            "Individual hearing; courtroom 3, floor 2",
            datetime(2026, 3, 2, 13, 30, tzinfo=timezone(timedelta(hours=-6))),
            location="Immigration Court, 525 W. Van Buren, Chicago",
            reminder_days=(1, 7),
        ),
        CalendarEvent("ev-interview", "Prep meeting", D(2026, 2, 20)),
    )
    return MatterCalendar("6f1c2a9e-0000-7000-8000-000000000001", "2025-041 (M.Q.)", deadlines, events, client_name=CLIENT, **kw)


def _parse(data: bytes):
    cal = Calendar.from_ical(data)
    return cal, [c for c in cal.walk("VEVENT")]


def test_parses_and_has_required_properties():
    data = build_ics([_matter()], now=NOW)
    cal, events = _parse(data)
    assert str(cal["VERSION"]) == "2.0"
    assert "Pro Bono Workbench" in str(cal["PRODID"])
    for ev in events:
        for prop in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            assert prop in ev, prop
        assert ev.decoded("DTSTAMP") == NOW


def test_client_name_left_out_by_default_and_included_on_request():
    data = build_ics([_matter()], now=NOW)
    unfolded = data.replace(b"\r\n ", b"")
    assert b"Marisol" not in unfolded and b"Quintanilla" not in unfolded
    assert b"2025-041 (M.Q.)" in unfolded
    shown = build_ics([_matter()], now=NOW, include_client_names=True).replace(b"\r\n ", b"")
    assert CLIENT.encode() in shown


def test_override_reason_and_explanations_only_on_request():
    unfolded = build_ics([_matter()], now=NOW).replace(b"\r\n ", b"")
    assert b"landlord" not in unfolded
    assert b"date set by user" in unfolded
    detailed = build_ics([_matter()], now=NOW, include_explanations=True)
    _, events = _parse(detailed)
    descriptions = " ".join(str(e.get("DESCRIPTION")) for e in events)
    assert "landlord" in descriptions and "Authority:" in descriptions


def test_deadline_dates_are_all_day_and_correct():
    matter = _matter()
    _, events = _parse(build_ics([matter], now=NOW))
    by_summary = {str(e["SUMMARY"]): e for e in events}
    expected = {d.title: d.due_date for d in matter.deadlines if d.due_date}
    assert len([e for e in events if "CATEGORIES" in e]) == len(expected)
    for title, due in expected.items():
        ev = next(e for s, e in by_summary.items() if s.endswith(title) or title in s)
        start, end = ev.decoded("DTSTART"), ev.decoded("DTEND")
        assert type(start) is date and start == due
        assert end == due + timedelta(days=1)
        assert str(ev["TRANSP"]) == "TRANSPARENT"
    # hand checks: BIA appeal 28 Oct 2025 + 30 = Thanksgiving -> Fri 28 Nov 2025;
    # asylum one-year 6 Jan 2025 -> Tue 6 Jan 2026; overridden motion to reopen -> 9 Jan 2026
    starts = {str(e["SUMMARY"]): e.decoded("DTSTART") for e in events}
    assert starts["[2025-041 (M.Q.)] Notice of Appeal to the BIA (EOIR-26) must be received"] == D(2025, 11, 28)
    assert starts["[2025-041 (M.Q.)] Asylum application (I-589): one-year filing deadline"] == D(2026, 1, 6)
    assert starts["[2025-041 (M.Q.)] Motion to reopen before the immigration judge (date set by user)"] == D(2026, 1, 9)


def test_undated_deadlines_are_left_out():
    _, events = _parse(build_ics([_matter()], now=NOW))
    assert not any("(detained case)" in str(e["SUMMARY"]) for e in events)
    assert any("(non-detained individual hearing)" in str(e["SUMMARY"]) for e in events)


def test_alarms_fire_at_nine_on_each_reminder_date():
    matter = _matter()
    appeal = next(d for d in matter.deadlines if d.rule_id == "bia.appeal")
    _, events = _parse(build_ics([matter], now=NOW))
    ev = next(e for e in events if "Notice of Appeal" in str(e["SUMMARY"]))
    alarms = [a for a in ev.walk("VALARM")]
    assert len(alarms) == len(appeal.reminders)
    start = datetime.combine(ev.decoded("DTSTART"), datetime.min.time())
    fired = sorted(start + a.decoded("TRIGGER") for a in alarms)
    assert fired == [datetime.combine(r, datetime.min.time()) + timedelta(hours=9) for r in appeal.reminders]
    for a in alarms:
        assert str(a["ACTION"]) == "DISPLAY" and "DESCRIPTION" in a


def test_uids_are_stable_and_unique():
    a = _parse(build_ics([_matter()], now=NOW))[1]
    b = _parse(build_ics([_matter()], now=NOW + timedelta(days=3)))[1]
    uids_a = [str(e["UID"]) for e in a]
    assert uids_a == [str(e["UID"]) for e in b]
    assert len(set(uids_a)) == len(uids_a)
    assert all(u.endswith("@probono-workbench") for u in uids_a)


def test_timed_event_in_utc_with_escaping_and_alarms():
    data = build_ics([_matter()], now=NOW)
    assert b"courtroom 3\\, floor 2" in data.replace(b"\r\n ", b"")  # RFC 5545 comma escape
    _, events = _parse(data)
    ev = next(e for e in events if "Individual hearing" in str(e["SUMMARY"]))
    start = ev.decoded("DTSTART")
    assert start == datetime(2026, 3, 2, 19, 30, tzinfo=timezone.utc)  # 13:30 at UTC-6
    assert ev.decoded("DTEND") - start == timedelta(hours=1)
    assert str(ev["SUMMARY"]) == "[2025-041 (M.Q.)] Individual hearing; courtroom 3, floor 2"
    assert sorted(a.decoded("TRIGGER") for a in ev.walk("VALARM")) == [timedelta(days=-7), timedelta(days=-1)]
    prep = next(e for e in events if "Prep meeting" in str(e["SUMMARY"]))
    assert prep.decoded("DTSTART") == D(2026, 2, 20) and prep.decoded("DTEND") == D(2026, 2, 21)


def test_lines_are_folded_and_crlf_terminated():
    data = build_ics([_matter()], now=NOW, include_explanations=True)
    assert data.endswith(b"\r\n")
    for line in data.split(b"\r\n"):
        assert len(line) <= 75


def test_bad_events_and_matters_are_refused():
    with pytest.raises(ValueError, match="label"):
        MatterCalendar("id", "  ")
    bad = MatterCalendar("id", "L", events=(CalendarEvent("e", "x", D(2026, 1, 2), D(2026, 1, 1)),))
    with pytest.raises(ValueError, match="after start"):
        build_ics([bad], now=NOW)
