"""Apply records from the hub (a pull batch or an acknowledgement bundle) to the vault.

Per record: fields with a pending local change (an unpushed outbox mutation of that record)
keep the local value — the next push merges them or raises a conflict at the hub; every other
field takes the hub's value; ``server_version`` follows the hub. Applying writes no outbox
entries (these are the hub's changes, not ours) and one audit entry per batch.
"""

from __future__ import annotations

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from .. import audit
from ..interchange.values import from_json, kind_of
from ..model import Base, OutboxEntry, Record

_LOCAL_ONLY = {"row_version", "server_version", "blob_id"}  # blob_id: where this device keeps the bytes


def model_for(entity: str):
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if getattr(cls, "__tablename__", None) == entity and issubclass(cls, Record):
            return cls
    return None


def _pending_fields(session: Session, entity: str, entity_id: str) -> set[str]:
    fields: set[str] = set()
    for changes in session.scalars(select(OutboxEntry.changes).where(
            OutboxEntry.entity == entity, OutboxEntry.entity_id == entity_id, OutboxEntry.pushed.is_(False))):
        fields.update(changes)
    return fields


def apply_changes(session: Session, changes: list[dict]) -> dict[str, int]:
    """Apply hub records in order; returns counts (created, updated, skipped)."""
    counts = {"created": 0, "updated": 0, "skipped": 0}
    session.info["outbox_disabled"] = True
    try:
        for change in changes:
            model = model_for(change["entity"])
            if model is None:
                counts["skipped"] += 1  # a newer app's table: ignored, not an error
                continue
            columns = {a.key: a for a in inspect(model).mapper.column_attrs if a.key not in _LOCAL_ONLY}
            data = change.get("data") or {}
            values = {k: from_json(kind_of(columns[k].columns[0]), v) for k, v in data.items() if k in columns}
            obj = session.get(model, change["entity_id"])
            if obj is None:
                obj = model(**{**values, "id": change["entity_id"]})
                obj.server_version = change["server_version"]
                session.add(obj)
                counts["created"] += 1
            else:
                keep = _pending_fields(session, change["entity"], change["entity_id"])
                for key, value in values.items():
                    if key not in keep and key != "id" and getattr(obj, key) != value:
                        setattr(obj, key, value)
                obj.server_version = change["server_version"]
                counts["updated"] += 1
            session.flush()
        if changes:
            audit.record(session, "sync_pull", "vault",
                         detail=f"{counts['created']} new, {counts['updated']} updated from the hub")
    finally:
        session.info.pop("outbox_disabled", None)
    return counts
