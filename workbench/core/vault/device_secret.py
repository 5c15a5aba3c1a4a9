"""The 32-byte device secret, kept in the OS keyring behind one small interface.

Mixing a secret that lives only in this computer's keyring into the key derivation means a
copied disk image (or a stolen backup of the vault folder) cannot be attacked offline with a
passphrase guesser alone. Where no real keyring exists (headless Linux, CI) the vault is
protected by the passphrase only; ``keyring_status()`` says so plainly, and there is never a
plaintext fallback (Vorta's database fallback is the example not to follow).

A keyring that exists can still fail when it is asked: locked (the user dismissed the unlock
prompt, or macOS cannot show one), access denied (the user clicked "Deny"), the app's entry no
longer trusted (macOS ties a Keychain item to the app's code signature; an update with another
signature gets -25293 until the user allows it again), or the service gone (no D-Bus session,
no Windows logon session). ``KeyringStore`` turns every such failure into ``KeyringProblem``, a
``WorkbenchError`` whose ``kind`` says which it was, so the GUI offers the matching choice (try
again, the recovery key, passphrase only) instead of "Something went wrong (KeyringError)".
The keyring's own error text never reaches the message: it is backend detail, not advice.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from typing import Protocol

from ..errors import WorkbenchError
from ..i18n import translate

SERVICE = "Pro Bono Workbench device secret"
SECRET_BYTES = 32


class SecretStore(Protocol):
    """Where device secrets live, keyed by vault id."""

    name: str

    def get(self, vault_id: str) -> bytes | None: ...
    def put(self, vault_id: str, secret: bytes) -> None: ...
    def delete(self, vault_id: str) -> None: ...


LOCKED, DENIED, CHANGED, UNAVAILABLE = "locked", "denied", "changed", "unavailable"

# Status codes carried by the errors the backends raise (macOS Security framework OSStatus in
# ``args[0]``, Windows ``winerror``); keyring wraps them, so the whole cause chain is read.
_MACOS_STATUS = {-128: DENIED,        # errSecUserCanceled: "Deny" in the Keychain prompt
                 -25293: CHANGED,     # errSecAuthFailed: the item's ACL does not trust this app's signature
                 -67030: CHANGED,     # errSecCSInfoPlistFailed: the app's signature is not valid
                 -25308: LOCKED}      # errSecInteractionNotAllowed: locked, and no prompt can be shown
_WINERROR = {5: DENIED}               # ERROR_ACCESS_DENIED; anything else (1312 no logon session, ...) unavailable


def classify_keyring_error(exc: BaseException) -> str:
    """``LOCKED``, ``DENIED``, ``CHANGED`` or ``UNAVAILABLE`` for an error a keyring backend raised."""
    chain, seen = [], set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        chain.append(exc)
        exc = exc.__cause__ or exc.__context__
    for e in chain:
        status = e.args[0] if e.args and isinstance(e.args[0], int) else None
        if status in _MACOS_STATUS:
            return _MACOS_STATUS[status]
        if getattr(e, "winerror", None) in _WINERROR:
            return _WINERROR[e.winerror]
    if any(type(e).__name__ == "KeyringLocked" for e in chain):
        return LOCKED
    return UNAVAILABLE


UNLOCKING, CREATING, CHANGING = "unlocking", "creating", "changing"  # what was being done


class KeyringProblem(WorkbenchError):
    """The OS keyring holds (or must hold) this vault's device secret and could not be used.

    ``kind`` is one of ``LOCKED``, ``DENIED``, ``CHANGED``, ``UNAVAILABLE``; ``during`` (``UNLOCKING``,
    ``CREATING``, ``CHANGING`` the passphrase) decides which ways out the message names: creating
    and changing can go on with the passphrase only; unlocking needs the keyring or the recovery key.
    """

    def __init__(self, kind: str, during: str = UNLOCKING) -> None:
        self.kind, self.during = kind, during
        what = {
            LOCKED: translate("vault", "This computer's keyring is locked (its unlock prompt was dismissed or "
                                       "could not be shown)."),
            DENIED: translate("vault", "Access to this computer's keyring was denied."),
            CHANGED: translate("vault", "The keyring no longer lets Pro Bono Workbench read its secret; this "
                                        "happens after an update of the app, when macOS asks again whether the "
                                        "app may use its Keychain item."),
            UNAVAILABLE: translate("vault", "This computer's keyring is not available right now."),
        }[kind]
        retry = (translate("vault", "Try again and choose “Always Allow” when macOS asks")
                 if kind == CHANGED else translate("vault", "Unlock the keyring (or allow access) and try again"))
        if during == CREATING:
            way = translate("vault", "{retry}, or continue with the passphrase only. Nothing was created.")
        elif during == CHANGING:
            way = translate("vault", "{retry}, or keep the vault under the passphrase only. Nothing was changed.")
        else:
            way = translate("vault", "{retry}, or unlock with your recovery key. Nothing was changed.")
        super().__init__(f"{what} {way.format(retry=retry)}")

    def said_for(self, during: str) -> "KeyringProblem":
        """The same problem, said for another action (the store cannot know what its caller does)."""
        again = KeyringProblem(self.kind, during)
        again.__cause__ = self.__cause__
        return again


@dataclass
class KeyringStore:
    """Device secrets in the OS keyring (macOS Keychain, Windows Credential Locker, Secret Service)."""

    backend: object
    name: str = "os-keyring"

    def get(self, vault_id: str) -> bytes | None:
        try:
            value = self.backend.get_password(SERVICE, vault_id)
        except Exception as exc:  # any backend error: classified, never shown raw
            raise KeyringProblem(classify_keyring_error(exc)) from exc
        if value is None:
            return None
        raw = base64.b64decode(value)
        return raw if len(raw) == SECRET_BYTES else None

    def put(self, vault_id: str, secret: bytes) -> None:
        try:
            self.backend.set_password(SERVICE, vault_id, base64.b64encode(secret).decode("ascii"))
        except Exception as exc:
            raise KeyringProblem(classify_keyring_error(exc)) from exc

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
