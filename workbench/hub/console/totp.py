"""Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP), with the standard library only.

Parameters are the ones every authenticator app supports: HMAC-SHA1, 6 digits, 30-second steps.
A code is accepted for the current step and one step either side (clock drift of the phone),
and a step once used is never accepted again (``verify`` returns the step so the caller stores it).
The secret is 160 random bits (RFC 4226's recommendation), shown as base32 and as a QR code of
the ``otpauth://`` URI that the apps read.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import struct
import time
from urllib.parse import quote, urlencode

STEP = 30
DIGITS = 6
DRIFT = 1


def new_secret() -> bytes:
    return secrets.token_bytes(20)


def b32(secret: bytes) -> str:
    return base64.b32encode(secret).decode("ascii").rstrip("=")


def hotp(secret: bytes, counter: int, digits: int = DIGITS, digest=hashlib.sha1) -> str:
    mac = hmac.new(secret, struct.pack(">Q", counter), digest).digest()
    offset = mac[-1] & 0x0F
    value = struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF
    return str(value % 10 ** digits).zfill(digits)


def step_at(when: float | None = None) -> int:
    return int((time.time() if when is None else when) // STEP)


def code_at(secret: bytes, when: float | None = None, digits: int = DIGITS, digest=hashlib.sha1) -> str:
    return hotp(secret, step_at(when), digits, digest)


def verify(secret: bytes, code: str, last_step: int, when: float | None = None) -> int | None:
    """The step ``code`` belongs to, if it is valid now and later than ``last_step``; else None."""
    code = "".join(ch for ch in str(code) if not ch.isspace())
    if len(code) != DIGITS or not code.isdigit():
        return None
    now = step_at(when)
    found = None
    for step in range(now - DRIFT, now + DRIFT + 1):  # compare all, so timing does not tell which matched
        if hmac.compare_digest(hotp(secret, step), code) and step > last_step:
            found = step
    return found


def provisioning_uri(secret: bytes, account: str, issuer: str) -> str:
    label = quote(f"{issuer}:{account}", safe="@:")
    return "otpauth://totp/" + label + "?" + urlencode({"secret": b32(secret), "issuer": issuer,
                                                       "algorithm": "SHA1", "digits": DIGITS, "period": STEP},
                                                      quote_via=quote)
