"""Every local change lands in the sync outbox in the same transaction, with old and new values."""

from datetime import date

from sqlalchemy import select

from tests.support.vaults import add_sample_matter
from workbench.core import outbox
from workbench.core.model import Matter, Note, OutboxEntry, enums as E


def test_changes_are_queued_with_old_and_new_values(make_vault):
    vault, _ = make_vault()
    matter_id = add_sample_matter(vault)
    with vault.session() as s:
        created = {(e.entity, e.op) for e in outbox.pending(s)}
    assert {("clients", "create"), ("matters", "create"), ("events", "create"), ("notes", "create")} <= created
    with vault.session() as s:
        m = s.get(Matter, matter_id)
        m.server_version = 7  # as if the hub had seen it
    with vault.session() as s:
        m = s.get(Matter, matter_id)
        m.stage = E.MatterStage.FILED
        m.asylum_filed_on = date(2026, 11, 20)
    with vault.session() as s:
        last = s.scalars(select(OutboxEntry).where(OutboxEntry.entity == "matters")
                         .order_by(OutboxEntry.seq.desc())).first()
        assert last.op == "update" and last.base_version == 7
        assert last.changes == {"stage": ["intake", "filed"], "asylum_filed_on": [None, "2026-11-20"]}
    with vault.session() as s:
        s.scalars(select(Note)).first().soft_delete()
    with vault.session() as s:
        last = s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq.desc())).first()
        assert last.entity == "notes" and last.op == "delete"
        ids = [e.mutation_id for e in s.scalars(select(OutboxEntry))]
        assert len(ids) == len(set(ids))


def test_a_rolled_back_change_leaves_no_mutation(make_vault):
    vault, _ = make_vault()
    matter_id = add_sample_matter(vault)
    with vault.session() as s:
        before = len(outbox.pending(s))
    try:
        with vault.session() as s:
            s.get(Matter, matter_id).judge = "Hon. Nobody"
            s.flush()
            raise RuntimeError("abort")
    except RuntimeError:
        pass
    with vault.session() as s:
        assert len(outbox.pending(s)) == before
