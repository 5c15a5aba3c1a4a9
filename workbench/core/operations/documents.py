"""Documents: encrypt a file into the vault, read it back into memory, export a copy on purpose."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import NotFound, WorkbenchError
from ..i18n import translate
from ..interchange.text import safe_file_name  # noqa: F401 - a copy's suggested name, for the front-ends
from ..model import Document
from ..vault.store import Vault
from .base import ChangeSet, _clean
from .exports import Exported, write_export


# ----------------------------------------------------------------------------- documents
_MAGIC = ((b"%PDF-", "application/pdf"), (b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"),
          (b"GIF8", "image/gif"), (b"BM", "image/bmp"))


def media_type(name: str, head: bytes) -> str:
    """The content's type from its first bytes, else from the file name's extension."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def add_document(vault: Vault, matter_id: str, source: Path, title: str | None = None,
                 category: str | None = None) -> ChangeSet:
    """Encrypt the file at ``source`` into the vault and record it on the matter.

    The file is streamed through the attachment store (never copied in plaintext); if the
    database write fails, the encrypted file is removed again so no orphan is left behind.
    """
    source = Path(source)
    try:
        with open(source, "rb") as fh:
            head = fh.read(16)
            fh.seek(0)
            blob = vault.attachments.put(fh)
    except OSError as exc:
        raise WorkbenchError(translate("documents", "The file {name} could not be read ({problem}). Nothing was "
                                                    "added.").format(name=source.name,
                                                                     problem=exc.strerror or exc)) from None
    try:
        with vault.session() as s:
            doc = Document(matter_id=matter_id, title=(title or source.stem)[:200], category=_clean(category),
                           original_filename=source.name[:255], media_type=media_type(source.name, head),
                           size_bytes=blob.size, sha256=blob.sha256, blob_id=blob.blob_id, received_on=date.today())
            s.add(doc)
            s.flush()
            doc_id = doc.id
    except BaseException:
        vault.attachments.remove(blob.blob_id)
        raise
    return ChangeSet(created=frozenset({("documents", doc_id)}))


@dataclass(frozen=True)
class DocumentContent:
    """A decrypted document, in memory only (previews never touch the disk)."""

    id: str
    title: str
    media_type: str
    data: bytes = field(repr=False)


def read_document(vault: Vault, document_id: str) -> DocumentContent:
    with vault.session() as s:
        doc = s.get(Document, document_id)
        if doc is None or doc.blob_id is None:
            raise NotFound(translate("documents", "This document has no stored file."))
        blob_id, title, kind = doc.blob_id, doc.title, doc.media_type or "application/octet-stream"
    return DocumentContent(document_id, title, kind, vault.attachments.read(blob_id))


def export_document(vault: Vault, document_id: str, destination: Path) -> Exported:
    """Write a decrypted copy to ``destination`` (a place the user chose); audited (``write_export``).
    The result carries the warning when the copy could not be made owner-only."""
    with vault.session() as s:
        doc = s.get(Document, document_id)
        if doc is None or doc.blob_id is None:
            raise NotFound(translate("documents", "This document has no stored file."))
        blob_id = doc.blob_id
    return write_export(vault, Path(destination), vault.attachments.iter_plaintext(blob_id), what="document",
                        entity="documents", entity_id=document_id)

