"""The audit log records every change, and its hash chain exposes tampering."""

from sqlalchemy import select, text

from tests.support.vaults import add_sample_matter
from workbench.core.vault import audit
from workbench.core.model import AuditEntry, Client, Matter, enums


def test_every_change_is_recorded(make_vault):
    vault, _ = make_vault()
    matter_id = add_sample_matter(vault)
    with vault.session() as s:
        m = s.get(Matter, matter_id)
        m.stage = enums.MatterStage.FILED
        m.judge = "Hon. A. Judge"
    with vault.session() as s:
        s.get(Matter, matter_id).soft_delete()
    with vault.session() as s:
        entries = s.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
    actions = [(e.action, e.entity) for e in entries]
    assert ("create", "clients") in actions and ("create", "matters") in actions
    assert ("create", "events") in actions and ("create", "notes") in actions
    update = next(e for e in entries if e.action == "update")
    assert update.entity_id == matter_id and update.fields == ["judge", "stage"]
    assert entries[-1].action == "delete" and entries[-1].fields == ["deleted_at"]
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    assert all(e.actor for e in entries)
    with vault.session() as s:
        assert audit.verify_chain(s) == []


def test_tampering_is_detected(make_vault):
    vault, _ = make_vault()
    add_sample_matter(vault)
    add_sample_matter(vault, family="Second")
    with vault.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET action = 'read' WHERE seq = 2"))
    with vault.session() as s:
        problems = audit.verify_chain(s)
    assert any("entry 2 was altered" in p for p in problems)
    with vault.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE seq = 3"))
    report = vault.check()
    assert not report.ok and any("missing" in p for _, p in report.problems)


def test_rolled_back_changes_leave_no_entry(make_vault):
    vault, _ = make_vault()
    add_sample_matter(vault)
    try:
        with vault.session() as s:
            s.scalars(select(Client)).one().religion = "changed"
            s.flush()
            raise RuntimeError("abort")
    except RuntimeError:
        pass
    add_sample_matter(vault, family="After")  # the chain continues without a gap
    with vault.session() as s:
        assert audit.verify_chain(s) == []
        assert "update" not in s.scalars(select(AuditEntry.action)).all()
