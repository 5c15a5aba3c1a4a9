"""The device-side sync tests use the same real hubs as tests/hub (SQLite and PostgreSQL)."""

import pytest

from tests.hub.conftest import db_url, hub, hub_db, pg_server  # noqa: F401  (fixtures)


PW = "device passphrase long enough"
EMAIL = "volunteer@firm.example"


@pytest.fixture
def devices(hub, tmp_path):
    """Two vaults ("laptop", "desktop") of one attorney, enrolled with the hub."""
    from workbench.core.sync.client import enroll
    from workbench.core.vault.store import Vault

    hub.attorney(EMAIL)
    vaults = []
    for name in ("laptop", "desktop"):
        v, _ = Vault.create(tmp_path / name, PW, store=None, calibrate=False)
        enroll(v, hub.url, hub.code(EMAIL), name)
        vaults.append(v)
    yield vaults
    for v in vaults:
        v.close()
