"""Conflicts: the organization's open conflicts, one side by side, resolved through
``conflicts.resolve_for_organization`` — the code the device route and ``workbench-hub resolve``
use, so the record, its change number and the closed conflicts end up exactly the same.

The values in a conflict are the client's facts, so opening one writes the access log (for the
client the record belongs to) like opening the client record does.
"""

from __future__ import annotations

import json

from fastapi import APIRouter, Depends, Request

from .. import conflicts as hub_conflicts
from ..errors import HubError
from ..ids import is_id
from ..models import Conflict
from . import audit, placement
from .pages_volunteers import STAFF
from .sessions import Session
from .web import PREFIX, ConsoleRoute, Denied, Posted, address, db_of, needs, posts, redirect, render

router = APIRouter(route_class=ConsoleRoute)


@router.get("/conflicts")
def conflicts_page(request: Request, _: Session = Depends(needs(*STAFF))):
    with db_of(request).read() as s:
        items = hub_conflicts.open_conflicts(s, request.app.state.org_id)
    for item in items:
        item["matter_id"] = placement.record_owner(db_of(request), request.app.state.org_id, item["entity_id"])[0]
    names = placement.matter_names(db_of(request), request.app.state.org_id, [i["matter_id"] for i in items])
    return render(request, "conflicts.html", items=items, names=names)


def _conflict(request: Request, conflict_id: str) -> dict:
    with db_of(request).read() as s:
        row = s.get(Conflict, conflict_id) if is_id(conflict_id) else None
        if row is None or row.org_id != request.app.state.org_id:
            raise Denied(404, "There is no such conflict.")
        return {"id": row.id, "entity": row.entity, "entity_id": row.entity_id, "field": row.field,
                "hub_value": json.loads(row.hub_value), "device_value": json.loads(row.device_value),
                "device_id": row.device_id, "resolved": row.resolved_at is not None,
                "resolved_value": json.loads(row.resolved_value) if row.resolved_value is not None else None}


def chosen_value(form: dict, conflict: dict):
    """The value the person chose: one side, or their own (text; JSON when neither side is text)."""
    choice = form.get("choice")
    if choice in ("hub", "device"):
        return conflict[f"{choice}_value"]
    if choice != "other":
        raise HubError(422, "Choose the hub's value, the device's value, or type another.")
    text = str(form.get("other") or "")
    sides = (conflict["hub_value"], conflict["device_value"])
    if all(v is None or isinstance(v, str) for v in sides):
        return text
    try:
        return json.loads(text)
    except ValueError:
        raise HubError(422, "This field holds numbers, dates or yes/no: type the value as JSON, for example 3, "
                            "true, null, or a date in double quotes.") from None


@router.get("/conflicts/{conflict_id}")
def conflict_page(conflict_id: str, request: Request, session: Session = Depends(needs(*STAFF))):
    conflict = _conflict(request, conflict_id)
    matter_id, client_id = placement.record_owner(db_of(request), request.app.state.org_id, conflict["entity_id"])
    audit.client_viewed(db_of(request), session.staff, client_id or conflict["entity_id"], matter_id,
                        address(request))
    return render(request, "conflict.html", c=conflict, matter_id=matter_id, json=json)


@router.post("/conflicts/{conflict_id}/resolve")
def resolve(conflict_id: str, request: Request, posted: Posted = Depends(posts(*STAFF))):
    conflict = _conflict(request, conflict_id)
    value = chosen_value(posted.form, conflict)
    db = db_of(request)
    with db.write(request.app.state.org_id) as w:
        hub_conflicts.resolve_for_organization(w, request.app.state.org_id, conflict_id, value, posted.session.staff.id)
    audit.record(db, "conflict.resolve", staff=posted.session.staff, target=conflict_id,
                 detail=f"{conflict['entity']}.{conflict['field']} = {posted.form.get('choice')} value",
                 address=address(request))
    return redirect(f"{PREFIX}/conflicts")
