"""Matters in and out as interchange JSON (docs/interchange.md): import a matter file; export one.

An exported matter is plaintext client data: it leaves only through ``write_export`` (audited),
to a file or, for the CLI's pipelines, to a stream.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .. import interchange
from ..interchange.layout import CLIENT_SECTIONS, MATTER_SECTIONS
from ..vault.store import Vault
from .base import ChangeSet
from .exports import Exported, write_export


@dataclass(frozen=True)
class ImportedMatter:
    matter_id: str
    client_id: str
    client_reused: bool
    changes: ChangeSet


def import_matter(vault: Vault, text: str | bytes) -> ImportedMatter:
    """Validate and add one matter (with its client unless the vault already has that client)."""
    with vault.session() as s:
        result = interchange.import_matter_json(s, text)
    created = {("matters", result.matter_id)} | (set() if result.client_reused else {("clients", result.client_id)})
    created |= {(section.model.__tablename__, result.matter_id) for section in (*CLIENT_SECTIONS, *MATTER_SECTIONS)
                if result.counts.get(section.key)}  # the matter's events, deadlines, people, ... (for the views)
    return ImportedMatter(result.matter_id, result.client_id, result.client_reused, ChangeSet(created=frozenset(created)))


def export_matter(vault: Vault, matter_id: str, destination: Path | None, *,
                  stream: BinaryIO | None = None) -> Exported:
    """Write the matter's interchange JSON (UTF-8) to ``destination``, or to ``stream`` when None."""
    with vault.session() as s:
        text = interchange.export_matter_json(s, matter_id)
    return write_export(vault, destination, text.encode("utf-8"), what="matter interchange file",
                        entity_id=matter_id, stream=stream)
