"""First run: choose a passphrase, create the vault, and show the recovery key exactly once.

The passphrase is typed twice (a typo here would lock the user out of everything) with a
strength hint that favours length over symbols, because a few random words are both stronger
and easier to remember. The hint is advice, not a gate: the core only requires 8 characters.
Where no OS keyring exists the passphrase alone protects a copied vault folder, and the dialog
says so.

The recovery key is the only way back in when the passphrase is forgotten or the keyring is
lost, so ``RecoveryKeyDialog`` cannot be dismissed until the user confirms they wrote it down.
It is not selectable or copyable: clipboard managers keep history on disk.

When the keyring fails while the vault is created (locked, access denied, gone), nothing is
created; ``KeyringChoices`` offers "Try again" and "Continue with the passphrase only".
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QFrame, QHBoxLayout,
                               QLabel, QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget)

from ..core.i18n import translate
from ..core.operations.vaults import DB_NAME, KEY_NAME, KeyringProblem

if TYPE_CHECKING:
    from ..core.operations.vaults import Vault
from .first_run import step_title
from .keyring_choices import KeyringChoices
from .resources import app_icon
from .tasks import OpenVaultOp, TaskManager, error_text
from .widgets import MessageLabel, fit_to_contents, heading, hint, path_label, set_path_label, stacked

MIN_LENGTH = 8
_COMMON = ("password", "passphrase", "123456", "qwerty", "letmein", "iloveyou", "welcome", "admin",
           "abc123", "111111", "asylum", "immigration", "probono")


def passphrase_strength(text: str) -> tuple[int, str]:
    """A rough score 0-4 and a hint: 0 is refused (shorter than 8), 1 weak ... 4 strong.

    An estimate, not a guarantee: character-pool entropy, cut down for repeats and common words,
    with credit for several words, which is what we recommend.
    """
    n = len(text)
    if n < MIN_LENGTH:
        return 0, translate("CreateVaultDialog", "Use at least {minimum} characters ({count} so far). A few "
                                                 "unrelated words work best.").format(minimum=MIN_LENGTH, count=n)
    pool = sum(size for test, size in ((str.islower, 26), (str.isupper, 26), (str.isdigit, 10))
               if any(test(c) for c in text))
    pool += 33 if any(not c.isalnum() for c in text) else 0
    bits = n * math.log2(max(pool, 2))
    if len(set(text)) <= n / 3:
        bits /= 2
    if n < 12:  # short passwords are what cracking rules are built for, symbols or not
        bits = min(bits, 55.0)
    lowered = text.lower()
    if any(word in lowered for word in _COMMON):
        bits = min(bits, 30.0)
    words = [w for w in text.replace("-", " ").split() if len(w) >= 3]
    if len(words) >= 4 and n >= 20 and not any(word in lowered for word in _COMMON):
        bits = max(bits, 70.0)
    score = 1 if bits < 45 else 2 if bits < 60 else 3 if bits < 80 else 4
    hints = {1: translate("CreateVaultDialog", "Weak: easy to guess. Add a few more unrelated words."),
             2: translate("CreateVaultDialog", "Fair: add another word or two."),
             3: translate("CreateVaultDialog", "Good: hard to guess."),
             4: translate("CreateVaultDialog", "Strong.")}
    return score, hints[score]


class CreateVaultDialog(QDialog):
    """Emits ``created(recovery_key)`` once the worker holds the new, open vault."""

    created = Signal(str)
    demo_requested = Signal()  # "Explore the demo vault first": fictional clients, no passphrase to choose

    def __init__(self, tasks: TaskManager, folder: Path,
                 creator: Callable[[str, Path, bool], Callable[[], tuple[Vault, str]]],
                 parent: QWidget | None = None) -> None:
        """``creator(passphrase, folder, use_keyring)`` returns the function the worker calls to create
        the vault in ``folder`` (the default location unless the user chose another with "Change…");
        ``use_keyring`` is False once the user chose "Continue with the passphrase only"."""
        super().__init__(parent)
        self._tasks, self._creator = tasks, creator
        self.folder = Path(folder)
        self._busy = False
        self.use_keyring = True
        self.setWindowTitle(translate("CreateVaultDialog", "Create your vault — Pro Bono Workbench"))
        self.setWindowIcon(app_icon())
        self.setObjectName("CreateVaultDialog")

        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(translate("CreateVaultDialog", "New passphrase"))
        self.passphrase.setMinimumWidth(340)
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(translate("CreateVaultDialog", "Repeat the passphrase"))
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName(translate("CreateVaultDialog", "Passphrase strength"))
        self.strength = QLabel(self)
        self.strength.setWordWrap(True)
        self.strength.setProperty("role", "hint")
        self.match = MessageLabel(self, for_widget=self.confirm)
        self.message = MessageLabel(self)
        self.keyring_note = hint("", self)
        self.keyring_note.hide()
        self.keyring_choices = KeyringChoices(self)
        self.keyring_choices.retry.connect(self._create)
        self.keyring_choices.passphrase_only.connect(self._passphrase_only)
        for field in (self.passphrase, self.confirm):
            field.textChanged.connect(self._validate)

        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(translate("CreateVaultDialog", "&Create vault"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(translate("CreateVaultDialog", "&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.demo_button = self.buttons.addButton(translate("CreateVaultDialog", "Explore the &demo first"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.demo_button.setToolTip(translate("CreateVaultDialog", "Open a separate vault of fictional clients to "
                                                                   "look around; your own vault is created when "
                                                                   "you come back here."))
        self.demo_button.clicked.connect(self._demo)
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)

        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(48, 48))
        title = QVBoxLayout()
        title.addWidget(heading(translate("CreateVaultDialog", "Create your vault"), self))
        title.addWidget(hint(translate("CreateVaultDialog", "Everything you keep in Pro Bono Workbench is encrypted "
                                                            "with a passphrase that only you know. Nobody, including "
                                                            "your organization, can open the vault without it or the "
                                                            "recovery key you will see next."), self))
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(title, 1)
        form = QFormLayout()
        first = QLabel(translate("CreateVaultDialog", "&Passphrase:"), self)
        first.setBuddy(self.passphrase)
        again = QLabel(translate("CreateVaultDialog", "&Repeat it:"), self)
        again.setBuddy(self.confirm)
        form.addRow(first, stacked(self, self.passphrase, self.meter, self.strength))
        form.addRow(again, stacked(self, self.confirm, self.match))
        self.location = path_label(translate("CreateVaultDialog", "Location: {path}"), folder, self)
        self.change_location = QPushButton(translate("CreateVaultDialog", "C&hange…"), self)
        self.change_location.setToolTip(translate("CreateVaultDialog", "Keep the vault in another folder, for "
                                                                       "example on an encrypted drive"))
        self.change_location.clicked.connect(self._browse)
        self.location_message = MessageLabel(self)
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(self.change_location)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(step_title(1, translate("CreateVaultDialog", "Where the vault lives, and its "
                                                                           "passphrase")), self))
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.message)
        layout.addWidget(self.keyring_choices)
        layout.addLayout(where)
        layout.addWidget(self.location_message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        fit_to_contents(self)
        self._validate()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, translate("CreateVaultDialog", "Folder for the vault"),
                                                  str(self.folder.parent))
        if chosen:
            self.choose_location(Path(chosen))

    def choose_location(self, chosen: Path) -> bool:
        """Use ``chosen`` if it is empty, else a new ``Pro Bono Workbench vault`` folder inside it.
        A folder that already holds a vault is refused: creating would not replace it, and the
        user most likely meant to open it (start the app with ``--vault`` that folder)."""
        chosen = Path(chosen)
        target = chosen if chosen.is_dir() and not any(chosen.iterdir()) else chosen / "Pro Bono Workbench vault"
        if any((folder / name).exists() for folder in (chosen, target) for name in (KEY_NAME, DB_NAME)):
            self.location_message.show_message(translate(
                "CreateVaultDialog", "That folder already holds a vault. To open it, start the app with "
                "--vault and that folder; to create a new one, choose another folder."))
            return False
        self.location_message.clear_message()
        self.folder = target
        set_path_label(self.location, translate("CreateVaultDialog", "Location: {path}"), target)
        return True

    def set_keyring_available(self, available: bool) -> None:
        """Said plainly, because it changes how long the passphrase must be."""
        if available:
            self.keyring_note.setText(translate("CreateVaultDialog", "The vault is also tied to this computer's "
                                                                     "keyring: a copy of the vault folder alone "
                                                                     "cannot be opened elsewhere."))
        else:
            self.keyring_note.setText(translate("CreateVaultDialog", "This computer has no keyring, so your "
                                                                     "passphrase alone protects the vault, including "
                                                                     "any copy of its folder. Choose a long one."))
        self.keyring_note.show()

    def _validate(self) -> bool:
        score, text = passphrase_strength(self.passphrase.text())
        self.meter.setValue(score)
        self.meter.setProperty("strength", score)
        self.meter.style().unpolish(self.meter)
        self.meter.style().polish(self.meter)
        self.strength.setText(text)
        self.meter.setAccessibleDescription(text)
        same = self.passphrase.text() == self.confirm.text()
        if self.confirm.text() and not same:
            self.match.show_message(translate("CreateVaultDialog", "The two passphrases are different."))
        else:
            self.match.clear_message()
        ok = score > 0 and same and not self._busy
        self.create_button.setEnabled(ok)
        return ok

    def _create(self) -> None:
        if not self._validate():
            return
        self._busy = True
        for w in (self.passphrase, self.confirm):
            w.setEnabled(False)
        self.message.show_message(translate("CreateVaultDialog", "Creating the vault…"), "info")
        self._validate()
        for w in (self.change_location, self.demo_button):
            w.setEnabled(False)
        self.keyring_choices.hide()
        OpenVaultOp(self._tasks, self, self._creator(self.passphrase.text(), self.folder, self.use_keyring)) \
            .success(self._on_created).failure(self._on_failed).run_in_background()

    def _on_created(self, recovery_key: str) -> None:
        self._busy = False
        self.passphrase.clear()
        self.confirm.clear()
        self.created.emit(recovery_key)
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self._busy = False
        for w in (self.passphrase, self.confirm, self.change_location, self.demo_button):
            w.setEnabled(True)
        self.message.show_message(error_text(exc))
        if isinstance(exc, KeyringProblem):
            self.keyring_choices.offer(exc)
        self._validate()

    def _passphrase_only(self) -> None:
        """Create without the keyring (the note says what protects the vault then)."""
        self.use_keyring = False
        self.set_keyring_available(False)
        self._create()

    def _demo(self) -> None:
        if self._busy:
            return
        self.passphrase.clear()
        self.confirm.clear()
        self.demo_requested.emit()

    def reject(self) -> None:
        if not self._busy:
            super().reject()


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once; continues only after "I have written it down"."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RecoveryKeyDialog", "Your recovery key — Pro Bono Workbench"))
        self.setWindowIcon(app_icon())
        self.setObjectName("RecoveryKeyDialog")
        groups = recovery_key.split("-")
        lines = ["  ".join(groups[i:i + 4]) for i in range(0, len(groups), 4)]
        self.key_label = QLabel("\n".join(lines), self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(QFont().pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key_label.setAccessibleName(translate("RecoveryKeyDialog", "Recovery key"))
        self.key_label.setAccessibleDescription(" ".join(groups))
        frame = QFrame(self)
        frame.setObjectName("recoveryKeyFrame")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(16, 16, 16, 16)
        inner.addWidget(self.key_label, 0, Qt.AlignmentFlag.AlignHCenter)

        self.confirm = QCheckBox(translate("RecoveryKeyDialog", "I have &written it down and will keep it somewhere "
                                                                "safe"), self)
        self.confirm.setAccessibleName(translate("RecoveryKeyDialog", "I have written the recovery key down"))
        self.buttons = QDialogButtonBox(self)
        self.continue_button = self.buttons.addButton(translate("RecoveryKeyDialog", "&Continue"),
                                                      QDialogButtonBox.ButtonRole.AcceptRole)
        self.continue_button.setEnabled(False)
        self.confirm.toggled.connect(self.continue_button.setEnabled)
        self.buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(hint(step_title(2, translate("RecoveryKeyDialog", "Recovery key")), self))
        layout.addWidget(heading(translate("RecoveryKeyDialog", "Write down your recovery key"), self))
        layout.addWidget(hint(translate("RecoveryKeyDialog", "If you forget your passphrase, or this computer's "
                                                             "keyring is reset, this key is the only way to open "
                                                             "your vault. Write it on paper and keep it away from "
                                                             "this laptop. It will not be shown again."), self))
        layout.addSpacing(8)
        layout.addWidget(frame)
        layout.addSpacing(8)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        fit_to_contents(self)

    def accept(self) -> None:
        if not self.confirm.isChecked():
            return
        self.key_label.clear()  # drop the only on-screen copy
        self.key_label.setAccessibleDescription("")
        super().accept()

    def reject(self) -> None:
        """Escape and the close button do nothing: skipping this screen can cost the whole vault."""
        if self.confirm.isChecked():
            self.accept()
