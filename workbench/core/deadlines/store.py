"""Deadlines in the vault: facts from the matter, rules from ``core.deadlines``, rows in ``deadlines``.

``facts_for(matter)`` turns ORM rows into the engine's plain ``MatterFacts``. ``recompute``
runs the engine and reconciles the matter's computed ``Deadline`` rows (keyed by the rule
instance key): new ones are added, moved ones updated, ones whose rule no longer applies are
tombstoned, and every change is written to the audit log with the old and new date. User
overrides live on the row (``due_on`` + ``override_reason``) and survive recomputation: the
computed date keeps moving underneath and both are shown. Manual deadlines (no rule key) are
never touched.

``install`` makes recomputation automatic: any committed change to a matter's facts (the
matter, its events, its client's birth date or entries) recomputes that matter's deadlines in
the same transaction, through the ORM.

A sync marks the matters it touched stale instead (``mark_stale``) and ``recompute_stale``
recomputes them afterwards, a chunk per transaction, with ``recompute_many``: the facts as plain
rows (``deadline_facts``, one query per table per chunk) rather than ORM objects, the same
engine call and reconciliation as ``recompute``, and the rows and audit entries written with a
few set-based statements. Its results, rows and audit entries are those ``recompute`` gives
(``tests/core/test_deadline_batch.py`` checks it against the ORM path).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import bindparam, delete, event, insert, inspect, select, update
from sqlalchemy.orm import Session, selectinload

from ..vault import audit
from . import facts as deadline_facts
from . import (RULES, RULES_BY_ID, BiometricsAppointment, ComputedDeadline, EngineSettings, Hearing,
                        HearingKind, MatterFacts, Track, NoticeKind, Override, UscisNotice,
                        compute_deadlines)
from .engine import hearing_title
from ..errors import NotFound, ValidationError
from ..i18n import translate
from ..msg import tr
from ..ids import new_id
from ..model import Client, Deadline, Entry, Event, Matter, VaultMeta, utcnow, enums as E

_KINDS = {
    E.MatterKind.AFFIRMATIVE_ASYLUM: Track.ASYLUM,
    E.MatterKind.DEFENSIVE_ASYLUM: Track.REMOVAL_DEFENSE,
    E.MatterKind.CANCELLATION_OF_REMOVAL: Track.REMOVAL_DEFENSE,
    E.MatterKind.BOND: Track.REMOVAL_DEFENSE,
    E.MatterKind.U_VISA: Track.U_VISA,
    E.MatterKind.VAWA_SELF_PETITION: Track.VAWA,
    E.MatterKind.SIJS: Track.SIJS,
}
# Asylum-only rules make no sense in a removal case that is not seeking asylum.
_ASYLUM_ONLY = {"asylum.one_year", "asylum.ead_may_apply", "asylum.ead_may_be_granted"}
_NON_ASYLUM_REMOVAL = {E.MatterKind.CANCELLATION_OF_REMOVAL, E.MatterKind.BOND}
_ALL_RULES = list(RULES)
_REMOVAL_RULES = [r for r in RULES if r.id not in _ASYLUM_ONLY]
_NOTICE_KINDS = frozenset(k.value for k in NoticeKind)


def rule_track(matter: Matter) -> RuleKind:
    if matter.kind == E.MatterKind.ADJUSTMENT_OF_STATUS and matter.asylum_granted_on:
        return Track.ASYLEE_ADJUSTMENT
    return _KINDS.get(matter.kind, Track.OTHER)


def facts_for(matter: Matter, today: date | None = None) -> MatterFacts:
    """The engine's view of ``matter``. Hearings and biometrics before ``today`` are history."""
    client: Client = matter.client
    arrival = client.last_arrival
    return _facts(matter, client.custody_status, client.date_of_birth, arrival.entry_date if arrival else None,
                  [e for e in matter.events if e.deleted_at is None], today or date.today())


def _facts(matter, custody_status, date_of_birth: date | None, last_arrival: date | None, live,
           today: date) -> MatterFacts:
    """``MatterFacts`` from a matter and its live events, ORM objects or ``deadline_facts`` rows alike
    (they have the same attribute names and value types)."""
    detained = matter.detained_docket or custody_status == E.CustodyStatus.DETAINED
    hearings = tuple(
        Hearing(date=e.on_date, kind=HearingKind(str(e.hearing_type or E.HearingType.MASTER)), detained=detained,
                judge_set_filing_deadline=e.judge_set_due_on, key=f"event:{e.id}")
        for e in live if e.kind == E.EventKind.HEARING and e.on_date >= today)
    notices = tuple(
        UscisNotice(kind=NoticeKind(e.notice_type.upper()), response_due=e.response_due_on, issued=e.on_date,
                    key=f"event:{e.id}")
        for e in live if e.kind == E.EventKind.NOTICE and e.response_due_on
        and (e.notice_type or "").upper() in _NOTICE_KINDS)
    biometrics = tuple(BiometricsAppointment(date=e.on_date, key=f"event:{e.id}")
                       for e in live if e.kind == E.EventKind.BIOMETRICS and e.on_date >= today)
    oral = matter.ij_decision_oral
    return MatterFacts(
        track=rule_track(matter),
        last_arrival_date=last_arrival,
        ij_oral_decision_date=matter.ij_decision_on if oral else None,
        ij_written_decision_served_date=(matter.ij_decision_served_on or matter.ij_decision_on)
        if oral is False else None,
        bia_final_order_date=matter.bia_final_order_on,
        hearings=hearings,
        notices=notices,
        biometrics_appointments=biometrics,
        client_date_of_birth=date_of_birth,
        sijs_state_court_order_obtained=matter.sijs_state_order_on is not None,
        supplement_b_signed_date=matter.supp_b_signed_on,
        asylum_application_filed_date=matter.asylum_filed_on,
        asylum_grant_date=matter.asylum_granted_on,
        unaccompanied_child=matter.unaccompanied_child,
    )


def compute_for(matter: Matter, today: date | None = None, settings: EngineSettings | None = None
                ) -> list[ComputedDeadline]:
    """The engine's results for ``matter`` with the overrides recorded on its deadline rows."""
    return compute_deadlines(facts_for(matter, today), _overrides(d for d in matter.deadlines if d.deleted_at is None),
                             settings, _rules_for(matter.kind))


def _rules_for(kind) -> list:
    return _REMOVAL_RULES if kind in _NON_ASYLUM_REMOVAL else _ALL_RULES


def _overrides(live_rows) -> dict[str, Override]:
    """User overrides recorded on a matter's live deadline rows (in due-date order: on a duplicate
    key the last one wins), keyed by rule instance key."""
    return {d.rule_key: Override(d.due_on, d.override_reason) for d in live_rows if d.rule_key and d.override_reason}


def display_title(rule_id: str | None, title: str) -> str:
    """A stored deadline title as the user reads it: a computed deadline's title (stored in English,
    as the rule gives it) in the interface language; a title typed by hand as it was typed."""
    rule = RULES_BY_ID.get(rule_id or "")
    if rule is None:
        return title
    if title == rule.title:
        return tr(rule.title)
    prefix = str(hearing_title(rule.title, ""))
    if title.startswith(prefix):
        return tr(hearing_title(rule.title, title[len(prefix):]))
    return title


@dataclass(frozen=True)
class Change:
    key: str
    action: str  # added, moved, removed
    old: date | None
    new: date | None


def recompute(session: Session, matter_id: str, today: date | None = None,
              settings: EngineSettings | None = None) -> list[Change]:
    matter = session.get(Matter, matter_id)
    if matter is None:
        raise NotFound(translate("errors", "There is no matter with id {id}.").format(id=matter_id))
    results = {r.key: r for r in compute_for(matter, today, settings) if r.due_date is not None}
    plan = _reconcile(results, {d.rule_key: d for d in matter.deadlines if d.rule_key and d.deleted_at is None})
    for key, r in plan.added:
        matter.deadlines.append(Deadline(**_new_row(key, r)))
    for row, values in plan.updated:
        for name, value in values.items():
            setattr(row, name, value)
    for row in plan.removed:
        row.soft_delete()
    for c in plan.changes:
        audit.record(session, *_change_entry(matter_id, c))
    return plan.changes


@dataclass
class _Plan:
    """How a matter's computed deadline rows must change to match the engine's results."""

    changes: list[Change] = field(default_factory=list)  # what the audit log is told, in order
    added: list[tuple[str, ComputedDeadline]] = field(default_factory=list)  # (rule key, result)
    updated: list[tuple[object, dict]] = field(default_factory=list)  # (row, {column: new value}) net changes
    removed: list[object] = field(default_factory=list)  # rows to tombstone


def _reconcile(results: dict[str, ComputedDeadline], rows: dict) -> _Plan:
    """Compare results (by key, dated ones) with the live computed rows (by rule key; ORM objects or
    ``deadline_facts`` rows): new keys are added, moved dates and changed texts updated (an
    overridden row keeps its date), open rows whose rule no longer applies tombstoned."""
    plan = _Plan()
    for key, r in results.items():
        row = rows.get(key)
        if row is None:
            plan.added.append((key, r))
            plan.changes.append(Change(key, "added", None, r.due_date))
            continue
        values = {}
        if row.computed_due_on != r.computed_date:
            plan.changes.append(Change(key, "moved", row.computed_due_on, r.computed_date))
            values["computed_due_on"] = r.computed_date
            if not row.override_reason and row.due_on != r.computed_date:
                values["due_on"] = r.computed_date
        if row.title != r.title:
            values["title"] = str(r.title)
        text = r.explanation.as_text()
        if row.description != text:
            values["description"] = text
        if values:
            plan.updated.append((row, values))
    for key, row in rows.items():
        if key not in results and row.status == E.DeadlineStatus.OPEN:
            plan.removed.append(row)
            plan.changes.append(Change(key, "removed", row.due_on, None))
    return plan


def _new_row(key: str, r: ComputedDeadline) -> dict:
    return dict(title=str(r.title), due_on=r.due_date, computed_due_on=r.computed_date, rule_id=r.rule_id,
                rule_key=key, description=r.explanation.as_text())


def _change_entry(matter_id: str, c: Change) -> tuple:
    """``audit.record``'s arguments for a change (action, entity, entity id, fields, detail)."""
    return (f"deadline_{c.action}", "matters", matter_id, None,
            f"{c.key}: {c.old or '-'} -> {c.new or '-'} (facts changed; recomputed)")


def override(session: Session, deadline_id: str, new_date: date, reason: str) -> None:
    """Set a deadline's date by hand; the reason is required and audited."""
    if not reason or not reason.strip():
        raise ValidationError([("reason", translate("deadlines", "an override needs a reason (it is kept in the "
                                                              "audit log)"))],
                              translate("deadlines", "The override"))
    row = session.get(Deadline, deadline_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(translate("errors", "There is no deadline with id {id}.").format(id=deadline_id))
    old = row.due_on
    row.due_on, row.override_reason = new_date, reason.strip()
    audit.record(session, "deadline_override", "deadlines", row.id,
                 detail=f"{old} -> {new_date} (computed {row.computed_due_on or '-'}): {reason.strip()}")


def clear_override(session: Session, deadline_id: str) -> None:
    row = session.get(Deadline, deadline_id)
    if row is None or not row.override_reason:
        return
    audit.record(session, "deadline_override_cleared", "deadlines", row.id,
                 detail=f"{row.due_on} -> {row.computed_due_on}")
    row.override_reason = None
    if row.computed_due_on:
        row.due_on = row.computed_due_on


# ----------------------------------------------------------------------------- automatic recompute
_FACT_MODELS = (Matter, Event, Client, Entry)


def _note_touched(session: Session, _ctx, _instances) -> None:
    touched: set = session.info.setdefault("deadline_touched", set())
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if isinstance(obj, Matter):
            touched.add(("matter", obj.id))
        elif isinstance(obj, Event):
            touched.add(("matter", obj.matter_id or (obj.matter.id if obj.matter else None)))
        elif isinstance(obj, (Client, Entry)):
            client_id = obj.id if isinstance(obj, Client) else (obj.client_id or (obj.client.id if obj.client else None))
            if isinstance(obj, Client) and obj in session.dirty and not _client_fact_changed(obj):
                continue
            touched.add(("client", client_id))


def _client_fact_changed(client: Client) -> bool:
    state = inspect(client)
    return any(state.attrs[name].history.has_changes() for name in ("date_of_birth", "custody_status"))


def _recompute_touched(session: Session) -> None:
    if session.info.get("deadline_recomputing"):
        return
    session.flush()  # before_commit runs before the final flush: collect what it touches now
    touched = session.info.pop("deadline_touched", set())
    if not touched:
        return
    session.info["deadline_recomputing"] = True
    try:
        matter_ids = {i for kind, i in touched if kind == "matter" and i}
        client_ids = {i for kind, i in touched if kind == "client" and i}
        if client_ids:
            matter_ids |= set(session.scalars(select(Matter.id).where(Matter.client_id.in_(client_ids))))
        ordered = sorted(matter_ids)
        for i in range(0, len(ordered), 500):
            _recompute_loaded(session, ordered[i:i + 500])
        session.flush()
        session.info.pop("deadline_touched", None)
    finally:
        session.info.pop("deadline_recomputing", None)


_STALE = "deadlines_stale"


def _recompute_loaded(session: Session, matter_ids: list[str], today: date | None = None,
                      settings: EngineSettings | None = None) -> None:
    """Recompute a chunk of matters through the ORM, loading their facts in a few queries rather
    than per matter (the objects may already be in the session: the automatic recompute)."""
    for matter in session.scalars(select(Matter).where(Matter.id.in_(matter_ids)).options(
            selectinload(Matter.events), selectinload(Matter.deadlines),
            selectinload(Matter.client).selectinload(Client.entries))):
        if matter.deleted_at is None:
            recompute(session, matter.id, today, settings)


def mark_stale(session: Session, touched: set) -> None:
    """Record matters whose deadlines must be recomputed (kept in the vault, so an interrupted
    sync still recomputes them later); ``touched`` holds ("matter"|"client", id) pairs."""
    if not touched:
        return
    matter_ids = {i for kind, i in touched if kind == "matter" and i}
    client_ids = {i for kind, i in touched if kind == "client" and i}
    if client_ids:
        ids = sorted(client_ids)
        for i in range(0, len(ids), 500):
            matter_ids |= set(session.scalars(select(Matter.id).where(Matter.client_id.in_(ids[i:i + 500]))))
    if matter_ids:  # one small row per batch: rewriting one growing list would cost O(n^2)
        session.add(VaultMeta(key=f"{_STALE}:{new_id()}", value=json.dumps(sorted(matter_ids))))


def recompute_stale(vault, chunk: int = 500, *, today: date | None = None,
                    settings: EngineSettings | None = None) -> int:
    """Recompute every matter marked stale, a chunk per transaction; returns how many."""
    with vault.session() as s:
        rows = s.execute(select(VaultMeta.key, VaultMeta.value).where(VaultMeta.key.like(f"{_STALE}:%"))).all()
    pending = sorted({i for _key, value in rows for i in json.loads(value)})
    today = today or date.today()
    for i in range(0, len(pending), chunk):  # recomputing twice is harmless if this is interrupted
        with vault.session() as s:
            recompute_many(s, pending[i:i + chunk], today, settings)
    if rows:
        with vault.session() as s:
            s.execute(delete(VaultMeta).where(VaultMeta.key.in_([key for key, _ in rows])))
    return len(pending)


# ----------------------------------------------------------------------------- many matters, set-based
def recompute_many(session: Session, matter_ids: list[str], today: date | None = None,
                   settings: EngineSettings | None = None) -> list[Change]:
    """``recompute`` for a chunk of matters (a few hundred ids), without ORM objects: the same
    results, rows and audit entries, at a fraction of the cost (a first sync recomputes every
    matter it pulled).

    The facts come from ``deadline_facts.load`` (one query per table for the chunk); the engine
    and the reconciliation are ``recompute``'s own (``_facts``, ``_reconcile``); the rows are then
    written with one ``executemany`` per kind of change (insert, update, tombstone), each as the
    unit of work would write it (new id, timestamps, ``row_version``), and the audit entries the
    unit of work would have produced (the ``deadline_*`` entry per change, then ``create`` /
    ``update`` / ``delete`` per row with its changed fields) are appended to the chain in one
    INSERT. Computed deadlines are derived data, so, as with the ORM, nothing goes to the outbox.

    The writes bypass the identity map: call it in a session that has not loaded these matters'
    deadlines (``recompute_stale`` opens a new one per chunk). Tombstoned or missing matters are
    skipped."""
    today = today or date.today()
    chunk = deadline_facts.load(session, matter_ids)
    changes: list[Change] = []
    entries: list[tuple] = []  # audit.record's arguments, in the order the ORM path records them
    row_entries: list[tuple] = []  # what the unit of work's audit hook would add at the flush
    inserts: list[dict] = []
    updates: list[dict] = []
    removed: list[dict] = []
    now = utcnow()
    for m in chunk.matters:
        client = chunk.clients.get(m.client_id)
        if client is None:  # not possible with foreign keys on; the ORM path says what is wrong
            changes += recompute(session, m.id, today, settings)
            continue
        rows = chunk.deadlines.get(m.id, ())
        facts = _facts(m, client.custody_status, client.date_of_birth, chunk.arrivals.get(m.client_id),
                       chunk.events.get(m.id, ()), today)
        results = {r.key: r for r in compute_deadlines(facts, _overrides(rows), settings, _rules_for(m.kind))
                   if r.due_date is not None}
        plan = _reconcile(results, {d.rule_key: d for d in rows if d.rule_key})
        for key, r in plan.added:
            row = _new_row(key, r)
            row.update(id=new_id(), matter_id=m.id, created_at=now, updated_at=now, row_version=1,
                       server_version=None, deleted_at=None, override_reason=None, status=E.DeadlineStatus.OPEN,
                       completed_on=None)
            inserts.append(row)
            row_entries.append(("create", "deadlines", row["id"], [], None))
        for row, values in plan.updated:
            updates.append({"b_id": row.id, "b_computed": values.get("computed_due_on", row.computed_due_on),
                            "b_due": values.get("due_on", row.due_on), "b_title": values.get("title", row.title),
                            "b_description": values.get("description", row.description)})
            row_entries.append(("update", "deadlines", row.id, list(values), None))
        for row in plan.removed:
            removed.append({"b_id": row.id})
            row_entries.append(("delete", "deadlines", row.id, ["deleted_at"], None))
        entries += [_change_entry(m.id, c) for c in plan.changes]
        changes += plan.changes
    _write(session, inserts, updates, removed, now)
    audit.record_many(session, entries + [e for e in row_entries if e[0] == "create"]
                  + [e for e in row_entries if e[0] != "create"])
    return changes


_TABLE = Deadline.__table__
_UPDATE = (update(_TABLE).where(_TABLE.c.id == bindparam("b_id"))
           .values(computed_due_on=bindparam("b_computed"), due_on=bindparam("b_due"), title=bindparam("b_title"),
                   description=bindparam("b_description"), updated_at=bindparam("b_now"),
                   row_version=_TABLE.c.row_version + 1))
_TOMBSTONE = (update(_TABLE).where(_TABLE.c.id == bindparam("b_id"))
              .values(deleted_at=bindparam("b_now"), updated_at=bindparam("b_now"),
                      row_version=_TABLE.c.row_version + 1))


def _write(session: Session, inserts: list[dict], updates: list[dict], removed: list[dict], now) -> None:
    conn = session.connection()
    if inserts:
        conn.execute(insert(_TABLE), inserts)
    for statement, params in ((_UPDATE, updates), (_TOMBSTONE, removed)):
        if params:
            for p in params:
                p["b_now"] = now
            conn.execute(statement, params)


def _forget(session: Session, *_args) -> None:
    session.info.pop("deadline_touched", None)


def install(session_class) -> None:
    """Attach the hooks to a new sessionmaker (once; see ``audit.install`` on why unguarded)."""
    event.listen(session_class, "before_flush", _note_touched)
    event.listen(session_class, "before_commit", _recompute_touched)
    event.listen(session_class, "after_soft_rollback", _forget)
