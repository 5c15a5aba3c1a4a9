"""Settings kept in the vault (encrypted, so they follow it): reminders N days before, desktop
notifications on or off, minutes of inactivity before the vault locks itself, and sync with the
organization's hub (``sync_settings``). The interface language and which vault folder to open are
device preferences instead
(``i18n.set_chosen_language``: the unlock screen needs it before any vault is open); it applies
the next time the app starts."""

from __future__ import annotations

from PySide6.QtCore import Signal
from pathlib import Path

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from ..core.i18n import translate
from ..core.operations import Settings, save_settings
from ..core.operations.vaults import KEY_NAME, remember_vault_path
from ..core.operations.sync import set_sync_options
from . import i18n
from .sync_settings import SyncSettingsBox
from .tasks import QueryOp, TaskManager, VaultOp, error_text
from .widgets import MessageLabel, fit_to_contents, hint, path_label, set_path_label, stacked


class SettingsDialog(QDialog):
    saved = Signal(object)  # Settings
    sync_changed = Signal()  # enrolled, or the hub address or bundle-only changed

    def __init__(self, tasks: TaskManager, current: Settings, tray_available: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.reminder_days = QSpinBox(self)
        self.reminder_days.setRange(0, 90)
        self.reminder_days.setSuffix(" " + translate("SettingsDialog", "days before"))
        self.reminder_days.setValue(current.reminder_days)
        self.reminder_days.setAccessibleName(translate("SettingsDialog", "Remind me this many days before a "
                                                                         "deadline or hearing"))
        self.notifications = QCheckBox(translate("SettingsDialog", "Show a desktop notification"), self)
        self.notifications.setChecked(current.notifications and tray_available)
        self.notifications.setEnabled(tray_available)
        self.auto_lock = QSpinBox(self)
        self.auto_lock.setRange(1, 240)
        self.auto_lock.setSuffix(" " + translate("SettingsDialog", "minutes"))
        self.auto_lock.setValue(current.auto_lock_minutes)
        self.auto_lock.setAccessibleName(translate("SettingsDialog", "Lock after this many minutes without activity"))
        self.language = QComboBox(self)
        self.language.addItem(translate("SettingsDialog", "Follow the system"), "")
        for code, name in i18n.LANGUAGES.items():  # each language in its own name
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.chosen_language())))
        self.language.setAccessibleName(translate("SettingsDialog", "Interface language"))
        self.message = MessageLabel(self)
        self.sync = SyncSettingsBox(tasks, self)
        self.sync.enrolled.connect(self.sync_changed)
        form = QFormLayout()
        form.addRow(translate("SettingsDialog", "&Reminders:"), self.reminder_days)
        form.addRow("", self.notifications)
        form.addRow(translate("SettingsDialog", "&Lock after:"), self.auto_lock)
        form.addRow(translate("SettingsDialog", "Lan&guage:"), self.language)
        self.language_hint = hint(translate("SettingsDialog", "The language changes the next time Pro Bono "
                                                              "Workbench starts."), self)
        form.addRow("", self.language_hint)
        self.vault_folder = path_label("{path}", "…", self)
        self.other_vault = QPushButton(translate("SettingsDialog", "Open &another vault next time…"), self)
        self.other_vault.clicked.connect(self._browse_vault)
        self.vault_message = MessageLabel(self)
        form.addRow(translate("SettingsDialog", "Vault folder:"),
                    stacked(self, self.vault_folder, self.other_vault, self.vault_message))
        QueryOp(tasks, self, lambda v: v.folder).success(
            lambda folder: set_path_label(self.vault_folder, "{path}", folder)).run_in_background()
        for row, widget in ((0, self.reminder_days), (2, self.auto_lock), (3, self.language)):
            form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setBuddy(widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if tray_available:
            note = translate("SettingsDialog", "Notifications say how many deadlines and hearings are coming up, "
                                               "never whose; nothing is sent anywhere.")
        else:
            note = translate("SettingsDialog", "This desktop has no notification area: the dashboard shows the "
                                               "reminders.")
        layout.addWidget(hint(note, self))
        layout.addWidget(self.sync)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_to_contents(self)

    def _browse_vault(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, translate("SettingsDialog", "Vault folder to open"))
        if chosen:
            self.use_vault_next_time(Path(chosen))

    def use_vault_next_time(self, folder: Path) -> bool:
        """Remember ``folder`` (which must hold a vault) as the one the app (and the CLI) opens from
        the next start: a second vault, or this one after moving its folder with the app closed."""
        if not (folder / KEY_NAME).exists():
            self.vault_message.show_message(translate("SettingsDialog", "That folder holds no vault (no {name} "
                                                                        "file).").format(name=KEY_NAME))
            return False
        remember_vault_path(folder)
        self.vault_message.show_message(translate("SettingsDialog", "Pro Bono Workbench opens that vault the next "
                                                                    "time it starts."), "info")
        return True

    def settings(self) -> Settings:
        return Settings(self.reminder_days.value(), self.auto_lock.value(), self.notifications.isChecked())

    def chosen_language(self) -> str:
        """The language picked ("" follows the system)."""
        return self.language.currentData() or ""

    def _save(self) -> None:
        chosen, sync, language = self.settings(), self.sync.options(), self.chosen_language()
        if sync is None:
            return

        def save(vault):
            set_sync_options(vault, *sync)
            return save_settings(vault, chosen)

        def done(_changes) -> None:
            i18n.set_chosen_language(language)  # a device preference, applied at the next start
            self.saved.emit(chosen)
            self.sync_changed.emit()
            self.accept()
        VaultOp(self._tasks, self, save).success(done) \
            .failure(lambda exc: self.message.show_message(error_text(exc))).run_in_background()
