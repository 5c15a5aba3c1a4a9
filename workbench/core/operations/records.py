"""Records as plain values (``RecordData``) and writing them (``save_edits``, ``delete_record``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import inspect as sa_inspect

from ..errors import NotFound, ValidationError, WorkbenchError
from ..i18n import translate
from ..model import (Address, Client, Contact, Deadline, Document, EducationEntry, EmploymentEntry, Entry, Event,
                     Matter, Note, Person, Record, Task, TimeEntry, TravelDocument)
from ..model.validators import normalize_a_number
from ..vault.store import Vault
from .base import _DATE_RANGES, REQUIRED, ChangeSet, field_problem, parse_date, required_problem


# ----------------------------------------------------------------------------- plain records
EDITABLE: dict[str, type] = {
    "clients": Client, "matters": Matter, "addresses": Address, "travel_documents": TravelDocument,
    "entries": Entry, "people": Person, "events": Event, "deadlines": Deadline, "tasks": Task,
    "notes": Note, "documents": Document, "time_entries": TimeEntry, "contacts": Contact,
    "education": EducationEntry, "employment": EmploymentEntry,
}
PARENT = {"addresses": "client_id", "travel_documents": "client_id", "entries": "client_id", "people": "client_id",
          "events": "matter_id", "deadlines": "matter_id", "tasks": "matter_id", "notes": "matter_id",
          "documents": "matter_id", "time_entries": "matter_id", "contacts": "matter_id",
          "education": "client_id", "employment": "client_id"}
# Set by the vault, the rules engine or the attachment store, never by an editor.
_READ_ONLY = frozenset({"id", "created_at", "updated_at", "row_version", "server_version", "deleted_at",
                        "client_id", "matter_id", "rule_id", "rule_key", "computed_due_on", "override_reason",
                        "blob_id", "sha256", "size_bytes", "media_type", "original_filename"})


@dataclass(frozen=True)
class RecordData:
    """A detached copy of one record: its editable values by column name, and its version."""

    table: str
    id: str
    values: dict
    row_version: int
    created_at: datetime

    def __getitem__(self, name: str) -> Any:
        return self.values.get(name)


def _snapshot(obj: Record) -> RecordData:
    values = {c.key: getattr(obj, c.key) for c in sa_inspect(type(obj)).column_attrs}
    for key, value in values.items():
        if isinstance(value, Enum):
            values[key] = value.value
        elif isinstance(value, list):
            values[key] = list(value)
    return RecordData(obj.__tablename__, obj.id, values, obj.row_version, obj.created_at)


def _live(rows) -> tuple[RecordData, ...]:
    return tuple(_snapshot(r) for r in rows if r.deleted_at is None)


# ----------------------------------------------------------------------------- writing records
@dataclass(frozen=True)
class Edit:
    """One record to create (``record_id=None``, with ``parent_id``) or change."""

    table: str
    record_id: str | None
    values: dict
    parent_id: str | None = None
    expected_version: int | None = None


def _coerce(table: str, model: type, name: str, value: Any) -> Any:
    column = sa_inspect(model).columns.get(name)
    if column is None or name in _READ_ONLY:
        raise ValueError(translate("fields", "{field} cannot be edited").format(field=f"{table}.{name}"))
    if isinstance(value, str):
        value = value.strip()
        if value == "":
            return None if column.nullable else ""
    if name == "a_number" and value is not None:
        try:
            return normalize_a_number(value)
        except ValueError:
            raise ValueError(translate("fields", "An A-number has 7 to 9 digits, for example A012345678.")) from None
    enum_class = getattr(column.type, "enum_class", None)
    if enum_class is not None and value is not None:
        return enum_class(value)
    if isinstance(value, str) and column.type.python_type is date:
        return parse_date(value)
    if isinstance(value, str) and getattr(column.type, "length", None) and len(value) > column.type.length:
        raise ValueError(translate("fields", "This is too long (at most {count} characters).")
                         .format(count=column.type.length))
    return value


def _problems(edit: Edit, model: type) -> tuple[dict, list[tuple[str, str]]]:
    values, problems = {}, []
    for name, raw in edit.values.items():
        try:
            values[name] = _coerce(edit.table, model, name, raw)
        except ValueError as exc:
            problems.append((f"{edit.table}.{name}", str(exc)))
            continue
        problem = field_problem(edit.table, name, values[name])
        if problem:
            problems.append((f"{edit.table}.{name}", problem))
    if edit.record_id is None:  # a new record must have every required field
        problems += [(f"{t}.{n}", required_problem(t, n)) for (t, n) in REQUIRED
                     if t == edit.table and n not in edit.values]
    for start, end in _DATE_RANGES:
        if values.get(start) and values.get(end) and values[end] < values[start]:
            problems.append((f"{edit.table}.{end}", translate("fields", "This date is before the start date.")))
    return values, problems


def save_edits(vault: Vault, edits: list[Edit] | tuple[Edit, ...]) -> ChangeSet:
    """Apply ``edits`` in one transaction after checking every field of every edit.

    Problems come back together as a ``ValidationError`` keyed ``table.field``; nothing is
    written unless all pass. A record changed since it was read (``expected_version``) is refused.
    """
    checked, problems = [], []
    for edit in edits:
        model = EDITABLE.get(edit.table)
        if model is None:
            raise ValidationError([(edit.table, translate("fields", "this kind of record cannot be edited here"))],
                                  translate("fields", "The change"))
        if edit.table == "notes" and edit.record_id is not None:
            problems.append(("notes.body", translate("fields", "A saved note cannot be changed; add a new note "
                                                               "instead.")))
        values, found = _problems(edit, model)
        checked.append((edit, model, values))
        problems += found
    if problems:
        raise ValidationError(problems, translate("fields", "The change"))
    created, updated = set(), set()
    with vault.session() as s:
        for edit, model, values in checked:
            if edit.record_id is None:
                if edit.table == "notes":
                    values.setdefault("author", vault.actor)
                row = model(**values)
                if edit.table in PARENT:
                    setattr(row, PARENT[edit.table], edit.parent_id)
                s.add(row)
                s.flush()
                created.add((edit.table, row.id))
                continue
            row = s.get(model, edit.record_id)
            if row is None or row.deleted_at is not None:
                raise NotFound(translate("fields", "What you edited was deleted meanwhile; nothing was saved."))
            if edit.expected_version is not None and row.row_version != edit.expected_version:
                raise WorkbenchError(translate("fields", "This record was changed elsewhere since you opened it (for "
                                                         "example by a sync). Reload the matter and make your change "
                                                         "again; nothing was saved."))
            if edit.table == "deadlines" and row.rule_id and "due_on" in values:
                raise WorkbenchError(translate("fields", "A computed deadline's date is changed with “Override”, "
                                                         "which keeps the reason; nothing was saved."))
            for name, value in values.items():
                setattr(row, name, value)
            updated.add((edit.table, row.id))
    return ChangeSet(created=frozenset(created), updated=frozenset(updated))


def delete_record(vault: Vault, table: str, record_id: str) -> ChangeSet:
    """Tombstone one record (sync carries the deletion); its audit entry says ``delete``."""
    model = EDITABLE.get(table)
    if model is None or table in ("clients", "matters"):
        raise ValidationError([(table, translate("fields", "this kind of record cannot be deleted here"))],
                              translate("fields", "The deletion"))
    with vault.session() as s:
        row = s.get(model, record_id)
        if row is None or row.deleted_at is not None:
            return ChangeSet()
        if table == "deadlines" and row.rule_id:
            raise WorkbenchError(translate("fields", "A computed deadline goes away when the facts change; it "
                                                     "cannot be deleted. Mark it done, or override its date with a "
                                                     "reason."))
        row.soft_delete()
    return ChangeSet(deleted=frozenset({(table, record_id)}))

