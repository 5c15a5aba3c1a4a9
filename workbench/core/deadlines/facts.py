"""The deadline rules' facts for many matters at once, as plain rows (``deadlines.store``'s batch path).

A first sync recomputes the deadlines of thousands of matters. Loading them as ORM objects (the
matter, its client and entries, its events and deadline rows) costs an object, an identity-map
entry and instrumented attributes per row, for data that is read once and dropped. ``load``
reads a chunk of matters instead with one Core query per table, keyed by matter (or client) id,
selecting only the columns the rules read. The rows it returns have the same attribute names as
the ORM objects (``row.kind``, ``row.on_date``...) and values of the same types (the columns'
own result processors turn text into dates, enums and booleans), so ``deadlines.store`` builds
``MatterFacts`` from them with the very code it uses for ORM objects.

What is left out is exactly what ``deadline_store.facts_for`` would skip anyway: tombstoned
matters, events and entries, events of kinds no rule reads, and deadline rows without a rule key
(manual deadlines, never touched by recomputation). Rows come back in the order the ORM
relationships use (events by date, deadlines by due date).

Writes bypass the identity map: run it in a session that has not loaded the chunk's deadlines.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Sequence

from sqlalchemy import bindparam, func, literal_column, select
from sqlalchemy.orm import Session

from ..model import Client, Deadline, Entry, Event, Matter, enums as E

_MATTERS, _CLIENTS, _ENTRIES = Matter.__table__, Client.__table__, Entry.__table__
_EVENTS, _DEADLINES = Event.__table__, Deadline.__table__

#: the matter columns ``deadlines.store`` reads (rule kind, facts, which rule set)
MATTER_COLUMNS = ("id", "client_id", "kind", "detained_docket", "ij_decision_on", "ij_decision_oral",
                  "ij_decision_served_on", "bia_final_order_on", "asylum_filed_on", "asylum_granted_on",
                  "sijs_state_order_on", "supp_b_signed_on", "unaccompanied_child")
CLIENT_COLUMNS = ("id", "custody_status", "date_of_birth")
EVENT_COLUMNS = ("id", "matter_id", "kind", "on_date", "hearing_type", "notice_type", "response_due_on",
                 "judge_set_due_on")
DEADLINE_COLUMNS = ("id", "matter_id", "rule_key", "rule_id", "title", "description", "due_on", "computed_due_on",
                    "override_reason", "status")
#: the only event kinds the rules read (hearings, USCIS notices, biometrics appointments)
FACT_EVENT_KINDS = (E.EventKind.HEARING, E.EventKind.NOTICE, E.EventKind.BIOMETRICS)


@dataclass
class ChunkFacts:
    """What the rules need for a chunk of matters, grouped by the id that owns each row."""

    matters: list[Any] = field(default_factory=list)  # live matters, by id
    clients: dict[str, Any] = field(default_factory=dict)  # client id -> (custody_status, date_of_birth)
    arrivals: dict[str, date] = field(default_factory=dict)  # client id -> latest live entry date
    events: dict[str, list[Any]] = field(default_factory=dict)  # matter id -> live fact events, by date
    deadlines: dict[str, list[Any]] = field(default_factory=dict)  # matter id -> live rule rows, by due date


def _cols(table, names: Sequence[str]) -> list:
    return [table.c[n] for n in names]


def _in(column, name: str):
    """``column IN`` the JSON list bound as ``name`` (``json_each``: one parameter, one cached
    statement, whatever the chunk's size, as ``sync.apply`` does)."""
    return column.in_(select(func.json_each(bindparam(name)).table_valued("value").c.value))


_MATTER_SQL = (select(*_cols(_MATTERS, MATTER_COLUMNS))
               .where(_in(_MATTERS.c.id, "ids"), _MATTERS.c.deleted_at.is_(None)).order_by(_MATTERS.c.id))
_CLIENT_SQL = select(*_cols(_CLIENTS, CLIENT_COLUMNS)).where(_in(_CLIENTS.c.id, "ids"))
# Client.last_arrival: the latest live entry with a date (ISO text: max() is the latest day)
_ARRIVAL_SQL = (select(_ENTRIES.c.client_id, func.max(_ENTRIES.c.entry_date))
                .where(_in(_ENTRIES.c.client_id, "ids"), _ENTRIES.c.deleted_at.is_(None),
                       _ENTRIES.c.entry_date.is_not(None)).group_by(_ENTRIES.c.client_id))
_EVENT_SQL = (select(*_cols(_EVENTS, EVENT_COLUMNS))
              .where(_in(_EVENTS.c.matter_id, "ids"), _EVENTS.c.deleted_at.is_(None),
                     _EVENTS.c.kind.in_([literal_column(f"'{k.value}'") for k in FACT_EVENT_KINDS]))
              .order_by(_EVENTS.c.matter_id, _EVENTS.c.on_date))
_DEADLINE_SQL = (select(*_cols(_DEADLINES, DEADLINE_COLUMNS))
                 .where(_in(_DEADLINES.c.matter_id, "ids"), _DEADLINES.c.deleted_at.is_(None),
                        _DEADLINES.c.rule_key.is_not(None)).order_by(_DEADLINES.c.matter_id, _DEADLINES.c.due_on))


def load(session: Session, matter_ids: Sequence[str]) -> ChunkFacts:
    """The facts and computed deadline rows of ``matter_ids`` (a chunk: a few hundred ids), in five
    queries. Ids of missing or tombstoned matters are left out."""
    out = ChunkFacts()
    if not matter_ids:
        return out
    conn = session.connection()
    out.matters = list(conn.execute(_MATTER_SQL, {"ids": json.dumps(list(matter_ids))}))
    if not out.matters:
        return out
    live = {"ids": json.dumps([m.id for m in out.matters])}
    clients = {"ids": json.dumps(sorted({m.client_id for m in out.matters}))}
    out.clients = {c.id: c for c in conn.execute(_CLIENT_SQL, clients)}
    out.arrivals = dict(conn.execute(_ARRIVAL_SQL, clients).all())
    for row in conn.execute(_EVENT_SQL, live):
        out.events.setdefault(row.matter_id, []).append(row)
    for row in conn.execute(_DEADLINE_SQL, live):
        out.deadlines.setdefault(row.matter_id, []).append(row)
    return out
