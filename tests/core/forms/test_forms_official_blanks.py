"""Issue 12, item 6: only the official file of an edition is accepted silently.

A copy that reads as a known edition (its footer) but has other bytes — one flipped byte, a
``qpdf --decrypt`` rewrite — is refused, or kept only when the user says ``--not-official``, and then
every form filled from it carries a warning. Two blanks for one edition: the official one fills.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from datetime import date

import pytest

from workbench.core.forms import blanks, fieldmap
from workbench.core.forms.blanks import add_blank, blank_for, stored_blanks
from workbench.core.forms.service import fill_matter_form
from workbench.core.model import Client, Matter, enums as E

TEST_MAP = {"form": "g-28", "edition": "09/17/18", "fields": {
    "form1[0].#subform[1].Pt3Line5a_FamilyName[0]": {"q": "Client family name", "source": "client.family_name",
                                                      "part": "3", "item": "5.a"}}}


def flipped(pdf: bytes) -> bytes:
    raw = bytearray(pdf)
    raw[11] ^= 0x01  # a byte of the binary comment on line 2: the pages read the same
    return bytes(raw)


def decrypted(pdf: bytes, tmp_path) -> bytes:
    if not shutil.which("qpdf"):
        pytest.fail("qpdf is missing (.ci/debian-packages.txt)")
    src, out = tmp_path / "in.pdf", tmp_path / "out.pdf"
    src.write_bytes(pdf)
    subprocess.run(["qpdf", "--decrypt", str(src), str(out)], check=True)
    return out.read_bytes()


@pytest.mark.parametrize("change", ["one flipped byte", "qpdf --decrypt"])
def test_a_modified_official_blank_is_refused_by_default(uscis_dir, tmp_path, change):
    official = (uscis_dir / "i-589.pdf").read_bytes()
    copy = flipped(official) if change == "one flipped byte" else decrypted(official, tmp_path)
    folder = tmp_path / "blanks"
    from workbench.core.forms.blanks import NotOfficialBlankError

    with pytest.raises(NotOfficialBlankError) as info:
        add_blank(copy, folder)
    assert "Form I-589 edition 01/20/25" in str(info.value) and "--not-official" in str(info.value)
    assert not folder.exists() or not list(folder.iterdir())


def test_cli_add_blank_refuses_it_and_accepts_it_only_with_not_official(uscis_dir, tmp_path, capsys):
    from workbench.cli import main

    src = tmp_path / "g-28-copy.pdf"
    src.write_bytes(flipped((uscis_dir / "g-28.pdf").read_bytes()))
    assert main(["forms", "add-blank", str(src)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "not the official file" in err and "Traceback" not in err
    assert stored_blanks() == []
    assert main(["forms", "add-blank", "--not-official", str(src)]) == 0
    out = capsys.readouterr().out
    assert "Added Form G-28 edition 09/17/18" in out and "not the official file" in out
    assert main(["forms", "list"]) == 0
    assert any(line.startswith("G-28") and "not official" in line for line in capsys.readouterr().out.splitlines())


@pytest.fixture
def matter(tmp_path, monkeypatch, make_vault):
    forms_dir = tmp_path / "forms"
    (forms_dir / "g-28").mkdir(parents=True)
    (forms_dir / "g-28" / "09-17-18.json").write_text(json.dumps(TEST_MAP))
    monkeypatch.setattr(fieldmap, "FORMS_DIR", forms_dir)
    fieldmap.load_map.cache_clear()
    vault, _ = make_vault()
    with vault.session() as s:
        m = Matter(client=Client(family_name="Okafor", given_name="Chidi"), kind=E.MatterKind.VAWA_SELF_PETITION)
        s.add(m)
        s.flush()
        matter_id = m.id
    yield vault, matter_id
    fieldmap.load_map.cache_clear()


def test_every_form_filled_from_a_not_official_blank_warns_and_the_official_one_wins(uscis_dir, tmp_path, matter):
    vault, matter_id = matter
    folder = tmp_path / "blanks"
    official = (uscis_dir / "g-28.pdf").read_bytes()
    stored = add_blank(flipped(official), folder, not_official=True)
    assert not stored.edition.official and stored.path.name.endswith(".not-official.pdf")
    for _ in range(2):  # every fill, not only the first
        with vault.session() as s:
            result = fill_matter_form(s, "g-28", matter_id, blanks_folder=folder, today=date(2026, 11, 21))
        assert any("not the official file" in w for w in result.warnings), result.warnings
    add_blank(official, folder)  # both now exist for one edition: the official one fills, without a warning
    assert blank_for("g-28", folder).sha256 == hashlib.sha256(official).hexdigest()
    with vault.session() as s:
        result = fill_matter_form(s, "g-28", matter_id, blanks_folder=folder, today=date(2026, 11, 21))
    assert result.warnings == [] and result.edition.official


def test_a_stored_blank_changed_in_place_is_never_filled(uscis_dir, tmp_path):
    folder = tmp_path / "blanks"
    stored = add_blank((uscis_dir / "g-28.pdf").read_bytes(), folder)
    stored.path.write_bytes(flipped(stored.path.read_bytes()))  # same name, other bytes
    assert stored_blanks(folder) == []
    with pytest.raises(Exception, match="has not been added"):
        blank_for("g-28", folder)


def test_an_official_blank_is_accepted_silently(uscis_dir, tmp_path):
    stored = add_blank((uscis_dir / "g-28.pdf").read_bytes(), tmp_path, not_official=True)  # the flag changes nothing
    assert stored.edition.official and stored.edition.warning is None and stored.path.name.endswith(
        f"{stored.sha256}.pdf") and ".not-official" not in stored.path.name
    assert blanks.stored_blanks(tmp_path)[0].edition.official
