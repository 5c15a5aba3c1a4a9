"""One program at a time on a vault: a lock file held open while a vault is open.

Without it, ``workbench vault restore`` in a terminal could swap ``vault.db`` under the running
app (which would then write into a file that is no longer the vault), or two copies of the app
could both write the key file. The lock is ``<vault>/vault.lock``, held with ``fcntl.flock``
(macOS, Linux) or ``msvcrt.locking`` (Windows) for as long as the vault is open; the operating
system drops it when the process ends, even by a crash, so a stale file never locks anyone out
(its content is only a description, never trusted as the lock itself).

The holder writes who it is at the start of the file (program, process id, computer, since when:
nothing about the vault's content), so the refusal can name it. On Windows the locked byte is
past that description (``_LOCK_OFFSET``), because a byte locked there cannot be read by others.

Within one process the lock is re-entrant (a count per folder): the app's restore runs while the
app holds its own lock, and tests open one vault twice. Different processes exclude each other.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
from datetime import datetime
from pathlib import Path

from ..errors import WorkbenchError
from ..i18n import translate

LOCK_NAME = "vault.lock"
_LOCK_OFFSET = 1 << 16  # Windows: the byte locked, beyond the description at the start of the file
_INFO_BYTES = 1024

_held: dict[str, tuple[int, int]] = {}  # resolved folder -> (fd, count)
_guard = threading.Lock()


class VaultInUse(WorkbenchError):
    """Another program holds the vault; ``holder`` is its description (may be empty)."""

    def __init__(self, folder: Path, holder: dict) -> None:
        self.folder, self.holder = folder, holder
        if holder.get("program"):
            who = translate("vault", "{program} (process {pid} on {host}, since {since})").format(
                program=holder["program"], pid=holder.get("pid", "?"), host=holder.get("host", "?"),
                since=holder.get("since", "?"))
        else:
            who = translate("vault", "another program")
        super().__init__(translate("vault", "The vault is in use by {who}. Close that window (or lock the vault "
                                            "there) or wait for the command to finish, then try again. Nothing "
                                            "was changed.").format(who=who))


def program_name() -> str:
    """What this process is, for the refusal another one shows: the app or the command line."""
    name = Path(sys.argv[0] if sys.argv and sys.argv[0] else sys.executable).name
    if name in ("__main__.py", "-c", "") or name.startswith("python"):
        name = "workbench"
    return name


def acquire(folder: Path | str) -> None:
    """Hold the vault in ``folder`` for this process (re-entrant), or raise ``VaultInUse``."""
    key = str(Path(folder).resolve())
    with _guard:
        if key in _held:
            fd, count = _held[key]
            _held[key] = (fd, count + 1)
            return
        fd = os.open(Path(key) / LOCK_NAME, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        if not _try_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            raise VaultInUse(Path(key), holder)
        _write_holder(fd)
        _held[key] = (fd, 1)


def release(folder: Path | str) -> None:
    """Undo one ``acquire``; the last one lets the lock go (the file stays: deleting it races)."""
    key = str(Path(folder).resolve())
    with _guard:
        if key not in _held:
            return
        fd, count = _held[key]
        if count > 1:
            _held[key] = (fd, count - 1)
            return
        del _held[key]
        _unlock(fd)
        os.close(fd)


def holds(folder: Path | str) -> bool:
    """Whether this process holds the vault in ``folder``."""
    return str(Path(folder).resolve()) in _held


class held:
    """``with held(folder):`` — the lock for the duration of a block (a restore of a closed vault)."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = folder

    def __enter__(self) -> "held":
        acquire(self.folder)
        return self

    def __exit__(self, *exc) -> None:
        release(self.folder)


def _try_lock(fd: int) -> bool:
    if os.name == "nt":
        import msvcrt

        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _unlock(fd: int) -> None:
    try:
        if os.name == "nt":
            import msvcrt

            os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)
    except OSError:
        pass  # closing the descriptor releases it anyway


def _write_holder(fd: int) -> None:
    info = {"program": program_name(), "pid": os.getpid(), "host": socket.gethostname()[:64],
            "since": datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")}
    raw = json.dumps(info, ensure_ascii=True).encode("ascii")[:_INFO_BYTES]
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, raw.ljust(_INFO_BYTES))
    except OSError:
        pass  # the description is a courtesy; the lock is what counts


def _read_holder(fd: int) -> dict:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = json.loads(os.read(fd, _INFO_BYTES).decode("ascii").strip() or "{}")
        return {k: str(data[k])[:64] for k in ("program", "pid", "host", "since") if k in data}
    except (OSError, ValueError, UnicodeDecodeError, AttributeError, TypeError):
        return {}
