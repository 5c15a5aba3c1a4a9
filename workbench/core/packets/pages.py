"""The pages a packet adds around the forms and exhibits, made with ReportLab in memory:
cover letter (USCIS) or cover page (immigration court), exhibit index, tab separators, proof of
service, and the "Page N of M" overlay."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Spacer

from ._pdf import CONTENT_WIDTH, PAGE, fonts, grid, p, render
from .filings import Filing


@dataclass(frozen=True)
class Party:
    """Names and addresses printed on the packet's own pages (plain values)."""

    attorney_name: str
    attorney_lines: tuple[str, ...]  # firm, street, city/state/zip, phone, email, bar, EOIR ID
    client_name: str
    a_number: str | None
    matter_number: str | None
    court_location: str | None = None
    judge: str | None = None
    next_hearing: str | None = None
    detained: bool = False


def _a(a_number: str | None) -> str:
    if not a_number:
        return "None"
    return f"A{a_number[0:3]}-{a_number[3:6]}-{a_number[6:9]}" if len(a_number) == 9 else f"A{a_number}"


def _letterhead(party: Party) -> list:
    return [p(party.attorney_name, "bold"), p("\n".join(line for line in party.attorney_lines if line), "small"),
            Spacer(1, 14)]


# A letter to USCIS is dated in English whatever the computer's locale: strftime's %B follows the
# C library's locale, which Qt sets from the system at start-up (a German Windows gave "März").
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def letter_date(d: date) -> str:
    """``March 4, 2026``."""
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def cover_letter(filing: Filing, party: Party, enclosures: list[str], *, today: date, fee_line: str,
                 recipient: list[str]) -> bytes:
    """A USCIS cover letter: letterhead, date, recipient, Re: line, enclosures, fee line, signature."""
    story = _letterhead(party)
    story += [p(letter_date(today)), Spacer(1, 10)]
    story += [p("\n".join(recipient)), Spacer(1, 12)]
    story += [p(f"Re: {filing.title}\nApplicant: {party.client_name}   A-Number: {_a(party.a_number)}", "bold"),
              Spacer(1, 10)]
    story += [p("Dear Officer:"), Spacer(1, 6),
              p(f"On behalf of my client, {party.client_name}, I submit the enclosed {filing.label.split(' filed')[0]}. "
                "Please direct all notices regarding this filing to me as the attorney of record "
                "(Form G-28 enclosed)." if "g-28" in filing.forms else
                f"On behalf of my client, {party.client_name}, I submit the enclosed {filing.label}."),
              Spacer(1, 8), p("Enclosed, in this order:", "bold")]
    story += [p(f"{n}. {item}") for n, item in enumerate(enclosures, 1)]
    story += [Spacer(1, 8), p(fee_line), Spacer(1, 8),
              p("Thank you for your attention to this matter. Please contact me with any questions."),
              Spacer(1, 18), p("Respectfully submitted,"), Spacer(1, 30),
              p("______________________________"), p(party.attorney_name),
              p("Attorney for the applicant", "small")]
    return render(story, title="Cover letter")


def court_cover_page(filing: Filing, party: Party, *, today: date) -> bytes:
    """An immigration-court cover page: attorney block top left, detained status top right, the
    court, the caption with the respondent and A-Number, the judge and next hearing, the title."""
    story = _letterhead(party)
    story += [p("DETAINED" if party.detained else "NON-DETAINED", "right"), Spacer(1, 18),
              p("UNITED STATES DEPARTMENT OF JUSTICE\nEXECUTIVE OFFICE FOR IMMIGRATION REVIEW\nIMMIGRATION COURT\n"
                + (party.court_location or "_______________________"), "center"), Spacer(1, 18)]
    caption = [[p(f"In the Matter of:\n\n{party.client_name}\n\nRespondent.\n\nIn removal proceedings"),
                p(f"File No.: {_a(party.a_number)}\n\nImmigration Judge: {party.judge or '__________'}\n\n"
                  f"Next hearing: {party.next_hearing or '__________'}")]]
    story += [grid(caption, [CONTENT_WIDTH * 0.55, CONTENT_WIDTH * 0.45], header=False), Spacer(1, 28),
              p(filing.title.upper(), "title"), Spacer(1, 12), p(f"Prepared {today:%m/%d/%Y}", "small")]
    return render(story, title="Cover page")


@dataclass(frozen=True)
class IndexRow:
    tab: str
    description: str
    first_page: int
    last_page: int


def exhibit_index(party: Party, rows: list[IndexRow], *, parts: list[tuple[str, int, int]]) -> bytes:
    """The table of contents: the parts (cover, forms, ...) and every exhibit with its tab and pages."""
    story = [p("INDEX OF DOCUMENTS", "title"),
             p(f"{party.client_name}   A-Number: {_a(party.a_number)}", "bold"), Spacer(1, 10)]
    if parts:
        story += [grid([["Part", "Pages"]] + [[p(name), _pages(a, b)] for name, a, b in parts],
                       [CONTENT_WIDTH - 1.3 * inch, 1.3 * inch]), Spacer(1, 12)]
    table = [["Tab", "Description", "Pages"]]
    table += [[r.tab, p(r.description), _pages(r.first_page, r.last_page)] for r in rows]
    if not rows:
        table.append(["", p("No exhibits."), ""])
    story.append(grid(table, [0.6 * inch, CONTENT_WIDTH - 1.9 * inch, 1.3 * inch]))
    return render(story, title="Index of documents")


def _pages(first: int, last: int) -> str:
    return f"{first}" if first == last else f"{first}-{last}"


def tab_pages(tabs: list[tuple[str, str, str | None]]) -> bytes:
    """Exhibit separators, one page per (tab, title, description): "EXHIBIT A" large, the title
    under it. One document for all of them, so the font is embedded once."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from ._pdf import binary_streams

    buf = io.BytesIO()
    regular, bold = fonts()
    w, h = PAGE
    with binary_streams():
        c = Canvas(buf, pagesize=PAGE, initialFontName=regular)
        for tab, title, description in tabs or [("", "", None)]:
            c.setFont(bold, 40)
            c.drawCentredString(w / 2, h * 0.58, f"EXHIBIT {tab}")
            y = h * 0.58 - 40
            for text, size in ((title, 14), (description or "", 10)):
                c.setFont(regular, size)
                line = ""
                for word in text.split():
                    trial = f"{line} {word}".strip()
                    if stringWidth(trial, regular, size) > w - 2.5 * inch and line:
                        c.drawCentredString(w / 2, y, line)
                        y -= size * 1.4
                        line = word
                    else:
                        line = trial
                if line:
                    c.drawCentredString(w / 2, y, line)
                    y -= size * 1.8
            c.showPage()
        c.save()
    return buf.getvalue()


def proof_of_service(party: Party, filing: Filing, *, today: date) -> bytes:
    """Certificate of service on DHS (8 CFR 1003.32(a)): who, what, when, how; signed by hand."""
    story = [p("PROOF OF SERVICE", "title"), Spacer(1, 6),
             p(f"In the Matter of {party.client_name}, File No. {_a(party.a_number)}"), Spacer(1, 10),
             p(f"On ____________________ (date), I, {party.attorney_name}, served a copy of this "
               f"{filing.title} and all attached pages on the Department of Homeland Security, U.S. Immigration and "
               "Customs Enforcement, Office of the Principal Legal Advisor"
               + (f", {party.court_location}" if party.court_location else "") + ", at the following address:"),
             Spacer(1, 6), p("______________________________________________________________"),
             p("______________________________________________________________"), Spacer(1, 10),
             p("by (check one):"),
             p("[  ] electronic service through EOIR's Courts & Appeals System (ECAS)"),
             p("[  ] first-class mail"), p("[  ] personal delivery"), p("[  ] other: ____________________"),
             Spacer(1, 30), p("______________________________          ____________________"),
             p(f"{party.attorney_name}, attorney for the respondent                      Date"),
             Spacer(1, 8), p(f"Form prepared {today:%m/%d/%Y}.", "small")]
    return render(story, title="Proof of service")
