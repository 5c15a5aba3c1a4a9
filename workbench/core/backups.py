"""Encrypted database backups: SQLCipher's ``sqlcipher_export`` into a new file keyed with the
same data key, so a backup is as protected as the vault and restores with the same passphrase.

Backups live in ``<vault>/backups/<UTC stamp>-<reason>.wbdb``; the newest ``keep`` are kept.
A copy of the current key file sits beside them (``keyfile.json``, replaced on every passphrase
change so an old passphrase does not keep working through it). Attachments are immutable
files and are not copied. Restoring first saves the current database, verifies the chosen
backup page by page, then swaps it in atomically.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Engine

from .atomic import _fsync_dir, make_private_dir, write_atomic
from .db import engine_for, is_damage
from .errors import NotFound, VaultDamaged
from .i18n import translate

SUFFIX = ".wbdb"
DEFAULT_KEEP = 10
_NAME = re.compile(r"^(\d{8}T\d{6}\d{6}Z)-([a-z0-9-]+)\.wbdb$")


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
    if os.name != "nt":
        os.chmod(tmp, 0o600)
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, destination)
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


def save_keyfile_copy(folder: Path, keyfile_bytes: bytes) -> None:
    make_private_dir(folder)
    write_atomic(folder / "keyfile.json", keyfile_bytes)


def verify_database(path: Path, data_key: bytes) -> list[str]:
    """Problems ``PRAGMA cipher_integrity_check`` and ``quick_check`` report (empty when sound)."""
    engine = engine_for(path, data_key, pool_size=1)
    try:
        raw = engine.raw_connection()
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


def find_backup(folder: Path, name: str | None) -> BackupInfo:
    backups = list_backups(folder)
    if not backups:
        raise NotFound(translate("vault", "There are no backups in {folder}.").format(folder=folder))
    if name is None:
        return backups[-1]
    for b in backups:
        if b.name == name or b.path == Path(name):
            return b
    raise NotFound(translate("vault", "No backup named {name}; available: {names}")
                   .format(name=repr(name), names=", ".join(b.name for b in backups)))


def restore_database(db_path: Path, backup: BackupInfo, data_key: bytes) -> None:
    """Replace the (closed) database with a verified backup. The caller has saved the current one."""
    problems = verify_database(backup.path, data_key)
    if problems:
        raise VaultDamaged(backup.path, translate("vault", "the backup failed its integrity check: {problems}")
                           .format(problems="; ".join(problems[:3])))
    tmp = db_path.with_name(f".tmp-restore-{db_path.name}")
    shutil.copyfile(backup.path, tmp)
    if os.name != "nt":
        os.chmod(tmp, 0o600)
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    for side in ("-wal", "-shm"):
        Path(str(db_path) + side).unlink(missing_ok=True)
    os.replace(tmp, db_path)
    _fsync_dir(db_path.parent)


def copy_raw(db_path: Path, folder: Path, reason: str) -> Path:
    """Copy the database file as it is (still encrypted) when it is too damaged to export."""
    make_private_dir(folder)
    dest = folder / f"{_stamp()}-{reason}{SUFFIX}"
    shutil.copyfile(db_path, dest)
    if os.name != "nt":
        os.chmod(dest, 0o600)
    return dest
