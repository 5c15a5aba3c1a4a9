"""Open conflicts in an attorney's scope, and their resolution by a person.

Resolving sets the field to the chosen (or edited) value as a new change, so every device
pulls it, and closes every open conflict on that field of that record: they asked the same
question, and the person has answered it.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from workbench.core.sync.text_safety import find_unsafe

from .blobs import document_names
from .db import SeqWriter
from .errors import HubError, not_found
from .ids import is_id
from .models import Conflict, Record
from .caller import Caller
from .scope import Scope


def _iso(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.isoformat()


def open_conflicts(session: Session, org_id: str, attorney_id: str | None = None) -> list[dict]:
    """Open conflicts in the attorney's scope (all of the organization's when ``attorney_id`` is None).

    Open conflicts are few, so they are fetched first and checked against the scope one by one.
    """
    conflicts = list(session.scalars(select(Conflict).where(Conflict.org_id == org_id, Conflict.resolved_at.is_(None))
                                     .order_by(Conflict.created_at, Conflict.id)))
    if attorney_id is not None and conflicts:
        keys = dict(session.execute(select(Record.id, Record).where(
            Record.org_id == org_id, Record.id.in_({k.entity_id for k in conflicts}))).all())
        scope = Scope(session, org_id, attorney_id)
        conflicts = [k for k in conflicts if k.entity_id in keys and scope.allows_record(keys[k.entity_id])]
    return [{"conflict_id": k.id, "entity": k.entity, "entity_id": k.entity_id, "field": k.field,
             "hub_value": json.loads(k.hub_value), "device_value": json.loads(k.device_value),
             "device_id": k.device_id, "created_at": _iso(k.created_at)} for k in conflicts]


def resolve(w: SeqWriter, caller: Caller, conflict_id: str, value) -> dict:
    conflict = w.session.get(Conflict, conflict_id) if is_id(conflict_id) else None
    row = w.session.get(Record, (caller.org_id, conflict.entity_id)) if conflict else None
    if conflict is None or row is None or not Scope(w.session, caller.org_id,
                                                    caller.attorney_id).allows_record(row):
        raise not_found("No such conflict (or its record is not assigned to you).")
    if conflict.resolved_at is not None:
        raise HubError(409, "This conflict was already resolved.")
    if conflict.field in ("matter_id", "client_id", "id"):
        raise HubError(422, "A conflict on a record's links cannot be resolved here; ask the organization.")
    problem = find_unsafe(value)
    if problem:
        raise HubError(422, f"The chosen value contains {problem}; remove it and resolve again.")
    data = json.loads(row.data)
    data[conflict.field] = value
    row.data = json.dumps(data, separators=(",", ":"))
    row.deleted = data.get("deleted_at") is not None
    row.seq = w.next()
    if row.entity == "documents" and conflict.field == "sha256":  # naming a file grants nothing by itself
        document_names(w.session, caller, value, row.matter_id)
    now = datetime.now(timezone.utc)
    w.session.execute(update(Conflict).where(Conflict.org_id == caller.org_id, Conflict.entity_id == row.id,
                                              Conflict.field == conflict.field, Conflict.resolved_at.is_(None))
                      .values(resolved_at=now, resolved_value=json.dumps(value), resolved_by=caller.device_id))
    return {"conflict_id": conflict_id, "entity": row.entity, "entity_id": row.id, "field": conflict.field,
            "value": value, "server_version": row.seq}
