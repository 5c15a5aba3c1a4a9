"""The interface language from the user's side: the Settings choice, the user guide (F1) inside
the app, and the dialogs the main pseudo-language walk (test_i18n.py) does not open."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.gui_helpers import PASSPHRASE, idle
from tests.support.i18n import NAMES, assert_all_translated, data_words, visible_texts
from workbench.gui import i18n
from workbench.gui.resources import docs_dir, user_guide_path

WAIT = 10_000


def unlocked_window(qtbot, ctl, passphrase: str = PASSPHRASE):
    ctl.start()
    dialog = ctl.dialog
    dialog.passphrase.setText(passphrase)
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: ctl.window is not None and ctl.window.isVisible(), timeout=WAIT)
    idle(qtbot, ctl)
    return ctl.window


def texts(where: str, top) -> list[tuple[str, str]]:
    """``visible_texts`` less Qt's own standard buttons (Save, Cancel, Close: translated by Qt's
    catalog, qtbase_<lang>.qm, which the pseudo-language has not)."""
    standard = {b.text() for box in top.findChildren(QDialogButtonBox) for b in box.buttons()
                if box.standardButton(b) != QDialogButtonBox.StandardButton.NoButton}
    return [(f"{where}: {w}", t) for w, t in visible_texts(top) if not (w == "QPushButton.text" and t in standard)]


def guide_headings(path) -> list[str]:
    return [line.lstrip("#").strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("## ")]


# -- Settings > Language ---------------------------------------------------------------------------
def test_settings_offers_each_language_in_its_own_name_and_saves_the_choice(qtbot, make_controller, vault_folder,
                                                                           env_dirs):
    before = i18n.chosen_language()
    try:
        i18n.set_chosen_language("")
        ctl = make_controller(vault_folder)
        window = unlocked_window(qtbot, ctl)
        settings = window.open_settings()
        idle(qtbot, ctl)
        combo = settings.language
        items = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
        assert items[0] == ("Follow the system", "")
        assert items[1:] == [(name, code) for code, name in i18n.LANGUAGES.items()]
        assert combo.currentData() == ""  # nothing chosen yet: the system's language
        assert "next time" in settings.language_hint.text()

        combo.setCurrentIndex(combo.findText("Español"))
        save = settings.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        with qtbot.waitSignal(settings.finished, timeout=WAIT):
            qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert i18n.chosen_language() == "es"
        assert i18n.current_language() == "en"  # it applies at the next start, not now

        again = window.open_settings()
        assert again.language.currentData() == "es"
        again.reject()
    finally:
        i18n.set_chosen_language(before)
    assert i18n.chosen_language() == before


# -- Help ----------------------------------------------------------------------------------------------
def test_f1_opens_the_user_guide_inside_the_app(qtbot, make_controller, vault_folder):
    ctl = make_controller(vault_folder)
    window = unlocked_window(qtbot, ctl)
    assert window.guide_action in window.help_menu.actions()
    assert window.guide_action.shortcut() == QKeySequence("F1")

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(window, "_guide", None) is not None and window._guide.isVisible(), timeout=WAIT)
    guide = window._guide
    assert guide.path == docs_dir() / "user-guide.md"
    text = guide.browser.toPlainText()
    headings = guide_headings(docs_dir() / "user-guide.md")
    assert headings and all(h in text for h in headings)
    assert "**" not in text and "\n## " not in text  # rendered as Markdown, not shown as source

    assert window.open_user_guide() is guide  # F1 again brings the same window forward
    guide.reject()
    qtbot.waitUntil(lambda: window.findChild(type(guide)) is None, timeout=WAIT)
    assert window.open_user_guide() is not guide


def test_the_guide_follows_the_interface_language(qtbot, qapp, tmp_path):
    from workbench.gui.main_window import UserGuideDialog

    spanish = docs_dir() / "user-guide.es.md"
    try:
        assert i18n.install(qapp, "es") == "es"
        dialog = UserGuideDialog()
        qtbot.addWidget(dialog)
        expected = spanish if spanish.exists() else docs_dir() / "user-guide.md"
        assert dialog.path == expected == user_guide_path("es")
        assert guide_headings(expected)[0] in dialog.browser.toPlainText()
    finally:
        i18n.install(qapp, "en")
    assert user_guide_path("en") == user_guide_path("xx") == docs_dir() / "user-guide.md"


def test_about_shows_the_version(qtbot, make_controller, vault_folder):
    from importlib.metadata import version

    import workbench

    window = unlocked_window(qtbot, make_controller(vault_folder))
    assert window.about_action in window.help_menu.actions()
    box = window.show_about()
    try:
        installed = version("probono-workbench")
    except Exception:  # noqa: BLE001 - a source tree without installation
        installed = workbench.__version__
    assert box.isVisible() and box.text() == f"Pro Bono Workbench {installed}"
    box.accept()


# -- the pseudo-language walk of the dialogs the main walk does not open ---------------------------------
def test_every_text_of_the_other_dialogs_went_through_translate(qtbot, make_controller, vault_folder, tmp_path,
                                                                pseudo_language):
    from workbench.core.vault.store import Vault
    from workbench.gui.create_vault_dialog import RecoveryKeyDialog

    seen: list[tuple[str, str]] = []
    ctl = make_controller(vault_folder)
    ctl.demo = True  # the unlock screen of the demo vault also shows its passphrase note
    unlock = ctl.show_unlock()
    ctl.demo = False
    seen += texts("unlock", unlock)
    for attempt in range(2):  # wrong twice: the message counts the failed attempts
        unlock.passphrase.setText(f"wrong passphrase {attempt}")
        unlock.unlock_button.click()
        qtbot.waitUntil(lambda: not unlock.busy, timeout=WAIT)
        idle(qtbot, ctl)
    assert "2" in unlock.message.text()
    seen += texts("unlock, failed", unlock)
    unlock.use_recovery.setChecked(True)
    seen += texts("unlock, recovery key", unlock)
    unlock.use_recovery.setChecked(False)
    qtbot.waitUntil(lambda: unlock.unlock_button.isEnabled() or not unlock._remaining_ms(), timeout=WAIT)
    unlock.passphrase.setText(PASSPHRASE)
    qtbot.waitUntil(unlock.unlock_button.isEnabled, timeout=WAIT)
    unlock.unlock_button.click()
    qtbot.waitUntil(lambda: ctl.window is not None and ctl.window.isVisible(), timeout=WAIT)
    idle(qtbot, ctl)
    window = ctl.window

    recovery = RecoveryKeyDialog("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789")
    qtbot.addWidget(recovery)
    seen += [(w, t) for w, t in texts("recovery key", recovery) if "ABCD" not in t]  # the key is not text
    recovery.confirm.setChecked(True)
    recovery.accept()

    new_matter = window.new_matter()
    new_matter.save_button.click()  # no family name: the inline message
    seen += texts("new matter", new_matter)
    new_matter.reject()

    attorney = window.open_attorney_profile()
    idle(qtbot, ctl)
    qtbot.waitUntil(attorney.save_button.isEnabled, timeout=WAIT)
    seen += texts("attorney", attorney)
    attorney.reject()

    calendar = window.export_calendar()
    idle(qtbot, ctl)
    qtbot.waitUntil(lambda: calendar.matters.count() > 0, timeout=WAIT)
    calendar.none_button.click()
    calendar.choose_file()  # nothing chosen: the inline message, no file dialog
    seen += texts("calendar", calendar)
    calendar.reject()

    guide = window.open_user_guide()
    # the guide's own text is a document translated as a file (docs/user-guide.<lang>.md), not via the catalog
    seen += [(w, t) for w, t in texts("user guide", guide) if not w.endswith("QTextBrowser.text")]
    guide.reject()
    about = window.show_about()
    seen += texts("about", about)
    about.accept()
    seen += texts("menus", window.menuBar())

    idle(qtbot, ctl)
    allowed = set(NAMES)
    with Vault.open(vault_folder, PASSPHRASE, store=None, auto_backup=False) as v:
        allowed |= data_words(v)
    allowed |= {w for name in i18n.LANGUAGES.values() for w in re.findall(r"[A-Za-z]{3,}", name)}
    allowed |= {"Ctrl", "Shift", "Alt"}  # shortcut keys in tooltips (Qt's own names)
    assert_all_translated(seen, allowed)
