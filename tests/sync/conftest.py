"""The device-side sync tests use the same real hubs as tests/hub (SQLite and PostgreSQL)."""

from tests.hub.conftest import db_url, hub, hub_db, pg_server  # noqa: F401  (fixtures)
