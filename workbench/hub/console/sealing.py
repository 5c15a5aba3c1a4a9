"""TOTP secrets sealed under a key derived from the hub's storage key (AES-256-GCM).

The database alone (a dump, a backup) then does not give anyone the staff's second factor; the
key file is needed too, as for attachments. The sealed value is bound to the staff account id,
so a sealed secret copied onto another account does not open.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

VERSION = b"\x01"


def _key(storage_key: bytes) -> AESGCM:
    return AESGCM(HKDF(hashes.SHA256(), 32, salt=None, info=b"workbench-hub console totp v1").derive(storage_key))


def seal(storage_key: bytes, staff_id: str, secret: bytes) -> bytes:
    nonce = os.urandom(12)
    return VERSION + nonce + _key(storage_key).encrypt(nonce, secret, b"totp|" + staff_id.encode())


def unseal(storage_key: bytes, staff_id: str, sealed: bytes) -> bytes | None:
    if not sealed or sealed[:1] != VERSION or len(sealed) < 29:
        return None
    try:
        return _key(storage_key).decrypt(sealed[1:13], sealed[13:], b"totp|" + staff_id.encode())
    except InvalidTag:
        return None
