"""Vault › Back up now and Vault › Restore from a backup, driven through the menu like a person.

A real vault on the app's worker: back up, change something, restore the backup (the change is
gone, the state before the restore is kept as a backup), and the refusals: a restore from another
process while the app has the vault open, and the app's unlock while another process holds it.
The dates in the list follow the interface language (Spanish months in Spanish), not the system.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.gui_helpers import PASSPHRASE, idle
from tests.gui.test_gui_language import unlocked_window
from tests.gui.test_gui_sync import on_worker
from workbench.core.model.enums import MatterKind
from workbench.core.operations import add_client_with_matter
from workbench.core.operations import backups as backup_ops
from workbench.gui import i18n
from workbench.gui.backup_dialogs import RestoreDialog
from workbench.gui.unlock_dialog import UnlockDialog

WAIT = 20_000


def vault_menu_action(window, text: str):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Vault")
    return next(a for a in menu.actions() if a.text().replace("&", "").startswith(text))


def matter_count(qtbot, ctl) -> int:
    from sqlalchemy import func, select

    from workbench.core.model import Matter

    def count(vault):
        with vault.session() as s:
            return s.execute(select(func.count()).select_from(Matter)).scalar_one()
    return on_worker(qtbot, ctl, count)


def test_back_up_then_restore_through_the_vault_menu(qtbot, make_controller, vault_folder):
    ctl = make_controller(vault_folder)
    window = unlocked_window(qtbot, ctl)
    vault_menu_action(window, "Back up now").trigger()
    qtbot.waitUntil(lambda: "Backup made" in window.status.text(), timeout=WAIT)
    rows = on_worker(qtbot, ctl, backup_ops.list_backups)
    assert [r.reason for r in rows] == ["manual"]
    before = matter_count(qtbot, ctl)
    on_worker(qtbot, ctl, lambda v: add_client_with_matter(v, "Later", "Added", MatterKind.U_VISA, None))
    assert matter_count(qtbot, ctl) == before + 1

    vault_menu_action(window, "Restore from a backup").trigger()
    dialog = window.findChild(RestoreDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.backups.count() == 1, timeout=WAIT)
    assert not dialog.restore_button.isEnabled()  # nothing chosen yet
    dialog.backups.setCurrentRow(0)
    assert "made by you" in dialog.backups.item(0).text()
    assert dialog.restore_button.isEnabled(), dialog.message.text()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text(), "the click did not start the restore"
    qtbot.waitUntil(lambda: "Restored the backup" in window.status.text() or not dialog.message.text().endswith("…"),
                    timeout=WAIT)
    assert "Restored the backup" in window.status.text(), dialog.message.text()
    idle(qtbot, ctl)
    assert matter_count(qtbot, ctl) == before  # the matter added after the backup is gone
    reasons = sorted(r.reason for r in on_worker(qtbot, ctl, backup_ops.list_backups))
    assert reasons == ["manual", "pre-restore"]  # ... and can be had back: the state before was kept
    assert window.model.rowCount() == before  # the views reloaded from the restored vault


RESTORE_FROM_ANOTHER_PROCESS = textwrap.dedent("""
    import sys
    from workbench.core.errors import WorkbenchError
    from workbench.core.operations import backups
    from workbench.core.vault.store import Vault
    folder = sys.argv[1]
    key = Vault.unwrap(folder, Vault._load_keyfile(folder), lambda k: k.unlock(sys.argv[2], None))
    try:
        backups.restore_closed(folder, key)
    except WorkbenchError as exc:
        print(exc)
    else:
        print("restored")
""")


def test_another_process_cannot_restore_under_the_running_app(qtbot, make_controller, vault_folder):
    ctl = make_controller(vault_folder)
    window = unlocked_window(qtbot, ctl)
    vault_menu_action(window, "Back up now").trigger()
    qtbot.waitUntil(lambda: "Backup made" in window.status.text(), timeout=WAIT)
    done = subprocess.run([sys.executable, "-c", RESTORE_FROM_ANOTHER_PROCESS, str(vault_folder), PASSPHRASE],
                          capture_output=True, text=True, timeout=120)
    assert "in use by" in done.stdout and "Nothing was changed" in done.stdout, done.stdout + done.stderr
    assert [r.reason for r in on_worker(qtbot, ctl, backup_ops.list_backups)] == ["manual"]  # no pre-restore


HOLD = textwrap.dedent("""
    import sys
    from workbench.core.vault.store import Vault
    vault = Vault.open(sys.argv[1], sys.argv[2], store=None, auto_backup=False)
    print("holding", flush=True)
    sys.stdin.readline()
""")


def test_the_app_says_who_holds_the_vault(qtbot, make_controller, vault_folder):
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(vault_folder), PASSPHRASE], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        ctl = make_controller(vault_folder)
        ctl.start()
        dialog = ctl.dialog
        assert isinstance(dialog, UnlockDialog)
        dialog.passphrase.setText(PASSPHRASE)
        dialog.unlock_button.click()
        qtbot.waitUntil(lambda: "in use by" in dialog.message.text(), timeout=WAIT)
        assert f"process {holder.pid}" in dialog.message.text() and ctl.window is None
        assert ctl.throttle.failures == 0  # the passphrase was right: no failed attempt counted
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(30)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: ctl.window is not None and ctl.window.isVisible(), timeout=WAIT)
    idle(qtbot, ctl)


def test_backup_dates_use_the_interface_language_not_the_system_locale(qtbot, make_controller, vault_folder):
    app = QApplication.instance()
    try:
        assert i18n.install(app, "es") == "es"
        ctl = make_controller(vault_folder)
        window = unlocked_window(qtbot, ctl)
        on_worker(qtbot, ctl, backup_ops.back_up_now)
        window.open_restore()
        dialog = window.findChild(RestoreDialog)
        qtbot.waitUntil(lambda: dialog.backups.count() == 1, timeout=WAIT)
        months_es = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic")
        today = date.today()
        shown = dialog.backups.item(0).text()
        assert f"{today.day} {months_es[today.month - 1]}" in shown, shown
        assert i18n.display_date(date(2026, 3, 4)) == "4 mar 2026"
        dialog.reject()
    finally:
        i18n.install(app, "en")
    assert i18n.display_date(date(2026, 3, 4)) == "Mar 4, 2026"
