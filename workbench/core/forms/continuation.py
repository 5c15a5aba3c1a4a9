"""Continuation pages in USCIS's "Additional Information" layout, made with ReportLab in memory.

USCIS forms end with an "Additional Information" part: for each extra answer, the page number,
part number and item number it continues, then the text; the applicant's name and A-number head
every sheet, and the sheet is signed and dated. Answers longer than their box and list rows past
the form's capacity (a fifth child, a fourth entry) go here; the box itself says "See
continuation sheet".
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

_FONT_CANDIDATES = [  # a font with wide Unicode coverage, where the system has one
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "C:/Windows/Fonts/arialuni.ttf",
    "C:/Windows/Fonts/arial.ttf",
]


@dataclass(frozen=True)
class ContinuationEntry:
    page: int | None
    part: str | None
    item: str | None
    text: str


def _font() -> str:
    for candidate in _FONT_CANDIDATES:
        if Path(candidate).exists():
            try:
                pdfmetrics.registerFont(TTFont("WorkbenchSans", candidate))
                return "WorkbenchSans"
            except Exception:
                continue
    return "Helvetica"


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


def render(entries: list[ContinuationEntry], *, form_label: str, family_name: str, given_name: str,
           middle_name: str | None, a_number: str | None) -> bytes:
    """The continuation pages as PDF bytes (empty bytes when there is nothing to continue)."""
    if not entries:
        return b""
    font = _font()
    if font == "Helvetica":  # Latin-1 only: keep what it can show, mark the rest
        entries = [ContinuationEntry(e.page, e.part, e.item,
                                     e.text.encode("latin-1", "replace").decode("latin-1")) for e in entries]
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, pageCompression=1)
    c.setTitle(f"{form_label}: Additional Information")
    width, height = letter
    margin, body_width = 0.75 * inch, letter[0] - 1.5 * inch
    page_no = [0]

    def header() -> float:
        page_no[0] += 1
        c.setFont(font, 13)
        c.drawString(margin, height - margin, "Additional Information")
        c.setFont(font, 9)
        c.drawRightString(width - margin, height - margin, f"{form_label} — continuation sheet {page_no[0]}")
        y = height - margin - 22
        c.setFont(font, 9)
        name = f"Family Name: {family_name}    Given Name: {given_name}    Middle Name: {middle_name or 'N/A'}"
        c.drawString(margin, y, name)
        c.drawString(margin, y - 13, f"A-Number (if any): {('A-' + a_number) if a_number else 'None'}")
        c.line(margin, y - 20, width - margin, y - 20)
        return y - 36

    y = header()
    for entry in entries:
        head = (f"Page Number: {entry.page or '-'}    Part Number: {entry.part or '-'}    "
                f"Item Number: {entry.item or '-'}")
        lines = _wrap(entry.text, font, 10, body_width - 12)
        needed = 16 + 13 * min(len(lines), 3)
        if y - needed < margin + 60:
            c.showPage()
            y = header()
        c.setFont(font, 9)
        c.drawString(margin, y, head)
        y -= 15
        c.setFont(font, 10)
        for line in lines:
            if y < margin + 60:
                c.showPage()
                y = header()
                c.setFont(font, 9)
                c.drawString(margin, y, head + " (continued)")
                y -= 15
                c.setFont(font, 10)
            c.drawString(margin + 12, y, line)
            y -= 13
        y -= 10
    if y < margin + 70:
        c.showPage()
        y = header()
    c.setFont(font, 9)
    c.line(margin, margin + 40, margin + 3.5 * inch, margin + 40)
    c.drawString(margin, margin + 28, "Signature")
    c.line(width - margin - 2 * inch, margin + 40, width - margin, margin + 40)
    c.drawString(width - margin - 2 * inch, margin + 28, "Date (mm/dd/yyyy)")
    c.showPage()
    c.save()
    return buf.getvalue()
