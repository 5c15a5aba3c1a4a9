"""Hub sync figures on loopback, each beside a reference measured in the same run.

* first pull of 10,000 matters (~100,000 records) by one device, in batches of 2,000, parsed as
  the device parses them (target <= 10 s); reference: one raw SQL SELECT of the same rows;
* a sync round with nothing to do: an empty push, a pull at the cursor, the conflicts list
  (target <= 50 ms, median of 20); reference: one unauthenticated ``/v1/health`` round trip.

The hub is the embedded default (SQLite); set WORKBENCH_BENCH_PG_URL to an empty PostgreSQL
database URL to measure PostgreSQL instead.
"""

from __future__ import annotations

import base64
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import insert, text, update

from workbench.core.sync.bundle_format import new_device_keys
from workbench.core.sync.auth import sign_headers

from workbench.hub import admin
from workbench.hub.db import Database
from workbench.hub.enroll import issue_code
from workbench.hub.models import Assignment, Organization, Record
from workbench.hub.server import ThreadedHub

MATTERS, CHILDREN = 10_000, ("events", "deadlines", "tasks", "notes", "time_entries", "contacts", "documents",
                             "form_answers")


def _populate(db: Database, org_id: str, attorney_id: str) -> int:
    seq, rows, assignments = 0, [], []
    for m in range(MATTERS):
        client_id, matter_id = f"c-{m:08d}", f"m-{m:08d}"
        seq += 1
        rows.append({"org_id": org_id, "id": client_id, "entity": "clients", "matter_id": None, "client_id": client_id,
                     "created_by": attorney_id, "seq": seq, "deleted": False,
                     "data": json.dumps({"id": client_id, "family_name": f"Family {m}", "given_name": "Given",
                                         "date_of_birth": "1990-01-01", "country_of_birth": "Honduras",
                                         "custody_status": "not_detained", "languages": ["Spanish"]})})
        seq += 1
        rows.append({"org_id": org_id, "id": matter_id, "entity": "matters", "matter_id": matter_id,
                     "client_id": client_id, "created_by": attorney_id, "seq": seq, "deleted": False,
                     "data": json.dumps({"id": matter_id, "client_id": client_id, "kind": "affirmative_asylum",
                                         "stage": "preparation", "summary": "Fled threats; one-year bar applies.",
                                         "opened_on": "2024-03-01", "detained_docket": False})})
        assignments.append({"attorney_id": attorney_id, "matter_id": matter_id})
        for k, entity in enumerate(CHILDREN):
            seq += 1
            rid = f"{entity[:2]}-{m:08d}-{k}"
            rows.append({"org_id": org_id, "id": rid, "entity": entity, "matter_id": matter_id, "client_id": None,
                         "created_by": attorney_id, "seq": seq, "deleted": False,
                         "data": json.dumps({"id": rid, "matter_id": matter_id, "title": f"{entity} {k}",
                                             "on_date": "2025-01-15", "description": "x" * 120})})
    with db.session() as s:
        for i in range(0, len(rows), 5000):
            s.execute(insert(Record), rows[i:i + 5000])
        s.execute(insert(Assignment), assignments)
        s.execute(update(Organization).where(Organization.id == org_id).values(last_seq=seq))
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("ANALYZE")  # planner statistics, as autovacuum / a live database would have
    return len(rows)


def _setup(base: Path):
    url = os.environ.get("WORKBENCH_BENCH_PG_URL") or str(base / "hub.sqlite3")
    db = Database(url)
    db.migrate()
    org_id = admin.init_org(db, base / "keys.json", "Bench")["organization_id"]
    attorney = admin.add_attorney(db, org_id, "bench@firm.example")
    records = _populate(db, org_id, attorney)
    return db, org_id, attorney, records


class _Device:
    """The few signed calls a device makes (the app's own client is ``workbench.core.sync``)."""

    def __init__(self, url: str, db: Database, attorney_id: str) -> None:
        self.sign, kx = new_device_keys()
        self.http = httpx.Client(base_url=url, timeout=60)
        raw = lambda key: base64.b64encode(key.public_key().public_bytes_raw()).decode()  # noqa: E731
        self.id = self.http.post("/v1/enroll", json={"code": issue_code(db, attorney_id)[0], "device_name": "bench",
                                                     "sign_key": raw(self.sign), "kx_key": raw(kx)}).json()["device_id"]

    def request(self, method: str, path: str, payload=None, params=None) -> httpx.Response:
        body = b"" if payload is None else json.dumps(payload).encode()
        req = self.http.build_request(method, path, content=body or None, params=params)
        req.headers.update(sign_headers(self.id, self.sign, method, req.url.raw_path.decode(), body))
        return self.http.send(req)

    def pull(self, cursor: int, limit: int) -> httpx.Response:
        return self.request("GET", "/v1/pull", params={"cursor": cursor, "limit": limit})

    def push(self) -> httpx.Response:
        return self.request("POST", "/v1/push", {"mutations": []})

    def close(self) -> None:
        self.http.close()


def run() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        db, org_id, attorney, records = _setup(base)
        hub = ThreadedHub(db, base / "keys.json").start()
        device = _Device(hub.url, db, attorney)
        try:
            start = time.perf_counter()
            cursor, pulled = 0, 0
            while True:
                answer = device.pull(cursor, 2000).json()
                pulled += len(answer["changes"])
                cursor = answer["cursor"]
                if not answer["more"]:
                    break
            first_pull = time.perf_counter() - start
            start = time.perf_counter()
            with db.read() as s:
                raw = s.execute(text("SELECT seq, entity, id, deleted, data FROM records ORDER BY seq")).all()
            raw_select = time.perf_counter() - start
            rounds, health = [], []
            for _ in range(20):
                t0 = time.perf_counter()
                device.push()
                idle = device.pull(cursor, 2000).json()
                device.request("GET", "/v1/conflicts")
                rounds.append(time.perf_counter() - t0)
                assert idle["changes"] == []
                t0 = time.perf_counter()
                device.http.get("/v1/health")
                health.append(time.perf_counter() - t0)
        finally:
            device.close()
            hub.stop()
            db.dispose()
    assert pulled == records == len(raw)
    return {"backend": "postgresql" if os.environ.get("WORKBENCH_BENCH_PG_URL") else "sqlite",
            "first_pull": {"matters": MATTERS, "records": pulled, "seconds": round(first_pull, 2),
                           "raw_sql_select_seconds": round(raw_select, 2), "target_seconds": 10},
            "noop_sync_round": {"median_ms": round(statistics.median(rounds) * 1000, 1),
                                "health_round_trip_ms": round(statistics.median(health) * 1000, 1),
                                "target_ms": 50}}


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
