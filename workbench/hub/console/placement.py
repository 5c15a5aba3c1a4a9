"""Matters as the console shows them: the list (or only those waiting for a volunteer), one
matter's placement and sync state, and the client record behind it.

The lists show no client names: a client's facts are on their own page, and opening it writes
the access log (``audit.client_viewed``). "Sync state" is what the hub holds: the records of the
matter by kind, the latest change number among them, and the open conflicts on them. The hub
does not keep the time of each change (records carry only their place in the change sequence),
so "last change" is a change number.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import and_, exists, func, or_, select

from workbench.core.matter_kinds import MatterKind

from ..db import Database
from ..ids import is_id
from ..models import Assignment, Attorney, Conflict, Record

PAGE = 50
KINDS = tuple(kind.value for kind in MatterKind)
SHOWN_FIELDS = ("matter_number", "kind", "stage", "forum", "opened_on", "closed_on", "outcome", "outcome_on")


@dataclass(frozen=True)
class MatterRow:
    id: str
    number: str | None
    kind: str
    stage: str | None
    opened_on: str | None
    attorneys: tuple[str, ...]


@dataclass
class MatterState:
    id: str
    client_id: str | None
    facts: dict
    attorneys: list[tuple[str, str]]  # (attorney id, e-mail)
    held: dict[str, int] = field(default_factory=dict)  # entity -> live records
    last_change: int | None = None
    conflicts: list[dict] = field(default_factory=list)


def _facts(raw: str) -> dict:
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def matters(db: Database, waiting_only: bool = False, page: int = 0) -> tuple[list[MatterRow], int]:
    with db.read() as s:
        query = select(Record.id, Record.data).where(Record.entity == "matters", Record.deleted.is_(False))
        if waiting_only:
            query = query.where(~exists().where(Assignment.matter_id == Record.id))
        total = s.scalar(select(func.count()).select_from(query.subquery()))
        rows = s.execute(query.order_by(Record.id.desc()).offset(page * PAGE).limit(PAGE)).all()
        assigned: dict[str, list[str]] = {}
        for matter_id, email in s.execute(select(Assignment.matter_id, Attorney.email)
                                          .join(Attorney, Attorney.id == Assignment.attorney_id)
                                          .where(Assignment.matter_id.in_([r.id for r in rows]))
                                          .order_by(Attorney.email)):
            assigned.setdefault(matter_id, []).append(email)
    out = []
    for matter_id, raw in rows:
        data = _facts(raw)
        out.append(MatterRow(matter_id, data.get("matter_number"), str(data.get("kind") or "unknown"),
                             data.get("stage"), data.get("opened_on"), tuple(assigned.get(matter_id, ()))))
    return out, total


def matter_state(db: Database, org_id: str, matter_id: str) -> MatterState | None:
    if not is_id(matter_id):
        return None
    with db.read() as s:
        row = s.get(Record, (org_id, matter_id))
        if row is None or row.entity != "matters":
            return None
        data = _facts(row.data)
        state = MatterState(row.id, row.client_id, {k: data.get(k) for k in SHOWN_FIELDS},
                            [(a, e) for a, e in s.execute(select(Attorney.id, Attorney.email)
                                                          .join(Assignment, Assignment.attorney_id == Attorney.id)
                                                          .where(Assignment.matter_id == matter_id)
                                                          .order_by(Attorney.email))])
        related = or_(Record.matter_id == matter_id,
                      and_(Record.matter_id.is_(None), Record.client_id == row.client_id) if row.client_id else False)
        for entity, count, last in s.execute(select(Record.entity, func.count(), func.max(Record.seq))
                                             .where(Record.org_id == org_id, related, Record.deleted.is_(False))
                                             .group_by(Record.entity).order_by(Record.entity)):
            state.held[entity] = count
            state.last_change = max(state.last_change or 0, last)
        ids = select(Record.id).where(Record.org_id == org_id, related)
        for c in s.scalars(select(Conflict).where(Conflict.org_id == org_id, Conflict.resolved_at.is_(None),
                                                  Conflict.entity_id.in_(ids)).order_by(Conflict.created_at)):
            state.conflicts.append({"id": c.id, "entity": c.entity, "field": c.field})
    return state


def client_record(db: Database, org_id: str, client_id: str) -> tuple[dict, dict[str, int]] | None:
    """The client's own facts, and how many of their client-owned records the hub holds."""
    with db.read() as s:
        row = s.get(Record, (org_id, client_id))
        if row is None or row.entity != "clients":
            return None
        counts = dict(s.execute(select(Record.entity, func.count()).where(
            Record.org_id == org_id, Record.client_id == client_id, Record.matter_id.is_(None),
            Record.entity != "clients", Record.deleted.is_(False)).group_by(Record.entity)).all())
        facts = _facts(row.data)
    return {k: v for k, v in facts.items() if k not in ("id",)}, counts


def record_owner(db: Database, org_id: str, record_id: str) -> tuple[str | None, str | None]:
    """(matter id, client id) a record belongs to: whose access a view of it is."""
    with db.read() as s:
        row = s.get(Record, (org_id, record_id))
        if row is None:
            return None, None
        client = row.client_id
        if client is None and row.matter_id:
            matter = s.get(Record, (org_id, row.matter_id))
            client = matter.client_id if matter is not None else None
        return row.matter_id, client


def matter_names(db: Database, org_id: str, matter_ids) -> dict[str, tuple[str | None, str]]:
    """(matter number, kind) of each matter, to name matters in lists without their clients."""
    ids = [m for m in set(matter_ids) if m]
    if not ids:
        return {}
    with db.read() as s:
        rows = s.execute(select(Record.id, Record.data).where(Record.org_id == org_id, Record.id.in_(ids),
                                                              Record.entity == "matters")).all()
    return {matter_id: (_facts(raw).get("matter_number"), str(_facts(raw).get("kind") or "unknown"))
            for matter_id, raw in rows}
