"""The unlock screen: passphrase (or recovery key) in, an unlocked vault on the worker out.

The dialog never holds the vault: it asks the task manager to open it on the database worker
(Argon2id takes 0.3-1 s) and only learns whether that worked. A wrong passphrase changes no
file of the vault (the key file is read, the database is not touched) and gets an inline
message; after repeated failures the Unlock button waits a growing delay. The delay is a speed
bump for a person at the keyboard, not the real defence (that is Argon2id). ``UnlockThrottle``
keeps the count in ``core.vault.UnlockFailures``, outside the vault folder, so it survives lock
and unlock, a restart of the app, and is the same count the command line uses.

A keyring that fails (locked, access denied, the app no longer trusted after an update, or gone)
is not a wrong passphrase: it costs no attempt, the passphrase stays typed, and ``KeyringChoices``
offers "Try again" and "Use the recovery key".
"""

from __future__ import annotations

from pathlib import Path
from time import monotonic
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QVBoxLayout, QWidget)

from ..core.errors import DeviceSecretMissing, WrongPassphrase, WrongRecoveryKey
from ..core.i18n import translate
from ..core.operations.vaults import MAX_DELAY, KeyringProblem, UnlockFailures, backoff_seconds  # noqa: F401

if TYPE_CHECKING:
    from ..core.operations.vaults import Vault
from .resources import app_icon
from .keyring_choices import KeyringChoices
from .tasks import OpenVaultOp, TaskManager, error_text
from .widgets import MessageLabel, fit_to_contents, heading, hint, path_label


class UnlockThrottle:
    """Consecutive failures for the vault it is bound to (``bind``), kept across restarts;
    ``scale`` shortens the delays in tests. Unbound, it counts in memory only."""

    def __init__(self, scale: float = 1.0) -> None:
        self.scale = scale
        self._record = UnlockFailures(None, scale)

    def bind(self, folder: Path) -> None:
        """Count for the vault in ``folder`` (read from what earlier runs recorded)."""
        self._record = UnlockFailures.for_vault(folder, self.scale)

    @property
    def failures(self) -> int:
        return self._record.failures

    def remaining(self) -> float:
        """Seconds the next attempt must still wait (a delay begun before a restart continues)."""
        return self._record.wait_seconds()

    def failed(self) -> float:
        return self._record.failed()

    def succeeded(self) -> None:
        self._record.succeeded()


class UnlockDialog(QDialog):
    """Emits ``unlocked`` once the worker holds the open vault; rejecting it quits the app."""

    unlocked = Signal()

    def __init__(self, tasks: TaskManager, folder: Path, opener: Callable[[str, bool], Callable[[], Vault]],
                 throttle: UnlockThrottle, parent: QWidget | None = None, *, note: str | None = None) -> None:
        """``opener(secret, is_recovery_key)`` returns the function the worker calls to open the vault."""
        super().__init__(parent)
        self._tasks, self._opener, self._throttle = tasks, opener, throttle
        self._wait_until_ms = 0
        self._base_text = ""
        self.setWindowTitle(translate("UnlockDialog", "Unlock — Pro Bono Workbench"))
        self.setWindowIcon(app_icon())
        self.setObjectName("UnlockDialog")

        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(translate("UnlockDialog", "Passphrase"))
        self.passphrase.setMinimumWidth(320)
        self.passphrase.textChanged.connect(self._update_buttons)
        self.use_recovery = QCheckBox(translate("UnlockDialog", "Use my &recovery key instead"), self)
        self.use_recovery.setAccessibleName(translate("UnlockDialog", "Use my recovery key instead of the passphrase"))
        self.use_recovery.toggled.connect(self._mode_changed)
        self.message = MessageLabel(self, for_widget=self.passphrase)
        self.message.setObjectName("unlockMessage")
        self.keyring_choices = KeyringChoices(self)
        self.keyring_choices.retry.connect(self._try_unlock)
        self.keyring_choices.use_recovery.connect(lambda: self.use_recovery.setChecked(True))
        self.passphrase.textEdited.connect(self.keyring_choices.hide)
        self._field_label = QLabel(translate("UnlockDialog", "&Passphrase:"), self)
        self._field_label.setBuddy(self.passphrase)

        self.buttons = QDialogButtonBox(self)
        self.unlock_button = self.buttons.addButton(translate("UnlockDialog", "&Unlock"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton(translate("UnlockDialog", "&Quit"),
                                                  QDialogButtonBox.ButtonRole.RejectRole)
        self.unlock_button.setDefault(True)
        self.buttons.accepted.connect(self._try_unlock)
        self.buttons.rejected.connect(self.reject)

        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick)

        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(48, 48))
        title = QVBoxLayout()
        title.addWidget(heading("Pro Bono Workbench", self))
        title.addWidget(hint(translate("UnlockDialog", "Your vault is locked. Enter your passphrase to open it."),
                             self))
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(title, 1)
        form = QFormLayout()
        form.addRow(self._field_label, self.passphrase)
        form.addRow("", self.use_recovery)
        location = path_label(translate("UnlockDialog", "Vault: {path}"), folder, self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.keyring_choices)
        if note:
            layout.addWidget(hint(note, self))
        layout.addWidget(location)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        fit_to_contents(self)
        self._update_buttons()
        if throttle.remaining() > 0:  # failures recorded by an earlier run (or the command line)
            self._start_wait(throttle.remaining(), translate("UnlockDialog", "({count} failed attempts.)")
                             .format(count=throttle.failures))

    # -- state --------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return not self.passphrase.isEnabled()

    def _remaining_ms(self) -> int:
        return max(0, self._wait_until_ms - int(monotonic() * 1000))

    def _update_buttons(self) -> None:
        self.unlock_button.setEnabled(bool(self.passphrase.text()) and not self.busy and self._remaining_ms() == 0)

    def _set_busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.use_recovery.setEnabled(not busy)
        if busy:
            self.message.show_message(translate("UnlockDialog", "Unlocking…"), "info")
        self._update_buttons()

    def _mode_changed(self, recovery: bool) -> None:
        if recovery:
            self._field_label.setText(translate("UnlockDialog", "&Recovery key:"))
            self.passphrase.setAccessibleName(translate("UnlockDialog", "Recovery key"))
        else:
            self._field_label.setText(translate("UnlockDialog", "&Passphrase:"))
            self.passphrase.setAccessibleName(translate("UnlockDialog", "Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Normal if recovery else QLineEdit.EchoMode.Password)
        self.passphrase.clear()
        self.message.clear_message()
        self.keyring_choices.hide()
        self.passphrase.setFocus()

    # -- unlocking ------------------------------------------------------------------------------
    def _try_unlock(self) -> None:
        secret = self.passphrase.text()
        if not secret or self.busy or self._remaining_ms():
            return
        self._set_busy(True)
        OpenVaultOp(self._tasks, self, self._opener(secret, self.use_recovery.isChecked())) \
            .success(self._on_unlocked).failure(self._on_failed).run_in_background()

    def _on_unlocked(self, _extra: object) -> None:
        self._throttle.succeeded()
        self.passphrase.clear()
        self._set_busy(False)
        self.message.clear_message()
        self.unlocked.emit()
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, KeyringProblem):  # not a wrong passphrase: no attempt counted, the text is kept
            self.message.show_message(error_text(exc))
            self.keyring_choices.offer(exc)
            return
        self.passphrase.clear()
        self.passphrase.setFocus()
        if isinstance(exc, DeviceSecretMissing):
            self.use_recovery.setChecked(True)
        if not isinstance(exc, (WrongPassphrase, WrongRecoveryKey)):
            self.message.show_message(error_text(exc))
            return
        delay = self._throttle.failed()
        text = error_text(exc)
        if self._throttle.failures > 1:
            text += " " + translate("UnlockDialog", "({count} failed attempts.)").format(count=self._throttle.failures)
        self.message.show_message(text)
        if delay > 0:
            self._start_wait(delay, text)

    def _start_wait(self, seconds: float, text: str) -> None:
        self._wait_until_ms = int(monotonic() * 1000 + seconds * 1000)
        self._base_text = text
        self._countdown.start()
        self._tick()

    def _tick(self) -> None:
        remaining = self._remaining_ms()
        if remaining == 0:
            self._countdown.stop()
            self.message.show_message(self._base_text)
        else:
            seconds = -(-remaining // 1000)
            again = translate("UnlockDialog", "You can try again in {seconds} s.").format(seconds=seconds)
            self.message.show_message(f"{self._base_text}\n{again}")
        self._update_buttons()

    def reject(self) -> None:
        if not self.busy:  # closing while the worker unlocks would leave an open vault unseen
            super().reject()
