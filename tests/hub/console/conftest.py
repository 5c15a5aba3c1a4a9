"""Console fixtures: the real hub of tests/hub (SQLite and PostgreSQL), staff accounts of each
role, and logged-in staff clients."""

from __future__ import annotations

import pytest

from tests.hub.conftest import db_url, hub, hub_db, pg_server  # noqa: F401  (fixtures)
from workbench.hub.console.staff import add_staff

from .support import PASSWORD, StaffClient


@pytest.fixture
def staff(hub):
    """Accounts of the three roles on the hub, and a factory of clients logged in as each."""
    for role in ("admin", "coordinator", "reporter"):
        add_staff(hub.db, f"{role}@org.example", role, PASSWORD)
    clients = []

    def client(role: str, *, login: bool = True) -> StaffClient:
        c = StaffClient(hub.url, f"{role}@org.example")
        clients.append(c)
        return c.login() if login else c

    yield client
    for c in clients:
        c.close()
