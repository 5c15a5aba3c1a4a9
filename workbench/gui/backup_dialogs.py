"""Vault › Back up now and Vault › Restore from a backup: the encrypted backups, from the GUI.

On Windows the app has no console, so before this the only way to restore was a command the
user could not run. Both run ``core.operations.backups`` on the database worker:

* **Back up now** writes an encrypted copy of the database into the vault's ``backups`` folder and
  says so in the status bar (the app also makes one a day by itself).
* **Restore from a backup** lists the backups, newest first, with when and why each was made. The
  chosen one is checked page by page before anything is written; the current state is then saved
  as a "before a restore" backup, so a restore can be undone by restoring that one. A raw copy
  kept because it was damaged is listed but cannot be chosen. While another program has the vault
  open the restore is refused, naming it (``core.vault.lock``); nothing changes then.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout,
                               QWidget)

from ..core.i18n import translate
from ..core.operations import backups as backup_ops
from . import i18n
from .tasks import QueryOp, TaskManager, VaultOp, error_text
from .widgets import MessageLabel, fit_to_contents, heading, hint


def when(row: backup_ops.BackupRow) -> str:
    """``Mar 4, 2026 14:05`` in local time, the month in the interface language."""
    local = row.created.astimezone()
    return f"{i18n.display_date(local.date())} {local:%H:%M}"


def why(row: backup_ops.BackupRow) -> str:
    """Why the backup was made, in the user's words."""
    reasons = {"manual": translate("BackupDialogs", "made by you"),
               "auto": translate("BackupDialogs", "daily, automatic"),
               "pre-restore": translate("BackupDialogs", "before a restore"),
               "damaged": translate("BackupDialogs", "damaged copy, kept as it was (cannot be restored)")}
    if row.reason.startswith("pre-migration"):
        return translate("BackupDialogs", "before an update of the app")
    return reasons.get(row.reason, row.reason)


def describe(row: backup_ops.BackupRow) -> str:
    size = i18n.number(max(1, round(row.size / 1024)))
    return translate("BackupDialogs", "{when} — {why} ({size} KB)").format(when=when(row), why=why(row), size=size)


def back_up_now(tasks: TaskManager, parent: QWidget, report: Callable[[str], None]) -> None:
    """Vault › Back up now: ``report`` receives the sentence for the status bar."""
    def done(row: backup_ops.BackupRow) -> None:
        report(translate("BackupDialogs", "Backup made ({when}), encrypted, in the vault's backups folder.")
               .format(when=when(row)))
    VaultOp(tasks, parent, backup_ops.back_up_now).success(done).run_in_background()


class RestoreDialog(QDialog):
    """Pick a backup and restore it; ``restored`` rows reach ``on_restored`` (the window reloads)."""

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None,
                 on_restored: Callable[[backup_ops.Restored], None] | None = None) -> None:
        super().__init__(parent)
        self._tasks, self._on_restored = tasks, on_restored
        self._busy = False
        self.setObjectName("RestoreDialog")
        self.setWindowTitle(translate("BackupDialogs", "Restore from a backup"))
        self.backups = QListWidget(self)
        self.backups.setAccessibleName(translate("BackupDialogs", "Backups, newest first"))
        self.backups.itemSelectionChanged.connect(self._update)
        self.message = MessageLabel(self)
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(translate("BackupDialogs", "&Restore this backup"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("BackupDialogs", "Restore from a backup"), self))
        layout.addWidget(hint(translate(
            "BackupDialogs", "The vault goes back to the state of the backup you choose. What you have now is saved "
            "first as a backup “before a restore”, so you can come back to it the same way."), self))
        label = QLabel(translate("BackupDialogs", "&Backups:"), self)
        label.setBuddy(self.backups)
        layout.addWidget(label)
        layout.addWidget(self.backups, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_to_contents(self)
        self._update()
        self.load()

    def load(self) -> None:
        QueryOp(self._tasks, self, backup_ops.list_backups).success(self._show) \
            .failure(lambda exc: self.message.show_message(error_text(exc))).run_in_background()

    def _show(self, rows: list[backup_ops.BackupRow]) -> None:
        self.backups.clear()
        for row in rows:
            item = QListWidgetItem(describe(row), self.backups)
            item.setData(Qt.ItemDataRole.UserRole, row.name)
            if not row.usable:
                item.setFlags(item.flags() & ~(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled))
        if not rows:
            self.message.show_message(translate("BackupDialogs", "There are no backups yet: Vault › Back up now "
                                                                 "makes one."), "info")
        self._update()

    def selected_name(self) -> str | None:
        chosen = self.backups.selectedItems()
        return chosen[0].data(Qt.ItemDataRole.UserRole) if chosen else None

    def _update(self) -> None:
        self.restore_button.setEnabled(self.selected_name() is not None and not self._busy)

    def restore_selected(self) -> None:
        name = self.selected_name()
        if name is None or self._busy:
            return
        self._busy = True
        self._update()
        self.message.show_message(translate("BackupDialogs", "Checking the backup and restoring it…"), "info")
        VaultOp(self._tasks, self, lambda vault: backup_ops.restore(vault, name)) \
            .success(self._restored).failure(self._failed).run_in_background()

    def _restored(self, result: backup_ops.Restored) -> None:
        self._busy = False
        if self._on_restored is not None:
            self._on_restored(result)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.message.show_message(error_text(exc))
        self._update()

    def reject(self) -> None:
        if not self._busy:  # the restore finishes (or fails) first: closing would hide its outcome
            super().reject()


def restored_text(result: backup_ops.Restored) -> str:
    """The status-bar sentence after a restore."""
    text = translate("BackupDialogs", "Restored the backup of {when}.").format(when=when(result.restored))
    if result.saved_as:
        text += " " + translate("BackupDialogs", "What you had before was saved as a backup “before a restore”.")
    return text
