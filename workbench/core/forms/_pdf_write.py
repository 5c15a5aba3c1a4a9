"""Writing a :class:`PdfDocument` back out: only reachable objects, classic cross-reference table.

Why a classic table and no object streams: the output is stored encrypted in the vault and is
read by every viewer and by pdftk, qpdf and pypdf in the tests; a plain table is the most widely
read form, and skipping re-compression keeps a fill within its time budget. Why reachability:
dropping ``/XFA`` and ``/Perms`` only unlinks them; writing only what the catalog still reaches is
what actually removes the XFA packets and the usage-rights signature from the file.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING, Any

from ._pdf_syntax import Name, Ref, ref_nums_in, serialize

if TYPE_CHECKING:
    from ._pdf_document import PdfDocument


def write_pdf(doc: "PdfDocument") -> bytes:
    """The objects reachable from the trailer's /Root and /Info, as a new unencrypted PDF."""
    objs: dict[int, Any] = {}
    todo = [v.num for k, v in doc.trailer.items() if k in ("Root", "Info") and isinstance(v, Ref)]
    while todo:
        num = todo.pop()
        if num in objs:
            continue
        obj = doc.object_for_write(num)
        if obj is None:
            continue
        objs[num] = obj
        todo.extend(n for n in ref_nums_in(obj) if n not in objs)
    header = re.match(rb"%PDF-(\d\.\d)", doc.data.lstrip())
    out = bytearray(b"%PDF-" + (header.group(1) if header else b"1.7") + b"\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, tuple[int, int]] = {}
    for num in sorted(objs):
        gen = doc.generation(num)
        offsets[num] = (len(out), gen)
        chunks: list[bytes] = [b"%d %d obj\n" % (num, gen)]
        serialize(objs[num], chunks)
        chunks.append(b"\nendobj\n")
        out += b"".join(chunks)
    ids = doc.trailer.get("ID")
    digest = hashlib.md5(out).digest()
    id0 = bytes(ids[0]) if isinstance(ids, list) and ids and isinstance(ids[0], bytes) else digest
    trailer: dict = {Name("Size"): max(offsets, default=0) + 1, Name("Root"): doc.trailer["Root"]}
    if isinstance(doc.trailer.get("Info"), Ref) and doc.trailer["Info"].num in objs:
        trailer[Name("Info")] = doc.trailer["Info"]
    trailer[Name("ID")] = [id0, digest]
    xref_at = len(out)
    lines = [b"xref\n"]
    run: list[int] = []
    for num in [0] + sorted(offsets):
        if run and num != run[-1] + 1:
            lines.append(_subsection(run, offsets))
            run = []
        run.append(num)
    lines.append(_subsection(run, offsets))
    out += b"".join(lines) + b"trailer\n"
    chunks = []
    serialize(trailer, chunks)
    out += b"".join(chunks) + b"\nstartxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def _subsection(run: list[int], offsets: dict[int, tuple[int, int]]) -> bytes:
    rows = [b"%d %d\n" % (run[0], len(run))]
    for num in run:
        if num == 0:
            rows.append(b"0000000000 65535 f\r\n")
        else:
            off, gen = offsets[num]
            rows.append(b"%010d %05d n\r\n" % (off, gen))
    return b"".join(rows)
