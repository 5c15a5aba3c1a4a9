"""The hash-chained audit log: every change to a record is written in the same transaction.

A ``before_flush`` hook turns the session's new, changed and tombstoned records into
``AuditEntry`` rows: action, entity, id and the names of the changed fields (values stay in
the records themselves). Each entry's hash covers the previous entry's hash, so ``verify_chain``
detects an edited, removed or reordered entry. Bulk operations that bypass the unit of work
write one summarizing entry with ``record()``.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session

from ..ids import new_id
from ..model import AuditEntry, Record, utcnow

GENESIS = "0" * 64
_IGNORED_FIELDS = {"updated_at", "row_version", "created_at"}


def entry_hash(prev_hash: str, seq: int, at: datetime, actor: str, action: str, entity: str,
               entity_id: str | None, fields: list, detail: str | None) -> str:
    body = json.dumps([seq, at.isoformat(timespec="microseconds"), actor, action, entity, entity_id,
                       fields, detail], separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(prev_hash.encode("ascii") + body.encode("utf-8")).hexdigest()


def chain_head(session: Session) -> tuple[int, str]:
    """(seq, hash) of the last entry in this transaction's view; a bulk writer (deadline_store)
    continues the chain from it and must then leave ``session.info["audit_head"]`` at its last entry."""
    head = session.info.get("audit_head")
    if head is None:
        with session.no_autoflush:
            row = session.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc())
                                  .limit(1)).first()
        head = (row[0], row[1]) if row else (0, GENESIS)
    return head


def record(session: Session, action: str, entity: str, entity_id: str | None = None,
           fields: list | None = None, detail: str | None = None) -> AuditEntry:
    """Append one entry to the chain (in the session's transaction)."""
    seq, prev = chain_head(session)
    seq += 1
    at = utcnow()
    actor = session.info.get("actor", "local user")
    fields = sorted(fields or [])
    h = entry_hash(prev, seq, at, actor, action, entity, entity_id, fields, detail)
    entry = AuditEntry(seq=seq, at=at, actor=actor, action=action, entity=entity, entity_id=entity_id,
                       fields=fields, detail=detail, prev_hash=prev, hash=h)
    session.add(entry)
    session.info["audit_head"] = (seq, h)
    return entry


def _changed_fields(obj) -> list[str]:
    state = inspect(obj)
    names = []
    for attr in state.mapper.column_attrs:
        if attr.key in _IGNORED_FIELDS:
            continue
        if state.attrs[attr.key].history.has_changes():
            names.append(attr.key)
    return names


def _summarize(session: Session, source: str) -> None:
    """One entry per (action, table) for a bulk change such as a sync batch."""
    counts: dict[tuple[str, str], int] = {}
    for obj in session.new:
        if isinstance(obj, Record):
            if obj.id is None:
                obj.id = new_id()
            counts[("create", obj.__tablename__)] = counts.get(("create", obj.__tablename__), 0) + 1
    for obj in session.dirty:
        if isinstance(obj, Record) and session.is_modified(obj, include_collections=False):
            counts[("update", obj.__tablename__)] = counts.get(("update", obj.__tablename__), 0) + 1
    for (action, table), n in sorted(counts.items()):
        record(session, f"{action}_many", table, detail=f"{n} {table} {source}")


def _before_flush(session: Session, _ctx, _instances) -> None:
    summary = session.info.get("audit_summary")
    if summary:
        _summarize(session, summary)
        return
    for obj in list(session.new):
        if isinstance(obj, Record):
            if obj.id is None:
                obj.id = new_id()
            record(session, "create", obj.__tablename__, obj.id)
    for obj in list(session.dirty):
        if not isinstance(obj, Record) or not session.is_modified(obj, include_collections=False):
            continue
        fields = _changed_fields(obj)
        if not fields:
            continue
        action = "update"
        if "deleted_at" in fields:
            action = "delete" if obj.deleted_at is not None else "restore"
        record(session, action, obj.__tablename__, obj.id, fields)
    for obj in list(session.deleted):
        if isinstance(obj, Record):
            record(session, "purge", obj.__tablename__, obj.id)


def _forget_head(session: Session, *_args) -> None:
    """The cached chain head is only valid inside one transaction."""
    session.info.pop("audit_head", None)


def install(session_class) -> None:
    """Attach the hooks to a new sessionmaker (call once per sessionmaker).

    Not guarded by ``event.contains``: SQLAlchemy's registry keys on ``id()`` and keeps keys of
    collected sessionmakers, so a new one at a reused address looks "already installed"."""
    event.listen(session_class, "before_flush", _before_flush)
    event.listen(session_class, "after_commit", _forget_head)
    event.listen(session_class, "after_soft_rollback", _forget_head)


def record_many(session: Session, entries: list[tuple]) -> None:
    """Append entries (``record``'s arguments after the session) to the hash chain with one INSERT:
    the same entries, seq and hashes ``record`` would write one ORM object at a time (for bulk
    writers such as the deadline recompute after a sync)."""
    if not entries:
        return
    seq, prev = chain_head(session)
    actor = session.info.get("actor", "local user")
    at = utcnow()
    rows = []
    for action, entity, entity_id, fields, detail in entries:
        seq += 1
        fields = sorted(fields or [])
        digest = entry_hash(prev, seq, at, actor, action, entity, entity_id, fields, detail)
        rows.append({"seq": seq, "at": at, "actor": actor, "action": action, "entity": entity,
                     "entity_id": entity_id, "fields": fields, "detail": detail, "prev_hash": prev, "hash": digest})
        prev = digest
    session.connection().execute(insert(AuditEntry.__table__), rows)
    session.info["audit_head"] = (seq, prev)


def verify_chain(session: Session) -> list[str]:
    """Problems found walking the chain in order (empty when intact)."""
    problems: list[str] = []
    prev, expected_seq = GENESIS, 1
    for e in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        if e.seq != expected_seq:
            problems.append(f"audit entry {expected_seq} is missing (next is {e.seq})")
        if e.prev_hash != prev:
            problems.append(f"audit entry {e.seq} does not follow entry {e.seq - 1} (chain broken)")
        if entry_hash(e.prev_hash, e.seq, e.at, e.actor, e.action, e.entity, e.entity_id, e.fields,
                      e.detail) != e.hash:
            problems.append(f"audit entry {e.seq} was altered (its hash does not match)")
        prev, expected_seq = e.hash, e.seq + 1
    return problems
