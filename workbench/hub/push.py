"""Push: apply a device's mutations in one transaction, idempotently.

Each answered mutation id is stored with its answer (``applied_mutations``), so a replayed push
(the device never got our answer) gets the stored answer and nothing is applied twice. The
answer for each mutation is ``applied``, ``conflict`` (other fields still merged) or
``rejected`` with a reason; rejections are stored too, so a replay is answered the same way.
The organization lock is held only while the sequence numbers are made final and the
transaction commits (``db.SeqWriter``), so pushes of different matters run side by side.
"""

from __future__ import annotations

import json

from sqlalchemy import select

from .blobs import document_names
from .caller import Caller
from .db import Database, SeqWriter
from .ids import is_id, new_id
from .merge import InvalidMutation, check_changes, merge
from .models import AppliedMutation, Assignment, Conflict, Record
from .scope import ENTITIES, Scope, scope_keys

MAX_MUTATIONS = 500
OPS = ("create", "update", "delete", "purge")

__all__ = ["Caller", "MAX_MUTATIONS", "apply_mutations", "push"]


def _rejected(mutation_id: str, reason: str) -> dict:
    return {"mutation_id": mutation_id, "status": "rejected", "server_version": None, "conflicts": [],
            "reason": reason}


def apply_mutations(w: SeqWriter, caller: Caller, mutations: list[dict]) -> list[dict]:
    """Apply ``mutations`` inside the writer's transaction; returns one answer per mutation.

    The rows the push names are locked first (``SeqWriter.lock_records``), the mutations are
    merged with provisional sequence numbers, then ``finish()`` makes them final under the
    organization lock and the answers (with their final ``server_version``) are stored.
    """
    ids = [m["mutation_id"] for m in mutations if isinstance(m, dict) and is_id(m.get("mutation_id"))]
    w.lock_records(m.get("entity_id") for m in mutations
                   if isinstance(m, dict) and is_id(m.get("entity_id")) and len(m["entity_id"]) <= 36)
    stored = {a.mutation_id: a for a in w.session.scalars(
        select(AppliedMutation).where(AppliedMutation.mutation_id.in_(set(ids))))} if ids else {}
    scope = Scope(w.session, caller.org_id, caller.attorney_id)
    results, answered = [], {}
    for m in mutations:
        mutation_id = m.get("mutation_id") if isinstance(m, dict) else None
        if not is_id(mutation_id):
            raise InvalidMutation("every mutation needs a 'mutation_id' (letters, digits, '-', at most 64)")
        if mutation_id in answered:  # the same id twice in one push: the same answer, applied once
            results.append(answered[mutation_id])
            continue
        if mutation_id in stored:
            previous = stored[mutation_id]
            if previous.device_id == caller.device_id or _same_attorney(w, previous.device_id, caller):
                results.append(json.loads(previous.result))
            else:
                results.append(_rejected(mutation_id, "this mutation id was already used by another device"))
            continue
        try:
            result = _apply_one(w, caller, scope, m)
        except InvalidMutation as exc:
            result = _rejected(mutation_id, str(exc))
        answered[mutation_id] = result
        results.append(result)
    w.finish()
    for result in answered.values():
        result["server_version"] = w.final(result["server_version"])
    w.session.add_all(AppliedMutation(mutation_id=i, org_id=caller.org_id, device_id=caller.device_id,
                                      result=json.dumps(r)) for i, r in answered.items())
    return results


def push(db: Database, caller: Caller, mutations: list[dict]) -> list[dict]:
    """A device's push as one transaction, run again if it lost a race (``Database.write_retrying``)."""
    return db.write_retrying(caller.org_id, lambda w: apply_mutations(w, caller, mutations))


def _apply_one(w: SeqWriter, caller: Caller, scope: Scope, m: dict) -> dict:
    mutation_id, entity, entity_id, op = m["mutation_id"], m.get("entity"), m.get("entity_id"), m.get("op")
    if entity not in ENTITIES:
        raise InvalidMutation(f"unknown entity {entity!r}")
    if not is_id(entity_id) or len(entity_id) > 36:
        raise InvalidMutation("'entity_id' must be an id (letters, digits, '-', at most 36)")
    if op not in OPS:
        raise InvalidMutation(f"unknown op {op!r} (expected one of {', '.join(OPS)})")
    changes = check_changes(m.get("changes") or {})
    row = w.session.get(Record, (caller.org_id, entity_id))
    if row is not None and row.entity != entity:
        raise InvalidMutation(f"id {entity_id} belongs to a record of another kind ({row.entity})")
    if row is not None and not scope.allows_record(row):
        raise InvalidMutation("not assigned")
    if op == "purge":
        if row is None or not row.deleted:
            raise InvalidMutation("only a record the hub already has as deleted can be purged")
        return {"mutation_id": mutation_id, "status": "applied", "server_version": row.seq, "conflicts": []}
    if row is None and op != "create":
        raise InvalidMutation("the hub does not have this record (its create was never pushed)")
    hub = json.loads(row.data) if row is not None else None
    merged = merge(entity, entity_id, hub, changes, treat_old_as_null=(op == "create"))
    matter_id, client_id = scope_keys(entity, entity_id, merged.data)
    if not _may_write(scope, entity, row, matter_id, client_id):
        raise InvalidMutation("not assigned")
    conflicts = [_conflict(w, caller, entity, entity_id, *c) for c in merged.conflicts]
    if merged.changed:
        new = row is None
        if new:
            row = Record(org_id=caller.org_id, id=entity_id, entity=entity, created_by=caller.attorney_id)
        row.matter_id, row.client_id = matter_id, client_id
        row.data = json.dumps(merged.data, separators=(",", ":"))
        row.deleted = merged.data.get("deleted_at") is not None
        row.seq = w.next()
        if new:
            _grow_scope(w, scope, caller, entity, entity_id)
            w.session.add(row)
    result = {"mutation_id": mutation_id, "status": "conflict" if conflicts else "applied",
              "server_version": row.seq, "conflicts": conflicts}
    if entity == "documents" and (op == "create" or "sha256" in changes or "matter_id" in changes):
        needed = document_names(w.session, caller, merged.data.get("sha256"), matter_id)
        if needed:  # the hub needs the bytes from this device before the matter may read them
            result["needs_file"] = needed
    return result


def _may_write(scope: Scope, entity: str, row: Record | None, matter_id, client_id) -> bool:
    """The record after the change must be in scope; a new client, and a new matter of a client
    in scope (its creator gets it assigned), are the only records that enter scope by a push."""
    if row is None and entity == "clients":
        return True
    if row is None and entity == "matters":
        return client_id is None or scope.has_client(client_id)
    if entity == "matters":
        return scope.has_matter(matter_id) and (client_id is None or client_id == row.client_id
                                                or scope.has_client(client_id))
    return scope.allows(matter_id, client_id)


def _grow_scope(w: SeqWriter, scope: Scope, caller: Caller, entity: str, entity_id: str) -> None:
    if entity == "clients":
        scope.add_client(entity_id)
    elif entity == "matters" and not scope.has_matter(entity_id):
        w.session.add(Assignment(attorney_id=caller.attorney_id, matter_id=entity_id))
        scope.add_matter(entity_id)


def _conflict(w: SeqWriter, caller: Caller, entity: str, entity_id: str, field: str, hub_value, device_value) -> dict:
    conflict = Conflict(id=new_id(), org_id=caller.org_id, entity=entity, entity_id=entity_id, field=field,
                        hub_value=json.dumps(hub_value), device_value=json.dumps(device_value),
                        device_id=caller.device_id)
    w.session.add(conflict)
    return {"conflict_id": conflict.id, "field": field, "hub_value": hub_value, "device_value": device_value}
