"""Enroll this vault with the organization's hub using the one-time code the organization gave.

After enrolling, the dialog shows the hub key's fingerprint for the attorney to compare with
the one the organization published (a different one means someone is in between: do not sync).
"""

from __future__ import annotations

import socket

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from ..core.i18n import translate
from ..core.operations.sync import Enrolled, check_hub_url, enroll
from .tasks import NetworkOp, TaskManager, error_text
from .widgets import MessageLabel, fit_to_contents, hint


def fingerprint_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("fingerprint")
    label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(translate("EnrollDialog", "Hub key fingerprint {fingerprint}").format(fingerprint=text))
    return label


class EnrollDialog(QDialog):
    enrolled = Signal()

    def __init__(self, tasks: TaskManager, hub_url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.setWindowTitle(translate("EnrollDialog", "Enroll with the organization"))
        self.hub = QLineEdit(hub_url, self)
        self.hub.setPlaceholderText("https://hub.example.org")
        self.hub.setAccessibleName(translate("EnrollDialog", "Hub address"))
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(translate("EnrollDialog", "The one-time code the organization gave you"))
        self.code.setAccessibleName(translate("EnrollDialog", "One-time enrollment code"))
        self.device_name = QLineEdit(socket.gethostname() or "laptop", self)
        self.device_name.setAccessibleName(translate("EnrollDialog", "Name of this computer, as the organization "
                                                                     "will see it"))
        self.message = MessageLabel(self)
        self.result = QWidget(self)
        self.result_text = QLabel(self.result)
        self.result_text.setWordWrap(True)
        self.fingerprint = fingerprint_label("", self.result)
        box = QVBoxLayout(self.result)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.result_text)
        box.addWidget(self.fingerprint)
        box.addWidget(hint(translate("EnrollDialog", "Compare it with the fingerprint the organization published. If "
                                                     "they differ, do not sync: call the organization."), self.result))
        self.result.hide()
        form = QFormLayout()
        form.addRow(translate("EnrollDialog", "&Hub address:"), self.hub)
        form.addRow(translate("EnrollDialog", "One-time &code:"), self.code)
        form.addRow(translate("EnrollDialog", "This &computer:"), self.device_name)
        for row, widget in enumerate((self.hub, self.code, self.device_name)):
            form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setBuddy(widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.enroll_button = QPushButton(translate("EnrollDialog", "&Enroll"), self)
        self.enroll_button.setDefault(True)
        self.buttons.addButton(self.enroll_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(translate("EnrollDialog", "The organization gives each attorney a one-time code. "
                                                        "Enrolling gives this vault its own keys; nothing from your "
                                                        "matters is sent yet."), self))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        fit_to_contents(self)

    def start(self) -> None:
        try:
            url = check_hub_url(self.hub.text())
        except Exception as exc:
            self.message.show_message(error_text(exc))
            self.hub.setFocus()
            return
        code, name = self.code.text().strip(), self.device_name.text().strip() or "laptop"
        if not code:
            self.message.show_message(translate("EnrollDialog", "Type the one-time code the organization gave you."))
            self.code.setFocus()
            return
        self.message.clear_message()
        self.enroll_button.setEnabled(False)
        NetworkOp(self._tasks, self, lambda db: enroll(db, url, code, name)).success(self._enrolled) \
            .failure(self._failed).run_in_background()

    def _failed(self, exc: Exception) -> None:
        self.enroll_button.setEnabled(True)
        self.message.show_message(error_text(exc))

    def _enrolled(self, info: Enrolled) -> None:
        self.result_text.setText(translate("EnrollDialog", "Enrolled with {organization} as {email}. The hub's key "
                                                           "fingerprint is:").format(
            organization=info.organization_name, email=info.attorney_email))
        self.fingerprint.setText(info.fingerprint)
        self.result.show()
        for w in (self.hub, self.code, self.device_name):
            w.setEnabled(False)
        self.enroll_button.hide()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.enrolled.emit()
