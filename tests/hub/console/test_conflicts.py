"""A conflict resolved in the console ends exactly as one resolved with ``workbench-hub resolve``
(one code path: ``conflicts.resolve_for_organization``), and the devices pull the answer."""

from __future__ import annotations

import json

from sqlalchemy import select

from tests.hub.support import create, mutation
from workbench.hub.cli import main as hub_cli
from workbench.hub.models import Conflict, Record, StaffAccount

ANA = "ana@firm.example"


def _conflicted_matter(hub, a, b) -> tuple[str, str]:
    client = create("clients", family_name="Doe", given_name="Ana")
    matter = create("matters", client_id=client["entity_id"], kind="sijs", judge="Smith")
    assert a.push(client, matter).status_code == 200
    a.push(mutation("matters", matter["entity_id"], judge=("Smith", "Hon. Hub")))
    answer = b.push(mutation("matters", matter["entity_id"], judge=("Smith", "Hon. Device"))).json()
    assert answer["results"][0]["status"] == "conflict"
    with hub.db.read() as s:
        conflict = s.scalar(select(Conflict.id).where(Conflict.entity_id == matter["entity_id"]))
    return matter["entity_id"], conflict


def _state(hub, matter_id):
    with hub.db.read() as s:
        row = s.get(Record, (hub.org_id, matter_id))
        conflict = s.scalar(select(Conflict).where(Conflict.entity_id == matter_id))
        resolved = json.loads(conflict.resolved_value) if conflict.resolved_value is not None else None
        return json.loads(row.data)["judge"], row.seq, conflict.resolved_at is not None, resolved, \
            conflict.resolved_by


def test_console_and_command_line_resolve_alike(hub, staff, capsys):
    hub.attorney(ANA)
    a, b = hub.device(ANA), hub.device(ANA)
    by_cli, cli_conflict = _conflicted_matter(hub, a, b)
    by_console, console_conflict = _conflicted_matter(hub, a, b)
    _, cursor = a.pull_all()

    assert hub_cli(["--db", hub.db.url, "--keys", str(hub.keys_path), "resolve", cli_conflict, "--device"]) == 0
    assert "judge" in capsys.readouterr().out
    coordinator = staff("coordinator")
    page = coordinator.get(f"/admin/conflicts/{console_conflict}")
    assert page.status_code == 200 and "Hon. Hub" in page.text and "Hon. Device" in page.text
    r = coordinator.post_form(f"/admin/conflicts/{console_conflict}", f"/admin/conflicts/{console_conflict}/resolve",
                              {"choice": "device"})
    assert r.status_code == 303

    cli, console = _state(hub, by_cli), _state(hub, by_console)
    assert cli[0] == console[0] == "Hon. Device" and cli[2] is console[2] is True and cli[3] == console[3]
    assert console[1] > cli[1]  # each resolution is a new change, after the one before
    with hub.db.read() as s:
        assert console[4] == s.scalar(select(StaffAccount.id).where(StaffAccount.email == "coordinator@org.example"))
    assert cli[4] == "workbench-hub"
    changes, _ = b.pull_all(cursor)  # the devices receive both answers at their next sync
    assert {changes[m]["data"]["judge"] for m in (by_cli, by_console)} == {"Hon. Device"}
    assert b.request("GET", "/v1/conflicts").json()["conflicts"] == []

    again = coordinator.post_form("/admin/conflicts", f"/admin/conflicts/{console_conflict}/resolve",
                                  {"choice": "hub"})
    assert again.status_code == 409 and _state(hub, by_console)[0] == "Hon. Device"


def test_another_value_and_bad_choices(hub, staff):
    hub.attorney(ANA)
    matter, conflict = _conflicted_matter(hub, hub.device(ANA), hub.device(ANA))
    c = staff("admin")
    path = f"/admin/conflicts/{conflict}"
    assert c.post_form(path, path + "/resolve", {"choice": "neither"}).status_code == 422
    assert c.post_form(path, path + "/resolve", {"choice": "other", "other": "bad\u202evalue"}).status_code == 422
    assert _state(hub, matter)[2] is False  # nothing changed
    assert c.post_form(path, path + "/resolve", {"choice": "other", "other": "Hon. Third"}).status_code == 303
    assert _state(hub, matter)[0] == "Hon. Third"
    assert staff("reporter").get(path).status_code == 403


def test_a_long_typed_value_is_accepted(hub, staff):
    """A conflict on a long text field is settled with a long value (more than the 4 KiB other
    console forms may carry), as a device could send it."""
    hub.attorney(ANA)
    matter, conflict = _conflicted_matter(hub, hub.device(ANA), hub.device(ANA))
    c = staff("admin")
    path = f"/admin/conflicts/{conflict}"
    long_text = "Hon. " + "Third, of the long name, " * 800  # ~20 KB
    assert c.post_form(path, path + "/resolve", {"choice": "other", "other": long_text}).status_code == 303
    assert _state(hub, matter)[0] == long_text


def test_a_refusal_of_the_shared_hub_code_reads_in_spanish(hub, staff):
    """The hub's own sentences (here the conflict rules') are translated on a Spanish page, and a
    sentence with a value is translated before the value is filled in."""
    hub.attorney(ANA)
    matter, conflict = _conflicted_matter(hub, hub.device(ANA), hub.device(ANA))
    c = staff("admin")
    c.http.headers["Accept-Language"] = "es"
    path = f"/admin/conflicts/{conflict}"
    page = c.post_form(path, path + "/resolve", {"choice": "neither"})
    assert page.status_code == 422 and "Elija el valor del hub, el del dispositivo, o escriba otro." in page.text
    page = c.post_form(path, path + "/resolve", {"choice": "other", "other": "bad\u202evalue"})
    assert page.status_code == 422 and "El valor elegido contiene" in page.text and "U+202E" in page.text
    assert c.post_form(path, path + "/resolve", {"choice": "hub"}).status_code == 303
    page = c.post_form(path, path + "/resolve", {"choice": "hub"})
    assert page.status_code == 409 and "Este conflicto ya se resolvió." in page.text
