"""Volunteers: the roster, adding and deactivating, one-time enrollment codes (text and QR),
devices with fingerprints and last seen, revoking a device. Admins and coordinators."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from .. import admin
from ..enroll import issue_code
from ..ids import is_id
from ..models import Device
from . import audit, i18n, placement, qr, roster, volunteers
from .sessions import Session
from .web import PREFIX, ConsoleRoute, Denied, Posted, address, db_of, needs, posts, redirect, render

router = APIRouter(route_class=ConsoleRoute)
STAFF = ("admin", "coordinator")


def page_number(value: str) -> int:
    return min(int(value), 10_000) if value.isdigit() else 0


@router.get("/volunteers")
def roster_page(request: Request, q: str = "", page: str = "0", _: Session = Depends(needs(*STAFF))):
    number = page_number(page)
    people, total = roster.roster(db_of(request), q[:100], number)
    return render(request, "volunteers.html", people=people, total=total, q=q[:100], page=number,
                  pages=max(1, -(-total // roster.PAGE)))


@router.post("/volunteers")
def add_volunteer(request: Request, posted: Posted = Depends(posts(*STAFF))):
    db = db_of(request)
    attorney = volunteers.add(db, request.app.state.org_id, posted.form)
    audit.record(db, "volunteer.add", staff=posted.session.staff, target=attorney, address=address(request))
    return redirect(f"{PREFIX}/volunteers/{attorney}")


def _volunteer(request: Request, attorney_id: str):
    found = roster.volunteer(db_of(request), attorney_id) if is_id(attorney_id) else None
    if found is None:
        raise Denied(404, "There is no such volunteer.")
    return found


@router.get("/volunteers/{attorney_id}")
def volunteer_page(attorney_id: str, request: Request, _: Session = Depends(needs(*STAFF))):
    person, devices, matters = _volunteer(request, attorney_id)
    names = placement.matter_names(db_of(request), request.app.state.org_id, matters)
    return render(request, "volunteer.html", person=person, devices=devices, matters=matters, names=names)


@router.post("/volunteers/{attorney_id}/code")
def enrollment_code(attorney_id: str, request: Request, posted: Posted = Depends(posts(*STAFF))):
    person, _, _ = _volunteer(request, attorney_id)
    db = db_of(request)
    if not person.active:
        raise Denied(409, "This volunteer is deactivated; no enrollment code can be issued.")
    code, expires = issue_code(db, attorney_id)
    audit.record(db, "enroll_code.issue", staff=posted.session.staff, target=attorney_id, address=address(request))
    title = i18n.translate(i18n.language(request), "QR code of the enrollment code")
    return render(request, "enrollment_code.html", person=person, code=code, expires=expires, qr=qr.svg(code, title))


@router.post("/volunteers/{attorney_id}/deactivate")
def deactivate(attorney_id: str, request: Request, posted: Posted = Depends(posts(*STAFF))):
    _volunteer(request, attorney_id)
    revoked = volunteers.deactivate(db_of(request), attorney_id)
    audit.record(db_of(request), "volunteer.deactivate", staff=posted.session.staff, target=attorney_id,
                 detail=f"{revoked} devices revoked", address=address(request))
    return redirect(f"{PREFIX}/volunteers/{attorney_id}")


@router.post("/devices/{device_id}/revoke")
def revoke(device_id: str, request: Request, posted: Posted = Depends(posts(*STAFF))):
    db = db_of(request)
    with db.read() as s:
        device = s.get(Device, device_id) if is_id(device_id) else None
        owner = device.attorney_id if device is not None else None
    if owner is None:
        raise Denied(404, "There is no such device.")
    admin.revoke_device(db, device_id)
    audit.record(db, "device.revoke", staff=posted.session.staff, target=device_id, address=address(request))
    return redirect(f"{PREFIX}/volunteers/{owner}")
