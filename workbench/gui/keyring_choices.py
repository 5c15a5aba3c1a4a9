"""The choices offered when the OS keyring fails (``core.vault.device_secret.KeyringProblem``).

The dialog shows the problem's sentence in its message line; this row of buttons under it is
what the user can do about it, and only what fits what they were doing:

* unlocking: **Try again** (after unlocking the keyring or allowing access; the passphrase
  typed is kept for it) or **Use the recovery key** (which does not need the keyring);
* creating: **Try again** or **Continue with the passphrase only** (the vault is then not tied
  to this computer's keyring; the dialog says what that means).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ..core.i18n import translate
from ..core.operations.vaults import CREATING, KeyringProblem


class KeyringChoices(QWidget):
    """Hidden until ``offer(problem)``; each button hides the row again and emits its signal."""

    retry = Signal()
    use_recovery = Signal()
    passphrase_only = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyringChoices")
        self.retry_button = QPushButton(translate("KeyringChoices", "&Try again"), self)
        self.recovery_button = QPushButton(translate("KeyringChoices", "Use the recovery &key"), self)
        self.passphrase_only_button = QPushButton(translate("KeyringChoices", "Continue with the passphrase &only"),
                                                  self)
        self.passphrase_only_button.setToolTip(translate(
            "KeyringChoices", "The vault will not be tied to this computer's keyring: the passphrase alone protects "
            "it, including any copy of its folder."))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button, signal in ((self.retry_button, self.retry), (self.recovery_button, self.use_recovery),
                               (self.passphrase_only_button, self.passphrase_only)):
            button.clicked.connect(self.hide)
            button.clicked.connect(signal.emit)
            row.addWidget(button)
        row.addStretch(1)
        self.hide()

    def offer(self, problem: KeyringProblem) -> None:
        creating = problem.during == CREATING
        self.recovery_button.setVisible(not creating)
        self.passphrase_only_button.setVisible(creating)
        self.show()
        self.retry_button.setFocus()
