"""A hub whose database is gone (dropped, down, restarting) answers 503 with Retry-After and a
sentence, never a bare 500: the device keeps its outbox and tries again (issue 13)."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, make_url, text

from workbench.hub.guard import DATABASE_RETRY_SECONDS


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_requests_get_503_when_the_database_is_gone(hub, pg_server):
    hub.attorney("ana@firm.example")
    ana = hub.device("ana@firm.example")
    assert ana.pull().status_code == 200
    code = hub.code("ana@firm.example")
    name = make_url(hub.db.url).database
    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
    for answer in (ana.pull(),  # the device's cached identity: fails at the nonce (step 2)
                   ana.request("GET", "/v1/pull", params={"cursor": 0}, device_id="0" * 8 + "-0000-7000-8000-"
                                                                                     + "0" * 12),  # step 1
                   hub.device("ana@firm.example", enroll=False).enroll(code)):  # a route's own query
        assert answer.status_code == 503, answer.text
        assert answer.headers["retry-after"] == str(DATABASE_RETRY_SECONDS)
        assert "cannot reach its database" in answer.json()["error"]
