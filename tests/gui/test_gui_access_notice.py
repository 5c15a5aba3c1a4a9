"""The GUI says when other accounts may read what the user keeps or writes on a drive without
permissions (a FAT stick, a network share): on unlock, over the main window, for the vault's folder
(``Vault.access_warning``), and after an export, where the user exported (``Exported.warning``).
Once, in the interface language, as information, not as an error.

The drive is real (bindfs, tests/platform/open_drive.py): the warnings come from the core's own
checks meeting it, not from a stand-in; on a private folder no box appears.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from tests.gui.gui_helpers import idle, new_vault, open_matter, seed
from tests.gui.test_gui_app_flow import WAIT, unlock
from tests.platform.open_drive import REFUSES, drive_without_permissions
from workbench.core.operations import add_document
from workbench.gui import i18n


def notices(widget) -> list[QMessageBox]:
    return [b for b in widget.findChildren(QMessageBox, "access-notice") if b.isVisible()]


def vault_on(folder: Path) -> Path:
    vault = new_vault(folder)
    seed(vault)
    vault.close()
    return folder


def test_unlocking_a_vault_on_an_open_drive_says_so_once(qtbot, make_controller, tmp_path):
    with drive_without_permissions(tmp_path) as drive:
        ctl = make_controller(vault_on(drive / "Stick vault"))
        ctl.start()
        window = unlock(qtbot, ctl)
        qtbot.waitUntil(lambda: len(notices(window)) == 1, timeout=WAIT)
        box = notices(window)[0]
        assert "Other accounts on this computer may be able to read Stick vault" in box.text()
        assert box.icon() == QMessageBox.Icon.Information  # information: the vault is open, nothing failed
        assert box.windowTitle() == "Who can read this file"
        box.accept()
        qtbot.waitUntil(lambda: not notices(window), timeout=WAIT)

        window.lock_action.trigger()  # unlocking again in the same run does not repeat it
        idle(qtbot, ctl)
        qtbot.waitUntil(lambda: ctl.dialog is not None and ctl.dialog.isVisible(), timeout=WAIT)
        window = unlock(qtbot, ctl)
        qtbot.wait(200)
        assert notices(window) == []
        ctl.shutdown()


def test_a_vault_in_a_private_folder_shows_no_notice(qtbot, make_controller, vault_folder):
    ctl = make_controller(vault_folder)
    ctl.start()
    window = unlock(qtbot, ctl)
    qtbot.wait(200)
    assert notices(window) == [] and ctl.access_box is None


def test_the_notice_is_in_the_interface_language(qtbot, qapp, make_controller, tmp_path):
    with drive_without_permissions(tmp_path, REFUSES) as drive:  # Linux vfat: chmod refused
        folder = vault_on(drive / "boveda")
        try:
            assert i18n.install(qapp, "es") == "es"
            ctl = make_controller(folder)
            ctl.start()
            window = unlock(qtbot, ctl)
            qtbot.waitUntil(lambda: len(notices(window)) == 1, timeout=WAIT)
            box = notices(window)[0]
            assert box.text().startswith("Otras cuentas de este equipo podrían leer boveda")
            assert box.windowTitle() == "Quién puede leer este archivo"
            box.accept()
            ctl.shutdown()
        finally:
            i18n.install(qapp, "en")


def test_exports_to_an_open_drive_say_so_where_the_user_exported(qtbot, make_controller, tmp_path):
    source = tmp_path / "passport scan.pdf"
    source.write_bytes(b"%PDF-1.4 fictional scan")
    vault = new_vault(tmp_path / "vault")
    for matter_id in seed(vault):  # the scan on every matter: whichever the list shows first has it
        add_document(vault, matter_id, source)
    vault.close()
    ctl = make_controller(tmp_path / "vault")
    ctl.start()
    window = unlock(qtbot, ctl)
    docs = open_matter(qtbot, ctl, 0, "documents").documents
    qtbot.waitUntil(lambda: docs.model.rowCount() == 1, timeout=WAIT)
    docs.table.selectRow(0)

    private = tmp_path / "private" / "copy.pdf"  # a private folder: no notice
    private.parent.mkdir()
    docs.export_to(docs.selected().id, private)
    qtbot.waitUntil(private.exists, timeout=WAIT)
    idle(qtbot, ctl)
    assert notices(docs) == []

    with drive_without_permissions(tmp_path) as drive:
        target = drive / "passport copy.pdf"
        docs.export_to(docs.selected().id, target)
        qtbot.waitUntil(lambda: len(notices(docs)) == 1, timeout=WAIT)
        box = notices(docs)[0]
        assert "may be able to read passport copy.pdf" in box.text() and ".tmp-" not in box.text()
        assert target.read_bytes() == source.read_bytes()  # written all the same
        assert "A decrypted copy was written" in docs.message.text()  # the tab's own line stays
        box.accept()

        dialog = window.export_calendar()  # a dialog that closes when done: the notice is over the window
        qtbot.waitUntil(lambda: dialog.matters.count() == 5, timeout=WAIT)
        dialog.export_to(drive / "hearings.ics")
        qtbot.waitUntil(lambda: len(notices(window)) == 1, timeout=WAIT)
        assert "hearings.ics" in notices(window)[0].text()
        notices(window)[0].accept()

        kit = window.open_visit_kit()  # the open matter's visit kit: its dialog closes too
        kit.save_to(drive / "visit kit.pdf")
        qtbot.waitUntil(lambda: len(notices(window)) == 1, timeout=WAIT * 2)
        assert "visit kit.pdf" in notices(window)[0].text()
        notices(window)[0].accept()

        window.export_report("hours", drive / "hours.csv", "csv")
        qtbot.waitUntil(lambda: len(notices(window)) == 1, timeout=WAIT)
        assert "hours.csv" in notices(window)[0].text()
        notices(window)[0].accept()
        idle(qtbot, ctl)
        ctl.shutdown()
