"""Pushes run side by side: the organization lock is held only to number and commit (issue 13).

On real PostgreSQL: a push whose work is held up (here: a row it must change is locked by
another transaction) does not hold up a push of another matter; concurrent pushes changing
different fields of one record lose none of them (row locks, not the organization lock, keep
two writers of a record apart); the same push sent twice at the same moment (a device retrying
while its first request is still in flight) is applied once and both answers are the same.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select, text

from workbench.hub.models import Organization, Record

from .support import create, mutation

pytestmark = pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
ANA, BEN = "ana@firm.example", "ben@firm.example"


def _last_seq(db) -> int:
    with db.read() as s:
        return s.scalar(select(Organization.last_seq))


def _matter(device) -> str:
    client = create("clients", family_name="Doe", given_name="Ana")
    matter = create("matters", client_id=client["entity_id"], kind="sijs")
    assert device.push(client, matter).status_code == 200
    return matter["entity_id"]


def test_a_push_held_up_in_its_work_does_not_hold_up_another_matters_push(hub):
    hub.attorney(ANA), hub.attorney(BEN)
    ana, ben = hub.device(ANA), hub.device(BEN)
    anas, bens = _matter(ana), _matter(ben)
    blocker = hub.db.engine.connect()
    tx = blocker.begin()
    blocker.execute(text("SELECT id FROM records WHERE id = :m FOR UPDATE"), {"m": anas})  # Ana's push must wait
    with ThreadPoolExecutor(1) as pool:
        held = pool.submit(ana.push, mutation("matters", anas, stage=(None, "filed")))
        time.sleep(0.5)
        assert not held.done()
        started = time.monotonic()
        other = ben.push(create("events", matter_id=bens, kind="hearing", title="x", on_date="2026-03-01"))
        assert other.status_code == 200 and time.monotonic() - started < 5  # not queued behind Ana's push
        assert not held.done()
        tx.rollback()
        blocker.close()
        answer = held.result(timeout=30)
    assert answer.status_code == 200 and answer.json()["results"][0]["status"] == "applied"
    ana_version = answer.json()["results"][0]["server_version"]
    assert ana_version > other.json()["results"][0]["server_version"]  # numbered when it committed
    assert ana_version == _last_seq(hub.db)


def test_concurrent_pushes_to_one_record_lose_no_field(hub):
    hub.attorney(ANA)
    devices = [hub.device(ANA) for _ in range(6)]
    matter = _matter(devices[0])
    start = _last_seq(hub.db)
    rounds = 6
    errors: list[str] = []
    versions: list[int] = []
    lock = threading.Lock()

    def work(i: int, device) -> None:
        for r in range(rounds):
            answer = device.push(mutation("matters", matter, **{f"note_{i}_{r}": (None, f"v{i}.{r}")}))
            if answer.status_code != 200 or answer.json()["results"][0]["status"] != "applied":
                errors.append(answer.text)
                return
            with lock:
                versions.append(answer.json()["results"][0]["server_version"])

    threads = [threading.Thread(target=work, args=(i, d)) for i, d in enumerate(devices)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors
    assert sorted(versions) == list(range(start + 1, start + len(devices) * rounds + 1))
    state, _ = devices[0].pull_all(0)
    data = state[matter]["data"]
    assert {k: v for k, v in data.items() if k.startswith("note_")} == {
        f"note_{i}_{r}": f"v{i}.{r}" for i in range(len(devices)) for r in range(rounds)}


def test_the_same_push_sent_twice_at_once_is_applied_once(hub):
    hub.attorney(ANA)
    device = hub.device(ANA)
    matter = _matter(device)
    for _ in range(8):
        batch = [create("events", matter_id=matter, kind="hearing", title="x", on_date="2026-03-01")
                 for _ in range(3)] + [mutation("matters", matter, stage=(None, None))]
        before = _last_seq(hub.db)
        barrier = threading.Barrier(2)

        def send():
            barrier.wait()
            return device.push(*batch)

        with ThreadPoolExecutor(2) as pool:
            first, second = [f.result(timeout=60) for f in [pool.submit(send), pool.submit(send)]]
        assert first.status_code == second.status_code == 200, (first.text, second.text)
        assert first.json() == second.json()
        assert _last_seq(hub.db) == before + 3  # three creates numbered once; the no-op update takes none
        with hub.db.read() as s:
            ids = [m["entity_id"] for m in batch[:3]]
            assert len(s.scalars(select(Record.id).where(Record.id.in_(ids))).all()) == 3
