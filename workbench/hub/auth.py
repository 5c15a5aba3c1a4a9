"""Authenticating a signed request (``core.sync.auth``) against the enrolled, unrevoked devices.

The nonce store is a table, not process memory, so replay protection holds with several
uvicorn workers or hubs on one database; nonces older than the timestamp window are purged
(a request older than the window is refused by its timestamp anyway).
"""

from __future__ import annotations

import random
import time

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from workbench.core.sync.auth import HEADER_DEVICE, MAX_SKEW_SECONDS, AuthError, verify

from .db import Database
from .errors import unauthorized
from .ids import is_id
from .models import Device, SeenNonce
from .push import Caller

NONCE_WINDOW = 2 * MAX_SKEW_SECONDS


def authenticate(db: Database, headers, method: str, target: str, body: bytes) -> Caller:
    """The caller of a signed request, or ``HubError(401)`` saying why not."""
    device_id = headers.get(HEADER_DEVICE)
    if not device_id:
        raise unauthorized("The request is not signed (missing X-WB-Device); enroll this device first.")
    if not is_id(device_id):
        raise unauthorized("This device is not enrolled with the hub.")
    with db.read() as s:
        device = s.scalar(select(Device).where(Device.id == device_id))
    if device is None:
        raise unauthorized("This device is not enrolled with the hub.")
    if device.revoked_at is not None:
        raise unauthorized("This device was revoked by the organization.")
    try:
        signed = verify(headers, method, target, body, device.sign_key)
    except AuthError as exc:
        raise unauthorized(f"Authentication failed: {exc}.") from None
    now = int(time.time())
    try:
        with db.session() as s:
            s.add(SeenNonce(device_id=device.id, nonce=signed.nonce, seen_at=now))
            if random.random() < 0.01:
                s.execute(delete(SeenNonce).where(SeenNonce.seen_at < now - NONCE_WINDOW))
    except IntegrityError:
        raise unauthorized("Authentication failed: this request was already received (replayed nonce).") from None
    return Caller(device.org_id, device.id, device.attorney_id)
