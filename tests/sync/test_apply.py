"""Applying hub records without a hub: the set-based insert stores exactly what the ORM stores,
and the search index it builds set-based matches what the per-row triggers build."""

from datetime import date, datetime, time, timezone

import pytest
from sqlalchemy import func, select, text

from workbench.core.queries import search
from workbench.core.model import Client, Event, Matter, Note, OutboxEntry, enums as E
from workbench.core.sync.apply import apply_changes
from workbench.core.vault.store import Vault

PW = "device passphrase long enough"
_LOCAL = {"created_at", "updated_at", "row_version", "server_version", "blob_id"}


@pytest.fixture
def vaults(tmp_path):
    made = [Vault.create(tmp_path / name, PW, store=None, calibrate=False)[0] for name in ("origin", "copy")]
    yield made
    for v in made:
        v.close()


def _rich_records(vault) -> None:
    with vault.session() as s:
        client = Client(family_name="Ibrahim", given_name="Amina", middle_name="K", date_of_birth=date(1990, 4, 2),
                        other_names=["Amina K."], languages=["Arabic", "French"], interpreter_needed=True,
                        sex=E.Sex.FEMALE, a_number="012345678", notes="Prefers mornings.")
        matter = Matter(client=client, kind=E.MatterKind.DEFENSIVE_ASYLUM, matter_number="NIJC-77",
                        judge="Hon. A", detained_docket=True, attorneys=["R. Vega"], opened_on=date(2025, 1, 6),
                        summary="Fled threats.", unaccompanied_child=False)
        s.add(matter)
        s.flush()
        s.add(Event(matter_id=matter.id, kind=E.EventKind.HEARING, title="Master", on_date=date(2031, 1, 6),
                    at_time=time(9, 30), hearing_type=E.HearingType.MASTER))
        s.add(Note(matter_id=matter.id, title="Intake", body="Called the client about the hearing."))
        gone = Note(matter_id=matter.id, body="A tombstoned note: never indexed.")
        s.add(gone)
        s.flush()
        gone.deleted_at = datetime(2025, 2, 1, 12, 0, tzinfo=timezone.utc)


def _changes_from_outbox(vault) -> list[dict]:
    """The records as the hub would send them: the state after the outbox's mutations."""
    state: dict[tuple[str, str], dict] = {}
    with vault.session() as s:
        for e in s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)):
            data = state.setdefault((e.entity, e.entity_id), {"id": e.entity_id})
            data.update({k: new for k, (_old, new) in e.changes.items()})
    return [{"seq": i + 1, "entity": entity, "entity_id": rid, "server_version": i + 1, "deleted": False,
             "data": data} for i, ((entity, rid), data) in enumerate(state.items())]


def _rows(vault, table: str) -> dict[str, dict]:
    with vault.session() as s:
        result = s.execute(text(f"SELECT * FROM {table}"))
        return {r["id"]: {k: v for k, v in r.items() if k not in _LOCAL} for r in result.mappings()}


def test_new_records_are_stored_exactly_as_the_orm_stores_them(vaults):
    origin, copy = vaults
    _rich_records(origin)
    changes = _changes_from_outbox(origin)
    with copy.session() as s:
        counts = apply_changes(s, changes)
    assert counts["created"] == len(changes) and counts["updated"] == 0
    for table in ("clients", "matters", "events", "notes"):
        assert _rows(copy, table) == _rows(origin, table), table
    with copy.session() as s:
        stored = dict(s.execute(text("SELECT id, server_version FROM notes")).all())
        assert sorted(stored.values()) == sorted(c["server_version"] for c in changes if c["entity"] == "notes")
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0  # the hub's changes are not ours
        assert s.scalar(select(Client.languages)) == ["Arabic", "French"]


def _index(vault) -> list[tuple]:
    """What is indexed (the FTS table is contentless: its text is checked by searching)."""
    with vault.session() as s:
        docs = sorted(s.execute(text("SELECT kind, record_id, matter_id, client_id FROM search_docs")).all())
        assert s.execute(text("SELECT count(*) FROM search_docs d WHERE NOT EXISTS "
                              "(SELECT 1 FROM search_fts f WHERE f.rowid = d.id)")).scalar() == 0
        return docs


def _triggers(vault) -> dict[str, str]:
    with vault.session() as s:
        return dict(s.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")).all())


def test_search_index_built_set_based_matches_the_triggers(vaults):
    origin, copy = vaults
    _rich_records(origin)
    before = _triggers(copy)
    with copy.session() as s:
        apply_changes(s, _changes_from_outbox(origin))
    assert _triggers(copy) == before  # every trigger is back, verbatim
    assert _index(copy) == _index(origin)  # the tombstoned note is not indexed, as by the trigger
    with copy.session() as s:
        hits = {h.kind for word in ("Ibrahim", "Hon", "hearing") for h in search.search(s, word)}
        assert hits == {"client", "matter", "note"}
        assert search.search(s, "tombstoned") == []
        matter_id = s.scalar(select(Matter.id))
        s.add(Note(matter_id=matter_id, body="Written after the pull: zebra."))  # the trigger works again
    with copy.session() as s:
        assert [h.kind for h in search.search(s, "zebra")] == ["note"]


def test_a_changed_trigger_is_left_alone_and_still_indexes(vaults):
    origin, copy = vaults
    _rich_records(origin)
    with copy.session() as s:  # as if a later migration had redefined the trigger
        sql = s.execute(text("SELECT sql FROM sqlite_master WHERE name = 'search_notes_ai'")).scalar()
        s.execute(text("DROP TRIGGER search_notes_ai"))
        s.execute(text(sql.replace(" BEGIN ", "  BEGIN ")))
    changed = _triggers(copy)
    with copy.session() as s:
        apply_changes(s, _changes_from_outbox(origin))
    assert _triggers(copy) == changed
    assert _index(copy) == _index(origin)


def test_a_failing_batch_leaves_nothing_behind(vaults):
    origin, copy = vaults
    _rich_records(origin)
    changes = _changes_from_outbox(origin)
    broken = [c for c in changes if c["entity"] != "matters"]  # events and notes name a matter we lack
    before = _triggers(copy)
    with pytest.raises(Exception):
        with copy.session() as s:
            apply_changes(s, broken)
    assert _triggers(copy) == before
    for table in ("clients", "events", "notes"):
        assert _rows(copy, table) == {}
    assert _index(copy) == []


def test_existing_records_are_updated_field_by_field(vaults):
    origin, copy = vaults
    _rich_records(origin)
    changes = _changes_from_outbox(origin)
    with copy.session() as s:
        apply_changes(s, changes)
    matter = next(c for c in changes if c["entity"] == "matters")
    newer = {**matter, "server_version": 99, "data": {**matter["data"], "judge": "Hon. Bartholomew"}}
    with copy.session() as s:
        counts = apply_changes(s, [newer])
    assert counts == {"created": 0, "updated": 1, "skipped": 0, "stale": 0}
    with copy.session() as s:
        m = s.get(Matter, matter["entity_id"])
        assert (m.judge, m.server_version) == ("Hon. Bartholomew", 99)
        assert [h.kind for h in search.search(s, "Bartholomew")] == ["matter"]  # re-indexed by its trigger
