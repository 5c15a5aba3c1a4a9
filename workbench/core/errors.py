"""Errors the user can act on.

Every failure that reaches a person (CLI or GUI) is a ``WorkbenchError`` whose ``str()`` is a
complete sentence saying what happened and what to do; anything else is a bug.
"""

from __future__ import annotations

from pathlib import Path


class WorkbenchError(Exception):
    """Base class: the message is meant for the user."""


class VaultNotFound(WorkbenchError):
    pass


class VaultExists(WorkbenchError):
    pass


class WrongPassphrase(WorkbenchError):
    def __init__(self, message: str = "Wrong passphrase: the vault was not unlocked and nothing was changed.") -> None:
        super().__init__(message)


class WrongRecoveryKey(WorkbenchError):
    def __init__(self) -> None:
        super().__init__("That recovery key does not unlock this vault: check it for typos. Nothing was changed.")


class DeviceSecretMissing(WorkbenchError):
    """The key file needs a device secret from the OS keyring and the keyring does not have it."""


class VaultDamaged(WorkbenchError):
    """A file of the vault failed its integrity check; ``path`` names it."""

    def __init__(self, path: Path | str, detail: str) -> None:
        self.path = Path(path)
        self.detail = detail
        super().__init__(f"The file {self.path} is damaged: {detail}")


class VaultLocked(WorkbenchError):
    def __init__(self) -> None:
        super().__init__("The vault is locked: unlock it first.")


class NotFound(WorkbenchError):
    pass


class ValidationError(WorkbenchError):
    """Input that does not fit; ``problems`` lists (location, message) pairs."""

    def __init__(self, problems: list[tuple[str, str]], what: str = "The input") -> None:
        self.problems = problems
        lines = "\n".join(f"  {loc}: {msg}" for loc, msg in problems)
        super().__init__(f"{what} has {len(problems)} problem(s):\n{lines}")
