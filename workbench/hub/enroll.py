"""Device enrollment with a one-time code (docs/sync-protocol.md, "Enrollment").

The code is spent by a conditional UPDATE (``used_at IS NULL``), so two devices racing with
the same code cannot both enroll. A wrong, spent or expired code gets the same kind of answer
(403) with a reason the user can act on.
"""

from __future__ import annotations

import base64
import binascii
from datetime import datetime, timedelta, timezone

from sqlalchemy import select, update

from .db import Database
from .errors import HubError, forbidden
from .ids import code_hash, new_code, new_id
from .models import Attorney, Device, EnrollmentCode, Organization

CODE_LIFETIME = timedelta(days=7)


def aware(value: datetime) -> datetime:
    """SQLite returns naive datetimes for UTC values; make them aware again."""
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def issue_code(db: Database, attorney_id: str, now: datetime | None = None) -> tuple[str, datetime]:
    code = new_code()
    expires = (now or datetime.now(timezone.utc)) + CODE_LIFETIME
    with db.session() as s:
        s.add(EnrollmentCode(code_hash=code_hash(code), attorney_id=attorney_id, expires_at=expires))
    return code, expires


def _key(value, name: str) -> bytes:
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError, TypeError):
        raw = b""
    if len(raw) != 32:
        raise HubError(422, f"'{name}' must be a base64 32-byte public key.")
    return raw


def enroll(db: Database, code: str, device_name: str, sign_key: str, kx_key: str) -> dict:
    sign, kx = _key(sign_key, "sign_key"), _key(kx_key, "kx_key")
    now = datetime.now(timezone.utc)
    digest = code_hash(code)
    with db.session() as s:
        row = s.get(EnrollmentCode, digest)
        if row is None:
            raise forbidden("This enrollment code is not valid: check it, or ask the organization for a new one.")
        if row.used_at is not None:
            raise forbidden("This enrollment code was already used: ask the organization for a new one.")
        if aware(row.expires_at) < now:
            raise forbidden("This enrollment code has expired: ask the organization for a new one.")
        if s.scalar(select(Device.id).where(Device.sign_key == sign)) is not None:
            raise HubError(409, "This device key is already enrolled.")
        attorney = s.get(Attorney, row.attorney_id)
        org = s.get(Organization, attorney.org_id)
        name = "".join(ch for ch in device_name if ch.isprintable())[:200] or "device"
        device = Device(id=new_id(), org_id=org.id, attorney_id=attorney.id, name=name,
                        sign_key=sign, kx_key=kx)
        spent = s.execute(update(EnrollmentCode).where(EnrollmentCode.code_hash == digest,
                                                       EnrollmentCode.used_at.is_(None))
                          .values(used_at=now, device_id=device.id))
        if spent.rowcount != 1:
            raise forbidden("This enrollment code was already used: ask the organization for a new one.")
        s.add(device)
    return {"device_id": device.id, "attorney_id": attorney.id, "attorney_email": attorney.email,
            "organization_id": org.id, "organization_name": org.name,
            "hub_sign_key": base64.b64encode(org.sign_key).decode("ascii"),
            "hub_kx_key": base64.b64encode(org.kx_key).decode("ascii")}
