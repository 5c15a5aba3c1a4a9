"""PDF object syntax: a small, fast parser and serializer (ISO 32000-1, section 7.3).

Why not pypdf's object layer: opening, cloning and re-writing an official I-589 with pypdf takes
about a second (0.8 s in ``PdfWriter(clone_from=...)`` alone), because it builds a Python object
for each of the ~3,500 objects, most of them structure-tree entries we never touch. This module
parses only the objects the form engine reads or changes, and copies the rest through as bytes.

Model: names are :class:`Name` (a ``str`` without the slash), strings are ``bytes``, arrays are
``list``, dictionaries are ``dict`` keyed by :class:`Name`, references are :class:`Ref`, streams
are :class:`Stream` (dictionary + still-encoded data). A plain ``str`` value is written as a text
string (ASCII, else UTF-16BE with a BOM).
"""

from __future__ import annotations

import re
import zlib
from typing import Any, NamedTuple


class PdfSyntaxError(ValueError):
    """The bytes are not valid PDF syntax where an object was expected."""


class Name(str):
    """A PDF name, stored decoded and without the leading slash (``/ STE `` is ``Name(' STE ')``)."""

    __slots__ = ()


class Ref(NamedTuple):
    """An indirect reference ``num gen R``."""

    num: int
    gen: int = 0


class Stream:
    """A stream object: its dictionary and its data, decrypted but still encoded by ``/Filter``."""

    __slots__ = ("dict", "data")

    def __init__(self, dictionary: dict, data: bytes) -> None:
        self.dict = dictionary
        self.data = data

    def decoded(self) -> bytes:
        """The data with its filters undone; only FlateDecode (with PNG/TIFF predictors) is needed here."""
        filters = self.dict.get("Filter")
        parms = self.dict.get("DecodeParms")
        if filters is None:
            return self.data
        if not isinstance(filters, list):
            filters, parms = [filters], [parms]
        elif not isinstance(parms, list):
            parms = [parms] * len(filters)
        data = self.data
        for name, parm in zip(filters, parms):
            if name not in ("FlateDecode", "Fl"):
                raise PdfSyntaxError(f"unsupported stream filter /{name}")
            data = _inflate(data)
            if isinstance(parm, dict) and parm.get("Predictor", 1) > 1:
                data = _unpredict(data, parm)
        return data


class Raw(bytes):
    """Object bytes copied through unparsed (already plaintext); written verbatim."""

    __slots__ = ()


class RawStream(bytes):
    """A whole stream object (dictionary, keyword, data) copied through unparsed; written verbatim.

    Used for the hundreds of appearance and content streams the engine never changes: their
    dictionaries hold no strings, so decrypting them only means decrypting the data.
    """

    __slots__ = ()


def _inflate(data: bytes) -> bytes:
    try:
        return zlib.decompress(data)
    except zlib.error:
        # Some producers leave trailing garbage or a truncated end; take what inflates.
        d = zlib.decompressobj()
        try:
            return d.decompress(data)
        except zlib.error as exc:
            raise PdfSyntaxError(f"damaged compressed stream: {exc}") from None


def _unpredict(data: bytes, parm: dict) -> bytes:
    predictor = parm.get("Predictor", 1)
    columns = parm.get("Columns", 1)
    colors = parm.get("Colors", 1)
    bpc = parm.get("BitsPerComponent", 8)
    bpp = max(1, colors * bpc // 8)
    rowlen = (columns * colors * bpc + 7) // 8
    if predictor == 2:
        raise PdfSyntaxError("TIFF predictor is not supported")
    out = bytearray()
    prev = bytearray(rowlen)
    stride = rowlen + 1
    for i in range(0, len(data) - rowlen, stride):
        kind = data[i]
        row = bytearray(data[i + 1 : i + stride])
        if kind == 1:
            for j in range(bpp, rowlen):
                row[j] = (row[j] + row[j - bpp]) & 0xFF
        elif kind == 2:
            for j in range(rowlen):
                row[j] = (row[j] + prev[j]) & 0xFF
        elif kind == 3:
            for j in range(rowlen):
                left = row[j - bpp] if j >= bpp else 0
                row[j] = (row[j] + ((left + prev[j]) >> 1)) & 0xFF
        elif kind == 4:
            for j in range(rowlen):
                a = row[j - bpp] if j >= bpp else 0
                b = prev[j]
                c = prev[j - bpp] if j >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                row[j] = (row[j] + pred) & 0xFF
        out += row
        prev = row
    return bytes(out)


# --------------------------------------------------------------------------- parsing

_WS = b"\x00\t\n\x0c\r "
# One token per match; the group number says which kind (faster to dispatch than group names).
_TOKEN = re.compile(
    rb"(?:[\x00\t\n\x0c\r ]|%[^\r\n]*)*"
    rb"(?:([+-]?(?:\d+\.?\d*|\.\d+))"  # 1 number
    rb"|(/[^\x00\t\n\x0c\r ()<>\[\]{}/%]*)"  # 2 name
    rb"|(<<)|(>>)|(\[)|(\])"  # 3-6 brackets
    rb"|(\((?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\))"  # 7 literal string, nesting depth <= 2
    rb"|(\()"  # 8 any other literal string: read by hand
    rb"|(<[0-9A-Fa-f\x00\t\n\x0c\r ]*>)"  # 9 hex string
    rb"|([A-Za-z_]+|[{}])"  # 10 keyword
    rb")",
    re.S,
)
_LIT_SPECIAL = re.compile(rb"[()\\]")
_LIT_ESCAPE = re.compile(rb"\\([0-7]{1,3}|\r\n|[\r\n]|.)", re.S)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f", b"\r\n": b"", b"\r": b"", b"\n": b""}
_NAME_HEX = re.compile(rb"#([0-9A-Fa-f]{2})")
_KEYWORDS = {b"true": True, b"false": False, b"null": None}
_STOP = frozenset((b"obj", b"endobj", b"stream", b"xref", b"trailer", b"startxref"))
_NAMES: dict[bytes, "Name"] = {}


def _unescape(match: re.Match) -> bytes:
    s = match.group(1)
    if s[:1].isdigit():
        return bytes((int(s, 8) & 0xFF,))
    return _ESCAPES.get(s, s)


def _read_literal(buf: bytes, pos: int) -> tuple[bytes, int]:
    """Read a literal string whose ``(`` ends at ``pos``; returns (value, position after ``)``)."""
    depth = 1
    start = pos
    finder = _LIT_SPECIAL.search
    while True:
        m = finder(buf, pos)
        if m is None:
            raise PdfSyntaxError("unterminated string")
        c = m.group()
        pos = m.end()
        if c == b"\\":
            pos += 1
        elif c == b"(":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                break
    return _literal_value(buf[start : pos - 1]), pos


def _literal_value(raw: bytes) -> bytes:
    # The spec reads a bare end-of-line inside a literal as LF, but Acrobat writes raw binary (an
    # encryption /U with a CR byte) and reads it back unchanged; so do we.
    return _LIT_ESCAPE.sub(_unescape, raw) if b"\\" in raw else raw


def _name(token: bytes) -> Name:
    name = _NAMES.get(token)
    if name is None:
        body = token[1:]
        if b"#" in body:
            body = _NAME_HEX.sub(lambda m: bytes((int(m.group(1), 16),)), body)
        name = Name(body.decode("latin-1"))
        if len(_NAMES) < 50_000:
            _NAMES[token] = name
    return name


def _close_dict(items: list) -> dict:
    if len(items) % 2:
        items.append(None)  # a key without value reads as null (lenient)
    it = iter(items)
    return {k: v for k, v in zip(it, it) if type(k) is Name}


def parse(buf: bytes, pos: int = 0, end: int | None = None) -> tuple[list, int, bytes | None]:
    """Parse objects from ``buf[pos:end]`` until a stop keyword or the end.

    Returns (top-level objects, position after the last token read, stop keyword or None). The stop
    keywords are ``obj``, ``endobj``, ``stream``, ``xref``, ``trailer`` and ``startxref``; ``obj``
    yields the two numbers before it as objects, which is what header parsing wants.
    """
    if end is None:
        end = len(buf)
    stack: list[list] = [[]]
    kinds: list[int] = []
    top = stack[0]
    append = top.append
    match = _TOKEN.match
    while True:
        m = match(buf, pos, end)
        if m is None:
            rest = buf[pos:end].strip(_WS)
            if rest and not rest.startswith(b"%"):
                raise PdfSyntaxError(f"unexpected bytes {rest[:20]!r}")
            pos = end
            break
        kind = m.lastindex
        pos = m.end()
        if kind == 2:
            append(_name(m.group(2)))
        elif kind == 1:
            t = m.group(1)
            append(float(t) if b"." in t else int(t))
        elif kind == 7:
            append(_literal_value(m.group(7)[1:-1]))
        elif kind == 3 or kind == 5:
            top = []
            append = top.append
            stack.append(top)
            kinds.append(kind)
        elif kind == 4 or kind == 6:
            if not kinds or kinds[-1] != kind - 1:
                raise PdfSyntaxError("unbalanced brackets")
            kinds.pop()
            items = stack.pop()
            top = stack[-1]
            append = top.append
            append(items if kind == 6 else _close_dict(items))
        elif kind == 10:
            word = m.group(10)
            if word == b"R":
                if len(top) < 2 or type(top[-1]) is not int or type(top[-2]) is not int:
                    raise PdfSyntaxError("malformed reference")
                gen = top.pop()
                num = top.pop()
                append(Ref(num, gen))
            elif word in _KEYWORDS:
                append(_KEYWORDS[word])
            elif word in _STOP:
                if len(stack) > 1:
                    raise PdfSyntaxError(f"unexpected '{word.decode()}' inside an object")
                return top, pos, word
            else:
                raise PdfSyntaxError(f"unexpected keyword {word[:20]!r}")
        elif kind == 8:
            value, pos = _read_literal(buf, pos)
            append(value)
        else:  # 9
            digits = bytes(c for c in m.group(9)[1:-1] if c not in _WS)
            if len(digits) % 2:
                digits += b"0"
            append(bytes.fromhex(digits.decode("ascii")))
    if len(stack) > 1:
        raise PdfSyntaxError("unterminated array or dictionary")
    return top, pos, None


def parse_one(buf: bytes, pos: int = 0, end: int | None = None) -> Any:
    """Exactly one object from ``buf[pos:end]`` (a content of an object stream, a /DA, a trailer)."""
    objs, _, _ = parse(buf, pos, end)
    if len(objs) != 1:
        raise PdfSyntaxError(f"expected one object, found {len(objs)}")
    return objs[0]


# --------------------------------------------------------------------------- serializing

_NAME_PLAIN = frozenset(b"!\"$&'*+,-.0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ\\^_`abcdefghijklmnopqrstuvwxyz|~")


_NAME_BYTES: dict[str, bytes] = {}


def name_bytes(name: str) -> bytes:
    out = _NAME_BYTES.get(name)
    if out is None:
        raw = name.encode("latin-1")
        if all(c in _NAME_PLAIN for c in raw):
            out = b"/" + raw
        else:
            out = b"/" + b"".join(bytes((c,)) if c in _NAME_PLAIN else b"#%02X" % c for c in raw)
        if len(_NAME_BYTES) < 50_000:
            _NAME_BYTES[name] = out
    return out


def string_bytes(value: bytes) -> bytes:
    if b"\\" in value or b"(" in value or b")" in value or b"\r" in value:
        value = value.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)").replace(b"\r", b"\\r")
    return b"(" + value + b")"


def text_string(value: str) -> bytes:
    """Encode a text string: ASCII as is, anything else as UTF-16BE with a byte order mark."""
    try:
        return value.encode("ascii")
    except UnicodeEncodeError:
        return b"\xfe\xff" + value.encode("utf-16-be")


# PDFDocEncoding is Latin-1 except for these codes (ISO 32000-1, Annex D.2): typographic quotes,
# dashes and the like, which USCIS tooltips use ("Answering \u201cYes\u201d ...").
_PDFDOC = {
    0x18: "\u02d8", 0x19: "\u02c7", 0x1A: "\u02c6", 0x1B: "\u02d9", 0x1C: "\u02dd", 0x1D: "\u02db",
    0x1E: "\u02da", 0x1F: "\u02dc", 0x80: "\u2022", 0x81: "\u2020", 0x82: "\u2021", 0x83: "\u2026",
    0x84: "\u2014", 0x85: "\u2013", 0x86: "\u0192", 0x87: "\u2044", 0x88: "\u2039", 0x89: "\u203a",
    0x8A: "\u2212", 0x8B: "\u2030", 0x8C: "\u201e", 0x8D: "\u201c", 0x8E: "\u201d", 0x8F: "\u2018",
    0x90: "\u2019", 0x91: "\u201a", 0x92: "\u2122", 0x93: "\ufb01", 0x94: "\ufb02", 0x95: "\u0141",
    0x96: "\u0152", 0x97: "\u0160", 0x98: "\u0178", 0x99: "\u017d", 0x9A: "\u0131", 0x9B: "\u0142",
    0x9C: "\u0153", 0x9D: "\u0161", 0x9E: "\u017e", 0xA0: "\u20ac",
}


def decode_text(value: Any) -> str:
    """Decode a PDF text string (UTF-16BE/LE with BOM, UTF-8 with BOM, else PDFDocEncoding)."""
    if isinstance(value, str):
        return str(value)
    if not isinstance(value, bytes):
        return ""
    if value[:2] == b"\xfe\xff":
        return value[2:].decode("utf-16-be", "replace")
    if value[:2] == b"\xff\xfe":
        return value[2:].decode("utf-16-le", "replace")
    if value[:3] == b"\xef\xbb\xbf":
        return value[3:].decode("utf-8", "replace")
    text = value.decode("latin-1")
    if any(c in _PDFDOC for c in value):
        text = text.translate(_PDFDOC)
    return text


def fmt_num(x: float) -> bytes:
    if type(x) is int:
        return b"%d" % x
    if isinstance(x, int) or float(x).is_integer():
        return b"%d" % int(x)
    s = b"%.4f" % x
    return s.rstrip(b"0").rstrip(b".") if b"." in s else s


def serialize(obj: Any, out: list[bytes]) -> None:
    """Append the PDF syntax of ``obj`` to ``out`` (a list joined by the caller)."""
    t = type(obj)
    if t is Name:
        out.append(name_bytes(obj))
    elif t is Ref:
        out.append(b"%d %d R" % obj)
    elif t is bytes:
        out.append(string_bytes(obj))
    elif t is dict:
        out.append(b"<<")
        for k, v in obj.items():
            out.append(name_bytes(k))
            out.append(b" ")
            serialize(v, out)
        out.append(b">>")
    elif t is list:
        out.append(b"[")
        for i, v in enumerate(obj):
            if i:
                out.append(b" ")
            serialize(v, out)
        out.append(b"]")
    elif t is bool:
        out.append(b"true" if obj else b"false")
    elif t is int or t is float:
        out.append(fmt_num(obj))
    elif obj is None:
        out.append(b"null")
    elif t is Raw or t is RawStream:
        out.append(obj)
    elif t is Stream:
        obj.dict["Length"] = len(obj.data)
        serialize(obj.dict, out)
        out.append(b"\nstream\n")
        out.append(obj.data)
        out.append(b"\nendstream")
    elif t is str:
        out.append(string_bytes(text_string(obj)))
    elif isinstance(obj, bytes):
        out.append(string_bytes(bytes(obj)))
    else:
        raise TypeError(f"cannot write {t.__name__} into a PDF")


def to_bytes(obj: Any) -> bytes:
    out: list[bytes] = []
    serialize(obj, out)
    return b"".join(out)


_REF_IN_RAW = re.compile(rb"(\d+)\s+\d+\s+R(?![A-Za-z])")


def ref_nums_in(obj: Any) -> list[int]:
    """The object numbers referenced inside ``obj`` (for reachability). Raw bytes are scanned with
    a regex, which may over-count (a string reading ``1 0 R``); that only keeps an object alive."""
    found: list[int] = []
    todo = [obj]
    while todo:
        o = todo.pop()
        t = type(o)
        if t is Ref:
            found.append(o.num)
        elif t is dict:
            todo.extend(o.values())
        elif t is list:
            todo.extend(o)
        elif t is Stream:
            todo.extend(o.dict.values())
        elif t is Raw:
            found.extend(map(int, _REF_IN_RAW.findall(o)))
        elif t is RawStream:
            head = o[: o.find(b"stream")]
            found.extend(map(int, _REF_IN_RAW.findall(head)))
    return found
