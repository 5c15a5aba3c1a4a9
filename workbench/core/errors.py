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


MAX_PROBLEMS_SHOWN = 20
MAX_PROBLEM_CHARS = 200


def clip(text, limit: int = MAX_PROBLEM_CHARS):
    """``text`` cut to ``limit`` characters (with "…"), on one line: a message never carries a whole input.
    Text that already fits is returned as it is (a translatable ``Msg`` stays one)."""
    if isinstance(text, str) and len(text) <= limit and "\n" not in text and "\r" not in text:
        return text
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ValidationError(WorkbenchError):
    """Input that does not fit; ``problems`` lists (location, message) pairs.

    The message lists at most ``MAX_PROBLEMS_SHOWN`` problems, each cut to ``MAX_PROBLEM_CHARS``
    characters per part, so a hostile input (a 10 MB name, 100,000 bad rows) gives a message of a
    few kilobytes. The callers name the field and what is wrong with it, never the value itself;
    the cut is the safety net. ``problems`` keeps them all (clipped the same way).
    """

    def __init__(self, problems: list[tuple[str, str]], what: str | None = None) -> None:
        self.problems = [(clip(loc), clip(msg)) for loc, msg in problems]
        shown = self.problems[:MAX_PROBLEMS_SHOWN]
        lines = "\n".join(f"  {loc}: {msg}" for loc, msg in shown)
        if len(self.problems) > len(shown):
            lines += "\n  " + translate("errors", "… and %n more", None, len(self.problems) - len(shown))
        # ``what`` names the thing checked ("The new matter"), translated by the caller
        what = what or translate("errors", "The input")
        super().__init__(translate("errors", "{what} has %n problem(s):", None, len(problems)).format(what=what)
                         + "\n" + lines)
