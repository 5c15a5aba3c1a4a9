"""Staff passwords: Argon2id (argon2-cffi's RFC 9106 low-memory profile: t=3, m=64 MiB, p=4).

``check`` runs the full hash even for an unknown account (against a fixed dummy hash), so the
time of a refusal does not tell whether an e-mail address has an account.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

MIN_LENGTH = 12
MAX_LENGTH = 256
_hasher = PasswordHasher()
_DUMMY = _hasher.hash("not a password of anyone: equalizes timing")


class WeakPassword(ValueError):
    pass


def check_strength(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise WeakPassword(f"A staff password has at least {MIN_LENGTH} characters.")
    if len(password) > MAX_LENGTH:
        raise WeakPassword(f"A staff password has at most {MAX_LENGTH} characters.")


def hash_password(password: str) -> str:
    check_strength(password)
    return _hasher.hash(password)


def check(stored: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored or _DUMMY, password[:MAX_LENGTH]) and stored is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    return _hasher.check_needs_rehash(stored)
