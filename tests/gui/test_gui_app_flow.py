"""The app end to end with real vaults: create, unlock, add a matter, filter, lock, unlock again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from tests.gui.gui_helpers import PASSPHRASE, SAMPLE_MATTERS, idle, skip_first_run_steps
from workbench.core.errors import VaultLocked
from workbench.core.interchange.demo import DEMO_MATTERS, DEMO_PASSPHRASE
from workbench.core.vault.store import KEY_NAME, Vault
from workbench.gui.create_vault_dialog import CreateVaultDialog, RecoveryKeyDialog, passphrase_strength
from workbench.gui.main_window import MainWindow
from workbench.gui.matters_model import MattersModel
from workbench.gui.new_matter_dialog import NewMatterDialog
from workbench.gui.tasks import QueryOp
from workbench.gui.unlock_dialog import UnlockDialog, backoff_seconds

WAIT = 10_000


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def type_and_enter(qtbot, field, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def unlock(qtbot, ctl, passphrase: str = PASSPHRASE) -> MainWindow:
    dialog = ctl.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    type_and_enter(qtbot, dialog.passphrase, passphrase)
    qtbot.waitUntil(lambda: ctl.window is not None and ctl.window.isVisible(), timeout=WAIT)
    idle(qtbot, ctl)
    return ctl.window


def clients(window: MainWindow) -> list[str]:
    m = window.model
    return [m.data(m.index(r, MattersModel.CLIENT)) for r in range(m.rowCount())]


def test_first_run_creates_the_vault_and_shows_the_recovery_key_once(qtbot, make_controller, tmp_path):
    folder = tmp_path / "new-vault"
    ctl = make_controller(folder)
    ctl.start()
    dialog = ctl.dialog
    assert isinstance(dialog, CreateVaultDialog) and dialog.isVisible()
    idle(qtbot, ctl)
    assert "no keyring" in dialog.keyring_note.text()  # store=None: said plainly

    qtbot.keyClicks(dialog.passphrase, "short")
    assert not dialog.create_button.isEnabled() and "at least 8" in dialog.strength.text()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.confirm, PASSPHRASE + "x")
    assert dialog.match.isVisible() and "different" in dialog.match.text()
    assert not dialog.create_button.isEnabled()
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Backspace)
    assert not dialog.match.isVisible() and dialog.create_button.isEnabled()
    assert dialog.meter.value() == 4

    keys = []
    dialog.created.connect(keys.append)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(ctl.dialog, RecoveryKeyDialog), timeout=WAIT)
    shown = ctl.dialog
    assert (folder / KEY_NAME).exists()
    assert shown.key_label.text().split() == keys[0].split("-")
    assert not shown.continue_button.isEnabled()
    shown.reject()  # Escape / close button: cannot skip this screen
    assert shown.isVisible() and ctl.window is None
    shown.confirm.setChecked(True)
    qtbot.mouseClick(shown.continue_button, Qt.MouseButton.LeftButton)
    assert shown.key_label.text() == ""  # the only on-screen copy is gone
    skip_first_run_steps(qtbot, ctl)
    idle(qtbot, ctl)
    assert ctl.window.pages.currentIndex() == 1  # "No matters yet"
    assert ctl.window.status.text() == "0 matters"
    assert ctl.quits == []

    ctl.shutdown()  # the recovery key shown really opens the vault
    Vault.open_with_recovery(folder, keys[0], auto_backup=False).close()


def test_wrong_passphrase_changes_nothing_then_the_right_one_unlocks(qtbot, make_controller, vault_folder):
    before = snapshot(vault_folder)
    ctl = make_controller(vault_folder)
    ctl.start()
    dialog = ctl.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.passphrase.accessibleName() == "Passphrase"
    assert not dialog.unlock_button.isEnabled()  # nothing typed yet
    type_and_enter(qtbot, dialog.passphrase, "not my passphrase")
    qtbot.waitUntil(lambda: not dialog.busy and "Wrong passphrase" in dialog.message.text(), timeout=WAIT)
    assert dialog.message.isVisible() and dialog.passphrase.text() == ""
    assert "Wrong passphrase" in dialog.passphrase.accessibleDescription()
    assert snapshot(vault_folder) == before
    assert ctl.window is None

    window = unlock(qtbot, ctl)
    assert not shiboken_valid(dialog) or not dialog.isVisible()
    assert clients(window) == sorted(f"{f}, {g}" for f, g, *_ in SAMPLE_MATTERS)
    assert window.status.text() == "5 matters" and window.pages.currentIndex() == 0
    assert ctl.throttle.failures == 0


def shiboken_valid(obj) -> bool:
    import shiboken6
    return shiboken6.isValid(obj)


def test_repeated_failures_make_unlock_wait_longer(qtbot, make_controller, vault_folder):
    assert [backoff_seconds(n) for n in range(1, 8)] == [0, 0, 1, 2, 4, 8, 16]
    assert backoff_seconds(50) == 60
    ctl = make_controller(vault_folder, backoff_scale=0.3)
    ctl.start()
    dialog = ctl.dialog
    for attempt in range(1, 4):
        type_and_enter(qtbot, dialog.passphrase, f"wrong {attempt}")
        qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert ctl.throttle.failures == 3
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    assert not dialog.unlock_button.isEnabled()  # waiting 1 s (scaled to 0.3 s)
    assert "try again in 1 s" in dialog.message.text() and "3 failed attempts" in dialog.message.text()
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # ignored while waiting
    assert not dialog.busy
    qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=WAIT)
    assert "try again" not in dialog.message.text()
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctl.window is not None and ctl.window.isVisible(), timeout=WAIT)
    assert ctl.throttle.failures == 0


def test_recovery_key_unlocks_too(qtbot, make_controller, tmp_path):
    folder = tmp_path / "vault"
    vault, recovery = Vault.create(folder, PASSPHRASE, store=None, calibrate=False)
    vault.close()
    ctl = make_controller(folder)
    ctl.start()
    dialog = ctl.dialog
    dialog.use_recovery.setChecked(True)
    assert dialog.passphrase.accessibleName() == "Recovery key"
    type_and_enter(qtbot, dialog.passphrase, recovery.lower().replace("-", " "))
    qtbot.waitUntil(lambda: ctl.window is not None and ctl.window.isVisible(), timeout=WAIT)


def test_add_filter_lock_and_unlock_again(qtbot, make_controller, vault_folder):
    ctl = make_controller(vault_folder)
    ctl.start()
    window = unlock(qtbot, ctl)
    assert window.new_matter_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.lock_action.shortcut() == QKeySequence("Ctrl+L")
    assert window.filter.accessibleName() == "Filter matters"

    # -- add a matter through the dialog ------------------------------------------------------
    window.new_matter_action.trigger()
    dialog = window.findChild(NewMatterDialog)
    assert dialog is not None and dialog.isVisible()
    assert [dialog.family_name.accessibleName(), dialog.kind.accessibleName()] == ["Family name", "Kind of matter"]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # nothing typed
    assert dialog.errors["family_name"].isVisible() and dialog.isVisible()
    qtbot.keyClicks(dialog.family_name, "Zelaya")
    qtbot.keyClicks(dialog.given_name, "Rosa")
    dialog.kind.setCurrentIndex(dialog.kind.findData("u_visa"))
    qtbot.keyClicks(dialog.matter_number, "NIJC-2025-0300")
    qtbot.keyClicks(dialog.a_number, "12")  # not an A-number: the core says so, nothing saved
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors["a_number"].isVisible(), timeout=WAIT)
    assert "7 to 9 digits" in dialog.errors["a_number"].text() and dialog.isVisible()
    idle(qtbot, ctl)
    assert len(clients(window)) == 5
    dialog.a_number.clear()
    qtbot.keyClicks(dialog.a_number, "A 123 456 789")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Zelaya, Rosa" in clients(window), timeout=WAIT)
    assert window.findChild(NewMatterDialog) is None or not window.findChild(NewMatterDialog).isVisible()
    idle(qtbot, ctl)
    current = window.table.currentIndex()
    assert window.model.data(current, MattersModel.RowRole).client_name == "Zelaya, Rosa"  # selected
    row = clients(window).index("Zelaya, Rosa")
    assert window.model.data(window.model.index(row, MattersModel.KIND)) == "U visa"
    assert window.status.text() == "6 matters"

    # -- filter (debounced) -------------------------------------------------------------------
    qtbot.keyClicks(window.filter, "zel")
    assert len(clients(window)) == 6  # not yet: the filter waits for typing to pause
    qtbot.waitUntil(lambda: clients(window) == ["Zelaya, Rosa"], timeout=WAIT)
    assert window.status.text() == "1 matter matches the filter"
    window.filter.clear()
    qtbot.keyClicks(window.filter, "123456789")  # A-number digits
    qtbot.waitUntil(lambda: clients(window) == ["Zelaya, Rosa"], timeout=WAIT)
    window.filter.clear()
    qtbot.keyClicks(window.filter, "chicago")
    qtbot.keyClick(window.filter, Qt.Key.Key_Return)  # Enter applies at once
    qtbot.waitUntil(lambda: clients(window) == ["Haile, Selam"], timeout=WAIT)

    # -- lock: widgets cleared, vault closed, unlock dialog back --------------------------------
    open_dialog = window.new_matter()
    qtbot.keyClicks(open_dialog.family_name, "Typed but not saved")
    with qtbot.waitSignal(ctl.tasks.vault_state, timeout=WAIT) as closed:
        window.lock_action.trigger()
    assert closed.args == [False]
    assert window.model.rowCount() == 0 and window.model.total is None and not window.model.canFetchMore()
    assert window.filter.text() == "" and window.status.text() == ""
    assert not window.isVisible() and isinstance(ctl.dialog, UnlockDialog) and ctl.dialog.isVisible()
    qtbot.waitUntil(lambda: not shiboken_valid(open_dialog))  # discarded and deleted, typed text too
    errors = []
    QueryOp(ctl.tasks, None, lambda v: 1).failure(errors.append).run_in_background()
    qtbot.waitUntil(lambda: bool(errors), timeout=WAIT)
    assert isinstance(errors[0], VaultLocked)
    assert ctl.quits == []

    # -- unlock again: the data is back ----------------------------------------------------------
    window2 = unlock(qtbot, ctl)
    assert window2 is window
    assert len(clients(window)) == 6 and "Zelaya, Rosa" in clients(window)


def test_cancelling_the_unlock_dialog_quits(qtbot, make_controller, vault_folder):
    ctl = make_controller(vault_folder)
    ctl.start()
    qtbot.mouseClick(ctl.dialog.quit_button, Qt.MouseButton.LeftButton)
    assert ctl.quits == [True]


@pytest.mark.parametrize("text, score", [("", 0), ("abc1234", 0), ("password123", 1), ("aaaaaaaaaaaaaa", 1),
                                         ("Tr0ub4dor&3", 2), ("correct horse battery staple", 4)])
def test_passphrase_strength_hint(text, score):
    got, hint = passphrase_strength(text)
    assert got == score and hint.endswith(".")


def test_demo_vault_opens_without_asking_and_reopens(qtbot, make_controller, tmp_path):
    folder = tmp_path / "demo-vault"
    ctl = make_controller(folder, demo=True)
    ctl.start()
    qtbot.waitUntil(lambda: ctl.window is not None and ctl.window.isVisible(), timeout=WAIT)
    idle(qtbot, ctl)
    assert "Haile, Selam" in clients(ctl.window) and "demo" in ctl.window.windowTitle()
    ctl.lock()
    idle(qtbot, ctl)
    assert any(DEMO_PASSPHRASE in label.text() for label in ctl.dialog.findChildren(QLabel))
    window = unlock(qtbot, ctl, DEMO_PASSPHRASE)
    assert len(clients(window)) == len(DEMO_MATTERS)
