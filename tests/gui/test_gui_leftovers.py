"""Editors for tasks, contacts, education, employment and list fields; the demo offered on first
run; the calendar export; reminders re-checked while the app stays open; reminder dates in
"Why this date"."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import icalendar

from tests.gui.gui_helpers import fill, idle, open_matter
from tests.gui.test_gui_app_flow import WAIT, unlock
from workbench.gui.create_vault_dialog import CreateVaultDialog
from workbench.gui.list_editor import RowDialog


def add_row(qtbot, ctl, editor, **values) -> None:
    count = editor.model.rowCount()
    dialog = editor.add()
    assert isinstance(dialog, RowDialog)
    fill(dialog.form, **values)
    dialog.save()
    qtbot.waitUntil(lambda: editor.model.rowCount() == count + 1, timeout=WAIT)
    idle(qtbot, ctl)


def test_tasks_contacts_education_employment_round_trip(qtbot, make_controller, vault_folder):
    ctl = make_controller(vault_folder)
    ctl.start()
    window = unlock(qtbot, ctl)
    view = open_matter(qtbot, ctl, 0, "tasks")
    tab = view.tasks_tab
    add_row(qtbot, ctl, tab.tasks, title="Collect the birth certificate", due_on="03/04/2030", assignee="Dana")
    add_row(qtbot, ctl, tab.contacts, role="certifying_agency", name="Det. Lee", organization="Chicago PD",
            phone="(312) 555-0100", email="lee@example.org")
    client = view.client
    add_row(qtbot, ctl, client.education, school="Liceo Nacional", location="San Salvador, El Salvador",
            from_date="09/01/2005", to_date="06/30/2010")
    add_row(qtbot, ctl, client.employment, employer="Panadería Sol", occupation="Baker", from_date="2015-01-01")

    # edit a task: mark it done
    tab.tasks.view.selectRow(0)
    dialog = tab.tasks.edit_selected()
    fill(dialog.form, done=True)
    dialog.save()
    qtbot.waitUntil(lambda: tab.tasks.model.item(0)["done"], timeout=WAIT)

    # a bad phone is refused inline, nothing saved
    dialog = tab.contacts.add()
    fill(dialog.form, role="interpreter", name="Ana", phone="12")
    dialog.save()
    assert "7 to 15 digits" in dialog.form.messages["phone"].text()
    dialog.discard()

    # other names and languages: list fields of the profile
    view.set_tab("client")
    fill(client.form, languages="Spanish, Quechua")
    client.form.inputs["other_names"].setPlainText("Reyes, María José\nAlvarez, Majo")
    client.form._commit("other_names")
    view.save()
    idle(qtbot, ctl)
    qtbot.waitUntil(lambda: view.detail.client["languages"] == ["Spanish", "Quechua"], timeout=WAIT)
    assert view.detail.client["other_names"] == [
        {"family_name": "Reyes", "given_name": "María", "middle_name": "José"},
        {"family_name": "Alvarez", "given_name": "Majo", "middle_name": None}]

    # lock and unlock: everything is back
    window.lock_action.trigger()
    idle(qtbot, ctl)
    assert tab.tasks.model.rowCount() == 0 and client.education.model.rowCount() == 0
    unlock(qtbot, ctl)
    qtbot.waitUntil(lambda: view.detail is not None and view.tasks_tab.contacts.model.rowCount() == 1, timeout=WAIT)
    assert view.tasks_tab.contacts.model.item(0)["organization"] == "Chicago PD"
    assert [r["school"] for r in client.education.model.items()] == ["Liceo Nacional"]
    assert [r["employer"] for r in client.employment.model.items()] == ["Panadería Sol"]
    assert client.form.inputs["languages"].text() == "Spanish, Quechua"
    assert client.form.inputs["other_names"].toPlainText() == "Reyes, María José\nAlvarez, Majo"


def test_calendar_export_without_client_names(qtbot, make_controller, vault_folder, tmp_path):
    ctl = make_controller(vault_folder)
    ctl.start()
    window = unlock(qtbot, ctl)
    dialog = window.export_calendar()
    qtbot.waitUntil(lambda: dialog.matters.count() == 5, timeout=WAIT)
    assert not dialog.include_names.isChecked()  # names off by default
    dialog.none_button.click()
    dialog.choose_file()
    assert "at least one" in dialog.message.text()
    dialog.all_button.click()
    target = tmp_path / "chosen" / "hearings.ics"
    dialog.export_to(target)
    qtbot.waitUntil(target.exists, timeout=WAIT)
    idle(qtbot, ctl)
    data = target.read_bytes()
    calendar = icalendar.Calendar.from_ical(data)
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert any("Individual hearing" in s for s in summaries)
    for name in ("Alvarez", "Haile", "Nguyen", "Okafor", "Petrenko", "Selam"):
        assert name.encode() not in data

    # from an open matter, only that matter is chosen
    view = open_matter(qtbot, ctl, 1)
    dialog = window.export_calendar()
    qtbot.waitUntil(lambda: dialog.matters.count() == 5, timeout=WAIT)
    assert dialog.chosen_ids() == [view.matter_id]
    dialog.reject()


def test_first_run_offers_the_demo(qtbot, make_controller, tmp_path):
    folder = tmp_path / "vault"
    ctl = make_controller(folder)
    ctl.start()
    dialog = ctl.dialog
    assert isinstance(dialog, CreateVaultDialog)
    idle(qtbot, ctl)
    dialog.demo_button.click()
    qtbot.waitUntil(lambda: ctl.window is not None and ctl.window.isVisible(), timeout=WAIT)
    idle(qtbot, ctl)
    assert ctl.demo and "demo" in ctl.window.app_title and not ctl.quits
    assert not folder.exists() and (tmp_path / "demo-vault").is_dir()
    qtbot.waitUntil(lambda: ctl.window.model.rowCount() >= 5, timeout=WAIT)


def test_reminders_rechecked_while_open_and_shown_in_why_this_date(qtbot, make_controller, vault_folder):
    from workbench.gui.matter.deadlines import why_html
    from workbench.gui.session_guard import ms_until_after_midnight

    assert ms_until_after_midnight(datetime(2026, 3, 4, 23, 59)) == 120_000
    assert ms_until_after_midnight(datetime(2026, 3, 4, 0, 0)) == 24 * 3600_000 + 60_000
    ctl = make_controller(vault_folder)
    ctl.start()
    window = unlock(qtbot, ctl)
    assert window.reminder_clock.running
    window.reminders.shown.clear()
    window.reminders.reset()  # as if the day had changed
    with qtbot.waitSignal(window.dashboard.loaded, timeout=WAIT):
        window.reminder_clock.tick.emit()
    idle(qtbot, ctl)
    assert window.reminders.shown  # the overdue deadline of the sample data is announced again
    window.lock_action.trigger()
    idle(qtbot, ctl)
    assert not window.reminder_clock.running
    unlock(qtbot, ctl)

    # the rule's reminder dates, next one in bold
    view = open_matter(qtbot, ctl, 0, "client")
    from tests.gui.gui_helpers import fill as type_in
    view.client.entries.add()
    dialog = view.client.entries.findChild(RowDialog)
    type_in(dialog.form, entry_date=(date.today() - timedelta(days=200)).strftime("%m/%d/%Y"))
    dialog.save()
    qtbot.waitUntil(lambda: any(d.rule_id == "asylum.one_year" for d in view.detail.deadlines), timeout=WAIT)
    deadline = next(d for d in view.detail.deadlines if d.rule_id == "asylum.one_year")
    assert len(deadline.reminders) == 3
    html = why_html(deadline)
    assert "Reminders" in html and all(f"{d.day}, {d.year}" in html for d in deadline.reminders)
