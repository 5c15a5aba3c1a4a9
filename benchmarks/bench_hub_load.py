"""The hub at the size of the network (issue 13): PostgreSQL, several workers, 1,500 devices.

Everything runs on this machine, on loopback: a throwaway PostgreSQL cluster
(``tests/hub/pg.py``; or WORKBENCH_BENCH_PG_URL, a server where this may create databases),
the real ``workbench-hub serve`` (supervised workers; ``WORKBENCH_BENCH_LOAD_WORKERS``, default 4)
and simulated devices speaking the signed protocol from one asyncio process. Bounded: 1,500
devices (``WORKBENCH_BENCH_DEVICES``), each phase stops at ``PHASE_SECONDS``.

Figures, each beside a reference measured in the same run:

* **first-pull flatness**: one attorney's 4 matters in an organization of 1,000 and then
  50,000 matters: the hub's time for ``GET /v1/pull?cursor=0`` (its own timing), the client's,
  and the pull query's ``EXPLAIN ANALYZE`` time and pages; references: a raw psycopg SELECT of
  the same rows by their matter ids, and the query the hub used before issue 13 (walk the log,
  scope per row). Target: <= 50 ms at the hub, whatever the size;
* **load** (1,500 devices, 6,000 matters, ``IN_FLIGHT`` syncs at once): each device's first
  sync, then no-op rounds (empty push, pull at the cursor, conflicts list), then rounds that
  push new records; p50/p99 at the hub (``timing``, per route) and at the client, throughput,
  errors (target: none), and afterwards the protocol's guarantees checked: every pushed
  mutation applied once, the sequence gap-free, sampled devices equal to the hub in their scope.
  Reference: ``GET /v1/health`` under the same load. Target: no-op p99 <= 100 ms at the hub.
  The no-op rounds run twice: with ``IN_FLIGHT`` syncs at once (the machine saturated: hub
  workers, PostgreSQL and this load generator share its 2 cores) and with ``CALM_IN_FLIGHT``;
* **console under load**: a staff page's p99 (``/admin/`` pages, logged in with password and
  TOTP as a staff member created by ``workbench-hub add-staff``) while the no-op rounds run.
  Target: <= 300 ms.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.hub.pg import Cluster
from tests.hub.scale_seed import new_attorneys, seed_matters
from workbench.core.sync.auth import sign_headers
from workbench.hub import admin, timing
from workbench.hub.db import Database, normalize_url
from workbench.hub.pull import QUERY_SQL
from workbench.hub.scope import SCOPE_CTE, scope_records_sql

DEVICES = int(os.environ.get("WORKBENCH_BENCH_DEVICES", "1500"))
WORKERS = int(os.environ.get("WORKBENCH_BENCH_LOAD_WORKERS", "4"))
MATTERS_PER_ATTORNEY, CHILDREN = 4, 4
FLAT_SIZES = (1_000, 50_000)
IN_FLIGHT = 32
CALM_IN_FLIGHT = 4
PHASE_SECONDS = 90.0
NOOP_ROUNDS, WRITE_ROUNDS, WRITERS = 2, 2, 300
TARGETS = {"first_pull_hub_ms": 50, "noop_hub_p99_ms": 100, "console_p99_ms": 300, "errors": 0}
STAFF_EMAIL, STAFF_PASSWORD = "bench-admin@org.example", "a long staff password for the bench"

# The pull as the hub ran it before issue 13 (for the "before" reference): the whole change log
# walked from the cursor, the scope checked row by row.
LEGACY_PULL_SQL = """SELECT r.seq, r.entity, r.id, r.deleted, r.data FROM records r
 WHERE r.org_id = :o AND r.seq > :c AND (
  (SELECT 1 FROM assignments x WHERE x.attorney_id = :a AND x.matter_id = r.matter_id) IS NOT NULL
  OR (r.matter_id IS NULL AND (
     (SELECT 1 FROM records c WHERE c.org_id = :o AND c.id = r.client_id AND c.entity = 'clients'
         AND c.created_by = :a) IS NOT NULL
     OR (SELECT 1 FROM records m JOIN assignments x ON x.matter_id = m.id AND x.attorney_id = :a
         WHERE m.client_id = r.client_id AND m.org_id || '' = :o AND m.entity = 'matters' LIMIT 1) IS NOT NULL)))
 ORDER BY r.seq LIMIT :n"""
RAW_SQL = """SELECT seq, entity, id, deleted, data FROM records
 WHERE matter_id = ANY(%(m)s) OR (matter_id IS NULL AND client_id = ANY(%(c)s)) ORDER BY seq"""


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, max(0, int(q * len(ordered) + 0.999999) - 1))], 2)


def _dist(values_ms: list[float]) -> dict:
    return {"count": len(values_ms), "p50_ms": _pct(values_ms, 0.5), "p99_ms": _pct(values_ms, 0.99)}


# ----------------------------------------------------------------------------- infrastructure
@contextmanager
def _postgres():
    url = os.environ.get("WORKBENCH_BENCH_PG_URL")
    if url:
        yield normalize_url(url)
        return
    cluster = Cluster().start()
    try:
        yield cluster.url
    finally:
        cluster.stop()


def _new_database(server: str, name: str) -> str:
    engine = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()
    return make_url(server).set(database=name).render_as_string(hide_password=False)


def _add_devices(db: Database, org_id: str, attorneys: list[str]) -> list[tuple[str, str, Ed25519PrivateKey]]:
    """One enrolled device per attorney, written straight into the table (enrollment over HTTP is
    rate-limited per address, and is not what this measures); (device id, attorney id, key)."""
    devices = [(str(uuid.uuid4()), a, Ed25519PrivateKey.generate()) for a in attorneys]
    raw = db.engine.raw_connection()
    try:
        with raw.cursor() as cur, cur.copy("COPY devices (id, org_id, attorney_id, name, sign_key, kx_key, "
                                           "enrolled_at) FROM STDIN") as cp:
            for device_id, attorney, key in devices:
                cp.write_row((device_id, org_id, attorney, "bench laptop", key.public_key().public_bytes_raw(),
                              X25519PrivateKey.generate().public_key().public_bytes_raw(), "2026-01-01T00:00:00Z"))
        raw.commit()
    finally:
        raw.close()
    return devices


class HubProcess:
    """``workbench-hub serve`` as an operator runs it, with its timing files in a folder."""

    def __init__(self, db_url: str, keys: Path, workers: int, folder: Path) -> None:
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url, self.timings_dir, self.log = f"http://127.0.0.1:{self.port}", folder / "timings", folder / "hub.log"
        env = {**os.environ, timing.DIR_ENV: str(self.timings_dir), "PYTHONFAULTHANDLER": "1"}
        folder.mkdir(parents=True, exist_ok=True)
        self._log = open(self.log, "w")
        self.db_url, self.keys = db_url, keys
        self.proc = subprocess.Popen([sys.executable, "-m", "workbench.hub.cli", "--db", db_url, "--keys", str(keys),
                                      "serve", "--port", str(self.port), "--workers", str(workers)],
                                     env=env, stdout=self._log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{self.url}/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the hub did not start: " + self.log.read_text()[-2000:])
            time.sleep(0.2)

    def timings(self) -> dict:
        """Every worker's histograms added up (after the workers' next write, 0.5 s)."""
        time.sleep(1.2)
        routes: dict[str, dict] = {}
        for path in self.timings_dir.glob("timings-*.json"):
            for label, r in json.loads(path.read_text())["routes"].items():
                into = routes.setdefault(label, {"counts": [0] * len(r["counts"]), "statuses": {}, "total_ms": 0.0})
                into["counts"] = [a + b for a, b in zip(into["counts"], r["counts"])]
                into["total_ms"] += r["total_ms"]
                for k, v in r["statuses"].items():
                    into["statuses"][k] = into["statuses"].get(k, 0) + v
        return routes

    def crashes(self) -> int:
        return self.log.read_text().count("Fatal Python error")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self._log.close()


def _delta(after: dict, before: dict, label: str) -> dict:
    """The histogram of ``label`` between two readings, summarised."""
    a = after.get(label)
    if a is None:
        return {"count": 0}
    b = before.get(label, {"counts": [0] * len(a["counts"]), "total_ms": 0.0, "statuses": {}})
    counts = [x - y for x, y in zip(a["counts"], b["counts"])]
    statuses = {k: v - b["statuses"].get(k, 0) for k, v in a["statuses"].items() if v - b["statuses"].get(k, 0)}
    return {**timing.summary({label: {"counts": counts, "total_ms": a["total_ms"] - b["total_ms"],
                                      "statuses": statuses}})[label]}


# ----------------------------------------------------------------------------- devices
class SimDevice:
    def __init__(self, device_id: str, attorney_id: str, key: Ed25519PrivateKey) -> None:
        self.id, self.attorney_id, self.key = device_id, attorney_id, key
        self.cursor, self.state = 0, {}
        self.matters: list[str] = []


class Load:
    """Simulated devices on one HTTP connection pool; every answer's status is counted."""

    def __init__(self, url: str) -> None:
        self.http = httpx.AsyncClient(base_url=url, timeout=60,
                                      limits=httpx.Limits(max_connections=IN_FLIGHT + 2,
                                                          max_keepalive_connections=IN_FLIGHT + 2,
                                                          keepalive_expiry=2.0))  # below uvicorn's 5 s
        self.errors: dict[str, int] = {}
        self.requests = 0

    async def call(self, device: SimDevice, method: str, target: str, payload=None) -> dict:
        body = b"" if payload is None else json.dumps(payload, separators=(",", ":")).encode()
        headers = sign_headers(device.id, device.key, method, target, body)
        if body:
            headers["Content-Type"] = "application/json"
        self.requests += 1
        try:
            r = await self.http.request(method, target, content=body or None, headers=headers)
        except httpx.HTTPError as exc:
            self._error(type(exc).__name__)
            return {}
        if r.status_code != 200:
            self._error(str(r.status_code))
            return {}
        return r.json()

    def _error(self, key: str) -> None:
        self.errors[key] = self.errors.get(key, 0) + 1

    async def pull(self, device: SimDevice) -> None:
        while True:
            answer = await self.call(device, "GET", f"/v1/pull?cursor={device.cursor}&limit=2000")
            if not answer:
                return
            for change in answer["changes"]:
                device.state[change["entity_id"]] = change["seq"]
            device.cursor = answer["cursor"]
            if not answer["more"]:
                return

    async def first_sync(self, device: SimDevice, out: list[float]) -> None:
        t0 = time.perf_counter()
        await self.pull(device)
        out.append(_ms(time.perf_counter() - t0))
        await self.call(device, "GET", "/v1/conflicts")

    async def round(self, device: SimDevice, mutations: list[dict], out: list[float]) -> list[dict]:
        t0 = time.perf_counter()
        pushed = await self.call(device, "POST", "/v1/push", {"mutations": mutations})
        await self.pull(device)
        await self.call(device, "GET", "/v1/conflicts")
        out.append(_ms(time.perf_counter() - t0))
        return pushed.get("results", [])

    async def health(self, out: list[float], stop: asyncio.Event) -> None:
        while not stop.is_set():
            t0 = time.perf_counter()
            try:
                r = await self.http.get("/v1/health")
            except httpx.HTTPError as exc:
                self._error(type(exc).__name__)
                continue
            out.append(_ms(time.perf_counter() - t0))
            if r.status_code != 200:
                self._error(str(r.status_code))
            await asyncio.sleep(0.05)


async def _run_all(jobs, in_flight: int) -> tuple[float, int]:
    """Run coroutine factories ``in_flight`` at a time, stopping at ``PHASE_SECONDS``; (seconds, done)."""
    gate, done, start = asyncio.Semaphore(in_flight), 0, time.perf_counter()

    async def one(job):
        nonlocal done
        async with gate:
            if time.perf_counter() - start > PHASE_SECONDS:
                return
            await job()
            done += 1

    await asyncio.gather(*(one(j) for j in jobs))
    return time.perf_counter() - start, done


def _new_event(matter_id: str) -> dict:
    rid = str(uuid.uuid4())
    return {"mutation_id": str(uuid.uuid4()), "entity": "events", "entity_id": rid, "op": "create",
            "changes": {"id": [None, rid], "matter_id": [None, matter_id], "kind": [None, "hearing"],
                        "title": [None, "Master calendar"], "on_date": [None, "2026-06-01"]},
            "base_version": None}


# ----------------------------------------------------------------------------- console
def _console_client(hub: HubProcess):
    """A logged-in staff client, or the reason there is none (the console hook)."""
    try:
        from tests.hub.console.support import StaffClient
    except ImportError as exc:
        return None, f"console test support not importable ({exc.name})"
    env = {**os.environ, "WORKBENCH_HUB_STAFF_PASSWORD": STAFF_PASSWORD}
    done = subprocess.run([sys.executable, "-m", "workbench.hub.cli", "--db", hub.db_url, "--keys", str(hub.keys),
                           "add-staff", STAFF_EMAIL, "--role", "admin"], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        return None, "workbench-hub add-staff failed: " + (done.stderr.strip() or done.stdout.strip())[:200]
    client = StaffClient(hub.url, STAFF_EMAIL, STAFF_PASSWORD)
    try:
        client.login()
    except (AssertionError, AttributeError, httpx.HTTPError) as exc:
        client.close()
        return None, f"console login failed: {type(exc).__name__}"
    return client, None


CONSOLE_PAGES = ("/admin/", "/admin/volunteers", "/admin/matters")


def _console_under_load(client, stop, out: dict[str, list[float]]) -> None:
    """Staff pages, one after another, until the load phase ends (a thread: httpx sync client)."""
    while not stop.is_set():
        for page in CONSOLE_PAGES:
            t0 = time.perf_counter()
            try:
                r = client.get(page)
            except httpx.HTTPError as exc:
                out.setdefault(f"{page} {type(exc).__name__}", []).append(0)
                continue
            if r.status_code == 200:
                out.setdefault(page, []).append(_ms(time.perf_counter() - t0))
            else:
                out.setdefault(f"{page} status {r.status_code}", []).append(0)


# ----------------------------------------------------------------------------- flatness
def _explain(db: Database, sql: str, params: dict, runs: int = 3) -> dict:
    times, pages = [], 0
    with db.read() as s:
        for _ in range(runs):
            plan = s.execute(text("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql), params).scalar()
            plan = plan if isinstance(plan, list) else json.loads(plan)
            times.append(plan[0]["Execution Time"])
            pages = plan[0]["Plan"]["Shared Hit Blocks"] + plan[0]["Plan"]["Shared Read Blocks"]
    return {"ms": round(statistics.median(times), 2), "pages": pages}


def _raw_select(db: Database, matters: list[str], runs: int = 30) -> tuple[float, int]:
    raw = db.engine.raw_connection()
    try:
        with raw.cursor() as cur:
            cur.execute("SELECT client_id FROM records WHERE id = ANY(%(m)s)", {"m": matters})
            clients = [c for (c,) in cur.fetchall()]
            times = []
            for _ in range(runs):
                t0 = time.perf_counter()
                cur.execute(RAW_SQL, {"m": matters, "c": clients})
                rows = cur.fetchall()
                times.append(time.perf_counter() - t0)
        raw.rollback()
    finally:
        raw.close()
    return _ms(statistics.median(times)), len(rows)


def _flatness(server: str, folder: Path) -> dict:
    db = Database(_new_database(server, "bench_flat"))
    db.migrate()
    keys = folder / "flat-keys.json"
    org_id = admin.init_org(db, keys, "Bench flat")["organization_id"]
    ana = admin.add_attorney(db, org_id, "ana@firm.example")
    others = new_attorneys(db, org_id, FLAT_SIZES[0] // MATTERS_PER_ATTORNEY - 1)
    seeded = seed_matters(db, org_id, FLAT_SIZES[0], [ana, *others], CHILDREN)
    (device_id, _, key), = _add_devices(db, org_id, [ana])
    device = SimDevice(device_id, ana, key)
    hub = HubProcess(db.url, keys, 2, folder / "flat")
    out, grown = {}, FLAT_SIZES[0]
    try:
        for size in FLAT_SIZES:
            if size > grown:
                seed_matters(db, org_id, size - grown, others, CHILDREN)
                grown = size
            params = {"o": org_id, "a": ana, "c": 0, "n": 2001}
            before = hub.timings()
            client = []
            with httpx.Client(base_url=hub.url, timeout=60) as http:
                for _ in range(40):
                    headers = sign_headers(device.id, key, "GET", "/v1/pull?cursor=0&limit=2000", b"")
                    t0 = time.perf_counter()
                    r = http.get("/v1/pull?cursor=0&limit=2000", headers=headers)
                    client.append(_ms(time.perf_counter() - t0))
                    assert r.status_code == 200 and len(r.json()["changes"]) == MATTERS_PER_ATTORNEY * (2 + CHILDREN)
            at_hub = _delta(hub.timings(), before, "GET /v1/pull?cursor=0")
            raw_ms, raw_rows = _raw_select(db, seeded.matters_by_attorney[ana])
            assert raw_rows == MATTERS_PER_ATTORNEY * (2 + CHILDREN)
            out[f"{size}_matters"] = {
                "first_pull_hub_p50_ms": at_hub["p50_ms"], "first_pull_hub_p99_ms": at_hub["p99_ms"],
                "first_pull_client": _dist(client), "pull_query": _explain(db, QUERY_SQL, params),
                "reference_raw_psycopg_select_ms": raw_ms,
                "before_issue13_query": _explain(db, LEGACY_PULL_SQL, params, runs=1)}
    finally:
        hub.stop()
        db.dispose()
    small, big = (out[f"{s}_matters"]["first_pull_hub_p50_ms"] for s in FLAT_SIZES)
    out["hub_p50_ratio_50000_to_1000"] = round(big / small, 2) if small else None
    out["target_hub_ms"] = TARGETS["first_pull_hub_ms"]
    return out


# ----------------------------------------------------------------------------- load
def _load(server: str, folder: Path) -> dict:
    db = Database(_new_database(server, "bench_load"))
    db.migrate()
    keys = folder / "load-keys.json"
    org_id = admin.init_org(db, keys, "Bench network")["organization_id"]
    attorneys = new_attorneys(db, org_id, DEVICES)
    seeded = seed_matters(db, org_id, DEVICES * MATTERS_PER_ATTORNEY, attorneys, CHILDREN)
    devices = [SimDevice(*d) for d in _add_devices(db, org_id, attorneys)]
    for d in devices:
        d.matters = seeded.matters_by_attorney[d.attorney_id]
    hub = HubProcess(db.url, keys, WORKERS, folder / "load")
    console, console_skipped = _console_client(hub)
    try:
        return asyncio.run(_phases(hub, db, org_id, devices, console, console_skipped))
    finally:
        if console is not None:
            console.close()
        hub.stop()
        db.dispose()


async def _phases(hub: HubProcess, db: Database, org_id: str, devices: list[SimDevice], console,
                  console_skipped: str | None) -> dict:
    import threading

    load = Load(hub.url)
    result: dict = {"devices": len(devices), "matters": len(devices) * MATTERS_PER_ATTORNEY,
                    "records": len(devices) * MATTERS_PER_ATTORNEY * (2 + CHILDREN), "workers": WORKERS,
                    "syncs_in_flight": IN_FLIGHT}
    health: list[float] = []

    async def phase(jobs, labels: tuple[str, ...], client: list[float], in_flight: int = IN_FLIGHT) -> dict:
        stop = asyncio.Event()
        pinger = asyncio.create_task(load.health(health_phase := [], stop))
        before, requests = hub.timings(), load.requests
        cpu = time.process_time()
        seconds, done = await _run_all(jobs, in_flight)
        cpu = time.process_time() - cpu
        stop.set()
        await pinger
        health.extend(health_phase)
        after = hub.timings()
        return {"syncs_in_flight": in_flight, "completed": done, "seconds": round(seconds, 1),
                "requests_per_second": round((load.requests - requests) / seconds, 1),
                "load_generator_cpu_share": round(cpu / seconds, 2),  # of one core: the client's own cost
                "client": _dist(client), "hub": {label: _delta(after, before, label) for label in labels},
                "reference_health_client": _dist(health_phase),
                "reference_health_hub": _delta(after, before, "GET /v1/health")}

    first: list[float] = []
    result["first_sync"] = await phase([lambda d=d: load.first_sync(d, first) for d in devices],
                                       ("GET /v1/pull?cursor=0", "GET /v1/conflicts"), first)

    noop: list[float] = []
    stop_console = threading.Event()
    pages: dict[str, list[float]] = {}
    watcher = None
    if console is not None:
        watcher = threading.Thread(target=_console_under_load, args=(console, stop_console, pages), daemon=True)
        watcher.start()
    jobs = [lambda d=d: load.round(d, [], noop) for _ in range(NOOP_ROUNDS) for d in devices]
    result["noop_rounds"] = await phase(jobs, ("POST /v1/push", "GET /v1/pull", "GET /v1/conflicts"), noop)
    stop_console.set()
    if watcher is not None:
        watcher.join(timeout=60)
    calm: list[float] = []  # the same rounds with fewer devices at once: latency without saturation
    jobs = [lambda d=d: load.round(d, [], calm) for d in devices]
    result["noop_rounds_calm"] = await phase(jobs, ("POST /v1/push", "GET /v1/pull", "GET /v1/conflicts"), calm,
                                             CALM_IN_FLIGHT)
    for key in ("noop_rounds", "noop_rounds_calm"):
        hub_noop = result[key]["hub"]
        result[key]["hub_p99_ms_worst_route"] = max((v.get("p99_ms") or 0) for v in hub_noop.values())
    result["console_under_load"] = ({page: _dist(v) for page, v in pages.items()} if console is not None
                                    else {"skipped": console_skipped})

    db.dispose()  # this process's idle connections (a run may restart the server: segfault hunt)
    with db.read() as s:
        start_seq = s.scalar(text("SELECT last_seq FROM organizations"))
    writes: list[float] = []
    answers: list[dict] = []
    writers = random.Random(13).sample(devices, min(WRITERS, len(devices)))

    async def write(d: SimDevice) -> None:
        answers.extend(await load.round(d, [_new_event(m) for m in d.matters[:random.randint(1, 3)]], writes))

    jobs = [lambda d=d: write(d) for _ in range(WRITE_ROUNDS) for d in writers]
    result["write_rounds"] = await phase(jobs, ("POST /v1/push",), writes)
    await load.http.aclose()
    result["checks"] = _checks(db, org_id, devices, answers, start_seq)
    result["errors"] = load.errors
    result["error_count"] = sum(load.errors.values())
    result["worker_crashes"] = hub.crashes()
    result["targets"] = TARGETS
    return result


def _checks(db: Database, org_id: str, devices: list[SimDevice], answers: list[dict], start_seq: int) -> dict:
    """The protocol's guarantees after the load: applied once, gap-free, devices equal to the hub."""
    versions = sorted(a["server_version"] for a in answers if a.get("status") == "applied")
    with db.read() as s:
        last = s.scalar(text("SELECT last_seq FROM organizations"))
        stored = s.scalar(text("SELECT count(*) FROM applied_mutations"))
        sample = random.Random(7).sample(devices, min(200, len(devices)))
        equal = 0
        for d in sample:
            hub_view = dict(s.execute(text(f"WITH {SCOPE_CTE} SELECT id, seq FROM "
                                           f"({scope_records_sql('r.id, r.seq', after_seq=False)}) t"),
                                      {"o": org_id, "a": d.attorney_id}).all())
            equal += hub_view == d.state
    return {"mutations_applied": len(versions), "applied_mutation_rows": stored,
            "applied_once": stored == len(answers) == len(versions),
            "gap_free": versions == list(range(start_seq + 1, start_seq + len(versions) + 1)) and last == start_seq
            + len(versions), "devices_equal_to_hub": f"{equal}/{len(sample)}"}


def run() -> dict:
    with tempfile.TemporaryDirectory() as tmp, _postgres() as server:
        folder = Path(tmp)
        started = time.perf_counter()
        flat = _flatness(server, folder)
        load = _load(server, folder)
        return {"backend": "postgresql", "first_pull_flatness": flat, "load": load,
                "bench_seconds": round(time.perf_counter() - started, 1)}


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
