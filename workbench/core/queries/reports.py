"""The attorney's reports: pro bono hours by matter and month, and matters' status and outcomes.

Rows are computed in one session and returned as plain values; ``*_csv`` and ``*_pdf`` turn
them into bytes in memory, and the caller writes them where the user says. Matters are named by
their matter number (``calendar_export.matter_label``); client names are added only when asked
(``with_client_names``), as for the calendar export. Minutes are summed as integers; hours are
printed with two decimals from the exact minute totals. CSV cells that a spreadsheet would run
as a formula (starting with = + - @) are prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from .calendar_export import matter_label
from ..model import Matter, TimeEntry


@dataclass(frozen=True)
class HoursRow:
    matter_id: str
    matter: str  # label (matter number), with the client's name when asked
    month: str  # YYYY-MM
    minutes: int

    @property
    def hours(self) -> str:
        return _hours(self.minutes)


@dataclass(frozen=True)
class MatterRow:
    matter_id: str
    matter: str
    kind: str
    stage: str
    forum: str
    opened_on: date | None
    closed_on: date | None
    outcome: str
    outcome_on: date | None
    minutes: int


def _hours(minutes: int) -> str:
    """Exact minutes as hours with two decimals, rounded half up (90 -> "1.50", 20 -> "0.33")."""
    hundredths = (minutes * 100 + 30) // 60
    return f"{hundredths // 100}.{hundredths % 100:02d}"


def _label(m: Matter, with_client_names: bool) -> str:
    label = matter_label(m)
    return f"{label} ({m.client.display_name})" if with_client_names else label


def hours_by_matter_month(session: Session, *, start: date | None = None, end: date | None = None,
                          attorney: str | None = None, with_client_names: bool = False) -> list[HoursRow]:
    """Minutes per (matter, month), ordered by matter label then month; deleted entries and
    matters are left out. ``start``/``end`` are inclusive work dates."""
    q = (select(TimeEntry, Matter).join(Matter, Matter.id == TimeEntry.matter_id)
         .where(TimeEntry.deleted_at.is_(None), Matter.deleted_at.is_(None)))
    if start:
        q = q.where(TimeEntry.work_date >= start)
    if end:
        q = q.where(TimeEntry.work_date <= end)
    if attorney:
        q = q.where(TimeEntry.attorney == attorney)
    totals: dict[tuple[str, str], int] = {}
    labels: dict[str, str] = {}
    for entry, matter in session.execute(q):
        key = (matter.id, f"{entry.work_date:%Y-%m}")
        totals[key] = totals.get(key, 0) + int(entry.minutes or 0)
        labels.setdefault(matter.id, _label(matter, with_client_names))
    return sorted((HoursRow(mid, labels[mid], month, minutes) for (mid, month), minutes in totals.items()),
                  key=lambda r: (r.matter, r.month))


def matters_report(session: Session, *, with_client_names: bool = False) -> list[MatterRow]:
    matters = session.scalars(select(Matter).where(Matter.deleted_at.is_(None))).all()
    out = []
    for m in matters:
        minutes = sum(int(t.minutes or 0) for t in m.time_entries if t.deleted_at is None)
        out.append(MatterRow(m.id, _label(m, with_client_names), str(m.kind.value), str(m.stage.value),
                             str(m.forum.value) if m.forum else "", m.opened_on, m.closed_on,
                             str(m.outcome.value) if m.outcome else "", m.outcome_on, minutes))
    return sorted(out, key=lambda r: r.matter)


# ----------------------------------------------------------------------------- output
def _safe(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _csv(header: list[str], rows: list[list]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for row in rows:
        w.writerow([_safe(v) for v in row])
    return buf.getvalue().encode("utf-8")


def hours_csv(rows: list[HoursRow]) -> bytes:
    total = sum(r.minutes for r in rows)
    body = [[r.matter, r.month, r.minutes, r.hours] for r in rows]
    body.append(["TOTAL", "", total, _hours(total)])
    return _csv(["matter", "month", "minutes", "hours"], body)


def matters_csv(rows: list[MatterRow]) -> bytes:
    return _csv(["matter", "kind", "stage", "forum", "opened_on", "closed_on", "outcome", "outcome_on", "hours"],
                [[r.matter, r.kind, r.stage, r.forum, r.opened_on or "", r.closed_on or "", r.outcome,
                  r.outcome_on or "", _hours(r.minutes)] for r in rows])


def hours_pdf(rows: list[HoursRow], *, title: str = "Pro bono hours by matter and month",
              today: date | None = None) -> bytes:
    from reportlab.lib.units import inch
    from reportlab.platypus import Spacer

    from ..packets._pdf import CONTENT_WIDTH, grid, p, render

    today = today or date.today()
    months = sorted({r.month for r in rows})
    by_month: dict[str, int] = {m: 0 for m in months}
    for r in rows:
        by_month[r.month] += r.minutes
    total = sum(by_month.values())
    table = [["Matter", "Month", "Hours"]]
    last = None
    for r in rows:
        table.append([p(r.matter if r.matter != last else ""), r.month, r.hours])
        last = r.matter
    table.append([p("Total", "bold"), "", _hours(total)])
    story = [p(title, "title"), p(f"Prepared {today:%m/%d/%Y}. {len({r.matter_id for r in rows})} matter(s), "
                                  f"{_hours(total)} hours.", "small"), Spacer(1, 10),
             grid(table, [CONTENT_WIDTH - 2.4 * inch, 1.2 * inch, 1.2 * inch]), Spacer(1, 14),
             p("By month", "h2"),
             grid([["Month", "Hours"]] + [[m, _hours(v)] for m, v in by_month.items()], [1.5 * inch, 1.2 * inch])]
    return render(story, title=title, footer="Pro Bono Workbench — hours report")


def matters_pdf(rows: list[MatterRow], *, today: date | None = None) -> bytes:
    from reportlab.lib.units import inch
    from reportlab.platypus import Spacer

    from ..packets._pdf import CONTENT_WIDTH, grid, p, render

    today = today or date.today()
    table = [["Matter", "Kind", "Stage", "Outcome", "Hours"]]
    for r in rows:
        outcome = r.outcome + (f" ({r.outcome_on:%m/%d/%Y})" if r.outcome_on else "") if r.outcome else "-"
        table.append([p(r.matter, "small"), p(r.kind.replace("_", " "), "small"), r.stage, p(outcome, "small"),
                      _hours(r.minutes)])
    story = [p("Matters: status and outcomes", "title"), p(f"Prepared {today:%m/%d/%Y}. {len(rows)} matter(s).",
                                                           "small"), Spacer(1, 10),
             grid(table, [CONTENT_WIDTH - 4.9 * inch, 1.6 * inch, 0.9 * inch, 1.6 * inch, 0.8 * inch], font_size=8.5)]
    return render(story, title="Matters report", footer="Pro Bono Workbench — matters report")
