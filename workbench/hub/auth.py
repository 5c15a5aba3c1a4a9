"""Authenticating a signed request (``core.sync.auth``) against the enrolled, unrevoked devices.

In two steps, so that nothing of a request's body is read for a stranger:

1. ``identify`` (headers only, before the body): the headers are well formed, the timestamp is
   in the window, and the device is enrolled and not revoked. An unknown and a revoked device
   get the *same* answer, so the hub does not tell anyone which device ids exist or were revoked.
2. ``accept`` (after the body streamed into a bounded spool and was hashed): the signature over
   method, target, timestamp, nonce and the body's hash verifies, and the nonce is new.

The nonce store is a table, not process memory, so replay protection holds with several
uvicorn workers or hubs on one database; nonces older than the timestamp window are purged
(a request older than the window is refused by its timestamp anyway).
"""

from __future__ import annotations

import hashlib
import random
import time

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from workbench.core.sync.auth import (HEADER_DEVICE, MAX_SKEW_SECONDS, AuthError, SignedHeaders, parse_headers,
                                      verify_digest)

from .db import Database
from .errors import unauthorized
from .ids import is_id
from .models import Device, SeenNonce
from .push import Caller

NONCE_WINDOW = 2 * MAX_SKEW_SECONDS
UNKNOWN_DEVICE = ("This device is not enrolled with the hub, or its enrollment was revoked; "
                  "ask the organization to enroll it.")


class Identified:
    """A request whose headers passed: the device it claims and its parsed signature headers."""

    def __init__(self, device: Device, signed: SignedHeaders) -> None:
        self.device, self.signed = device, signed

    @property
    def caller(self) -> Caller:
        return Caller(self.device.org_id, self.device.id, self.device.attorney_id)


def identify(db: Database, headers) -> Identified:
    """Step 1, from the headers alone; ``HubError(401)`` saying why not."""
    if not headers.get(HEADER_DEVICE):
        raise unauthorized("The request is not signed (missing X-WB-Device); enroll this device first.")
    try:
        signed = parse_headers(headers)
    except AuthError as exc:
        raise unauthorized(f"Authentication failed: {exc}.") from None
    if not is_id(signed.device_id):
        raise unauthorized(UNKNOWN_DEVICE)
    with db.read() as s:
        device = s.scalar(select(Device).where(Device.id == signed.device_id))
    if device is None or device.revoked_at is not None:
        raise unauthorized(UNKNOWN_DEVICE)
    return Identified(device, signed)


def accept(db: Database, who: Identified, method: str, target: str, body_sha256: str) -> Caller:
    """Step 2, once the body is in: the signature and the nonce; ``HubError(401)`` otherwise."""
    try:
        verify_digest(who.signed, method, target, body_sha256, who.device.sign_key)
    except AuthError as exc:
        raise unauthorized(f"Authentication failed: {exc}.") from None
    now = int(time.time())
    try:
        with db.session() as s:
            s.add(SeenNonce(device_id=who.device.id, nonce=who.signed.nonce, seen_at=now))
            if random.random() < 0.01:
                s.execute(delete(SeenNonce).where(SeenNonce.seen_at < now - NONCE_WINDOW))
    except IntegrityError:
        raise unauthorized("Authentication failed: this request was already received (replayed nonce).") from None
    return who.caller


def authenticate(db: Database, headers, method: str, target: str, body: bytes) -> Caller:
    """Both steps at once, for a body already in memory."""
    return accept(db, identify(db, headers), method, target, hashlib.sha256(body).hexdigest())
