"""Keyring backends that fail the way the real ones do, through keyring's own API.

``keyring.set_keyring`` accepts any ``KeyringBackend``; these raise exactly what keyring's own
backends raise in each situation (read from keyring 25's ``backends/SecretService.py``,
``backends/macOS/__init__.py`` and ``backends/Windows.py``), including the cause chain that
carries the operating system's status code:

* SecretService, collection locked and the unlock prompt dismissed: ``KeyringLocked``;
* macOS, "Deny" in the Keychain prompt: ``KeyringLocked`` from ``api.KeychainDenied(-128, …)``;
* macOS, the app's signature changed after an update: ``KeyringError`` (get) or
  ``PasswordSetError`` (set) from ``api.SecAuthFailure(-25293, …)``;
* Windows Credential Manager refusing: ``pywintypes.error`` with ``winerror`` 5 (access denied);
* no Secret Service on the bus: ``InitError``.

The macOS ``api`` module cannot be imported off macOS (it loads the Security framework), so its
error classes are stood in for by ``MacOSStatus``, which carries the status the same way
(``args[0]``); the Windows one likewise by ``WinError``.
"""

from __future__ import annotations

from keyring.errors import InitError, KeyringError, KeyringLocked, PasswordSetError


class MacOSStatus(Exception):
    """Like ``keyring.backends.macOS.api.Error``: ``Error(status, message)``."""


class WinError(Exception):
    """Like ``win32ctypes.pywin32.pywintypes.error``: ``winerror``, ``funcname``, ``strerror``."""

    def __init__(self, winerror: int, funcname: str, strerror: str) -> None:
        super().__init__(winerror, funcname, strerror)
        self.winerror, self.funcname, self.strerror = winerror, funcname, strerror


def _locked(op):
    return KeyringLocked("Failed to unlock the collection!")


def _macos_denied(op):
    try:
        raise MacOSStatus(-128, "Keychain Access Denied")
    except MacOSStatus as e:
        verb = "store password on" if op == "set" else "get password from"
        try:
            raise KeyringLocked(f"Can't {verb} keychain: {e}") from e
        except KeyringLocked as outer:
            return outer


def _macos_changed(op):
    try:
        raise MacOSStatus(-25293, "Security Auth Failure: make sure executable is signed with codesign util")
    except MacOSStatus as e:
        cls = PasswordSetError if op == "set" else KeyringError
        try:
            raise cls(f"Can't get password from keychain: {e}") from e
        except KeyringError as outer:
            return outer


def _windows_denied(op):
    return WinError(5, "CredRead" if op == "get" else "CredWrite", "Access is denied.")


def _no_service(op):
    return InitError("Failed to create the collection: Could not connect to D-Bus.")


FAILURES = {"locked": _locked, "macos-denied": _macos_denied, "macos-changed": _macos_changed,
            "windows-denied": _windows_denied, "unavailable": _no_service}
EXPECTED_KIND = {"locked": "locked", "macos-denied": "denied", "macos-changed": "changed",
                 "windows-denied": "denied", "unavailable": "unavailable"}
