"""Matters and placement: the list (or the cases waiting for a volunteer), creating a matter at
the hub, assigning and unassigning, a matter's sync state, and the client record (every view
written to the access log). Admins and coordinators; reporters never reach a client record."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from .. import admin
from ..errors import HubError
from . import audit, placement, roster, volunteers
from .pages_volunteers import STAFF, page_number
from .sessions import Session
from .web import PREFIX, ConsoleRoute, Denied, Posted, address, db_of, needs, posts, redirect, render

router = APIRouter(route_class=ConsoleRoute)
NAME_LIMIT = 120


@router.get("/matters")
def matters_page(request: Request, waiting: str = "", page: str = "0", _: Session = Depends(needs(*STAFF))):
    number = page_number(page)
    rows, total = placement.matters(db_of(request), waiting == "1", number)
    return render(request, "matters.html", rows=rows, total=total, waiting=waiting == "1", page=number,
                  pages=max(1, -(-total // placement.PAGE)), kinds=placement.KINDS,
                  emails=roster.active_emails(db_of(request)))


def _text(form: dict, key: str, label: str, required: bool = True) -> str | None:
    value = " ".join(str(form.get(key) or "").split())
    if required and not value:
        raise HubError(422, "The {label} is required.", label=label)
    if len(value) > NAME_LIMIT or any(not ch.isprintable() for ch in value):
        raise HubError(422, "The {label} is too long or contains characters that cannot be stored.", label=label)
    return value or None


def _assign(request: Request, posted: Posted, matter_id: str, email: str) -> None:
    db = db_of(request)
    attorney = admin.attorney_id(db, email)
    if not volunteers.is_active(db, attorney):
        raise Denied(409, "This volunteer is deactivated; matters cannot be assigned to them.")
    admin.assign(db, request.app.state.org_id, email, matter_id)
    audit.record(db, "matter.assign", staff=posted.session.staff, target=matter_id, detail=f"attorney {attorney}",
                 address=address(request))


@router.post("/matters")
def create_matter(request: Request, posted: Posted = Depends(posts(*STAFF))):
    form = posted.form
    if form.get("kind") not in placement.KINDS:
        raise HubError(422, "Choose the kind of matter.")
    family, given = _text(form, "family_name", "family name"), _text(form, "given_name", "given name")
    number, email = _text(form, "number", "matter number", False), _text(form, "assign", "volunteer", False)
    if email:
        admin.attorney_id(db_of(request), email)  # refuse an unknown volunteer before creating anything
    _, matter_id = admin.add_matter(db_of(request), request.app.state.org_id, kind=form["kind"], family_name=family,
                                    given_name=given, matter_number=number)
    audit.record(db_of(request), "matter.create", staff=posted.session.staff, target=matter_id,
                 address=address(request))
    if email:
        _assign(request, posted, matter_id, email)
    return redirect(f"{PREFIX}/matters/{matter_id}")


def _state(request: Request, matter_id: str) -> placement.MatterState:
    state = placement.matter_state(db_of(request), request.app.state.org_id, matter_id)
    if state is None:
        raise Denied(404, "There is no such matter on the hub.")
    return state


@router.get("/matters/{matter_id}")
def matter_page(matter_id: str, request: Request, _: Session = Depends(needs(*STAFF))):
    return render(request, "matter.html", m=_state(request, matter_id), emails=roster.active_emails(db_of(request)))


@router.post("/matters/{matter_id}/assign")
def assign(matter_id: str, request: Request, posted: Posted = Depends(posts(*STAFF))):
    _state(request, matter_id)
    _assign(request, posted, matter_id, _text(posted.form, "email", "volunteer"))
    return redirect(f"{PREFIX}/matters/{matter_id}")


@router.post("/matters/{matter_id}/unassign")
def unassign(matter_id: str, request: Request, posted: Posted = Depends(posts(*STAFF))):
    _state(request, matter_id)
    email = _text(posted.form, "email", "volunteer")
    if admin.unassign(db_of(request), email, matter_id):
        audit.record(db_of(request), "matter.unassign", staff=posted.session.staff, target=matter_id,
                     detail=f"attorney {admin.attorney_id(db_of(request), email)}", address=address(request))
    return redirect(f"{PREFIX}/matters/{matter_id}")


@router.get("/matters/{matter_id}/client")
def client_page(matter_id: str, request: Request, session: Session = Depends(needs(*STAFF))):
    state = _state(request, matter_id)
    found = placement.client_record(db_of(request), request.app.state.org_id, state.client_id) \
        if state.client_id else None
    if found is None:
        raise Denied(404, "The hub holds no client record for this matter.")
    audit.client_viewed(db_of(request), session.staff, state.client_id, matter_id, address(request))
    facts, counts = found
    return render(request, "client.html", m=state, facts=facts, counts=counts)
