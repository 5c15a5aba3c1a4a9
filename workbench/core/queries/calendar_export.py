"""Calendar export of chosen matters' events and deadlines from the vault (RFC 5545 .ics).

Client names are left out unless asked: each entry is labelled with the matter number, or the
client's initials when there is none, so a calendar synced to a phone or an employer's server
does not carry who the client is.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..deadlines import store as deadline_store
from ..i18n import translate
from ..deadlines import CalendarEvent, MatterCalendar, build_ics
from ..model import Matter


def matter_label(matter: Matter) -> str:
    if matter.matter_number:
        return matter.matter_number
    c = matter.client
    initials = "".join(part[:1].upper() for part in (c.given_name, c.family_name) if part)
    return translate("calendar", "Matter {initials}").format(initials=initials or matter.id[:8])


def _events(matter: Matter) -> list[CalendarEvent]:
    out = []
    for e in matter.events:
        if e.deleted_at is not None:
            continue
        start = e.on_date
        if e.at_time is not None:
            start = datetime.combine(e.on_date, e.at_time)
            if e.time_zone or matter.court_time_zone:
                start = start.replace(tzinfo=ZoneInfo(e.time_zone or matter.court_time_zone))
        out.append(CalendarEvent(key=e.id, title=e.title, start=start, location=e.location, reminder_days=(1,)))
    return out


def export_ics(session: Session, matter_ids: list[str] | None = None, *, include_client_names: bool = False) -> bytes:
    q = select(Matter).where(Matter.deleted_at.is_(None))
    if matter_ids:
        q = q.where(Matter.id.in_(matter_ids))
    calendars = []
    for matter in session.scalars(q.order_by(Matter.id)):
        calendars.append(MatterCalendar(matter_id=matter.id, label=matter_label(matter),
                                        deadlines=deadline_store.compute_for(matter), events=_events(matter),
                                        client_name=matter.client.display_name))
    return build_ics(calendars, include_client_names=include_client_names)
