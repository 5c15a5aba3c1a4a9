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
the same transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, event, inspect, select
from sqlalchemy.orm import Session, selectinload

from . import audit
from .deadlines import (RULES, RULES_BY_ID, BiometricsAppointment, ComputedDeadline, EngineSettings, Hearing,
                        HearingKind, MatterFacts, MatterKind as RuleKind, NoticeKind, Override, UscisNotice,
                        compute_deadlines)
from .deadlines.engine import hearing_title
from .errors import NotFound, ValidationError
from .i18n import translate
from .msg import tr
from .ids import new_id
from .model import Client, Deadline, Entry, Event, Matter, VaultMeta
from .model import enums as E

_KINDS = {
    E.MatterKind.AFFIRMATIVE_ASYLUM: RuleKind.ASYLUM,
    E.MatterKind.DEFENSIVE_ASYLUM: RuleKind.REMOVAL_DEFENSE,
    E.MatterKind.CANCELLATION_OF_REMOVAL: RuleKind.REMOVAL_DEFENSE,
    E.MatterKind.BOND: RuleKind.REMOVAL_DEFENSE,
    E.MatterKind.U_VISA: RuleKind.U_VISA,
    E.MatterKind.VAWA_SELF_PETITION: RuleKind.VAWA,
    E.MatterKind.SIJS: RuleKind.SIJS,
}
# Asylum-only rules make no sense in a removal case that is not seeking asylum.
_ASYLUM_ONLY = {"asylum.one_year", "asylum.ead_may_apply", "asylum.ead_may_be_granted"}
_NON_ASYLUM_REMOVAL = {E.MatterKind.CANCELLATION_OF_REMOVAL, E.MatterKind.BOND}


def rule_kind(matter: Matter) -> RuleKind:
    if matter.kind == E.MatterKind.ADJUSTMENT_OF_STATUS and matter.asylum_granted_on:
        return RuleKind.ASYLEE_ADJUSTMENT
    return _KINDS.get(matter.kind, RuleKind.OTHER)


def facts_for(matter: Matter, today: date | None = None) -> MatterFacts:
    """The engine's view of ``matter``. Hearings and biometrics before ``today`` are history."""
    today = today or date.today()
    client: Client = matter.client
    live = [e for e in matter.events if e.deleted_at is None]
    detained = matter.detained_docket or client.custody_status == E.CustodyStatus.DETAINED
    hearings = tuple(
        Hearing(date=e.on_date, kind=HearingKind(str(e.hearing_type or E.HearingType.MASTER)), detained=detained,
                judge_set_filing_deadline=e.judge_set_due_on, key=f"event:{e.id}")
        for e in live if e.kind == E.EventKind.HEARING and e.on_date >= today)
    notices = tuple(
        UscisNotice(kind=NoticeKind(e.notice_type.upper()), response_due=e.response_due_on, issued=e.on_date,
                    key=f"event:{e.id}")
        for e in live if e.kind == E.EventKind.NOTICE and e.response_due_on
        and (e.notice_type or "").upper() in {k.value for k in NoticeKind})
    biometrics = tuple(BiometricsAppointment(date=e.on_date, key=f"event:{e.id}")
                       for e in live if e.kind == E.EventKind.BIOMETRICS and e.on_date >= today)
    arrival = client.last_arrival
    oral = matter.ij_decision_oral
    return MatterFacts(
        matter_kind=rule_kind(matter),
        last_arrival_date=arrival.entry_date if arrival else None,
        ij_oral_decision_date=matter.ij_decision_on if oral else None,
        ij_written_decision_served_date=(matter.ij_decision_served_on or matter.ij_decision_on)
        if oral is False else None,
        bia_final_order_date=matter.bia_final_order_on,
        hearings=hearings,
        notices=notices,
        biometrics_appointments=biometrics,
        client_date_of_birth=client.date_of_birth,
        sijs_state_court_order_obtained=matter.sijs_state_order_on is not None,
        supplement_b_signed_date=matter.supp_b_signed_on,
        asylum_application_filed_date=matter.asylum_filed_on,
        asylum_grant_date=matter.asylum_granted_on,
        unaccompanied_child=matter.unaccompanied_child,
    )


def compute_for(matter: Matter, today: date | None = None, settings: EngineSettings | None = None
                ) -> list[ComputedDeadline]:
    """The engine's results for ``matter`` with the overrides recorded on its deadline rows."""
    rules = [r for r in RULES if not (matter.kind in _NON_ASYLUM_REMOVAL and r.id in _ASYLUM_ONLY)]
    overrides = {d.rule_key: Override(d.due_on, d.override_reason) for d in matter.deadlines
                 if d.rule_key and d.override_reason and d.deleted_at is None}
    return compute_deadlines(facts_for(matter, today), overrides, settings, rules)


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
    rows = {d.rule_key: d for d in matter.deadlines if d.rule_key and d.deleted_at is None}
    changes: list[Change] = []
    for key, r in results.items():
        row = rows.get(key)
        text = r.explanation.as_text()
        if row is None:
            matter.deadlines.append(Deadline(title=str(r.title), due_on=r.due_date, computed_due_on=r.computed_date,
                                             rule_id=r.rule_id, rule_key=key, description=text))
            changes.append(Change(key, "added", None, r.due_date))
            continue
        if row.computed_due_on != r.computed_date:
            changes.append(Change(key, "moved", row.computed_due_on, r.computed_date))
            row.computed_due_on = r.computed_date
            if not row.override_reason:
                row.due_on = r.computed_date
        if row.title != r.title:
            row.title = str(r.title)
        if row.description != text:
            row.description = text
    for key, row in rows.items():
        if key not in results and row.status == E.DeadlineStatus.OPEN:
            row.soft_delete()
            changes.append(Change(key, "removed", row.due_on, None))
    for c in changes:
        audit.record(session, f"deadline_{c.action}", "matters", matter_id,
                     detail=f"{c.key}: {c.old or '-'} -> {c.new or '-'} (facts changed; recomputed)")
    return changes


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


def _recompute_loaded(session: Session, matter_ids: list[str]) -> None:
    """Recompute a chunk of matters, loading their facts in a few queries rather than per matter."""
    for matter in session.scalars(select(Matter).where(Matter.id.in_(matter_ids)).options(
            selectinload(Matter.events), selectinload(Matter.deadlines),
            selectinload(Matter.client).selectinload(Client.entries))):
        if matter.deleted_at is None:
            recompute(session, matter.id)


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


def recompute_stale(vault, chunk: int = 500) -> int:
    """Recompute every matter marked stale, a chunk per transaction; returns how many."""
    with vault.session() as s:
        rows = s.execute(select(VaultMeta.key, VaultMeta.value).where(VaultMeta.key.like(f"{_STALE}:%"))).all()
    pending = sorted({i for _key, value in rows for i in json.loads(value)})
    for i in range(0, len(pending), chunk):  # recomputing twice is harmless if this is interrupted
        with vault.session() as s:
            _recompute_loaded(s, pending[i:i + chunk])
    if rows:
        with vault.session() as s:
            s.execute(delete(VaultMeta).where(VaultMeta.key.in_([key for key, _ in rows])))
    return len(pending)


def _forget(session: Session, *_args) -> None:
    session.info.pop("deadline_touched", None)


def install(session_class) -> None:
    """Attach the hooks to a new sessionmaker (once; see ``audit.install`` on why unguarded)."""
    event.listen(session_class, "before_flush", _note_touched)
    event.listen(session_class, "before_commit", _recompute_touched)
    event.listen(session_class, "after_soft_rollback", _forget)
