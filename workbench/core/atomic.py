"""Atomic, private file writes for everything in the vault except the database itself.

Temp file in the destination folder, owner-only permissions set before any data is written,
fsync, ``os.replace``, then fsync of the folder (Electrum ``storage.py`` does the same). A crash
leaves either the old file or the new one, never a torn one.

Two platform details live here so every writer gets them:

* ``full_fsync``: on macOS ``fsync`` only hands the data to the drive, whose cache may still lose
  it on power loss; ``fcntl(F_FULLFSYNC)`` asks the drive to flush too (what SQLite's
  ``PRAGMA fullfsync`` does). Elsewhere it is ``os.fsync``.
* ``replace``: on Windows ``os.replace`` fails with WinError 5 (access denied) or 32 (sharing
  violation) while another program has the target open: an export still open in Acrobat, a key
  file an antivirus or OneDrive is scanning. Those holders let go within moments, so the rename
  is retried with a growing pause (about 3 s in all) before the user is told which file is held.
"""

from __future__ import annotations

import os
import secrets
import sys
import time
from pathlib import Path
from typing import BinaryIO, Callable, Iterable

from .errors import WorkbenchError
from .i18n import translate

REPLACE_PAUSES = (0.05, 0.1, 0.2, 0.4, 0.8, 1.5)  # seconds between attempts: ~3 s before giving up
FULLFSYNC = sys.platform == "darwin"


def full_fsync(fd: int) -> None:
    """Flush ``fd`` to stable storage: ``F_FULLFSYNC`` on macOS (falling back to ``fsync`` where the
    file system refuses it, e.g. some network shares), ``os.fsync`` elsewhere."""
    if FULLFSYNC:
        import fcntl

        try:
            fcntl.fcntl(fd, getattr(fcntl, "F_FULLFSYNC", 51))  # 51: F_FULLFSYNC in <sys/fcntl.h>
            return
        except OSError:
            pass
    os.fsync(fd)


def replace(source: Path | str, target: Path | str, pauses: tuple[float, ...] | None = None) -> None:
    """``os.replace`` retried while the target (or the source) is held by another program.

    Only ``PermissionError`` is retried (WinError 5 and 32 arrive as that); after the last pause
    it becomes a ``WorkbenchError`` naming the file and the usual holders. The source is left in
    place for the caller to clean up.
    """
    for pause in (*(REPLACE_PAUSES if pauses is None else pauses), None):
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            if pause is None:
                raise FileHeld(Path(target), exc) from exc
            time.sleep(pause)


class FileHeld(WorkbenchError):
    """The target of a replace stayed open in another program (or the folder refused the write)."""

    def __init__(self, path: Path, cause: OSError) -> None:
        self.path = path
        super().__init__(translate("files", "{name} could not be replaced: another program keeps it open or the "
                                            "folder does not allow the change (a PDF viewer, an antivirus or a "
                                            "sync app such as OneDrive). Close it and try again; nothing was "
                                            "lost.").format(name=path.name))


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        full_fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes | Iterable[bytes] | Callable[[BinaryIO], None]) -> str | None:
    """Write ``data`` (bytes, an iterable of chunks, or a writer callback) to ``path`` atomically.

    The file is owner-only before any data is in it: mode 0o600, and on Windows an owner-only ACL
    (the mode does nothing there; the rename keeps the ACL). Returns ``None``, or the warning
    ``owner_only.restrict`` gave when that could not be done (an ACL Windows refused; a drive without
    permissions, such as a FAT stick, anywhere), for the caller to show."""
    from .owner_only import restrict

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".tmp-{secrets.token_hex(8)}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    warning = restrict(tmp, shown=path.name)
    try:
        with os.fdopen(fd, "wb") as fh:
            if isinstance(data, (bytes, bytearray, memoryview)):
                fh.write(data)
            elif callable(data):
                data(fh)
            else:
                for chunk in data:
                    fh.write(chunk)
            fh.flush()
            full_fsync(fh.fileno())
        replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)
    return warning


def make_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable only by the owner (an owner-only ACL on Windows;
    where that cannot be set, ``owner_only.restrict`` logs a warning: see ``owner_only``)."""
    from .owner_only import restrict

    path = Path(path)
    existed = path.is_dir()
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not (existed and os.name == "nt"):  # an ACL, once set, is inherited: icacls runs once per folder
        restrict(path)
    return path
