"""Publishing a field map at a real hub (SQLite and PostgreSQL, uvicorn on loopback) and installing it
at sync in a real vault: the staff command checks and signs, the round installs, the next fill on
the real I-765 blank uses the new version; a row changed in the hub's database is refused by the
device; the endpoints answer only enrolled devices."""

from __future__ import annotations

import json
from datetime import date

import httpx
import pytest
from sqlalchemy import update

from tests.core.forms.golden_kit import pypdf_read
from tests.core.forms.test_published_maps import FAMILY, I765_SHA, shipped_i765, upper_family_name
from tests.sync.conftest import EMAIL, PW
from workbench.core.forms import blanks, installed_maps
from workbench.core.forms.fieldmap import load_map
from workbench.core.model import Client, Matter, enums as E
from workbench.core.operations.forms import fill_form, slot_for
from workbench.core.sync.client import enroll, sync
from workbench.core.vault.store import Vault
from workbench.hub.cli import main
from workbench.hub.models import PublishedFormMap


def publish(hub, capsys, map_file, *args) -> tuple[int, dict | None, str]:
    code = main(["--db", hub.db.url, "--keys", str(hub.keys_path), "--json", "forms", "publish", str(map_file), *args])
    out = capsys.readouterr()
    return code, (json.loads(out.out) if code == 0 else None), out.err


@pytest.fixture
def device(hub, tmp_path, uscis_dir):
    hub.attorney(EMAIL)
    v, _ = Vault.create(tmp_path / "laptop", PW, store=None, calibrate=False)
    enroll(v, hub.url, hub.code(EMAIL), "laptop")
    with v.session() as s:
        m = Matter(client=Client(family_name="Okafor", given_name="Chidi", date_of_birth=date(1985, 1, 1)),
                   kind=E.MatterKind.AFFIRMATIVE_ASYLUM, asylum_filed_on=date(2025, 1, 6))
        s.add(m)
        s.flush()
        v.matter_id = m.id
    v.blanks = tmp_path / "blanks"
    blanks.add_blank((uscis_dir / "i-765.pdf").read_bytes(), v.blanks)
    yield v
    installed_maps.activate(None)
    v.close()


def family_name(v) -> str:
    filled = fill_form(v, slot_for(v, v.matter_id, "i-765"), blanks_folder=v.blanks, today=date(2026, 12, 6))
    return pypdf_read(filled.pdf)[FAMILY]


def test_publish_then_sync_installs_and_the_next_fill_uses_it(hub, device, tmp_path, capsys):
    map_file = tmp_path / "i765.json"
    map_file.write_text(json.dumps(upper_family_name(shipped_i765())))
    code, done, err = publish(hub, capsys, map_file, "--edition-sha256", I765_SHA, "--source", "USCIS change of 12/01")
    assert code == 0, err
    assert (done["form_id"], done["edition"], done["version"]) == ("i-765", "08/21/25", 2)
    assert family_name(device) == "Okafor"  # published, not yet synced

    report = sync(device)
    assert report.form_maps_installed == ["I-765 08/21/25 version 2"] and report.form_maps_refused == []
    assert family_name(device) == "OKAFOR"
    assert load_map("i-765", "08/21/25").published_by.english().startswith("published by Legal Aid Test on ")
    assert sync(device).form_maps_installed == []  # the cursor moved: nothing fetched twice

    # a version is published once; an older one is refused by the staff command
    assert publish(hub, capsys, map_file, "--edition-sha256", I765_SHA, "--version", "2")[0] == 1
    # the official file of a shipped edition cannot be changed by a publication
    code, _, err = publish(hub, capsys, map_file, "--edition-sha256", "ab" * 32)
    assert code == 1 and "another official sha256" in err


def test_a_map_file_deleted_from_the_vault_is_fetched_again_at_the_next_sync(hub, device, tmp_path, capsys):
    """The cursor had moved past the map: without the vault's record of what it installed, the
    deleted file would never come back and the shipped map would fill in silence."""
    map_file = tmp_path / "i765.json"
    map_file.write_text(json.dumps(upper_family_name(shipped_i765())))
    assert publish(hub, capsys, map_file, "--edition-sha256", I765_SHA)[0] == 0
    assert sync(device).form_maps_installed == ["I-765 08/21/25 version 2"]
    (device.folder / installed_maps.FOLDER / "i-765" / "08-21-25.v2.json").unlink()
    assert family_name(device) == "Okafor"
    assert any("file is gone" in p for p in installed_maps.installed().problems)

    report = sync(device)
    assert report.form_maps_installed == ["I-765 08/21/25 version 2"] and report.form_maps_refused == []
    assert family_name(device) == "OKAFOR" and installed_maps.installed().problems == ()
    assert sync(device).form_maps_installed == []


def test_a_map_changed_in_the_hubs_database_is_refused_by_the_device(hub, device, tmp_path, capsys):
    map_file = tmp_path / "i765.json"
    map_file.write_text(json.dumps(upper_family_name(shipped_i765())))
    assert publish(hub, capsys, map_file, "--edition-sha256", I765_SHA)[0] == 0
    with hub.db.session() as s:  # someone with the database but not the key file edits the document
        row = s.query(PublishedFormMap).one()
        forged = json.loads(row.document)
        forged["payload"]["map"]["fields"][FAMILY]["source"] = "client.given_name"
        s.execute(update(PublishedFormMap).values(document=json.dumps(forged).encode()))
    report = sync(device)
    assert report.form_maps_installed == [] and len(report.form_maps_refused) == 1
    assert "signature does not match" in report.form_maps_refused[0]
    assert family_name(device) == "Okafor"
    assert not (device.folder / installed_maps.FOLDER).exists() or not any(
        (device.folder / installed_maps.FOLDER).rglob("*.json"))


def test_a_map_that_does_not_parse_is_not_published(hub, tmp_path, capsys):
    broken = shipped_i765()
    broken["fields"][FAMILY]["source"] = "client.not a path"
    map_file = tmp_path / "broken.json"
    map_file.write_text(json.dumps(broken))
    code, _, err = publish(hub, capsys, map_file, "--edition-sha256", I765_SHA)
    assert code == 1 and "does not parse" in err and "bad path segment" in err
    with hub.db.read() as s:
        assert s.query(PublishedFormMap).count() == 0


def test_the_endpoints_answer_only_enrolled_devices(hub):
    with httpx.Client(base_url=hub.url) as http:
        assert http.get("/v1/form-maps", params={"since": 0}).status_code == 401
        assert http.get("/v1/form-maps/1").status_code == 401


def test_an_offline_device_installs_the_exported_document(hub, device, tmp_path, capsys):
    from workbench.core.operations.form_maps import install_map_file

    map_file = tmp_path / "i765.json"
    map_file.write_text(json.dumps(upper_family_name(shipped_i765())))
    code, done, _ = publish(hub, capsys, map_file, "--edition-sha256", I765_SHA)
    out = tmp_path / "sent.json"
    assert main(["--db", hub.db.url, "--keys", str(hub.keys_path), "forms", "export", str(done["seq"]),
                 "--out", str(out)]) == 0
    capsys.readouterr()
    assert install_map_file(device, out.read_bytes()).label == "I-765 08/21/25 version 2"
    assert family_name(device) == "OKAFOR"
    assert sync(device).form_maps_installed == []  # the same document at sync: already installed


def test_the_acknowledgement_bundle_carries_the_maps_published_since(hub, device, tmp_path, capsys):
    """Offline: the export bundle names the device's map cursor, the hub's acknowledgement carries
    the maps published after it, the device verifies and installs them on import (and a map changed
    in the hub's database travels in the ack but is refused)."""
    from workbench.core.sync.bundles import export_bundle, import_ack
    from workbench.hub.bundles import import_bundle

    map_file = tmp_path / "i765.json"
    map_file.write_text(json.dumps(upper_family_name(shipped_i765())))
    assert publish(hub, capsys, map_file, "--edition-sha256", I765_SHA)[0] == 0
    out, ack = tmp_path / "out.bundle", tmp_path / "ack.bundle"
    export_bundle(device, out)
    ack.write_bytes(import_bundle(hub.db, hub.keys, out.read_bytes()).ack)
    report = import_ack(device, ack)
    assert report.form_maps_installed == ["I-765 08/21/25 version 2"] and report.form_maps_refused == []
    assert family_name(device) == "OKAFOR"

    third = upper_family_name(shipped_i765())
    third["fields"][FAMILY]["format"] = "text"
    map_file.write_text(json.dumps(third))
    assert publish(hub, capsys, map_file, "--edition-sha256", I765_SHA)[0] == 0  # version 3
    with hub.db.session() as s:
        row = s.query(PublishedFormMap).filter_by(version=3).one()
        forged = json.loads(row.document)
        forged["payload"]["source"] = "someone else"
        row.document = json.dumps(forged).encode()
    export_bundle(device, out)
    ack.write_bytes(import_bundle(hub.db, hub.keys, out.read_bytes()).ack)
    report = import_ack(device, ack)
    assert report.form_maps_installed == [] and "signature does not match" in report.form_maps_refused[0]
    assert family_name(device) == "OKAFOR"  # version 2 still fills
