"""Owner-only access for the vault folder and for exports, on every platform.

Encryption is the control that protects a vault; access rights are the second layer, so another
account on a shared laptop cannot even copy the encrypted files to attack them offline. On macOS
and Linux that is the mode (0o700 for folders, 0o600 for files). On Windows ``chmod`` changes
nothing but the read-only flag, and a folder the user picks (``D:\\Cases``) inherits an ACL that
usually lets every local user read it; so the folder gets an explicit ACL instead: inheritance
removed, full control for the current user's SID only, inherited by everything created inside.
``icacls`` (part of every Windows since Vista) sets it: no pywin32, no ctypes security structures.

Where it cannot be set (a FAT32/exFAT USB stick has no ACLs, a network share may refuse) the
function returns a warning sentence and logs it; the caller decides whether a person must see it.
"""

from __future__ import annotations

import logging
import os
import subprocess
from functools import lru_cache
from pathlib import Path

from .i18n import translate

log = logging.getLogger("workbench.files")
_NO_WINDOW = 0x08000000  # CREATE_NO_WINDOW: no console flashes up from the windowed app


def restrict(path: Path | str, shown: str | None = None) -> str | None:
    """Make ``path`` (a file or folder) accessible to the current user only.

    Returns ``None`` when done, else a sentence saying that other accounts may be able to read it,
    naming ``shown`` (the file the user asked for, when ``path`` is its temporary copy) or ``path``.
    """
    path = Path(path)
    if os.name == "nt":
        problem = _windows_acl(path)
    else:
        problem = _posix_mode(path)
    if problem is None:
        return None
    warning = translate("files", "Other accounts on this computer may be able to read {name} (its access rights "
                                 "could not be limited to you: {problem}). Its contents are encrypted where they "
                                 "belong to the vault; keep exports in a private folder.").format(
        name=shown or path.name, problem=problem)
    log.warning("owner-only access not set for a %s: %s", "folder" if path.is_dir() else "file", problem)
    return warning


def private_mode(path: Path | str) -> None:
    """Mode 0o600 for a file the vault writes, where modes exist. A file system without them (a FAT
    drive through FUSE, some network mounts: chmod fails with ENOSYS or EPERM) is not an error: the
    folder's ``restrict`` has already said so, and the contents are encrypted."""
    if os.name == "nt":
        return
    try:
        os.chmod(path, 0o600)
    except OSError as exc:
        log.warning("file mode not set: %s", exc.strerror or type(exc).__name__)


def _posix_mode(path: Path) -> str | None:
    want = 0o700 if path.is_dir() else 0o600
    try:
        os.chmod(path, want)
        if path.stat().st_mode & 0o077:  # some file systems (FAT, SMB mounts) ignore chmod silently
            return translate("files", "the file system ignores permissions")
    except OSError as exc:
        return exc.strerror or type(exc).__name__
    return None


def icacls_arguments(path: Path, sid: str) -> list[str]:
    """The ``icacls`` command that leaves ``sid`` the only account with access to ``path``."""
    grant = f"*{sid}:(OI)(CI)F" if path.is_dir() else f"*{sid}:F"
    return ["icacls", str(path), "/inheritance:r", "/grant:r", grant, "/Q"]


def _windows_acl(path: Path) -> str | None:
    sid = current_user_sid()
    if sid is None:
        return translate("files", "the account's security identifier is unknown")
    try:
        done = subprocess.run(icacls_arguments(path, sid), capture_output=True, timeout=30,
                              creationflags=_NO_WINDOW)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return type(exc).__name__
    if done.returncode != 0:
        return translate("files", "icacls exited with status {status}").format(status=done.returncode)
    return None


@lru_cache(maxsize=1)
def current_user_sid() -> str | None:
    """The current Windows account's SID (``S-1-5-21-…``) from ``whoami /user``; ``None`` if unknown."""
    try:
        out = subprocess.run(["whoami", "/user", "/fo", "csv", "/nh"], capture_output=True, timeout=30,
                             creationflags=_NO_WINDOW if os.name == "nt" else 0).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    return parse_whoami_sid(out.decode("utf-8", "replace"))


def parse_whoami_sid(text: str) -> str | None:
    """``"host\\user","S-1-5-21-…"`` -> ``S-1-5-21-…`` (the last quoted field that looks like a SID)."""
    for field in reversed([f.strip().strip('"') for f in text.strip().split(",")]):
        if field.startswith("S-1-") and all(part.isdigit() for part in field[4:].split("-")):
            return field
    return None
