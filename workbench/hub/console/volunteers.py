"""What a coordinator does to a volunteer: add one (with firm, bar number, languages) and
deactivate one. Both go through the same ``admin`` functions the ``workbench-hub`` commands use.

Deactivating revokes every device of the volunteer (``admin.revoke_device``: their requests and
bundles are refused from then on), ends their unused enrollment codes, and keeps the account and
its history. Their assignments stay, so the coordinator sees which matters to place again.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import select, update

from .. import admin
from ..db import Database
from ..errors import HubError
from ..models import Device, EnrollmentCode, VolunteerProfile
from . import roster

FIELD_LIMITS = {"name": 200, "firm": 200, "bar_number": 60, "languages": 200}


def clean(form: dict, key: str) -> str | None:
    value = " ".join(str(form.get(key) or "").split())
    if len(value) > FIELD_LIMITS[key]:
        raise HubError(422, "The {label} is too long (at most {limit} characters).", label=key.replace("_", " "),
                       limit=FIELD_LIMITS[key])
    if any(not ch.isprintable() for ch in value):
        raise HubError(422, "The {label} contains characters that cannot be stored.", label=key.replace("_", " "))
    return value or None


def add(db: Database, org_id: str, form: dict) -> str:
    fields = {key: clean(form, key) for key in FIELD_LIMITS}
    attorney = admin.add_attorney(db, org_id, str(form.get("email") or ""), fields["name"])
    with db.session() as s:
        roster.save_profile(s, attorney, fields["firm"], fields["bar_number"], fields["languages"])
    return attorney


def is_active(db: Database, attorney_id: str) -> bool:
    with db.read() as s:
        profile = s.get(VolunteerProfile, attorney_id)
        return profile is None or profile.deactivated_at is None


def deactivate(db: Database, attorney_id: str) -> int:
    """Deactivate; returns how many devices were revoked by it."""
    now = datetime.now(timezone.utc)
    with db.read() as s:
        devices = list(s.scalars(select(Device.id).where(Device.attorney_id == attorney_id,
                                                         Device.revoked_at.is_(None))))
    for device in devices:
        admin.revoke_device(db, device)
    with db.session() as s:
        profile = s.get(VolunteerProfile, attorney_id)
        if profile is None:
            profile = VolunteerProfile(attorney_id=attorney_id)
            s.add(profile)
        profile.deactivated_at = profile.deactivated_at or now
        s.execute(update(EnrollmentCode).where(EnrollmentCode.attorney_id == attorney_id,
                                               EnrollmentCode.used_at.is_(None)).values(expires_at=now))
    return len(devices)
