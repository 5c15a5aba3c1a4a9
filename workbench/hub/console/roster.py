"""The volunteer roster and a volunteer's devices, as the console shows them.

Figures per volunteer: matters assigned now (``assignments``), hours this year (their own time
entries, ``time_entries`` records their devices created, by ``work_date``), and the last time one
of their devices was heard from (``device_seen``): the latest signed request of any kind — a
pull, a push, a bundle — from ``seen_nonces`` (the last ten minutes) and ``devices.last_seen``
(older requests, folded in when nonces are purged: ``hub/auth.py``), or failing both the latest
push the hub applied (devices that synced before the hub kept ``last_seen``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import Integer, cast, func, or_, select

from workbench.core.sync.bundle_format import fingerprint

from ..db import Database
from ..enroll import aware
from ..models import AppliedMutation, Assignment, Attorney, Device, Record, SeenNonce, VolunteerProfile
from . import jsonsql

PAGE = 50


@dataclass(frozen=True)
class Volunteer:
    id: str
    email: str
    name: str | None
    firm: str | None
    bar_number: str | None
    languages: str | None
    active: bool
    matters_now: int
    hours_this_year: float
    last_seen: datetime | None


@dataclass(frozen=True)
class DeviceRow:
    id: str
    name: str
    fingerprint: str
    enrolled_at: datetime
    last_seen: datetime | None
    revoked: bool


def device_seen(session, device_ids: list[str]) -> dict[str, datetime]:
    if not device_ids:
        return {}
    seen: dict[str, datetime] = {}
    for device, at in session.execute(select(AppliedMutation.device_id, func.max(AppliedMutation.applied_at))
                                      .where(AppliedMutation.device_id.in_(device_ids))
                                      .group_by(AppliedMutation.device_id)):
        seen[device] = aware(at)
    latest = session.execute(select(SeenNonce.device_id, func.max(SeenNonce.seen_at))
                             .where(SeenNonce.device_id.in_(device_ids)).group_by(SeenNonce.device_id)).all()
    folded = session.execute(select(Device.id, Device.last_seen)
                             .where(Device.id.in_(device_ids), Device.last_seen.is_not(None))).all()
    for device, at in [*latest, *folded]:
        when = datetime.fromtimestamp(at, timezone.utc)
        if device not in seen or seen[device] < when:
            seen[device] = when
    return seen


def roster(db: Database, search: str = "", page: int = 0, today: date | None = None,
           only: str | None = None) -> tuple[list[Volunteer], int]:
    """One page of volunteers (by e-mail), and how many match in all (``only``: one attorney id)."""
    year = str((today or date.today()).year)
    with db.read() as s:
        query = select(Attorney, VolunteerProfile).outerjoin(VolunteerProfile,
                                                             VolunteerProfile.attorney_id == Attorney.id)
        if only is not None:
            query = query.where(Attorney.id == only)
        if search:
            like = f"%{search.strip().lower()[:100]}%"
            query = query.where(or_(func.lower(Attorney.email).like(like), func.lower(Attorney.name).like(like),
                                    func.lower(VolunteerProfile.firm).like(like)))
        total = s.scalar(select(func.count()).select_from(query.subquery()))
        rows = s.execute(query.order_by(Attorney.email).offset(page * PAGE).limit(PAGE)).all()
        ids = [a.id for a, _ in rows]
        matters = dict(s.execute(select(Assignment.attorney_id, func.count()).where(Assignment.attorney_id.in_(ids))
                                 .group_by(Assignment.attorney_id)).all())
        minutes = dict(s.execute(
            select(Record.created_by, func.sum(cast(jsonsql.field(s, "minutes"), Integer)))
            .where(Record.created_by.in_(ids), Record.entity == "time_entries", Record.deleted.is_(False),
                   func.substr(jsonsql.field(s, "work_date"), 1, 4) == year)
            .group_by(Record.created_by)).all())
        devices = s.execute(select(Device.id, Device.attorney_id).where(Device.attorney_id.in_(ids))).all()
        seen = device_seen(s, [d for d, _ in devices])
    last: dict[str, datetime] = {}
    for device, attorney in devices:
        if device in seen and (attorney not in last or last[attorney] < seen[device]):
            last[attorney] = seen[device]
    return [Volunteer(a.id, a.email, a.name, p.firm if p else None, p.bar_number if p else None,
                      p.languages if p else None, not (p and p.deactivated_at), matters.get(a.id, 0),
                      round((minutes.get(a.id) or 0) / 60, 1), last.get(a.id)) for a, p in rows], total


def volunteer(db: Database, attorney_id: str) -> tuple[Volunteer, list[DeviceRow], list[str]] | None:
    """One volunteer with their devices and the ids of the matters assigned to them."""
    found, _ = roster(db, only=attorney_id)
    if not found:
        return None
    person = found[0]
    with db.read() as s:
        rows = list(s.scalars(select(Device).where(Device.attorney_id == attorney_id).order_by(Device.enrolled_at)))
        seen = device_seen(s, [d.id for d in rows])
        matters = list(s.scalars(select(Assignment.matter_id).where(Assignment.attorney_id == attorney_id)
                                 .order_by(Assignment.assigned_at)))
    devices = [DeviceRow(d.id, d.name, fingerprint(d.sign_key), aware(d.enrolled_at), seen.get(d.id),
                         d.revoked_at is not None) for d in rows]
    return person, devices, matters


def save_profile(session, attorney_id: str, firm: str | None, bar_number: str | None, languages: str | None) -> None:
    session.add(VolunteerProfile(attorney_id=attorney_id, firm=firm or None, bar_number=bar_number or None,
                                 languages=languages or None))


def active_emails(db: Database) -> list[str]:
    """E-mail addresses of volunteers who may be given matters (for the assign form's list)."""
    with db.read() as s:
        return list(s.scalars(select(Attorney.email).outerjoin(VolunteerProfile,
                                                               VolunteerProfile.attorney_id == Attorney.id)
                              .where(VolunteerProfile.deactivated_at.is_(None))
                              .order_by(Attorney.email)))
