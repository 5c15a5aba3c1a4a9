"""The "Sync with the organization" part of Settings: hub address, enrollment, the hub key
fingerprint to compare, and bundle-only mode (never connect; exchange files instead)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ..core.i18n import translate
from ..core.operations.sync import SyncStatus, check_hub_url, sync_status
from .enroll_dialog import EnrollDialog, fingerprint_label
from .tasks import QueryOp, TaskManager, error_text
from .widgets import MessageLabel, hint, stacked


class SyncSettingsBox(QGroupBox):
    enrolled = Signal()

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(translate("SyncSettingsBox", "Sync with the organization"), parent)
        self._tasks = tasks
        self.status = SyncStatus()
        self.loaded = False
        self.state = QLabel("…", self)
        self.state.setWordWrap(True)
        self.hub = QLineEdit(self)
        self.hub.setPlaceholderText("https://hub.example.org")
        self.hub.setAccessibleName(translate("SyncSettingsBox", "Hub address"))
        self.hub_message = MessageLabel(self, for_widget=self.hub)
        self.fingerprint = fingerprint_label("", self)
        self.fingerprint.setToolTip(translate("SyncSettingsBox", "Compare with the fingerprint the organization "
                                                                 "published"))
        self.enroll_button = QPushButton(translate("SyncSettingsBox", "&Enroll with a one-time code…"), self)
        self.enroll_button.clicked.connect(self.open_enroll)
        self.bundle_only = QCheckBox(translate("SyncSettingsBox", "Bundle-only: never connect; exchange files with "
                                                                  "the organization"), self)
        form = QFormLayout(self)
        form.addRow(translate("SyncSettingsBox", "Status:"), self.state)
        form.addRow(translate("SyncSettingsBox", "&Hub address:"), stacked(self, self.hub, self.hub_message))
        form.itemAt(1, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.hub)
        self.compare = hint(translate("SyncSettingsBox", "Compare it with the fingerprint the organization "
                                                         "published; if they differ, do not sync."), self)
        form.addRow(translate("SyncSettingsBox", "Hub key:"), stacked(self, self.fingerprint, self.compare))
        row = QHBoxLayout()
        row.addWidget(self.enroll_button)
        row.addStretch(1)
        form.addRow("", row)
        form.addRow("", stacked(self, self.bundle_only, hint(translate(
            "SyncSettingsBox", "For networks that block the hub: Sync › Export for the organization writes an "
            "encrypted file; import the organization's answer with Sync › Import."), self)))
        self.load()

    def load(self) -> None:
        QueryOp(self._tasks, self, sync_status).success(self._show).run_in_background()

    def _show(self, status: SyncStatus) -> None:
        self.status, self.loaded = status, True
        self.state.setText(translate("SyncSettingsBox", "Enrolled with {organization} as {email}").format(
            organization=status.organization, email=status.attorney_email) if status.enrolled
            else translate("SyncSettingsBox", "Not enrolled: sync needs a one-time code from the organization."))
        self.hub.setText(status.hub_url)
        self.hub.setEnabled(status.enrolled)
        self.fingerprint.setText(status.fingerprint or "—")
        self.compare.setVisible(status.enrolled)
        self.enroll_button.setText(translate("SyncSettingsBox", "&Enroll again…") if status.enrolled
                                   else translate("SyncSettingsBox", "&Enroll with a one-time code…"))
        self.bundle_only.setChecked(status.bundle_only)

    def open_enroll(self) -> EnrollDialog:
        dialog = EnrollDialog(self._tasks, self.hub.text(), self)
        dialog.enrolled.connect(self.load)
        dialog.enrolled.connect(self.enrolled)
        dialog.open()
        return dialog

    def options(self) -> tuple[str | None, bool | None] | None:
        """(hub address, bundle-only), None for what is unknown or unchanged; or None after showing
        why the address is wrong."""
        if not self.loaded:
            return None, None
        if not self.status.enrolled:
            return None, self.bundle_only.isChecked()
        try:
            url = check_hub_url(self.hub.text())
        except Exception as exc:
            self.hub_message.show_message(error_text(exc))
            self.hub.setFocus()
            return None
        self.hub_message.clear_message()
        return url, self.bundle_only.isChecked()
