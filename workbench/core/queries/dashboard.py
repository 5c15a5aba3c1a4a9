"""The dashboard's agenda and the reminders drawn from it.

``agenda`` gathers, across every live matter, the hearings and other events, the open
deadlines and the open tasks of the next ``days`` days, plus every deadline and task already
overdue (an overdue item never scrolls off: it is the one that loses a case). Rows are plain
``AgendaItem`` values ordered by date, so the GUI, the CLI and the tests read the same list.

``due_reminders`` picks what a desktop notification should mention: deadlines and hearings
within the user's "N days before" setting. The notification text is built from counts and dates
only (see ``reminder_text``): operating systems keep notification history on disk, and a
client's name must never land there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..deadlines.store import display_title
from ..i18n import translate
from ..model import Client, Deadline, Event, Matter, Task
from ..model.enums import DeadlineStatus, EventKind

DAYS = 14


@dataclass(frozen=True)
class AgendaItem:
    kind: str  # "event", "deadline" or "task"
    on: date
    title: str
    matter_id: str
    record_id: str
    client_name: str
    matter_number: str | None
    overdue: bool
    event_kind: str | None = None  # for events: hearing, interview, ...
    at_time: time | None = None
    overridden: bool = False  # a deadline whose date a person set by hand

    @property
    def is_hearing(self) -> bool:
        return self.event_kind == EventKind.HEARING


def agenda(session: Session, today: date | None = None, days: int = DAYS) -> list[AgendaItem]:
    today = today or date.today()
    until = today + timedelta(days=days)
    live = (Matter.deleted_at.is_(None), Client.deleted_at.is_(None))
    base = (Matter.id, Client.family_name, Client.given_name, Matter.matter_number)
    items: list[AgendaItem] = []

    def add(kind: str, row, on: date, title: str, record_id: str, **extra) -> None:
        name = f"{row.family_name}, {row.given_name}".strip(", ")
        overdue = kind != "event" and on < today
        items.append(AgendaItem(kind, on, title, row.id, record_id, name, row.matter_number, overdue, **extra))

    events = select(*base, Event.id.label("rid"), Event.on_date, Event.title, Event.kind.label("ek"), Event.at_time) \
        .join(Event, Event.matter_id == Matter.id).join(Client, Client.id == Matter.client_id) \
        .where(*live, Event.deleted_at.is_(None), Event.on_date >= today, Event.on_date <= until)
    for r in session.execute(events):
        add("event", r, r.on_date, r.title, r.rid, event_kind=str(r.ek), at_time=r.at_time)
    deadlines = select(*base, Deadline.id.label("rid"), Deadline.due_on, Deadline.title, Deadline.override_reason,
                       Deadline.rule_id) \
        .join(Deadline, Deadline.matter_id == Matter.id).join(Client, Client.id == Matter.client_id) \
        .where(*live, Deadline.deleted_at.is_(None), Deadline.status == DeadlineStatus.OPEN, Deadline.due_on <= until)
    for r in session.execute(deadlines):
        add("deadline", r, r.due_on, display_title(r.rule_id, r.title), r.rid, overridden=bool(r.override_reason))
    tasks = select(*base, Task.id.label("rid"), Task.due_on, Task.title) \
        .join(Task, Task.matter_id == Matter.id).join(Client, Client.id == Matter.client_id) \
        .where(*live, Task.deleted_at.is_(None), Task.done.is_(False), Task.due_on.is_not(None), Task.due_on <= until)
    for r in session.execute(tasks):
        add("task", r, r.due_on, r.title, r.rid)
    order = {"deadline": 0, "event": 1, "task": 2}
    return sorted(items, key=lambda i: (i.on, order[i.kind], i.at_time or time.min, i.client_name))


def due_reminders(items: list[AgendaItem], today: date, remind_days: int) -> list[AgendaItem]:
    """Deadlines (overdue included) and hearings on or before ``today + remind_days``."""
    limit = today + timedelta(days=max(0, remind_days))
    return [i for i in items if i.on <= limit and (i.kind == "deadline" or i.is_hearing)]


def reminder_text(items: list[AgendaItem], today: date) -> str:
    """One line for a desktop notification: counts and the nearest date, no names or numbers."""
    overdue = sum(1 for i in items if i.overdue)
    deadlines = sum(1 for i in items if i.kind == "deadline" and not i.overdue)
    hearings = sum(1 for i in items if i.kind == "event")
    # Each count is a phrase of its own (singular and plural written out: the English reads
    # "1 hearing", "2 hearings"); the phrases are listed, then the sentence around them.
    parts = []
    if overdue:
        parts.append(translate("dashboard", "{count} overdue deadline").format(count=overdue) if overdue == 1 else
                     translate("dashboard", "{count} overdue deadlines").format(count=overdue))
    if deadlines:
        parts.append(translate("dashboard", "{count} deadline coming up").format(count=deadlines) if deadlines == 1
                     else translate("dashboard", "{count} deadlines coming up").format(count=deadlines))
    if hearings:
        parts.append(translate("dashboard", "{count} hearing coming up").format(count=hearings) if hearings == 1
                     else translate("dashboard", "{count} hearings coming up").format(count=hearings))
    listed = ", ".join(parts)
    listed = listed[:1].upper() + listed[1:]
    upcoming = [i.on for i in items if i.on >= today]
    if not upcoming:
        return translate("dashboard", "{items}. Open Pro Bono Workbench to see them.").format(items=listed)
    days = (min(upcoming) - today).days
    if days == 0:
        text = translate("dashboard", "{items} — the next is today. Open Pro Bono Workbench to see them.")
    elif days == 1:
        text = translate("dashboard", "{items} — the next is tomorrow. Open Pro Bono Workbench to see them.")
    else:
        text = translate("dashboard", "{items} — the next in {days} days. Open Pro Bono Workbench to see them.")
    return text.format(items=listed, days=days)


__all__ = ["DAYS", "AgendaItem", "agenda", "due_reminders", "reminder_text"]
