"""Offscreen screenshots of each screen, saved to screenshots/ at the repository root (git-ignored)
so a reviewer can look at them without running the app. The data shown is fictional."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.gui_helpers import PASSPHRASE, idle
from workbench.gui.attorney_dialog import AttorneyDialog
from workbench.gui.create_vault_dialog import RecoveryKeyDialog
from workbench.gui.first_run import OrganizationStep
from workbench.gui.matter.view import TABS
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
        qtbot.waitUntil(lambda: isinstance(ctl.dialog, OrganizationStep), timeout=WAIT)
        save(ctl.dialog, "02b-first-run-organization")
        ctl.dialog.next_button.click()
        qtbot.waitUntil(lambda: isinstance(ctl.dialog, AttorneyDialog), timeout=WAIT)
        idle(qtbot, ctl)
        save(ctl.dialog, "02c-first-run-attorney-profile")
        ctl.dialog.reject()
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


def open_demo(qtbot, make_controller, tmp_path):
    ctl = make_controller(tmp_path / "demo", demo=True)
    ctl.start()
    qtbot.waitUntil(lambda: ctl.window is not None and ctl.window.isVisible(), timeout=WAIT)
    idle(qtbot, ctl)
    ctl.window.resize(1280, 760)
    return ctl, ctl.window


def open_alvarez(qtbot, ctl) -> None:
    """Open the demo's affirmative asylum matter."""
    window = ctl.window
    window.show_screen("matters")
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=WAIT)
    row = next(r for r in range(window.model.rowCount()) if window.model.row(r).client_name.startswith("Alvarez"))
    window.open_matter_at(row)


def test_screenshots_of_the_main_screens(qtbot, qapp, make_controller, tmp_path):
    """Dashboard, every matter tab, "why this date", search results and a document preview,
    on the demo vault (fictional clients)."""
    from tests.gui.test_gui_matter_tabs import pdf_bytes

    apply_style(qapp)
    try:
        ctl, window = open_demo(qtbot, make_controller, tmp_path)
        qtbot.waitUntil(lambda: window.dashboard.model.rowCount() > 0, timeout=WAIT)
        save(window, "10-dashboard")
        open_alvarez(qtbot, ctl)
        view = window.matter_view
        qtbot.waitUntil(lambda: view.detail is not None, timeout=WAIT)
        idle(qtbot, ctl)
        scan = tmp_path / "identity document.pdf"
        scan.write_bytes(pdf_bytes(3))
        view.documents.add_file(scan)
        qtbot.waitUntil(lambda: view.documents.model.rowCount() == 1, timeout=WAIT)
        idle(qtbot, ctl)
        for index, name in enumerate(t for t in TABS if t != "packet"):  # packet: test_gui_packets
            view.set_tab(name)
            if name == "events":
                tab = view.events
                row = next(r for r, d in enumerate(tab.model.items()) if d.rule_id == "asylum.one_year")
                tab.table.selectRow(row)
            if name == "documents":
                view.documents.table.selectRow(0)
                view.documents.preview_selected()
                qtbot.waitUntil(view.documents.preview.has_image, timeout=WAIT)
            save(window, f"{11 + index:02d}-matter-{name}")
        window.search_box.setText("interpreter")
        with qtbot.waitSignal(window.search_page.finished, timeout=WAIT):
            window.run_search()
        save(window, "20-search-results")
        window.show_screen("matters")
        idle(qtbot, ctl)
        settings = window.open_settings()
        save(settings, "21-settings")
        settings.reject()
    finally:
        qapp.setStyleSheet("")


def test_screenshot_at_200_percent_scaling(tmp_path):
    """QT_SCALE_FACTOR must be set before the QApplication exists: a separate process."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen")
    script = Path(__file__).with_name("scaled_screenshot.py")
    out = SHOTS / "22-matter-client-200-percent.png"
    SHOTS.mkdir(exist_ok=True)
    result = subprocess.run([sys.executable, str(script), str(tmp_path / "demo"), str(out)], env=env,
                            capture_output=True, text=True, timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr[-2000:]
    assert out.stat().st_size > 1000


def test_screenshots_of_the_forms_tab(qtbot, qapp, make_controller, tmp_path, uscis_dir):
    """The Forms tab of the demo's asylum matter: the checks, the questionnaire and the preview."""
    from workbench.core.forms.blanks import add_blank

    add_blank((uscis_dir / "i-589.pdf").read_bytes())
    apply_style(qapp)
    try:
        ctl, window = open_demo(qtbot, make_controller, tmp_path)
        open_alvarez(qtbot, ctl)
        view = window.matter_view
        qtbot.waitUntil(lambda: view.detail is not None, timeout=WAIT)
        view.set_tab("forms")
        tab = view.forms_tab
        qtbot.waitUntil(lambda: tab.checks.rowCount() > 0, timeout=WAIT)
        idle(qtbot, ctl)
        save(window, "23-forms-checks")
        tab.inner.setCurrentIndex(1)
        qtbot.waitUntil(lambda: not tab.questions.is_building(), timeout=WAIT)
        row = tab.questions.rows["i589_c5"]
        row.input.setCurrentIndex(row.input.findData(True))
        idle(qtbot, ctl)
        tab.questions.focus_question("i589_b1a")
        save(window, "24-forms-questionnaire")
        qtbot.waitUntil(lambda: tab.fill_button.isEnabled(), timeout=WAIT)
        tab.fill_button.click()
        qtbot.waitUntil(lambda: tab.filled is not None and tab.preview.has_image(), timeout=WAIT * 2)
        idle(qtbot, ctl)
        save(window, "25-forms-preview")
    finally:
        qapp.setStyleSheet("")
