"""Settings kept in the vault (encrypted, so they follow it): reminders N days before, desktop
notifications on or off, minutes of inactivity before the vault locks itself, and sync with the
organization's hub (``sync_settings``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QVBoxLayout, QWidget)

from ..core.operations import Settings, save_settings
from ..core.sync.view import set_sync_options
from .sync_settings import SyncSettingsBox
from .tasks import TaskManager, VaultOp, error_text
from .widgets import MessageLabel, fit_to_contents, hint


class SettingsDialog(QDialog):
    saved = Signal(object)  # Settings
    sync_changed = Signal()  # enrolled, or the hub address or bundle-only changed

    def __init__(self, tasks: TaskManager, current: Settings, tray_available: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.setWindowTitle("Settings")
        self.reminder_days = QSpinBox(self)
        self.reminder_days.setRange(0, 90)
        self.reminder_days.setSuffix(" days before")
        self.reminder_days.setValue(current.reminder_days)
        self.reminder_days.setAccessibleName("Remind me this many days before a deadline or hearing")
        self.notifications = QCheckBox("Show a desktop notification", self)
        self.notifications.setChecked(current.notifications and tray_available)
        self.notifications.setEnabled(tray_available)
        self.auto_lock = QSpinBox(self)
        self.auto_lock.setRange(1, 240)
        self.auto_lock.setSuffix(" minutes")
        self.auto_lock.setValue(current.auto_lock_minutes)
        self.auto_lock.setAccessibleName("Lock after this many minutes without activity")
        self.message = MessageLabel(self)
        self.sync = SyncSettingsBox(tasks, self)
        self.sync.enrolled.connect(self.sync_changed)
        form = QFormLayout()
        form.addRow("&Reminders:", self.reminder_days)
        form.addRow("", self.notifications)
        form.addRow("&Lock after:", self.auto_lock)
        for row, widget in ((0, self.reminder_days), (2, self.auto_lock)):
            form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setBuddy(widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        note = ("Notifications say how many deadlines and hearings are coming up, never whose; nothing is sent "
                "anywhere." if tray_available else "This desktop has no notification area: the dashboard shows "
                "the reminders.")
        layout.addWidget(hint(note, self))
        layout.addWidget(self.sync)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_to_contents(self)

    def settings(self) -> Settings:
        return Settings(self.reminder_days.value(), self.auto_lock.value(), self.notifications.isChecked())

    def _save(self) -> None:
        chosen, sync = self.settings(), self.sync.options()
        if sync is None:
            return

        def save(vault):
            set_sync_options(vault, *sync)
            return save_settings(vault, chosen)

        def done(_changes) -> None:
            self.saved.emit(chosen)
            self.sync_changed.emit()
            self.accept()
        VaultOp(self._tasks, self, save).success(done) \
            .failure(lambda exc: self.message.show_message(error_text(exc))).run_in_background()
