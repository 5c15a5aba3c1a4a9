"""Which records a matter document holds, where, and which columns travel.

One table drives the exporter, the importer and the JSON Schema, so the three cannot drift.
Foreign keys are implied by nesting; system columns (row and server versions, tombstones) and
``Document.blob_id`` (the attachment bytes are not part of the JSON) stay behind.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import inspect

from ..model import (Address, Client, Contact, Deadline, Document, EducationEntry, EmploymentEntry, Entry, Event,
                     FormAnswer, Matter, Note, Person, Task, TimeEntry, TravelDocument)
from ..model.base import SYSTEM_COLUMNS


@dataclass(frozen=True)
class Section:
    key: str  # JSON key
    model: type
    parent_fk: str | None  # column pointing at the owner


CLIENT_SECTIONS = (
    Section("addresses", Address, "client_id"),
    Section("travel_documents", TravelDocument, "client_id"),
    Section("entries", Entry, "client_id"),
    Section("people", Person, "client_id"),
    Section("education", EducationEntry, "client_id"),
    Section("employment", EmploymentEntry, "client_id"),
)
MATTER_SECTIONS = (
    Section("events", Event, "matter_id"),
    Section("deadlines", Deadline, "matter_id"),
    Section("tasks", Task, "matter_id"),
    Section("notes", Note, "matter_id"),
    Section("time_entries", TimeEntry, "matter_id"),
    Section("contacts", Contact, "matter_id"),
    Section("documents", Document, "matter_id"),
    Section("form_answers", FormAnswer, "matter_id"),
)
EXCLUDED = set(SYSTEM_COLUMNS) | {"client_id", "matter_id", "blob_id"}


def columns(model: type) -> list:
    """The travelling column attributes of ``model``, in declaration order."""
    return [a for a in inspect(model).mapper.column_attrs if a.key not in EXCLUDED]


__all__ = ["CLIENT_SECTIONS", "MATTER_SECTIONS", "Client", "Matter", "Section", "columns"]
