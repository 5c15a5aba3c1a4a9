"""Table models without widgets (DESIGN "Shape" rule 5), and the Qt-free reads behind them:
agenda, search index (FTS5 kept current by triggers), field checks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from tests.gui.gui_helpers import new_vault, seed
from workbench.core import operations as op
from workbench.core.queries.dashboard import due_reminders, reminder_text
from workbench.core.queries.search import match_expression, snippet
from workbench.gui.dashboard_page import agenda_model
from workbench.gui.matter.deadlines import deadline_model, why_html
from workbench.gui.record_table import ALERT, RecordTableModel
from workbench.gui.search_page import results_model

TODAY = date(2026, 3, 2)


@pytest.fixture
def vault(tmp_path):
    v = new_vault(tmp_path / "vault")
    yield v
    v.close()


def texts(model, col):
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_agenda_model_marks_overdue_and_orders_by_date(vault, qtmodeltester):
    ids = seed(vault, today=TODAY)
    items = op.agenda(vault, today=TODAY)
    model = agenda_model(today=lambda: TODAY)
    model.set_items(items)
    qtmodeltester.check(model)
    assert [i.on for i in items] == sorted(i.on for i in items)
    assert [i.title for i in items] == ["Pre-hearing filings", "Individual hearing"]  # 45/200-day ones are later
    assert texts(model, 0)[0] == "Feb 27, 2026 (3 days overdue)"
    assert model.data(model.index(0, 2), Qt.ItemDataRole.ForegroundRole).color() == ALERT
    assert model.data(model.index(1, 2), Qt.ItemDataRole.FontRole).bold()  # hearings stand out
    assert model.data(model.index(1, 0), RecordTableModel.ItemRole).matter_id == ids[1]
    due = due_reminders(items, TODAY, 3)
    assert [i.title for i in due] == ["Pre-hearing filings"]
    text = reminder_text(due, TODAY)
    assert text.startswith("1 overdue deadline") and "Haile" not in text


def test_deadline_model_and_why_text(vault, qtmodeltester):
    ids = seed(vault, today=TODAY)
    op.save_edits(vault, [op.Edit("entries", None, {"entry_date": TODAY - timedelta(days=30), "place": "Miami"},
                                  parent_id=op.matter_detail(vault, ids[0]).client.id)])
    detail = op.matter_detail(vault, ids[0], today=TODAY)
    model = deadline_model(today=lambda: TODAY)
    model.set_items(detail.deadlines)
    qtmodeltester.check(model)
    computed = next(d for d in detail.deadlines if d.rule_id == "asylum.one_year")
    assert computed.explanation.authority and computed.explanation.nuance
    html = why_html(computed)
    assert "Authority" in html and "&lt;" not in computed.title
    manual = next(d for d in detail.deadlines if d.rule_id is None)
    assert "entered by hand" in why_html(manual) and "Entered by hand" in texts(model, 2)
    assert "<script>" not in why_html(manual.__class__(**{**manual.__dict__, "title": "<script>x</script>"}))


def test_search_index_follows_every_write(vault, qtmodeltester):
    ids = seed(vault)
    detail = op.matter_detail(vault, ids[2])
    op.save_edits(vault, [op.Edit("notes", None, {"body": "Met the certifying detective"}, parent_id=ids[2])])
    hits = op.search_vault(vault, "detect")
    assert [(h.kind, h.client_name) for h in hits] == [("note", "Nguyen, Thi Lan")]
    model = results_model()
    model.set_items(hits)
    qtmodeltester.check(model)
    assert texts(model, 0) == ["Note"]
    # renaming the client re-indexes it; a tombstoned note leaves the index
    op.save_edits(vault, [op.Edit("clients", detail.client.id, {"family_name": "Nguyen-Tran", "a_number": "A7654321"})])
    assert [h.kind for h in op.search_vault(vault, "tran")] == ["client"]
    assert [h.client_name for h in op.search_vault(vault, "A-007-654-321")] == ["Nguyen-Tran, Thi Lan"]
    op.delete_record(vault, "notes", hits[0].record_id)
    assert op.search_vault(vault, "detective") == []
    assert op.search_vault(vault, '" OR NEAR( -') == []  # FTS5 syntax is never passed through
    assert match_expression("maria") == '"maria"*'


def test_snippet_finds_the_word_in_a_long_note():
    body = "x " * 200 + "the asylum officer asked about Tegucigalpa " + "y " * 200
    cut = snippet(body, ["tegucigalpa"])
    assert "Tegucigalpa" in cut and cut.startswith("…") and cut.endswith("…") and len(cut) <= 142


@pytest.mark.parametrize("table, name, value, wrong", [
    ("clients", "a_number", "A12", True), ("clients", "a_number", "A012345678", False),
    ("clients", "email", "a@b", True), ("clients", "email", "a@b.org", False),
    ("clients", "phone", "call me", True), ("clients", "phone", "+1 (312) 555-0100", False),
    ("addresses", "zip_code", "6060", True), ("addresses", "zip_code", "60604-1234", False),
    ("clients", "family_name", "", True), ("clients", "middle_name", "", False),
])
def test_field_checks(table, name, value, wrong):
    assert (op.field_problem(table, name, value) is not None) == wrong


def test_dates_and_hours_parse_as_typed():
    assert op.parse_date("03/04/2026") == date(2026, 3, 4) == op.parse_date("2026-03-04")
    assert op.parse_date("  ") is None
    with pytest.raises(ValueError, match="MM/DD/YYYY"):
        op.parse_date("4.3.2026")
    assert [op.parse_minutes(t) for t in ("1.5", "1:30", "90m", "2h", "0.25")] == [90, 90, 90, 120, 15]
    with pytest.raises(ValueError):
        op.parse_minutes("25")


def test_save_edits_checks_everything_and_refuses_stale_versions(vault):
    ids = seed(vault)
    detail = op.matter_detail(vault, ids[0])
    with pytest.raises(op.ValidationError) as caught:
        op.save_edits(vault, [op.Edit("clients", detail.client.id, {"a_number": "12", "email": "x"}),
                              op.Edit("events", None, {"kind": "hearing"}, parent_id=ids[0])])
    keys = {k for k, _ in caught.value.problems}
    assert {"clients.a_number", "clients.email", "events.title", "events.on_date"} <= keys
    assert op.matter_detail(vault, ids[0]).client["email"] is None  # nothing written
    op.save_edits(vault, [op.Edit("clients", detail.client.id, {"religion": "None"},
                                  expected_version=detail.client.row_version)])
    with pytest.raises(op.WorkbenchError, match="changed elsewhere"):
        op.save_edits(vault, [op.Edit("clients", detail.client.id, {"religion": "Other"},
                                      expected_version=detail.client.row_version)])
    note = op.save_edits(vault, [op.Edit("notes", None, {"body": "first"}, parent_id=ids[0])]).created_id("notes")
    with pytest.raises(op.ValidationError, match="cannot be changed"):
        op.save_edits(vault, [op.Edit("notes", note, {"body": "rewritten"})])


def test_settings_round_trip(vault):
    assert op.load_settings(vault) == op.Settings()
    op.save_settings(vault, op.Settings(reminder_days=7, auto_lock_minutes=5, notifications=False))
    assert op.load_settings(vault) == op.Settings(7, 5, False)
    with pytest.raises(op.ValidationError):
        op.save_settings(vault, op.Settings(auto_lock_minutes=0))
