"""Layout hints read from the XFA template before it is dropped: line spacing of ruled boxes.

Why: the multiline boxes of USCIS forms ("Additional Information", explanations) are drawn as
ruled lines 18 pt apart, and the XFA template sets ``<para lineHeight="17.5pt" spaceAbove="3pt">``
so typed text sits on the rules. AcroForm has no such setting; text set at the usual 1.15 x size
runs across the rules and is hard to read on paper. The engine reads those two values, per field
name, and uses them for the field's appearance when the answer fits that way.

Matching is by the field's own name (``P8_Line3d_AdditionalInfo``), the last part of the AcroForm
name without its ``[n]`` index; a name that appears with different settings is not used.
"""

from __future__ import annotations

import re

from ._pdf_document import PdfDocument
from ._pdf_syntax import Stream

_FIELD = re.compile(r'<field\b[^>]*?\bname="([^"]+)"(.*?)</field\s*>', re.S)
_PARA = re.compile(r"<para\b[^>]*>", re.S)
_ATTR = re.compile(r'\b(lineHeight|spaceAbove)="([0-9.]+)(pt|mm|in|cm)?"')
_UNIT = {"pt": 1.0, None: 1.0, "mm": 72 / 25.4, "cm": 72 / 2.54, "in": 72.0}
_INDEX = re.compile(r"\[\d+\]$")


def _template(doc: PdfDocument, acro: dict) -> str | None:
    xfa = doc.resolve(acro.get("XFA"))
    data = None
    if isinstance(xfa, list):
        for i in range(0, len(xfa) - 1, 2):
            if doc.resolve(xfa[i]) in (b"template", "template"):
                stream = doc.resolve(xfa[i + 1])
                data = stream.decoded() if isinstance(stream, Stream) else None
    elif isinstance(xfa, Stream):
        data = xfa.decoded()
    return data.decode("utf-8", "replace") if data else None


def ruled_lines(doc: PdfDocument, acro: dict) -> dict[str, tuple[float, float]]:
    """Field name -> (line height, space above), in points, for multiline fields that set them."""
    try:
        text = _template(doc, acro)
    except (ValueError, KeyError):
        return {}
    if not text:
        return {}
    found: dict[str, tuple[float, float]] = {}
    conflicts: set[str] = set()
    for m in _FIELD.finditer(text):
        name, body = m.group(1), m.group(2)
        if 'multiLine="1"' not in body:
            continue
        para = _PARA.search(body)
        if para is None:
            continue
        attrs = {k: float(v) * _UNIT[u or None] for k, v, u in _ATTR.findall(para.group(0))}
        if "lineHeight" not in attrs or attrs["lineHeight"] <= 0:
            continue
        value = (round(attrs["lineHeight"], 3), round(attrs.get("spaceAbove", 0.0), 3))
        if found.get(name, value) != value:
            conflicts.add(name)
        found[name] = value
    for name in conflicts:
        del found[name]
    return found


def short_name(full_name: str) -> str:
    return _INDEX.sub("", full_name.rsplit(".", 1)[-1])
