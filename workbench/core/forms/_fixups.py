"""Turning an official XFA hybrid into a plain AcroForm, and flattening.

Why each step:
- ``/AcroForm /XFA`` goes: Acrobat, Reader and Foxit draw a static-XFA hybrid from the XFA data,
  which AcroForm filling does not update, so a filled form would show blank there.
- ``/Perms`` goes: it holds the Reader-extension (/UR3) signature over the original bytes; any
  rewrite breaks it and Reader then warns that the document was changed.
- ``/SigFlags`` goes when no signature field remains (it was set for that usage-rights signature).
- ``/NeedAppearances`` is left false: see ``_appearance`` for why appearance streams are written.
- The ``!ADBE::`` document scripts go: they only check that the viewer can run XFA and pop up
  "requires a newer version of Adobe Acrobat" alerts in viewers that run them without XFA.
- ``/NeedsRendering`` goes (dynamic-XFA marker, absent here but harmless to drop).
"""

from __future__ import annotations

from ._fields import ANNOT_HIDDEN, ANNOT_NO_VIEW, ANNOT_PRINT
from ._pdf_document import PdfDocument
from ._pdf_syntax import Name, Ref, Stream, decode_text, fmt_num


def strip_hybrid(doc: PdfDocument, acro: dict | None, has_signature_fields: bool) -> list[str]:
    """Drop XFA, usage rights and XFA-check scripts; return what was removed (for the report)."""
    removed: list[str] = []
    cat = doc.catalog
    if cat.pop("Perms", None) is not None:
        removed.append("/Perms (usage-rights signature)")
    if cat.pop("NeedsRendering", None) is not None:
        removed.append("/NeedsRendering")
    if isinstance(acro, dict):
        if acro.pop("XFA", None) is not None:
            removed.append("/AcroForm /XFA")
        acro.pop("NeedAppearances", None)
        if not has_signature_fields:
            acro.pop("SigFlags", None)
    names = doc.resolve(cat.get("Names"))
    if isinstance(names, dict):
        js = doc.resolve(names.get("JavaScript"))
        entries = doc.resolve(js.get("Names")) if isinstance(js, dict) else None
        if isinstance(entries, list) and "Kids" not in js:
            kept = []
            for i in range(0, len(entries) - 1, 2):
                if decode_text(doc.resolve(entries[i])).startswith("!ADBE::"):
                    removed.append(f"document script {decode_text(doc.resolve(entries[i]))}")
                else:
                    kept += entries[i : i + 2]
            if kept:
                js[Name("Names")] = kept
            else:
                del names["JavaScript"]
                if not names:
                    del cat["Names"]
    return removed


def _appearance_of(doc: PdfDocument, annot: dict) -> Ref | None:
    ap = doc.resolve(annot.get("AP"))
    if not isinstance(ap, dict):
        return None
    n = ap.get("N")
    target = doc.resolve(n)
    if isinstance(target, dict):  # a state dictionary: pick /AS
        state = annot.get("AS")
        n = target.get(state) if isinstance(state, Name) else None
    return n if isinstance(n, Ref) and isinstance(doc.get(n), Stream) else None


def _placement(doc: PdfDocument, annot: dict, xobject: Stream) -> list[float] | None:
    """The matrix that maps the appearance's (transformed) /BBox onto the widget /Rect (12.5.5)."""
    rect = annot.get("Rect")
    bbox = doc.resolve(xobject.dict.get("BBox"))
    if not (isinstance(rect, list) and isinstance(bbox, list) and len(rect) == 4 and len(bbox) == 4):
        return None
    a, b, c, d, e, f = [float(doc.resolve(v)) for v in (doc.resolve(xobject.dict.get("Matrix")) or [1, 0, 0, 1, 0, 0])]
    pts = [(float(x), float(y)) for x in (bbox[0], bbox[2]) for y in (bbox[1], bbox[3])]
    tx = [(a * x + c * y + e, b * x + d * y + f) for x, y in pts]
    x0, x1 = min(p[0] for p in tx), max(p[0] for p in tx)
    y0, y1 = min(p[1] for p in tx), max(p[1] for p in tx)
    rx0, rx1 = sorted((float(rect[0]), float(rect[2])))
    ry0, ry1 = sorted((float(rect[1]), float(rect[3])))
    if x1 - x0 <= 0 or y1 - y0 <= 0:
        return None
    sx, sy = (rx1 - rx0) / (x1 - x0), (ry1 - ry0) / (y1 - y0)
    return [sx, 0, 0, sy, rx0 - x0 * sx, ry0 - y0 * sy]


def flatten(doc: PdfDocument) -> int:
    """Paint every printable widget's current appearance into its page and remove the form.

    Returns the number of widgets painted. Hidden or non-printing widgets are dropped unpainted.
    Links and other annotations stay.
    """
    painted = 0
    for _, page in doc.pages():
        annots = doc.resolve(page.get("Annots"))
        if not isinstance(annots, list):
            continue
        keep, draws, xobjects = [], [], {}
        for a in annots:
            annot = doc.resolve(a)
            if not isinstance(annot, dict) or annot.get("Subtype") != "Widget":
                keep.append(a)
                continue
            flags = int(annot.get("F", 0) or 0)
            if flags & (ANNOT_HIDDEN | ANNOT_NO_VIEW) or not flags & ANNOT_PRINT:
                continue
            ref = _appearance_of(doc, annot)
            matrix = _placement(doc, annot, doc.get(ref)) if ref else None
            if matrix is None:
                continue
            name = f"WbFlat{ref.num}"
            xobjects[Name(name)] = ref
            draws.append(b"q %s cm /%s Do Q\n" % (b" ".join(fmt_num(round(v, 5)) for v in matrix), name.encode()))
            painted += 1
        if keep:
            page[Name("Annots")] = keep
        else:
            page.pop("Annots", None)
        if not draws:
            continue
        resources = dict(doc.inherited(page, "Resources") or {})
        xo = dict(doc.resolve(resources.get("XObject")) or {})
        xo.update(xobjects)
        resources[Name("XObject")] = xo
        page[Name("Resources")] = resources
        contents = doc.resolve(page.get("Contents"))
        old = contents if isinstance(contents, list) else ([page["Contents"]] if "Contents" in page else [])
        before = doc.add(Stream({}, b"q\n"))
        after = doc.add(Stream({}, b"\nQ\n" + b"".join(draws)))
        page[Name("Contents")] = [before, *old, after]
    doc.catalog.pop("AcroForm", None)
    return painted
