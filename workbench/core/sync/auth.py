"""Request signing shared by the device (signs) and the hub (verifies); see docs/sync-protocol.md.

The signed string is ``METHOD\\nPATH?QUERY\\nTIMESTAMP\\nNONCE\\nhex(SHA-256(body))``: it binds
the method, the exact target, the time, a one-time nonce and the body, so a captured request
cannot be replayed (the hub remembers nonces for the accepted time window) or altered.
"""

from __future__ import annotations

import base64
import hashlib
import os
import time
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

HEADER_DEVICE = "X-WB-Device"
HEADER_TIMESTAMP = "X-WB-Timestamp"
HEADER_NONCE = "X-WB-Nonce"
HEADER_SIGNATURE = "X-WB-Signature"
MAX_SKEW_SECONDS = 300


def signing_string(method: str, target: str, timestamp: str, nonce: str, body: bytes) -> bytes:
    return "\n".join([method.upper(), target, timestamp, nonce, hashlib.sha256(body).hexdigest()]).encode()


def sign_headers(device_id: str, key: Ed25519PrivateKey, method: str, target: str, body: bytes = b"",
                 now: float | None = None) -> dict[str, str]:
    """Headers for one request; ``target`` is the path with its query string (``/v1/pull?cursor=3``)."""
    timestamp = str(int(now if now is not None else time.time()))
    nonce = os.urandom(16).hex()
    signature = key.sign(signing_string(method, target, timestamp, nonce, body))
    return {HEADER_DEVICE: device_id, HEADER_TIMESTAMP: timestamp, HEADER_NONCE: nonce,
            HEADER_SIGNATURE: base64.b64encode(signature).decode("ascii")}


@dataclass(frozen=True)
class SignedRequest:
    device_id: str
    timestamp: int
    nonce: str


class AuthError(Exception):
    """Why a request is not authenticated (the hub answers 401 with this text)."""


@dataclass(frozen=True)
class SignedHeaders:
    """The four X-WB-* headers, checked for form and time but not yet against the body."""

    device_id: str
    timestamp: int
    nonce: str
    signature: bytes


def parse_headers(headers, now: float | None = None) -> SignedHeaders:
    """Everything about a signed request that can be checked before its body is read."""
    try:
        device_id = headers[HEADER_DEVICE]
        raw_timestamp = headers[HEADER_TIMESTAMP]
        nonce = headers[HEADER_NONCE]
        raw_signature = headers[HEADER_SIGNATURE]
        if len(raw_timestamp) > 20 or len(raw_signature) > 100:
            raise ValueError("too long")
        timestamp = int(raw_timestamp)
        signature = base64.b64decode(raw_signature, validate=True)
    except (KeyError, ValueError):
        raise AuthError("the request is not signed (missing or malformed X-WB-* headers)") from None
    if len(nonce) != 32 or any(c not in "0123456789abcdef" for c in nonce):
        raise AuthError("malformed nonce")
    if len(signature) != 64:
        raise AuthError("malformed signature")
    if abs((now if now is not None else time.time()) - timestamp) > MAX_SKEW_SECONDS:
        raise AuthError("the request's timestamp is outside the accepted window (check the computer's clock)")
    return SignedHeaders(device_id, timestamp, nonce, signature)


def verify_digest(signed: SignedHeaders, method: str, target: str, body_sha256: str, public_key: bytes) -> None:
    """Check the signature, given the hex SHA-256 of the body (computed while the body streamed in)."""
    message = "\n".join([method.upper(), target, str(signed.timestamp), signed.nonce, body_sha256]).encode()
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signed.signature, message)
    except (InvalidSignature, ValueError):
        raise AuthError("the request's signature does not verify") from None


def verify(headers: dict, method: str, target: str, body: bytes, public_key: bytes,
           now: float | None = None) -> SignedRequest:
    """Check the signature and the time window; the caller checks the device and the nonce."""
    signed = parse_headers(headers, now)
    verify_digest(signed, method, target, hashlib.sha256(body).hexdigest(), public_key)
    return SignedRequest(signed.device_id, signed.timestamp, signed.nonce)
