"""The device side of a first sync: 10,000 matters (100,000 records) pulled from a hub on
loopback into a new vault (issue 6 target: <= 10 s), and a sync with nothing to do (target:
<= 50 ms), beside references measured in the same run: the same rows bulk-inserted straight
into a vault (``core.vault.bulk``: no network, no merge), and one ``/v1/health`` round trip.

A first sync also recomputes the deadlines of every pulled matter (``deadlines.store``), which
the bulk-insert reference does not; ``deadline_recompute_same_matters`` times that step alone on
the reference vault, so the sync figure can be read as transfer + apply + deadlines."""

from __future__ import annotations

import json
import socket
import statistics
import subprocess
import sys
from datetime import date
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import insert, update

from workbench.core.deadlines import store as deadline_store
from workbench.core.vault.bulk import insert_rows
from workbench.core.model import Client, Event, Matter, Note
from workbench.core.sync.client import enroll, sync
from workbench.core.vault.store import Vault
from workbench.hub import admin
from workbench.hub.db import Database
from workbench.hub.enroll import issue_code
from workbench.hub.models import Assignment, Organization, Record

MATTERS, EVENTS_PER, NOTES_PER = int(__import__("os").environ.get("BENCH_SYNC_MATTERS", 10_000)), 4, 4
PW = "benchmark passphrase, not secret"


def _rows():
    clients, matters, events, notes = [], [], [], []
    for m in range(MATTERS):
        cid, mid = f"00000000-0000-7000-8000-{m:012d}", f"00000000-0000-7000-9000-{m:012d}"
        clients.append({"id": cid, "family_name": f"Family{m}", "given_name": "Given", "other_names": [],
                        "languages": ["Spanish"], "interpreter_needed": False, "custody_status": "not_detained"})
        matters.append({"id": mid, "client_id": cid, "kind": "u_visa", "stage": "preparation",
                        "matter_number": f"M-{m:05d}", "attorneys": [], "detained_docket": False,
                        "unaccompanied_child": False})
        for k in range(EVENTS_PER):
            events.append({"id": f"00000000-0000-7000-a{k:03d}-{m:012d}", "matter_id": mid, "kind": "filing",
                           "title": f"Filing {k}", "on_date": "2024-01-15"})
        for k in range(NOTES_PER):
            notes.append({"id": f"00000000-0000-7000-b{k:03d}-{m:012d}", "matter_id": mid,
                          "body": "Client called about the case. " * 3})
    return clients, matters, events, notes


def _populate_hub(db: Database, org_id: str, attorney_id: str, tables) -> None:
    seq, rows = 0, []
    for entity, items in zip(("clients", "matters", "events", "notes"), tables):
        for data in items:
            seq += 1
            rows.append({"org_id": org_id, "id": data["id"], "entity": entity, "matter_id": data.get("matter_id")
                         if entity != "matters" else data["id"], "client_id": data.get("client_id")
                         if entity == "matters" else (data["id"] if entity == "clients" else None),
                         "created_by": attorney_id, "seq": seq, "deleted": False, "data": json.dumps(data)})
    with db.session() as s:
        for i in range(0, len(rows), 5000):
            s.execute(insert(Record), rows[i:i + 5000])
        s.execute(insert(Assignment), [{"attorney_id": attorney_id, "matter_id": m["id"]} for m in tables[1]])
        s.execute(update(Organization).where(Organization.id == org_id).values(last_seq=seq))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/v1/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError("the hub did not start")


def run() -> dict:
    tables = _rows()
    total = sum(len(t) for t in tables)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db = Database(str(tmp / "hub.sqlite3"))
        db.migrate()
        org_id = admin.init_org(db, tmp / "keys.json", "Bench")["organization_id"]
        attorney = admin.add_attorney(db, org_id, "bench@firm.example")
        _populate_hub(db, org_id, attorney, tables)
        code = issue_code(db, attorney)[0]
        db.dispose()
        # the hub in its own process, as in production (in-process it would share our GIL)
        port = _free_port()
        proc = subprocess.Popen([sys.executable, "-m", "workbench.hub.cli", "--db", str(tmp / "hub.sqlite3"),
                                 "--keys", str(tmp / "keys.json"), "serve", "--host", "127.0.0.1",
                                 "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}"
        _wait_for(url)
        try:
            vault, _ = Vault.create(tmp / "device", PW, store=None, calibrate=False)
            enroll(vault, url, code, "bench")
            start = time.perf_counter()
            report = sync(vault)
            first = time.perf_counter() - start
            assert report.pulled >= total, report
            idle = []
            for _ in range(15):
                start = time.perf_counter()
                sync(vault)
                idle.append((time.perf_counter() - start) * 1000)
            with httpx.Client(base_url=url) as http:
                health = []
                for _ in range(15):
                    start = time.perf_counter()
                    http.get("/v1/health")
                    health.append((time.perf_counter() - start) * 1000)
            vault.close()
            ref_vault, _ = Vault.create(tmp / "reference", PW, store=None, calibrate=False)
            start = time.perf_counter()
            with ref_vault.session() as s:
                for model, items in zip((Client, Matter, Event, Note), tables):
                    insert_rows(s, model, [{k: date.fromisoformat(v) if k == "on_date" else v for k, v in r.items()}
                                           for r in items])
            reference = time.perf_counter() - start
            with ref_vault.session() as s:
                deadline_store.mark_stale(s, {("matter", m["id"]) for m in tables[1]})
            start = time.perf_counter()
            deadline_store.recompute_stale(ref_vault)
            recompute = time.perf_counter() - start
            ref_vault.close()
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    return {"records": total,
            "first_sync_s": {"device_sync": round(first, 2), "bulk_insert_same_rows": round(reference, 2),
                             "deadline_recompute_same_matters": round(recompute, 2), "target_s": 10},
            "noop_sync_ms": {"device_sync": round(statistics.median(idle), 1),
                             "health_round_trip": round(statistics.median(health), 1), "target_ms": 50}}


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
