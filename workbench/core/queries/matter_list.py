"""The matters list as plain rows: filtered, sorted and paged in SQL, for the CLI and the GUI.

Two phases keep the first page fast on a 10,000-matter vault: (1) one query picks the page of
matter ids in the requested order (joining aggregated next-event/next-deadline subqueries only
when sorting by them); (2) the next event and next deadline are looked up for just those ids.
Rows are frozen dataclasses: widgets never hold live ORM objects (DESIGN rule 4).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from ..deadlines.store import display_title
from ..model import Client, Deadline, Event, Matter
from ..model.enums import DeadlineStatus

from .sort_keys import SORT_KEYS  # noqa: F401 - re-exported


@dataclass(frozen=True)
class MatterRow:
    id: str
    client_id: str
    client_name: str
    a_number: str | None
    matter_number: str | None
    kind: str
    stage: str
    court_location: str | None
    next_event_on: date | None
    next_event_title: str | None
    next_deadline_on: date | None
    next_deadline_title: str | None


def _filtered(filter_text: str | None) -> Select:
    q = (select(Matter.id).join(Client, Client.id == Matter.client_id)
         .where(Matter.deleted_at.is_(None), Client.deleted_at.is_(None)))
    words = (filter_text or "").split()
    for word in words:
        like = f"%{word.replace('%', '').replace('_', '')}%"
        digits = "".join(ch for ch in word if ch.isdigit())
        clauses = [Client.family_name.ilike(like), Client.given_name.ilike(like),
                   Matter.matter_number.ilike(like), Matter.court_location.ilike(like)]
        if len(digits) >= 3:
            clauses.append(Client.a_number.like(f"%{digits}%"))
        q = q.where(or_(*clauses))
    return q


def _next_event_subquery(today: date):
    return (select(Event.matter_id, func.min(Event.on_date).label("on"))
            .where(Event.on_date >= today, Event.deleted_at.is_(None)).group_by(Event.matter_id).subquery())


def _next_deadline_subquery(today: date):
    return (select(Deadline.matter_id, func.min(Deadline.due_on).label("on"))
            .where(Deadline.status == DeadlineStatus.OPEN, Deadline.deleted_at.is_(None))
            .group_by(Deadline.matter_id).subquery())


def count_matters(session: Session, filter_text: str | None = None) -> int:
    return session.execute(select(func.count()).select_from(_filtered(filter_text).subquery())).scalar_one()


def page_ids(session: Session, filter_text: str | None = None, sort: str = "client", descending: bool = False,
             offset: int = 0, limit: int = 100, today: date | None = None) -> list[str]:
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}; use one of {', '.join(SORT_KEYS)}")
    today = today or date.today()
    q = _filtered(filter_text)
    if sort == "client":
        keys = [Client.family_name, Client.given_name]
    elif sort == "kind":
        keys = [Matter.kind]
    elif sort == "stage":
        keys = [Matter.stage]
    elif sort == "matter_number":
        keys = [Matter.matter_number]
    elif sort == "court":
        keys = [Matter.court_location]
    else:
        sub = _next_event_subquery(today) if sort == "next_event" else _next_deadline_subquery(today)
        q = q.outerjoin(sub, sub.c.matter_id == Matter.id)
        # matters without one sort last in both directions
        keys = [sub.c.on.is_(None), sub.c.on]
    if descending:  # for next_* the "has none" key stays ascending so empty rows stay last
        keys = keys[:1] + [k.desc() for k in keys[1:]] if sort in ("next_event", "next_deadline") \
            else [k.desc() for k in keys]
    ordered = keys
    q = q.order_by(*ordered, Matter.id).offset(offset).limit(limit)
    return list(session.scalars(q))


def rows_for(session: Session, ids: list[str], today: date | None = None) -> list[MatterRow]:
    """Rows for ``ids``, in the same order."""
    if not ids:
        return []
    today = today or date.today()
    base = session.execute(
        select(Matter.id, Matter.client_id, Client.family_name, Client.given_name, Client.a_number,
               Matter.matter_number, Matter.kind, Matter.stage, Matter.court_location)
        .join(Client, Client.id == Matter.client_id).where(Matter.id.in_(ids))).all()
    events = _first_per_matter(session, select(Event.matter_id, Event.on_date, Event.title).where(
        Event.matter_id.in_(ids), Event.on_date >= today, Event.deleted_at.is_(None)).order_by(Event.on_date))
    deadlines = _first_per_matter(session, select(Deadline.matter_id, Deadline.due_on, Deadline.title,
                                                  Deadline.rule_id).where(
        Deadline.matter_id.in_(ids), Deadline.status == DeadlineStatus.OPEN,
        Deadline.deleted_at.is_(None)).order_by(Deadline.due_on))
    by_id = {}
    for r in base:
        ev, dl = events.get(r.id, (None, None)), deadlines.get(r.id, (None, None, None))
        name = f"{r.family_name}, {r.given_name}" if r.given_name else r.family_name
        by_id[r.id] = MatterRow(r.id, r.client_id, name, r.a_number, r.matter_number, str(r.kind), str(r.stage),
                                r.court_location, ev[0], ev[1], dl[0], display_title(dl[2], dl[1]) if dl[1] else dl[1])
    return [by_id[i] for i in ids if i in by_id]


def _first_per_matter(session: Session, q: Select) -> dict[str, tuple]:
    """matter id -> the first row's other columns (on, title[, rule key])."""
    first: dict[str, tuple] = {}
    for matter_id, *rest in session.execute(q):
        first.setdefault(matter_id, tuple(rest))
    return first


def list_matters(session: Session, filter_text: str | None = None, sort: str = "client",
                 descending: bool = False, offset: int = 0, limit: int = 100,
                 today: date | None = None) -> list[MatterRow]:
    ids = page_ids(session, filter_text, sort, descending, offset, limit, today)
    return rows_for(session, ids, today)


__all__ = ["MatterRow", "SORT_KEYS", "count_matters", "list_matters", "page_ids", "rows_for"]
