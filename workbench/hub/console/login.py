"""The two steps of a console login: the password, then the second factor (TOTP).

A first login enrolls the second factor: a new secret is kept (sealed) in the half-open session
and becomes the account's only when the person types a code from it, so a secret nobody scanned
never locks anyone out. Wrong codes count against the account like wrong passwords
(``staff.record_failure``), and a code is never accepted twice (``totp_last_step``).
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import select

from ..db import Database
from ..models import StaffAccount, StaffSession
from . import sealing, totp
from .staff import Locked, record_failure, record_success, wait_left


def pending_secret(db: Database, storage_key: bytes, token_hash: str, staff_id: str) -> bytes:
    """The secret being enrolled in this half-open session (made on first call)."""
    with db.session() as s:
        row = s.get(StaffSession, token_hash)
        secret = sealing.unseal(storage_key, staff_id, row.pending_totp) if row.pending_totp else None
        if secret is None:
            secret = totp.new_secret()
            row.pending_totp = sealing.seal(storage_key, staff_id, secret)
        return secret


def second_factor(db: Database, storage_key: bytes, token_hash: str, staff_id: str, code: str,
                  now: float | None = None) -> bool:
    """Check a TOTP code for the account (or the secret being enrolled); raises ``Locked``."""
    moment = datetime.now(timezone.utc)
    with db.session() as s:
        account = s.scalar(select(StaffAccount).where(StaffAccount.id == staff_id).with_for_update())
        session = s.get(StaffSession, token_hash)
        if account is None or session is None:
            return False
        left = wait_left(account, moment)
        if left:
            raise Locked(left)
        sealed = account.totp_secret or session.pending_totp
        secret = sealing.unseal(storage_key, staff_id, sealed) if sealed else None
        step = totp.verify(secret, code, account.totp_last_step or 0, now) if secret else None
        if step is None:
            record_failure(account, moment)
            return False
        if account.totp_secret is None:
            account.totp_secret = sealed
        account.totp_last_step = step
        record_success(account, moment)
        return True
