"""The 32-byte device secret, kept in the OS keyring behind one small interface.

Mixing a secret that lives only in this computer's keyring into the key derivation means a
copied disk image (or a stolen backup of the vault folder) cannot be attacked offline with a
passphrase guesser alone. Where no real keyring exists (headless Linux, CI) the vault is
protected by the passphrase only; ``keyring_status()`` says so plainly, and there is never a
plaintext fallback (Vorta's database fallback is the example not to follow).
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from typing import Protocol

from ..i18n import translate

SERVICE = "Pro Bono Workbench device secret"
SECRET_BYTES = 32


class SecretStore(Protocol):
    """Where device secrets live, keyed by vault id."""

    name: str

    def get(self, vault_id: str) -> bytes | None: ...
    def put(self, vault_id: str, secret: bytes) -> None: ...
    def delete(self, vault_id: str) -> None: ...


@dataclass
class KeyringStore:
    """Device secrets in the OS keyring (macOS Keychain, Windows Credential Locker, Secret Service)."""

    backend: object
    name: str = "os-keyring"

    def get(self, vault_id: str) -> bytes | None:
        value = self.backend.get_password(SERVICE, vault_id)
        if value is None:
            return None
        raw = base64.b64decode(value)
        return raw if len(raw) == SECRET_BYTES else None

    def put(self, vault_id: str, secret: bytes) -> None:
        self.backend.set_password(SERVICE, vault_id, base64.b64encode(secret).decode("ascii"))

    def delete(self, vault_id: str) -> None:
        try:
            self.backend.delete_password(SERVICE, vault_id)
        except Exception:  # keyring raises PasswordDeleteError when absent; deleting nothing is fine
            pass


def os_keyring_store() -> KeyringStore | None:
    """The OS keyring if a real, usable backend exists; ``None`` otherwise.

    The fail backend, the null backend and any backend with priority below 1 (keyring's own
    signal for "not suitable") do not count; ``WORKBENCH_NO_KEYRING=1`` forces passphrase-only.
    """
    if os.environ.get("WORKBENCH_NO_KEYRING") == "1":
        return None
    try:
        import keyring
        from keyring.backends import chainer, fail
    except Exception:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    try:
        if getattr(backend, "priority", 0) < 1:
            return None
    except Exception:
        return None
    return KeyringStore(backend)


def new_secret() -> bytes:
    return os.urandom(SECRET_BYTES)


def keyring_status() -> str:
    store = os_keyring_store()
    if store is None:
        return translate("vault", "No OS keyring is available: vaults created here are protected by the passphrase "
                                  "alone (a copy of the vault folder can be attacked offline by guessing the "
                                  "passphrase, so choose a long one).")
    return translate("vault", "OS keyring available ({backend}).").format(
        backend=f"{type(store.backend).__module__}.{type(store.backend).__name__}")
