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

Cost (issue 13: authentication was 31% of a worker's time at 1,500 devices): step 1 reads the
device from a small per-process cache (``DeviceCache``, 30 s), and step 2 is one statement in
its own transaction that stores the nonce *only if the device is still enrolled and not
revoked*. So a revocation takes effect at the next request, as before (the cache only decides
whether a body is worth reading), and an authenticated request costs one round trip to the
database instead of two transactions and two pool pings.
"""

from __future__ import annotations

import hashlib
import random
import threading
import time
from dataclasses import dataclass

from sqlalchemy import delete, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from workbench.core.sync.auth import (HEADER_DEVICE, MAX_SKEW_SECONDS, AuthError, SignedHeaders, parse_headers,
                                      verify_digest)

from .caller import Caller
from .db import Database
from .errors import unauthorized
from .ids import is_id
from .models import Device, SeenNonce

NONCE_WINDOW = 2 * MAX_SKEW_SECONDS
UNKNOWN_DEVICE = ("This device is not enrolled with the hub, or its enrollment was revoked; "
                  "ask the organization to enroll it.")
CACHE_SECONDS = 30.0
CACHE_SIZE = 20_000

# Before nonces past the window are deleted, each device's latest request time is kept in
# ``devices.last_seen`` (never moved backwards): the console's "last seen" costs no request anything.
_FOLD_LAST_SEEN = text("""UPDATE devices SET last_seen = (
   SELECT max(n.seen_at) FROM seen_nonces n WHERE n.device_id = devices.id AND n.seen_at < :cut)
 WHERE id IN (SELECT device_id FROM seen_nonces WHERE seen_at < :cut)
   AND (last_seen IS NULL OR last_seen < (
   SELECT max(n.seen_at) FROM seen_nonces n WHERE n.device_id = devices.id AND n.seen_at < :cut))""")

# The nonce is stored only for an enrolled, unrevoked device: the revocation check and the
# replay check in one statement (a unique-key violation is a replay; no row, a revoked device).
_STORE_NONCE = text("""INSERT INTO seen_nonces (device_id, nonce, seen_at)
 SELECT d.id, :n, :t FROM devices d WHERE d.id = :d AND d.revoked_at IS NULL""")


@dataclass(frozen=True)
class KnownDevice:
    """What authentication needs of a device row (a device's keys never change)."""

    id: str
    org_id: str
    attorney_id: str
    sign_key: bytes


class DeviceCache:
    """Enrolled devices seen lately, per process; entries expire after ``CACHE_SECONDS``."""

    def __init__(self, seconds: float = CACHE_SECONDS, size: int = CACHE_SIZE) -> None:
        self.seconds, self.size = seconds, size
        self._entries: dict[str, tuple[float, KnownDevice]] = {}
        self._lock = threading.Lock()

    def get(self, device_id: str) -> KnownDevice | None:
        with self._lock:
            entry = self._entries.get(device_id)
        if entry is None or time.monotonic() - entry[0] > self.seconds:
            return None
        return entry[1]

    def put(self, device: KnownDevice) -> None:
        with self._lock:
            if len(self._entries) >= self.size:
                self._entries.clear()
            self._entries[device.id] = (time.monotonic(), device)

    def forget(self, device_id: str) -> None:
        with self._lock:
            self._entries.pop(device_id, None)


def _cache(db: Database) -> DeviceCache:
    cache = getattr(db, "device_cache", None)
    if cache is None:
        cache = db.device_cache = DeviceCache()
    return cache


class Identified:
    """A request whose headers passed: the device it claims and its parsed signature headers."""

    def __init__(self, device: KnownDevice, signed: SignedHeaders) -> None:
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
    cache = _cache(db)
    device = cache.get(signed.device_id)
    if device is None:
        with db.read() as s:
            row = s.scalar(select(Device).where(Device.id == signed.device_id))
        if row is None or row.revoked_at is not None:
            raise unauthorized(UNKNOWN_DEVICE)
        device = KnownDevice(row.id, row.org_id, row.attorney_id, bytes(row.sign_key))
        cache.put(device)
    return Identified(device, signed)


def accept(db: Database, who: Identified, method: str, target: str, body_sha256: str) -> Caller:
    """Step 2, once the body is in: the signature, then the nonce stored if the device is still
    enrolled (one statement); ``HubError(401)`` otherwise."""
    try:
        verify_digest(who.signed, method, target, body_sha256, who.device.sign_key)
    except AuthError as exc:
        raise unauthorized(f"Authentication failed: {exc}.") from None
    now = int(time.time())
    params = {"d": who.device.id, "n": who.signed.nonce, "t": now}
    try:
        try:
            stored = db.run_alone(_STORE_NONCE, params)
        except DBAPIError as exc:
            if not exc.connection_invalidated:
                raise
            stored = db.run_alone(_STORE_NONCE, params)  # the server dropped the connection (restart): once more
    except IntegrityError:
        raise unauthorized("Authentication failed: this request was already received (replayed nonce).") from None
    if not stored:
        _cache(db).forget(who.device.id)
        raise unauthorized(UNKNOWN_DEVICE)
    if random.random() < 0.01:
        purge_nonces(db, now)
    return who.caller


def purge_nonces(db: Database, now: int) -> None:
    """Delete the nonces older than the window (a request that old is refused by its timestamp),
    after folding each device's latest one into ``devices.last_seen``, in one transaction."""
    cut = now - NONCE_WINDOW
    with db.session() as s:
        s.execute(_FOLD_LAST_SEEN, {"cut": cut})
        s.execute(delete(SeenNonce).where(SeenNonce.seen_at < cut))


def authenticate(db: Database, headers, method: str, target: str, body: bytes) -> Caller:
    """Both steps at once, for a body already in memory."""
    return accept(db, identify(db, headers), method, target, hashlib.sha256(body).hexdigest())
