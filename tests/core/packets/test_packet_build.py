"""Packets built end to end on the official G-28 and I-589 blanks, checked from the outside:
page count, bookmarks (pypdf outline), "Page N of M" and exhibit labels (pdftotext), the index's
page ranges, the stored exhibit order, proof of service for court filings, nothing on disk."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from workbench.core.errors import NotFound, ValidationError
from workbench.core.packets import (Cancelled, build_packet, exhibit_order, filing_kinds, load_filing,
                                    reorder_exhibits, tab_label)

from .conftest import pdftotext

TODAY = date(2031, 2, 1)


def _outline(reader: PdfReader) -> list:
    def walk(items):
        out = []
        for item in items:
            if isinstance(item, list):
                out[-1] = (out[-1][0], out[-1][1], walk(item))
            else:
                out.append((item.title, reader.get_destination_page_number(item) + 1, []))
        return out
    return walk(reader.outline)


def _page_of(text_pages: list[str], needle: str) -> int:
    return next(n for n, t in enumerate(text_pages, 1) if needle in t)


def test_uscis_packet_structure(packet_vault, blanks_folder):
    vault, matter_id, docs = packet_vault
    result = build_packet(vault, matter_id, "i-589", today=TODAY, blanks_folder=blanks_folder)
    reader = PdfReader(io.BytesIO(result.pdf))
    total = len(reader.pages)
    assert result.page_count == total
    # cover 1 + G-28 4 + I-589 (12 pages + continuation if any) + index 1 + 5 tabs + 3+1+4+1+1 exhibit pages
    g28 = next(p for p in result.parts if "G-28" in p.title)
    i589 = next(p for p in result.parts if "I-589" in p.title)
    assert g28.last_page - g28.first_page + 1 == 4
    assert i589.last_page - i589.first_page + 1 >= 12
    assert total == 1 + 4 + (i589.last_page - i589.first_page + 1) + 1 + 5 + 10

    outline = _outline(reader)
    titles = [t for t, _, _ in outline]
    assert titles[0] == "Cover letter" and titles[1].startswith("Form G-28") and titles[2].startswith("Form I-589")
    assert titles[3:] == ["Index of documents", "Exhibits"]
    exhibits = outline[-1][2]
    assert [t for t, _, _ in exhibits] == ["Tab A: Declaration of Ana Reyes", "Tab B: Photograph of injuries",
                                          "Tab C: Country conditions report", "Tab D: Letter from witness",
                                          "Tab E: Police report scan"]

    pages = pdftotext(result.pdf).split("\f")
    for n in (1, g28.first_page, i589.first_page, total):
        assert f"Page {n} of {total}" in pages[n - 1], n
    assert all(re.search(rf"Page {n} of {total}", pages[n - 1]) for n in range(1, total + 1))
    cover = pages[0]
    assert "Maya Lindqvist" in cover and "Ana Reyes" in cover and "A087-654-321" in cover
    assert "Form G-28" in cover and "Fee:" in cover and "Tabs A-E" in cover
    # every exhibit's bookmark lands on its tab page, and the index prints the same ranges
    index = pages[_page_of(pages, "INDEX OF DOCUMENTS") - 1]
    for (title, page, _), row in zip(exhibits, result.exhibits):
        assert f"EXHIBIT {row.tab}" in pages[page - 1]
        assert row.first_page == page
        assert re.search(rf"\b{row.tab}\s+{re.escape(row.description[:20])}.*\b{row.first_page}-{row.last_page}\b",
                         index), (row, index)
    # exhibit content sits inside its range; an image page carries its label
    a, c = result.exhibits[0], result.exhibits[2]
    assert _page_of(pages, "DECLARATION-OF-ANA page 1") == a.first_page + 1
    assert _page_of(pages, "COUNTRY-REPORT page 4") == c.last_page
    assert "Exhibit B: Photograph of injuries" in pages[result.exhibits[1].first_page]
    assert "GENERATED" not in "".join(pages) and "Notes.txt" not in index
    assert "PROOF OF SERVICE" not in "".join(pages)


def test_reorder_changes_the_next_build(packet_vault, blanks_folder):
    vault, matter_id, docs = packet_vault
    order = [docs["report"], docs["decl"], docs["scan"], docs["photo"]]  # "letter" left out
    changes = reorder_exhibits(vault, matter_id, order)
    assert changes.affects("vault_meta")
    assert [d.document_id for d in exhibit_order(vault, matter_id)] == order
    result = build_packet(vault, matter_id, "i-589", today=TODAY, blanks_folder=blanks_folder)
    assert [r.description.split(":")[0] for r in result.exhibits] == [
        "Country conditions report", "Declaration of Ana Reyes", "Police report scan", "Photograph of injuries"]
    pages = pdftotext(result.pdf).split("\f")
    assert _page_of(pages, "COUNTRY-REPORT page 1") < _page_of(pages, "DECLARATION-OF-ANA page 1")
    assert "WITNESS-LETTER" not in "".join(pages)
    # a document added later appears at the end; an excluded one stays out
    from .conftest import add_doc, make_pdf

    new = add_doc(vault, matter_id, make_pdf("LATE-ARRIVAL", 2), "Late arrival", "application/pdf", date(2030, 1, 1))
    assert [d.document_id for d in exhibit_order(vault, matter_id)] == order + [new]


def test_reorder_refuses_bad_ids_and_stores_nothing(packet_vault):
    vault, matter_id, docs = packet_vault
    before = [d.document_id for d in exhibit_order(vault, matter_id)]
    with pytest.raises(ValidationError) as err:
        reorder_exhibits(vault, matter_id, [docs["decl"], docs["decl"], "nope"])
    assert "more than once" in str(err.value) and "not a document of this matter" in str(err.value)
    assert [d.document_id for d in exhibit_order(vault, matter_id)] == before
    with pytest.raises(NotFound):
        reorder_exhibits(vault, "no-such-matter", [])


def test_court_packet_has_cover_page_and_proof_of_service(packet_vault, blanks_folder):
    vault, matter_id, _ = packet_vault
    result = build_packet(vault, matter_id, "i-589-court", today=TODAY, blanks_folder=blanks_folder)
    reader = PdfReader(io.BytesIO(result.pdf))
    titles = [t for t, _, _ in _outline(reader)]
    assert titles[0] == "Cover page" and titles[-1] == "Proof of service"
    assert not any("G-28" in t for t in titles)
    pages = pdftotext(result.pdf).split("\f")
    assert "NON-DETAINED" in pages[0] and "Hon. R. Ortiz" in pages[0] and "05/06/2099" in pages[0]
    last = pages[len(reader.pages) - 1]
    assert "PROOF OF SERVICE" in last and "Office of the Principal Legal Advisor" in last
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in last


def test_progress_cancel_and_errors(packet_vault, blanks_folder, tmp_path):
    vault, matter_id, _ = packet_vault
    seen = []
    build_packet(vault, matter_id, "i-589", today=TODAY, blanks_folder=blanks_folder,
                 progress=lambda step, done, total: seen.append((step, done, total)))
    assert seen[0][1] == 0 and seen[-1][0] == "Done" and seen[-1][1] == seen[-1][2]
    with pytest.raises(Cancelled):
        build_packet(vault, matter_id, "i-589", blanks_folder=blanks_folder, cancelled=lambda: True)
    with pytest.raises(NotFound, match="known kinds"):
        build_packet(vault, matter_id, "i-9999", blanks_folder=blanks_folder)
    with pytest.raises(NotFound, match="has not been added"):
        build_packet(vault, matter_id, "i-589", blanks_folder=tmp_path / "empty")


def test_password_protected_exhibit_is_refused_by_name(packet_vault, blanks_folder):
    from pypdf import PdfWriter

    from workbench.core.packets import ExhibitUnreadable

    from .conftest import add_doc, make_pdf

    vault, matter_id, _ = packet_vault
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf("SECRET", 1))))
    w.encrypt("user-pass", "owner-pass")
    buf = io.BytesIO()
    w.write(buf)
    add_doc(vault, matter_id, buf.getvalue(), "Locked medical record", "application/pdf", date(2031, 1, 20))
    with pytest.raises(ExhibitUnreadable, match="Locked medical record.*password"):
        build_packet(vault, matter_id, "i-589", blanks_folder=blanks_folder)


def test_checklists_are_data_with_citations():
    assert {"i-589", "i-589-court", "i-918", "i-360"} <= set(filing_kinds())
    for kind in filing_kinds():
        filing = load_filing(kind)
        assert filing.items and filing.forms
        for item in filing.items:
            assert item.citation.strip() and item.verified.strip(), (kind, item.id)
    i589 = {i.id for i in load_filing("i-589").items}
    assert {"copies", "photos", "declaration", "translations"} <= i589
    assert "8 CFR 103.2(b)(3)" in next(i.citation for i in load_filing("i-589").items if i.id == "translations")
    court = {i.id: i for i in load_filing("i-589-court").items}
    assert "1003.32(a)" in court["proof_of_service"].citation and "1003.32(b)" in court["index_pagination"].citation


def test_tab_labels_run_past_z():
    assert [tab_label(n) for n in (0, 1, 25, 26, 27, 51, 52)] == ["A", "B", "Z", "AA", "AB", "AZ", "BA"]
