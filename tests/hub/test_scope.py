"""Authorization: an attorney's device reads and writes only what is assigned to the attorney."""

from __future__ import annotations

import hashlib

from workbench.hub import admin

from .support import create, mutation

ANA, BEN = "ana@firm.example", "ben@firm.example"


def _setup(hub):
    hub.attorney(ANA), hub.attorney(BEN)
    ana, ben = hub.device(ANA), hub.device(BEN)
    client = create("clients", family_name="Doe", given_name="Ana")
    matter = create("matters", client_id=client["entity_id"], kind="u_visa")
    event = create("events", matter_id=matter["entity_id"], kind="hearing", title="Master", on_date="2025-01-10")
    address = create("addresses", client_id=client["entity_id"], street="1 Main St")
    assert all(r["status"] == "applied" for r in ana.push(client, matter, event, address).json()["results"])
    return ana, ben, client["entity_id"], matter["entity_id"], event["entity_id"], address["entity_id"]


def test_another_attorneys_records_are_invisible_and_unwritable(hub):
    ana, ben, client, matter, event, address = _setup(hub)
    state, _ = ben.pull_all()
    assert state == {}
    for entity, entity_id, field in (("matters", matter, "judge"), ("events", event, "title"),
                                     ("clients", client, "given_name"), ("addresses", address, "street")):
        answer = ben.push(mutation(entity, entity_id, **{field: (None, "x")})).json()["results"][0]
        assert answer["status"] == "rejected" and answer["reason"] == "not assigned"
    sneaky = create("events", matter_id=matter, kind="hearing", title="Injected", on_date="2025-01-11")
    assert ben.push(sneaky).json()["results"][0]["reason"] == "not assigned"
    sneaky_matter = create("matters", client_id=client, kind="sijs")
    assert ben.push(sneaky_matter).json()["results"][0]["reason"] == "not assigned"
    moved = create("events", matter_id=matter, kind="hearing", title="x", on_date="2025-01-12")
    ana.push(moved)
    own_client = create("clients", family_name="Roe", given_name="Bo")
    own_matter = create("matters", client_id=own_client["entity_id"], kind="sijs")
    ben.push(own_client, own_matter)
    steal = mutation("events", moved["entity_id"], matter_id=(matter, own_matter["entity_id"]))
    assert ben.push(steal).json()["results"][0]["status"] == "rejected"
    ana_state, _ = ana.pull_all()
    assert own_matter["entity_id"] not in ana_state and own_client["entity_id"] not in ana_state


def test_conflicts_of_another_attorney_are_invisible_and_unresolvable(hub):
    ana, ben, client, matter, *_ = _setup(hub)
    other = hub.device(ANA)
    other.push(mutation("matters", matter, judge=("Z", "Y")))  # hub has None: a conflict
    conflicts = ana.request("GET", "/v1/conflicts").json()["conflicts"]
    assert len(conflicts) == 1
    assert ben.request("GET", "/v1/conflicts").json()["conflicts"] == []
    r = ben.request("POST", f"/v1/conflicts/{conflicts[0]['conflict_id']}/resolve", {"value": "Y"})
    assert r.status_code == 404 and "error" in r.json()


def test_assignment_brings_a_matter_into_scope_in_the_next_pull(hub):
    ana, ben, client, matter, event, address = _setup(hub)
    _, cursor = ben.pull_all()
    assert hub.assign(BEN, matter) == 4
    state, cursor = ben.pull_all(cursor)
    assert set(state) == {client, matter, event, address}
    assert ben.push(mutation("events", event, title=("Master", "Master calendar"))).json()["results"][0][
        "status"] == "applied"
    admin.unassign(hub.db, BEN, matter)
    assert ben.push(mutation("events", event, title=("Master calendar", "x"))).json()["results"][0][
        "status"] == "rejected"
    state, _ = ben.pull_all(0)
    assert state == {}


def test_hub_created_matter_assigned_by_admin(hub):
    hub.attorney(ANA)
    ana = hub.device(ANA)
    client_id, matter_id = admin.add_matter(hub.db, hub.org_id, kind="sijs", family_name="Roe", given_name="Li")
    assert ana.pull_all()[0] == {}
    hub.assign(ANA, matter_id)
    state, _ = ana.pull_all()
    assert set(state) == {client_id, matter_id}
    assert state[matter_id]["data"]["client_id"] == client_id


def test_blobs_of_another_attorney_are_not_readable(hub):
    ana, ben, client, matter, *_ = _setup(hub)
    data = b"passport scan"
    sha = hashlib.sha256(data).hexdigest()
    ana.push(create("documents", matter_id=matter, title="Passport", sha256=sha, size_bytes=len(data)))
    assert ana.request("PUT", f"/v1/blobs/{sha}/chunks/0", content=data,
                       headers={"X-WB-Size": str(len(data))}).status_code == 200
    assert ana.request("POST", f"/v1/blobs/{sha}/complete").status_code == 200
    assert ana.request("GET", f"/v1/blobs/{sha}/chunks/0").content == data
    assert ben.request("GET", f"/v1/blobs/{sha}").status_code == 404
    assert ben.request("GET", f"/v1/blobs/{sha}/chunks/0").status_code == 404
    assert ben.request("POST", f"/v1/blobs/{sha}/complete").status_code == 404
    hub.assign(BEN, matter)  # now the blob's own matter is in his scope
    assert ben.request("GET", f"/v1/blobs/{sha}/chunks/0").content == data
    admin.unassign(hub.db, BEN, matter)  # and out of it again: no more reads
    assert ben.request("GET", f"/v1/blobs/{sha}/chunks/0").status_code == 404
