"""Apply records from the hub (a pull batch or an acknowledgement bundle) to the vault.

Per record: fields with a pending local change (an unpushed outbox mutation of that record)
keep the local value — the next push merges them or raises a conflict at the hub; every other
field takes the hub's value; ``server_version`` follows the hub. Applying writes no outbox
entries (these are the hub's changes, not ours); the audit log gets one entry per kind of
change and table per batch ("created 500 notes from the hub") rather than one per row.

A batch is applied with a few set-based queries (existing rows and pending fields fetched per
table at once) and one flush, so a first sync of 100,000 records is bounded by SQLite, not by
per-row round trips.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from .. import deadline_store
from ..bulk import insert_rows
from ..interchange.values import from_json, kind_of
from ..model import Base, OutboxEntry, Record

_LOCAL_ONLY = {"row_version", "server_version", "blob_id"}  # blob_id: where this device keeps the bytes
_CHUNK = 500


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
    """Python-side column defaults (a bulk INSERT does not apply them): e.g. empty lists, False."""
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


def _existing(session: Session, model, ids: list[str]) -> dict:
    found = {}
    for i in range(0, len(ids), _CHUNK):
        for obj in session.scalars(select(model).where(model.id.in_(ids[i:i + _CHUNK]))):
            found[obj.id] = obj
    return found


def _pending_fields(session: Session, entity: str, ids: list[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for i in range(0, len(ids), _CHUNK):
        rows = session.execute(select(OutboxEntry.entity_id, OutboxEntry.changes).where(
            OutboxEntry.entity == entity, OutboxEntry.entity_id.in_(ids[i:i + _CHUNK]),
            OutboxEntry.pushed.is_(False)))
        for entity_id, changes in rows:
            out.setdefault(entity_id, set()).update(changes)
    return out


_RANK = {table.name: i for i, table in enumerate(Base.metadata.sorted_tables)}
# facts the deadline rules read: new rows of these make their matter's deadlines recompute
_FACT_TABLES = {"matters": "matter", "events": "matter", "clients": "client", "entries": "client"}


def apply_changes(session: Session, changes: list[dict]) -> dict[str, int]:
    """Apply hub records (last state per record wins); returns counts (created, updated, skipped).

    New records go in with one bulk INSERT per table (parents first); existing ones are updated
    field by field through the ORM, so the usual hooks (deadline recomputation) see them.
    """
    counts = {"created": 0, "updated": 0, "skipped": 0}
    latest: dict[tuple[str, str], dict] = {}
    for change in changes:
        latest[(change["entity"], change["entity_id"])] = change
    by_entity: dict[str, list[dict]] = {}
    for (entity, _id), change in latest.items():
        by_entity.setdefault(entity, []).append(change)
    session.info["outbox_disabled"] = True
    session.info["audit_summary"] = "from the hub"
    touched: set = set()
    try:
        for entity in sorted(by_entity, key=lambda e: _RANK.get(e, len(_RANK))):
            items = by_entity[entity]
            model = model_for(entity)
            if model is None:
                counts["skipped"] += len(items)  # a newer app's table: ignored, not an error
                continue
            kinds = _columns(model)
            ids = [c["entity_id"] for c in items]
            existing = _existing(session, model, ids)
            pending = _pending_fields(session, entity, ids)
            new_rows = []
            for change in items:
                data = change.get("data") or {}
                values = {k: from_json(kinds[k], v) for k, v in data.items() if k in kinds}
                obj = existing.get(change["entity_id"])
                if obj is None:
                    new_rows.append({**_defaults(model), **values, "id": change["entity_id"],
                                     "server_version": change["server_version"]})
                    if entity in _FACT_TABLES:
                        key = "matter_id" if entity == "events" else "client_id" if entity == "entries" else "id"
                        touched.add((_FACT_TABLES[entity], values.get(key) or change["entity_id"]))
                    continue
                keep = pending.get(change["entity_id"], set())
                for key, value in values.items():
                    if key not in keep and key != "id" and getattr(obj, key) != value:
                        setattr(obj, key, value)
                obj.server_version = change["server_version"]
                counts["updated"] += 1
                if entity in _FACT_TABLES:
                    key = "matter_id" if entity == "events" else "client_id" if entity == "entries" else "id"
                    touched.add((_FACT_TABLES[entity], getattr(obj, key)))
            if new_rows:
                session.flush()  # updates of parents before children's bulk insert
                insert_rows(session, model, new_rows, reason="from the hub")
                counts["created"] += len(new_rows)
        session.flush()
        # the hub's changes leave this batch's deadlines to be recomputed once the whole pull is in
        # (a matter, its client and its events usually arrive in different batches)
        session.info.pop("deadline_touched", None)
        deadline_store.mark_stale(session, touched)
    finally:
        session.info.pop("outbox_disabled", None)
        session.info.pop("audit_summary", None)
    return counts
