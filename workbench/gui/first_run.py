"""The guided first run, after the vault exists: how this vault talks to the organization, then the
attorney's own profile. The steps before (where the vault lives, the passphrase, the recovery key)
are ``CreateVaultDialog`` and ``RecoveryKeyDialog``; ``AppController`` runs them in order::

    1 vault location + passphrase  ->  2 recovery key  ->  3 organization  ->  4 attorney profile

Step 3 offers the three ways a volunteer works with the organization: enroll with its hub (the
address and one-time code the organization gave, then compare the hub key's fingerprint with the
one it published), bundle-only (never connect; exchange encrypted files), or decide later. Every
choice can be changed later in Settings; the attorney profile later from Vault > Attorney profile.
Nothing here is required to start working: an attorney at a detention center with no network can
skip straight to the matters.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QPushButton, QRadioButton,
                               QVBoxLayout, QWidget)

from ..core.i18n import translate
from .tasks import TaskManager, VaultOp, error_text
from .widgets import MessageLabel, fit_to_contents, heading, hint

if TYPE_CHECKING:
    from .enroll_dialog import EnrollDialog

STEPS = 4  # step_title is all the first dialog needs of this module: the steps' own imports wait for them


def step_title(number: int, title: str) -> str:
    """``Step 3 of 4: Your organization`` in the interface language."""
    return translate("FirstRun", "Step {number} of {total}: {title}").format(number=number, total=STEPS, title=title)


class OrganizationStep(QDialog):
    """Step 3: hub, bundle-only, or later. ``done_step`` is emitted once the choice is saved."""

    done_step = Signal()
    HUB, BUNDLE_ONLY, LATER = range(3)

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        from .enroll_dialog import fingerprint_label

        super().__init__(parent)
        self._tasks = tasks
        self.enrolled_fingerprint: str | None = None
        title = translate("FirstRun", "Your organization")
        self.setWindowTitle(step_title(3, title))
        self.hub = QRadioButton(translate("FirstRun", "&Connect to the organization's hub"), self)
        self.bundle_only = QRadioButton(translate("FirstRun", "&Bundle-only: never connect; exchange encrypted "
                                                              "files with the organization"), self)
        self.later = QRadioButton(translate("FirstRun", "&Decide later (in Settings)"), self)
        self.choice = QButtonGroup(self)
        for value, button in ((self.HUB, self.hub), (self.BUNDLE_ONLY, self.bundle_only), (self.LATER, self.later)):
            self.choice.addButton(button, value)
        self.later.setChecked(True)
        self.enroll_button = QPushButton(translate("FirstRun", "&Enroll with the hub address and one-time code…"), self)
        self.enroll_button.clicked.connect(self.open_enroll)
        self.enrolled_text = hint("", self)
        self.fingerprint = fingerprint_label("", self)
        self.matches = QCheckBox(translate("FirstRun", "The &fingerprint matches the one the organization published"),
                                 self)
        for w in (self.enrolled_text, self.fingerprint, self.matches):
            w.hide()
        self.message = MessageLabel(self)
        buttons = QDialogButtonBox(self)
        self.next_button = buttons.addButton(translate("FirstRun", "&Next"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.next_button.setDefault(True)
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(step_title(3, title), self))
        layout.addWidget(heading(title, self))
        layout.addWidget(hint(translate(
            "FirstRun", "The organization that assigned your matters keeps a copy in sync with you. Choose how this "
            "computer reaches it. You can change this at any time in Settings."), self))
        layout.addWidget(self.hub)
        indent = QVBoxLayout()
        indent.setContentsMargins(24, 0, 0, 0)
        for w in (self.enroll_button, self.enrolled_text, self.fingerprint, self.matches):
            indent.addWidget(w)
        layout.addLayout(indent)
        layout.addWidget(self.bundle_only)
        bundle_hint = QVBoxLayout()
        bundle_hint.setContentsMargins(24, 0, 0, 0)
        bundle_hint.addWidget(hint(translate(
            "FirstRun", "For networks that block the hub: Sync › Export for the organization writes an encrypted "
            "file you hand over; import the organization's answer with Sync › Import."), self))
        layout.addLayout(bundle_hint)
        layout.addWidget(self.later)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.choice.idToggled.connect(lambda *_: self._update())
        self.matches.toggled.connect(lambda *_: self._update())
        self._update()
        fit_to_contents(self)

    def _update(self) -> None:
        hub = self.choice.checkedId() == self.HUB
        self.enroll_button.setEnabled(hub)
        self.next_button.setEnabled(not hub or (self.enrolled_fingerprint is not None and self.matches.isChecked()))

    def open_enroll(self) -> EnrollDialog:
        from .enroll_dialog import EnrollDialog

        dialog = EnrollDialog(self._tasks, "", self)
        dialog.enrolled.connect(lambda: self._enrolled(dialog))
        dialog.open()
        return dialog

    def _enrolled(self, dialog: EnrollDialog) -> None:
        self.enrolled_fingerprint = dialog.fingerprint.text()
        self.enrolled_text.setText(dialog.result_text.text())
        self.fingerprint.setText(self.enrolled_fingerprint)
        for w in (self.enrolled_text, self.fingerprint, self.matches):
            w.show()
        self.enroll_button.setText(translate("FirstRun", "&Enroll again…"))
        self.matches.setFocus()
        self._update()

    def save(self) -> None:
        """Bundle-only is stored in the vault; "hub" was stored by enrolling; "later" stores nothing."""
        choice = self.choice.checkedId()
        if choice == self.HUB and not (self.enrolled_fingerprint and self.matches.isChecked()):
            return
        if choice == self.LATER:
            self._finish()
            return
        from ..core.operations.sync import set_sync_options

        bundle_only = choice == self.BUNDLE_ONLY
        VaultOp(self._tasks, self, lambda v: set_sync_options(v, None, bundle_only)) \
            .success(lambda _: self._finish()) \
            .failure(lambda exc: self.message.show_message(error_text(exc))).run_in_background()

    def _finish(self) -> None:
        self.done_step.emit()
        self.accept()
