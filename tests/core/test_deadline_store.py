"""Deadlines in the vault: computed from stored facts, recomputed on change, overrides kept and
audited. Dates are hand-computed in the comments."""

from datetime import date

import icalendar
import pytest
from sqlalchemy import select

from workbench.core.deadlines import store as deadline_store
from workbench.core.queries.calendar_export import export_ics
from workbench.core.errors import ValidationError
from workbench.core.model import AuditEntry, Client, Deadline, Entry, Event, Matter, enums as E

TODAY = date(2026, 11, 21)


def _deadlines(vault, matter_id):
    with vault.session() as s:
        rows = s.scalars(select(Deadline).where(Deadline.matter_id == matter_id, Deadline.deleted_at.is_(None))).all()
        return {d.rule_key: d for d in rows}


def _matter(vault, **fields):
    client_fields = fields.pop("client", {})
    entries = fields.pop("entries", [])
    with vault.session() as s:
        c = Client(family_name="Rivera", given_name="Ana", **client_fields)
        c.entries = [Entry(entry_date=d, place="El Paso, TX") for d in entries]
        m = Matter(client=c, matter_number="NIJC-1", **fields)
        s.add(m)
        s.flush()
        return m.id


def test_one_year_deadline_follows_the_last_arrival(make_vault):
    vault, _ = make_vault()
    # last arrival Sun 2026-03-15 -> one year later Mon 2027-03-15, a business day
    mid = _matter(vault, kind=E.MatterKind.AFFIRMATIVE_ASYLUM, entries=[date(2025, 1, 2), date(2026, 3, 15)])
    assert _deadlines(vault, mid)["asylum.one_year"].due_on == date(2027, 3, 15)
    with vault.session() as s:  # a later entry moves the clock: Wed 2026-04-01 -> Thu 2027-04-01
        matter = s.get(Matter, mid)
        matter.client.entries.append(Entry(entry_date=date(2026, 4, 1)))
    row = _deadlines(vault, mid)["asylum.one_year"]
    assert row.due_on == date(2027, 4, 1) and row.computed_due_on == date(2027, 4, 1)
    with vault.session() as s:
        details = [a.detail for a in s.scalars(select(AuditEntry).where(AuditEntry.action == "deadline_moved"))]
    assert details == ["asylum.one_year: 2027-03-15 -> 2027-04-01 (facts changed; recomputed)"]


def test_bia_appeal_rolls_past_thanksgiving_and_overrides_survive(make_vault):
    vault, _ = make_vault()
    # oral decision Tue 2026-10-27 + 30 days = Thu 2026-11-26, Thanksgiving -> Fri 2026-11-27
    mid = _matter(vault, kind=E.MatterKind.DEFENSIVE_ASYLUM, ij_decision_on=date(2026, 10, 27), ij_decision_oral=True)
    appeal = _deadlines(vault, mid)["bia.appeal"]
    assert appeal.due_on == date(2026, 11, 27)
    assert "1003.38" in appeal.description and "Thanksgiving" in appeal.description
    with vault.session() as s:
        deadline_store.override(s, appeal.id, date(2026, 11, 20), "file a week early: courier to Falls Church")
    with pytest.raises(ValidationError), vault.session() as s:
        deadline_store.override(s, appeal.id, date(2026, 11, 20), "  ")
    # decision date corrected to Fri 2026-10-30: + 30 = Sun 2026-11-29 -> Mon 2026-11-30
    with vault.session() as s:
        s.get(Matter, mid).ij_decision_on = date(2026, 10, 30)
    appeal = _deadlines(vault, mid)["bia.appeal"]
    assert appeal.computed_due_on == date(2026, 11, 30)
    assert appeal.due_on == date(2026, 11, 20) and appeal.override_reason.startswith("file a week early")
    with vault.session() as s:
        matter = s.get(Matter, mid)
        result = next(r for r in deadline_store.compute_for(matter, TODAY) if r.rule_id == "bia.appeal")
        assert result.is_overridden and result.computed_date == date(2026, 11, 30)
        actions = s.scalars(select(AuditEntry.action)).all()
    assert "deadline_override" in actions and "deadline_moved" in actions
    with vault.session() as s:
        deadline_store.clear_override(s, appeal.id)
    assert _deadlines(vault, mid)["bia.appeal"].due_on == date(2026, 11, 30)


def test_a_rule_that_no_longer_applies_is_tombstoned_and_manual_deadlines_stay(make_vault):
    vault, _ = make_vault()
    mid = _matter(vault, kind=E.MatterKind.DEFENSIVE_ASYLUM, ij_decision_on=date(2026, 10, 27), ij_decision_oral=True)
    with vault.session() as s:
        s.add(Deadline(matter_id=mid, title="Call the client", due_on=date(2026, 12, 1)))
    with vault.session() as s:
        m = s.get(Matter, mid)
        m.ij_decision_on, m.ij_decision_oral = None, None
    rows = _deadlines(vault, mid)
    assert "bia.appeal" not in rows and rows[None].title == "Call the client"


def test_prehearing_filing_counts_back_from_an_individual_hearing(make_vault):
    vault, _ = make_vault()
    mid = _matter(vault, kind=E.MatterKind.DEFENSIVE_ASYLUM)
    with vault.session() as s:
        # individual hearing Tue 2027-02-16; 30 days before (EOIR Policy Manual, engine default) is
        # Sun 2027-01-17 -> counted-back dates move to the preceding business day, Fri 2027-01-15
        s.add(Event(matter_id=mid, kind=E.EventKind.HEARING, hearing_type=E.HearingType.INDIVIDUAL,
                    title="Individual hearing", on_date=date(2027, 2, 16)))
    rows = _deadlines(vault, mid)
    key = next(k for k in rows if k and k.startswith("court.prehearing_filing.individual"))
    assert rows[key].due_on == date(2027, 1, 15)


def test_sijs_age_out_and_rfe(make_vault):
    vault, _ = make_vault()
    # born Thu 2008-03-01: 21st birthday Thu 2029-03-01; the engine's last safe day is the day before
    mid = _matter(vault, kind=E.MatterKind.SIJS, client={"date_of_birth": date(2008, 3, 1)})
    rows = _deadlines(vault, mid)
    assert rows["sijs.age_out"].due_on == date(2029, 2, 28)
    with vault.session() as s:
        s.add(Event(matter_id=mid, kind=E.EventKind.NOTICE, notice_type="RFE", title="RFE received",
                    on_date=date(2026, 11, 2), response_due_on=date(2027, 1, 29)))
    rows = _deadlines(vault, mid)
    assert any(k.startswith("uscis.rfe_response") and d.due_on == date(2027, 1, 29) for k, d in rows.items() if k)
    with vault.session() as s:  # a birth-date correction on the client recomputes the matter
        matter = s.get(Matter, mid)
        matter.client.date_of_birth = date(2008, 3, 2)
    assert _deadlines(vault, mid)["sijs.age_out"].due_on == date(2029, 3, 1)


def test_calendar_export_leaves_client_names_out(make_vault):
    vault, _ = make_vault()
    mid = _matter(vault, kind=E.MatterKind.DEFENSIVE_ASYLUM, ij_decision_on=date(2026, 10, 27), ij_decision_oral=True)
    with vault.session() as s:
        s.add(Event(matter_id=mid, kind=E.EventKind.HEARING, title="Master hearing", on_date=date(2027, 1, 5)))
    with vault.session() as s:
        data = export_ics(s)
        named = export_ics(s, [mid], include_client_names=True)
    cal = icalendar.Calendar.from_ical(data)
    events = [c for c in cal.walk("VEVENT")]
    summaries = " ".join(str(e.get("summary")) for e in events)
    assert "Rivera" not in data.decode() and "NIJC-1" in summaries
    starts = {e.decoded("dtstart") for e in events}
    assert date(2026, 11, 27) in starts and date(2027, 1, 5) in starts
    assert "Rivera" in named.decode()


def test_a_sync_recomputes_stale_matters_in_batches_with_the_same_audit_trail(make_vault):
    from workbench.core.vault import audit
    from workbench.core.vault.bulk import insert_rows
    from workbench.core.model import OutboxEntry

    vault, _ = make_vault()
    with vault.session() as s:  # as a pull inserts them: no unit of work, so no automatic recompute
        cid = insert_rows(s, Client, [{"family_name": "Rivera", "given_name": "Ana"}])[0]
        mid = insert_rows(s, Matter, [{"client_id": cid, "kind": E.MatterKind.DEFENSIVE_ASYLUM,
                                       "ij_decision_on": date(2026, 10, 27), "ij_decision_oral": True}])[0]
        deadline_store.mark_stale(s, {("client", cid)})
    assert _deadlines(vault, mid) == {}
    assert deadline_store.recompute_stale(vault, today=TODAY) == 1
    appeal = _deadlines(vault, mid)["bia.appeal"]  # Thu 2026-11-26 is Thanksgiving -> Fri 2026-11-27
    assert appeal.due_on == appeal.computed_due_on == date(2026, 11, 27) and appeal.row_version == 1
    assert "Thanksgiving" in appeal.description
    with vault.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity_id.in_([mid, appeal.id]))).all()
        added = [(a.action, a.detail) for a in entries if a.entity == "matters"]
        assert ("deadline_added", "bia.appeal: - -> 2026-11-27 (facts changed; recomputed)") in added
        assert {action for action, _ in added} == {"deadline_added"} and len(added) == len(_deadlines(vault, mid))
        assert ("create", "deadlines") in [(a.action, a.entity) for a in entries if a.entity_id == appeal.id]
        assert audit.verify_chain(s) == []
        assert s.scalars(select(OutboxEntry).where(OutboxEntry.entity == "deadlines")).all() == []
    assert deadline_store.recompute_stale(vault) == 0  # nothing left stale
    with vault.session() as s:  # the ORM path, after an edit in the app, sees the rows the batch wrote
        s.get(Matter, mid).ij_decision_on = date(2026, 10, 30)
    assert _deadlines(vault, mid)["bia.appeal"].due_on == date(2026, 11, 30)
