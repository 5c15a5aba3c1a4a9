"""Detention visits: the printable visit kit, recording a visit, and notes typed in afterwards.

Visits happen where there is no network and often no laptop; the kit is printed beforehand and
carries only the matter number unless the attorney ticks an identifier (``include``). The printed
copy leaves the vault through ``write_export`` (audited).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .. import visit_kit
from ..vault.store import Vault
from .base import ChangeSet
from .exports import Exported, write_export

#: The identifiers a kit may print besides the matter number (off unless chosen).
IDENTIFIERS = visit_kit.IDENTIFIERS


@dataclass(frozen=True)
class RecordedVisit:
    event_id: str
    changes: ChangeSet


def export_visit_kit(vault: Vault, matter_id: str, destination: Path, lang: str = "en", *,
                     include: frozenset[str] | set[str] = frozenset()) -> Exported:
    """Build the kit in ``lang`` and write it where the user chose."""
    pdf = visit_kit.build_visit_kit(vault, matter_id, lang, include=frozenset(include))
    what = f"visit kit ({lang})" + (f" printing {', '.join(sorted(include))}" if include else "")
    return write_export(vault, Path(destination), pdf, what=what, entity_id=matter_id)


def record_visit(vault: Vault, matter_id: str, on_date: date, *, location: str | None = None) -> RecordedVisit:
    """The visit as an event of the matter (at the client's facility unless another place is given)."""
    event_id = visit_kit.record_visit(vault, matter_id, on_date, location=location)
    return RecordedVisit(event_id, ChangeSet(created=frozenset({("events", event_id)})))


def add_visit_notes(vault: Vault, event_id: str, notes: str) -> ChangeSet:
    """Append time-stamped notes to a recorded visit."""
    visit_kit.add_visit_notes(vault, event_id, notes)
    return ChangeSet(updated=frozenset({("events", event_id)}))
