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
from .scope import Scope, is_large_scope, open_conflict_ids


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

    For an attorney, read from the records in scope (``scope.open_conflict_ids``): a sync's
    conflicts list costs what the device may see, not the organization's open conflicts.
    """
    query = select(Conflict).where(Conflict.org_id == org_id, Conflict.resolved_at.is_(None))
    if attorney_id is not None:
        query = query.where(Conflict.id.in_(open_conflict_ids(org_id, attorney_id,
                                                              is_large_scope(session, attorney_id))))
    conflicts = session.scalars(query.order_by(Conflict.created_at, Conflict.id))
    return [{"conflict_id": k.id, "entity": k.entity, "entity_id": k.entity_id, "field": k.field,
             "hub_value": json.loads(k.hub_value), "device_value": json.loads(k.device_value),
             "device_id": k.device_id, "created_at": _iso(k.created_at)} for k in conflicts]


def resolve(w: SeqWriter, caller: Caller, conflict_id: str, value) -> dict:
    """A device's resolution (``POST /v1/conflicts/{id}/resolve``): a record in its attorney's scope."""
    return _settle(w, caller.org_id, conflict_id, value, caller.device_id, caller,
                   Scope(w.session, caller.org_id, caller.attorney_id).allows_record)


def resolve_for_organization(w: SeqWriter, org_id: str, conflict_id: str, value, resolved_by: str) -> dict:
    """The organization's resolution (the staff console, ``workbench-hub resolve``): any record of the
    organization, with the same outcome as a device's. ``resolved_by`` names the staff account."""
    return _settle(w, org_id, conflict_id, value, resolved_by, None, lambda row: True)


def _settle(w: SeqWriter, org_id: str, conflict_id: str, value, resolved_by: str, caller: Caller | None,
            allowed) -> dict:
    conflict = w.session.get(Conflict, conflict_id) if is_id(conflict_id) else None
    if conflict is not None and conflict.org_id != org_id:
        conflict = None
    row = w.session.get(Record, (org_id, conflict.entity_id), with_for_update=True) if conflict else None
    if conflict is None or row is None or not allowed(row):
        raise not_found("No such conflict (or its record is not assigned to you).")
    w.session.refresh(conflict)  # as it is now that the record is locked: another resolve may have won
    if conflict.resolved_at is not None:
        raise HubError(409, "This conflict was already resolved.")
    if conflict.field in ("matter_id", "client_id", "id"):
        raise HubError(422, "A conflict on a record's links cannot be resolved here; ask the organization.")
    problem = find_unsafe(value)
    if problem:
        raise HubError(422, "The chosen value contains {problem}; remove it and resolve again.", problem=problem)
    data = json.loads(row.data)
    data[conflict.field] = value
    row.data = json.dumps(data, separators=(",", ":"))
    row.deleted = data.get("deleted_at") is not None
    row.seq = w.next()
    if row.entity == "documents" and conflict.field == "sha256":  # naming a file grants nothing by itself
        if caller is None:
            raise HubError(422, "Which file a document holds is chosen on a device, by an attorney who has it.")
        document_names(w.session, caller, value, row.matter_id)
    now = datetime.now(timezone.utc)
    w.session.execute(update(Conflict).where(Conflict.org_id == org_id, Conflict.entity_id == row.id,
                                              Conflict.field == conflict.field, Conflict.resolved_at.is_(None))
                      .values(resolved_at=now, resolved_value=json.dumps(value), resolved_by=resolved_by))
    w.finish()  # the final number of this change (``db.SeqWriter``)
    return {"conflict_id": conflict_id, "entity": row.entity, "entity_id": row.id, "field": conflict.field,
            "value": value, "server_version": row.seq}
