"""Fill a PDF form in memory: list its fields, set values, write a new PDF (bytes in, bytes out).

Why in memory only: a filled form is client data (asylum claims, abuse, criminal records). This
module never touches the disk: no temp files, no helper processes. The caller stores the result
in the encrypted vault or exports it where the user asks.

What it does with an official USCIS blank (see docs/forms-engine.md for the details):
- opens it with the empty user password (AES-128) and writes the result unencrypted;
- drops ``/AcroForm /XFA``, ``/Perms`` and the XFA version-check scripts, so every viewer shows
  the AcroForm values and Reader does not warn about broken usage rights;
- sets text, check box / radio and choice fields with exact export values, enforcing MaxLen and
  comb layout, and writes an appearance stream for each (NeedAppearances stays false);
- leaves the ``PDF417BarCode`` fields alone (their value comes from XFA script);
- keeps the form editable, or flattens it on request (values become page content, fields go).

Every value either lands or is refused with a reason in the :class:`FillReport`; nothing is cut
short or dropped silently. Reasons never repeat the value itself, so a report can be logged.

Speed: the decoded parts of an official blank (recognised by sha256, so public bytes only) stay
in memory for the next fill of the same blank; a filled file's parts never do (docs/forms-engine.md,
"Cache of decoded official blanks").
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Mapping, Union

from workbench.core.errors import WorkbenchError

from .editions import OFFICIAL_SHA256
from ._fields import FF_COMB, FF_MULTILINE, FF_READ_ONLY, FieldNode, on_states, options, rect_of, value_text, walk_fields
from ._fixups import flatten, strip_hybrid
from ._pdf_merge import append_pages
from ._pdf_crypt import PdfPasswordError, UnsupportedEncryption
from ._pdf_document import PdfDocument
from ._pdf_syntax import Name, PdfSyntaxError, decode_text
from ._setters import Context, Refuse, set_button, set_choice, set_text

FieldValue = Union[str, bool]


class FormPdfError(WorkbenchError):
    """A PDF form could not be read or filled; the message says why and what to do."""


class PdfOpenError(FormPdfError):
    """The bytes are not a PDF this engine can open (damaged, password, unsupported encryption)."""


class FillRefused(FormPdfError):
    """Raised by ``fill_pdf(strict=True)`` when any value was refused; ``report`` lists them all."""

    def __init__(self, report: "FillReport") -> None:
        self.report = report
        lines = "; ".join(f"{r.name}: {r.reason}" for r in report.refused[:5])
        more = f" (and {len(report.refused) - 5} more)" if len(report.refused) > 5 else ""
        super().__init__(f"{len(report.refused)} answer(s) could not be put on the form: {lines}{more}.")


@dataclass(frozen=True)
class FieldInfo:
    """One terminal AcroForm field as the form defines it (and its current value)."""

    name: str  # fully qualified, e.g. "form1[0].#subform[0].PtAILine1_ANumber[0]"
    kind: str  # "text", "checkbox", "radio", "combo", "list", "pushbutton", "signature", "unknown"
    field_type: str  # "/Tx", "/Btn", "/Ch", "/Sig"
    flags: int  # /Ff
    max_length: int | None
    comb: bool
    multiline: bool
    read_only: bool
    on_states: tuple[str, ...]  # export values that turn a box on, exactly (may hold spaces)
    options: tuple[tuple[str, str], ...]  # (export value, display text) per /Opt entry
    tooltip: str | None  # /TU: the question as USCIS words it
    page: int | None  # 1-based page of the first widget
    rect: tuple[float, float, float, float] | None  # first widget, PDF points (x0, y0, x1, y1)
    value: str | None
    barcode: bool  # the PDF417 barcode field: never filled


@dataclass(frozen=True)
class Refusal:
    name: str
    reason: str


@dataclass(frozen=True)
class Note:
    name: str
    message: str


@dataclass(frozen=True)
class FillReport:
    filled: tuple[str, ...]
    refused: tuple[Refusal, ...]
    notes: tuple[Note, ...]
    removed: tuple[str, ...]  # parts of the blank dropped (XFA, usage rights, scripts)
    flattened: bool

    @property
    def ok(self) -> bool:
        return not self.refused


@dataclass(frozen=True)
class FilledPdf:
    pdf: bytes
    report: FillReport


def open_document(pdf: bytes, password: str = "") -> PdfDocument:
    """Parse ``pdf`` (decrypting with ``password``, empty by default) or raise :class:`PdfOpenError`."""
    if not isinstance(pdf, (bytes, bytearray, memoryview)):
        raise TypeError("pdf must be bytes")
    data = bytes(pdf)
    sha = hashlib.sha256(data).hexdigest()
    # Only an official blank's decoded parts may outlive this call (see PdfDocument.share_key).
    share = sha if sha in OFFICIAL_SHA256 else None
    try:
        return PdfDocument(data, password, share_key=share)
    except PdfPasswordError:
        raise PdfOpenError("This PDF is protected by a password that is not empty: use the blank form as "
                           "downloaded from uscis.gov.") from None
    except UnsupportedEncryption as exc:
        raise PdfOpenError(f"This PDF uses encryption the workbench cannot open ({exc}).") from None
    except (PdfSyntaxError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise PdfOpenError(f"This file is not a readable PDF (it may be damaged or incomplete): {exc}.") from None


def _info(doc: PdfDocument, node: FieldNode) -> FieldInfo:
    ff = node.ff
    maxlen = doc.resolve(node.inh("MaxLen"))
    first = node.widgets[0] if node.widgets else None
    kind = node.kind
    return FieldInfo(
        name=node.name,
        kind=kind,
        field_type="/" + node.ft if node.ft else "",
        flags=ff,
        max_length=int(maxlen) if isinstance(maxlen, (int, float)) else None,
        comb=bool(ff & FF_COMB) and node.ft == "Tx",
        multiline=bool(ff & FF_MULTILINE) and node.ft == "Tx",
        read_only=bool(ff & FF_READ_ONLY),
        on_states=tuple(on_states(doc, node)) if kind in ("checkbox", "radio") else (),
        options=tuple(options(doc, node)),
        tooltip=decode_text(node.obj["TU"]) if isinstance(node.obj.get("TU"), (bytes, str)) else None,
        page=first.page + 1 if first and first.page is not None else None,
        rect=rect_of(first.annot) if first else None,
        value=value_text(node),
        barcode=node.is_barcode,
    )


def list_fields(pdf: bytes, password: str = "") -> list[FieldInfo]:
    """Every terminal field of the form, in document order."""
    doc = open_document(pdf, password)
    try:
        return [_info(doc, node) for node in walk_fields(doc)]
    except (PdfSyntaxError, ValueError, KeyError, TypeError) as exc:
        raise PdfOpenError(f"The form's field list is damaged: {exc}.") from None


class FormFiller:
    """One fill in progress: the blank parsed once, values set one at a time (each either lands or
    is refused, leaving the field as it was), then one write.

    Why a session and not one call: the service decides what to do with a refusal (an answer too
    long for its box becomes "See continuation sheet" and an Additional Information entry; a slot
    of the form's own Additional Information part that cannot hold an entry passes it on) and
    tries again, without parsing or writing the form a second time.
    """

    def __init__(self, pdf: bytes, *, fill_read_only: bool = True, min_font_size: float = 6.0,
                 password: str = "") -> None:
        self.doc = doc = open_document(pdf, password)
        try:
            acro = doc.resolve(doc.catalog.get("AcroForm"))
            nodes = walk_fields(doc) if isinstance(acro, dict) else []
        except (PdfSyntaxError, ValueError, KeyError, TypeError) as exc:
            raise PdfOpenError(f"The form's field list is damaged: {exc}.") from None
        self.acro = acro if isinstance(acro, dict) else None
        self.nodes = nodes
        self.by_name = {n.name: n for n in nodes}
        self._order = {n.name: i for i, n in enumerate(nodes)}
        self._middles: list[float | None] | None = None
        self.fill_read_only = fill_read_only
        self.ctx = Context(doc, self.acro or {}, min_font_size)
        self.filled: dict[str, None] = {}  # insertion-ordered set
        self.notes: dict[str, list[str]] = {}
        self.refused: dict[str, str] = {}

    def is_comb(self, name: str) -> bool:
        """A comb box (one character per cell: A-number, SSN, account numbers)."""
        node = self.by_name.get(name)
        return bool(node is not None and node.kind == "text" and node.ff & FF_COMB and not node.ff & FF_MULTILINE)

    def _page_middle(self, index: int) -> float | None:
        if self._middles is None:
            self._middles = []
            for _ref, page in self.doc.pages():
                box = self.doc.inherited(page, "MediaBox")
                ok = isinstance(box, list) and len(box) == 4 and all(isinstance(v, (int, float)) for v in box)
                self._middles.append((box[0] + box[2]) / 2 if ok else None)
        return self._middles[index] if 0 <= index < len(self._middles) else None

    def position(self, name: str) -> tuple:
        """Where a field is read on the printed form: (1-based page, column, top to bottom, order in
        the document). USCIS pages are printed in two columns and their field trees are not in
        reading order, so the left column (a box starting left of the page's middle) comes before
        the right one, each read from the top."""
        node = self.by_name.get(name)
        if node is None:
            return (10 ** 6, 0, 0.0, 10 ** 6)
        first = node.widgets[0] if node.widgets else None
        if first is None or first.page is None:
            return (10 ** 6, 0, 0.0, self._order[name])
        rect = rect_of(first.annot)
        middle = self._page_middle(first.page)
        if rect is None or middle is None:
            return (first.page + 1, 0, 0.0, self._order[name])
        column = 1 if rect[0] >= middle - 10 else 0
        return (first.page + 1, column, -rect[3], self._order[name])

    def set(self, name: str, value: FieldValue) -> str | None:
        """Set one field; the reason it was refused, or None. A later call for the same field
        replaces the earlier value (and clears an earlier refusal)."""
        node = self.by_name.get(name)
        try:
            if node is None:
                raise Refuse("the form has no field with this name")
            if node.is_barcode:
                raise Refuse("the PDF417 barcode is computed by the form's own script; it is left alone")
            read_only = bool(node.ff & FF_READ_ONLY)
            if read_only and not self.fill_read_only:
                raise Refuse("the field is read-only")
            kind = node.kind
            if kind == "text":
                msgs = set_text(self.ctx, node, value)
            elif kind in ("checkbox", "radio"):
                msgs = set_button(self.ctx, node, value)
            elif kind in ("combo", "list"):
                msgs = set_choice(self.ctx, node, value)
            else:
                raise Refuse(f"{kind} fields cannot be filled")
        except Refuse as exc:
            self.refused[name] = str(exc)
            return str(exc)
        self.refused.pop(name, None)
        self.filled[name] = None
        notes = (["read-only in the blank (an XFA script would unlock it); filled"] if read_only else []) + msgs
        self.notes[name] = notes
        return None

    def report(self, removed=(), flattened: bool = False) -> "FillReport":
        notes = [Note(n, m) for n, ms in self.notes.items() if n in self.filled for m in ms]
        return _report(list(self.filled), [Refusal(n, r) for n, r in self.refused.items()], notes, removed, flattened)

    def _normalize_unset_boxes(self) -> None:
        """A box this fill did not set whose blank /V names no state of its own (the I-589's
        Supplement A sex boxes hold /V /0 while showing off) reads as ticked in pypdf, qpdf and
        others: give it the off value it shows."""
        for node in self.nodes:
            if node.name in self.filled or node.kind not in ("checkbox", "radio"):
                continue
            v = node.obj.get("V")
            if isinstance(v, Name) and v != "Off" and v not in on_states(self.doc, node):
                node.obj[Name("V")] = Name("Off")

    def finish(self, *, flatten_form: bool = False, append: bytes | None = None) -> FilledPdf:
        """Write the filled form (flattened on request), with the pages of ``append`` (a PDF, e.g.
        continuation sheets) added at the end; the session cannot be used afterwards."""
        doc, acro = self.doc, self.acro
        notes_extra: list[Note] = []
        if isinstance(acro, dict) and acro.get("NeedAppearances") is True:
            notes_extra = _draw_missing_appearances(self.ctx, self.nodes, set(self.filled))
        self._normalize_unset_boxes()
        removed = strip_hybrid(doc, acro, any(n.kind == "signature" for n in self.nodes))
        if flatten_form:
            flatten(doc)
        if append:
            append_pages(doc, append)
        report = self.report(removed, flatten_form)
        if notes_extra:
            report = FillReport(report.filled, report.refused, report.notes + tuple(notes_extra), report.removed,
                                report.flattened)
        return FilledPdf(doc.write(), report)


def fill_pdf(
    pdf: bytes,
    values: Mapping[str, FieldValue],
    *,
    flatten_form: bool = False,
    strict: bool = False,
    fill_read_only: bool = True,
    min_font_size: float = 6.0,
    password: str = "",
) -> FilledPdf:
    """Fill ``values`` (field name -> text, or True/False/export value for boxes) into ``pdf``.

    - ``strict``: raise :class:`FillRefused` (and write nothing) if any value is refused.
    - ``fill_read_only``: USCIS marks many fields read-only because an XFA script unlocks them
      (the apartment number once a unit box is ticked, the A-number repeated on each page); with
      XFA gone nothing would unlock them, so they are filled when asked (and noted), by default.
    - ``flatten_form``: paint values into the pages and remove the form (not editable after).
    - ``min_font_size``: text too long at the form's size is set smaller down to this, then refused.
    """
    filler = FormFiller(pdf, fill_read_only=fill_read_only, min_font_size=min_font_size, password=password)
    for name, value in values.items():
        filler.set(name, value)
    if strict and filler.refused:
        raise FillRefused(filler.report())
    return filler.finish(flatten_form=flatten_form)


def _draw_missing_appearances(ctx: Context, nodes: list[FieldNode], done: set[str]) -> list[Note]:
    """The blank asked viewers to draw every field (/NeedAppearances true); the output does not
    (see _appearance), so draw the values it already held, or say which could not be drawn."""
    notes: list[Note] = []
    for node in nodes:
        value = value_text(node)
        if node.name in done or not value or node.kind not in ("text", "combo", "list") or node.is_barcode:
            continue
        try:
            (set_text if node.kind == "text" else set_choice)(ctx, node, value)
        except Refuse as exc:
            notes.append(Note(node.name, f"its existing value could not be drawn ({exc}); viewers may not show it"))
    return notes


def _report(filled, refused, notes, removed, flattened) -> FillReport:
    return FillReport(tuple(filled), tuple(refused), tuple(notes), tuple(removed), flattened)


def flatten_pdf(pdf: bytes, password: str = "") -> bytes:
    """The form with its current appearances painted into the pages and no fields left."""
    return fill_pdf(pdf, {}, flatten_form=True, password=password).pdf
