"""Errors the user can act on.

Every failure that reaches a person (CLI or GUI) is a ``WorkbenchError`` whose ``str()`` is a
complete sentence saying what happened and what to do; anything else is a bug.
"""

from __future__ import annotations

from pathlib import Path

from .i18n import translate


class WorkbenchError(Exception):
    """Base class: the message is meant for the user."""


class VaultNotFound(WorkbenchError):
    pass


class VaultExists(WorkbenchError):
    pass


class WrongPassphrase(WorkbenchError):
    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or translate("errors", "Wrong passphrase: the vault was not unlocked and nothing "
                                                        "was changed."))


class WrongRecoveryKey(WorkbenchError):
    def __init__(self) -> None:
        super().__init__(translate("errors", "That recovery key does not unlock this vault: check it for typos. "
                                             "Nothing was changed."))


class DeviceSecretMissing(WorkbenchError):
    """The key file needs a device secret from the OS keyring and the keyring does not have it."""


class VaultDamaged(WorkbenchError):
    """A file of the vault failed its integrity check; ``path`` names it."""

    def __init__(self, path: Path | str, detail: str) -> None:
        self.path = Path(path)
        self.detail = detail
        super().__init__(translate("errors", "The file {path} is damaged: {detail}").format(path=self.path,
                                                                                             detail=detail))


class VaultLocked(WorkbenchError):
    def __init__(self) -> None:
        super().__init__(translate("errors", "The vault is locked: unlock it first."))


class NotFound(WorkbenchError):
    pass


class ValidationError(WorkbenchError):
    """Input that does not fit; ``problems`` lists (location, message) pairs."""

    def __init__(self, problems: list[tuple[str, str]], what: str | None = None) -> None:
        self.problems = problems
        lines = "\n".join(f"  {loc}: {msg}" for loc, msg in problems)
        # ``what`` names the thing checked ("The new matter"), translated by the caller
        what = what or translate("errors", "The input")
        super().__init__(translate("errors", "{what} has %n problem(s):", None, len(problems)).format(what=what)
                         + "\n" + lines)
