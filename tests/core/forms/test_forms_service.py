"""The fill service end to end on the real G-28 blank with a small test map: checks, overflow
to continuation pages, the box pointing at the sheet, output stored encrypted in the vault."""

import json
import shutil
import subprocess
from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from workbench.core.forms import blanks, fieldmap
from workbench.core.forms.editions import UnknownEditionError
from workbench.core.forms.service import fill_matter_form, store_output
from workbench.core.model import Client, Document, Matter, Person, enums as E

P1 = "form1[0].#subform[0]."
P3 = "form1[0].#subform[1]."
LONG_STREET = "1234 Extraordinarily Long Boulevard Name Northwest Suite Complex"
TEST_MAP = {
    "form": "g-28", "edition": "09/17/18",
    "groups": {"kids": {"label": "Child", "part": "3", "item": "5"}},
    "fields": {
        P3 + "Pt3Line5a_FamilyName[0]": {"q": "Client family name", "source": "client.family_name", "required": True,
                                          "part": "3", "item": "5.a"},
        P1 + "Line3a_StreetNumber[0]": {"q": "Attorney street", "source": "attorney.street", "part": "1", "item": "3.a"},
        P1 + "Line3b_Unit[0]": {"q": "Suite", "source": "attorney.unit_type", "checked_when": "ste", "part": "1"},
        P3 + "Pt3Line5b_GivenName[0]": {"q": "Kid 1", "source": "children[0].given_name", "group": "kids"},
        P3 + "Pt3Line5c_MiddleName[0]": {"q": "Kid 2", "source": "children[1].given_name", "group": "kids"},
        P3 + "Pt3Line7a_NameOfEntity[0]": {"q": "Entity", "source": "client.uscis_account_number",
                                            "if_blank": "N/A", "part": "3", "item": "7.a"},
        P1 + "Pt1Line2a_FamilyName[0]": {"q": "Attorney family name", "source": "attorney.family_name",
                                          "required": True, "part": "1", "item": "2.a"},
    },
}


@pytest.fixture
def setup(tmp_path, monkeypatch, uscis_dir, make_vault):
    forms_dir = tmp_path / "forms"
    (forms_dir / "g-28").mkdir(parents=True)
    (forms_dir / "g-28" / "09-17-18.json").write_text(json.dumps(TEST_MAP))
    monkeypatch.setattr(fieldmap, "FORMS_DIR", forms_dir)
    fieldmap.load_map.cache_clear()
    folder = tmp_path / "blanks"
    blanks.add_blank((uscis_dir / "g-28.pdf").read_bytes(), folder)
    vault, _ = make_vault()
    vault.set_meta("attorney_profile", json.dumps({"street": LONG_STREET, "unit_type": "STE"}))
    with vault.session() as s:
        c = Client(family_name="Okafor", given_name="Chidi", date_of_birth=date(1985, 1, 1))
        c.people = [Person(relation=E.Relationship.CHILD, family_name="Okafor", given_name=g,
                           date_of_birth=date(2010 + i, 1, 1)) for i, g in enumerate(["Ada", "Bola", "Chi"])]
        m = Matter(client=c, kind=E.MatterKind.VAWA_SELF_PETITION)
        s.add(m)
        s.flush()
        matter_id = m.id
    yield vault, matter_id, folder
    fieldmap.load_map.cache_clear()


def test_fill_checks_overflow_and_store(setup, tmp_path):
    vault, matter_id, folder = setup
    with vault.session() as s:
        result = fill_matter_form(s, "g-28", matter_id, blanks_folder=folder, today=date(2026, 11, 21))
    assert result.edition.form_id == "g-28" and not result.warnings
    messages = [c.message for c in result.checks]
    assert any("No answer: Attorney family name" in m for m in messages)
    assert any('Answered "N/A"' in m for m in messages)
    texts = [e.text for e in result.continuation]
    assert any(LONG_STREET in t for t in texts), "too long for its 34-character box"
    assert any(t.startswith("Child 3.") and "Chi" in t for t in texts), "a third row past the form's two"
    reader = PdfReader(BytesIO(result.pdf))
    fields = reader.get_fields()
    assert fields[P1 + "Line3a_StreetNumber[0]"]["/V"] == "See continuation sheet"
    assert fields[P3 + "Pt3Line5a_FamilyName[0]"]["/V"] == "Okafor"
    assert fields[P3 + "Pt3Line5c_MiddleName[0]"]["/V"] == "Bola"
    assert str(fields[P1 + "Line3b_Unit[0]"]["/V"]).strip("/ ") == "STE"
    assert len(reader.pages) == 5  # the 4 G-28 pages and one continuation sheet
    if shutil.which("pdftotext"):
        out = tmp_path / "filled.pdf"
        out.write_bytes(result.pdf)
        text = subprocess.run(["pdftotext", "-f", "5", "-l", "5", str(out), "-"], capture_output=True,
                              text=True).stdout
        assert "Additional Information" in text and "Okafor" in text and "Page Number: 1" in text
        assert "Signature" in text
    doc_id = store_output(vault, matter_id, result)
    with vault.session() as s:
        doc = s.get(Document, doc_id)
        assert doc.category == "generated form" and doc.media_type == "application/pdf"
    assert vault.attachments.read(doc.blob_id) == result.pdf
    raw = vault.attachments.path_for(doc.blob_id).read_bytes()
    assert b"Okafor" not in raw and b"%PDF" not in raw


def test_missing_and_unknown_blanks_are_named(setup, tmp_path):
    vault, matter_id, folder = setup
    with vault.session() as s, pytest.raises(Exception, match="I-589 has not been added"):
        fill_matter_form(s, "i-589", matter_id, blanks_folder=folder)
    from reportlab.pdfgen.canvas import Canvas
    buf = BytesIO()
    c = Canvas(buf)
    c.drawString(100, 100, "Form I-999 Edition 01/01/30")
    c.save()
    with pytest.raises(UnknownEditionError) as info:
        blanks.add_blank(buf.getvalue(), folder)
    assert "I-589" in str(info.value)
