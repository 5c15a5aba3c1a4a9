"""Every local change lands in the sync outbox in the same transaction, with old and new values."""

from datetime import date

from sqlalchemy import select

from tests.support.vaults import add_sample_matter
from workbench.core.sync import outbox
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


def test_hooks_reach_every_new_sessionmaker_even_at_a_reused_address(make_vault):
    """SQLAlchemy's event registry keys on the sessionmaker's id() and keeps the key while the old
    Session class awaits the cycle collector. A guard built on ``event.contains`` once made a vault
    opened at a reused address skip its outbox, audit and deadline hooks (CI saw an empty outbox).
    Each round here builds a sessionmaker the way a vault does, drops it, and checks it recorded."""
    import gc

    from sqlalchemy.orm import sessionmaker

    from workbench.core.vault import audit
    from workbench.core.deadlines import store as deadline_store
    from workbench.core.model import AuditEntry

    vault, _ = make_vault()
    matter_id = add_sample_matter(vault)
    gc.disable()  # a freed sessionmaker's address is reused at once; its Session class lingers
    try:
        for round_ in range(6):
            sessions = sessionmaker(vault.engine, expire_on_commit=False)
            for hooks in (audit, outbox, deadline_store):
                hooks.install(sessions)
            with sessions() as s, s.begin():
                before = (len(outbox.pending(s)), s.query(AuditEntry).count())
                s.add(Note(matter_id=matter_id, body=f"round {round_}"))
                s.flush()
                after = (len(outbox.pending(s)), s.query(AuditEntry).count())
            assert after[0] == before[0] + 1 and after[1] > before[1], f"round {round_}: {before} -> {after}"
            del sessions
    finally:
        gc.enable()
