"""Appearance streams for filled fields: text (single-line, comb, multiline), choices, check boxes.

Why we draw them ourselves instead of setting /NeedAppearances: viewers disagree about that flag.
pdf.js throws away every stored appearance when it is true and draws its own; MuPDF and most print
paths ignore it and draw nothing; Acrobat redraws and then asks to save on close. An appearance
stream is the one thing every viewer (poppler, PDFium, pdf.js, Acrobat, printers) shows as is,
so the engine writes one for every field it fills and leaves NeedAppearances false.

Text is set in the field's own /DA font (USCIS uses Courier New Bold, 9-10 pt, WinAnsi, mostly
not embedded: every viewer substitutes a monospace bold). The layout follows Acrobat's: 2 pt
padding, vertically centred single lines, one character per cell in comb fields, word-wrapped
multiline text from the top. Text that does not fit at the /DA size is set smaller down to a
minimum; below that the field is refused, never clipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._pdf_document import PdfDocument
from ._pdf_syntax import Name, Ref, Stream, fmt_num

PADDING = 2.0
_DA_TOKEN = re.compile(rb"/[^\s/\[\]()<>]+|[-+]?(?:\d+\.?\d*|\.\d+)|[A-Za-z*'\"]+")
# Helvetica widths for ASCII 32..126 (Adobe AFM); used only for fonts that carry no /Widths.
_HELV = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
]
_CODECS = {"WinAnsiEncoding": "cp1252", "MacRomanEncoding": "mac_roman", "StandardEncoding": "ascii"}


class DoesNotFit(Exception):
    """The value cannot be shown in the box at the minimum font size."""


class Unencodable(Exception):
    """The value holds characters the field's font encoding cannot show."""


@dataclass
class FontSpec:
    name: str  # resource name, as in /DA
    ref: Ref | dict
    size: float  # from /DA; 0 means auto
    color: bytes  # colour operator from /DA, e.g. b"0 g"
    codec: str
    widths: dict[int, float]
    missing_width: float
    cap_height: float  # per mille of the size

    def __post_init__(self) -> None:
        # One width per byte value, so a line's width is a C-speed sum (same order, same result).
        self._table = [self.widths.get(b, self.missing_width) for b in range(256)]

    def encode(self, text: str) -> bytes:
        try:
            return text.encode(self.codec)
        except UnicodeEncodeError:
            bad = sorted({c for c in text if not _encodable(c, self.codec)})
            codes = ", ".join(f"U+{ord(c):04X}" for c in bad[:5])
            raise Unencodable(f"characters {codes} cannot be shown in the form's font") from None

    def width(self, data: bytes, size: float) -> float:
        return sum(map(self._table.__getitem__, data)) * size / 1000.0


def _encodable(c: str, codec: str) -> bool:
    try:
        c.encode(codec)
        return True
    except UnicodeEncodeError:
        return False


def parse_da(da: bytes | str | None) -> tuple[str | None, float, bytes]:
    """(font resource name, size, colour operator) from a /DA string such as ``/Helv 0 Tf 0 g``."""
    if isinstance(da, str):
        da = da.encode("latin-1", "replace")
    font, size, color = None, 0.0, b"0 g"
    stack: list[bytes] = []
    for tok in _DA_TOKEN.findall(da or b""):
        if tok[:1] == b"/" or tok[:1].isdigit() or tok[:1] in b"+-.":
            stack.append(tok)
            continue
        if tok == b"Tf" and len(stack) >= 2 and stack[-2][:1] == b"/":
            font = stack[-2][1:].decode("latin-1")
            try:
                size = float(stack[-1])
            except ValueError:
                size = 0.0
        elif tok in (b"g", b"rg", b"k"):
            n = {b"g": 1, b"rg": 3, b"k": 4}[tok]
            if len(stack) >= n:
                color = b" ".join(stack[-n:]) + b" " + tok
        stack.clear()
    return font, size, color


def _standard_font(doc: PdfDocument, fonts: dict, base: str, res_name: str) -> Ref:
    """A standard-14 font resource (no embedding needed: every viewer has them)."""
    existing = doc.resolve(fonts.get(res_name))
    if isinstance(existing, dict) and existing.get("BaseFont") == base and isinstance(fonts[res_name], Ref):
        return fonts[res_name]
    font = {Name("Type"): Name("Font"), Name("Subtype"): Name("Type1"), Name("BaseFont"): Name(base)}
    if base != "ZapfDingbats":
        font[Name("Encoding")] = Name("WinAnsiEncoding")
    ref = doc.add(font)
    fonts[Name(res_name)] = ref
    return ref


def _dr_fonts(doc: PdfDocument, acro: dict) -> dict:
    dr = doc.resolve(acro.get("DR"))
    if not isinstance(dr, dict):
        dr = {}
        acro[Name("DR")] = dr
    fonts = doc.resolve(dr.get("Font"))
    if not isinstance(fonts, dict):
        fonts = {}
        dr[Name("Font")] = fonts
    return fonts


def font_for(doc: PdfDocument, acro: dict, da: bytes | str | None, cache: dict) -> FontSpec:
    """The font a field's /DA names, from the AcroForm /DR; Helvetica if it is missing or composite.

    ``cache`` lives for one fill: the few /DA strings of a form are parsed once, not per widget."""
    by_da = isinstance(da, (bytes, str))
    if by_da and (b"da", da) in cache:
        return cache[(b"da", da)]
    name, size, color = parse_da(da)
    key = (name, size, color)
    if key in cache:
        if by_da:
            cache[(b"da", da)] = cache[key]
        return cache[key]
    fonts = _dr_fonts(doc, acro)
    ref = fonts.get(name) if name else None
    font = doc.resolve(ref)
    if not isinstance(font, dict) or font.get("Subtype") not in ("TrueType", "Type1", "MMType1"):
        name = "Helv"
        ref = _standard_font(doc, fonts, "Helvetica", name)
        font = doc.resolve(ref)
    base = str(font.get("BaseFont", ""))
    mono = "Courier" in base
    widths: dict[int, float] = {}
    first = font.get("FirstChar")
    table = doc.resolve(font.get("Widths"))
    if isinstance(first, int) and isinstance(table, list):
        widths = {first + i: float(doc.resolve(w) or 0) for i, w in enumerate(table)}
    elif mono:
        widths = {c: 600.0 for c in range(256)}
    else:
        widths = {32 + i: float(w) for i, w in enumerate(_HELV)}
    desc = doc.resolve(font.get("FontDescriptor"))
    desc = desc if isinstance(desc, dict) else {}
    missing = float(desc.get("MissingWidth") or (600 if mono else 556))
    # /Ascent and /Descent in these forms are the font's bounding box (1221/-710 for Courier New
    # Bold), useless for placing a line; the cap height centres text the way Acrobat does.
    cap = float(desc.get("CapHeight") or 0)
    if not 400 <= cap <= 800:
        cap = 571.0 if mono else 718.0
    enc = doc.resolve(font.get("Encoding"))
    if isinstance(enc, dict):
        enc = enc.get("BaseEncoding")
    codec = _CODECS.get(str(enc), "cp1252") if enc is not None else "cp1252"
    spec = FontSpec(name, ref, size, color, codec, widths, missing, cap)
    cache[key] = spec
    if by_da:
        cache[(b"da", da)] = spec
    return spec


@dataclass
class Box:
    width: float
    height: float
    rotation: int
    background: list | None
    border: list | None
    border_width: float


def box_of(annot: dict, doc: PdfDocument) -> Box:
    r = annot.get("Rect") or [0, 0, 0, 0]
    w, h = abs(float(r[2]) - float(r[0])), abs(float(r[3]) - float(r[1]))
    mk = doc.resolve(annot.get("MK"))
    mk = mk if isinstance(mk, dict) else {}
    rotation = int(mk.get("R", 0) or 0) % 360
    if rotation in (90, 270):
        w, h = h, w
    bs = doc.resolve(annot.get("BS"))
    bw = float(bs.get("W", 1)) if isinstance(bs, dict) else 1.0
    bg = doc.resolve(mk.get("BG"))
    bc = doc.resolve(mk.get("BC"))
    return Box(w, h, rotation, bg if isinstance(bg, list) and bg else None, bc if isinstance(bc, list) and bc else None, bw)


def _color_op(components: list, stroke: bool) -> bytes:
    nums = b" ".join(fmt_num(float(c)) for c in components)
    op = {1: b"g", 3: b"rg", 4: b"k"}.get(len(components), b"g")
    return nums + b" " + (op.upper() if stroke else op)


def _frame(box: Box) -> bytes:
    out = b""
    if box.background:
        out += b"%s\n0 0 %s %s re f\n" % (_color_op(box.background, False), fmt_num(box.width), fmt_num(box.height))
    if box.border and box.border_width > 0:
        bw = box.border_width
        out += b"%s\n%s w\n%s %s %s %s re S\n" % (
            _color_op(box.border, True), fmt_num(bw), fmt_num(bw / 2), fmt_num(bw / 2),
            fmt_num(box.width - bw), fmt_num(box.height - bw))
    return out


def _form_xobject(box: Box, content: bytes, resources: dict) -> Stream:
    d = {
        Name("Type"): Name("XObject"),
        Name("Subtype"): Name("Form"),
        Name("BBox"): [0, 0, round(box.width, 4), round(box.height, 4)],
        Name("Resources"): resources,
    }
    if box.rotation:
        w, h = box.width, box.height
        d[Name("Matrix")] = {90: [0, 1, -1, 0, h, 0], 180: [-1, 0, 0, -1, w, h], 270: [0, -1, 1, 0, 0, w]}[box.rotation]
    return Stream(d, content)


LEADING = 1.15  # line distance as a multiple of the font size (Acrobat uses about this)
ASCENT = 0.8  # top of the first line below the box top, as a multiple of the size
DESCENT = 0.22  # room kept under the last baseline


def _baseline(font: FontSpec, size: float, box: Box) -> float:
    return (box.height - font.cap_height * size / 1000) / 2


def _wrap(font: FontSpec, text: str, size: float, width: float) -> list[bytes]:
    lines: list[bytes] = []
    space = font.width(b" ", size)
    for para in text.split("\n"):
        line, line_w = b"", 0.0
        for word in para.split(" "):
            data = font.encode(word)
            ww = font.width(data, size)
            while ww > width and data:  # a word wider than the box is broken by characters
                if line:
                    lines.append(line)
                    line, line_w = b"", 0.0
                cut = len(data)
                while cut > 1 and font.width(data[:cut], size) > width:
                    cut -= 1
                lines.append(data[:cut])
                data = data[cut:]
                ww = font.width(data, size)
            if not line:
                line, line_w = data, ww
            elif line_w + space + ww <= width:
                line, line_w = line + b" " + data, line_w + space + ww
            else:
                lines.append(line)
                line, line_w = data, ww
        lines.append(line)
    return lines


def _sizes(start: float, minimum: float):
    size = start
    while size >= minimum - 1e-9:
        yield round(size, 2)
        size -= 0.5


def _ruled(font: FontSpec, text: str, box: Box, inner_w: float, pad: float, quadding: int,
           rules: tuple[float, float]) -> list[tuple[float, float, bytes]] | None:
    """Lines placed on the form's rules (XFA lineHeight / spaceAbove) at the /DA size, if they fit."""
    line_height, space_above = rules
    size = font.size or 10.0
    if line_height < size:
        return None
    lines = _wrap(font, text, size, inner_w)
    top = box.height - space_above - line_height * 0.72  # descenders clear the rule below
    if top - (len(lines) - 1) * line_height - DESCENT * size < pad / 2 - 0.01:
        return None
    return [(_align(font, line, size, box, pad, quadding), top - i * line_height, line) for i, line in enumerate(lines)]


def text_appearance(font: FontSpec, annot: dict, doc: PdfDocument, text: str, *, comb: int | None,
                    multiline: bool, quadding: int, min_size: float,
                    rules: tuple[float, float] | None = None) -> tuple[Stream, float]:
    """The normal appearance of a text or choice widget showing ``text``; returns (stream, font size).

    ``rules``: (line height, space above) of a ruled multiline box, from the XFA template.
    Raises :class:`DoesNotFit` or :class:`Unencodable`; never clips silently.
    """
    font.encode(text.replace("\n", ""))  # raises Unencodable before any layout work
    box = box_of(annot, doc)
    pad = max(PADDING, box.border_width * 2 if box.border else 0)
    inner_w = box.width - 2 * pad
    start = font.size or (12.0 if multiline else min(12.0, max(min_size, (box.height - 2 * PADDING) / (ASCENT + DESCENT))))
    placed: list[tuple[float, float, bytes]] = []
    used = 0.0
    if comb:
        data = font.encode(text)
        cell = box.width / comb
        for size in _sizes(start, min_size):
            if all(font.width(bytes((b,)), size) <= cell for b in data):
                y = _baseline(font, size, box)
                placed = [(i * cell + (cell - font.width(bytes((b,)), size)) / 2, y, bytes((b,))) for i, b in enumerate(data)]
                used = size
                break
    elif multiline and rules and (placed := _ruled(font, text, box, inner_w, pad, quadding, rules)):
        used = font.size or 10.0
    elif multiline:
        for size in _sizes(start, min_size):
            lines = _wrap(font, text, size, inner_w)
            leading = LEADING * size
            y = box.height - PADDING - ASCENT * size
            if y - (len(lines) - 1) * leading - DESCENT * size >= pad / 2 - 0.01:
                for i, line in enumerate(lines):
                    placed.append((_align(font, line, size, box, pad, quadding), y - i * leading, line))
                used = size
                break
    else:
        data = font.encode(text)
        for size in _sizes(start, min_size):
            if font.width(data, size) <= inner_w:
                placed = [(_align(font, data, size, box, pad, quadding), _baseline(font, size, box), data)]
                used = size
                break
    if not used:
        raise DoesNotFit("the answer is too long for its box on the form")
    body = [b"/Tx BMC\nq\n", _frame(box)]
    body.append(b"%s %s %s %s re W n\nBT\n/%s %s Tf\n%s\n" % (
        fmt_num(pad / 2), fmt_num(pad / 2), fmt_num(box.width - pad), fmt_num(box.height - pad),
        Name(font.name).encode("latin-1"), fmt_num(used), font.color))
    for x, y, data in placed:
        if data:
            body.append(b"1 0 0 1 %s %s Tm\n<%s> Tj\n" % (fmt_num(round(x, 3)), fmt_num(round(y, 3)), data.hex().encode()))
    body.append(b"ET\nQ\nEMC\n")
    res = {Name("Font"): {Name(font.name): font.ref}}
    return _form_xobject(box, b"".join(body), res), used


def _align(font: FontSpec, data: bytes, size: float, box: Box, pad: float, quadding: int) -> float:
    if quadding == 1:
        return (box.width - font.width(data, size)) / 2
    if quadding == 2:
        return box.width - pad - font.width(data, size)
    return pad


def check_appearance(doc: PdfDocument, acro: dict, annot: dict) -> Stream:
    """An 'on' appearance for a check box or radio widget that has none (the /MK /CA glyph)."""
    box = box_of(annot, doc)
    mk = doc.resolve(annot.get("MK"))
    char = mk.get("CA") if isinstance(mk, dict) else None
    char = (char if isinstance(char, bytes) and char else b"4")[:1]
    ref = _standard_font(doc, _dr_fonts(doc, acro), "ZapfDingbats", "ZaDb")
    size = min(box.width, box.height) * 0.8
    x = (box.width - 0.8 * size) / 2
    y = (box.height - 0.7 * size) / 2
    content = b"q\n%sBT\n/ZaDb %s Tf\n0 g\n%s %s Td\n<%s> Tj\nET\nQ\n" % (
        _frame(box), fmt_num(round(size, 2)), fmt_num(round(x, 2)), fmt_num(round(y, 2)), char.hex().encode())
    return _form_xobject(box, content, {Name("Font"): {Name("ZaDb"): ref}})
