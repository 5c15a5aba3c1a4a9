"""The audit log and the client-record access log are append-only in the database itself."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from workbench.hub.console import audit
from workbench.hub.console.staff import add_staff
from workbench.hub.models import AuditEntry, RecordAccess


@pytest.mark.parametrize("statement", ["UPDATE {t} SET address = 'forged'", "DELETE FROM {t}"])
def test_the_database_refuses_to_rewrite_either_log(hub_db, statement):
    db, _, _ = hub_db
    who = add_staff(db, "admin@org.example", "admin", "a long staff password 1")
    audit.record(db, "login", staff=who, address="127.0.0.1")
    audit.client_viewed(db, who, "client-1", "matter-1", "127.0.0.1")
    for table in ("staff_audit_log", "client_access_log"):
        with pytest.raises(DBAPIError, match="append-only"):
            with db.session() as s:
                s.execute(text(statement.format(t=table)))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 2  # login + client.view
        assert s.scalar(select(RecordAccess.address)) == "127.0.0.1"


def test_postgresql_refuses_truncate_too(hub_db):
    db, _, _ = hub_db
    if not db.is_postgres:
        pytest.skip("SQLite has no TRUNCATE")
    audit.record(db, "login", address="127.0.0.1")
    with pytest.raises(DBAPIError, match="append-only"):
        with db.session() as s:
            s.execute(text("TRUNCATE staff_audit_log"))
