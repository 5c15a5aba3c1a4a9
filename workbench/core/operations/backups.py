"""Backups from the front-ends: list them, back up now, restore one (the GUI's Vault menu and the CLI).

Wraps ``core.vault.backups`` (the encrypted copies themselves) and ``Vault.backup``/``restore``
with what a front-end needs: plain rows to show, and a restore that names what it did. A restore
first checks the chosen backup page by page, then saves the current database as a
``pre-restore`` backup (so a restore can itself be undone), then swaps the backup in; all of it
under the vault's single-program lock (``core.vault.lock``), so no other program (a second app,
``workbench vault restore`` in a terminal) can swap files under the one that has the vault open.

``restore_closed`` is the same for a vault nobody has open (the CLI's restore, where the
database may be too damaged to open at all): it holds the lock for the whole sequence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..vault import backups as vault_backups
from ..vault import lock
from ..vault.store import BACKUPS, DB_NAME, Vault
from .base import ChangeSet

__all__ = ["BackupRow", "Restored", "back_up_now", "list_backups", "restore", "restore_closed"]


@dataclass(frozen=True)
class BackupRow:
    """One backup as a front-end shows it; ``usable`` is False for a raw copy kept because it was damaged."""

    name: str
    created: datetime  # UTC
    reason: str
    size: int
    usable: bool


@dataclass(frozen=True)
class Restored:
    """What a restore did: the backup swapped in, the copy of the database it replaced (``None``
    when there was no database file), and a change-set that tells every view to reload."""

    restored: BackupRow
    saved_as: str | None
    changes: ChangeSet


def _row(info: vault_backups.BackupInfo) -> BackupRow:
    return BackupRow(info.name, info.created, info.reason, info.size, info.reason != vault_backups.DAMAGED)


def list_backups(vault: Vault) -> list[BackupRow]:
    """The vault's backups, newest first."""
    return [_row(b) for b in reversed(vault_backups.list_backups(vault.backup_dir))]


def back_up_now(vault: Vault) -> BackupRow:
    """An encrypted copy of the database now (the oldest beyond the vault's "keep" setting are pruned)."""
    return _row(vault.backup("manual"))


def _everything() -> ChangeSet:
    """Every table changed (a restore can change any row): views reload whatever they show."""
    from ..model import Base

    return ChangeSet(updated=frozenset((table, "*") for table in Base.metadata.tables))


def restore(vault: Vault, name: str | None = None) -> Restored:
    """Swap in the backup called ``name`` (the newest usable one by default) in the open ``vault``."""
    before = {b.name for b in vault_backups.list_backups(vault.backup_dir)}
    chosen = vault.restore(name)
    saved = sorted({b.name for b in vault_backups.list_backups(vault.backup_dir)} - before)
    return Restored(_row(chosen), saved[-1] if saved else None, _everything())


def restore_closed(folder: Path, data_key: bytes, name: str | None = None) -> tuple[BackupRow, str | None]:
    """Restore into a vault no program has open (the database may be too damaged to open).

    Returns the backup restored and the name the replaced database was saved under. Raises
    ``VaultInUse`` before anything is written when another program holds the vault."""
    folder = Path(folder)
    with lock.held(folder):
        chosen = vault_backups.find_backup(folder / BACKUPS, name)
        vault_backups.check_backup(chosen, data_key)
        saved = vault_backups.save_before_restore(folder / DB_NAME, data_key, folder / BACKUPS)
        vault_backups.restore_database(folder / DB_NAME, chosen, data_key)
    return _row(chosen), saved.name if saved is not None else None
