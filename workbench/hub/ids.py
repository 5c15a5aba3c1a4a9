"""Ids and one-time codes for the hub (UUIDv7 like the app, so ids sort by creation)."""

from __future__ import annotations

import hashlib
import re
import secrets

from workbench.core.ids import new_id

__all__ = ["new_id", "new_code", "code_hash", "is_id"]

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")

_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # no 0/O, 1/I/L, U: easy to read aloud and type


def new_code() -> str:
    """A one-time enrollment code: 20 symbols of a 30-letter alphabet (~98 bits), in groups of 4."""
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(20))
    return "-".join(raw[i:i + 4] for i in range(0, 20, 4))


def code_hash(code: str) -> str:
    """Hash of the normalized code; a high-entropy code needs no slow hash."""
    normalized = "".join(ch for ch in code.upper() if ch.isalnum())
    return hashlib.sha256(b"workbench-hub-enroll|" + normalized.encode()).hexdigest()


def is_id(value) -> bool:
    """An id we accept from outside: short, printable, no NUL (PostgreSQL text refuses NUL)."""
    return isinstance(value, str) and _ID.match(value) is not None
