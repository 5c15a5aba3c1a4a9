"""Offscreen screenshots of each screen, saved to screenshots/ at the repository root (git-ignored)
so a reviewer can look at them without running the app. The data shown is fictional."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.gui_helpers import PASSPHRASE, idle
from workbench.gui.create_vault_dialog import RecoveryKeyDialog
from workbench.gui.new_matter_dialog import NewMatterDialog
from workbench.gui.resources import apply_style

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
WAIT = 10_000


def save(widget: QWidget, name: str) -> Path:
    SHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    path = SHOTS / f"{name}.png"
    assert widget.grab().save(str(path)), path
    assert path.stat().st_size > 1000
    return path


def test_screenshots(qtbot, qapp, make_controller, vault_folder, tmp_path):
    apply_style(qapp)
    try:
        # first run
        ctl = make_controller(tmp_path / "fresh")
        ctl.start()
        idle(qtbot, ctl)
        create = ctl.dialog
        qtbot.keyClicks(create.passphrase, "maple river lantern")
        qtbot.keyClicks(create.confirm, "maple river lant")
        save(create, "01-create-vault")
        create.confirm.clear()
        qtbot.keyClicks(create.confirm, "maple river lantern")
        qtbot.mouseClick(create.create_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: isinstance(ctl.dialog, RecoveryKeyDialog), timeout=WAIT)
        save(ctl.dialog, "02-recovery-key")
        ctl.dialog.confirm.setChecked(True)
        ctl.dialog.accept()
        qtbot.waitUntil(lambda: ctl.window is not None and ctl.window.isVisible(), timeout=WAIT)
        idle(qtbot, ctl)
        ctl.window.resize(1100, 420)
        save(ctl.window, "03-main-window-empty")

        # an existing vault
        ctl = make_controller(vault_folder)
        ctl.start()
        unlock = ctl.dialog
        save(unlock, "04-unlock")
        qtbot.keyClicks(unlock.passphrase, "wrong guess")
        qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not unlock.busy and unlock.message.isVisible(), timeout=WAIT)
        save(unlock, "05-unlock-wrong-passphrase")
        qtbot.keyClicks(unlock.passphrase, PASSPHRASE)
        qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: ctl.window is not None and ctl.window.isVisible(), timeout=WAIT)
        idle(qtbot, ctl)
        window = ctl.window
        window.resize(1280, 420)
        window.table.selectRow(0)
        save(window, "06-main-window")
        window.new_matter_action.trigger()
        dialog = window.findChild(NewMatterDialog)
        qtbot.keyClicks(dialog.given_name, "Rosa")
        qtbot.keyClicks(dialog.a_number, "A12")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        save(dialog, "07-new-matter-invalid")
        dialog.reject()
    finally:
        qapp.setStyleSheet("")
