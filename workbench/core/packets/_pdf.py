"""ReportLab helpers shared by packets, the visit kit and reports: fonts, styles, one call to
render flowables to PDF bytes in memory (nothing touches the disk)."""

from __future__ import annotations

import io
from contextlib import contextmanager
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .. import pdf_fonts

PAGE = letter
MARGIN = 0.9 * inch

def fonts() -> tuple[str, str]:
    """(regular, bold): the bundled Unicode pair (``core.pdf_fonts``), names in any script."""
    return pdf_fonts.fonts()


@lru_cache(maxsize=None)
def styles() -> dict[str, ParagraphStyle]:
    regular, bold = fonts()
    base = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=14)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=16, leading=20, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4),
        "bold": ParagraphStyle("bold", parent=base, fontName=bold),
        "right": ParagraphStyle("right", parent=base, alignment=2),
        "center": ParagraphStyle("center", parent=base, alignment=1),
    }


def p(text: str | None, style: str = "body") -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept)."""
    return Paragraph(escape(text or "").replace("\n", "<br/>"), styles()[style])


def grid(rows: list[list], widths: list[float], header: bool = True, font_size: float = 9.5) -> Table:
    regular, bold = fonts()
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    cmds = [("FONT", (0, 0), (-1, -1), regular, font_size), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if header:
        cmds += [("FONT", (0, 0), (-1, 0), bold, font_size), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8"))]
    table.setStyle(TableStyle(cmds))
    return table


@contextmanager
def binary_streams():
    """Write PDF streams as binary instead of ASCII85 while ReportLab renders in this block.

    ReportLab's default (``rl_config.useA85``) encodes every stream, embedded JPEGs included,
    in ASCII85; without its optional C accelerator that costs ~0.25 s per scanned page in pure
    Python. Binary streams are as valid and 20% smaller. The setting is restored afterwards, so
    other ReportLab users in the process keep their own choice.
    """
    from reportlab import rl_config

    old = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = old


def render(flowables: list, *, title: str = "", footer: str | None = None, pagesize=PAGE,
           margins: float = MARGIN) -> bytes:
    """Lay out ``flowables`` on pages; returns the PDF bytes. ``footer`` is printed on each page."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=margins, rightMargin=margins,
                            topMargin=margins, bottomMargin=margins, title=title, author="", creator="Pro Bono Workbench",
                            producer="Pro Bono Workbench", initialFontName=fonts()[0])

    def on_page(canvas, _doc):
        if footer:
            canvas.saveState()
            canvas.setFont(fonts()[0], 8)
            canvas.drawString(margins, 0.5 * inch, footer)
            canvas.restoreState()

    with binary_streams():
        doc.build(list(flowables) or [Spacer(1, 1)], onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


def lines(n: int, width: float) -> Table:
    """``n`` ruled blank lines to write on."""
    t = Table([[""] for _ in range(n)], colWidths=[width], rowHeights=[0.33 * inch] * n)
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey)]))
    return t


CONTENT_WIDTH = PAGE[0] - 2 * MARGIN
