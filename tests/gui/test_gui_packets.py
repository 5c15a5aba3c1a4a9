"""The Packet tab, the visit kit, Record visit and the reports against real vaults and the official
blanks in ../shared/uscis: reorder exhibits by drag and drop and Alt+Up/Down (stored at once),
build with progress and Cancel, preview, export only where chosen; the kit in Spanish with the
matter number as the only identifier; the hours report's total computed by hand."""

from __future__ import annotations

import csv
import io
import json
import re
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pypdf import PdfReader
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from tests.gui.gui_helpers import PASSPHRASE, idle, new_vault, open_matter
from tests.gui.test_gui_app_flow import WAIT, unlock
from tests.gui.test_gui_matter_tabs import scan
from tests.gui.test_gui_screenshots import save
from workbench.core.model import Document, TimeEntry
from workbench.core.model.enums import MatterKind
from workbench.core.operations import add_client_with_matter
from workbench.core.packets import exhibit_order

CANARY = "Zqpacketcanary"
ATTORNEY = {"given_name": "Maya", "family_name": "Lindqvist", "firm": "Lakeside Legal Aid (fictional)",
            "street": "60 State St", "city": "Boston", "state": "MA", "zip_code": "02109",
            "phone": "617-555-0100", "email": "maya@example.org", "bar_number": "654321",
            "licensing_authority": "Massachusetts", "eoir_id": "XY123456"}
EXHIBITS = (("Birth certificate", 1), ("Police report", 2), ("Country conditions report", 3))


def make_pdf(marker: str, pages: int) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter)
    for n in range(1, pages + 1):
        c.setFont("Helvetica", 14)
        c.drawString(72, letter[1] - 100, f"{marker} page {n}")
        c.showPage()
    c.save()
    return buf.getvalue()


def packet_vault(folder: Path, uscis_dir: Path | None) -> str:
    from workbench.core.forms.blanks import add_blank

    if uscis_dir is not None:
        for name in ("g-28", "i-589"):
            add_blank((uscis_dir / f"{name}.pdf").read_bytes())
    vault = new_vault(folder)
    vault.set_meta("attorney_profile", json.dumps(ATTORNEY))
    matter_id = add_client_with_matter(vault, CANARY, "Ana", MatterKind.AFFIRMATIVE_ASYLUM,
                                       "P-0007").created_id("matters")
    for n, (title, pages) in enumerate(EXHIBITS):
        blob = vault.attachments.put(make_pdf(title, pages))
        with vault.session() as s:
            s.add(Document(matter_id=matter_id, title=title, media_type="application/pdf", size_bytes=blob.size,
                           sha256=blob.sha256, blob_id=blob.blob_id, received_on=date(2025, 1, 1 + n)))
    with vault.session() as s:  # 90 + 45 + 20 minutes = 155 minutes = 2.58 hours (by hand)
        for d, minutes in ((date(2025, 1, 5), 90), (date(2025, 1, 20), 45), (date(2025, 2, 1), 20)):
            s.add(TimeEntry(matter_id=matter_id, work_date=d, minutes=minutes))
    vault.close()
    return matter_id


def open_packet(qtbot, make_controller, folder: Path):
    ctl = make_controller(folder)
    ctl.start()
    unlock(qtbot, ctl, PASSPHRASE)
    view = open_matter(qtbot, ctl, 0, "packet")
    tab = view.packet
    qtbot.waitUntil(lambda: tab.exhibit_list.count() == len(EXHIBITS), timeout=WAIT)
    idle(qtbot, ctl)
    return ctl, view, tab


def stored_titles(qtbot, ctl, matter_id: str) -> list[str]:
    """The order stored in the vault, read on the database worker."""
    box = []
    ctl.tasks.run(lambda: exhibit_order(ctl.tasks.vault_for_worker(), matter_id), lambda f: box.append(f.result()))
    qtbot.waitUntil(lambda: bool(box), timeout=WAIT)
    return [e.title for e in box[0]]


def shown_titles(tab) -> list[str]:
    return [re.sub(r"^Exhibit [A-Z]+: ", "", tab.exhibit_list.item(i).text()).split("\n")[0]
            for i in range(tab.exhibit_list.count())]


def drop(lst, source_row: int, before_row: int) -> bool:
    """What a drag and drop ends in: QListWidget.dropEvent (InternalMove, source == the list) calls
    its model's moveRow(s); a synthesized drag cannot finish QDrag's loop on the offscreen platform."""
    from PySide6.QtCore import QModelIndex

    lst.setCurrentRow(source_row)
    return lst.model().moveRows(QModelIndex(), source_row, 1, QModelIndex(), before_row)


def pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def test_reorder_build_preview_and_export(qtbot, make_controller, tmp_path, uscis_dir, env_dirs):
    folder = tmp_path / "vault"
    matter_id = packet_vault(folder, uscis_dir)
    ctl, view, tab = open_packet(qtbot, make_controller, folder)
    window = ctl.window
    window.resize(1360, 860)
    assert tab.kind() == "i-589"  # the matter kind's filing
    assert tab.checklist.count() > 3 and any("Source: Form I-589 Instructions" in tab.checklist.item(i).text()
                                             for i in range(tab.checklist.count()))
    assert shown_titles(tab) == [t for t, _ in EXHIBITS]
    assert tab.exhibit_list.item(0).text().startswith("Exhibit A: ")
    assert not tab.export_button.isEnabled() and tab.build_button.isEnabled()

    # drag and drop: the police report dropped above the birth certificate; stored at once
    lst = tab.exhibit_list
    assert lst.dragDropMode() == lst.DragDropMode.InternalMove and lst.dragEnabled()
    assert drop(lst, 1, 0)
    assert shown_titles(tab) == ["Police report", "Birth certificate", "Country conditions report"]
    idle(qtbot, ctl)
    assert stored_titles(qtbot, ctl, matter_id) == ["Police report", "Birth certificate",
                                                    "Country conditions report"]
    assert "saved" in tab.order_message.text()
    assert lst.item(0).text().startswith("Exhibit A: Police report")

    # the last one dragged to the top
    assert drop(lst, 2, 0)
    idle(qtbot, ctl)
    assert stored_titles(qtbot, ctl, matter_id) == ["Country conditions report", "Police report",
                                                    "Birth certificate"]

    # keyboard: Alt+Down on the first moves it below the second
    lst.setCurrentRow(0)
    qtbot.keyClick(lst, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert lst.currentRow() == 1
    idle(qtbot, ctl)
    order = ["Police report", "Country conditions report", "Birth certificate"]
    assert shown_titles(tab) == order and stored_titles(qtbot, ctl, matter_id) == order
    qtbot.keyClick(lst, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # and back up
    idle(qtbot, ctl)
    order = ["Country conditions report", "Police report", "Birth certificate"]
    assert stored_titles(qtbot, ctl, matter_id) == order

    # cancel: the build is queued behind other work, cancelled before its first step
    ctl.tasks.run(lambda: time.sleep(0.3))
    tab.build_button.click()
    assert tab.progress.isVisible() and tab.cancel_button.isVisible() and not tab.build_button.isEnabled()
    tab.cancel_button.click()
    qtbot.waitUntil(lambda: not tab.building, timeout=WAIT)
    assert "Cancelled" in tab.message.text() and tab.result is None and not tab.cancel_button.isVisible()

    # build: one click, progress reported, previewed from memory
    steps = []
    tab._progress.step.connect(lambda name, done, total: steps.append((name, done, total)))
    tab.build_button.click()
    qtbot.waitUntil(lambda: tab.result is not None and tab.preview.has_image(), timeout=WAIT * 3)
    idle(qtbot, ctl)
    assert steps[0][1] == 0 and steps[-1][1] == steps[-1][2]  # 0 of N ... N of N
    result = tab.result
    reader = PdfReader(io.BytesIO(result.pdf))
    assert len(reader.pages) == result.page_count == tab.preview.page_count
    exhibit_pages = sum(pages for _t, pages in EXHIBITS) + len(EXHIBITS)  # content + one tab page each
    exhibits_part = next(p for p in result.parts if p.title.lower().startswith("exhibit"))
    assert exhibits_part.last_page - exhibits_part.first_page + 1 == exhibit_pages
    assert exhibits_part.last_page == result.page_count
    texts = pdf_text(result.pdf)
    assert f"Page {result.page_count} of {result.page_count}" in texts[-1]
    tabs = [(m.group(1), i) for i, t in enumerate(texts) for m in [re.search(r"EXHIBIT ([A-Z])\b", t)]
            if m and i >= exhibits_part.first_page - 1]
    assert [label for label, _i in tabs] == ["A", "B", "C"]
    for (label, i), title in zip(tabs, order):
        assert title in texts[i], (label, title)
        assert f"{title} page 1" in texts[i + 1]  # the exhibit follows its tab page
    assert "page 1 of" in tab.preview.status.text()
    assert tab.export_button.isEnabled()
    assert scan(folder, CANARY.encode()) == [] and scan(env_dirs, CANARY.encode()) == []
    shot = save(window, "26-matter-packet")
    assert shot.exists()

    # export: where the user chose, and only there (atomically: no temp file left)
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    target = chosen / "i-589 packet.pdf"
    tab.export_to(target)
    qtbot.waitUntil(target.exists, timeout=WAIT)
    idle(qtbot, ctl)
    assert target.read_bytes() == result.pdf
    assert list(chosen.iterdir()) == [target]
    assert "written to" in tab.message.text()
    assert scan(folder, CANARY.encode()) == [] and scan(env_dirs, CANARY.encode()) == []

    # a reorder after the build says the packet is stale
    lst.setCurrentRow(2)
    qtbot.keyClick(lst, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    idle(qtbot, ctl)
    assert "build it again" in tab.message.text()

    # lock: the packet and the list are forgotten
    window.lock_action.trigger()
    idle(qtbot, ctl)
    assert tab.result is None and tab.exhibit_list.count() == 0 and not tab.preview.has_image()


def test_build_without_blanks_says_what_to_do(qtbot, make_controller, tmp_path):
    folder = tmp_path / "vault"
    packet_vault(folder, None)
    ctl, view, tab = open_packet(qtbot, make_controller, folder)
    tab.build_button.click()
    qtbot.waitUntil(lambda: not tab.building and tab.message.isVisible(), timeout=WAIT * 2)
    assert tab.result is None and "blank" in tab.message.text().lower()
    assert not tab.export_button.isEnabled() and tab.build_button.isEnabled()
    tab.set_filing("i-918")
    assert "I-918" in tab.checklist.item(0).text() or tab.checklist.count() > 1


def test_visit_kit_in_spanish_and_record_visit(qtbot, make_controller, tmp_path):
    folder = tmp_path / "vault"
    packet_vault(folder, None)
    ctl, view, tab = open_packet(qtbot, make_controller, folder)
    window = ctl.window
    assert window.visit_kit_action.isEnabled() and window.record_visit_action.isEnabled()
    assert window.visit_kit_action in window.matter_menu.actions()

    dialog = window.open_visit_kit()
    assert dialog is not None and dialog.include() == frozenset()
    assert not any(c.isChecked() for c in dialog.identifiers.values())
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    chosen = tmp_path / "chosen"
    target = chosen / "kit.pdf"
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT * 2):
        dialog.save_to(target)
    idle(qtbot, ctl)
    text = "\n".join(pdf_text(target.read_bytes()))
    assert "Paquete para visita en detención" in text and "P-0007" in text
    assert CANARY not in text  # the name is not printed unless chosen
    assert list(chosen.iterdir()) == [target]

    # record the visit, then type the notes
    record = window.open_record_visit()
    record.location.setText("Fictional Processing Center")
    record.record_button.click()
    qtbot.waitUntil(lambda: record.event_id is not None, timeout=WAIT)
    assert record.notes.isEnabled() and not record.record_button.isEnabled()
    record.notes.setPlainText("Client confirmed the dates of the two arrests.")
    record.notes_button.click()
    qtbot.waitUntil(lambda: "Notes added" in record.message.text(), timeout=WAIT)
    idle(qtbot, ctl)
    qtbot.waitUntil(lambda: any(e["kind"] == "detention_visit" for e in view.detail.events), timeout=WAIT)
    visit = next(e for e in view.detail.events if e["kind"] == "detention_visit")
    assert "two arrests" in (visit["description"] or "") and visit["location"] == "Fictional Processing Center"
    record.reject()

    # away from a matter the matter actions are off
    window.show_screen("matters")
    assert not window.visit_kit_action.isEnabled() and window.open_visit_kit() is None


def test_hours_and_matters_reports(qtbot, make_controller, tmp_path):
    from workbench.gui.visit_dialogs import report_format

    folder = tmp_path / "vault"
    packet_vault(folder, None)
    ctl = make_controller(folder)
    ctl.start()
    window = unlock(qtbot, ctl, PASSPHRASE)
    assert window.hours_report_action in window.reports_menu.actions()
    chosen = tmp_path / "chosen"
    hours = chosen / "hours.csv"
    window.export_report("hours", hours, "csv")
    qtbot.waitUntil(hours.exists, timeout=WAIT)
    idle(qtbot, ctl)
    rows = list(csv.reader(io.StringIO(hours.read_text("utf-8"))))
    assert rows[0] == ["matter", "month", "minutes", "hours"]
    assert rows[1:] == [["P-0007", "2025-01", "135", "2.25"], ["P-0007", "2025-02", "20", "0.33"],
                        ["TOTAL", "", "155", "2.58"]]
    assert CANARY not in hours.read_text("utf-8")

    matters = chosen / "matters.pdf"
    window.export_report("matters", matters, "pdf")
    qtbot.waitUntil(matters.exists, timeout=WAIT)
    idle(qtbot, ctl)
    assert matters.read_bytes().startswith(b"%PDF") and "P-0007" in "\n".join(pdf_text(matters.read_bytes()))
    assert sorted(p.name for p in chosen.iterdir()) == ["hours.csv", "matters.pdf"]
    assert "written to" in window.status.text()

    assert report_format(Path("a.CSV")) == "csv" and report_format(Path("a"), "PDF document (*.pdf)") == "pdf"


def test_u_visa_packet_lists_each_member_and_leaves_out_an_unticked_form(qtbot, make_controller, tmp_path,
                                                                          uscis_dir):
    """The attorney sees what the U visa packet encloses (a Supplement A per family member, the
    optional I-765 and I-912) and leaves the I-765 out; an I-730 packet is built for the relative
    chosen under For."""
    from workbench.core.forms.blanks import add_blank
    from workbench.core.model import Matter, Person
    from workbench.core.model.enums import Relationship

    folder = tmp_path / "vault"
    asylum_id = packet_vault(folder, uscis_dir)
    for name in ("i-918", "i-918supa", "i-918supb", "i-765", "i-912", "i-730"):
        add_blank((uscis_dir / f"{name}.pdf").read_bytes())
    from workbench.core.vault.store import Vault

    vault = Vault.open(folder, PASSPHRASE, store=None, auto_backup=False)
    with vault.session() as s:
        asylum = s.get(Matter, asylum_id)
        asylum.kind = MatterKind.U_VISA  # the U visa filing; the I-730 below needs only the relatives
        asylum.asylum_granted_on = date(2025, 6, 1)
        for given, relation in (("Bruno", Relationship.CHILD), ("Vera", Relationship.SPOUSE)):
            s.add(Person(client_id=asylum.client_id, relation=relation, given_name=given, family_name=CANARY))
    vault.close()
    ctl, view, tab = open_packet(qtbot, make_controller, folder)

    tab.set_filing("i-918")
    qtbot.waitUntil(lambda: tab.enclosed.count() == 7, timeout=WAIT)
    rows = [tab.enclosed.item(i) for i in range(tab.enclosed.count())]
    assert [r.text() for r in rows] == ["G-28", "I-918", "I-918 Supplement B", f"I-918 Supplement A — Vera {CANARY}",
                                        f"I-918 Supplement A — Bruno {CANARY}", "I-765", "I-912"]
    checked = [r.checkState() == Qt.CheckState.Checked for r in rows]
    assert checked == [True] * 6 + [False], "the I-912 waits until the fee waiver is begun"
    assert not rows[1].flags() & Qt.ItemFlag.ItemIsUserCheckable and rows[5].flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not tab.member.isVisible()

    # the fee waiver begun in the Forms tab (saved without reloading the matter): back on the Packet tab,
    # the I-912 is in the plan
    view.set_tab("forms")
    forms = view.forms_tab
    qtbot.waitUntil(lambda: forms.form_list.count() > 0, timeout=WAIT)
    forms.form_list.setCurrentRow([forms.form_list.item(i).text().split("\n")[0]
                                   for i in range(forms.form_list.count())].index("I-912"))
    qtbot.waitUntil(lambda: forms.state is not None and forms.state.slot.form_id == "i-912"
                    and "i912_basis_benefit" in forms.questions.rows, timeout=WAIT)
    basis = forms.questions.rows["i912_basis_benefit"]
    basis.input.setCurrentIndex(basis.input.findData(True))
    idle(qtbot, ctl)
    view.set_tab("packet")
    qtbot.waitUntil(lambda: tab.enclosed.count() == 7 and tab.enclosed.item(6).checkState() == Qt.CheckState.Checked,
                    timeout=WAIT)
    tab.enclosed.item(6).setCheckState(Qt.CheckState.Unchecked)  # and the attorney leaves it out after all
    rows = [tab.enclosed.item(i) for i in range(tab.enclosed.count())]
    rows[5].setCheckState(Qt.CheckState.Unchecked)  # leave the I-765 out
    assert tab.enclose() == {"i-765": False, "i-912": False}
    tab.build_button.click()
    qtbot.waitUntil(lambda: not tab.building and tab.result is not None, timeout=WAIT * 4)
    titles = [p.title for p in tab.result.parts]
    assert f"Form I-918 Supplement A (Vera {CANARY})" in titles and "Form I-765" not in titles
    ctl.window.resize(1400, 860)
    save(ctl.window, "packet-u-visa-family")

    tab.set_filing("i-730")
    qtbot.waitUntil(lambda: tab.member.isVisible() and tab.enclosed.count() == 2, timeout=WAIT)
    assert [tab.member.itemText(i) for i in range(tab.member.count())] == [f"Vera {CANARY}", f"Bruno {CANARY}"]
    tab.member.setCurrentIndex(1)
    qtbot.waitUntil(lambda: tab.enclosed.count() == 2 and "Bruno" in tab.enclosed.item(1).text(), timeout=WAIT)
    tab.build_button.click()
    qtbot.waitUntil(lambda: not tab.building and tab.result is not None and tab.result.filing.filing == "i-730",
                    timeout=WAIT * 4)
    assert f"Form I-730 (Bruno {CANARY})" in [p.title for p in tab.result.parts]
    idle(qtbot, ctl)
