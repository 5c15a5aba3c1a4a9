"""The AcroForm field tree: terminal fields, their widgets, inherited attributes, and pages.

Why a walk of our own: the USCIS names are XFA-derived paths (``form1[0].#subform[3].Pt2Line1[0]``;
a few Supplement B names hold a literal ``\\.``), made by joining each ancestor's ``/T`` with dots,
exactly as pdftk and qpdf name them. Several attributes (/FT, /Ff, /DA, /Q, /MaxLen, /Opt) may sit
on an ancestor rather than the field, so each terminal field keeps its chain of ancestors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ._pdf_document import PdfDocument
from ._pdf_syntax import Name, Ref, Stream, decode_text

FF_READ_ONLY = 1
FF_REQUIRED = 1 << 1
FF_MULTILINE = 1 << 12
FF_PASSWORD = 1 << 13
FF_NO_TOGGLE_TO_OFF = 1 << 14
FF_RADIO = 1 << 15
FF_PUSHBUTTON = 1 << 16
FF_COMBO = 1 << 17
FF_EDIT = 1 << 18
FF_MULTISELECT = 1 << 21
FF_DO_NOT_SCROLL = 1 << 23
FF_COMB = 1 << 24

ANNOT_HIDDEN = 1 << 1
ANNOT_PRINT = 1 << 2
ANNOT_NO_VIEW = 1 << 5

_INHERITABLE = ("FT", "Ff", "V", "DV", "DA", "Q", "MaxLen", "Opt")


@dataclass
class Widget:
    ref: Ref | None
    annot: dict
    page: int | None  # 0-based index, None if the widget is on no page


@dataclass
class FieldNode:
    """A terminal field as found in the file (mutable: the filler writes through it)."""

    name: str
    ref: Ref | None
    obj: dict
    chain: list[dict]  # obj, then its ancestors
    widgets: list[Widget] = field(default_factory=list)

    def inh(self, key: str, default: Any = None) -> Any:
        for node in self.chain:
            if key in node:
                return node[key]
        return default

    @property
    def ft(self) -> str:
        return str(self.inh("FT", ""))

    @property
    def ff(self) -> int:
        value = self.inh("Ff", 0)
        return int(value) if isinstance(value, (int, float)) else 0

    @property
    def kind(self) -> str:
        ft, ff = self.ft, self.ff
        if ft == "Btn":
            return "pushbutton" if ff & FF_PUSHBUTTON else ("radio" if ff & FF_RADIO else "checkbox")
        if ft == "Tx":
            return "text"
        if ft == "Ch":
            return "combo" if ff & FF_COMBO else "list"
        if ft == "Sig":
            return "signature"
        return "unknown"

    @property
    def is_barcode(self) -> bool:
        """The USCIS 2D barcode (``PDF417BarCode1``): its value and picture come from XFA script."""
        last = self.name.rsplit(".", 1)[-1]
        return last.lower().startswith("pdf417barcode")


def _text(value: Any) -> str | None:
    return decode_text(value) if isinstance(value, (bytes, str)) else None


def walk_fields(doc: PdfDocument) -> list[FieldNode]:
    """Every terminal field of the AcroForm, in document order, with widgets and page indexes."""
    acro = doc.resolve(doc.catalog.get("AcroForm"))
    if not isinstance(acro, dict):
        return []
    page_of: dict[int, int] = {}
    pages = doc.pages()
    for index, (_, page) in enumerate(pages):
        for a in doc.resolve(page.get("Annots")) or []:
            if isinstance(a, Ref):
                page_of.setdefault(a.num, index)
    page_nums = {ref.num: i for i, (ref, _) in enumerate(pages) if isinstance(ref, Ref)}
    out: list[FieldNode] = []
    seen: set[int] = set()

    def widget(ref: Ref | None, annot: dict) -> Widget:
        page = page_of.get(ref.num) if isinstance(ref, Ref) else None
        if page is None and isinstance(annot.get("P"), Ref):
            page = page_nums.get(annot["P"].num)
        return Widget(ref, annot, page)

    def walk(ref: Any, parents: list[dict], prefix: str) -> None:
        node = doc.resolve(ref)
        if not isinstance(node, dict):
            return
        if isinstance(ref, Ref):
            if ref.num in seen:
                return
            seen.add(ref.num)
        t = _text(node.get("T"))
        name = prefix if t is None else (f"{prefix}.{t}" if prefix else t)
        chain = [node] + parents
        kids = doc.resolve(node.get("Kids"))
        if not isinstance(kids, list) or not kids:
            out.append(FieldNode(name, ref if isinstance(ref, Ref) else None, node, chain, [widget(ref, node)]))
            return
        widgets: list[Widget] = []
        for kid_ref in kids:
            kid = doc.resolve(kid_ref)
            if not isinstance(kid, dict):
                continue
            if "T" in kid:
                walk(kid_ref, chain, name)
            else:
                widgets.append(widget(kid_ref if isinstance(kid_ref, Ref) else None, kid))
        if widgets:
            out.append(FieldNode(name, ref if isinstance(ref, Ref) else None, node, chain, widgets))

    for f in doc.resolve(acro.get("Fields")) or []:
        walk(f, [], "")
    return out


def normal_states(doc: PdfDocument, annot: dict) -> list[str]:
    """The appearance state names of a widget's normal appearance (``/AP /N`` keys), in order."""
    ap = doc.resolve(annot.get("AP"))
    n = doc.resolve(ap.get("N")) if isinstance(ap, dict) else None
    if isinstance(n, dict) and not isinstance(n, Stream):
        return [str(k) for k in n]
    return []


def on_states(doc: PdfDocument, node: FieldNode) -> list[str]:
    """The export values that turn a check box or radio button on (every state but /Off).

    Also reads the down appearance (``/AP /D``): some producers give the on state only there.
    """
    states: list[str] = []
    for w in node.widgets:
        names = normal_states(doc, w.annot)
        ap = doc.resolve(w.annot.get("AP"))
        d = doc.resolve(ap.get("D")) if isinstance(ap, dict) else None
        if isinstance(d, dict):
            names += [str(k) for k in d]
        for s in names:
            if s != "Off" and s not in states:
                states.append(s)
    return states


def options(doc: PdfDocument, node: FieldNode) -> list[tuple[str, str]]:
    """``/Opt`` as (export value, display text) pairs; a bare string is both."""
    out: list[tuple[str, str]] = []
    for item in doc.resolve(node.inh("Opt")) or []:
        item = doc.resolve(item)
        if isinstance(item, list) and len(item) >= 2:
            out.append((_text(doc.resolve(item[0])) or "", _text(doc.resolve(item[1])) or ""))
        elif isinstance(item, (bytes, str)):
            text = _text(item) or ""
            out.append((text, text))
    return out


def rect_of(annot: dict) -> tuple[float, float, float, float] | None:
    r = annot.get("Rect")
    if not isinstance(r, list) or len(r) != 4 or not all(isinstance(v, (int, float)) for v in r):
        return None
    x0, y0, x1, y1 = (float(v) for v in r)
    return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def value_text(node: FieldNode) -> str | None:
    v = node.inh("V")
    if isinstance(v, Name):
        return str(v)
    if isinstance(v, list):
        return "\n".join(t for t in (_text(x) for x in v) if t is not None)
    return _text(v)
