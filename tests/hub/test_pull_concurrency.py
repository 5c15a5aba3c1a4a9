"""Pull by cursor in batches (resumable), and a gap-free change sequence under concurrent pushes."""

from __future__ import annotations

import threading

from sqlalchemy import select

from workbench.hub.models import Organization, Record

from .support import create

ANA = "ana@firm.example"


def _matter_with_events(device, n: int) -> tuple[str, list[str]]:
    client = create("clients", family_name="Doe", given_name="Ana")
    matter = create("matters", client_id=client["entity_id"], kind="sijs")
    events = [create("events", matter_id=matter["entity_id"], kind="hearing", title=f"e{i}", on_date="2025-01-01")
              for i in range(n)]
    assert device.push(client, matter, *events).status_code == 200
    return matter["entity_id"], [client["entity_id"], matter["entity_id"], *(e["entity_id"] for e in events)]


def test_pull_batches_and_resumes_where_it_stopped(hub):
    hub.attorney(ANA)
    writer, reader = hub.device(ANA), hub.device(ANA)
    _, ids = _matter_with_events(writer, 23)
    first = reader.pull(0, 10).json()
    assert len(first["changes"]) == 10 and first["more"] is True
    assert [c["seq"] for c in first["changes"]] == sorted(c["seq"] for c in first["changes"])
    # the device "crashed" before committing the second batch: it asks again from the stored cursor
    reader.pull(first["cursor"], 10)
    rest, cursor = reader.pull_all(first["cursor"], 10)
    seen = [c["entity_id"] for c in first["changes"]] + list(rest)
    assert sorted(seen) == sorted(ids) and len(seen) == len(set(seen))
    idle = reader.pull(cursor, 10).json()
    assert idle == {"changes": [], "cursor": cursor, "more": False}


def test_pull_limit_is_clamped_and_validated(hub):
    hub.attorney(ANA)
    device = hub.device(ANA)
    _matter_with_events(device, 3)
    assert len(device.pull(0, 100000).json()["changes"]) == 5
    r = device.pull(-1, 10)
    assert r.status_code == 422 and "error" in r.json()
    r = device.request("GET", "/v1/pull", params={"cursor": "abc"})
    assert r.status_code == 422


def test_concurrent_pushes_give_a_gap_free_sequence_and_no_reader_misses_a_change(hub):
    hub.attorney(ANA)
    writers = [hub.device(ANA) for _ in range(6)]
    reader = hub.device(ANA)
    matter, _ = _matter_with_events(writers[0], 0)
    with hub.db.read() as s:
        start = s.scalar(select(Organization.last_seq))
    rounds, per_push = 8, 5
    versions: list[int] = []
    errors: list[str] = []
    lock = threading.Lock()
    done = threading.Event()

    def write(device):
        for _ in range(rounds):
            batch = [create("events", matter_id=matter, kind="hearing", title="x", on_date="2025-02-02")
                     for _ in range(per_push)]
            r = device.push(*batch)
            if r.status_code != 200:
                errors.append(r.text)
                return
            with lock:
                versions.extend(x["server_version"] for x in r.json()["results"])

    seen: dict[str, int] = {}

    def read():
        cursor = 0
        for _ in range(2000):
            finished = done.is_set()
            state, cursor = reader.pull_all(cursor, 7)
            seen.update({k: v["seq"] for k, v in state.items()})
            if finished:
                return

    threads = [threading.Thread(target=write, args=(d,)) for d in writers]
    reader_thread = threading.Thread(target=read)
    reader_thread.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    done.set()
    reader_thread.join(timeout=120)
    assert not errors
    total = len(writers) * rounds * per_push
    assert sorted(versions) == list(range(start + 1, start + total + 1))  # no gaps, no duplicates
    with hub.db.read() as s:
        assert s.scalar(select(Organization.last_seq)) == start + total
        stored = set(s.scalars(select(Record.id).where(Record.entity == "events")))
    assert stored <= set(seen)  # the reader, pulling all along, missed nothing
