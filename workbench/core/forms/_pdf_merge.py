"""Appending the pages of another PDF (the continuation sheets) to a document being written.

Why not pypdf: re-reading the whole filled form to add two pages cost 0.6-0.9 s, most of a fill.
The sheets are a small PDF made in memory by ReportLab; their objects are copied into the form's
document under new numbers and the pages hung under the form's page tree, so the form is parsed
once and written once.
"""

from __future__ import annotations

from typing import Any

from ._pdf_document import PdfDocument
from ._pdf_syntax import Name, Ref, Stream


def _copy_into(target: PdfDocument, source: PdfDocument, obj: Any, mapping: dict[int, Ref]) -> Any:
    """``obj`` from ``source`` with every reference renumbered into ``target`` (objects copied once)."""
    t = type(obj)
    if t is Ref:
        done = mapping.get(obj.num)
        if done is None:
            done = mapping[obj.num] = target.add(None)  # reserve first: cycles (e.g. /Parent) terminate
            target.replace(done, _copy_into(target, source, source.get(obj), mapping))
        return done
    if t is dict:
        return {k: _copy_into(target, source, v, mapping) for k, v in obj.items()}
    if t is list:
        return [_copy_into(target, source, v, mapping) for v in obj]
    if t is Stream:
        return Stream(_copy_into(target, source, obj.dict, mapping), obj.data)
    return obj


def append_pages(doc: PdfDocument, pdf: bytes) -> int:
    """Add every page of ``pdf`` (unencrypted) after the last page of ``doc``; returns how many."""
    source = PdfDocument(pdf)
    root_ref = doc.catalog.get("Pages")
    root = doc.resolve(root_ref)
    kids = doc.resolve(root.get("Kids"))
    if not isinstance(kids, list):
        kids = []
    added = 0
    mapping: dict[int, Ref] = {}
    for ref, page in source.pages():
        copy = {k: v for k, v in page.items() if k != "Parent"}
        for key in ("Resources", "MediaBox", "CropBox", "Rotate"):  # inherited attributes made explicit
            if key not in copy:
                value = source.inherited(page, key)
                if value is not None:
                    copy[Name(key)] = value
        new = _copy_into(doc, source, copy, mapping)
        new[Name("Parent")] = root_ref
        kids.append(doc.add(new))
        added += 1
    root[Name("Kids")] = kids
    root[Name("Count")] = int(doc.resolve(root.get("Count")) or 0) + added
    return added
