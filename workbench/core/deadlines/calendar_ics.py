"""RFC 5545 calendar export of deadlines and events, built in memory.

Why in memory and why these choices:

* The bytes are returned to the caller, who writes them only where the user asked (the
  design rule: exports happen only on request, to where the user says). Nothing is written
  here.
* Privacy by default: an exported calendar leaves the encrypted vault and usually ends up
  on a phone or a cloud calendar. Each matter appears under the label the caller passes
  (a matter number or initials); the client's name is included only when the caller says
  so (``include_client_names=True``, a user setting). Override reasons and explanations can
  contain facts about the client, so they are left out unless ``include_explanations``.
* Deadlines are all-day VEVENTs (``DTSTART;VALUE=DATE`` and an exclusive ``DTEND`` the next
  day, RFC 5545 § 3.6.1) marked TRANSPARENT so they do not block time, with one VALARM per
  reminder date firing at 09:00 local time on that day (a relative TRIGGER from the
  floating all-day start). Timed events with an aware datetime are written in UTC, which
  every client (Outlook, Google, Apple) reads without a VTIMEZONE.
* UIDs are stable: a UUIDv5 of the matter id and the deadline key (or the event key), so
  re-importing an updated export updates the entries instead of duplicating them.
* The `icalendar` package does the escaping (commas, semicolons, newlines) and the
  75-octet line folding.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from icalendar import Alarm, Calendar, Event

from .engine import ComputedDeadline

__all__ = ["CalendarEvent", "MatterCalendar", "build_ics", "deadline_uid", "event_uid"]

PRODID = "-//Pro Bono Workbench//Deadlines//EN"
_UID_NAMESPACE = uuid.UUID("9a0f5c3e-6d1b-5c4e-9f51-2b7e0c1d4a77")
_UID_DOMAIN = "probono-workbench"
_REMINDER_HOUR = 9


@dataclass(frozen=True)
class CalendarEvent:
    """A dated event of a matter (a hearing, an interview, a biometrics appointment).

    ``key`` is the caller's stable id for the event (its UUID). ``start`` is a date for an
    all-day event or a datetime; an aware datetime is exported in UTC, a naive one as
    floating local time. ``title`` and ``location`` are exported as given: keep client
    names out of them.
    """

    key: str
    title: str
    start: date | datetime
    end: date | datetime | None = None
    location: str | None = None
    reminder_days: tuple[int, ...] = ()


@dataclass(frozen=True)
class MatterCalendar:
    """One matter's entries. ``matter_id`` (a UUID string) only feeds the UIDs; ``label``
    is what the calendar shows; ``client_name`` is shown only on request."""

    matter_id: str
    label: str
    deadlines: Sequence[ComputedDeadline] = ()
    events: Sequence[CalendarEvent] = ()
    client_name: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not self.matter_id or not self.label or not self.label.strip():
            raise ValueError("a matter in a calendar export needs an id and a non-empty label")


def deadline_uid(matter_id: str, deadline_key: str) -> str:
    """Stable UID for a deadline of a matter."""
    return f"{uuid.uuid5(_UID_NAMESPACE, f'deadline|{matter_id}|{deadline_key}')}@{_UID_DOMAIN}"


def event_uid(matter_id: str, event_key: str) -> str:
    """Stable UID for an event of a matter."""
    return f"{uuid.uuid5(_UID_NAMESPACE, f'event|{matter_id}|{event_key}')}@{_UID_DOMAIN}"


def _prefix(matter: MatterCalendar, include_client_names: bool) -> str:
    label = matter.label.strip()
    if include_client_names and matter.client_name:
        label = f"{label} · {matter.client_name.strip()}"
    return f"[{label}]"


def _alarm(text: str, trigger: timedelta) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text)
    alarm.add("trigger", trigger)
    return alarm


def _deadline_event(
    matter: MatterCalendar,
    d: ComputedDeadline,
    stamp: datetime,
    include_client_names: bool,
    include_explanations: bool,
) -> Event | None:
    due = d.due_date
    if due is None:  # nothing to place on a calendar (e.g. awaiting the judge's date)
        return None
    summary = f"{_prefix(matter, include_client_names)} {d.title}"
    if d.is_overridden:
        summary += " (date set by user)"
    lines = [
        f"{d.kind.value.capitalize()}: {due.isoformat()}",
        f"Authority: {d.explanation.authority}",
    ]
    if d.is_overridden:
        computed = d.computed_date.isoformat() if d.computed_date else "none"
        lines.append(f"Computed date: {computed}; overridden by the user.")
    if include_explanations:
        lines += ["", d.explanation.as_text()]
    lines += ["", "Computed by Pro Bono Workbench. Verify against the notice, order and current rule."]

    event = Event()
    event.add("uid", deadline_uid(matter.matter_id, d.key))
    event.add("dtstamp", stamp)
    event.add("dtstart", due)
    event.add("dtend", due + timedelta(days=1))
    event.add("summary", summary)
    event.add("description", "\n".join(lines))
    event.add("categories", ["Deadline"])
    event.add("transp", "TRANSPARENT")
    verb = {"deadline": "due", "eligibility": "from", "appointment": "on"}[d.kind.value]
    for reminder in d.reminders:
        offset = timedelta(days=(reminder - due).days, hours=_REMINDER_HOUR)
        event.add_component(_alarm(f"{summary}: {verb} {due.isoformat()}", offset))
    return event


def _as_ical_time(value: date | datetime) -> date | datetime:
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(timezone.utc)
    return value


def _calendar_event(
    matter: MatterCalendar, e: CalendarEvent, stamp: datetime, include_client_names: bool
) -> Event:
    start = e.start
    if isinstance(start, datetime):
        end = e.end if e.end is not None else start + timedelta(hours=1)
    else:
        end = e.end if e.end is not None else start + timedelta(days=1)
    if type(end) is not type(start):
        raise ValueError(f"event {e.key!r}: start and end must both be dates or both datetimes")
    if end <= start:  # type: ignore[operator]
        raise ValueError(f"event {e.key!r}: end must be after start")
    summary = f"{_prefix(matter, include_client_names)} {e.title}"
    event = Event()
    event.add("uid", event_uid(matter.matter_id, e.key))
    event.add("dtstamp", stamp)
    event.add("dtstart", _as_ical_time(start))
    event.add("dtend", _as_ical_time(end))
    event.add("summary", summary)
    if e.location:
        event.add("location", e.location)
    for days in sorted(set(e.reminder_days)):
        event.add_component(_alarm(f"{summary}", -timedelta(days=days)))
    return event


def build_ics(
    matters: Sequence[MatterCalendar],
    *,
    now: datetime | None = None,
    include_client_names: bool = False,
    include_explanations: bool = False,
    calendar_name: str = "Pro Bono Workbench",
) -> bytes:
    """The .ics bytes (UTF-8, CRLF, folded) for the given matters' deadlines and events.

    Deadlines without a date are left out. ``now`` sets DTSTAMP (UTC; default: the current
    time); pass it for reproducible output.
    """
    stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", calendar_name)
    for matter in matters:
        for d in matter.deadlines:
            event = _deadline_event(matter, d, stamp, include_client_names, include_explanations)
            if event is not None:
                cal.add_component(event)
        for e in matter.events:
            cal.add_component(_calendar_event(matter, e, stamp, include_client_names))
    return cal.to_ical()
