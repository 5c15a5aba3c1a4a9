"""Operations: the only way the GUI reads or changes vault data (DESIGN "Shape" rules 2 and 4).

Every function here takes an unlocked ``Vault``, does its work in one short session and returns
plain values: frozen dataclasses for reads, a ``ChangeSet`` for writes. Nothing returned is a
live ORM object, so a widget can hold it after the session is gone (and after the vault is
locked, until the widget is cleared). The GUI runs these on its database worker thread and
refreshes whatever views the ``ChangeSet`` says are affected, as Anki's ``OpChanges`` does.

This module is Qt-free, so the CLI and tests can call the same functions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from .errors import ValidationError
from .matter_list import SORT_KEYS, MatterRow, count_matters, list_matters
from .model import Client, Deadline, Event, Matter
from .model.enums import EventKind, MatterKind, MatterStage
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


# Fictional people for the demo vault (``workbench --demo``): explore without real client data.
DEMO_PASSPHRASE = "demo vault passphrase"
DEMO_MATTERS = (
    ("Alvarez Reyes", "María José", MatterKind.AFFIRMATIVE_ASYLUM, "DEMO-0141", None),
    ("Haile", "Selam", MatterKind.DEFENSIVE_ASYLUM, "DEMO-0187", "Chicago Immigration Court"),
    ("Nguyen", "Thi Lan", MatterKind.U_VISA, "DEMO-0932", None),
    ("Okafor", "Chidi", MatterKind.SIJS, "DEMO-0203", "Cook County Circuit Court"),
    ("Petrenko", "Olena", MatterKind.VAWA_SELF_PETITION, "DEMO-0250", None),
    ("Rahimi", "Farid", MatterKind.BOND, "DEMO-0311", "Broadview Service Processing Center"),
)


def add_demo_matters(vault: Vault, today: date | None = None) -> ChangeSet:
    """Fill a (new) demo vault with fictional matters, a hearing, an interview and deadlines."""
    today = today or date.today()
    created: set[tuple[str, str]] = set()
    ids = []
    for family, given, kind, number, court in DEMO_MATTERS:
        changes = add_client_with_matter(vault, family, given, kind, number, court_location=court)
        created |= changes.created
        ids.append(changes.created_id("matters"))
    with vault.session() as s:
        records = [
            Event(matter_id=ids[1], kind=EventKind.HEARING, title="Individual hearing", on_date=today + timedelta(12)),
            Deadline(matter_id=ids[1], title="Pre-hearing filings due", due_on=today + timedelta(-2)),
            Event(matter_id=ids[0], kind=EventKind.INTERVIEW, title="Asylum interview", on_date=today + timedelta(30)),
            Deadline(matter_id=ids[0], title="One-year filing deadline", due_on=today + timedelta(45)),
            Deadline(matter_id=ids[3], title="SIJS age-out (21st birthday)", due_on=today + timedelta(200)),
            Event(matter_id=ids[5], kind=EventKind.DETENTION_VISIT, title="Client visit", on_date=today + timedelta(3)),
        ]
        s.add_all(records)
        s.flush()
        created |= {(r.__tablename__, r.id) for r in records}
    return ChangeSet(created=frozenset(created))


__all__ = ["ChangeSet", "DEMO_MATTERS", "DEMO_PASSPHRASE", "MatterPage", "MatterQuery", "PAGE_SIZE",
           "add_client_with_matter", "add_demo_matters", "matters_page"]
