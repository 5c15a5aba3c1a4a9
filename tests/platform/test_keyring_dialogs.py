"""The keyring choices through the real dialogs (pytest-qt), with a real vault and keyring's API.

Unlocking with a locked or refusing keyring: the message says what happened, the passphrase stays
typed, no failed attempt is counted, and "Try again" (once the keyring works) or "Use the recovery
key" opens the vault. Creating with one: "Continue with the passphrase only" creates the vault
without the keyring.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import make_controller  # noqa: F401  (fixture)
from tests.gui.gui_helpers import PASSPHRASE, idle
from workbench.core.vault.store import KEY_NAME, Vault
from workbench.gui.create_vault_dialog import CreateVaultDialog, RecoveryKeyDialog
from workbench.gui.unlock_dialog import UnlockDialog

WAIT = 20_000


def keyring_vault(folder) -> str:
    vault, recovery = Vault.create(folder, PASSPHRASE, store="auto", calibrate=False)
    assert vault.keyfile.device_secret == "keyring"
    vault.close()
    return recovery


def failed_unlock(qtbot, ctl) -> UnlockDialog:
    ctl.start()
    dialog = ctl.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.keyring_choices.isVisible() or "wrong" in dialog.message.text().lower(),
                    timeout=WAIT)
    return dialog


@pytest.mark.parametrize("how, words", [("locked", "locked"), ("macos-denied", "denied"),
                                        ("macos-changed", "Always Allow"), ("unavailable", "not available")])
def test_unlock_offers_try_again_and_it_works_once_the_keyring_does(qtbot, make_controller, tmp_path,
                                                                    switchable_keyring, how, words):
    keyring_vault(tmp_path / "vault")
    switchable_keyring.fail(how)
    ctl = make_controller(tmp_path / "vault", store="auto")
    dialog = failed_unlock(qtbot, ctl)
    shown = dialog.message.text()
    assert words in shown and "recovery key" in shown
    assert "Something went wrong" not in shown and "KeyringError" not in shown
    choices = dialog.keyring_choices
    assert choices.retry_button.isVisible() and choices.recovery_button.isVisible()
    assert not choices.passphrase_only_button.isVisible()  # unlocking cannot skip the keyring's secret
    assert dialog.passphrase.text() == PASSPHRASE and ctl.throttle.failures == 0
    assert dialog.unlock_button.isEnabled()

    switchable_keyring.heal()  # the user unlocked the keyring, or allowed access
    qtbot.mouseClick(choices.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctl.window is not None and ctl.window.isVisible(), timeout=WAIT)
    idle(qtbot, ctl)


def test_unlock_with_the_recovery_key_when_the_keyring_refuses(qtbot, make_controller, tmp_path,
                                                              switchable_keyring):
    recovery = keyring_vault(tmp_path / "vault")
    switchable_keyring.fail("windows-denied")
    ctl = make_controller(tmp_path / "vault", store="auto")
    dialog = failed_unlock(qtbot, ctl)
    assert "denied" in dialog.message.text()
    qtbot.mouseClick(dialog.keyring_choices.recovery_button, Qt.MouseButton.LeftButton)
    assert dialog.use_recovery.isChecked() and dialog.passphrase.text() == ""
    assert not dialog.keyring_choices.isVisible() and not dialog.message.isVisible()
    qtbot.keyClicks(dialog.passphrase, recovery)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctl.window is not None and ctl.window.isVisible(), timeout=WAIT)
    assert switchable_keyring.calls == 1  # the recovery key never asked the keyring
    idle(qtbot, ctl)


def failed_create(qtbot, ctl) -> CreateVaultDialog:
    ctl.start()
    dialog = ctl.dialog
    assert isinstance(dialog, CreateVaultDialog)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.confirm, PASSPHRASE)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.keyring_choices.isVisible, timeout=WAIT)
    return dialog


def test_create_offers_passphrase_only(qtbot, make_controller, tmp_path, switchable_keyring):
    switchable_keyring.fail("locked")
    ctl = make_controller(tmp_path / "vault", store="auto")
    dialog = failed_create(qtbot, ctl)
    choices = dialog.keyring_choices
    assert "locked" in dialog.message.text() and "Nothing was created" in dialog.message.text()
    assert choices.passphrase_only_button.isVisible() and not choices.recovery_button.isVisible()
    assert not (tmp_path / "vault" / KEY_NAME).exists()
    assert dialog.passphrase.text() == PASSPHRASE  # typed twice already: not asked again

    qtbot.mouseClick(choices.passphrase_only_button, Qt.MouseButton.LeftButton)
    assert "passphrase alone" in dialog.keyring_note.text()  # said before the vault is made
    qtbot.waitUntil(lambda: isinstance(ctl.dialog, RecoveryKeyDialog), timeout=WAIT)
    assert Vault.status(tmp_path / "vault").device_secret == "none"
    idle(qtbot, ctl)


def test_create_try_again_uses_the_keyring_once_it_works(qtbot, make_controller, tmp_path, switchable_keyring):
    switchable_keyring.fail("macos-changed")
    ctl = make_controller(tmp_path / "vault", store="auto")
    dialog = failed_create(qtbot, ctl)
    switchable_keyring.heal()
    qtbot.mouseClick(dialog.keyring_choices.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(ctl.dialog, RecoveryKeyDialog), timeout=WAIT)
    assert Vault.status(tmp_path / "vault").device_secret == "keyring"
    idle(qtbot, ctl)
