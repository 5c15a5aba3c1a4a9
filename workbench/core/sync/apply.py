"""Apply records from the hub (a pull batch or an acknowledgement bundle) to the vault.

Per record: fields with a pending local change (an unpushed outbox mutation of that record)
keep the local value — the next push merges them or raises a conflict at the hub; every other
field takes the hub's value; ``server_version`` follows the hub.

Versions only move forward (issue 12): a hub record whose ``server_version`` is not newer than
the one this vault already holds is skipped, and of several states of one record in a batch the
newest wins. So an old acknowledgement bundle imported after newer data (or twice) changes
nothing; ``bundles.import_ack`` also drops states at or below the vault's cursor, which covers
records this vault no longer has (purged), where there is no version to compare. Applying writes no outbox
entries (these are the hub's changes, not ours); the audit log gets one entry per kind of
change and table per batch ("created 500 notes from the hub") rather than one per row.

A batch is applied with a few set-based statements per table, so a first sync of 100,000
records is bounded by SQLite, not by per-row work in Python:

* which of the batch's ids exist: one ``SELECT id ... IN (json_each(?))``; only those are
  loaded as ORM objects and updated field by field (so the usual hooks see them);
* new records: one ``executemany`` of a plain INSERT. Each value goes through the column
  type's own SQLAlchemy bind processor, so what is stored is exactly what the ORM would store
  (dates, enums validated, JSON, UTC timestamps);
* the search index (FTS5, kept by ``AFTER INSERT`` triggers, migration 0004) for new clients,
  matters, notes and documents: the table's insert trigger is dropped for the batch and the
  batch is indexed with the two set-based ``INSERT ... SELECT`` statements the migration uses
  for its backfill, restricted to the batch, then the trigger is recreated from its stored SQL,
  all in the batch's transaction (a failure rolls the DROP back with everything else). This
  is done only when the trigger is exactly the one migration 0004 creates; if a later
  migration changed it, the trigger simply runs per row.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterator

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from ..vault import audit
from ..deadlines import store as deadline_store
from ..interchange.values import from_json, kind_of
from ..model import Base, OutboxEntry, Record, utcnow
from ..queries.search import batch_index_plans
from . import outbox

_LOCAL_ONLY = {"row_version", "server_version", "blob_id"}  # blob_id: where this device keeps the bytes
_CHUNK = 500
REASON = "from the hub"


@lru_cache(maxsize=None)
def model_for(entity: str):
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if getattr(cls, "__tablename__", None) == entity and issubclass(cls, Record):
            return cls
    return None


@lru_cache(maxsize=None)
def _columns(model) -> dict:
    return {a.key: kind_of(a.columns[0]) for a in inspect(model).mapper.column_attrs if a.key not in _LOCAL_ONLY}


@lru_cache(maxsize=None)
def _defaults(model) -> dict:
    """Python-side column defaults (a plain INSERT does not apply them): e.g. empty lists, False."""
    out = {}
    for attr in inspect(model).mapper.column_attrs:
        default = attr.columns[0].default
        if attr.key in _LOCAL_ONLY or attr.key in ("id", "created_at", "updated_at") or default is None:
            continue
        if default.is_scalar:
            out[attr.key] = default.arg
        elif default.is_callable and attr.key not in ("created_at", "updated_at"):
            try:
                out[attr.key] = default.arg(None)
            except TypeError:
                out[attr.key] = default.arg()
    return out


# --------------------------------------------------------------------------- new rows: one executemany
_MISSING = object()


def _converter(kind: str, process: Callable | None) -> Callable | None:
    """Interchange JSON value -> the DB-API parameter the ORM would bind (None: pass as is)."""
    if kind in ("datetime", "date", "time"):
        if process is None:
            return lambda v: from_json(kind, v)
        return lambda v: process(from_json(kind, v))
    return process


@lru_cache(maxsize=128)  # per (table, engine's dialect): a few per vault opened
def _insert_plan(model, dialect) -> tuple[str, list]:
    """(INSERT statement, per column: (attribute key, converter, default parameter or _MISSING,
    whether the hub sends it)); for the timestamps the "default" is the processor for the time now."""
    kinds = _columns(model)
    defaults = _defaults(model)
    table = model.__table__
    names, plan = [], []
    for attr in inspect(model).mapper.column_attrs:
        column = attr.columns[0]
        if column.table is not table:
            continue
        process = column.type._cached_bind_processor(dialect)
        convert = _converter(kinds.get(attr.key, "string"), process)
        if attr.key in defaults:
            value = defaults[attr.key]  # a Python value: bound as the ORM binds it
            default = process(value) if process else value
        else:
            default = _MISSING
        if attr.key in ("created_at", "updated_at"):  # filled with the time of the insert
            default = process
        names.append(column.name)
        plan.append((attr.key, convert, default, attr.key in kinds))
    sql = (f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})")
    return sql, plan


def _insert_new(session: Session, model, items: list[dict]) -> None:
    """Insert hub records that this vault does not have, as the ORM would store them."""
    conn = session.connection()
    sql, plan = _insert_plan(model, conn.dialect)
    stamp = utcnow()
    base, slots = [], {}
    for i, (key, convert, default, synced) in enumerate(plan):
        if key in ("created_at", "updated_at"):
            default = default(stamp) if default else stamp
        base.append(1 if key == "row_version" else None if default is _MISSING else default)
        if synced:
            slots[key] = (i, convert)
    id_at, version_at = slots["id"][0], [i for i, p in enumerate(plan) if p[0] == "server_version"][0]
    params = []
    for change in items:
        row = base.copy()
        for key, value in (change.get("data") or {}).items():
            slot = slots.get(key)
            if slot is not None:
                row[slot[0]] = value if slot[1] is None else slot[1](value)
        row[id_at], row[version_at] = change["entity_id"], change["server_version"]
        params.append(tuple(row))
    with _index_set_based(conn, model.__tablename__, [c["entity_id"] for c in items]):
        conn.exec_driver_sql(sql, params)
    audit.record(session, "bulk_create", model.__tablename__, detail=f"{REASON}: {len(params)} rows")


# --------------------------------------------------------------------------- search index, set-based
@contextmanager
def _index_set_based(conn, table: str, ids: list[str]) -> Iterator[None]:
    plan = batch_index_plans().get(table)
    name = f"search_{table}_ai"
    stored = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                  (name,)).scalar() if plan else None
    if plan is None or stored != plan[0]:
        yield  # no index for this table, or not the trigger we mirror: it runs per row
        return
    _trigger, docs, fts = plan
    watermark = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM search_docs").scalar()
    conn.exec_driver_sql(f"DROP TRIGGER {name}")
    try:
        yield
        conn.exec_driver_sql(docs, (json.dumps(ids),))
        conn.exec_driver_sql(fts, (watermark,))
    except BaseException:
        try:  # the transaction's rollback restores the trigger anyway; this is for good measure
            conn.exec_driver_sql(stored)
        except Exception:
            pass
        raise
    conn.exec_driver_sql(stored)


# --------------------------------------------------------------------------- existing rows: the ORM
def _existing_ids(session: Session, model, ids: list[str]) -> set[str]:
    found = session.connection().exec_driver_sql(
        f"SELECT id FROM {model.__table__.name} WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),))
    return {row[0] for row in found}


def _existing(session: Session, model, ids: list[str]) -> dict:
    found = {}
    for i in range(0, len(ids), _CHUNK):
        for obj in session.scalars(select(model).where(model.id.in_(ids[i:i + _CHUNK]))):
            found[obj.id] = obj
    return found


def _pending_fields(session: Session, entity: str, ids: list[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for i in range(0, len(ids), _CHUNK):
        rows = session.execute(outbox.unpushed().with_only_columns(OutboxEntry.entity_id, OutboxEntry.changes)
                               .where(OutboxEntry.entity == entity, OutboxEntry.entity_id.in_(ids[i:i + _CHUNK])))
        for entity_id, changes in rows:
            out.setdefault(entity_id, set()).update(changes)
    return out


def _version(change: dict) -> int:
    try:
        return int(change.get("server_version") or 0)
    except (TypeError, ValueError):
        return 0


_RANK = {table.name: i for i, table in enumerate(Base.metadata.sorted_tables)}
# facts the deadline rules read: new rows of these make their matter's deadlines recompute
_FACT_TABLES = {"matters": "matter", "events": "matter", "clients": "client", "entries": "client"}
_FACT_KEY = {"matters": "id", "events": "matter_id", "clients": "id", "entries": "client_id"}


@dataclass
class Applied:
    """Which records a batch actually wrote, as (table, id): what the views must refresh."""

    created: set[tuple[str, str]] = field(default_factory=set)
    updated: set[tuple[str, str]] = field(default_factory=set)
    deleted: set[tuple[str, str]] = field(default_factory=set)  # tombstoned by the hub

    def add(self, entity: str, change: dict, *, new: bool) -> None:
        key = (entity, change["entity_id"])
        if change.get("deleted") or (change.get("data") or {}).get("deleted_at"):
            self.deleted.add(key)
        else:
            (self.created if new else self.updated).add(key)

    def touch(self, table: str, key: str = "") -> None:
        """A write outside the hub's records: outbox entries, a sync key of ``vault_meta``, a file."""
        self.updated.add((table, key))

    def merge(self, other: "Applied") -> None:
        self.created |= other.created
        self.updated |= other.updated
        self.deleted |= other.deleted


def apply_changes(session: Session, changes: list[dict], applied: Applied | None = None) -> dict[str, int]:
    """Apply hub records (last state per record wins); returns counts (created, updated, skipped).

    New records go in with one INSERT per table (parents first); existing ones are updated
    field by field through the ORM, so the usual hooks (deadline recomputation) see them.
    ``applied``, when given, collects the (table, id) of every record written (not the stale ones).
    """
    counts = {"created": 0, "updated": 0, "skipped": 0, "stale": 0}
    latest: dict[tuple[str, str], dict] = {}
    for change in changes:
        key = (change["entity"], change["entity_id"])
        known = latest.get(key)
        if known is None or _version(change) >= _version(known):  # the newest state of each record
            latest[key] = change
    by_entity: dict[str, list[dict]] = {}
    for (entity, _id), change in latest.items():
        by_entity.setdefault(entity, []).append(change)
    session.info["outbox_disabled"] = True
    session.info["audit_summary"] = REASON
    touched: set = set()
    try:
        for entity in sorted(by_entity, key=lambda e: _RANK.get(e, len(_RANK))):
            items = by_entity[entity]
            model = model_for(entity)
            if model is None:
                counts["skipped"] += len(items)  # a newer app's table: ignored, not an error
                continue
            kinds = _columns(model)
            fact = _FACT_TABLES.get(entity)
            present = _existing_ids(session, model, [c["entity_id"] for c in items])
            new_items = [c for c in items if c["entity_id"] not in present]
            if present:
                old_ids = [c["entity_id"] for c in items if c["entity_id"] in present]
                existing = _existing(session, model, old_ids)
                pending = _pending_fields(session, entity, old_ids)
                for change in items:
                    obj = existing.get(change["entity_id"])
                    if obj is None:
                        continue
                    if obj.server_version is not None and _version(change) <= obj.server_version:
                        counts["stale"] += 1  # this vault already holds this state or a newer one
                        continue
                    data = change.get("data") or {}
                    keep = pending.get(change["entity_id"], set())
                    for key, value in data.items():
                        if key in kinds and key not in keep and key != "id":
                            value = from_json(kinds[key], value)
                            if getattr(obj, key) != value:
                                setattr(obj, key, value)
                    obj.server_version = change["server_version"]
                    counts["updated"] += 1
                    if applied is not None:
                        applied.add(entity, change, new=False)
                    if fact:
                        touched.add((fact, getattr(obj, _FACT_KEY[entity])))
            if new_items:
                session.flush()  # updates of parents before children's insert
                _insert_new(session, model, new_items)
                counts["created"] += len(new_items)
                if applied is not None:
                    for change in new_items:
                        applied.add(entity, change, new=True)
                if fact:
                    key = _FACT_KEY[entity]
                    for change in new_items:
                        touched.add((fact, (change.get("data") or {}).get(key) or change["entity_id"]))
        session.flush()
        # the hub's changes leave this batch's deadlines to be recomputed once the whole pull is in
        # (a matter, its client and its events usually arrive in different batches)
        session.info.pop("deadline_touched", None)
        deadline_store.mark_stale(session, touched)
    finally:
        session.info.pop("outbox_disabled", None)
        session.info.pop("audit_summary", None)
    return counts
