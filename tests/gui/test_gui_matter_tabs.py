"""The matter tabs against real vaults: documents encrypted on disk and previewed from memory,
"Why this date" and overrides, notes found by the global search."""

from __future__ import annotations

import io
import os
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pypdf import PdfWriter

from tests.gui.gui_helpers import fill, idle, open_matter
from tests.gui.test_gui_app_flow import WAIT, unlock

CANARY = b"CANARY7f3a9cPASSPORTOFAFICTIONALCLIENT"


def pdf_bytes(pages: int = 2) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(612, 792)
    writer.add_metadata({"/Title": CANARY.decode()})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def scan(folder: Path, needle: bytes) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_attached_file_is_unreadable_on_disk_and_previews_from_memory(qtbot, make_controller, vault_folder,
                                                                      tmp_path, env_dirs):
    source = tmp_path / "outside" / "passport scan.pdf"
    source.parent.mkdir()
    source.write_bytes(pdf_bytes())
    assert CANARY in source.read_bytes()
    ctl = make_controller(vault_folder)
    ctl.start()
    window = unlock(qtbot, ctl)
    view = open_matter(qtbot, ctl, 0, "documents")
    docs = view.documents
    docs.add_file(source)
    qtbot.waitUntil(lambda: docs.model.rowCount() == 1, timeout=WAIT)
    idle(qtbot, ctl)
    assert docs.model.data(docs.model.index(0, 0)) == "passport scan"
    assert scan(vault_folder, CANARY) == [] and scan(env_dirs / "tmp", CANARY) == []
    assert len(list((vault_folder / "attachments").glob("*.wbat"))) == 1

    docs.table.selectRow(0)
    docs.preview_selected()
    qtbot.waitUntil(lambda: docs.preview.has_image(), timeout=WAIT)
    assert docs.preview.page_count == 2 and "page 1 of 2" in docs.preview.status.text()
    docs.preview.next_button.click()
    qtbot.waitUntil(lambda: "page 2 of 2" in docs.preview.status.text(), timeout=WAIT)
    assert scan(vault_folder, CANARY) == [] and scan(env_dirs / "tmp", CANARY) == []  # still: nothing on disk

    target = tmp_path / "chosen" / "copy.pdf"
    target.parent.mkdir()
    docs.export_to(docs.selected().id, target)
    qtbot.waitUntil(target.exists, timeout=WAIT)
    assert target.read_bytes() == source.read_bytes()
    idle(qtbot, ctl)
    view.set_tab("activity")
    qtbot.waitUntil(lambda: any(a.action == "export" for a in view.detail.activity), timeout=WAIT)

    window.lock_action.trigger()  # the preview forgets the decrypted bytes
    idle(qtbot, ctl)
    assert docs.preview.content is None and not docs.preview.has_image() and docs.model.rowCount() == 0


def test_image_preview_and_unpreviewable_types(qtbot, make_controller, vault_folder, tmp_path):
    from PySide6.QtGui import QColor, QImage

    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    png = tmp_path / "photo.png"
    image.save(str(png))
    other = tmp_path / "letter.docx"
    other.write_bytes(b"PK\x03\x04 not really a docx")
    ctl = make_controller(vault_folder)
    ctl.start()
    unlock(qtbot, ctl)
    docs = open_matter(qtbot, ctl, 0, "documents").documents
    docs.add_file(png)
    docs.add_file(other)
    qtbot.waitUntil(lambda: docs.model.rowCount() == 2, timeout=WAIT)
    idle(qtbot, ctl)
    row = next(r for r in range(2) if docs.model.item(r)["media_type"] == "image/png")
    docs.table.selectRow(row)
    docs.preview_selected()
    qtbot.waitUntil(docs.preview.has_image, timeout=WAIT)
    docs.table.selectRow(1 - row)
    docs.preview_selected()
    qtbot.waitUntil(lambda: "cannot be previewed" in docs.preview.status.text(), timeout=WAIT)
    assert not docs.preview.has_image()


def test_why_this_date_override_and_clear(qtbot, make_controller, vault_folder):
    ctl = make_controller(vault_folder)
    ctl.start()
    window = unlock(qtbot, ctl)
    view = open_matter(qtbot, ctl, 0, "client")  # Alvarez Reyes: affirmative asylum
    arrival = date.today() - timedelta(days=100)
    add = view.client.entries.add()
    fill(add.form, entry_date=arrival.strftime("%m/%d/%Y"), place="Miami, FL", status="B-2")
    add.save()
    qtbot.waitUntil(lambda: any(d.rule_id == "asylum.one_year" for d in view.detail.deadlines), timeout=WAIT)
    idle(qtbot, ctl)
    view.set_tab("events")
    tab = view.events
    row = next(r for r, d in enumerate(tab.model.items()) if d.rule_id == "asylum.one_year")
    tab.table.selectRow(row)
    deadline = tab.selected()
    text = tab.why.text()
    for part in ("Rule", "Inputs", "Authority", "Computation", "What the engine cannot know", "208(a)(2)(B)",
                 "last arrival"):
        assert part in text, part
    assert deadline.explanation.inputs and deadline.explanation.steps

    dialog = tab.override_selected()
    new_date = deadline.due_on + timedelta(days=7)
    dialog.date.setText(new_date.strftime("%m/%d/%Y"))
    dialog.ok_button.click()  # no reason: refused, inline
    assert dialog.isVisible() and "reason" in dialog.reason_error.text()
    dialog.reason.setPlainText("Filed early per the organization's supervising attorney.")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.selected() is not None and tab.selected().is_overridden, timeout=WAIT)
    idle(qtbot, ctl)
    now = tab.selected()
    assert now.due_on == new_date and now.computed_due_on == deadline.due_on
    assert "set by hand" in tab.why.text() and "supervising attorney" in tab.why.text()
    assert "Overridden" in tab.model.data(tab.model.index(tab.model.row_of(now.id), 2))
    assert any(a.action == "deadline_override" for a in view.detail.activity)
    assert tab.clear_button.isEnabled()
    tab.clear_selected()
    qtbot.waitUntil(lambda: not tab.selected().is_overridden, timeout=WAIT)
    assert tab.selected().due_on == deadline.due_on

    # a fact changed on the matter recomputes (the BIA appeal rule needs an IJ decision)
    fill(tab.form, ij_decision_on=(date.today() - timedelta(days=3)).strftime("%m/%d/%Y"), ij_decision_oral=True)
    window.save_action.trigger()
    qtbot.waitUntil(lambda: any("appeal" in d.title.lower() for d in view.detail.deadlines), timeout=WAIT)


def test_global_search_finds_a_note_and_opens_it(qtbot, make_controller, vault_folder):
    ctl = make_controller(vault_folder)
    ctl.start()
    window = unlock(qtbot, ctl)
    view = open_matter(qtbot, ctl, 2, "notes")  # Nguyen, Thi Lan
    notes = view.notes
    qtbot.keyClicks(notes.new_body, "Certifying agency: the Cook County State's Attorney signed Supplement B")
    notes.new_title.setText("Certification")
    assert view.is_dirty()
    notes.add_note()
    qtbot.waitUntil(lambda: notes.model.rowCount() == 1 and not view.is_dirty(), timeout=WAIT)
    idle(qtbot, ctl)
    notes.filter.setText("nothing like this")
    assert notes.model.rowCount() == 0
    notes.filter.setText("attorney")
    assert notes.model.rowCount() == 1

    window.show_screen("dashboard")
    window.search_action.trigger()
    assert window.search_box.hasFocus() or not window.isActiveWindow()
    window.search_box.setText("State's attorn")
    window.search_box.returnPressed.emit()
    qtbot.waitUntil(lambda: window.search_page.model.rowCount() >= 1, timeout=WAIT)
    assert window.screen() == "search"
    hit = window.search_page.model.item(0)
    assert hit.kind == "note" and hit.client_name == "Nguyen, Thi Lan" and "Supplement B" in hit.snippet
    window.search_page.table.setFocus()
    window.search_page.table.selectRow(0)
    qtbot.keyClick(window.search_page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.screen() == "matter" and view.detail is not None, timeout=WAIT)
    idle(qtbot, ctl)
    assert view.current_tab() == "notes" and "Supplement B" in notes.reader.toPlainText()

    window.search_box.setText("NIJC-2025-0187")  # a matter number
    with qtbot.waitSignal(window.search_page.finished, timeout=WAIT):
        window.run_search()
    assert [h.client_name for h in window.search_page.model.items()] == ["Haile, Selam"]
    assert window.screen() == "search"
