"""The staff audit log and the client-record access log: written here, read by admins.

Both tables are append-only in the database (migration 0004's triggers refuse UPDATE and
DELETE). Entries name who, what, which record id and from which address, never client facts:
a detail is a short fixed phrase or counts.
"""

from __future__ import annotations

from sqlalchemy import select

from ..db import Database
from ..models import AuditEntry, RecordAccess

PAGE = 100


def record(db: Database, action: str, *, staff=None, target: str | None = None, detail: str | None = None,
           address: str | None = None, session=None) -> None:
    entry = AuditEntry(action=action[:40], staff_id=getattr(staff, "id", None),
                       staff_email=getattr(staff, "email", None), target=(target or None) and target[:80],
                       detail=(detail or None) and detail[:400], address=(address or None) and address[:64])
    if session is not None:
        session.add(entry)
        return
    with db.session() as s:
        s.add(entry)


def client_viewed(db: Database, staff, client_id: str, matter_id: str | None, address: str | None) -> None:
    """A staff member is about to see a client's facts: the access log and the audit log, one transaction."""
    with db.session() as s:
        s.add(RecordAccess(staff_id=staff.id, staff_email=staff.email, client_id=client_id, matter_id=matter_id,
                           address=address))
        record(db, "client.view", staff=staff, target=client_id, address=address, session=s)


def entries(db: Database, before: int | None = None, action: str | None = None) -> list[AuditEntry]:
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(PAGE)
    if before:
        query = query.where(AuditEntry.id < before)
    if action:
        query = query.where(AuditEntry.action == action)
    with db.read() as s:
        return list(s.scalars(query))


def accesses(db: Database, before: int | None = None) -> list[RecordAccess]:
    query = select(RecordAccess).order_by(RecordAccess.id.desc()).limit(PAGE)
    if before:
        query = query.where(RecordAccess.id < before)
    with db.read() as s:
        return list(s.scalars(query))
