"""An in-memory PDF document: cross-reference reading, lazy objects, and an unencrypted re-write.

Why this exists: the engine must open an encrypted official blank, change a few hundred objects
and write a new, unencrypted file, all in memory (no temp files: the output holds client data)
and fast enough to preview a form while the user edits (the target is 150 ms for the I-589).
Objects are parsed only when asked for; the rest (mostly structure-tree entries packed in object
streams) are copied through as plaintext bytes. The output is a classic cross-reference table
with only the objects reachable from the catalog, so dropped parts (the XFA packets, the
usage-rights signature) really leave the file.

Official blanks (public bytes, recognised by sha256) are decoded once per process: see ``_Blank``.
A later fill of the same blank copies the parsed objects it reads (so it never sees an earlier
fill's changes) and reuses the output bytes of every object it leaves as it was.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from operator import is_
from typing import Any

from ._pdf_crypt import StandardDecryptor
from ._pdf_syntax import (
    PdfSyntaxError, Raw, RawStream, Ref, Stream, name_bytes, parse, parse_one, ref_nums_in, serialize,
)

_STARTXREF = re.compile(rb"startxref\s*(\d+)")
_OBJ_HEADER = re.compile(rb"\s*(\d+)\s+(\d+)\s+obj\b")
_XREF_SUB = re.compile(rb"\s*(\d+)\s+(\d+)\s*(?=[\r\n])")
_XREF_ENTRY = re.compile(rb"\s*(\d{1,10})\s+(\d{1,5})\s*([nf])")
_SCAN_OBJ = re.compile(rb"(?<![0-9])(\d+)\s+(\d+)\s+obj\b")
_ENDSTREAM = re.compile(rb"\s*endstream")
# A stream object whose dictionary has no string and no nested "stream"/"endobj": copied through.
_PLAIN_STREAM_HEAD = re.compile(rb"\s*\d+\s+\d+\s+obj\s*(<<(?:(?!endobj|stream)[^(])*?>>)\s*stream(\r\n|\n|\r)", re.S)
_HEX_STRING = re.compile(rb"<[0-9A-Fa-f\s]*>")
_LENGTH = re.compile(rb"/Length\s+(\d+)(\s+\d+\s+R)?")


# What an official blank decodes to, kept in memory between fills of the same blank. The blanks
# are public files (recognised by the sha256 the caller vouches for), never client data; decoding
# them again (cross-reference stream, decryption, parsing ~500 field objects, serializing ~3,000
# untouched objects) was most of the cost of a fill. Never written to disk; at most _SHARED_MAX
# blanks, least recently used dropped first.
_SHARED: "OrderedDict[str, _Blank]" = OrderedDict()
_SHARED_MAX = 3
_SHARED_LOCK = threading.Lock()
_MISSING = object()


class _Blank:
    """The decoded parts of one official blank, shared by every document opened from its bytes.

    Nothing here is ever handed to a caller to change: ``pristine`` objects are copied on each
    ``get`` (copy-on-read), ``written`` holds immutable bytes, ``memo`` values are read-only.
    Fills may run on worker threads; two documents decoding the same part at once only repeat a
    little work (``setdefault`` keeps the first), since every entry is a pure function of the bytes.
    """

    __slots__ = ("xref", "trailer", "next_num", "decryptor", "objstm", "pristine", "written", "pairs", "memo")

    def __init__(self, xref: dict, trailer: dict, next_num: int, decryptor: "StandardDecryptor | None",
                 objstm: dict, memo: dict) -> None:
        self.xref = xref
        self.trailer = trailer
        self.next_num = next_num
        self.decryptor = decryptor
        self.objstm: dict[int, tuple[bytes, dict[int, tuple[int, int]]]] = objstm
        self.pristine: dict[int, Any] = {}  # num -> parsed, decrypted object; never handed out
        self.written: dict[int, tuple[bytes, tuple[int, ...]] | None] = {}  # num -> untouched output
        self.pairs: dict[int, dict] = {}  # num -> {key: (b"/Key value", refs)} of a pristine dictionary
        self.memo = memo


def _shared_blank(key: str) -> "_Blank | None":
    """The decoded blank for ``key`` (most recently used now), if one was kept."""
    with _SHARED_LOCK:
        blank = _SHARED.get(key)
        if blank is not None:
            _SHARED.move_to_end(key)
        return blank


def _keep_blank(key: str, blank: "_Blank") -> None:
    with _SHARED_LOCK:
        _SHARED[key] = blank
        _SHARED.move_to_end(key)
        while len(_SHARED) > _SHARED_MAX:
            _SHARED.popitem(last=False)


def forget_shared_parts() -> None:
    """Drop the decoded blanks kept between fills (to measure a first fill, or free memory)."""
    with _SHARED_LOCK:
        _SHARED.clear()


_CONTAINERS = (dict, list, Stream)


def _copy(obj: Any) -> Any:
    """A deep copy of a parsed object (leaves are immutable: names, numbers, bytes, references)."""
    t = type(obj)
    if t is dict:
        return {k: (_copy(v) if type(v) in _CONTAINERS else v) for k, v in obj.items()}
    if t is list:
        return [_copy(v) if type(v) in _CONTAINERS else v for v in obj]
    if t is Stream:
        return Stream(_copy(obj.dict), obj.data)
    return obj


def _same(a: Any, b: Any) -> bool:
    """Would ``a`` be written exactly as ``b``? Like ``==``, but a text ``str`` is not its ``Name``,
    ``True`` is not ``1`` and dictionary order counts (each is written differently). Leaves a copy
    shares with its original (``_copy`` shares them) are recognised by identity, at C speed where
    possible."""
    t = type(a)
    if t is not type(b):
        return (t is int or t is float) and (type(b) is int or type(b) is float) and a == b
    if t is dict:  # in order too: the same entries in another order are written differently
        if len(a) != len(b):
            return False
        for (k, v), (j, w) in zip(a.items(), b.items()):
            if k != j or (v is not w and not _same(v, w)):
                return False
        return True
    if t is list:
        if len(a) != len(b):
            return False
        return all(map(is_, a, b)) or all(v is w or _same(v, w) for v, w in zip(a, b))
    if t is Stream:
        return (a.data is b.data or a.data == b.data) and _same(a.dict, b.dict)
    return a == b


def _unchanged(obj: Any, pristine: Any) -> bool:
    """``obj`` (a document's copy) still reads exactly as the blank's object: C-speed ``==`` first
    (most changed objects fail there), then the type-strict walk."""
    if type(obj) is Stream:
        return type(pristine) is Stream and obj.data == pristine.data and _same(obj.dict, pristine.dict)
    return obj == pristine and _same(obj, pristine)


class PdfDocument:
    """One PDF held in memory. ``get`` returns live Python objects; changing them changes the output.

    ``share_key``: pass the sha256 of a *public* file (an official blank) to reuse its decoded
    parts across documents; never for a file that may hold client data. It is ignored with a
    non-empty password (so no password is ever kept, and a wrong one still fails). A shared
    document still behaves as a private one: ``get`` hands out its own copy of each object
    (copy-on-read), and ``write`` serializes what differs from the blank, reusing the blank's
    bytes for the rest.
    """

    def __init__(self, data: bytes, password: str = "", share_key: str | None = None) -> None:
        if not data.lstrip()[:5] == b"%PDF-":
            raise PdfSyntaxError("not a PDF file (no %PDF- header)")
        self.data = data
        self._cache: dict[int, Any] = {}
        self._scanned: dict[int, int] | None = None
        if share_key is not None and password:
            share_key = None  # a blank is shared as opened with the empty password only
        blank = _shared_blank(share_key) if share_key is not None else None
        self._blank: _Blank | None = blank
        if blank is not None:
            self._xref: dict[int, tuple | None] = dict(blank.xref)
            self.trailer: dict = _copy(blank.trailer)
            self._next_num = blank.next_num
            self.decryptor: StandardDecryptor | None = blank.decryptor
            self._objstm = blank.objstm
            self._memo = blank.memo
            return
        self.trailer = {}
        self._xref = {}
        self._objstm = {}
        self._memo = {}
        self._pending_objstm: list[int] = []
        self.decryptor = None
        try:
            self._read_xref_chain()
        except (PdfSyntaxError, ValueError, IndexError, KeyError):
            self._rebuild_xref()
        if not isinstance(self.trailer.get("Root"), Ref):
            self._rebuild_xref()
        if not isinstance(self.trailer.get("Root"), Ref):
            raise PdfSyntaxError("no document catalog found")
        self._next_num = max([n for n in self._xref] + [int(self.trailer.get("Size", 1)) - 1, 0]) + 1
        encrypt = self.trailer.get("Encrypt")
        if encrypt is not None:
            enc = self._load_plain(encrypt.num) if isinstance(encrypt, Ref) else encrypt
            ids = self.trailer.get("ID") or [b""]
            self.decryptor = StandardDecryptor(enc, bytes(ids[0]), password)
            if isinstance(encrypt, Ref):
                self._cache.pop(encrypt.num, None)
            del self.trailer["Encrypt"]
        for stm in self._pending_objstm:
            try:
                members = self._objstm_members(stm)[1]
            except (PdfSyntaxError, ValueError, KeyError):
                continue
            for num in members:
                self._xref.setdefault(num, ("c", stm, 0))
        if share_key is not None:
            # Objects read while the cross-reference was being read (/Length values) were read
            # before the key was known: keep them out of what the blank shares.
            self._cache.clear()
            self._blank = _Blank(dict(self._xref), _copy(self.trailer), self._next_num, self.decryptor,
                                 self._objstm, self._memo)
            _keep_blank(share_key, self._blank)

    @property
    def was_encrypted(self) -> bool:
        return self.decryptor is not None

    # ------------------------------------------------------------------ cross-reference
    def _read_xref_chain(self) -> None:
        m = None
        for m in _STARTXREF.finditer(self.data, max(0, len(self.data) - 4096)):
            pass
        if m is None:
            raise PdfSyntaxError("no startxref")
        offset = int(m.group(1))
        seen: set[int] = set()
        while offset is not None and offset not in seen:
            seen.add(offset)
            trailer = self._read_xref_section(offset)
            for k, v in trailer.items():
                self.trailer.setdefault(k, v)
            if "XRefStm" in trailer:
                self._read_xref_section(int(trailer["XRefStm"]))
            prev = trailer.get("Prev")
            offset = int(prev) if isinstance(prev, (int, float)) else None

    def _set(self, num: int, entry: tuple | None) -> None:
        if num not in self._xref:
            self._xref[num] = entry

    def _read_xref_section(self, offset: int) -> dict:
        data = self.data
        pos = offset
        while data[pos : pos + 1] in b" \t\r\n\x00\x0c" and pos < len(data):
            pos += 1
        if data.startswith(b"xref", pos):
            pos += 4
            while True:
                m = _XREF_SUB.match(data, pos)
                if not m:
                    break
                start, count = int(m.group(1)), int(m.group(2))
                pos = m.end()
                for i in range(count):
                    e = _XREF_ENTRY.match(data, pos)
                    if not e:
                        raise PdfSyntaxError("damaged cross-reference table")
                    pos = e.end()
                    if e.group(3) == b"n":
                        self._set(start + i, ("n", int(e.group(1)), int(e.group(2))))
                    else:
                        self._set(start + i, None)
            k = data.find(b"trailer", pos)
            if k < 0:
                raise PdfSyntaxError("no trailer")
            objs, _, _ = parse(data, k + 7)
            if not objs or not isinstance(objs[0], dict):
                raise PdfSyntaxError("damaged trailer")
            return objs[0]
        num, stream = self._read_stream_at(offset)
        if not isinstance(stream, Stream) or stream.dict.get("Type") != "XRef":
            raise PdfSyntaxError("startxref does not point at a cross-reference")
        d = stream.dict
        w = [int(x) for x in d["W"]]
        raw = stream.decoded()
        index = d.get("Index") or [0, int(d["Size"])]
        w0, w1, w2 = w[0], w[1], w[2]
        rowlen = w0 + w1 + w2
        frombytes = int.from_bytes
        p = 0
        for j in range(0, len(index) - 1, 2):
            start, count = int(index[j]), int(index[j + 1])
            for i in range(count):
                if p + rowlen > len(raw):
                    break
                kind = frombytes(raw[p : p + w0], "big") if w0 else 1
                f1 = frombytes(raw[p + w0 : p + w0 + w1], "big")
                f2 = frombytes(raw[p + w0 + w1 : p + rowlen], "big") if w2 else 0
                p += rowlen
                num = start + i
                if num in self._xref:
                    continue
                if kind == 1:
                    self._xref[num] = ("n", f1, f2)
                elif kind == 2:
                    self._xref[num] = ("c", f1, f2)
                elif kind == 0:
                    self._xref[num] = None
        trailer = {k: v for k, v in d.items() if k not in ("Type", "W", "Index", "Filter", "DecodeParms", "Length")}
        return trailer

    def _rebuild_xref(self) -> None:
        """Recover from a damaged cross-reference: find every ``n g obj`` in the file (last wins)."""
        self._xref = {}
        self._cache.clear()
        found: dict[int, tuple] = {}
        for m in _SCAN_OBJ.finditer(self.data):
            found[int(m.group(1))] = ("n", m.start(), int(m.group(2)))
        self._xref.update(found)
        trailer: dict = {}
        for m in re.finditer(rb"trailer\s*<<", self.data):
            try:
                objs, _, _ = parse(self.data, m.start() + 7)
                if objs and isinstance(objs[0], dict):
                    trailer.update(objs[0])
            except PdfSyntaxError:
                continue
        for num, entry in list(found.items()):
            head = self.data[entry[1] : entry[1] + 300]
            if b"/ObjStm" in head or (b"/XRef" in head and "Root" not in trailer):
                try:
                    _, s = self._read_stream_at(entry[1])
                except (PdfSyntaxError, ValueError, KeyError):
                    continue
                if not isinstance(s, Stream):
                    continue
                if s.dict.get("Type") == "XRef":
                    for k in ("Root", "Info", "ID", "Encrypt"):
                        if k in s.dict:
                            trailer.setdefault(k, s.dict[k])
        self.trailer = {k: v for k, v in trailer.items() if k not in ("Prev", "XRefStm")}
        # Members of object streams can only be listed once the key is known: see __init__.
        self._pending_objstm = [n for n, e in found.items() if b"/ObjStm" in self.data[e[1] : e[1] + 300]]
        if "Root" not in self.trailer:
            for num, entry in found.items():
                if b"/Catalog" in self.data[entry[1] : entry[1] + 400]:
                    self.trailer["Root"] = Ref(num, entry[2])

    # ------------------------------------------------------------------ objects
    def _read_stream_at(self, offset: int, num_expected: int | None = None) -> tuple[int, Any]:
        """Parse the object at ``offset`` without decrypting (headers, xref streams, /Encrypt)."""
        m = _OBJ_HEADER.match(self.data, offset)
        if not m:
            raise PdfSyntaxError(f"no object at offset {offset}")
        num = int(m.group(1))
        if num_expected is not None and num != num_expected:
            raise PdfSyntaxError(f"object {num_expected} expected at offset {offset}, found {num}")
        objs, pos, kw = parse(self.data, m.end())
        obj = objs[0] if objs else None
        if kw == b"stream" and isinstance(obj, dict):
            data = self.data
            if data[pos : pos + 2] == b"\r\n":
                pos += 2
            elif data[pos : pos + 1] in (b"\n", b"\r"):
                pos += 1
            length = obj.get("Length")
            if isinstance(length, Ref):
                length = self._length_object(length)
            end = pos + length if isinstance(length, int) and length >= 0 else -1
            if end < 0 or not _ENDSTREAM.match(data, end):
                k = data.find(b"endstream", pos)
                if k < 0:
                    raise PdfSyntaxError(f"stream of object {num} has no end")
                end = k
                while end > pos and data[end - 1 : end] in (b"\n", b"\r"):
                    end -= 1
            obj = Stream(obj, data[pos:end])
        return num, obj

    def _length_object(self, ref: Ref) -> int | None:
        value = self.get(ref)
        return value if isinstance(value, int) else None

    def _load_plain(self, num: int) -> Any:
        entry = self._xref.get(num)
        if entry is None or entry[0] != "n":
            raise PdfSyntaxError(f"object {num} is missing")
        return self._read_stream_at(entry[1], num)[1]

    def _objstm_members(self, stm_num: int) -> tuple[bytes, dict[int, tuple[int, int]]]:
        cached = self._objstm.get(stm_num)
        if cached is None:
            # Read the container directly: it is never written, and a shared blank need not keep it.
            stream = self._cache.get(stm_num)
            entry = self._xref.get(stm_num)
            if stream is None and entry is not None and entry[0] == "n":
                stream = self._load(stm_num, entry)
            if not isinstance(stream, Stream):
                raise PdfSyntaxError(f"object stream {stm_num} is missing")
            raw = stream.decoded()
            first = int(stream.dict["First"])
            head = raw[:first].split()
            starts = [(int(head[i]), first + int(head[i + 1])) for i in range(0, len(head) - 1, 2)]
            members: dict[int, tuple[int, int]] = {}
            for i, (n, s) in enumerate(starts):
                e = starts[i + 1][1] if i + 1 < len(starts) else len(raw)
                members[n] = (s, e)
            cached = self._objstm.setdefault(stm_num, (raw, members))
            self._cache.pop(stm_num, None)  # the container itself is never written
        return cached

    def _decrypt_tree(self, obj: Any, num: int, gen: int) -> Any:
        t = type(obj)
        if t is bytes:
            return self.decryptor.string(num, gen, obj)
        if t is dict:
            for k, v in obj.items():
                if type(v) in (bytes, dict, list):
                    obj[k] = self._decrypt_tree(v, num, gen)
        elif t is list:
            for i, v in enumerate(obj):
                if type(v) in (bytes, dict, list):
                    obj[i] = self._decrypt_tree(v, num, gen)
        return obj

    def _load(self, num: int, entry: tuple) -> Any:
        if entry[0] == "c":
            raw, members = self._objstm_members(entry[1])
            span = members.get(num)
            if span is None:
                return None
            return parse_one(raw, *span)
        try:
            _, obj = self._read_stream_at(entry[1], num)
        except PdfSyntaxError:
            offset = self._scan().get(num)
            if offset is None:
                raise
            _, obj = self._read_stream_at(offset, num)
        if self.decryptor is not None:
            gen = entry[2]
            if isinstance(obj, Stream):
                obj.dict = self._decrypt_tree(obj.dict, num, gen)
                obj.data = self.decryptor.stream(num, gen, obj.dict, obj.data)
            else:
                obj = self._decrypt_tree(obj, num, gen)
        return obj

    def _scan(self) -> dict[int, int]:
        if self._scanned is None:
            self._scanned = {int(m.group(1)): m.start() for m in _SCAN_OBJ.finditer(self.data)}
        return self._scanned

    def get(self, ref: Ref | int | None) -> Any:
        """The object ``ref`` points to (parsed, decrypted, cached), or None if it does not exist."""
        if ref is None:
            return None
        num = ref.num if isinstance(ref, Ref) else int(ref)
        obj = self._cache.get(num, _MISSING)
        if obj is not _MISSING:
            return obj
        entry = self._xref.get(num)
        if entry is None:
            return None
        blank = self._blank
        if blank is not None:  # copy-on-read: the blank's own object is never handed out
            pristine = blank.pristine.get(num, _MISSING)
            if pristine is _MISSING:
                pristine = blank.pristine.setdefault(num, self._load(num, entry))
            obj = _copy(pristine)
        else:
            obj = self._load(num, entry)
        self._cache[num] = obj
        return obj

    def resolve(self, value: Any) -> Any:
        """``value`` itself, or what it points to if it is a reference."""
        return self.get(value) if isinstance(value, Ref) else value

    def add(self, obj: Any) -> Ref:
        """Store a new object and return its reference."""
        num = self._next_num
        self._next_num += 1
        self._cache[num] = obj
        self._xref[num] = ("new", 0, 0)
        return Ref(num, 0)

    def memo(self, key: str, compute):
        """``compute()`` once per document, or once per shared (official, public) blank: the
        result may be handed to later fills, so callers must treat it as read-only."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def replace(self, ref: Ref, obj: Any) -> None:
        self._cache[ref.num] = obj

    @property
    def catalog(self) -> dict:
        return self.get(self.trailer["Root"])

    def pages(self) -> list[tuple[Ref, dict]]:
        """The page objects in order, walking the page tree (guarding against cycles)."""
        out: list[tuple[Ref, dict]] = []
        seen: set[int] = set()

        def walk(ref: Any) -> None:
            node = self.resolve(ref)
            if not isinstance(node, dict) or (isinstance(ref, Ref) and ref.num in seen):
                return
            if isinstance(ref, Ref):
                seen.add(ref.num)
            if node.get("Type") == "Pages" or ("Kids" in node and node.get("Type") != "Page"):
                for kid in self.resolve(node.get("Kids")) or []:
                    walk(kid)
            else:
                out.append((ref, node))

        walk(self.catalog.get("Pages"))
        return out

    def inherited(self, page: dict, key: str) -> Any:
        node, hops = page, 0
        while isinstance(node, dict) and hops < 64:
            if key in node:
                return self.resolve(node[key])
            node = self.resolve(node.get("Parent"))
            hops += 1
        return None

    # ------------------------------------------------------------------ writing
    def written(self, num: int) -> tuple[bytes, tuple[int, ...]] | None:
        """Object ``num`` as the writer puts it in the output (``n g obj`` ... ``endobj``) and the
        object numbers it references, or None if there is no such object.

        An object this document changed or added is serialized now. One it did not change (never
        read, or read and still equal to the blank's) is written in its untouched form: an object
        stream member's bytes verbatim, a plain stream as bytes, anything else re-serialized; for
        a shared blank that form is made once and reused by every later fill.
        """
        blank = self._blank
        obj = self._cache.get(num, _MISSING)
        if obj is None:
            return None  # a missing object (read as null): left out, as before
        if obj is not _MISSING:
            if blank is None:
                return self._encode(num, obj)
            pristine = blank.pristine.get(num, _MISSING)
            if pristine is _MISSING:
                return self._encode(num, obj)
            if not _unchanged(obj, pristine):
                if type(obj) is dict and type(pristine) is dict:
                    return self._encode_changed(num, obj, pristine, blank)
                return self._encode(num, obj)
        elif blank is None:
            obj = self._untouched(num)
            return None if obj is None else self._encode(num, obj)
        done = blank.written.get(num, _MISSING)
        if done is _MISSING:
            obj = self._untouched(num)
            done = blank.written.setdefault(num, None if obj is None else self._encode(num, obj))
        return done

    def _encode(self, num: int, obj: Any) -> tuple[bytes, tuple[int, ...]]:
        chunks: list[bytes] = [b"%d %d obj\n" % (num, self.generation(num))]
        serialize(obj, chunks)
        chunks.append(b"\nendobj\n")
        return b"".join(chunks), tuple(ref_nums_in(obj))

    def _encode_changed(self, num: int, obj: dict, pristine: dict, blank: _Blank) -> tuple[bytes, tuple[int, ...]]:
        """``_encode`` of a changed dictionary (a filled field: a new /V, /AP or /AS among a dozen
        entries), reusing the blank's bytes for each entry that is still as it was."""
        pairs = blank.pairs.get(num)
        if pairs is None:  # the first fill that changes it pays nothing extra; later ones reuse
            blank.pairs.setdefault(num, {})
            return self._encode(num, obj)
        chunks = [b"%d %d obj\n<<" % (num, self.generation(num))]
        refs: list[int] = []
        for k, v in obj.items():
            old = pristine.get(k, _MISSING)
            if v is old or (old is not _MISSING and _same(v, old)):
                done = pairs.get(k)
                if done is None:  # first seen: v reads as the blank's entry, so its bytes are the same
                    part = [name_bytes(k), b" "]
                    serialize(v, part)
                    found = (v.num,) if type(v) is Ref else tuple(ref_nums_in(v)) if type(v) in _CONTAINERS else ()
                    done = pairs.setdefault(k, (b"".join(part), found))
                chunks.append(done[0])
                refs.extend(done[1])
            else:
                chunks.append(name_bytes(k))
                chunks.append(b" ")
                serialize(v, chunks)
                if type(v) is Ref:
                    refs.append(v.num)
                elif type(v) in _CONTAINERS:
                    refs.extend(ref_nums_in(v))
        chunks.append(b">>\nendobj\n")
        return b"".join(chunks), tuple(refs)

    def _untouched(self, num: int) -> Any:
        """The object as written when unchanged: raw bytes where possible, else parsed."""
        entry = self._xref.get(num)
        if entry is None:
            return None
        if entry[0] == "c":
            raw, members = self._objstm_members(entry[1])
            span = members.get(num)
            return Raw(raw[span[0] : span[1]].strip()) if span else None
        if entry[0] == "n":
            fast = self._plain_stream(num, entry)
            if fast is not None:
                return fast
        return self.get(num)

    def _plain_stream(self, num: int, entry: tuple) -> RawStream | None:
        """An untouched stream without strings in its dictionary, as bytes: no parsing needed."""
        m = _PLAIN_STREAM_HEAD.match(self.data, entry[1])
        if m is None or _HEX_STRING.search(m.group(1)):
            return None
        head = m.group(1)
        length = _LENGTH.search(head)
        if length is None:
            return None
        n = int(length.group(1))
        if length.group(2):
            n = self._length_object(Ref(n, 0))
            if n is None:
                return None
        start = m.end()
        if not _ENDSTREAM.match(self.data, start + n):
            return None
        data = self.data[start : start + n]
        if self.decryptor is not None:
            if b"/Crypt" in head or b"/XRef" in head or b"/Metadata" in head or b"/EmbeddedFile" in head:
                return None
            data = self.decryptor.stream(num, entry[2], {}, data)
        head = _LENGTH.sub(b"/Length %d" % len(data), head, count=1)
        return RawStream(head + b"\nstream\n" + data + b"\nendstream")

    def write(self) -> bytes:
        """Serialize the objects reachable from the trailer into a new, unencrypted PDF."""
        from ._pdf_write import write_pdf

        return write_pdf(self)

    def generation(self, num: int) -> int:
        entry = self._xref.get(num)
        return entry[2] if entry and entry[0] == "n" else 0
