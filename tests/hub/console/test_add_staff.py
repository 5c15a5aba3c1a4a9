"""``workbench-hub add-staff``: the first admin account from the command line."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from workbench.hub.cli import main
from workbench.hub.console import passwords
from workbench.hub.models import StaffAccount


def _run(hub_db, *args) -> int:
    db, keys, _ = hub_db
    return main(["--db", db.url, "--keys", str(keys), *args])


def test_add_staff_hashes_the_password_and_refuses_what_it_should(hub_db, monkeypatch, capsys):
    db = hub_db[0]
    monkeypatch.setenv("WORKBENCH_HUB_STAFF_PASSWORD", "a long staff password 1")
    assert _run(hub_db, "add-staff", "Lead@Org.example", "--role", "admin") == 0
    with db.read() as s:
        row = s.scalar(select(StaffAccount))
    assert (row.email, row.role, row.totp_secret) == ("lead@org.example", "admin", None)
    assert row.password_hash.startswith("$argon2id$") and "a long staff password 1" not in row.password_hash
    assert passwords.check(row.password_hash, "a long staff password 1")
    assert _run(hub_db, "add-staff", "lead@org.example", "--role", "reporter") == 1
    assert "already exists" in capsys.readouterr().err
    monkeypatch.setenv("WORKBENCH_HUB_STAFF_PASSWORD", "short")
    assert _run(hub_db, "add-staff", "b@org.example", "--role", "reporter") == 1
    assert "at least 12 characters" in capsys.readouterr().err
    monkeypatch.delenv("WORKBENCH_HUB_STAFF_PASSWORD")
    monkeypatch.setattr("sys.stdin", None)
    assert _run(hub_db, "add-staff", "c@org.example", "--role", "reporter") == 1
    assert "WORKBENCH_HUB_STAFF_PASSWORD" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        _run(hub_db, "add-staff", "d@org.example", "--role", "owner")
    assert exit_.value.code == 2
    with db.read() as s:
        assert [e for e, in s.execute(select(StaffAccount.email))] == ["lead@org.example"]
