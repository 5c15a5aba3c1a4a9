"""Fixtures: a real hub (uvicorn on 127.0.0.1, free port) on SQLite and on PostgreSQL.

Every hub test runs once per backend. PostgreSQL comes from WORKBENCH_TEST_PG_URL, or from a
throwaway cluster started for the session (``tests/hub/pg.py``); each test gets a fresh
database. Without PostgreSQL the PostgreSQL runs are skipped, except on CI (``CI=true``),
where they fail: the production backend must not go untested silently.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from workbench.hub import admin
from workbench.hub.db import Database, normalize_url
from workbench.hub.enroll import issue_code
from workbench.hub.keys import HubKeys
from workbench.hub.server import ThreadedHub

from .pg import Cluster, PgUnavailable
from .support import Device


@pytest.fixture(scope="session")
def pg_server():
    url = os.environ.get("WORKBENCH_TEST_PG_URL")
    if url:
        yield normalize_url(url)
        return
    try:
        cluster = Cluster().start()
    except (PgUnavailable, OSError, subprocess.SubprocessError) as exc:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL is required on CI and could not be started: {exc}")
        pytest.skip(f"PostgreSQL is not available here: {exc}")
    yield cluster.url
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield str(tmp_path / "hub.sqlite3")
        return
    server = request.getfixturevalue("pg_server")
    name = "hub_" + uuid.uuid4().hex[:16]
    admin_engine = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin_engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
        with admin_engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin_engine.dispose()


@dataclass
class Hub:
    url: str
    db: Database
    keys_path: Path
    org_id: str
    keys: HubKeys
    devices: list = field(default_factory=list)
    app: object = None  # the ASGI app: tests may tighten app.state.failures / app.state.enrollments

    def attorney(self, email: str) -> str:
        return admin.add_attorney(self.db, self.org_id, email)

    def code(self, email: str) -> str:
        return issue_code(self.db, admin.attorney_id(self.db, email))[0]

    def device(self, email: str, *, enroll: bool = True) -> Device:
        device = Device(self.url)
        self.devices.append(device)
        if enroll:
            r = device.enroll(self.code(email))
            assert r.status_code == 200, r.text
        return device

    def assign(self, email: str, matter_id: str) -> int:
        return admin.assign(self.db, self.org_id, email, matter_id)


@pytest.fixture
def hub_db(db_url, tmp_path):
    db = Database(db_url)
    db.migrate()
    keys_path = tmp_path / "hub-keys.json"
    info = admin.init_org(db, keys_path, "Legal Aid Test")
    yield db, keys_path, info["organization_id"]
    db.dispose()


@pytest.fixture
def hub(hub_db):
    db, keys_path, org_id = hub_db
    server = ThreadedHub(db, keys_path).start()
    h = Hub(server.url, db, keys_path, org_id, HubKeys.load(keys_path), app=server.app)
    yield h
    for d in h.devices:
        d.close()
    server.stop()
