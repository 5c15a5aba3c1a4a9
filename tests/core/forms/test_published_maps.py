"""Published field maps on the device: installed in a real vault from a signed document, verified on
install and on every load, used for new fills on the real I-765 blank, and refused (nothing
installed, nothing lost) when unsigned, tampered with, from another organization, for an unknown
or malformed edition, unparsable, or older than what is installed.

The documents are signed here with a fresh Ed25519 key standing for the organization's, the way
the hub signs them (``published.sign``); tests/hub/test_forms_publish.py does the same through a
real hub and a sync round.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.core.forms.golden_kit import pypdf_read
from workbench.core.forms import blanks, installed_maps
from workbench.core.forms.editions import OUTDATED, known_editions, recognize
from workbench.core.forms.fieldmap import FORMS_DIR, load_map
from workbench.core.forms.published import PublishedMapError, canonical, new_payload, sign
from workbench.core.model import Client, Matter, VaultMeta, enums as E
from workbench.core.operations import form_maps
from workbench.core.operations.forms import fill_form, slot_for
from workbench.core.sync import state

ORG_ID, ORG_NAME = "0190b7a0-0000-7000-8000-00000000a11d", "Legal Aid Test"
I765_SHA = "9ac0eae287749d4c2dfa0a591f464cc2124c18647c10e999b59484f090e0dc7d"
FAMILY = "form1[0].Page1[0].Line1a_FamilyName[0]"


def shipped_i765() -> dict:
    return json.loads((FORMS_DIR / "i-765" / "08-21-25.json").read_text(encoding="utf-8"))


def upper_family_name(data: dict) -> dict:
    """The changed rule of the test's version 2: the family name in capitals."""
    data = copy.deepcopy(data)
    data["fields"][FAMILY]["format"] = "upper"
    return data


def document(key, data: dict, *, version: int = 2, sha: str = I765_SHA, org_id: str = ORG_ID, **record) -> bytes:
    payload = new_payload(data, organization_id=org_id, organization_name=ORG_NAME, form_name="I-765",
                          title="Application for Employment Authorization", sha256=sha, pages=7, status="current",
                          version=version, source="i765-v2.json, published by staff",
                          published_at="2026-12-01T10:00:00+00:00", **record)
    return sign(payload, key)


def resign(key, doc: bytes, change) -> bytes:
    """``doc`` with its payload changed by ``change`` and signed again (past the hub's own checks:
    a key holder who publishes something the device must still refuse)."""
    body = json.loads(doc)
    change(body["payload"])
    from workbench.core.forms.published import signed_bytes
    body["signature"] = base64.b64encode(key.sign(signed_bytes(body["payload"]))).decode()
    return canonical(body)


@pytest.fixture
def org_key():
    return Ed25519PrivateKey.generate()


@pytest.fixture
def vault(make_vault, org_key):
    """A real vault enrolled with an organization (its hub record holds the organization's key)."""
    v, _ = make_vault()
    public = org_key.public_key().public_bytes_raw()
    with v.session() as s:
        state.set_hub_info(s, state.HubInfo("http://127.0.0.1:9", "dev-1", "att-1", "a@firm.example", ORG_ID, ORG_NAME,
                                            base64.b64encode(public).decode(), base64.b64encode(b"\1" * 32).decode()))
        m = Matter(client=Client(family_name="Okafor", given_name="Chidi", date_of_birth=date(1985, 1, 1)),
                   kind=E.MatterKind.AFFIRMATIVE_ASYLUM, asylum_filed_on=date(2025, 1, 6))
        s.add(m)
        s.flush()
        v.matter_id = m.id
    yield v
    installed_maps.activate(None)


@pytest.fixture
def blanks_folder(tmp_path, uscis_dir):
    folder = tmp_path / "blanks"
    blanks.add_blank((uscis_dir / "i-765.pdf").read_bytes(), folder)
    return folder


def installed_files(v) -> list[str]:
    folder = v.folder / installed_maps.FOLDER
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*.json")) if folder.exists() else []


def family_name_filled(v, folder) -> str:
    filled = fill_form(v, slot_for(v, v.matter_id, "i-765"), blanks_folder=folder, today=date(2026, 12, 6))
    return pypdf_read(filled.pdf)[FAMILY]


def stored_provenance(v) -> list[str]:
    """What each stored fill says filled it (the document's description), oldest first."""
    from workbench.core.model import Document

    with v.session() as s:
        docs = s.query(Document).filter(Document.category == "generated form").order_by(Document.created_at).all()
        return [d.description.split(".")[0] for d in docs]


def test_an_installed_version_fills_new_forms_and_the_shipped_one_still_resolves(vault, org_key, blanks_folder):
    assert family_name_filled(vault, blanks_folder) == "Okafor"  # the shipped map, version 1
    done = form_maps.install_map_file(vault, document(org_key, upper_family_name(shipped_i765())))
    assert (done.label, done.new) == ("I-765 08/21/25 version 2", True)
    assert installed_files(vault) == ["i-765/08-21-25.v2.json"]
    assert family_name_filled(vault, blanks_folder) == "OKAFOR"  # version 2's rule
    assert stored_provenance(vault) == [  # each stored copy names the map that filled it
        "Filled with I-765 edition 08/21/25, field map version 1 (shipped with the app)",
        "Filled with I-765 edition 08/21/25, field map version 2 (published by Legal Aid Test on 12/01/2026)"]
    assert load_map("i-765", "08/21/25").version == 2
    assert load_map("i-765", "08/21/25", 1).rules[FAMILY].format == "text"  # a fill made with version 1 resolves
    rows = {(r.form_id, r.edition): r for r in form_maps.map_catalog(vault).rows}
    assert rows[("i-765", "08/21/25")].version == 2
    assert rows[("i-765", "08/21/25")].source == "published by Legal Aid Test on 12/01/2026"
    assert rows[("i-589", "01/20/25")].source == "shipped with the app"
    again = form_maps.install_map_file(vault, document(org_key, upper_family_name(shipped_i765())))
    assert again.new is False and installed_files(vault) == ["i-765/08-21-25.v2.json"]


def test_the_stored_record_stays_english_while_the_screens_translate(vault, org_key, blanks_folder):
    """A stored fill's description is a record anyone may read later (a supervising attorney, the
    organization); the screens speak the volunteer's language. A stand-in translator marks what
    went through translation."""
    from workbench.core import i18n

    form_maps.install_map_file(vault, document(org_key, upper_family_name(shipped_i765())))
    i18n.set_translator(lambda context, text, disambiguation=None, n=-1: f"<<{text}>>")
    try:
        family_name_filled(vault, blanks_folder)
        rows = {(r.form_id, r.edition): r for r in form_maps.map_catalog(vault).rows}
    finally:
        i18n.set_translator(None)
    assert stored_provenance(vault) == [
        "Filled with I-765 edition 08/21/25, field map version 2 (published by Legal Aid Test on 12/01/2026)"]
    assert rows[("i-765", "08/21/25")].source == "<<published by Legal Aid Test on 12/01/2026>>"
    assert rows[("i-589", "01/20/25")].source == "<<shipped with the app>>"


def test_a_recorded_map_whose_file_is_deleted_is_reported_not_silently_replaced(vault, org_key, blanks_folder):
    form_maps.install_map_file(vault, document(org_key, upper_family_name(shipped_i765())))
    assert family_name_filled(vault, blanks_folder) == "OKAFOR"
    (vault.folder / installed_maps.FOLDER / "i-765" / "08-21-25.v2.json").unlink()

    catalog = form_maps.map_catalog(vault)
    assert [p for p in catalog.problems if "file is gone" in p] == [
        "Version 2 of the field map for I-765 08/21/25 was installed in this vault, but its file is gone. The map "
        "shipped with the app (or an older installed version) fills this edition until it is installed again: the "
        "next sync with the organization fetches it again."]
    assert family_name_filled(vault, blanks_folder) == "Okafor"  # the shipped map fills meanwhile, and it says so
    from workbench.core.operations.forms import form_state

    state_now = form_state(vault, slot_for(vault, vault.matter_id, "i-765"), blanks_folder, today=date(2026, 12, 6))
    assert any("file is gone" in w for w in state_now.warnings) and state_now.map_version == 1
    assert {(r.form_id, r.version) for r in catalog.rows} >= {("i-765", 1)}

    form_maps.install_map_file(vault, document(org_key, upper_family_name(shipped_i765())))  # installed again
    assert not [p for p in form_maps.map_catalog(vault).problems if "file is gone" in p]
    assert family_name_filled(vault, blanks_folder) == "OKAFOR"


def test_maps_installed_before_the_record_was_kept_are_recorded_on_first_use(vault, org_key):
    form_maps.install_map_file(vault, document(org_key, upper_family_name(shipped_i765())))
    with vault.session() as s:  # a vault from before this record: the file is there, the record is not
        s.query(VaultMeta).filter(VaultMeta.key == state.INSTALLED_MAPS_KEY).delete()
    form_maps.map_catalog(vault)
    with vault.session() as s:
        assert state.installed_form_maps(s) == {("i-765", "08/21/25"): 2}


def test_installed_files_are_owner_only(vault, org_key):
    from tests.conftest import assert_owner_only

    form_maps.install_map_file(vault, document(org_key, upper_family_name(shipped_i765())))
    assert_owner_only(vault.folder / installed_maps.FOLDER / "i-765" / "08-21-25.v2.json")


def test_a_map_edited_on_disk_is_refused_on_load_and_the_shipped_map_fills(vault, org_key, blanks_folder):
    form_maps.install_map_file(vault, document(org_key, upper_family_name(shipped_i765())))
    path = vault.folder / installed_maps.FOLDER / "i-765" / "08-21-25.v2.json"
    body = json.loads(path.read_bytes())
    body["payload"]["map"]["fields"][FAMILY]["source"] = "client.given_name"  # someone edits the installed file
    path.write_bytes(canonical(body))
    assert family_name_filled(vault, blanks_folder) == "Okafor"
    catalog = form_maps.map_catalog(vault)
    assert [r.version for r in catalog.rows if r.form_id == "i-765"] == [1]
    assert len(catalog.problems) == 1 and "i-765/08-21-25.v2.json is not used" in catalog.problems[0]
    assert "signature does not match" in catalog.problems[0]


def test_a_renamed_file_is_refused_on_load(vault, org_key):
    form_maps.install_map_file(vault, document(org_key, upper_family_name(shipped_i765()), version=2))
    folder = vault.folder / installed_maps.FOLDER / "i-765"
    (folder / "08-21-25.v2.json").rename(folder / "08-21-25.v9.json")
    assert load_map("i-765", "08/21/25").version == 1
    problems = installed_maps.installed().problems
    assert [p for p in problems if "not what its name says" in p] and [p for p in problems if "file is gone" in p]


def _refused(vault, data: bytes, expected: str) -> None:
    before = installed_files(vault)
    with pytest.raises(PublishedMapError) as err:
        form_maps.install_map_file(vault, data)
    assert expected in str(err.value), str(err.value)
    assert installed_files(vault) == before


def test_refusals_install_nothing_and_lose_nothing(vault, org_key, blanks_folder):
    good = document(org_key, upper_family_name(shipped_i765()), version=3)
    form_maps.install_map_file(vault, good)
    body = json.loads(good)

    unsigned = dict(body, signature="")
    _refused(vault, canonical(unsigned), "is not signed")
    tampered = copy.deepcopy(body)
    tampered["payload"]["map"]["fields"][FAMILY]["source"] = "client.given_name"
    _refused(vault, canonical(tampered), "signature does not match")
    stranger = Ed25519PrivateKey.generate()
    _refused(vault, document(stranger, upper_family_name(shipped_i765()), version=4), "signature does not match")
    _refused(vault, document(stranger, upper_family_name(shipped_i765()), version=4,
                             org_id="0190b7a0-0000-7000-8000-0000000000ff"), "another organization")
    _refused(vault, shipped_i765_bytes(), "not a published field map")
    _refused(vault, b"\x00garbage", "not a published field map")
    _refused(vault, document(org_key, upper_family_name(shipped_i765()), version=2), "not newer than version 3")
    _refused(vault, resign(org_key, good, lambda p: p.update(version=1)), "publish version 2 or higher")
    _refused(vault, resign(org_key, good, lambda p: p.update(version=4) or p["edition"].update(sha256="ab" * 32)),
             "another official sha256")
    _refused(vault, resign(org_key, good, lambda p: p.update(version=4) or p["edition"].update(sha256="XYZ")),
             "sha256 is not 64 lowercase")
    _refused(vault, resign(org_key, good, lambda p: p.update(version=4) or p["edition"].update(edition="13/45/26")),
             "not a date written mm/dd/yy")
    _refused(vault, resign(org_key, good, lambda p: p.update(version=4) or p["edition"].update(form_id="i-999")),
             "not one this app fills")

    def unparsable(p):
        p.update(version=4)
        p["map"]["fields"][FAMILY]["source"] = "client.not a path"
    _refused(vault, resign(org_key, good, unparsable), "does not parse")
    # the installed version 3 is untouched and still fills
    assert family_name_filled(vault, blanks_folder) == "OKAFOR"


def shipped_i765_bytes() -> bytes:
    return (FORMS_DIR / "i-765" / "08-21-25.json").read_bytes()


def test_the_hubs_checks_refuse_to_sign_what_a_device_would_refuse(org_key):
    with pytest.raises(PublishedMapError, match="publish version 2 or higher"):
        document(org_key, shipped_i765(), version=1)
    broken = shipped_i765()
    broken["fields"][FAMILY]["format"] = "roman"
    with pytest.raises(PublishedMapError, match="does not parse.*unknown format 'roman'"):
        document(org_key, broken)


def test_a_new_edition_is_recognised_by_its_blank_supersedes_the_old_one_and_fills(vault, org_key, uscis_dir,
                                                                                    tmp_path):
    """A "new edition": its blank here is the 08/21/25 blank with one byte changed (another sha256, as a
    new file from uscis.gov has); the map is the 08/21/25 map renamed, with version 2's rule."""
    official = (uscis_dir / "i-765.pdf").read_bytes()
    raw = bytearray(official)
    raw[11] ^= 0x01  # a byte of the binary comment on line 2: the pages read the same
    new_blank = bytes(raw)
    new_sha = hashlib.sha256(new_blank).hexdigest()
    data = upper_family_name(shipped_i765())
    data["edition"] = "01/20/26"
    folder = tmp_path / "blanks"
    blanks.add_blank(official, folder)
    form_maps.use_vault_maps(vault)
    with pytest.raises(Exception, match="not the official file"):
        blanks.add_blank(new_blank, folder)  # unknown as an official file before the map is installed

    form_maps.install_map_file(vault, document(org_key, data, version=1, sha=new_sha, supersedes=["08/21/25"]))
    assert recognize(new_blank).edition.edition == "01/20/26"
    editions = {e.edition: e for e in known_editions("i-765")}
    assert editions["08/21/25"].status == OUTDATED and editions["01/20/26"].fileable
    blanks.add_blank(new_blank, folder)
    filled = fill_form(vault, slot_for(vault, vault.matter_id, "i-765"), blanks_folder=folder,
                       today=date(2026, 12, 6))
    assert filled.state.edition_label == "Form I-765 edition 01/20/26" and filled.state.fileable
    assert pypdf_read(filled.pdf)[FAMILY] == "OKAFOR"
    assert load_map("i-765", "08/21/25").version == 1  # the old edition keeps its map for forms filled on it


def test_without_the_vault_only_shipped_maps_count(vault, org_key):
    form_maps.install_map_file(vault, document(org_key, upper_family_name(shipped_i765())))
    installed_maps.activate(None)
    assert load_map("i-765", "08/21/25").version == 1
    form_maps.use_vault_maps(vault)
    assert load_map("i-765", "08/21/25").version == 2


def test_the_cli_installs_and_lists(vault, org_key, tmp_path, capsys, monkeypatch):
    from tests.support.vaults import PASSPHRASE
    from workbench.cli import main

    src = tmp_path / "i765-v2.json"
    src.write_bytes(document(org_key, upper_family_name(shipped_i765())))
    folder = str(vault.folder)
    vault.close()
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", PASSPHRASE)
    assert main(["--vault", folder, "forms", "install", str(src)]) == 0
    assert "Installed the field map I-765 08/21/25 version 2." in capsys.readouterr().out
    assert main(["--vault", folder, "forms", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    i765 = next(line for line in lines if line.startswith("I-765 "))
    assert "v2" in i765 and "published by Legal Aid Test on 12/01/2026" in i765
    assert "shipped with the app" in next(line for line in lines if line.startswith("I-589 "))
    src.write_bytes(shipped_i765_bytes())
    assert main(["--vault", folder, "forms", "install", str(src)]) == 2
    err = capsys.readouterr().err
    assert "not a published field map" in err and "Traceback" not in err
