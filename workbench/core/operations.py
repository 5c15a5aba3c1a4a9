"""Operations: the only way the GUI reads or changes vault data (DESIGN "Shape" rules 2 and 4).

Every function here takes an unlocked ``Vault``, does its work in one short session and returns
plain values: frozen dataclasses for reads, a ``ChangeSet`` for writes. Nothing returned is a
live ORM object, so a widget can hold it after the session is gone (and after the vault is
locked, until the widget is cleared). The GUI runs these on its database worker thread and
refreshes whatever views the ``ChangeSet`` says are affected, as Anki's ``OpChanges`` does.

This module is Qt-free, so the CLI and tests can call the same functions.
"""

from __future__ import annotations

import mimetypes
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import inspect as sa_inspect, select

from . import audit, dashboard, deadline_store, search
from .errors import NotFound, ValidationError, WorkbenchError
from .matter_list import SORT_KEYS, MatterRow, count_matters, list_matters
from .model import (Address, AuditEntry, Client, Deadline, Document, Entry, Event, Matter, Note, Person, Record,
                    Task, TimeEntry, TravelDocument, VaultMeta)
from .model.enums import DeadlineStatus, MatterKind, MatterStage
from .model.validators import normalize_a_number
from .vault import Vault

PAGE_SIZE = 100


@dataclass(frozen=True)
class ChangeSet:
    """What a write changed, as (table name, record id) pairs, so views refresh only what they show."""

    created: frozenset[tuple[str, str]] = frozenset()
    updated: frozenset[tuple[str, str]] = frozenset()
    deleted: frozenset[tuple[str, str]] = frozenset()

    def tables(self) -> set[str]:
        return {table for table, _ in self.created | self.updated | self.deleted}

    def affects(self, *tables: str) -> bool:
        return bool(self.tables() & set(tables))

    def created_id(self, table: str) -> str | None:
        """The id of the (first) record created in ``table``, e.g. to select a new matter."""
        return next((rid for t, rid in sorted(self.created) if t == table), None)


@dataclass(frozen=True)
class MatterQuery:
    """What the matters list shows: a filter and a sort (see ``matter_list``)."""

    filter_text: str = ""
    sort: str = "client"
    descending: bool = False

    def __post_init__(self) -> None:
        if self.sort not in SORT_KEYS:
            raise ValueError(f"unknown sort key {self.sort!r}; use one of {', '.join(SORT_KEYS)}")


@dataclass(frozen=True)
class MatterPage:
    rows: list[MatterRow] = field(default_factory=list)
    total: int | None = None  # counted only when asked for (the first page)


def matters_page(vault: Vault, query: MatterQuery, offset: int = 0, limit: int = PAGE_SIZE,
                 *, with_total: bool = False, today: date | None = None) -> MatterPage:
    """One page of the matters list, and optionally the number of matching matters."""
    with vault.session() as s:
        rows = list_matters(s, query.filter_text, query.sort, query.descending, offset, limit, today)
        total = count_matters(s, query.filter_text) if with_total else None
    return MatterPage(rows, total)


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def add_client_with_matter(vault: Vault, family_name: str, given_name: str, kind: MatterKind | str,
                           matter_number: str | None = None, *, a_number: str | None = None,
                           court_location: str | None = None, opened_on: date | None = None) -> ChangeSet:
    """Create a client and their first matter in one transaction.

    Every problem is reported at once, keyed by field name, so a dialog can mark each input;
    nothing is written unless all of them pass.
    """
    problems: list[tuple[str, str]] = []
    family, given = _clean(family_name), _clean(given_name) or ""
    if family is None:
        problems.append(("family_name", "Enter the client's family name (as on their documents)."))
    try:
        kind = MatterKind(kind)
    except ValueError:
        problems.append(("kind", "Choose the kind of matter."))
    try:
        a_number = normalize_a_number(_clean(a_number))
    except ValueError:
        problems.append(("a_number", "An A-number has 7 to 9 digits, for example A012345678."))
    number = _clean(matter_number)
    if number is not None and len(number) > 40:
        problems.append(("matter_number", "The matter number is too long (at most 40 characters)."))
    if problems:
        raise ValidationError(problems, "The new matter")
    with vault.session() as s:
        client = Client(family_name=family, given_name=given, a_number=a_number)
        s.add(client)
        s.flush()
        matter = Matter(client_id=client.id, kind=kind, stage=MatterStage.INTAKE, matter_number=number,
                        court_location=_clean(court_location), opened_on=opened_on or date.today())
        s.add(matter)
        s.flush()
        created = frozenset({("clients", client.id), ("matters", matter.id)})
    return ChangeSet(created=created)



# ----------------------------------------------------------------------------- field checks
# Pure functions: the GUI calls them as the user types (inline validation) and ``save_edits``
# calls them again before writing, so a check can never be skipped by a path that is not a form.

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_PHONE_CHARS = set("0123456789 +-().x")
_DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%m-%d-%Y")
PHONE_FIELDS = frozenset({"phone", "mobile_phone"})


def parse_date(text: str) -> date | None:
    """``2026-03-04`` or ``03/04/2026`` (US order, as on USCIS forms); empty gives None."""
    text = text.strip()
    if not text:
        return None
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError("Enter a date as MM/DD/YYYY or YYYY-MM-DD, for example 03/04/2026.")


def parse_minutes(text: str) -> int:
    """Hours typed as ``1.5``, ``1:30``, ``90m`` or ``2h`` -> whole minutes."""
    t = text.strip().lower().replace(" ", "")
    try:
        if ":" in t:
            h, m = t.split(":", 1)
            minutes = int(h or 0) * 60 + int(m)
        elif t.endswith("m"):
            minutes = int(t[:-1])
        else:
            minutes = round(float(t.rstrip("h")) * 60)
    except ValueError:
        raise ValueError("Enter the time as hours, for example 1.5 or 1:30.") from None
    if not 0 < minutes <= 24 * 60:
        raise ValueError("The time must be more than 0 and at most 24 hours.")
    return minutes


def field_problem(table: str, name: str, value: Any) -> str | None:
    """What is wrong with one field's value, in a sentence, or None."""
    if value is None or value == "":
        return REQUIRED.get((table, name))
    if name == "a_number":
        try:
            normalize_a_number(value)
        except ValueError:
            return "An A-number has 7 to 9 digits, for example A012345678."
    elif name == "email" and not _EMAIL.match(str(value)):
        return "Enter an email address like name@example.org."
    elif name in PHONE_FIELDS:
        digits = sum(ch.isdigit() for ch in str(value))
        if not set(str(value)) <= _PHONE_CHARS or not 7 <= digits <= 15:
            return "Enter a phone number with 7 to 15 digits, for example (312) 555-0100."
    elif name == "ssn" and len(re.sub(r"[\s-]", "", str(value))) != 9:
        return "A Social Security number has 9 digits."
    elif name == "zip_code" and not re.fullmatch(r"\d{5}(-\d{4})?", str(value)):
        return "A ZIP code has 5 digits (or 5+4, like 60604-1234)."
    elif name == "date_of_birth" and isinstance(value, date) and value > date.today():
        return "The date of birth is in the future."
    elif name == "minutes" and not 0 < int(value) <= 24 * 60:
        return "The time must be more than 0 and at most 24 hours."
    return None


REQUIRED = {
    ("clients", "family_name"): "Enter the client's family name (as on their documents).",
    ("people", "family_name"): "Enter the family name.",
    ("people", "relation"): "Choose how this person is related to the client.",
    ("addresses", "kind"): "Choose what kind of address this is.",
    ("travel_documents", "kind"): "Choose the kind of document.",
    ("events", "kind"): "Choose the kind of event.",
    ("events", "title"): "Give the event a title.",
    ("events", "on_date"): "Enter the date.",
    ("notes", "body"): "The note is empty.",
    ("documents", "title"): "Give the document a title.",
    ("time_entries", "work_date"): "Enter the date of the work.",
    ("time_entries", "minutes"): "Enter the time spent.",
    ("tasks", "title"): "Give the task a title.",
    ("deadlines", "title"): "Give the deadline a title.",
    ("deadlines", "due_on"): "Enter the due date.",
    ("matters", "kind"): "Choose the kind of matter.",
}
_DATE_RANGES = (("from_date", "to_date"), ("issued_on", "expires_on"))


# ----------------------------------------------------------------------------- plain records
EDITABLE: dict[str, type] = {
    "clients": Client, "matters": Matter, "addresses": Address, "travel_documents": TravelDocument,
    "entries": Entry, "people": Person, "events": Event, "deadlines": Deadline, "tasks": Task,
    "notes": Note, "documents": Document, "time_entries": TimeEntry,
}
PARENT = {"addresses": "client_id", "travel_documents": "client_id", "entries": "client_id", "people": "client_id",
          "events": "matter_id", "deadlines": "matter_id", "tasks": "matter_id", "notes": "matter_id",
          "documents": "matter_id", "time_entries": "matter_id"}
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


@dataclass(frozen=True)
class Explained:
    """"Why this date", in parts the GUI lays out (``Explanation`` of the rules engine)."""

    rule_id: str
    rule_title: str
    authority: str
    inputs: tuple[tuple[str, str], ...]  # (label, value as shown)
    steps: tuple[str, ...]
    nuance: str


@dataclass(frozen=True)
class DeadlineView:
    id: str
    title: str
    due_on: date
    computed_due_on: date | None
    override_reason: str | None
    rule_id: str | None
    status: str
    row_version: int
    explanation: Explained | None
    description: str | None  # the stored explanation text (or a manual deadline's note)

    @property
    def is_computed(self) -> bool:
        return self.rule_id is not None

    @property
    def is_overridden(self) -> bool:
        return bool(self.override_reason)


@dataclass(frozen=True)
class ActivityRow:
    seq: int
    at: datetime
    actor: str
    action: str
    entity: str
    fields: tuple[str, ...]
    detail: str | None


@dataclass(frozen=True)
class MatterDetail:
    matter: RecordData
    client: RecordData
    addresses: tuple[RecordData, ...]
    travel_documents: tuple[RecordData, ...]
    entries: tuple[RecordData, ...]
    people: tuple[RecordData, ...]
    events: tuple[RecordData, ...]
    deadlines: tuple[DeadlineView, ...]
    tasks: tuple[RecordData, ...]
    notes: tuple[RecordData, ...]
    documents: tuple[RecordData, ...]
    time_entries: tuple[RecordData, ...]
    activity: tuple[ActivityRow, ...]

    @property
    def title(self) -> str:
        name = f"{self.client['family_name']}, {self.client['given_name']}".strip(", ")
        number = self.matter["matter_number"]
        return f"{name} — {number}" if number else name

    @property
    def total_minutes(self) -> int:
        return sum(t["minutes"] or 0 for t in self.time_entries)


def _explained(computed) -> Explained:
    e = computed.explanation
    return Explained(e.rule_id, e.rule_title, e.authority, tuple((i.label, i.display()) for i in e.inputs),
                     tuple(e.steps), e.nuance)


def matter_detail(vault: Vault, matter_id: str, today: date | None = None, activity_limit: int = 300) -> MatterDetail:
    """Everything the matter view shows, detached, in one short session."""
    with vault.session() as s:
        m = s.get(Matter, matter_id)
        if m is None or m.deleted_at is not None:
            raise NotFound("This matter no longer exists (it may have been deleted). Nothing was changed.")
        c = m.client
        computed = {r.key: r for r in deadline_store.compute_for(m, today)}
        deadlines = tuple(
            DeadlineView(d.id, d.title, d.due_on, d.computed_due_on, d.override_reason, d.rule_id, str(d.status),
                         d.row_version, _explained(computed[d.rule_key]) if d.rule_key in computed else None,
                         d.description)
            for d in m.deadlines if d.deleted_at is None)
        ids = {m.id, c.id}
        for rows in (m.events, m.deadlines, m.tasks, m.notes, m.documents, m.time_entries, m.contacts, m.answers,
                     c.addresses, c.travel_documents, c.entries, c.people, c.education, c.employment):
            ids.update(r.id for r in rows)
        activity = tuple(ActivityRow(a.seq, a.at, a.actor, a.action, a.entity, tuple(a.fields or ()), a.detail)
                         for a in s.scalars(select(AuditEntry).where(AuditEntry.entity_id.in_(ids))
                                            .order_by(AuditEntry.seq.desc()).limit(activity_limit)))
        return MatterDetail(
            _snapshot(m), _snapshot(c), _live(c.addresses), _live(c.travel_documents), _live(c.entries),
            _live(c.people), _live(m.events), deadlines, _live(m.tasks),
            tuple(sorted(_live(m.notes), key=lambda n: n.created_at, reverse=True)),
            _live(m.documents), _live(m.time_entries), activity)


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
        raise ValueError(f"{table}.{name} cannot be edited")
    if isinstance(value, str):
        value = value.strip()
        if value == "":
            return None if column.nullable else ""
    if name == "a_number" and value is not None:
        try:
            return normalize_a_number(value)
        except ValueError:
            raise ValueError("An A-number has 7 to 9 digits, for example A012345678.") from None
    enum_class = getattr(column.type, "enum_class", None)
    if enum_class is not None and value is not None:
        return enum_class(value)
    if isinstance(value, str) and column.type.python_type is date:
        return parse_date(value)
    if isinstance(value, str) and getattr(column.type, "length", None) and len(value) > column.type.length:
        raise ValueError(f"This is too long (at most {column.type.length} characters).")
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
        problems += [(f"{t}.{n}", msg) for (t, n), msg in REQUIRED.items()
                     if t == edit.table and n not in edit.values]
    for start, end in _DATE_RANGES:
        if values.get(start) and values.get(end) and values[end] < values[start]:
            problems.append((f"{edit.table}.{end}", "This date is before the start date."))
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
            raise ValidationError([(edit.table, "this kind of record cannot be edited here")], "The change")
        if edit.table == "notes" and edit.record_id is not None:
            problems.append(("notes.body", "A saved note cannot be changed; add a new note instead."))
        values, found = _problems(edit, model)
        checked.append((edit, model, values))
        problems += found
    if problems:
        raise ValidationError(problems, "The change")
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
                raise NotFound("What you edited was deleted meanwhile; nothing was saved.")
            if edit.expected_version is not None and row.row_version != edit.expected_version:
                raise WorkbenchError("This record was changed elsewhere since you opened it (for example by a "
                                     "sync). Reload the matter and make your change again; nothing was saved.")
            if edit.table == "deadlines" and row.rule_id and "due_on" in values:
                raise WorkbenchError("A computed deadline's date is changed with “Override”, which keeps the "
                                     "reason; nothing was saved.")
            for name, value in values.items():
                setattr(row, name, value)
            updated.add((edit.table, row.id))
    return ChangeSet(created=frozenset(created), updated=frozenset(updated))


def delete_record(vault: Vault, table: str, record_id: str) -> ChangeSet:
    """Tombstone one record (sync carries the deletion); its audit entry says ``delete``."""
    model = EDITABLE.get(table)
    if model is None or table in ("clients", "matters"):
        raise ValidationError([(table, "this kind of record cannot be deleted here")], "The deletion")
    with vault.session() as s:
        row = s.get(model, record_id)
        if row is None or row.deleted_at is not None:
            return ChangeSet()
        if table == "deadlines" and row.rule_id:
            raise WorkbenchError("A computed deadline goes away when the facts change; it cannot be deleted. "
                                 "Mark it done, or override its date with a reason.")
        row.soft_delete()
    return ChangeSet(deleted=frozenset({(table, record_id)}))


# ----------------------------------------------------------------------------- deadlines
def override_deadline(vault: Vault, deadline_id: str, new_date: date, reason: str) -> ChangeSet:
    with vault.session() as s:
        deadline_store.override(s, deadline_id, new_date, reason)
    return ChangeSet(updated=frozenset({("deadlines", deadline_id)}))


def clear_deadline_override(vault: Vault, deadline_id: str) -> ChangeSet:
    with vault.session() as s:
        deadline_store.clear_override(s, deadline_id)
    return ChangeSet(updated=frozenset({("deadlines", deadline_id)}))


def set_deadline_done(vault: Vault, deadline_id: str, done: bool, today: date | None = None) -> ChangeSet:
    with vault.session() as s:
        row = s.get(Deadline, deadline_id)
        if row is None:
            raise NotFound("This deadline no longer exists.")
        row.status = DeadlineStatus.DONE if done else DeadlineStatus.OPEN
        row.completed_on = (today or date.today()) if done else None
    return ChangeSet(updated=frozenset({("deadlines", deadline_id)}))


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
        raise WorkbenchError(f"The file {source.name} could not be read ({exc.strerror or exc}). "
                             "Nothing was added.") from None
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
            raise NotFound("This document has no stored file.")
        blob_id, title, kind = doc.blob_id, doc.title, doc.media_type or "application/octet-stream"
    return DocumentContent(document_id, title, kind, vault.attachments.read(blob_id))


def export_document(vault: Vault, document_id: str, destination: Path) -> ChangeSet:
    """Write a decrypted copy to ``destination`` (a place the user chose); audited."""
    with vault.session() as s:
        doc = s.get(Document, document_id)
        if doc is None or doc.blob_id is None:
            raise NotFound("This document has no stored file.")
        vault.attachments.export(doc.blob_id, Path(destination))
        audit.record(s, "export", "documents", document_id, detail=f"a copy written to {destination}")
    return ChangeSet(created=frozenset({("audit_log", document_id)}))  # only the log changed


# ----------------------------------------------------------------------------- settings, agenda, search
@dataclass(frozen=True)
class Settings:
    """Vault settings (stored encrypted in the vault, so they follow it to another laptop)."""

    reminder_days: int = 3
    auto_lock_minutes: int = 10
    notifications: bool = True


_SETTING_KEYS = {"reminder_days": int, "auto_lock_minutes": int, "notifications": lambda v: v == "1"}


def load_settings(vault: Vault) -> Settings:
    with vault.session() as s:
        stored = {m.key: m.value for m in s.scalars(select(VaultMeta).where(VaultMeta.key.in_(_SETTING_KEYS)))}
    values = {}
    for key, convert in _SETTING_KEYS.items():
        try:
            if key in stored:
                values[key] = convert(stored[key])
        except ValueError:
            pass  # a damaged value falls back to the default
    return Settings(**values)


def save_settings(vault: Vault, settings: Settings) -> ChangeSet:
    if not 0 <= settings.reminder_days <= 90 or not 1 <= settings.auto_lock_minutes <= 240:
        raise ValidationError([("settings", "Reminders: 0 to 90 days before; auto-lock: 1 to 240 minutes.")],
                              "The settings")
    with vault.session() as s:
        for key in _SETTING_KEYS:
            value = getattr(settings, key)
            stored = ("1" if value else "0") if isinstance(value, bool) else str(value)
            s.merge(VaultMeta(key=key, value=stored))
            audit.record(s, "set_setting", "vault", detail=f"{key}={stored}")
    return ChangeSet(updated=frozenset({("vault_meta", "settings")}))


def agenda(vault: Vault, today: date | None = None, days: int = dashboard.DAYS) -> list[dashboard.AgendaItem]:
    with vault.session() as s:
        return dashboard.agenda(s, today, days)


def search_vault(vault: Vault, typed: str, limit: int = 50) -> list[search.SearchHit]:
    with vault.session() as s:
        return search.search(s, typed, limit)


__all__ = ["ActivityRow", "ChangeSet", "DeadlineView", "DocumentContent", "Edit", "Explained", "MatterDetail",
           "MatterPage", "MatterQuery", "PAGE_SIZE", "RecordData", "Settings", "add_client_with_matter",
           "add_document", "agenda", "clear_deadline_override", "delete_record", "export_document",
           "field_problem", "load_settings", "matter_detail", "matters_page", "media_type", "override_deadline",
           "parse_date", "parse_minutes", "read_document", "save_edits", "save_settings", "search_vault",
           "set_deadline_done"]
