"""Build one filing packet PDF for a matter, in memory.

Order of the parts (each a top-level bookmark):

1. cover letter (USCIS filings) or cover page (immigration-court filings);
2. the forms of the filing kind, in the order its checklist file lists them (G-28 first for USCIS;
   a family member's own application after the member's own G-28),
   each filled by ``fill_matter_form`` with its continuation pages, flattened: a packet is what is
   printed, signed and mailed, and two filled USCIS forms in one PDF would otherwise share field
   names (both are ``form1[0]...``) and show each other's values;
3. the exhibit index (tabs A, B, C... with descriptions and packet page ranges);
4. the exhibits: a tab page, then the document's pages (images placed on letter pages), each a
   bookmark under "Exhibits";
5. proof of service (immigration-court filings).

Every page then gets "Page N of M" from a ReportLab overlay merged with pypdf. The index is laid
out twice: once to learn how many pages it takes, then with the real page numbers.

Nothing is written to disk here; ``build_packet`` returns the bytes, and the caller writes them
where the user says (``write_atomic``).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from pypdf import PdfReader, PdfWriter

from ..errors import NotFound, WorkbenchError
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..msg import Msg, tr
from ..model import Event, Matter
from ..model import enums as E
from .exhibits import ExhibitDoc, exhibit_documents, image_pages, pdf_reader
from .filings import Filing, load_filing
from .plan import PlannedForm, plan_forms
from .pages import IndexRow, Party, court_cover_page, cover_letter, exhibit_index, proof_of_service, tab_pages


class Cancelled(WorkbenchError):
    def __init__(self) -> None:
        super().__init__(translate("packets", "Building the packet was cancelled; nothing was written."))


def _part(source: str, **args: object) -> Msg:
    """A part's title (marked with QT_TRANSLATE_NOOP("packets", ...)): English in the PDF's bookmarks,
    translated where the GUI lists the parts (``msg.tr``)."""
    return Msg("packets", source, **args)


@dataclass(frozen=True)
class PacketPart:
    title: str  # a ``Msg`` for the packet's own parts; a form's name as it is
    first_page: int  # 1-based, packet numbering
    last_page: int
    children: tuple["PacketPart", ...] = ()


@dataclass
class PacketResult:
    pdf: bytes
    filing: Filing
    page_count: int
    parts: list[PacketPart]
    exhibits: list[IndexRow]
    warnings: list[str] = field(default_factory=list)
    form_checks: dict[str, list] = field(default_factory=dict)  # form id -> checks (errors first)

    @property
    def checklist(self):
        return self.filing.items


def tab_label(n: int) -> str:
    """0 -> A ... 25 -> Z, 26 -> AA, 27 -> AB (as exhibit tabs run past Z)."""
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def _party(session, matter: Matter) -> Party:
    from ..forms.profile import attorney_profile

    att = attorney_profile(session)
    name = " ".join(x for x in (att.get("given_name"), att.get("middle_name"), att.get("family_name")) if x)
    unit = " ".join(x for x in (att.get("unit_type"), att.get("unit")) if x)
    city = ", ".join(x for x in (att.get("city"), " ".join(y for y in (att.get("state"), att.get("zip_code")) if y)) if x)
    lines = (att.get("firm"), " ".join(x for x in (att.get("street"), unit) if x), city,
             f"Tel. {att['phone']}" if att.get("phone") else None, att.get("email"),
             f"Bar No. {att['bar_number']}" + (f" ({att['licensing_authority']})" if att.get("licensing_authority") else "")
             if att.get("bar_number") else None,
             f"EOIR ID {att['eoir_id']}" if att.get("eoir_id") else None)
    client = matter.client
    hearing = next((e for e in sorted(matter.events, key=lambda e: e.on_date)
                    if e.deleted_at is None and e.kind == E.EventKind.HEARING and e.on_date >= date.today()), None)
    return Party(attorney_name=name or "Attorney of record", attorney_lines=tuple(x for x in lines if x),
                 client_name=" ".join(x for x in (client.given_name, client.middle_name, client.family_name) if x),
                 a_number=client.a_number, matter_number=matter.matter_number, court_location=matter.court_location,
                 judge=matter.judge, next_hearing=(f"{hearing.on_date:%m/%d/%Y}" + (f" {hearing.at_time:%H:%M}"
                                                   if hearing.at_time else "")) if hearing else None,
                 detained=bool(matter.detained_docket or client.custody_status == E.CustodyStatus.DETAINED))


def _member_applies(plan: PlannedForm) -> bool:
    from ..forms.applicant import MEMBER_APPLICANT_FORMS

    return bool(plan.member_id) and plan.form_id in MEMBER_APPLICANT_FORMS


def filing_context(spec: Filing, planned: list[PlannedForm], member_id: str | None = None) -> dict:
    """What the packet says of itself to the forms it fills (the profile's ``filing``): the client's
    role on this filing (Form G-28 Part 3 item 5) and the form numbers the G-28 appears on (item
    1.b: "Form numbers or specific matter"), the enclosed forms the client files, in the packet's
    order. Why here and not a matter-wide answer: one matter files several packets (an asylee's
    I-589, then an I-730 as petitioner, then an I-485 as applicant), each with its own G-28, and a
    G-28 naming another filing's forms or role is a wrong statement on a signed form. A family
    member's own application (their I-765) is not the client's: it is not listed.

    ``member_id``: the context of that family member's own G-28 instead (``applicant.member_filing``):
    the member is the applicant, and item 1.b names the member's own applications the packet encloses."""
    names: list[str] = []
    for plan in planned:
        if not plan.enclosed or plan.form_id == "g-28" or plan.form_name in names:
            continue
        if (member_id is None and not _member_applies(plan)) or (member_id and _member_applies(plan)
                                                                 and plan.member_id == member_id):
            names.append(plan.form_name)
    if member_id:
        from ..forms.applicant import member_filing

        return member_filing(", ".join(names))
    return {"g28_role": spec.g28_role, "form_numbers": ", ".join(names)} if spec.g28_role else {}


def own_appearance_notes(planned: list[PlannedForm]) -> list[str]:
    """A family member's own application in the client's packet is that member's filing: the
    packet's G-28 is signed by the client, so the attorney's appearance for the member needs a
    G-28 the member signs (Form G-28 Instructions: an attorney "must file Form G-28 in each case", signed by
    the attorney and the client; 09/17/18 edition as quoted in USCIS's table of changes, omb.report ICR
    202110-1615-001). The plan encloses the member's own G-28 with it (``plan._own_g28``); this says so
    only for a member's application planned without the member's G-28."""
    own_g28 = {p.member_id for p in planned if p.enclosed and p.form_id == "g-28" and p.member_id}
    return [translate("packets", "Form {form} ({name}) is that family member's own application: the packet's Form G-28 "
                                 "covers the client's forms only. File a Form G-28 signed by {name} (or, for a child, a "
                                 "parent or guardian) with it.").format(form=p.form_name, name=p.member_name)
            for p in planned if p.enclosed and _member_applies(p) and p.form_id != "g-28"
            and p.member_id not in own_g28 and "g-28" in {q.form_id for q in planned}]


def build_packet(vault, matter_id: str, filing: str, *, today: date | None = None, blanks_folder=None,
                 fee_line: str | None = None, recipient: list[str] | None = None, member_id: str | None = None,
                 enclose: dict[str, bool] | None = None,
                 progress: Callable[[str, int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> PacketResult:
    """Assemble the packet for ``filing`` (a checklist file name: i-589, i-589-court, i-918, i-360).

    The forms follow ``plan.plan_forms``: ``member_id`` is the relative of a per-member filing (the
    I-730); ``enclose`` the attorney's choice for the filing's optional forms (form id -> bool).

    ``progress(step, done, total)`` is called between steps; ``cancelled()`` returning True stops
    the build with ``Cancelled``. Raises ``NotFound`` for an unknown matter, filing kind or a
    form whose official blank has not been added, ``ExhibitUnreadable`` naming a bad exhibit.
    """
    from ..forms.service import fill_matter_form

    spec = load_filing(filing)
    today = today or date.today()
    steps = len(spec.forms) + 3
    done = 0

    def step(name: str) -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(name, done, steps)
        done += 1

    forms: list[tuple[str, str, bytes, bool]] = []  # (form id, label, pdf, has continuation pages)
    checks: dict[str, list] = {}
    warnings: list[str] = []
    with vault.session() as s:
        matter = s.get(Matter, matter_id)
        if matter is None or matter.deleted_at is not None:
            raise NotFound(translate("errors", "There is no matter with id {id}.").format(id=matter_id))
        party = _party(s, matter)
        planned = plan_forms(s, matter, spec, member_id=member_id, enclose=enclose)
        steps = sum(p.enclosed for p in planned) + 3
        if any(f in spec.each_member for f in spec.forms) and not any(p.form_id in spec.each_member for p in planned):
            warnings.append(translate("packets", "No qualifying family member on the Family tab: the packet has no "
                                                 "{form}.").format(form=", ".join(f.upper() for f in spec.each_member)))
        context = filing_context(spec, planned)
        warnings += own_appearance_notes(planned)
        for plan in (p for p in planned if p.enclosed):
            form_id = plan.form_id
            step(translate("packets", "Filling {form}").format(form=form_id.upper()))
            own = filing_context(spec, planned, plan.member_id) if _member_applies(plan) and form_id == "g-28" else None
            result = fill_matter_form(s, form_id, matter_id, flatten=True, today=today, blanks_folder=blanks_folder,
                                      member_id=plan.member_id, filing=own or context)
            name = result.edition.form_name
            name = name if name.lower().startswith("form") else f"Form {name}"
            if plan.member_name:
                name = f"{name} ({plan.member_name})"
            forms.append((form_id, name, result.pdf, bool(result.continuation)))
            checks[plan.key if plan.member_id else form_id] = sorted(result.checks, key=lambda c: c.severity != "error")
            warnings += [tr(w) for w in result.warnings]
            if result.errors:
                warnings.append(translate("packets", "{form}: %n item(s) need an answer before filing (see the form "
                                                     "checks).", None, len(result.errors))
                                .format(form=name))
        docs = exhibit_documents(s, matter_id)

    step(translate("packets", "Reading exhibits"))
    exhibit_readers: list[tuple[ExhibitDoc, PdfReader]] = []
    for n, doc in enumerate(docs):
        if cancelled is not None and cancelled():
            raise Cancelled()
        data = vault.attachments.read(doc.blob_id)
        label = f"Exhibit {tab_label(n)}"
        if doc.media_type == "application/pdf":
            exhibit_readers.append((doc, pdf_reader(data, doc.title)))
        else:
            exhibit_readers.append((doc, PdfReader(io.BytesIO(image_pages(data, doc.title, label)))))

    step(translate("packets", "Laying out"))
    form_readers = [(fid, name, PdfReader(io.BytesIO(pdf))) for fid, name, pdf, _ in forms]
    continued = {name for _, name, _, more in forms if more}
    tab_reader = PdfReader(io.BytesIO(tab_pages([(tab_label(n), d.title, d.description)
                                                 for n, (d, _) in enumerate(exhibit_readers)])))
    tabs = [[page] for page in tab_reader.pages][:len(exhibit_readers)]
    enclosures = []
    if not spec.is_court:
        enclosures = [f"{name}" + (" (with continuation pages)" if name in continued else "")
                      for fid, name, r in form_readers]
        enclosures.append(f"Index of documents and {len(exhibit_readers)} exhibit(s)"
                          + (f", Tabs A-{tab_label(len(exhibit_readers) - 1)}" if len(exhibit_readers) > 1 else
                             ", Tab A" if exhibit_readers else ""))
    head = (court_cover_page(spec, party, today=today) if spec.is_court else
            cover_letter(spec, party, enclosures, today=today, fee_line=fee_line or spec.fee_line,
                         recipient=recipient or list(spec.recipient)))
    head_reader = PdfReader(io.BytesIO(head))
    pos = 1 + len(head_reader.pages)
    form_spans = []
    for fid, name, r in form_readers:
        form_spans.append((name, pos, pos + len(r.pages) - 1))
        pos += len(r.pages)

    def index_for(index_pages: int) -> tuple[bytes, list[IndexRow], list[tuple[str, int, int]]]:
        at = pos + index_pages
        rows = []
        for n, ((doc, r), tab) in enumerate(zip(exhibit_readers, tabs)):
            count = len(tab) + len(r.pages)
            rows.append(IndexRow(tab_label(n), doc.title + (f": {doc.description}" if doc.description else ""),
                                 at, at + count - 1))
            at += count
        parts = [("Cover letter" if not spec.is_court else "Cover page", 1, len(head_reader.pages)), *form_spans,
                 ("Index of documents", pos, pos + index_pages - 1)]
        if spec.is_court:
            parts.append(("Proof of service", at, at))
        return exhibit_index(party, rows, parts=parts), rows, parts

    guess = 1
    for _ in range(4):
        index_pdf, rows, _parts = index_for(guess)
        actual = len(PdfReader(io.BytesIO(index_pdf)).pages)
        if actual == guess:
            break
        guess = actual
    index_reader = PdfReader(io.BytesIO(index_pdf))
    pos_index = pos
    pos += len(index_reader.pages)

    step(translate("packets", "Assembling"))
    writer = PdfWriter()
    parts: list[PacketPart] = []

    def add(reader) -> tuple[int, int]:
        first = len(writer.pages) + 1
        for page in (reader if isinstance(reader, list) else reader.pages):
            writer.add_page(page)
        return first, len(writer.pages)

    a, b = add(head_reader)
    parts.append(PacketPart(_part(QT_TRANSLATE_NOOP("packets", "Cover page")) if spec.is_court
                            else _part(QT_TRANSLATE_NOOP("packets", "Cover letter")), a, b))
    for fid, name, r in form_readers:
        a, b = add(r)
        parts.append(PacketPart(name, a, b))
    a, b = add(index_reader)
    assert a == pos_index
    parts.append(PacketPart(_part(QT_TRANSLATE_NOOP("packets", "Index of documents")), a, b))
    children = []
    for n, ((doc, r), tab) in enumerate(zip(exhibit_readers, tabs)):
        if cancelled is not None and cancelled():
            raise Cancelled()
        a, _ = add(tab)
        _, b = add(r)
        children.append(PacketPart(_part(QT_TRANSLATE_NOOP("packets", "Tab {tab}: {title}"), tab=tab_label(n),
                                         title=doc.title), a, b))
    if children:
        parts.append(PacketPart(_part(QT_TRANSLATE_NOOP("packets", "Exhibits")), children[0].first_page,
                                children[-1].last_page, tuple(children)))
    if spec.is_court:
        a, b = add(PdfReader(io.BytesIO(proof_of_service(party, spec, today=today))))
        parts.append(PacketPart(_part(QT_TRANSLATE_NOOP("packets", "Proof of service")), a, b))

    total = len(writer.pages)
    _stamp(writer, total)
    for part in parts:
        parent = writer.add_outline_item(title=str(part.title), page_number=part.first_page - 1)
        for child in part.children:
            writer.add_outline_item(title=str(child.title), page_number=child.first_page - 1, parent=parent)
    writer.page_mode = "/UseOutlines"
    writer.add_metadata({"/Title": f"{spec.title}", "/Producer": "Pro Bono Workbench", "/Creator": "Pro Bono Workbench"})
    out = io.BytesIO()
    writer.write(out)
    if progress is not None:
        progress(translate("packets", "Done"), steps, steps)
    return PacketResult(out.getvalue(), spec, total, parts, rows, list(dict.fromkeys(warnings)), checks)


def _stamp(writer: PdfWriter, total: int) -> None:
    """Write "Page N of M" at the bottom center of what each page shows (rotation and an offset
    or odd-sized media box taken into account), on a white patch so it reads over a scan.

    The number is a small content stream appended to the page's own (wrapped in q/Q so the
    page's graphics state cannot leak into it), with a shared Helvetica resource: unlike
    ``PageObject.merge_page`` this never parses the page's content, which on filled USCIS form
    pages cost ~4 ms a page (measured in benchmarks/bench_packet.py).
    """
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding")}))

    def stream(data: bytes):
        s = DecodedStreamObject()
        s.set_data(data)
        return writer._add_object(s)

    opening = stream(b"q\n")
    for n, page in enumerate(writer.pages, 1):
        if page.get("/Rotate", 0) % 360:
            page.transfer_rotation_to_content()
        box = page.mediabox
        text = f"Page {n} of {total}"
        width = stringWidth(text, "Helvetica", 9)
        x = float(box.left) + (float(box.width) - width) / 2
        y = float(box.bottom) + 20
        mark = (f"Q\nq 1 1 1 rg {x - 4:.2f} {y - 3:.2f} {width + 8:.2f} 13 re f 0 0 0 rg "
                f"BT /WbPageNo 9 Tf {x:.2f} {y:.2f} Td ({text}) Tj ET Q\n").encode("ascii")
        if "/Resources" not in page:
            page[NameObject("/Resources")] = DictionaryObject()
        resources = page["/Resources"].get_object()
        if "/Font" not in resources:
            resources[NameObject("/Font")] = DictionaryObject()
        resources["/Font"].get_object()[NameObject("/WbPageNo")] = font
        contents = page.get("/Contents")
        existing = [] if contents is None else (list(contents.get_object()) if isinstance(contents.get_object(), ArrayObject)
                                                 else [page.raw_get("/Contents")])
        page[NameObject("/Contents")] = ArrayObject([opening, *existing, stream(mark)])
