"""Encrypted database backups: SQLCipher's ``sqlcipher_export`` into a new file keyed with the
same data key, so a backup is as protected as the vault and restores with the same passphrase.

Backups live in ``<vault>/backups/<UTC stamp>-<reason>.wbdb``; the newest ``keep`` are kept.
A copy of the current key file sits beside them (``keyfile.json``, replaced on every passphrase
change so an old passphrase does not keep working through it). Attachments are immutable
files and are not copied. Restoring first verifies the chosen backup page by page (read-only:
checking never changes a backup), then saves the current database, then swaps the backup in
atomically; a backup that fails its check is refused before anything is written, so a failed
restore leaves no new copy behind. A database too damaged to export is kept byte for byte
(with its -wal) as ``<stamp>-damaged.wbdb``: never chosen by default, not "checked" (it is known
damaged), pruned like the others.

SQLCipher logs its own errors ("hmac check failed for pgno=1") to stderr by default; the app
reports damage itself, naming the file, so that log is switched off (``quiet_sqlcipher_log``,
run when this module is imported: the setting is process-wide).
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from urllib.parse import quote

import sqlcipher3
from sqlalchemy import Engine

from ..atomic import _fsync_dir, full_fsync, make_private_dir, replace, write_atomic
from . import lock
from .db import engine_for, is_damage
from ..errors import NotFound, VaultDamaged
from ..owner_only import private_mode
from ..i18n import translate

SUFFIX = ".wbdb"
DEFAULT_KEEP = 10
DAMAGED = "damaged"  # the reason of a raw copy of a database too damaged to export
KEYFILE_COPY = "keyfile.json"
_NAME = re.compile(r"^(\d{8}T\d{6}\d{6}Z)-([a-z0-9-]+)\.wbdb$")


def quiet_sqlcipher_log() -> None:
    """Switch SQLCipher's own stderr log off (process-wide): the app names damaged files itself, and
    nothing about a vault should reach a terminal or a log before (or instead of) that message."""
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
    finally:
        conn.close()


quiet_sqlcipher_log()


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    size: int

    @property
    def name(self) -> str:
        return self.path.name


def _stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups, oldest first."""
    out = []
    if folder.is_dir():
        for p in folder.iterdir():
            m = _NAME.match(p.name)
            if m:
                created = datetime.strptime(m.group(1), "%Y%m%dT%H%M%S%fZ").replace(tzinfo=timezone.utc)
                out.append(BackupInfo(p, created, m.group(2), p.stat().st_size))
    return sorted(out, key=lambda b: b.path.name)


def export_database(engine: Engine, data_key: bytes, destination: Path) -> None:
    """Write an encrypted copy of the live database to ``destination`` (atomically)."""
    tmp = destination.with_name(f".tmp-{destination.name}")
    tmp.unlink(missing_ok=True)
    literal = str(tmp).replace("'", "''")
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute(f"ATTACH DATABASE '{literal}' AS backup KEY \"x'{data_key.hex()}'\"")
        try:
            cur.execute("SELECT sqlcipher_export('backup')").fetchall()
        finally:
            cur.execute("DETACH DATABASE backup")
        cur.close()
    finally:
        raw.close()
    private_mode(tmp)
    with open(tmp, "rb+") as fh:
        full_fsync(fh.fileno())
    replace(tmp, destination)
    _fsync_dir(destination.parent)


def create_backup(engine: Engine, data_key: bytes, folder: Path, reason: str, keep: int = DEFAULT_KEEP) -> BackupInfo:
    make_private_dir(folder)
    reason = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
    dest = folder / f"{_stamp()}-{reason}{SUFFIX}"
    export_database(engine, data_key, dest)
    prune(folder, keep)
    return next(b for b in list_backups(folder) if b.path == dest)


def prune(folder: Path, keep: int) -> None:
    backups = list_backups(folder)
    for old in backups[: max(0, len(backups) - keep)]:
        old.path.unlink(missing_ok=True)
        Path(str(old.path) + "-wal").unlink(missing_ok=True)


def save_keyfile_copy(folder: Path, keyfile_bytes: bytes) -> None:
    make_private_dir(folder)
    write_atomic(folder / KEYFILE_COPY, keyfile_bytes)


def verify_database(path: Path, data_key: bytes) -> list[str]:
    """Problems ``PRAGMA cipher_integrity_check`` and ``quick_check`` report (empty when sound)."""
    engine = engine_for(path, data_key, pool_size=1)
    try:
        try:
            raw = engine.raw_connection()
        except Exception as exc:  # the connect-time pragmas already read page 1
            if is_damage(exc) or is_damage(getattr(exc, "orig", exc)):
                return [translate("vault", "the database cannot be read: {problem}").format(problem=_reason(exc))]
            raise
        try:
            cur = raw.cursor()
            problems = [str(r[0]) for r in cur.execute("PRAGMA cipher_integrity_check").fetchall()]
            if not problems:
                rows = [str(r[0]) for r in cur.execute("PRAGMA quick_check").fetchall()]
                problems = [r for r in rows if r != "ok"]
            cur.close()
            return problems
        except Exception as exc:  # the driver raises before any pragma row when page 1 is damaged
            if is_damage(exc):
                return [translate("vault", "the database cannot be read: {problem}").format(problem=exc)]
            raise
        finally:
            raw.close()
    finally:
        engine.dispose()


def _reason(exc: BaseException) -> str:
    """SQLite's own words (``file is not a database``), without SQLAlchemy's statement and parameters."""
    return str(getattr(exc, "orig", None) or exc).splitlines()[0][:200]


def verify_backup(path: Path, data_key: bytes) -> list[str]:
    """Problems of a backup file (empty when sound), reading it only: opened ``mode=ro`` and
    ``immutable`` (no journal, no -wal/-shm created, no byte changed), every page's HMAC checked
    (``cipher_integrity_check``), then ``quick_check``, and it must hold the vault's schema (an
    empty file is a valid empty SQLite database, and restoring it would look like losing everything)."""
    path = Path(path)
    try:
        if path.stat().st_size == 0:
            return [translate("vault", "the backup is empty")]
        conn = sqlcipher3.connect(f"file:{quote(str(path))}?mode=ro&immutable=1", uri=True, check_same_thread=False)
    except (OSError, sqlcipher3.Error) as exc:
        return [translate("vault", "the database cannot be read: {problem}").format(problem=_reason(exc))]
    try:
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"").fetchall()
        problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        if not problems:
            problems = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall() if r[0] != "ok"]
        if not problems and not conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"
                                             ).fetchone()[0]:
            problems = [translate("vault", "the backup is empty")]
        return problems
    except sqlcipher3.Error as exc:
        return [translate("vault", "the database cannot be read: {problem}").format(problem=_reason(exc))]
    finally:
        conn.close()


def find_backup(folder: Path, name: str | None) -> BackupInfo:
    backups = list_backups(folder)
    if not backups:
        raise NotFound(translate("vault", "There are no backups in {folder}.").format(folder=folder))
    if name is None:
        usable = [b for b in backups if b.reason != DAMAGED]
        if not usable:
            raise NotFound(translate("vault", "There are no backups in {folder}.").format(folder=folder))
        return usable[-1]
    for b in backups:
        if b.name == name or b.path == Path(name):
            return b
    raise NotFound(translate("vault", "No backup named {name}; available: {names}")
                   .format(name=repr(name[:80]), names=", ".join(b.name for b in backups)))


def check_backup(backup: BackupInfo, data_key: bytes) -> None:
    """Raise ``VaultDamaged`` naming the backup unless it passes ``verify_backup``."""
    problems = verify_backup(backup.path, data_key)
    if problems:
        raise VaultDamaged(backup.path, translate("vault", "the backup failed its integrity check: {problems}")
                           .format(problems="; ".join(problems[:3])))


def restore_database(db_path: Path, backup: BackupInfo, data_key: bytes) -> None:
    """Replace the (closed) database with a verified backup. The caller has checked the backup
    (``check_backup``) before saving the current database; it is checked again here. Refused with
    ``VaultInUse`` while another program has the vault open (the app, or a command)."""
    with lock.held(db_path.parent):
        _restore_database(db_path, backup, data_key)


def _restore_database(db_path: Path, backup: BackupInfo, data_key: bytes) -> None:
    check_backup(backup, data_key)
    tmp = db_path.with_name(f".tmp-restore-{db_path.name}")
    shutil.copyfile(backup.path, tmp)
    private_mode(tmp)
    with open(tmp, "rb+") as fh:
        full_fsync(fh.fileno())
    for side in ("-wal", "-shm"):
        Path(str(db_path) + side).unlink(missing_ok=True)
    replace(tmp, db_path)
    _fsync_dir(db_path.parent)


def save_before_restore(db_path: Path, data_key: bytes, folder: Path) -> Path | None:
    """Keep the current database before a restore replaces it: an encrypted export (``pre-restore``)
    when it is sound, else a raw copy (``damaged``); ``None`` when there is no database file.
    Nothing is pruned here (the backup about to be restored may be the oldest); the next backup prunes."""
    if not db_path.exists():
        return None
    with lock.held(db_path.parent):  # refused before anything is written while another program has it open
        return _save_before_restore(db_path, data_key, folder)


def _save_before_restore(db_path: Path, data_key: bytes, folder: Path) -> Path | None:
    if not verify_database(db_path, data_key):
        engine = engine_for(db_path, data_key, pool_size=1)
        try:
            return create_backup(engine, data_key, folder, "pre-restore", keep=1_000_000).path
        except Exception as exc:  # damage the checks missed: keep the bytes as they are instead
            if not (is_damage(exc) or isinstance(exc, VaultDamaged)):
                raise
        finally:
            engine.dispose()
    return copy_raw(db_path, folder)


def copy_raw(db_path: Path, folder: Path, reason: str = DAMAGED) -> Path:
    """Copy the database file as it is (still encrypted), with its -wal, when it is too damaged to export."""
    make_private_dir(folder)
    dest = folder / f"{_stamp()}-{reason}{SUFFIX}"
    for source, target in ((db_path, dest), (Path(str(db_path) + "-wal"), Path(str(dest) + "-wal"))):
        if source.exists():
            shutil.copyfile(source, target)
            private_mode(target)
    return dest
