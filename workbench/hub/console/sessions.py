"""Console sessions: server-side rows, the browser holding only a random token.

* The cookie carries 256 random bits; the database keeps their SHA-256 (a database read does
  not let anyone take over a session).
* ``password`` stage (password right, second factor not yet): 5 minutes. ``full``: 30 minutes
  idle, 12 hours at most. The token changes when the stage changes (no session fixation).
* Each session has its own CSRF token, put in every form and compared in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, update

from ..db import Database
from ..enroll import aware
from ..models import StaffAccount, StaffSession
from .staff import Staff, as_staff

COOKIE = "wb_console"
PENDING_LIFETIME = timedelta(minutes=5)
IDLE = timedelta(minutes=30)
ABSOLUTE = timedelta(hours=12)
_TOUCH_EVERY = timedelta(minutes=1)


@dataclass(frozen=True)
class Session:
    token_hash: str
    staff: Staff
    stage: str
    csrf: str
    pending_totp: bytes | None


def digest(token: str) -> str:
    return hashlib.sha256(b"workbench-console-session|" + token.encode("ascii", "replace")).hexdigest()


def start(db: Database, staff_id: str, stage: str, *, pending_totp: bytes | None = None,
          replaces: str | None = None) -> str:
    """A new session (and its cookie token); ``replaces`` ends the previous one."""
    token, now = secrets.token_urlsafe(32), datetime.now(timezone.utc)
    lifetime = PENDING_LIFETIME if stage != "full" else ABSOLUTE
    idle = PENDING_LIFETIME if stage != "full" else IDLE
    with db.session() as s:
        if replaces:
            s.execute(delete(StaffSession).where(StaffSession.token_hash == replaces))
        s.execute(delete(StaffSession).where(StaffSession.expires_at < now))  # sweep
        s.add(StaffSession(token_hash=digest(token), staff_id=staff_id, stage=stage, csrf=secrets.token_urlsafe(32),
                           pending_totp=pending_totp, created_at=now, expires_at=now + lifetime,
                           idle_until=now + idle))
    return token


def load(db: Database, token: str | None) -> Session | None:
    """The live session for this cookie, its idle time extended; None if absent or expired."""
    if not token or len(token) > 100:
        return None
    now, key = datetime.now(timezone.utc), digest(token)
    with db.read() as s:  # a page view reads; it writes only when the session ends or its idle time moves
        row = s.get(StaffSession, key)
        account = s.get(StaffAccount, row.staff_id) if row is not None else None
    if row is None:
        return None
    if aware(row.expires_at) <= now or aware(row.idle_until) <= now or account is None or not account.active:
        end(db, key)
        return None
    if row.stage == "full" and aware(row.idle_until) - IDLE + _TOUCH_EVERY <= now:
        with db.session() as s:
            s.execute(update(StaffSession).where(StaffSession.token_hash == key)
                      .values(idle_until=min(now + IDLE, aware(row.expires_at))))
    return Session(key, as_staff(account), row.stage, row.csrf, row.pending_totp)


def end(db: Database, token_hash: str) -> None:
    with db.session() as s:
        s.execute(delete(StaffSession).where(StaffSession.token_hash == token_hash))


def csrf_ok(session: Session | None, submitted: str | None) -> bool:
    return bool(session and submitted) and hmac.compare_digest(session.csrf.encode(), str(submitted).encode())
