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
from typing import TYPE_CHECKING

from ._pdf_syntax import Name, Ref, serialize

if TYPE_CHECKING:
    from ._pdf_document import PdfDocument


def write_pdf(doc: "PdfDocument") -> bytes:
    """The objects reachable from the trailer's /Root and /Info, as a new unencrypted PDF."""
    parts: dict[int, bytes] = {}
    todo = [v.num for k, v in doc.trailer.items() if k in ("Root", "Info") and isinstance(v, Ref)]
    while todo:
        num = todo.pop()
        if num in parts:
            continue
        written = doc.written(num)
        if written is None:
            continue
        parts[num] = written[0]
        todo.extend(written[1])
    header = re.match(rb"%PDF-(\d\.\d)", doc.data.lstrip())
    chunks = [b"%PDF-" + (header.group(1) if header else b"1.7") + b"\n%\xe2\xe3\xcf\xd3\n"]
    pos = len(chunks[0])
    # One pass in number order: the body, and the cross-reference rows in runs of consecutive numbers.
    generation = doc.generation
    xref = [b"xref\n"]
    run_start, run = 0, [b"0000000000 65535 f\r\n"]
    prev = 0
    for num in sorted(parts):
        if num != prev + 1:
            xref.append(b"%d %d\n" % (run_start, len(run)))
            xref += run
            run_start, run = num, []
        part = parts[num]
        run.append(b"%010d %05d n\r\n" % (pos, generation(num)))
        chunks.append(part)
        pos += len(part)
        prev = num
    xref.append(b"%d %d\n" % (run_start, len(run)))
    xref += run
    out = b"".join(chunks)
    ids = doc.trailer.get("ID")
    digest = hashlib.md5(out).digest()
    id0 = bytes(ids[0]) if isinstance(ids, list) and ids and isinstance(ids[0], bytes) else digest
    trailer: dict = {Name("Size"): prev + 1, Name("Root"): doc.trailer["Root"]}
    if isinstance(doc.trailer.get("Info"), Ref) and doc.trailer["Info"].num in parts:
        trailer[Name("Info")] = doc.trailer["Info"]
    trailer[Name("ID")] = [id0, digest]
    tail: list[bytes] = [b"trailer\n"]
    serialize(trailer, tail)
    tail.append(b"\nstartxref\n%d\n%%%%EOF\n" % pos)
    return b"".join([out, *xref, *tail])
