"""When the app ends, decided by ``AppController`` (in-process; test_real_app.py runs the real event loop).

``main`` turns Qt's "quit when the last window closes" off, so these rules are all there is:
cancelling a dialog with no main window behind it quits, closing the main window quits, locking
does not, and a hand-off keeps a window on screen until the next one is up.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.gui_helpers import idle
from workbench.core.interchange.demo import DEMO_PASSPHRASE
from workbench.gui.create_vault_dialog import CreateVaultDialog

WAIT = 10_000


def visible_top_levels() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]


def test_explore_the_demo_keeps_the_dialog_up_until_the_main_window_shows(qtbot, make_controller, tmp_path):
    ctl = make_controller(tmp_path / "vault")
    ctl.start()
    dialog = ctl.dialog
    idle(qtbot, ctl)
    seen: list[int] = []
    dialog.demo_button.click()
    assert dialog.isVisible() and "demo" in dialog.message.text() and not dialog.demo_button.isEnabled()

    def shown() -> bool:
        seen.append(len(visible_top_levels()))
        return ctl.window is not None and ctl.window.isVisible()
    qtbot.waitUntil(shown, timeout=WAIT)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=WAIT)
    assert min(seen) >= 1 and not ctl.quits  # never a moment with nothing on screen


def test_a_demo_that_cannot_open_returns_to_the_first_run_dialog(qtbot, make_controller, tmp_path):
    (tmp_path / "demo-vault").write_text("a file where the demo folder would go")
    own = tmp_path / "vault"
    ctl = make_controller(own)
    ctl.start()
    dialog = ctl.dialog
    idle(qtbot, ctl)
    dialog.demo_button.click()
    qtbot.waitUntil(lambda: dialog.demo_button.isEnabled(), timeout=WAIT)
    assert isinstance(ctl.dialog, CreateVaultDialog) and dialog.isVisible() and dialog.message.text()
    assert "Opening" not in dialog.message.text()  # the reason replaced the progress note
    assert not ctl.demo and ctl.vault_path == own and ctl.window is None and not ctl.quits


def test_locking_does_not_quit_and_closing_the_main_window_does(qtbot, make_controller, tmp_path):
    ctl = make_controller(tmp_path / "demo-vault", demo=True)
    ctl.start()
    qtbot.waitUntil(lambda: ctl.window is not None and ctl.window.isVisible(), timeout=WAIT)
    idle(qtbot, ctl)
    ctl.lock()
    qtbot.wait(50)
    assert not ctl.quits and ctl.dialog.isVisible() and not ctl.window.isVisible()
    qtbot.keyClicks(ctl.dialog.passphrase, DEMO_PASSPHRASE)
    qtbot.keyClick(ctl.dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctl.window.isVisible(), timeout=WAIT)
    idle(qtbot, ctl)
    assert not ctl.quits
    ctl.window.close()
    qtbot.waitUntil(lambda: ctl.quits == [True], timeout=WAIT)
