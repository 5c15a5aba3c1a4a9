"""Push: idempotency, field-level merge, conflicts and their resolution, notes, tombstones."""

from __future__ import annotations

from sqlalchemy import func, select

from workbench.hub.models import Conflict, Record

from .support import create, mutation

ANA, BEN = "ana@firm.example", "ben@firm.example"


def _matter(device, **matter_fields):
    client = create("clients", family_name="Doe", given_name="Ana")
    matter = create("matters", client_id=client["entity_id"], kind="sijs", judge="Smith", summary="start",
                    **matter_fields)
    r = device.push(client, matter)
    assert r.status_code == 200, r.text
    assert [x["status"] for x in r.json()["results"]] == ["applied", "applied"]
    return client["entity_id"], matter["entity_id"]


def test_replayed_push_answers_the_stored_result_without_duplicates(hub):
    hub.attorney(ANA)
    device = hub.device(ANA)
    client = create("clients", family_name="Doe", given_name="Ana")
    first = device.push(client).json()
    again = device.push(client).json()
    assert first == again
    edit = mutation("clients", client["entity_id"], given_name=("Ana", "Anna"))
    one, two = device.push(edit).json(), device.push(edit).json()
    assert one == two and one["results"][0]["status"] == "applied"
    with hub.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Record)) == 1
        last = s.scalar(select(Record.seq))
    assert last == one["results"][0]["server_version"] == 2  # the replay consumed no sequence number


def test_edits_to_different_fields_merge(hub):
    hub.attorney(ANA)
    a, b = hub.device(ANA), hub.device(ANA)
    _, matter = _matter(a)
    r1 = a.push(mutation("matters", matter, judge=("Smith", "Jones"))).json()["results"][0]
    r2 = b.push(mutation("matters", matter, summary=("start", "Detained; bond hearing set"))).json()["results"][0]
    assert (r1["status"], r2["status"]) == ("applied", "applied")
    state, _ = a.pull_all()
    assert state[matter]["data"]["judge"] == "Jones"
    assert state[matter]["data"]["summary"] == "Detained; bond hearing set"


def test_same_field_gives_one_conflict_then_resolution(hub):
    hub.attorney(ANA)
    a, b = hub.device(ANA), hub.device(ANA)
    _, matter = _matter(a, opened_on="2024-01-02")
    assert a.push(mutation("matters", matter, opened_on=("2024-01-02", "2024-02-01"))).json()["results"][0][
        "status"] == "applied"
    answer = b.push(mutation("matters", matter, opened_on=("2024-01-02", "2024-03-15"),
                             judge=("Smith", "Lee"))).json()["results"][0]
    assert answer["status"] == "conflict"
    assert [(c["field"], c["hub_value"], c["device_value"]) for c in answer["conflicts"]] == [
        ("opened_on", "2024-02-01", "2024-03-15")]
    state, cursor = a.pull_all()
    assert state[matter]["data"]["opened_on"] == "2024-02-01"  # the hub kept its value: no last-writer-wins
    assert state[matter]["data"]["judge"] == "Lee"  # the other field merged
    listed = b.request("GET", "/v1/conflicts").json()["conflicts"]
    assert len(listed) == 1 and listed[0]["entity_id"] == matter and listed[0]["device_value"] == "2024-03-15"
    conflict_id = listed[0]["conflict_id"]
    r = a.request("POST", f"/v1/conflicts/{conflict_id}/resolve", {"value": "2024-03-01"})
    assert r.status_code == 200, r.text
    assert a.request("GET", "/v1/conflicts").json()["conflicts"] == []
    again = a.request("POST", f"/v1/conflicts/{conflict_id}/resolve", {"value": "2024-03-01"})
    assert again.status_code == 409
    changes, _ = a.pull_all(cursor)
    assert changes[matter]["data"]["opened_on"] == "2024-03-01"  # every device pulls the resolution


def test_same_new_value_on_both_sides_is_not_a_conflict(hub):
    hub.attorney(ANA)
    a, b = hub.device(ANA), hub.device(ANA)
    _, matter = _matter(a)
    a.push(mutation("matters", matter, judge=("Smith", "Lee")))
    assert b.push(mutation("matters", matter, judge=("Smith", "Lee"))).json()["results"][0]["status"] == "applied"
    with hub.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Conflict)) == 0


def test_notes_are_append_only(hub):
    hub.attorney(ANA)
    device = hub.device(ANA)
    _, matter = _matter(device)
    note = create("notes", matter_id=matter, title="Intake", body="Met client at the facility.")
    assert device.push(note).json()["results"][0]["status"] == "applied"
    edit = mutation("notes", note["entity_id"], body=("Met client at the facility.", "Rewritten history"))
    answer = device.push(edit).json()["results"][0]
    assert answer["status"] == "conflict" and answer["conflicts"][0]["field"] == "body"
    state, _ = device.pull_all()
    assert state[note["entity_id"]]["data"]["body"] == "Met client at the facility."


def test_delete_is_a_tombstone_and_purge_needs_it(hub):
    hub.attorney(ANA)
    device = hub.device(ANA)
    _, matter = _matter(device)
    task = create("tasks", matter_id=matter, title="Call the court", done=False)
    device.push(task)
    purge = mutation("tasks", task["entity_id"], "purge")
    assert device.push(purge).json()["results"][0]["status"] == "rejected"
    gone = mutation("tasks", task["entity_id"], "delete", deleted_at=(None, "2024-05-01T10:00:00.000000+00:00"))
    assert device.push(gone).json()["results"][0]["status"] == "applied"
    assert device.push(mutation("tasks", task["entity_id"], "purge")).json()["results"][0]["status"] == "applied"
    state, _ = device.pull_all()
    assert state[task["entity_id"]]["deleted"] is True  # the tombstone stays, so every device learns it


def test_create_of_an_existing_id_merges_like_an_update(hub):
    hub.attorney(ANA)
    device = hub.device(ANA)
    client_id, _ = _matter(device)
    again = create("clients", client_id, family_name="Doe", given_name="Maria")
    answer = device.push(again).json()["results"][0]
    assert answer["status"] == "conflict" and answer["conflicts"][0]["field"] == "given_name"


def test_invalid_mutations_are_rejected_one_by_one(hub):
    hub.attorney(ANA)
    device = hub.device(ANA)
    bad = [mutation("spells", "x1", "create"), mutation("clients", "nope", "update", x=(1, 2)),
           {**mutation("clients", "c2", "create"), "changes": {"Bad Field": [None, 1]}},
           {**mutation("clients", "c3", "create"), "changes": {"family_name": "no pair"}}]
    results = device.push(*bad).json()["results"]
    assert [r["status"] for r in results] == ["rejected"] * 4
    assert all(r["reason"] for r in results)
    r = device.push(*[create("clients", family_name=str(i)) for i in range(501)])
    assert r.status_code == 413 and "500" in r.json()["error"]
    r = device.request("POST", "/v1/push", {"mutations": [{"op": "explode"}]})
    assert r.status_code == 422 and "error" in r.json()
