"""The figures an impact report needs, with no client identity and small cells suppressed.

Read from live matter records (``kind``, ``opened_on``, ``closed_on``, ``outcome``,
``outcome_on``, ``asylum_filed_on``, ``client_id`` only to count distinct people), the filing
events of matters (``events`` of kind ``filing``), time entries (``work_date``, ``minutes``) and
assignments. Definitions (docs/hub.md, "The console"):

* people served in a year: distinct clients with a matter opened that year or before and not
  closed before it; in all: distinct clients with a matter;
* matters opened / closed: by the year of ``opened_on`` / ``closed_on``;
* outcomes and grant rate by matter kind and year: ``admin.outcomes_report`` (the CLI's report);
* volunteer hours: the sum of time entries by the year of ``work_date``;
* days from placement to filing / to decision: placement is the earliest current assignment of
  the matter (the hub forgets an assignment once it is taken back), filing the ``asylum_filed_on``
  date or the earliest filing event, decision ``outcome_on``; the median over matters, by kind.

Suppression: a count from 1 to 4 is shown as "<5" (``SUPPRESSED``), and so is a rate or median
computed over fewer than 5 matters. Where one part of a row that adds up to a shown total is
suppressed, the next smallest part is suppressed too, so it cannot be worked out by subtraction;
a grant rate is hidden when any decided part is (rate times total would give it back).
"""

from __future__ import annotations

import csv
import io
import json
import statistics
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select

from .. import admin
from ..db import Database
from ..enroll import aware
from ..models import Assignment, Record
from . import jsonsql

MIN_CELL = 5
SUPPRESSED = "<5"
OUTCOME_PARTS = ("granted", "other_relief", "denied", "other")


@dataclass
class Impact:
    people_served: object = 0
    years: list[dict] = field(default_factory=list)  # year, people, opened, closed, hours
    outcomes: list[dict] = field(default_factory=list)
    timing: list[dict] = field(default_factory=list)  # kind, placed, to_filing, to_decision


def suppress(count: int):
    return SUPPRESSED if 0 < count < MIN_CELL else count


def _date(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _median(values: list[int]):
    return SUPPRESSED if len(values) < MIN_CELL else round(statistics.median(values), 1)


def _protect(row: dict, parts: tuple[str, ...]) -> dict:
    """Secondary suppression: never exactly one hidden part of a row whose total is shown."""
    hidden = [p for p in parts if row[p] == SUPPRESSED]
    if len(hidden) == 1:
        shown = sorted((row[p], p) for p in parts if isinstance(row[p], int) and row[p] > 0)
        if shown:
            row[shown[0][1]] = SUPPRESSED
    return row


def _matters(s) -> list[dict]:
    out = []
    for matter_id, raw in s.execute(select(Record.id, Record.data).where(Record.entity == "matters",
                                                                         Record.deleted.is_(False))):
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        if isinstance(data, dict):
            data["id"] = matter_id
            out.append(data)
    return out


def _filings(s) -> dict[str, date]:
    first: dict[str, date] = {}
    query = (select(Record.matter_id, jsonsql.field(s, "on_date"))
             .where(Record.entity == "events", Record.deleted.is_(False), jsonsql.field(s, "kind") == "filing"))
    for matter_id, on in s.execute(query):
        when = _date(on)
        if matter_id and when and (matter_id not in first or when < first[matter_id]):
            first[matter_id] = when
    return first


def compute(db: Database, org_id: str) -> Impact:
    with db.read() as s:
        matters = _matters(s)
        filings = _filings(s)
        placed = {m: aware(at).date() for m, at in s.execute(select(Assignment.matter_id,
                                                                   func.min(Assignment.assigned_at))
                                                            .group_by(Assignment.matter_id))}
        year_col = func.substr(jsonsql.field(s, "work_date"), 1, 4)
        hours = {}
        for year, minutes in s.execute(select(year_col, jsonsql.field(s, "minutes"))
                                       .where(Record.entity == "time_entries", Record.deleted.is_(False))):
            if year and str(year).isdigit():
                try:
                    hours[str(year)] = hours.get(str(year), 0) + int(minutes or 0)
                except (TypeError, ValueError):
                    continue
    impact = Impact()
    impact.people_served = suppress(len({m.get("client_id") for m in matters if m.get("client_id")}))
    spans = [(_date(m.get("opened_on")), _date(m.get("closed_on")), m.get("client_id")) for m in matters]
    years = sorted({d.year for o, c, _ in spans for d in (o, c) if d} | {int(y) for y in hours})
    for year in years:
        people = {client for o, c, client in spans if client and o and o.year <= year and (c is None or c.year >= year)}
        impact.years.append({"year": year, "people": suppress(len(people)),
                             "opened": suppress(sum(1 for o, _, _ in spans if o and o.year == year)),
                             "closed": suppress(sum(1 for _, c, _ in spans if c and c.year == year)),
                             "hours": round(hours.get(str(year), 0) / 60, 1)})
    for row in admin.outcomes_report(db, org_id):
        cell = {"kind": row["kind"], "year": row["year"], "outcomes": suppress(row["outcomes"]),
                **{p: suppress(row[p]) for p in OUTCOME_PARTS},
                "grant_rate": row["grant_rate"] if row["decided"] >= MIN_CELL and not any(
                    0 < row[p] < MIN_CELL for p in ("granted", "other_relief", "denied")) else SUPPRESSED}
        impact.outcomes.append(_protect(cell, OUTCOME_PARTS))
    by_kind: dict[str, dict[str, list[int]]] = {}
    for m in matters:
        start = placed.get(m["id"])
        if start is None:
            continue
        days = by_kind.setdefault(str(m.get("kind") or "unknown"), {"placed": [], "filing": [], "decision": []})
        days["placed"].append(0)
        filed = _date(m.get("asylum_filed_on")) or filings.get(m["id"])
        decided = _date(m.get("outcome_on"))
        if filed and filed >= start:
            days["filing"].append((filed - start).days)
        if decided and decided >= start:
            days["decision"].append((decided - start).days)
    for kind, days in sorted(by_kind.items()):
        impact.timing.append({"kind": kind, "placed": suppress(len(days["placed"])),
                              "to_filing": _median(days["filing"]), "to_decision": _median(days["decision"]),
                              "filed": suppress(len(days["filing"])), "decided": suppress(len(days["decision"]))})
    return impact


def to_csv(impact: Impact) -> bytes:
    """The three tables one after the other, each with its own header row, as shown on the page."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["people_served_all_years", impact.people_served])
    w.writerow([])
    tables = (("year", "people", "opened", "closed", "hours"), impact.years), \
             (("kind", "year", "outcomes", *OUTCOME_PARTS, "grant_rate"), impact.outcomes), \
             (("kind", "placed", "filed", "to_filing", "decided", "to_decision"), impact.timing)
    for columns, rows in tables:
        w.writerow(columns)
        for r in rows:
            w.writerow(["" if r[c] is None else r[c] for c in columns])
        w.writerow([])
    return buf.getvalue().encode("utf-8")
