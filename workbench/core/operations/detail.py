"""Everything the matter view shows (``matter_detail``), and the deadline operations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from ..deadlines import store as deadline_store
from ..errors import NotFound
from ..i18n import translate
from ..model import AuditEntry, Deadline, Matter
from ..model.enums import DeadlineStatus
from ..msg import tr
from ..vault.store import Vault
from .base import ChangeSet
from .records import RecordData, _live, _snapshot


@dataclass(frozen=True)
class Explained:
    """"Why this date", in parts the GUI lays out (``Explanation`` of the rules engine), in the
    interface language (the stored explanation and the CLI's stay in English)."""

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
    description: str | None  # the stored explanation text, in English (or a manual deadline's note)
    reminders: tuple[date, ...] = ()  # the rule's reminder dates (computed deadlines only)

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
    contacts: tuple[RecordData, ...] = ()
    education: tuple[RecordData, ...] = ()
    employment: tuple[RecordData, ...] = ()

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
    return Explained(e.rule_id, tr(e.rule_title), tr(e.authority),
                     tuple((tr(i.label), tr(i.display())) for i in e.inputs), tuple(tr(s) for s in e.steps),
                     tr(e.nuance))


def matter_detail(vault: Vault, matter_id: str, today: date | None = None, activity_limit: int = 300) -> MatterDetail:
    """Everything the matter view shows, detached, in one short session."""
    with vault.session() as s:
        m = s.get(Matter, matter_id)
        if m is None or m.deleted_at is not None:
            raise NotFound(translate("errors", "This matter no longer exists (it may have been deleted). Nothing "
                                               "was changed."))
        c = m.client
        computed = {r.key: r for r in deadline_store.compute_for(m, today)}
        deadlines = tuple(
            DeadlineView(d.id, deadline_store.display_title(d.rule_id, d.title), d.due_on, d.computed_due_on,
                         d.override_reason, d.rule_id, str(d.status), d.row_version,
                         _explained(computed[d.rule_key]) if d.rule_key in computed else None,
                         d.description, tuple(computed[d.rule_key].reminders) if d.rule_key in computed else ())
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
            _live(m.documents), _live(m.time_entries), activity, _live(m.contacts),
            tuple(sorted(_live(c.education), key=_recent, reverse=True)),
            tuple(sorted(_live(c.employment), key=_recent, reverse=True)))


def _recent(r: RecordData) -> date:
    return r["from_date"] or date.min


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
            raise NotFound(translate("errors", "This deadline no longer exists."))
        row.status = DeadlineStatus.DONE if done else DeadlineStatus.OPEN
        row.completed_on = (today or date.today()) if done else None
    return ChangeSet(updated=frozenset({("deadlines", deadline_id)}))

