"""The daily workflow end to end, with real vaults: create a vault, add a client and matter,
add a hearing, see it on the dashboard, lock, unlock, and find everything (and the place)
back; unsaved changes, undo, auto-lock."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from tests.gui.gui_helpers import PASSPHRASE, fill, idle, open_matter, skip_first_run_steps
from tests.gui.test_gui_app_flow import WAIT, unlock
from workbench.gui.create_vault_dialog import RecoveryKeyDialog
from workbench.gui.list_editor import RowDialog
from workbench.gui.matter.view import CANCEL, DISCARD, SAVE
from workbench.gui.new_matter_dialog import NewMatterDialog
from workbench.gui.unlock_dialog import UnlockDialog


def create_vault(qtbot, ctl):
    ctl.start()
    idle(qtbot, ctl)
    dialog = ctl.dialog
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.confirm, PASSPHRASE)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(ctl.dialog, RecoveryKeyDialog), timeout=WAIT)
    ctl.dialog.confirm.setChecked(True)
    ctl.dialog.accept()
    skip_first_run_steps(qtbot, ctl)
    idle(qtbot, ctl)
    return ctl.window


def test_new_vault_client_matter_hearing_dashboard_lock_unlock(qtbot, make_controller, tmp_path):
    ctl = make_controller(tmp_path / "fresh")
    window = create_vault(qtbot, ctl)
    assert window.screen() == "matters" and window.pages.currentIndex() == 1  # "No matters yet"

    window.new_matter_action.trigger()
    dialog = window.findChild(NewMatterDialog)
    qtbot.keyClicks(dialog.family_name, "Mensah")
    qtbot.keyClicks(dialog.given_name, "Abena")
    dialog.kind.setCurrentIndex(dialog.kind.findData("defensive_asylum"))
    qtbot.keyClicks(dialog.matter_number, "NIJC-2026-0001")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=WAIT)
    idle(qtbot, ctl)

    view = open_matter(qtbot, ctl, 0, "client")
    assert window.screen() == "matter" and view.title.text() == "Mensah, Abena — NIJC-2026-0001"
    # the client profile: inline validation, then a valid save
    fill(view.client.form, a_number="12", email="abena@", date_of_birth="13/45/1990")
    assert view.client.form.messages["a_number"].isVisible()
    assert "7 to 9 digits" in view.client.form.messages["a_number"].text()
    assert "name@example.org" in view.client.form.messages["email"].text()
    assert "MM/DD/YYYY" in view.client.form.messages["date_of_birth"].text()
    assert view.save_button.isEnabled() and not view.save() and view.is_dirty()
    fill(view.client.form, a_number="A-012-345-678", email="abena@example.org", date_of_birth="03/04/1990")
    window.save_action.trigger()
    qtbot.waitUntil(lambda: not view.is_dirty() and view.detail.client["a_number"] == "012345678", timeout=WAIT)
    assert view.client.form.inputs["a_number"].text() == "012345678"

    # add a hearing through the Events tab
    view.set_tab("events")
    hearing_day = date.today() + timedelta(days=6)
    add = view.events.events.add()
    assert isinstance(add, RowDialog)
    fill(add.form, kind="hearing", title="Master calendar hearing", on_date=hearing_day.strftime("%m/%d/%Y"),
         hearing_type="master", location="Chicago Immigration Court")
    qtbot.mouseClick(add.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(view.detail.events) == 1, timeout=WAIT)
    idle(qtbot, ctl)
    assert view.events.events.model.rowCount() == 1
    assert any("master calendar" in d.title.lower() for d in view.detail.deadlines)  # the rules computed one

    # the dashboard shows it, one click opens the matter again
    window.dashboard_action.trigger()
    qtbot.waitUntil(lambda: any(i.title == "Master calendar hearing" for i in window.dashboard.model.items()),
                    timeout=WAIT)
    row = next(r for r, i in enumerate(window.dashboard.model.items()) if i.title == "Master calendar hearing")
    assert "in 6 days" in window.dashboard.model.data(window.dashboard.model.index(row, 0))
    window.dashboard.open_row(row)
    qtbot.waitUntil(lambda: window.screen() == "matter", timeout=WAIT)
    idle(qtbot, ctl)
    assert view.current_tab() == "events"

    # lock: every widget emptied, the vault closed; unlock: the same matter and tab come back
    view.set_tab("notes")
    with qtbot.waitSignal(ctl.tasks.vault_state, timeout=WAIT):
        window.lock_action.trigger()
    assert view.detail is None and view.title.text() == "" and view.client.form.inputs["family_name"].text() == ""
    assert view.events.model.rowCount() == 0 and window.dashboard.model.rowCount() == 0
    assert not window.isVisible() and isinstance(ctl.dialog, UnlockDialog)
    unlock(qtbot, ctl)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=WAIT)
    idle(qtbot, ctl)
    assert window.screen() == "matter" and view.current_tab() == "notes"
    assert view.detail.client["email"] == "abena@example.org" and len(view.detail.events) == 1
    assert window.dashboard.model.rowCount() >= 1


def test_unsaved_changes_prompt_and_undo(qtbot, make_controller, vault_folder):
    ctl = make_controller(vault_folder)
    ctl.start()
    window = unlock(qtbot, ctl)
    view = open_matter(qtbot, ctl, 0, "client")
    form = view.client.form
    original = form.inputs["religion"].text()
    fill(form, religion="Catholic")
    fill(form, city_of_birth="San Salvador")
    assert view.is_dirty() and window.undo_action.isEnabled()
    window.undo_action.trigger()  # undoes the last committed field
    assert form.inputs["city_of_birth"].text() == "" and form.inputs["religion"].text() == "Catholic"
    window.redo_action.trigger()
    assert form.inputs["city_of_birth"].text() == "San Salvador"

    answers = [CANCEL]
    view.ask = lambda _parent: answers.pop(0)
    window.go_back()
    assert window.screen() == "matter" and view.is_dirty()  # cancelled: nothing lost
    answers.append(DISCARD)
    window.go_back()
    assert window.screen() == "matters" and not view.is_dirty()
    assert form.inputs["religion"].text() == original

    view = open_matter(qtbot, ctl, 0, "client")
    fill(view.client.form, religion="Buddhist")
    answers.append(SAVE)
    window.dashboard_action.trigger()
    qtbot.waitUntil(lambda: window.screen() == "dashboard", timeout=WAIT)
    idle(qtbot, ctl)
    view = open_matter(qtbot, ctl, 0, "activity")
    assert view.detail.client["religion"] == "Buddhist"
    assert any(a.action == "update" and "religion" in a.fields for a in view.detail.activity)


def test_auto_lock_after_idle_clears_and_returns_to_unlock(qtbot, make_controller, vault_folder):
    ctl = make_controller(vault_folder, auto_lock_ms=400)
    ctl.start()
    window = unlock(qtbot, ctl)
    view = open_matter(qtbot, ctl, 1, "events")
    assert ctl.idle.running and ctl.idle.interval_ms == 400
    qtbot.waitUntil(lambda: isinstance(ctl.dialog, UnlockDialog) and ctl.dialog.isVisible(), timeout=WAIT)
    idle(qtbot, ctl)
    assert not window.isVisible() and view.detail is None and window.model.rowCount() == 0
    assert not ctl.idle.running
    unlock(qtbot, ctl)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=WAIT)
    assert window.screen() == "matter" and view.current_tab() == "events"
