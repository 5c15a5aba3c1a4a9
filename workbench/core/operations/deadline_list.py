"""Every matter's deadlines as plain lines, each with its explanation: the CLI's ``deadlines``
listing (the GUI shows the same computations per matter through ``matter_detail``).

Listing first recomputes each matter's stored deadlines, so what is printed follows the current
facts and rules even if they changed since the matter was last saved (a write: see ``changes``).
The explanation stays in English, as stored; the GUI translates its own view.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ..deadlines import store as deadline_store
from ..errors import NotFound
from ..i18n import translate
from ..model import Matter
from ..queries.calendar_export import matter_label
from ..vault.store import Vault
from .base import ChangeSet


@dataclass(frozen=True)
class DeadlineLine:
    due: str  # "YYYY-MM-DD", or "no date yet"
    title: str
    note: str  # "(overridden; computed ...: reason)", "(entered by hand)" or ""
    explanation: str


@dataclass(frozen=True)
class MatterDeadlines:
    label: str
    client_name: str
    kind: str
    matter_id: str
    lines: tuple[DeadlineLine, ...]


@dataclass(frozen=True)
class DeadlineListing:
    matters: tuple[MatterDeadlines, ...]
    changes: ChangeSet


def list_deadlines(vault: Vault, matter_id: str | None = None) -> DeadlineListing:
    """All live matters (or one) with their computed and hand-entered deadlines."""
    out: list[MatterDeadlines] = []
    with vault.session() as s:
        q = select(Matter).where(Matter.deleted_at.is_(None))
        if matter_id:
            q = q.where(Matter.id == matter_id)
        matters = list(s.scalars(q))
        if matter_id and not matters:
            raise NotFound(translate("errors", "There is no matter with id {id}.").format(id=matter_id))
        for matter in matters:
            deadline_store.recompute(s, matter.id)
            lines = [DeadlineLine(str(r.due_date) if r.due_date else "no date yet", r.title,
                                  f"(overridden; computed {r.computed_date}: {r.override.reason})"
                                  if r.is_overridden else "", r.explanation.as_text())
                     for r in deadline_store.compute_for(matter)]
            lines += [DeadlineLine(str(d.due_on), d.title, "(entered by hand)", "")
                      for d in matter.deadlines if d.rule_key is None and d.deleted_at is None]
            if lines:
                out.append(MatterDeadlines(matter_label(matter), matter.client.display_name, f"{matter.kind}",
                                           matter.id, tuple(lines)))
    touched = frozenset(("deadlines", m.id) for m in matters)
    return DeadlineListing(tuple(out), ChangeSet(updated=touched))
