"""Staff accounts: creation, roles, and the login checks with a growing delay after failures.

Roles, from most to least trusted:

* ``admin`` — everything, including the audit log and the client-record access log;
* ``coordinator`` — volunteers, devices, matters, placement, client records, conflicts, impact;
* ``reporter`` — the impact figures only: aggregates, never a client identity.

Lockout: from the third consecutive failure (password or second factor) an account waits
``15 s * 2^(n-3)`` (capped at 15 minutes) before any attempt is even checked. A success resets
the count. The answer to a wrong e-mail, a wrong password and a locked account reads the same
except for the wait, which is only shown for an existing account once it is locked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from ..db import Database
from ..enroll import aware
from ..errors import HubError
from ..ids import new_id
from ..models import StaffAccount
from . import passwords

ROLES = ("admin", "coordinator", "reporter")
FREE_FAILURES = 2
FIRST_DELAY = 15.0
MAX_DELAY = 900.0


@dataclass(frozen=True)
class Staff:
    """A staff member as the pages see them (never a live ORM object)."""

    id: str
    email: str
    role: str
    enrolled: bool  # has a confirmed second factor


def as_staff(row: StaffAccount) -> Staff:
    return Staff(row.id, row.email, row.role, row.totp_secret is not None)


def normalize_email(email: str) -> str:
    email = (email or "").strip().lower()
    if "@" not in email or len(email) > 200 or any(not ch.isprintable() or ch.isspace() for ch in email):
        raise HubError(422, "That is not an e-mail address.")
    return email


def add_staff(db: Database, email: str, role: str, password: str) -> Staff:
    email = normalize_email(email)
    if role not in ROLES:
        raise HubError(422, "The role must be one of {roles}.", roles=", ".join(ROLES))
    try:
        hashed = passwords.hash_password(password)
    except passwords.WeakPassword as exc:
        raise HubError(422, str(exc)) from None
    with db.session() as s:
        if s.scalar(select(StaffAccount.id).where(StaffAccount.email == email)) is not None:
            raise HubError(409, "A staff account {email} already exists.", email=email)
        row = StaffAccount(id=new_id(), email=email, role=role, password_hash=hashed, totp_last_step=0,
                           failed_logins=0, active=True)
        s.add(row)
    return as_staff(row)


def delay_after(failures: int) -> float:
    if failures <= FREE_FAILURES:
        return 0.0
    return min(FIRST_DELAY * 2 ** (failures - FREE_FAILURES - 1), MAX_DELAY)


class Locked(Exception):
    def __init__(self, seconds: int) -> None:
        super().__init__(seconds)
        self.seconds = seconds


def wait_left(row: StaffAccount, now: datetime) -> int:
    if row.locked_until is None:
        return 0
    left = (aware(row.locked_until) - now).total_seconds()
    return max(0, int(left + 0.999))


def record_failure(row: StaffAccount, now: datetime) -> None:
    row.failed_logins = (row.failed_logins or 0) + 1
    delay = delay_after(row.failed_logins)
    row.locked_until = now + timedelta(seconds=delay) if delay else None


def record_success(row: StaffAccount, now: datetime) -> None:
    row.failed_logins, row.locked_until, row.last_login_at = 0, None, now


def check_password(db: Database, email: str, password: str) -> Staff | None:
    """The account if the password is right; None otherwise. Raises ``Locked`` while it waits."""
    now = datetime.now(timezone.utc)
    email = (email or "").strip().lower()[:200]
    with db.session() as s:
        row = s.scalar(select(StaffAccount).where(StaffAccount.email == email).with_for_update())
        if row is not None and row.active:
            left = wait_left(row, now)
            if left:
                raise Locked(left)
        ok = passwords.check(row.password_hash if row is not None and row.active else None, password)
        if row is None or not row.active:
            return None
        if not ok:
            record_failure(row, now)
            return None
        if passwords.needs_rehash(row.password_hash):
            row.password_hash = passwords.hash_password(password)
        return as_staff(row)


def get(db: Database, staff_id: str) -> Staff | None:
    with db.read() as s:
        row = s.get(StaffAccount, staff_id)
        return as_staff(row) if row is not None and row.active else None
