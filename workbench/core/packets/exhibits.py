"""Which documents of a matter are exhibits, in what order, and their pages.

Where the order lives: a vault setting (``VaultMeta``, encrypted with the vault) keyed by matter,
``packet.exhibits.<matter id>``, holding JSON ``{"order": [document ids], "excluded": [ids]}``.
Why there and not in a synced record: the order is how this attorney assembles paper on this
computer, it changes many times while a filing is prepared, and every drag must not become a
sync mutation (or a conflict with co-counsel's own arrangement). The documents themselves sync.

The rule a build follows: the stored ``order`` first (ids no longer live or no longer PDF/image
are skipped), then every other eligible document that is not ``excluded``, oldest first
(received date, then creation), so a document added after the last reordering shows up at the
end instead of vanishing. ``reorder_exhibits`` takes the list the GUI shows after a drag
(or a removal): the ids listed, in that order, are the exhibits; eligible documents not listed are
excluded until listed again. Generated forms (category "generated form") are never exhibits:
the packet fills the forms itself.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import NotFound, ValidationError, WorkbenchError
from ..i18n import translate
from ..model import Document, VaultMeta

META_PREFIX = "packet.exhibits."
PDF_TYPES = {"application/pdf"}
IMAGE_TYPES = {"image/jpeg", "image/png", "image/tiff", "image/gif", "image/bmp", "image/webp"}
_EXT = {".pdf": "application/pdf", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png",
        ".tif": "image/tiff", ".tiff": "image/tiff", ".gif": "image/gif", ".bmp": "image/bmp", ".webp": "image/webp"}
GENERATED = "generated form"


@dataclass(frozen=True)
class ExhibitDoc:
    """A plain view of an exhibit document (no live ORM object)."""

    document_id: str
    title: str
    description: str | None
    category: str | None
    media_type: str
    blob_id: str
    received_on: date | None


def meta_key(matter_id: str) -> str:
    return META_PREFIX + matter_id


def kind_of(doc: Document) -> str | None:
    """'pdf', 'image' or None (not placeable in a packet)."""
    mt = (doc.media_type or "").lower()
    if not mt and doc.original_filename and "." in doc.original_filename:
        mt = _EXT.get("." + doc.original_filename.rsplit(".", 1)[-1].lower(), "")
    if mt in PDF_TYPES:
        return "pdf"
    if mt in IMAGE_TYPES:
        return "image"
    return None


def _eligible(session: Session, matter_id: str) -> list[Document]:
    docs = session.scalars(select(Document).where(Document.matter_id == matter_id, Document.deleted_at.is_(None),
                                                  Document.blob_id.is_not(None))).all()
    docs = [d for d in docs if (d.category or "").lower() != GENERATED and kind_of(d)]
    return sorted(docs, key=lambda d: (d.received_on or date.min, d.created_at))


def _stored(session: Session, matter_id: str) -> dict:
    row = session.get(VaultMeta, meta_key(matter_id))
    if row is None:
        return {"order": [], "excluded": []}
    try:
        data = json.loads(row.value)
        return {"order": list(data.get("order", [])), "excluded": list(data.get("excluded", []))}
    except (ValueError, AttributeError):
        return {"order": [], "excluded": []}  # a damaged setting falls back to the default order


def exhibit_documents(session: Session, matter_id: str) -> list[ExhibitDoc]:
    """The matter's exhibits in packet order (see the module docstring for the rule)."""
    eligible = _eligible(session, matter_id)
    by_id = {d.id: d for d in eligible}
    stored = _stored(session, matter_id)
    ordered = [by_id[i] for i in dict.fromkeys(stored["order"]) if i in by_id]
    seen = {d.id for d in ordered} | set(stored["excluded"])
    ordered += [d for d in eligible if d.id not in seen]
    return [ExhibitDoc(d.id, d.title, d.description, d.category, _media(d), d.blob_id, d.received_on)
            for d in ordered]


def _media(d: Document) -> str:
    return "application/pdf" if kind_of(d) == "pdf" else (d.media_type or "image/*")


def reorder_exhibits(vault, matter_id: str, ordered_document_ids: list[str]):
    """Store the exhibit order of ``matter_id``: exactly these documents, in this order.

    For the GUI's drag and drop: call it with the list as shown after the drop; the next
    ``build_packet`` follows it. Returns a ``ChangeSet`` naming the setting. Refuses (and stores
    nothing) if an id is not a live PDF or image document of this matter, or is listed twice.
    """
    from ..operations.base import ChangeSet

    ids = [str(i) for i in ordered_document_ids]
    problems = []
    if len(set(ids)) != len(ids):
        problems.append(("order", translate("packets", "a document is listed more than once")))
    with vault.session() as s:
        from ..model import Matter

        if s.get(Matter, matter_id) is None:
            raise NotFound(translate("errors", "There is no matter with id {id}.").format(id=matter_id))
        eligible = {d.id: d for d in _eligible(s, matter_id)}
        for i in ids:
            if i not in eligible:
                doc = s.get(Document, i)
                why = (translate("packets", "is not a document of this matter")
                       if doc is None or doc.matter_id != matter_id
                       else translate("packets", "was deleted") if doc.deleted_at is not None
                       else translate("packets", "is a generated form (the packet fills forms itself)")
                       if (doc.category or "").lower() == GENERATED
                       else translate("packets", "is neither a PDF nor an image"))
                problems.append((i, why))
        if problems:
            raise ValidationError(problems, translate("packets", "The exhibit order"))
        excluded = [i for i in eligible if i not in set(ids)]
        s.merge(VaultMeta(key=meta_key(matter_id), value=json.dumps({"order": ids, "excluded": excluded})))
        from ..vault import audit

        audit.record(s, "set_setting", "vault", detail=meta_key(matter_id))
    return ChangeSet(updated=frozenset({("vault_meta", meta_key(matter_id))}))


# ----------------------------------------------------------------------------- pages
class ExhibitUnreadable(WorkbenchError):
    pass


def pdf_reader(data: bytes, title: str):
    """A pypdf reader for an exhibit PDF; an encrypted (with a password) or damaged one is refused by name."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:
                ok = 0
            if not ok:
                raise ExhibitUnreadable(translate("packets", "The exhibit \"{title}\" is a password-protected PDF: "
                                                             "remove the password (print it to a new PDF) and add it "
                                                             "again.").format(title=title))
        if len(reader.pages) == 0:
            raise ExhibitUnreadable(translate("packets", "The exhibit \"{title}\" is a PDF without pages.")
                                    .format(title=title))
        return reader
    except ExhibitUnreadable:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise ExhibitUnreadable(translate("packets", "The exhibit \"{title}\" is not a readable PDF ({problem}). "
                                                     "Open it, save or print it to a new PDF, and add it again.")
                                .format(title=title, problem=exc)) from None


def image_pages(data: bytes, title: str, label: str) -> bytes:
    """Place an image (every frame of a multi-page TIFF) on letter pages, fitted within the margins,
    with the exhibit label on top. Returns PDF bytes."""
    from PIL import Image, ImageSequence, UnidentifiedImageError
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from ._pdf import MARGIN, PAGE, binary_streams, fonts

    try:
        img = Image.open(io.BytesIO(data))
        frames = ([f.copy() for f in ImageSequence.Iterator(img)] if getattr(img, "n_frames", 1) > 1
                  else [img])  # one frame: left undecoded (a JPEG is embedded as is)
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise ExhibitUnreadable(translate("packets", "The exhibit \"{title}\" is not a readable image ({problem}).")
                                .format(title=title, problem=exc)) from None
    buf = io.BytesIO()
    with binary_streams():
        _draw_images(Canvas(buf, pagesize=PAGE, initialFontName=fonts()[0]), data, img, frames, title, label)
    return buf.getvalue()


def _jpeg_reader_class():
    from reportlab.lib.utils import ImageReader

    class JpegReader(ImageReader):
        """ReportLab names an image by a digest of its decoded pixels (to reuse repeats), which
        means decoding a 200-dpi scan only to hash it; a JPEG is embedded as is anyway, so the
        digest of its bytes names it as well, at a fraction of the cost."""

        def __init__(self, data: bytes) -> None:
            import hashlib

            super().__init__(io.BytesIO(data))
            self._digest = hashlib.sha256(data).digest()
            self._dataA = None  # a JPEG has no alpha channel

        def getRGBData(self):
            return self._digest

    return JpegReader


def _JpegReader(data: bytes):
    return _jpeg_reader_class()(data)


def _draw_images(c, data: bytes, img, frames: list, title: str, label: str) -> None:
    from reportlab.lib.utils import ImageReader

    from ._pdf import MARGIN, PAGE, fonts

    w, h = PAGE
    top = 0.75 * 72
    for n, frame in enumerate(frames, 1):
        c.setFont(fonts()[1], 10)
        c.drawString(MARGIN, h - top + 8, f"{label}: {title}" + (f" (image {n} of {len(frames)})" if len(frames) > 1 else ""))
        if len(frames) == 1 and img.format == "JPEG":
            source = _JpegReader(data)  # embedded as is: no decoding, no re-encoding
        else:
            if frame.mode not in ("RGB", "L"):
                frame = frame.convert("RGB")
            source = ImageReader(frame)
        iw, ih = source.getSize()
        box_w, box_h = w - 2 * MARGIN, h - top - MARGIN - 14
        scale = min(box_w / iw, box_h / ih)
        dw, dh = iw * scale, ih * scale
        c.drawImage(source, (w - dw) / 2, MARGIN + (box_h - dh) / 2, dw, dh)
        c.showPage()
    c.save()
