"""The batch recompute (``deadline_store.recompute_many``, what a sync runs) against the ORM path.

One vault is filled with varied matters (every kind, random facts, hearings, notices, biometrics,
entries, overrides, finished and manual deadlines), its deadlines computed by the automatic
recompute; then facts are changed behind the hooks' back (raw SQL, bulk inserts) so that stale
rows must be added, moved, retitled, re-explained or tombstoned. Three copies of that vault are
recomputed with ``recompute_stale``: by the batch path, by the current ORM path and by the
implementation before the batch path existed (its facts_for, compute_for and recompute, copied
below). The stored deadlines, the audit entries and the outbox must come out the same, matter by
matter.
"""

from __future__ import annotations

import random
import shutil
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import selectinload

from tests.support.vaults import PASSPHRASE
from workbench.core.vault import audit
from workbench.core.deadlines import store as deadline_store
from workbench.core.vault.bulk import insert_rows
from workbench.core.deadlines import (RULES, BiometricsAppointment, Hearing, HearingKind, MatterFacts, NoticeKind,
                                      Override, UscisNotice, compute_deadlines)
from workbench.core.model import AuditEntry, Client, Deadline, Entry, Event, Matter, OutboxEntry, utcnow, enums as E
from workbench.core.vault.store import Vault

TODAY = date.today()  # the automatic recompute of the setup uses today's date, so the test does too


def _d(days: int) -> date:
    return TODAY + timedelta(days=days)


# ----------------------------------------------------------------------------- the previous implementation
def _legacy_facts_for(matter: Matter, today: date) -> MatterFacts:
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
        track=deadline_store.rule_track(matter),
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


def _legacy_compute_for(matter: Matter, today: date):
    rules = [r for r in RULES if not (matter.kind in deadline_store._NON_ASYLUM_REMOVAL
                                      and r.id in deadline_store._ASYLUM_ONLY)]
    overrides = {d.rule_key: Override(d.due_on, d.override_reason) for d in matter.deadlines
                 if d.rule_key and d.override_reason and d.deleted_at is None}
    return compute_deadlines(_legacy_facts_for(matter, today), overrides, None, rules)


def _legacy_recompute(session, matter_id: str, today: date) -> list:
    Change = deadline_store.Change
    matter = session.get(Matter, matter_id)
    results = {r.key: r for r in _legacy_compute_for(matter, today) if r.due_date is not None}
    rows = {d.rule_key: d for d in matter.deadlines if d.rule_key and d.deleted_at is None}
    changes = []
    for key, r in results.items():
        row = rows.get(key)
        text_ = r.explanation.as_text()
        if row is None:
            matter.deadlines.append(Deadline(title=str(r.title), due_on=r.due_date, computed_due_on=r.computed_date,
                                             rule_id=r.rule_id, rule_key=key, description=text_))
            changes.append(Change(key, "added", None, r.due_date))
            continue
        if row.computed_due_on != r.computed_date:
            changes.append(Change(key, "moved", row.computed_due_on, r.computed_date))
            row.computed_due_on = r.computed_date
            if not row.override_reason:
                row.due_on = r.computed_date
        if row.title != r.title:
            row.title = str(r.title)
        if row.description != text_:
            row.description = text_
    for key, row in rows.items():
        if key not in results and row.status == E.DeadlineStatus.OPEN:
            row.soft_delete()
            changes.append(Change(key, "removed", row.due_on, None))
    for c in changes:
        audit.record(session, f"deadline_{c.action}", "matters", matter_id,
                     detail=f"{c.key}: {c.old or '-'} -> {c.new or '-'} (facts changed; recomputed)")
    return changes


def _legacy_many(session, matter_ids, today=None, settings=None):
    out = []
    for matter in session.scalars(select(Matter).where(Matter.id.in_(matter_ids)).options(
            selectinload(Matter.events), selectinload(Matter.deadlines),
            selectinload(Matter.client).selectinload(Client.entries))):
        if matter.deleted_at is None:
            out += _legacy_recompute(session, matter.id, today or TODAY)
    return out


def _orm_many(session, matter_ids, today=None, settings=None):
    deadline_store._recompute_loaded(session, matter_ids, today, settings)
    return []


# ----------------------------------------------------------------------------- a varied vault
def _maybe(rng: random.Random, value, p: float = 0.5):
    return value if rng.random() < p else None


def _build(vault, rng: random.Random) -> list[str]:
    """Matters of every kind with random facts; the automatic recompute stores their deadlines."""
    ids = []
    kinds = list(E.MatterKind) + [E.MatterKind.AFFIRMATIVE_ASYLUM, E.MatterKind.DEFENSIVE_ASYLUM] * 3
    for n in range(80):
        kind = kinds[n % len(kinds)]
        with vault.session() as s:
            client = Client(family_name=f"Family{n}", given_name="Ana",
                            date_of_birth=_maybe(rng, _d(-rng.randint(14 * 365, 30 * 365)), 0.7),
                            custody_status=rng.choice([E.CustodyStatus.NOT_DETAINED, E.CustodyStatus.DETAINED,
                                                       E.CustodyStatus.RELEASED]))
            client.entries = [Entry(entry_date=_maybe(rng, _d(-rng.randint(30, 1500)), 0.8), place="El Paso, TX")
                              for _ in range(rng.randint(0, 3))]
            oral = rng.choice([True, False, None])
            matter = Matter(
                client=client, kind=kind, matter_number=f"M-{n}", detained_docket=rng.random() < 0.2,
                ij_decision_on=_maybe(rng, _d(-rng.randint(1, 60))), ij_decision_oral=oral,
                ij_decision_served_on=_maybe(rng, _d(-rng.randint(0, 20)), 0.3),
                bia_final_order_on=_maybe(rng, _d(-rng.randint(1, 40)), 0.2),
                asylum_filed_on=_maybe(rng, _d(-rng.randint(1, 400))),
                asylum_granted_on=_maybe(rng, _d(-rng.randint(1, 500)), 0.4),
                sijs_state_order_on=_maybe(rng, _d(-rng.randint(1, 100)), 0.4),
                supp_b_signed_on=_maybe(rng, _d(-rng.randint(1, 200)), 0.5),
                unaccompanied_child=rng.random() < 0.3)
            for _ in range(rng.randint(0, 6)):
                what = rng.choice(["hearing", "hearing", "notice", "biometrics", "filing"])
                if what == "hearing":
                    matter.events.append(Event(
                        kind=E.EventKind.HEARING, title="Hearing", on_date=_d(rng.randint(-30, 200)),
                        hearing_type=rng.choice([E.HearingType.MASTER, E.HearingType.INDIVIDUAL, None]),
                        judge_set_due_on=_maybe(rng, _d(rng.randint(1, 100)), 0.3)))
                elif what == "notice":
                    matter.events.append(Event(
                        kind=E.EventKind.NOTICE, title="Notice", on_date=_d(-rng.randint(0, 30)),
                        notice_type=rng.choice(["RFE", "rfe", "NOID", "noid", "ITN", None]),
                        response_due_on=_maybe(rng, _d(rng.randint(-10, 90)), 0.8)))
                elif what == "biometrics":
                    matter.events.append(Event(kind=E.EventKind.BIOMETRICS, title="Biometrics",
                                               on_date=_d(rng.randint(-20, 60))))
                else:
                    matter.events.append(Event(kind=E.EventKind.FILING, title="Filed", on_date=_d(-5)))
            s.add(matter)
            s.flush()
            ids.append(matter.id)
    # overrides, finished and manual deadlines, a tombstoned twin of a live row
    with vault.session() as s:
        rows = s.scalars(select(Deadline).where(Deadline.rule_key.is_not(None))).all()
    rng.shuffle(rows)
    for row in rows[:25]:
        with vault.session() as s:
            deadline_store.override(s, row.id, row.due_on - timedelta(days=rng.randint(1, 9)), "file early")
    with vault.session() as s:
        for row in rows[25:35]:
            s.get(Deadline, row.id).status = rng.choice([E.DeadlineStatus.DONE, E.DeadlineStatus.WAIVED])
        for mid in ids[::7]:
            s.add(Deadline(matter_id=mid, title="Call the client", due_on=_d(3)))
        twin = rows[40]
        s.add(Deadline(matter_id=twin.matter_id, title="old copy", due_on=twin.due_on, rule_id=twin.rule_id,
                       rule_key=twin.rule_key, computed_due_on=twin.computed_due_on, override_reason="old",
                       deleted_at=utcnow()))
    return ids


def _change_facts_behind_the_hooks(vault, ids: list[str], rng: random.Random) -> None:
    """Facts change without the automatic recompute (as a sync's bulk inserts do)."""
    pick = lambda k: rng.sample(ids, k)  # noqa: E731
    with vault.engine.begin() as conn:
        def run(sql, some):
            conn.execute(text(sql), [{"id": i} for i in some])

        run("UPDATE matters SET ij_decision_on = date(ij_decision_on, '+3 days') WHERE id = :id", pick(20))
        run("UPDATE matters SET ij_decision_on = NULL, ij_decision_oral = NULL WHERE id = :id", pick(10))
        run("UPDATE matters SET kind = 'cancellation_of_removal' WHERE id = :id AND kind = 'defensive_asylum'",
            pick(30))
        run("UPDATE matters SET kind = 'adjustment_of_status' WHERE id = :id AND kind = 'affirmative_asylum'",
            pick(20))
        run("UPDATE matters SET supp_b_signed_on = date('now', '-40 days') WHERE id = :id", pick(15))
        run("UPDATE matters SET detained_docket = 1 - detained_docket WHERE id = :id", pick(15))
        run("UPDATE matters SET unaccompanied_child = 1 - unaccompanied_child WHERE id = :id", pick(15))
        run("UPDATE matters SET sijs_state_order_on = NULL WHERE id = :id", pick(15))
        run("UPDATE matters SET deleted_at = '2026-01-01T00:00:00.000000+00:00' WHERE id = :id", pick(2))
        run("UPDATE clients SET custody_status = 'detained' WHERE id = (SELECT client_id FROM matters WHERE id = :id)",
            pick(15))
        run("UPDATE clients SET date_of_birth = date(date_of_birth, '+11 days') "
            "WHERE id = (SELECT client_id FROM matters WHERE id = :id)", pick(20))
        run("UPDATE entries SET deleted_at = '2026-01-01T00:00:00.000000+00:00' "
            "WHERE client_id = (SELECT client_id FROM matters WHERE id = :id)", pick(10))
        run("UPDATE entries SET entry_date = date(entry_date, '+5 days') "
            "WHERE client_id = (SELECT client_id FROM matters WHERE id = :id)", pick(10))
        run("UPDATE events SET deleted_at = '2026-01-01T00:00:00.000000+00:00' "
            "WHERE matter_id = :id AND kind IN ('hearing', 'notice')", pick(15))
        run("UPDATE events SET on_date = date(on_date, '+8 days') WHERE matter_id = :id", pick(15))
        run("UPDATE events SET response_due_on = date(response_due_on, '+2 days') WHERE matter_id = :id", pick(15))
        run("UPDATE events SET hearing_type = 'individual' WHERE matter_id = :id AND kind = 'hearing'", pick(10))
        run("UPDATE deadlines SET title = 'Old title' WHERE matter_id = :id AND rule_key IS NOT NULL", pick(10))
        run("UPDATE deadlines SET description = 'Old explanation' WHERE matter_id = :id", pick(10))
        run("UPDATE deadlines SET computed_due_on = date(computed_due_on, '-1 day') "
            "WHERE matter_id = :id AND override_reason IS NOT NULL", ids)
    with vault.session() as s:  # bulk inserts skip the unit of work, so the hooks do not see them
        insert_rows(s, Event, [
            {"matter_id": i, "kind": rng.choice([E.EventKind.HEARING, E.EventKind.NOTICE, E.EventKind.BIOMETRICS]),
             "title": "new", "on_date": _d(rng.randint(1, 90)), "hearing_type": E.HearingType.INDIVIDUAL,
             "notice_type": "NOID", "response_due_on": _d(rng.randint(1, 90))} for i in pick(20)])
        insert_rows(s, Entry, [{"client_id": cid, "entry_date": _d(-rng.randint(10, 100))}
                               for cid in s.scalars(select(Matter.client_id).where(Matter.id.in_(pick(10))))])
    with vault.session() as s:
        deadline_store.mark_stale(s, {("matter", i) for i in ids} | {("matter", "no-such-matter")})


def _snapshot(vault, before_seq: int, known_ids: set[str]) -> dict:
    with vault.session() as s:
        rows = s.scalars(select(Deadline)).all()
        new_ids = {d.id: (d.matter_id, d.rule_key) for d in rows if d.id not in known_ids}
        deadlines = sorted(
            (d.matter_id, d.rule_key or "", d.id if d.id in known_ids else "new", d.rule_id or "", d.title,
             d.description or "", d.due_on, d.computed_due_on or date.min, d.override_reason or "", str(d.status),
             d.completed_on or date.min, d.deleted_at is not None, d.row_version, d.server_version or 0)
            for d in rows)
        entries = sorted(
            (a.action, a.entity, str(new_ids.get(a.entity_id, a.entity_id)), tuple(a.fields or ()), a.detail or "",
             a.actor)
            for a in s.scalars(select(AuditEntry).where(AuditEntry.seq > before_seq)))
        assert audit.verify_chain(s) == []
        outbox = s.scalar(select(func.count()).select_from(OutboxEntry))
        stale = s.scalar(text("SELECT count(*) FROM vault_meta WHERE key LIKE 'deadlines_stale:%'"))
    return {"deadlines": deadlines, "audit": entries, "outbox": outbox, "stale": stale}


@pytest.fixture(scope="module")
def recomputed(tmp_path_factory):
    """{implementation: (count returned, snapshot)} for the same stale vault."""
    root = tmp_path_factory.mktemp("batch")
    vault, _ = Vault.create(root / "source", PASSPHRASE, store=None, calibrate=False)
    rng = random.Random(20261121)
    try:
        ids = _build(vault, rng)
        _change_facts_behind_the_hooks(vault, ids, rng)
        with vault.session() as s:
            before_seq = s.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1))
            known = set(s.scalars(select(Deadline.id)))
    finally:
        vault.close()
    out = {}
    implementations = {"batch": deadline_store.recompute_many, "orm": _orm_many, "legacy": _legacy_many}
    for name, many in implementations.items():
        shutil.copytree(root / "source", root / name)
        copy = Vault.open(root / name, PASSPHRASE, store=None, auto_backup=False)
        try:
            with pytest.MonkeyPatch.context() as mp:
                mp.setattr(deadline_store, "recompute_many", many)
                count = deadline_store.recompute_stale(copy, chunk=17, today=TODAY)
            out[name] = (count, _snapshot(copy, before_seq, known))
            if name == "batch":  # a second pass finds nothing to do
                with copy.session() as s:
                    assert deadline_store.recompute_many(s, ids, TODAY) == []
                    assert _snapshot(copy, before_seq, known) == out[name][1]
        finally:
            copy.close()
    return out


def test_the_setup_exercises_every_kind_of_change(recomputed):
    _count, snap = recomputed["batch"]
    actions = {a[0] for a in snap["audit"]}
    assert {"deadline_added", "deadline_moved", "deadline_removed", "create", "update", "delete"} <= actions
    updates = {a[3] for a in snap["audit"] if a[0] == "update"}
    assert ("description",) in updates and any("title" in f for f in updates)
    assert ("computed_due_on", "description") in updates  # an overridden row keeps its date
    assert any(d[8] and d[11] for d in snap["deadlines"])  # an overridden row tombstoned
    assert any(d[9] != "open" and not d[11] for d in snap["deadlines"])  # finished ones are kept
    assert snap["stale"] == 0


@pytest.mark.parametrize("reference", ["orm", "legacy"])
def test_batch_recompute_stores_what_the_orm_path_stores(recomputed, reference):
    count, snap = recomputed["batch"]
    ref_count, ref = recomputed[reference]
    assert count == ref_count == 81
    assert snap["outbox"] == ref["outbox"]
    by_matter, ref_by_matter = {}, {}
    for rows, out in ((snap["deadlines"], by_matter), (ref["deadlines"], ref_by_matter)):
        for row in rows:
            out.setdefault(row[0], []).append(row)
    assert by_matter.keys() == ref_by_matter.keys()
    for matter_id, rows in by_matter.items():
        assert rows == ref_by_matter[matter_id], matter_id
    assert snap["audit"] == ref["audit"]
