"""The I-918 family of field maps, end to end: I-918 (01/20/25), Supplement A (01/20/25 and the
outdated 02/07/17) and Supplement B (01/20/25 and the outdated 02/07/17).

A real vault holds one fictional U-visa matter: the petitioner (the U-1 principal), her spouse,
two children who are her qualifying family members (one in the United States, one abroad), a
parent (whom the I-918 does not ask about), the certifying agency and the interpreter as contacts,
the attorney's profile and the questionnaire answers. Its profile is resolved through each map and
filled into:

* the official I-918 and the 02/07/17 Supplements A and B from ``../shared/uscis`` (real PDFs);
* for the 01/20/25 supplements, whose PDFs are not available, a stand-in PDF built here with
  ReportLab's AcroForm under exactly the field names of ``FIELDNAMES-*-ed-01-20-25.tsv``.

Everything is read back with pypdf. Page 1 of the filled I-918 is rendered to
screenshots/forms/i-918-mapped-p1.png for a reviewer to look at.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from workbench.core.forms.editions import identify
from workbench.core.forms.derived import apply as apply_derived
from workbench.core.forms.fieldmap import load_map
from workbench.core.forms.fieldmap import resolve as resolve_profile
from workbench.core.forms.pdf_fill import fill_pdf, list_fields
from workbench.core.forms.profile import build_profile
from workbench.core.model import (Address, Client, Contact, Entry, FormAnswer, Matter, Person, TravelDocument,
                                  enums as E)
from workbench.core.vault.store import Vault


def resolve(fmap, profile):
    """Resolve as the service does: the map's derived sections first (the I-918's ``household``)."""
    return resolve_profile(fmap, apply_derived(fmap.derived, profile)[0])

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO.parent / "shared" / "uscis"
SCREENSHOT = REPO / "screenshots" / "forms" / "i-918-mapped-p1.png"
TODAY = date(2025, 7, 1)

F = "form1[0]."
S = [F + f"#subform[{i}]." for i in range(13)]
PG2 = F + "page2[0]."
PG4 = F + "pg4[0]."
EMPTY = (None, "", " ", "/Off")  # never set (ReportLab stand-ins start fields at "" or " ")

ATTORNEY = {"family_name": "Whitfield", "given_name": "Margaret", "middle_name": None, "firm": "Lakeside Legal Aid",
            "bar_number": "6312345", "uscis_account_number": "123456789012", "street": "77 W Jackson Blvd",
            "unit_type": "STE", "unit": "1100", "city": "Chicago", "state": "IL", "zip_code": "60604",
            "country": "United States", "phone": "(312) 555-0123", "mobile_phone": "312-555-0188",
            "email": "mwhitfield@example.org"}

NO = False
ANSWERS: dict[str, tuple] = {  # key: (value, explanation)
    # I-918
    "i918_g28_attached": (True, None),
    "i918_p1_22_current_status": ("No status (entered without inspection)", None),
    "i918_p2_1": (True, "Domestic violence and felonious assault by my former partner, Chicago, 2022."),
    "i918_p2_2": (True, "Broken arm; treated at Stroger Hospital; counseling since 2022."),
    "i918_p2_3": (True, None),
    "i918_p2_4": (True, None),
    "i918_p2_5": (True, None),
    "i918_p2_6": (NO, None),
    "i918_p4_26": (True, None),
    "i918_interpreter_family_name": ("Fuentes", None),
    "i918_interpreter_given_name": ("Marta", None),
    "i918_interpreter_street": ("400 N Michigan Ave", None),
    "i918_interpreter_unit_type": ("FLR", None),
    "i918_interpreter_unit": ("12", None),
    "i918_interpreter_city": ("Chicago", None),
    "i918_interpreter_state": ("IL", None),
    "i918_interpreter_zip_code": ("60611", None),
    "i918_p3_arrest1_reason": ("Cited for driving without a license", None),
    "i918_p3_arrest1_date": ("2021-09-30", None),  # JSON has no date type: ISO text
    "i918_p3_arrest1_city": ("Cicero", None),
    "i918_p3_arrest1_state": ("IL", None),
    "i918_p3_arrest1_country": ("United States", None),
    "i918_p3_arrest1_outcome": ("Fine paid, case closed", None),
    # Supplement A (the matter's answers: the same for every member, see docs/forms/i-918.md)
    "i918a_principal_i918_status": ("Pending", None),
    "i918a_member_residence_street": ("1520 S Blue Island Ave", None),
    "i918a_member_residence_unit_type": ("APT", None),
    "i918a_member_residence_unit": ("2F", None),
    "i918a_member_residence_city": ("Chicago", None),
    "i918a_member_residence_state": ("IL", None),
    "i918a_member_residence_zip_code": ("60608", None),
    "i918a_p4_8_ead": (True, None),
    "i918a_member_interpreter_needed": (True, None),
    "i918a_member_interpreter_language": ("Spanish", None),
    # Supplement B: the agency's known facts
    "i918b_official_family_name": ("O'Neil", None),
    "i918b_official_given_name": ("Karen", None),
    "i918b_head_family_name": ("Snelling", None),
    "i918b_head_given_name": ("Larry", None),
    "i918b_agency_street": ("3510 S Michigan Ave", None),
    "i918b_agency_unit_type": ("STE", None),
    "i918b_agency_unit": ("400", None),
    "i918b_agency_city": ("Chicago", None),
    "i918b_agency_state": ("IL", None),
    "i918b_agency_zip_code": ("60653", None),
    "i918b_agency_country": ("United States", None),
    "i918b_agency_type": ("Local", None),
    "i918b_case_status": ("On-going", None),
    "i918b_agency_category": ("Law Enforcement", None),
    "i918b_case_number": ("JB-123456", None),
}
P3_ITEMS = ["1a", "1b", "1c", "1d", "1e", "1f", "1g", "1h", "1i", "4a", "4b", "4c", "4d", "5a", "5b", "5c", "5d",
            "5e", "6a", "6b", "6c", "6d", "6e", "6f", "6g", "7a", "7b", "7c", "8", "9", "10a", "10b", "10c", "10d",
            "10e", "10f", "10g", "11", "12a", "12b", "12c", "13a", "13b", "13c", "14a", "14b", "14c", "15a", "15b",
            "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29a", "29b", "29c"]
for _item in P3_ITEMS:
    ANSWERS[f"i918_p3_{_item}"] = (NO, None)
    ANSWERS[f"i918a_p5_{_item}"] = (NO, None)
ANSWERS["i918_p3_1b"] = (True, "Cited in Cicero, IL on 09/30/2021 for driving without a license; fine paid.")
ANSWERS["i918_p3_1c"] = (True, "Charged with the same traffic offense; no other charges.")


@pytest.fixture(scope="module")
def matter(tmp_path_factory):
    """(profile of the I-918, {member given name: profile of Supplement A for that member})."""
    folder = tmp_path_factory.mktemp("i918") / "vault"
    vault, _ = Vault.create(folder, "long passphrase here", store=None, calibrate=False)
    try:
        vault.set_meta("attorney_profile", json.dumps(ATTORNEY))
        with vault.session() as s:
            K, R = E.AddressKind, E.Relationship
            c = Client(family_name="Ramirez Lopez", given_name="Ana", middle_name="Beatriz",
                       other_names=[{"family_name": "Lopez", "given_name": "Ana"}], a_number="A-098-765-432",
                       date_of_birth=date(1988, 3, 9), sex=E.Sex.FEMALE, marital_status=E.MaritalStatus.MARRIED,
                       country_of_birth="Guatemala", nationality="Guatemala", phone="(773) 555-0142",
                       email="ana.rl@example.net", interpreter_needed=True, interpreter_language="Spanish",
                       court_proceedings=E.CourtProceedings.NEVER)
            c.addresses = [
                Address(kind=K.RESIDENCE, street="1520 S Blue Island Ave", unit_type="APT", unit="2F", city="Chicago",
                        state="IL", zip_code="60608", country="United States", from_date=date(2020, 1, 1)),
                Address(kind=K.MAILING, in_care_of="Mujeres Latinas en Accion", street="2124 W 21st Pl",
                        unit_type="STE", unit="200", city="Chicago", state="IL", zip_code="60608-4512",
                        country="United States"),
            ]
            c.travel_documents = [TravelDocument(kind=E.TravelDocumentKind.PASSPORT, number="GT7654321",
                                                 issuing_country="Guatemala", issued_on=date(2015, 6, 1),
                                                 expires_on=date(2025, 5, 31))]
            c.entries = [Entry(entry_date=date(2019, 8, 14), place="San Ysidro, CA", status="EWI"),
                         Entry(entry_date=date(2015, 2, 2), place="Houston, TX", status="B-2", i94_number="98765432101",
                               status_expires_on=date(2015, 8, 1))]
            c.people = [
                Person(relation=R.SPOUSE, family_name="Morales Diaz", given_name="Luis", date_of_birth=date(1985, 11, 2),
                       sex=E.Sex.MALE, country_of_birth="Guatemala", current_location="Chicago, IL, USA",
                       in_united_states=True),
                Person(relation=R.CHILD, family_name="Morales Ramirez", given_name="Sofia", middle_name="Isabel",
                       date_of_birth=date(2010, 4, 20), sex=E.Sex.FEMALE, marital_status=E.MaritalStatus.SINGLE,
                       country_of_birth="Guatemala", nationality="Guatemala", passport_number="GT1112223",
                       current_location="Chicago, IL, USA", in_united_states=True, last_entry_date=date(2019, 8, 14),
                       last_entry_place="San Ysidro", current_status="No status", in_court_proceedings=False,
                       phone="(773) 555-0142", include_in_application=True),
                Person(relation=R.CHILD, family_name="Morales Ramirez", given_name="Daniel",
                       date_of_birth=date(2013, 9, 5), sex=E.Sex.MALE, marital_status=E.MaritalStatus.SINGLE,
                       country_of_birth="Guatemala", nationality="Guatemala", a_number="A-201-234-567",
                       current_location="Guatemala City, Guatemala", in_united_states=False,
                       in_court_proceedings=False, phone="(773) 555-0142", include_in_application=True),
                Person(relation=R.PARENT, family_name="Lopez Garcia", given_name="Rosa", date_of_birth=date(1962, 1, 1),
                       current_location="Quetzaltenango, Guatemala"),
            ]
            m = Matter(client=c, kind=E.MatterKind.U_VISA, forum=E.Forum.USCIS)
            s.add(m)
            s.flush()
            s.add(Contact(matter_id=m.id, role=E.ContactRole.CERTIFYING_AGENCY, name="Karen O'Neil",
                          organization="Chicago Police Department", title="Detective, Special Victims Unit",
                          phone="(312) 746-6000", email="svu@example.gov",
                          address="3510 S Michigan Ave, Suite 400, Chicago, IL 60653"))
            s.add(Contact(matter_id=m.id, role=E.ContactRole.INTERPRETER, name="Marta Fuentes",
                          organization="Language Bridge Chicago", phone="312-555-0177", email="marta@example.org"))
            for key, (value, explanation) in ANSWERS.items():
                s.add(FormAnswer(matter_id=m.id, key=key, value=value, explanation=explanation))
            s.flush()
            kids = {p.given_name: p.id for p in c.people if p.relation == R.CHILD}
            matter_id = m.id
        with vault.session() as s:
            profile = build_profile(s, matter_id, today=TODAY)
            members = {name: build_profile(s, matter_id, today=TODAY, member_id=pid) for name, pid in kids.items()}
    finally:
        vault.close()
    return profile, members


def _fill(pdf: bytes, form: str, edition: str, profile: dict):
    fmap = load_map(form, edition)
    res = resolve(fmap, profile)
    out = fill_pdf(pdf, res.values)
    assert out.report.refused == (), [(r.name, r.reason) for r in out.report.refused]
    assert set(out.report.filled) == set(res.values)
    values = {k: (None if v.get("/V") is None else str(v.get("/V")))
              for k, v in (PdfReader(io.BytesIO(out.pdf)).get_fields() or {}).items()}
    return fmap, res, out, values


# ----------------------------------------------------------------------------- stand-in PDFs
US_STATES = ["N/A", "AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA", "ID", "IL", "IN",
             "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE", "NH", "NJ", "NM",
             "NV", "NY", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VT", "WA", "WI", "WV", "WY"]


def stand_in_pdf(fieldnames_tsv: Path) -> bytes:
    """A PDF with one AcroForm field per row of a FIELDNAMES tsv, under exactly that full name.

    ReportLab writes each name as a single flat /T (dots, brackets and '#' kept as they are), and
    the fill engine joins /T parts with '.', so a flat "form1[0].#subform[0].X[0]" is found under
    the same full name as the official hierarchical one."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    with open(fieldnames_tsv, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    cols, per_col, width, height = 3, 52, 180, 12
    for i, row in enumerate(rows):
        slot = i % (cols * per_col)
        if i and slot == 0:
            c.showPage()
        if slot == 0:
            c.setFont("Helvetica", 8)
            c.drawString(36, 770, f"Stand-in for {fieldnames_tsv.name} (field names only; not a USCIS form)")
        x, y = 36 + (slot // per_col) * (width + 8), 750 - (slot % per_col) * (height + 2)
        name, kind = row["fully_qualified_name"], row["type_per_map"]
        if kind == "checkbox":
            c.acroForm.checkbox(name=name, x=x, y=y, size=height, buttonStyle="check", borderWidth=0.5)
        elif kind == "dropdown":
            c.acroForm.choice(name=name, x=x, y=y, width=width, height=height, options=[" "] + US_STATES, value=" ",
                              fontSize=7)
        else:
            c.acroForm.textfield(name=name, x=x, y=y, width=width, height=height, fontSize=6, borderWidth=0.5)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture(scope="module")
def filled_i918(matter):
    return _fill((SHARED / "i-918.pdf").read_bytes(), "i-918", "01/20/25", matter[0])


# ----------------------------------------------------------------------------- I-918
def test_i918_every_value_lands_and_nothing_required_is_missing(filled_i918):
    fmap, res, out, _ = filled_i918
    assert [r.q for r in res.missing_required] == []
    blank = list_fields((SHARED / "i-918.pdf").read_bytes())
    assert {f.name for f in blank if not f.read_only} <= set(fmap.rules)


def test_i918_part_1(filled_i918):
    v = filled_i918[3]
    s0 = S[0]
    assert v[s0 + "Pt1Line1a_FamilyName[0]"] == "Ramirez Lopez"
    assert v[s0 + "Pt1Line1c_MiddleName[0]"] == "Beatriz"
    assert v[s0 + "P1_Line2a_OtherFamilyName[0]"] == "Lopez"
    assert v[s0 + "P1_Line2c_OtherMiddleName[0]"] == "N/A"  # the other name has no middle name
    assert v[s0 + "P1_Line3a_StreetNumberName[0]"] == "1520 S Blue Island Ave"
    assert v[s0 + "P1_Line3b_Unit[2]"] == "/ APT "  # the export value carries spaces
    assert v[s0 + "P1_Line3b_Unit[0]"] in EMPTY
    assert v[s0 + "P1_Line3b_AptSteFlrNumber[0]"] == "2F"
    assert v[s0 + "P1_Line3d_State[0]"] == "IL"
    assert v[s0 + "P1_Line3f_Province[0]"] == "N/A"
    assert v[s0 + "P1_Line4a_InCareofName[0]"] == "Mujeres Latinas en Accion"
    assert v[s0 + "P1_Line4c_Unit[0]"] == "/ STE "
    assert v[s0 + "P1_Line4f_ZipCode[0]"] == "60608"
    # the safe mailing address applies (she has one): its boxes that do not apply to a U.S. address are "N/A"
    assert v[s0 + "P1_Line4g_Province[0]"] == v[s0 + "P1_Line4h_PostalCode[0]"] == "N/A"
    assert v[s0 + "P1_Line5_AlienNumber[0]"] == "098765432"
    assert v[s0 + "P1_Line6_SSN[0]"] in EMPTY  # a numeric comb box takes digits or nothing, never "N/A"
    assert v[s0 + "P1_Line8_checkboxes[3]"] == "/Married"
    assert v[s0 + "G28_CheckBox1[0]"] == "/1"
    assert v[s0 + "AttorneyStateBarNumber[0]"] == "6312345"
    assert v[PG2 + "P1_Line9_checkboxes[0]"] == "/Female"
    assert v[PG2 + "P1_Line10_DateOfBirth[0]"] == "03/09/1988"
    assert v[PG2 + "P1_Line12_CountryOfCitizenship[0]"] == "Guatemala"
    assert v[PG2 + "Pt2Line14b_ArrivalDeparture[0]"] in EMPTY  # no I-94 after an EWI entry: comb box empty
    assert v[PG2 + "P1_Line14_PassportNumber[0]"] == "GT7654321"
    assert v[PG2 + "P1_Line15_TravelDoc[0]"] == "N/A"
    assert v[PG2 + "P1_Line17_DateOfBirth[0]"] == "06/01/2015"  # passport issued (the field's name is wrong)
    assert v[PG2 + "P1_Line19a_PlaceOfLastEntry[0]"] == "San Ysidro"  # "San Ysidro, CA": city in 19.a
    assert v[PG2 + "Pt1Line19b_State[0]"] == "CA"  # ... and the state in 19.b, from the same entry
    assert v[PG2 + "P1_Line20_DateOfLastEntry[0]"] == "08/14/2019"
    assert v[PG2 + "P1_Line21_DateOfLastEntry[0]"] == "N/A"
    assert v[PG2 + "P1_Line22_CurrentImmigration[0]"] == "No status (entered without inspection)"


def test_i918_part_2_and_entries(filled_i918):
    v = filled_i918[3]
    assert v[PG2 + "P2_Line1_chbxyesno[0]"] == "/Yes"
    assert v[PG2 + "P2_Line1_chbxyesno[1]"] in EMPTY
    assert v[PG2 + "P2_Line6_chbxyesno[1]"] == "/No"
    assert v[PG2 + "Pt2Line7a_chbxyesno[0]"] == "/N"  # never in proceedings (client.court_proceedings)
    assert v[PG2 + "Pt2Line7b_RemovalCheckbox[0]"] in EMPTY
    s2 = S[2]
    assert v[s2 + "P2_Line8a_DateOfEntry[0]"] == "08/14/2019"  # the most recent entry first
    assert v[s2 + "P2_Line8b_CityOrTown[0]"] == "San Ysidro"  # the city only: the state has its own box
    assert v[s2 + "Pt2Line8c_State[0]"] == "CA"
    assert v[s2 + "P2_Line8d_StatusOfTimeEntry[0]"] == "EWI"
    assert v[s2 + "P2_Line9a_DateOfEntry[0]"] == "02/02/2015"
    assert v[s2 + "Pt2Line9c_State[0]"] == "TX"
    assert v[s2 + "Pt2Line10b_CityOrTown[0]"] == "N/A"  # no third entry
    # items 11-12 are completed only by a petitioner outside the United States: left empty here
    assert v[s2 + "P2_Line11d_Country[0]"] in EMPTY
    assert v[s2 + "Pt2Line11c_State[0]"] in EMPTY
    assert v[s2 + "P2_Line12a_StreetNumberName[0]"] in EMPTY  # safe foreign address: optional


def test_i918_part_3_inadmissibility(filled_i918):
    fmap, res, _, v = filled_i918
    s2, s3, s5 = S[2], S[3], S[5]
    assert v[s2 + "P3_1a_chbxyesno[1]"] == "/No"
    assert v[s2 + "P3_1b_chbxyesno[0]"] == "/Yes"
    assert v[s2 + "P3_1b_chbxyesno[1]"] in EMPTY
    assert v[s3 + "P3_Line2a_WhyArrested[0]"] == "Cited for driving without a license"
    assert v[s3 + "Pt3Line2d_State[0]"] == "IL"
    assert v[s3 + "P3_Line2f_Outcome[0]"] == "Fine paid, case closed"
    assert v[s3 + "P3_Line3a_WhyArrested[0]"] == "N/A"  # no second arrest: the unused block gets N/A
    assert v[s3 + "P3_Line3b_DateOfBirth[0]"] == "N/A"
    assert v[s5 + "P3_29c_chbxyesno[1]"] == "/No"
    # every Part 3 question is declared with the form's wording, answered Yes or No, and explained
    p3 = {k: q for k, q in fmap.questions.items() if k.startswith("i918_p3_") and q["type"] == "yes_no"}
    assert len(p3) == len(P3_ITEMS)
    assert fmap.questions["i918_p3_1b"]["text"].startswith("Have you EVER: Been arrested, cited, or detained")
    assert all(q["explanation"] for q in p3.values())
    yes_no = [r for r in fmap.rules.values() if any(p.startswith("answers.i918_p3_") for p in r.sources)
              and r.checked_when is not None]
    assert len(yes_no) == 2 * len(P3_ITEMS)
    assert all(res.values[r.name] in (True, False) for r in yes_no)


def test_i918_part_4_spouse_and_children(filled_i918):
    v = filled_i918[3]
    s6 = S[6]
    assert v[s6 + "P4_Line1a_FamilyName[0]"] == "Morales Diaz"
    assert v[s6 + "P4_Line1c_MiddleName[0]"] == "N/A"
    assert v[s6 + "P4_Line2_DateOfBirth[0]"] == "11/02/1985"
    assert v[s6 + "P4_Line4_Relationship[0]"] == "Spouse"
    assert v[s6 + "P4_Line6b_GivenName[0]"] == "Sofia"  # the oldest child first
    assert v[s6 + "P4_Line9_Relationship[0]"] == "Child"
    assert v[s6 + "P4_Line11b_GivenName[0]"] == "Daniel"
    assert v[s6 + "P4_Line15_CurrentLocation[0]"] == "Guatemala City, Guatemala"
    assert v[s6 + "P4_Line6a_FamilyName[1]"] == "N/A"  # third child row unused (item 16)
    assert v[s6 + "P4_Line7_DateOfBirth[1]"] == "N/A"  # every text box of an unused row, dates too
    assert "Lopez Garcia" not in v.values()  # the I-918 asks about spouse and children, not parents
    assert v[s6 + "P4_26_chbxyesno[0]"] == "/Yes"


def test_i918_parts_5_to_8(filled_i918):
    fmap, res, _, v = filled_i918
    s7, s8, s9, s10 = S[7], S[8], S[9], S[10]
    assert v[s7 + "P5_Line1_ReadCheckbox[0]"] == "/B"  # read to her by the interpreter
    assert v[s7 + "P5_Line1_ReadCheckbox[1]"] in EMPTY
    assert v[s7 + "P5_Line1b_Language[0]"] == "Spanish"
    assert v[s7 + "P5_Line2_ReqServCheckbox[0]"] == "/Y"
    assert v[s7 + "P5_Line2_Attorney[0]"] == "Whitfield, Margaret"
    assert v[s7 + "#area[0].P5_Line3_DaytimePhoneNumber3[0]"] == "7735550142"
    assert v[s7 + "#area[1].P5_Line5_SafePhoneNumber3[0]"] == "N/A"
    assert v[s7 + "P5_Line7b_Date[0]"] in EMPTY  # dated by hand when signed
    assert v[s7 + "P6_Line1a_InterpretersFamilyName[0]"] == "Fuentes"
    assert v[s7 + "P6_Line2_IntrpretersBusinessName[0]"] == "Language Bridge Chicago"
    assert v[s8 + "Pt6Line3_Unit[1]"] == "/ FLR "
    assert v[s8 + "P6_Line4_InterpretersDaytimeTelephoneNumber3[0]"] == "3125550177"
    assert v[s8 + "Part7_Line6_Language[0]"] == "Spanish"
    assert v[s8 + "P7_Line1a_PreparersFamilyName[0]"] == "Whitfield"
    assert v[s8 + "Pt7Line3_Unit[0]"] == "/ STE "
    assert v[s8 + "Pt7Line3_State[0]"] == "IL"
    assert v[s9 + "P7_Line7_Checkbox[1]"] == "/B"  # prepared by an attorney
    assert v[s9 + "P7_Line7_Checkbox[0]"] in EMPTY
    assert v[s9 + "P7_Line7_Extend[1]"] == "/Y"  # G-28 attached: representation extends beyond preparation
    assert v[s10 + "Pt1Line1a_FamilyName[1]"] == "Ramirez Lopez"  # Part 8 header (read-only in the blank)
    assert v[s10 + "P1_Line5_AlienNumber[1]"] == "098765432"
    left = {r.name: r.left_to_user for r in res.left_to_user}
    assert left[s7 + "P5_Line7a_Signature[0]"] == "signature"
    # Part 8's five page/part/item/text slots take the Additional Information entries (the service)
    slots = fmap.additional_info["slots"]
    assert len(slots) == 5 and slots[0]["text"] == s10 + "P8_Line3d_AdditionalInfo[0]"
    assert slots[4]["text"] == s10 + "P8_Line6d_AdditionalInfo[1]"  # 7.d, misnamed 6d[1] in the blank


def test_i918_blank_items_and_required_answers(filled_i918):
    fmap, res, _, _ = filled_i918
    auto = dict(res.auto_filled)
    assert set(auto.values()) == {"N/A"}
    comb = {f.name for f in list_fields((SHARED / "i-918.pdf").read_bytes()) if f.comb}
    # "N/A" never goes into a check box or a numeric comb box (A-number, SSN, USCIS account, I-94), and the
    # optional safe mailing address gets it only when there is one (`only_if`); a date box gets it only in an
    # unused row or "If Yes" block (Part 3 arrests, Part 4 rows), for item 21 (no authorized stay after an
    # entry without inspection) and for items 17-18 (no passport or travel document at all, as items 14-16)
    for rule in fmap.rules.values():
        if rule.if_blank or rule.if_no_row or rule.if_not_when:
            assert {rule.if_blank, rule.if_no_row, rule.if_not_when} <= {"N/A", None}, rule.name
            assert rule.checked_when is None and rule.name not in comb, rule.name
            assert rule.format != "date" or rule.part in ("2", "3", "4") or (rule.part, rule.item) in (
                ("1", "21"), ("1", "17"), ("1", "18"))
            if any(p.startswith("addresses.mailing") for p in rule.sources):
                assert rule.only_if == {"path": "addresses.mailing.street", "answered": True}, rule.name
    # no passport and no travel document: items 14-18 all say "N/A"; with a passport, its dates are required
    none = resolve(fmap, {"client": {}, "passport": {}, "travel_document": {}, "answers": {}})
    assert [none.values[PG2 + f] for f in ("P1_Line14_PassportNumber[0]", "P1_Line17_DateOfBirth[0]",
                                          "P1_Line18_ExpDate[0]")] == ["N/A"] * 3
    undated = resolve(fmap, {"client": {}, "passport": {"number": "X1"}, "answers": {}})
    assert PG2 + "P1_Line17_DateOfBirth[0]" in {r.name for r in undated.missing_required}
    # no safe mailing address: item 4 stays empty, "N/A" included
    values = resolve(fmap, {"client": {}, "addresses": {"mailing": {}}, "answers": {}}).values
    assert not any("P1_Line4" in name for name in values)
    # with nothing known, the answers the form cannot do without are reported, not invented
    missing = {r.name for r in resolve(fmap, {"client": {}, "answers": {}}).missing_required}
    assert S[0] + "Pt1Line1a_FamilyName[0]" in missing and PG2 + "P1_Line10_DateOfBirth[0]" in missing
    assert S[2] + "P3_1a_chbxyesno[0]" in missing and PG2 + "P2_Line1_chbxyesno[0]" in missing
    assert PG2 + "Pt1Line19b_State[0]" in missing


def test_i918_items_to_complete_only_in_some_case():
    """`only_if`: the safe mailing address (item 4), the office to notify (11) and the safe foreign address
    (12) stay empty, "N/A" included, unless they apply; when they do, their boxes that do not apply are
    "N/A" (a U.S. address's Province and Postal Code, a consulate abroad's State) and the parts they cannot
    do without are required."""
    fmap = load_map("i-918", "01/20/25")
    s0, s2 = S[0], S[2]
    nothing = resolve(fmap, {"addresses": {"mailing": {}}, "answers": {}})
    items = {n for n, r in fmap.rules.items() if (r.part, (r.item or "")[:2]) in {("1", "4."), ("2", "11"), ("2", "12")}}
    assert len(items) == 12 + 6 + 9
    assert not items & set(nothing.values) and not items & {r.name for r in nothing.missing_required}
    us = resolve(fmap, {"addresses": {"mailing": {"street": "PO Box 4567", "city": "Houston", "state": "TX",
                                                  "zip_code": "77001", "country": "United States"}}, "answers": {}})
    assert us.values[s0 + "P1_Line4g_Province[0]"] == us.values[s0 + "P1_Line4h_PostalCode[0]"] == "N/A"
    assert us.values[s0 + "P1_Line4a_InCareofName[0]"] == "N/A" and us.values[s0 + "P1_Line4e_State[0]"] == "TX"
    abroad = resolve(fmap, {"addresses": {"mailing": {"street": "4a Calle 5", "city": "Antigua", "country": "Guatemala"}},
                            "answers": {"i918_p2_11a_office": "U.S. Consulate", "i918_p2_11b_city": "Tegucigalpa"}})
    assert abroad.values[s0 + "P1_Line4e_State[0]"] == abroad.values[s0 + "P1_Line4f_ZipCode[0]"] == "N/A"
    assert abroad.values[s2 + "Pt2Line11c_State[0]"] == "N/A"
    assert s2 + "P2_Line11d_Country[0]" in {r.name for r in abroad.missing_required}
    assert not {n for n in items if fmap.rules[n].item.startswith("12")} & set(abroad.values)  # a consulate: no item 12


def test_i918_arrest_blocks_follow_the_yes_answers():
    """Part 3 items 2-3 ("If you answered 'Yes' to any of 1.a-1.i, respond to the questions below"): after
    every "No" both blocks are "N/A" without a report; after a "Yes" the first block is required and an
    absent second arrest is "N/A", reported as filled automatically."""
    fmap = load_map("i-918", "01/20/25")
    s3 = S[3]
    no = resolve(fmap, {"answers": {f"i918_p3_1{c}": False for c in "abcdefghi"}})
    assert no.values[s3 + "P3_Line2a_WhyArrested[0]"] == no.values[s3 + "P3_Line3a_WhyArrested[0]"] == "N/A"
    assert not any("P3_Line2" in n or "P3_Line3" in n for n, _ in no.auto_filled)
    assert not any("P3_Line2" in r.name for r in no.missing_required)
    yes = resolve(fmap, {"answers": {"i918_p3_1b": True}})
    assert s3 + "P3_Line2a_WhyArrested[0]" in {r.name for r in yes.missing_required}
    assert s3 + "P3_Line2a_WhyArrested[0]" not in yes.values
    assert dict(yes.auto_filled)[s3 + "P3_Line3a_WhyArrested[0]"] == "N/A"


def test_i918_relationship_follows_the_row():
    """Part 4's five rows are alike, each with its Relationship ("Spouse", "Child"): the spouse first when there
    is one, then the children oldest first; "N/A" in an unused row; Part 8 only from a sixth person on (audit-core:
    a single parent of five fills the five rows, none goes to Part 8)."""
    fmap = load_map("i-918", "01/20/25")
    s6 = S[6]
    kids = [{"family_name": "Ejemplo", "given_name": f"Kid{i}", "relation": E.Relationship.CHILD} for i in range(6)]
    spouse = {"family_name": "Ejemplo", "given_name": "Pareja", "relation": E.Relationship.SPOUSE}
    v = resolve(fmap, {"spouse": spouse, "children": kids[:2]}).values
    assert v[s6 + "P4_Line4_Relationship[0]"] == "Spouse" and v[s6 + "P4_Line9_Relationship[0]"] == "Child"
    assert v[s6 + "P4_Line14_Relationship[0]"] == "Child" and v[s6 + "P4_Line9_Relationship[1]"] == "N/A"
    five = resolve(fmap, {"children": kids[:5]})
    assert five.values[s6 + "P4_Line4_Relationship[0]"] == "Child"  # no spouse: the first child in row 1
    assert five.values[s6 + "P4_Line1b_GivenName[0]"] == "Kid0" and five.values[s6 + "P4_Line11b_GivenName[1]"] == "Kid4"
    assert not five.overflows
    six = resolve(fmap, {"children": kids})
    assert six.values[s6 + "P4_Line11a_FamilyName[1]"] == "See continuation sheet"
    rel = [n for n in fmap.rules if fmap.rules[n].sources == ["household.members[4].relation"]]
    assert len(rel) == 1 and rel[0] not in six.values  # the pointer row: its other cells stay empty
    assert [o.first for o in six.overflows] == [5]  # the fifth and sixth persons continue in Part 8
    with_spouse = resolve(fmap, {"spouse": spouse, "children": kids[:4]})
    assert with_spouse.values[s6 + "P4_Line1b_GivenName[0]"] == "Pareja" and not with_spouse.overflows


def test_i918_travel_document_stands_in_for_a_missing_passport():
    fmap = load_map("i-918", "01/20/25")
    profile = {"passport": {}, "travel_document": {"number": "TD-55501", "issuing_country": "United States",
                                                   "issued_on": date(2023, 2, 1), "expires_on": date(2024, 2, 1)}}
    values = resolve(fmap, profile).values
    assert values[PG2 + "P1_Line14_PassportNumber[0]"] == "N/A"
    assert values[PG2 + "P1_Line15_TravelDoc[0]"] == "TD-55501"
    assert values[PG2 + "P1_Line16_CountryOfIssuance[0]"] == "United States"
    assert values[PG2 + "P1_Line18_ExpDate[0]"] == "02/01/2024"


def test_i918_date_answers_are_written_mm_dd_yyyy(filled_i918):
    # a date answer is JSON text (ISO 8601); format "date" writes it mm/dd/yyyy
    assert filled_i918[3][S[3] + "P3_Line2b_DateOfArrest[0]"] == "09/30/2021"


def test_i918_explanations_go_to_part_8(matter):
    """Part 3's "Yes" answers have no explanation box: each becomes an entry of Part 8 (page, part, item,
    text); Part 2 items 1-6 are explained by the attached narrative statement, never in Part 8."""
    from workbench.core.forms.service import fill_profile

    pdf = (SHARED / "i-918.pdf").read_bytes()
    profile = matter[0]
    assert profile["answers"]["i918_p2_1.explanation"]  # given, but not an Additional Information entry
    result = fill_profile(pdf, identify(pdf), load_map("i-918", "01/20/25"), profile)
    got = [(e.page, e.part, e.item, e.where) for e in result.entries]
    assert got == [(3, "3", "1.b", "slot 1"), (3, "3", "1.c", "slot 2")]
    assert result.entries[0].text == ANSWERS["i918_p3_1b"][1]
    v = {k: (None if f.get("/V") is None else str(f.get("/V")))
         for k, f in (PdfReader(io.BytesIO(result.pdf)).get_fields() or {}).items()}
    s10 = S[10]
    assert (v[s10 + "P8_Line3a_PageNumber[0]"], v[s10 + "P8_Line3b_PartNumber[0]"],
            v[s10 + "P8_Line3c_ItemNumber[0]"]) == ("3", "3", "1.b")
    assert v[s10 + "P8_Line3d_AdditionalInfo[0]"] == ANSWERS["i918_p3_1b"][1]
    assert v[s10 + "P8_Line4c_ItemNumber[0]"] == "1.c"
    assert v[s10 + "P8_Line5a_PageNumber[0]"] in EMPTY  # the other three slots stay empty
    assert not [c for c in result.checks if c.severity == "error" and "explanation" in str(c.message)]


def test_i918_yes_without_explanation_is_a_pre_filing_error():
    from workbench.core.forms.additional_info import explanations
    from workbench.core.forms.checks import check_explanations

    fmap = load_map("i-918", "01/20/25")
    answers = {f"i918_p3_{item}": False for item in P3_ITEMS}
    answers.update({"i918_p3_20": True, "i918_p3_17": True, "i918_p3_17.explanation": "NTA 2016, terminated.",
                    "i918_p2_1": True, "i918_p2_7a": True})
    errors = check_explanations(explanations(fmap, {"answers": answers}))
    assert sorted((c.part, c.item) for c in errors) == [("2", "7.a"), ("3", "20")]
    assert all(c.severity == "error" for c in errors)
    # 7.a's Yes box reads the answer first, the client's court proceedings otherwise
    values = resolve(fmap, {"answers": {}, "client": {"court_proceedings": "past"}}).values
    assert values[PG2 + "Pt2Line7a_chbxyesno[1]"] is True and values[PG2 + "Pt2Line7a_chbxyesno[0]"] is False


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler) is not installed")
def test_i918_render_page_one_for_review(filled_i918, tmp_path):
    pdf = tmp_path / "i-918-mapped.pdf"
    pdf.write_bytes(filled_i918[2].pdf)
    subprocess.run(["pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "p")], check=True)
    png = next(tmp_path.glob("p*.png"))
    assert png.stat().st_size > 10_000
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(png, SCREENSHOT)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True,
                              check=True).stdout.decode()
        assert "Ramirez Lopez" in text and "Blue Island" in text


# ----------------------------------------------------------------------------- Supplement A
def _supa_checks(v: dict, member: str) -> None:
    s0, s1, s2 = S[0], S[1], S[2]
    assert v[s0 + "Part1_Line1_checkbox[1]"] not in EMPTY  # my child
    assert v[s0 + "Part1_Line1_checkbox[0]"] in EMPTY
    assert v[s0 + "Pt1Line1a_FamilyName[0]"] == "Ramirez Lopez"  # Part 2: the principal, from client.*
    assert v[s0 + "Part2_Line3_AlienNumber[0]"] == "098765432"
    assert v[s0 + "Pt3Line1a_FamilyName[0]"] == "Morales Ramirez"  # Part 3: the member, from member.*
    assert v[s0 + "Pt3Line1b_GivenName[0]"] == member
    assert v[s0 + "Pt3Line3a_StreetNumberName[0]"] == "1520 S Blue Island Ave"
    assert v[s1 + "Part3_Line11_checkbox[2]"] not in EMPTY  # single
    assert v[s1 + "Part3_Line6_SSN[0]"] in EMPTY  # a numeric comb (9 digits): digits or nothing, never "N/A"
    assert v[s2 + "Pt2Line7a_chbxyesno[0]"] not in EMPTY  # not in proceedings
    assert v[S[3] + "Part5_Line1a_chbxyesno[1]"] not in EMPTY
    assert v[S[6] + "Part6_Line1a_FamilyName[0]"] == "N/A"  # the child has no spouse or children
    assert v[S[7] + "Part7_Line1b_Language[0]"] == "Spanish"
    assert v[S[8] + "Part8_Line3_DaytimePhoneNumber3[0]"] == "7735550142"
    assert v[S[9] + "Part10_Line7_Attorney[1]"] not in EMPTY


def test_supplement_a_0207_per_member_on_the_outdated_blank(matter):
    blank = (SHARED / "i-918supa.pdf").read_bytes()
    edition = identify(blank)
    assert not edition.fileable and "outdated edition" in edition.warning  # the app fills it with this warning
    _, members = matter
    seen = {}
    for name in ("Sofia", "Daniel"):
        fmap, res, out, v = _fill(blank, "i-918supa", "02/07/17", members[name])
        assert [r.q for r in res.missing_required] == [], name
        _supa_checks(v, name)
        seen[name] = v
        assert v[S[0] + "Part1_Line1_checkbox[1]"] == "/Child"
        assert v[S[0] + "Pt3Line3b_Unit[2]"] == "/ APT "
        assert v[S[0] + "Part2_Line5_checkbox[0]"] == "/Pending"
        assert v[S[2] + "UsenamePart4_Line9_chbxyesno[0]"] == "/Yes"
        assert v[S[7] + "Part7_Line1_ReadCheckbox[1]"] == "/B"
    sofia, daniel = seen["Sofia"], seen["Daniel"]
    assert sofia[S[1] + "Part3_Line8_DateOfBirth[0]"] == "04/20/2010"
    assert daniel[S[1] + "Part3_Line8_DateOfBirth[0]"] == "09/05/2013"
    assert sofia[S[1] + "P3_Line12_checkbox[0]"] == "/Female" and daniel[S[1] + "P3_Line12_checkbox[1]"] == "/Male"
    assert sofia[S[1] + "Part3_Line14_PassportNumber[0]"] == "GT1112223"
    assert daniel[S[1] + "Part3_Line14_PassportNumber[0]"] == "N/A"
    assert sofia[S[1] + "Part3_Line5_AlienNumber[0]"] in EMPTY  # numeric comb: never "N/A"
    assert daniel[S[1] + "Part3_Line5_AlienNumber[0]"] == "201234567"
    # Part 4, 1.: only for a member in the United States; Daniel is abroad
    assert sofia[S[1] + "Part4_Line1a_DateOfLastEntry[0]"] == "08/14/2019"
    assert sofia[S[1] + "Part4_Line1d_CurrentImmigration[0]"] == "No status"
    assert daniel[S[1] + "Part4_Line1a_DateOfLastEntry[0]"] in EMPTY
    assert daniel[S[1] + "Part4_Line1d_CurrentImmigration[0]"] == "N/A"


def test_supplement_a_0120_on_a_stand_in(matter):
    pdf = stand_in_pdf(SHARED / "FIELDNAMES-i-918supa-ed-01-20-25.tsv")
    names = {f.name for f in list_fields(pdf)}
    fmap = load_map("i-918supa", "01/20/25")
    assert names == set(fmap.rules)  # the stand-in has exactly the edition's fields, under their full names
    _, members = matter
    fmap, res, out, v = _fill(pdf, "i-918supa", "01/20/25", members["Sofia"])
    assert [r.q for r in res.missing_required] == []
    _supa_checks(v, "Sofia")
    assert v[S[0] + "Part1_Line1_checkbox[1]"] == "/Yes"  # the stand-in's boxes export /Yes
    assert v[S[1] + "Pt4Line1c_State[0]"] in EMPTY  # renamed in 01/20/25 (was Part4_Line1c_State)
    assert v[S[8] + "Pt9Line3_StreetNumberName[0]"] == "400 N Michigan Ave"  # interpreter, renamed Part 9 address
    assert v[S[8] + "Pt9Line3_State[0]"] == "IL"
    assert v[S[9] + "Pt10Line3_StreetNumberName[0]"] == "77 W Jackson Blvd"  # preparer = the attorney
    assert v[S[9] + "Pt10Line3_Unit[0]"] == "/Yes"  # STE
    assert v[S[9] + "Pt10Line3_Unit[2]"] in EMPTY
    assert v[S[12] + "Pt1Line1a_FamilyName[1]"] == "Ramirez Lopez"


def test_supplement_a_questions_are_about_the_family_member():
    for edition in ("01/20/25", "02/07/17"):
        fmap = load_map("i-918supa", edition)
        p5 = {k: q for k, q in fmap.questions.items() if k.startswith("i918a_p5_") and q["type"] == "yes_no"}
        assert len(p5) == len(P3_ITEMS)
        assert all("family member" in q["text"] for q in p5.values())
        member = {p.split(".")[1] for r in fmap.rules.values() for p in r.sources if p.startswith("member.")}
        assert member >= {"family_name", "date_of_birth", "relation", "a_number", "last_entry_date"}


@pytest.mark.parametrize("edition", ["02/07/17", "01/20/25"])
def test_supplement_a_safe_mailing_address_and_arrests(edition):
    """Both Supplement A maps: the safe mailing address "(if other than Residence)" stays empty without one
    and has "N/A" in its boxes that do not apply with one (`only_if`); the arrest blocks of Part 5 follow the
    1.a-1.i answers as on the I-918 (`when`/`if_not_when`)."""
    fmap = load_map("i-918supa", edition)
    item4 = {n for n, r in fmap.rules.items() if r.part == "3" and (r.item or "").startswith("4")}
    assert len(item4) == 12
    none = resolve(fmap, {"member": {}, "answers": {f"i918a_p5_1{c}": False for c in "abcdefghi"}})
    assert not item4 & set(none.values) and not item4 & {r.name for r in none.missing_required}
    arrests = {n: r for n, r in fmap.rules.items() if any("_p5_arrest" in p for p in r.sources)}
    assert len(arrests) == 12
    assert {none.values.get(n) for n in arrests} == {"N/A", None}  # text "N/A"; dates and State lists empty
    assert not set(arrests) & {n for n, _ in none.auto_filled}
    guatemala = {"i918a_member_mailing_street": "12 Calle 5-43 Zona 1", "i918a_member_mailing_city": "Guatemala City",
                 "i918a_member_mailing_province": "Guatemala", "i918a_member_mailing_postal_code": "01001",
                 "i918a_member_mailing_country": "Guatemala", "i918a_p5_1b": True}
    res = resolve(fmap, {"member": {}, "answers": guatemala})
    by_col = {r.sources[0].rsplit("_mailing_", 1)[1]: n for n, r in fmap.rules.items()
              if n in item4 and r.checked_when is None}
    assert res.values[by_col["in_care_of"]] == "N/A"
    assert by_col["unit"] not in res.values  # no unit: the number goes with its unticked unit boxes
    assert res.values[by_col["province"]] == "Guatemala" and by_col["state"] not in res.values
    missing = {r.name for r in res.missing_required}
    assert {n for n, r in arrests.items() if "arrest1" in r.sources[0]} <= missing  # a "Yes": the first block


def test_supplement_a_in_and_outside_the_us_branches_follow_the_member():
    """Part 4 item 1 is for a member in the U.S., items 2-4 for one outside it; the other branch gets "N/A"
    (text) or nothing (dates, state lists, check boxes). The place of entry is split into City and State.
    Numeric comb cells never get "N/A". (The golden client u-visa-derivatives checks every field.)"""
    from workbench.core.forms.places import split_place

    def member(**kw):
        row = {"relation": "child", **kw}
        row["last_entry_place_city"], row["last_entry_place_state"], _ = split_place(row.get("last_entry_place"))
        return row

    here = member(in_united_states=True, last_entry_date=date(2019, 8, 2), last_entry_place="Hidalgo, TX",
                  current_status="No lawful status")
    away = member(in_united_states=False, last_entry_date=date(2012, 3, 15), last_entry_place="Houston, TX",
                  status_at_last_entry="B-2", status_expires_on=date(2012, 9, 14))
    for edition, state1, state2 in (("02/07/17", "Part4_Line1c_State[0]", "Part4_Line2c_State[0]"),
                                    ("01/20/25", "Pt4Line1c_State[0]", "Pt4Line2c_State[0]")):
        fmap = load_map("i-918supa", edition)
        p2 = S[1]
        v = resolve(fmap, {"member": here, "answers": {}}).values
        assert (v[p2 + "Part4_Line1a_DateOfLastEntry[0]"], v[p2 + "Part4_Line1b_CityOrTown[0]"],
                v[p2 + state1], v[p2 + "Part4_Line1d_CurrentImmigration[0]"]) == ("08/02/2019", "Hidalgo", "TX",
                                                                                  "No lawful status")
        assert p2 + "Part4_Line2a_DateOfLastEntry[0]" not in v and p2 + state2 not in v
        assert v[p2 + "Part4_Line2b_CityOrTown[0]"] == v[p2 + "Part4_Line2e_StatusOfEntry[0]"] == "N/A"
        assert v[S[2] + "Pt4Line3b_CityOrTown[0]"] == v[S[2] + "P1_Line4b_StreetNumberName[1]"] == "N/A"
        assert not any(k.startswith(S[2] + "Pt4Line3a_Checkboxes") for k in v)
        for comb in (S[1] + "Part3_Line5_AlienNumber[0]", S[1] + "Part3_Line6_SSN[0]",
                     S[1] + "Part3_Line13_PrincipalAlienI-94[0]", S[0] + "Part2_Line3_AlienNumber[0]"):
            assert comb not in v, comb
        v = resolve(fmap, {"member": away, "answers": {"i918a_p4_3a_office": "U.S. Consulate",
                                                       "i918a_p4_3b_city": "Guatemala City"}}).values
        assert p2 + "Part4_Line1a_DateOfLastEntry[0]" not in v and p2 + state1 not in v
        assert v[p2 + "Part4_Line1b_CityOrTown[0]"] == v[p2 + "Part4_Line1d_CurrentImmigration[0]"] == "N/A"
        assert (v[p2 + "Part4_Line2a_DateOfLastEntry[0]"], v[p2 + "Part4_Line2b_CityOrTown[0]"], v[p2 + state2],
                v[p2 + "Part4_Line2d_DateOfAuthStay[0]"], v[p2 + "Part4_Line2e_StatusOfEntry[0]"]) == (
                    "03/15/2012", "Houston", "TX", "09/14/2012", "B-2")
        assert v[S[2] + "Pt4Line3a_Checkboxes[0]"] is True and v[S[2] + "Pt4Line3b_CityOrTown[0]"] == "Guatemala City"
        assert v[S[2] + "P1_Line4b_StreetNumberName[1]"] == "N/A"  # a consulate is named: no safe foreign address


# ----------------------------------------------------------------------------- Supplement B
def _supb_checks(fmap, res, v) -> None:
    s0 = S[0]
    assert v[s0 + "Pt1Line2a_FamilyName[0]"] == "Ramirez Lopez"  # Part 1: the victim, from client.*
    assert v[s0 + "P1_Line4_DateOfBirth[0]"] == "03/09/1988"
    assert v[s0 + "Pt1Line3a_FamilyName[0]"] == "Lopez"
    assert v[s0 + "Pt2Line1_CertifyingAgency[0]"] == "Chicago Police Department"
    assert v[s0 + "Pt2Line2c_FamilyName[0]"] == "O'Neil"
    assert v[s0 + "Pt2Line2c_MiddleName[0]"] == "N/A"
    assert v[s0 + "Pt2Line3_TitleandDivisionOffice[0]"] == "Detective, Special Victims Unit"
    assert v[s0 + "Pt2Line4a_FamilyName[0]"] == "Snelling"
    assert v[s0 + "Part2_Line9_CaseNumber[0]"] == "JB-123456"
    assert v[s0 + "Part2_Line10_FBIorSIDNumber[0]"] in EMPTY
    assert v[PG4 + "Part6_Line3_DaytimePhoneNumber[0]"] == "3127466000"
    assert v[PG4 + "P5_Line4_faxNumber[0]"] == "N/A"
    assert v[PG4 + "Part6_Line2_Date[0]"] in EMPTY and v[PG4 + "Pt1Line13_ApplicantSignature[0]"] in EMPTY
    assert v[PG4 + "Part5_Line1_chbxyesno[0]"] in EMPTY
    assert [r.q for r in res.missing_required] == []
    # Parts 3 to 5, the signature and the certification: the certifying official's, never pre-filled
    for rule in fmap.rules.values():
        if rule.part in ("3", "4", "5") or rule.name.endswith(("ApplicantSignature[0]", "Part6_Line2_Date[0]")):
            assert rule.left_to_user and "certifying official completes and signs" in rule.why, rule.name
            assert rule.name not in res.values


def test_supplement_b_0207_on_the_outdated_blank(matter):
    blank = (SHARED / "i-918supb.pdf").read_bytes()
    assert not identify(blank).fileable
    fmap, res, out, v = _fill(blank, "i-918supb", "02/07/17", matter[0])
    _supb_checks(fmap, res, v)
    a = S[0] + "prt1\\.no5_Address[0]."
    assert v[a + "StreetNumberName[0]"] == "3510 S Michigan Ave"
    assert v[a + "P3_Line4c_Unit[0]"] == "/ STE "
    assert v[a + "State[0]"] == "IL"
    assert v[a + "ZipCode[0]"] == "60653"
    assert v[a + "Province[0]"] == "N/A"
    assert v[S[0] + "Part2_Line6_checkboxes[2]"] == "/Local"
    assert v[S[0] + "Part2_Line7_checkboxes[2]"] == "/On-going"
    assert v[S[0] + "Part2_Line8_checkboxes[2]"] == "/Law Enforcement"  # export value with a space
    assert v[S[0] + "Part2_Line8_checkboxes[0]"] in EMPTY
    assert v[S[0] + "Part1_5_checkboxes[0]"] == "/Female"
    assert v[S[5] + "Pt2Line1_CertifyingAgency[1]"] == "Chicago Police Department"


def test_supplement_b_0120_on_a_stand_in(matter):
    pdf = stand_in_pdf(SHARED / "FIELDNAMES-i-918supb-ed-01-20-25.tsv")
    fmap = load_map("i-918supb", "01/20/25")
    assert {f.name for f in list_fields(pdf)} == set(fmap.rules)
    fmap, res, out, v = _fill(pdf, "i-918supb", "01/20/25", matter[0])
    _supb_checks(fmap, res, v)
    assert v[S[0] + "StreetNumberName[0]"] == "3510 S Michigan Ave"  # the address left its subform in 01/20/25
    assert v[S[0] + "Pt2Line5_State[0]"] == "IL"
    assert v[S[0] + "Pt2Line5_ZipCode[0]"] == "60653"
    assert v[S[0] + "P3_Line4c_Unit[0]"] == "/Yes"
    assert v[S[0] + "Part2_Line6_checkboxes[2]"] == "/Yes"
    assert v[S[4] + "Pt1Line2a_FamilyName[1]"] == "Ramirez Lopez"
    assert v[S[1] + "Part3_Line1_checkboxes[20]"] in EMPTY  # domestic violence: the certifier ticks it


SUPB_OVERFLOW = {  # a victim without A-number, three other names, an official's title longer than its box
    "client": {"family_name": "Muestra", "given_name": "Joaquin", "middle_name": None, "a_number": None,
               "date_of_birth": date(1979, 11, 3), "sex": "male",
               "other_names": [{"family_name": "Muestra Lopez", "given_name": "Joaquin"},
                               {"family_name": "Muestra", "given_name": "Jack"},
                               {"family_name": "Lopez", "given_name": "Joaquin"}]},
    "certifying_agency": {"organization": "Harbor County Prosecutor's Office", "phone": "(608) 555-0170",
                          "title": "Assistant Prosecuting Attorney, Domestic Violence and Sexual Assault Unit"},
    "matter": {}, "answers": {"i918b_case_status": "Completed", "i918b_case_status_other": "ignored: not Other"},
}


@pytest.mark.parametrize("edition", ["02/07/17", "01/20/25"])
def test_supplement_b_maps_point_other_names_to_part_7(edition):
    """Both Supplement B maps: the one "other names" row points to the continuation (all three names become
    entries), Part 7's three rows are the supplement's own Additional Information slots, the A-number comb
    never gets N/A, and "Other (describe)" is written only under "Other"."""
    fmap = load_map("i-918supb", edition)
    names = {n.rsplit(".", 1)[-1]: n for n in fmap.rules}
    res = resolve(fmap, SUPB_OVERFLOW)
    assert res.values[names["Pt1Line3a_FamilyName[0]"]] == "See continuation sheet"
    assert names["Pt1Line3a_GivenName[0]"] not in res.values
    assert [len(o.rows) for o in res.overflows] == [3] and res.overflows[0].first == 1
    assert names["Part1_Line1_AlienNumber[0]"] not in res.values and names["Part1_Line1_AlienNumber[1]"] not in res.values
    assert names["Part2_Line7_Other[0]"] not in res.values
    slots = fmap.additional_info["slots"]
    assert fmap.additional_info["part"] == "7" and len(slots) == 3
    assert [s["text"].rsplit(".", 1)[-1] for s in slots] == ["Part7_Line4d_AdditionalInfo[0]",
                                                            "Part7_Line5d_AdditionalInfo[0]",
                                                            "Part7_Line6d_AdditionalInfo[0]"]


def test_supplement_b_overflow_fills_part_7_then_a_sheet():
    """On the real 02/07/17 blank: the three names and the title that does not fit its 34-character box are
    entries; three fill Part 7's slots, the fourth goes to a continuation sheet."""
    from workbench.core.forms.service import fill_profile

    pdf = (SHARED / "i-918supb.pdf").read_bytes()
    fmap = load_map("i-918supb", "02/07/17")
    result = fill_profile(pdf, identify(pdf), fmap, SUPB_OVERFLOW)
    v = {k: (None if f.get("/V") is None else str(f.get("/V")))
         for k, f in (PdfReader(io.BytesIO(result.pdf)).get_fields() or {}).items()}
    names = {n.rsplit(".", 1)[-1]: n for n in fmap.rules}
    assert v[names["Pt1Line3a_FamilyName[0]"]] == "See continuation sheet"
    assert v[names["Pt1Line3a_GivenName[0]"]] in EMPTY and v[names["Pt1Line3a_MiddleName[0]"]] in EMPTY
    assert v[names["Pt2Line3_TitleandDivisionOffice[0]"]] == "See continuation sheet"
    assert v[names["Part1_Line1_AlienNumber[0]"]] in EMPTY and v[names["Part1_Line1_AlienNumber[1]"]] in EMPTY
    assert sorted(e.text for e in result.entries) == sorted([
        "Other Name 1. Family Name: Muestra Lopez; Given Name: Joaquin",
        "Other Name 2. Family Name: Muestra; Given Name: Jack",
        "Other Name 3. Family Name: Lopez; Given Name: Joaquin",
        SUPB_OVERFLOW["certifying_agency"]["title"]])
    assert [e.where for e in result.entries] == ["slot 1", "slot 2", "slot 3", "sheet"]
    slot_texts = {v[names[f]] for f in ("Part7_Line4d_AdditionalInfo[0]", "Part7_Line5d_AdditionalInfo[0]",
                                        "Part7_Line6d_AdditionalInfo[0]")}
    assert slot_texts == {e.text for e in result.entries[:3]}


def test_yes_no_boxes_follow_their_export_values():
    """Every Yes box is checked on True and every No box on False, per the blank's export value."""
    for form, edition in (("i-918", "01/20/25"), ("i-918supa", "02/07/17"), ("i-918supb", "02/07/17")):
        with open(SHARED / f"FIELDS-{form}.tsv", newline="", encoding="utf-8") as fh:
            on = {r["fully_qualified_name"]: r["on_states"] for r in csv.DictReader(fh, delimiter="\t")}
        for rule in load_map(form, edition).rules.values():
            if "chbxyesno" in rule.name and rule.checked_when in (True, False):
                assert on[rule.name] in (("/Yes", "/Y") if rule.checked_when else ("/No", "/N")), rule.name
