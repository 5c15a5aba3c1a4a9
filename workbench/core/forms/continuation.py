"""Continuation pages in USCIS's "Additional Information" layout, made with ReportLab in memory.

USCIS forms end with an "Additional Information" part: for each extra answer, the page number,
part number and item number it continues, then the text; the applicant's name and A-number head
every sheet, each sheet says "Page N of M" and is signed and dated. What goes here, and in which
order, is decided in ``additional_info``; the form's own Additional Information part is used first.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from .. import pdf_fonts

@dataclass(frozen=True)
class ContinuationEntry:
    page: int | None
    part: str | None
    item: str | None
    text: str


def _font() -> str:
    return pdf_fonts.fonts()[0]


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split(" "):
            trial = f"{line} {word}".strip()
            if pdfmetrics.stringWidth(trial, font, size) <= width:
                line = trial
                continue
            if line:
                lines.append(line)
            while pdfmetrics.stringWidth(word, font, size) > width:  # a very long word: break it
                cut = len(word)
                while cut > 1 and pdfmetrics.stringWidth(word[:cut], font, size) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


def _layout(entries: list[ContinuationEntry], font: str, body_width: float, first_y: float,
            floor: float) -> list[list[tuple[str, str, float]]]:
    """The sheets as lists of (kind, text, y) lines: kind "head" (page/part/item) or "body"."""
    pages: list[list[tuple[str, str, float]]] = [[]]
    y = first_y
    for entry in entries:
        head = (f"Page Number: {entry.page or '-'}    Part Number: {entry.part or '-'}    "
                f"Item Number: {entry.item or '-'}")
        lines = _wrap(entry.text, font, 10, body_width - 12)
        if y - (16 + 13 * min(len(lines), 3)) < floor and pages[-1]:
            pages.append([])
            y = first_y
        pages[-1].append(("head", head, y))
        y -= 15
        for line in lines:
            if y < floor:
                pages.append([("head", head + " (continued)", first_y)])
                y = first_y - 15
            pages[-1].append(("body", line, y))
            y -= 13
        y -= 10
    return pages


def render(entries: list[ContinuationEntry], *, form_label: str, family_name: str, given_name: str,
           middle_name: str | None, a_number: str | None) -> bytes:
    """The continuation sheets as PDF bytes (empty bytes when there is nothing to continue).

    Each sheet, as the USCIS instructions ask for additional sheets: the applicant's name and
    A-number at the top, "Page N of M", each entry under its page, part and item number, and a
    signature and date line (every sheet is signed and dated)."""
    if not entries:
        return b""
    font = _font()
    if not pdf_fonts.is_unicode(font):  # Latin-1 only: keep what it can show, mark the rest
        entries = [ContinuationEntry(e.page, e.part, e.item,
                                     e.text.encode("latin-1", "replace").decode("latin-1")) for e in entries]
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, pageCompression=1, initialFontName=font)
    c.setTitle(f"{form_label}: Additional Information")
    width, height = letter
    margin, body_width = 0.75 * inch, letter[0] - 1.5 * inch
    top = height - margin - 22
    pages = _layout(entries, font, body_width, top - 36, margin + 80)
    name = f"Family Name: {family_name}    Given Name: {given_name}    Middle Name: {middle_name or 'N/A'}"
    a_line = f"A-Number (if any): {('A-' + a_number) if a_number else 'None'}"
    for n, lines in enumerate(pages, start=1):
        c.setFont(font, 13)
        c.drawString(margin, height - margin, "Additional Information")
        c.setFont(font, 9)
        c.drawRightString(width - margin, height - margin, f"{form_label} — Page {n} of {len(pages)}")
        c.drawString(margin, top, name)
        c.drawString(margin, top - 13, a_line)
        c.line(margin, top - 20, width - margin, top - 20)
        for kind, text, y in lines:
            if kind == "head":
                c.setFont(font, 9)
                c.drawString(margin, y, text)
            else:
                c.setFont(font, 10)
                c.drawString(margin + 12, y, text)
        c.setFont(font, 9)
        c.line(margin, margin + 40, margin + 3.5 * inch, margin + 40)
        c.drawString(margin, margin + 28, "Signature")
        c.line(width - margin - 2 * inch, margin + 40, width - margin, margin + 40)
        c.drawString(width - margin - 2 * inch, margin + 28, "Date (mm/dd/yyyy)")
        c.showPage()
    c.save()
    return buf.getvalue()
