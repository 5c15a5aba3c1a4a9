"""The I-360 (01/20/25) and G-28 (09/17/18) field maps, end to end on the real blanks.

A real vault holds two fictional matters: a special immigrant juvenile (SIJS) and a VAWA
self-petitioning spouse, and the attorney's own profile. Each is turned into a profile, resolved
through the map, filled into the official blank from ``../shared/uscis`` and read back with pypdf
(and checked with qpdf). The first page of each filled form is rendered into screenshots/forms/
for a reviewer to look at.
"""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from forms_testkit import vault_with_attorney

from workbench.core.forms.derived import apply as apply_derived
from workbench.core.forms.fieldmap import load_map, resolve as resolve_profile
from workbench.core.forms.pdf_fill import fill_pdf
from workbench.core.forms.profile import build_profile
from workbench.core.model import Address, Client, Contact, Entry, FormAnswer, Matter, Person, TravelDocument, enums as E

REPO = Path(__file__).resolve().parents[3]
SCREENSHOTS = REPO / "screenshots" / "forms"
TODAY = date(2025, 6, 2)

ATTORNEY = {
    "family_name": "Okafor", "given_name": "Grace", "middle_name": "N.", "firm": "Lakeshore Legal Clinic",
    "bar_number": "6301234", "licensing_authority": "Supreme Court of Illinois",
    "uscis_account_number": "0001-2345-6789", "street": "200 W Adams St", "unit_type": "STE", "unit": "1200",
    "city": "Chicago", "state": "IL", "zip_code": "60606", "country": "United States",
    "phone": "(312) 555-0148", "mobile_phone": "312-555-0199", "fax": "312.555.0150",
    "email": "gokafor@lakeshore-clinic.example",
}

# ----------------------------------------------------------------------------- field names
P = "form1[0]."
I360 = {
    "g28_attached": P + "#subform[0].CheckBox1[0]",
    "page1_bar": P + "#subform[0].AttorneyStateBarNumber[0]",
    "page1_account": P + "#subform[0].USCISOnlineAcctNumber[0]",
    "pt1_family": P + "#subform[0].Pt1Line1_FamilyName[0]",
    "safe_street": P + "#subform[1].Pt1Line7_StreetNumberName[0]",
    "safe_in_care_of": P + "#subform[1].Pt1Line7_InCareofName[0]",
    "safe_ste": P + "#subform[1].Pt1Line7_Unit[0]",
    "amerasian": P + "#subform[1].Pt2Line1[0]",
    "sij": P + "#subform[1].Pt2Line1[2]",
    "vawa_spouse": P + "#subform[1].Pt2Line1[7]",
    "vawa_child": P + "#subform[1].Pt2Line1[11]",
    "vawa_parent": P + "#subform[1].Pt2Line1[10]",
    "family": P + "#subform[2].Pt3Line1_FamilyName[0]",
    "given": P + "#subform[2].Pt3Line1_GivenName[0]",
    "street": P + "#subform[2].Pt3Line2_StreetNumberName[0]",
    "apt": P + "#subform[2].Pt3Line2_Unit[1]",
    "apt_number": P + "#subform[2].Pt3Line2_AptSteFlrNumber[0]",
    "state": P + "#subform[2].Pt3Line2_State[0]",
    "zip": P + "#subform[2].Pt3Line2_ZipCode[0]",
    "dob": P + "#subform[2].Pt3Line3_DateOfBirth[0]",
    "a_number": P + "#subform[2].Line3_ANumber[0].Pt3Line6_AlienNumber[0]",
    "single": P + "#subform[2].Pt3Line7_MaritalStatus[0]",
    "married": P + "#subform[2].Pt3Line7_MaritalStatus[1]",
    "arrival": P + "#subform[2].Pt3Line8_DateOfLastArrival[0]",
    "i94": P + "#subform[2].#area[5].Pt3Line9_I94[0]",
    "passport": P + "#subform[2].Pt3Line10_Passport[0]",
    "female": P + "#subform[3].Pt4Line3_Sex[1]",
    "removal_no": P + "#subform[3].Pt4Line5[1]",
    "foreign_city": P + "#subform[3].Pt4Line2b_CityOrTown[0]",
    "p1_family": P + "#subform[3].Pt5Line2_FamilyName[0]",
    "p1_spouse": P + "#subform[3].Pt5Line2_Relationship[0]",
    "p1_child": P + "#subform[3].Pt5Line2_Relationship[1]",
    "p1_given": P + "#subform[3].Pt5Line2_GivenName[0]",
    "p1_middle": P + "#subform[3].Pt5Line2_MiddleName[0]",
    "p1_dob": P + "#subform[3].Pt5Line2_DateOfBirth[0]",
    "p1_a_number": P + "#subform[3].Line3_ANumber[1].Pt5Line2_AlienNumber[0]",
    "p2_family": P + "#subform[4].Pt5Line3_FamilyName[0]",
    "p2_given": P + "#subform[4].Pt5Line3_GivenName[0]",
    "p2_dob": P + "#subform[4].Pt5Line3_DateOfBirth[0]",
    "p2_child": P + "#subform[4].Pt5Line3_Relationship[0]",
    "p3_given": P + "#subform[4].Pt5Line4_GivenName[0]",
    "p3_family": P + "#subform[4].Pt5Line4_FamilyName[0]",
    "p3_child": P + "#subform[4].Pt5Line4_Relationship[0]",
    "p4_child": P + "#subform[4].Pt5Line5_Relationship[0]",
    "sij_other_family": P + "#subform[7].Pt8Line1a_FamilyName[0]",
    "sij_dependent_yes": P + "#subform[7].Pt8Line2a[1]",
    "sij_dependent_no": P + "#subform[7].Pt8Line2a[0]",
    "sij_placement": P + "#subform[7].Pt8Line2b_Name[0]",
    "sij_one_parent": P + "#subform[8].Pt8Line3a[0]",
    "sij_abandonment": P + "#subform[8].Pt8Line3A_Checkbox[3]",
    "sij_abuse": P + "#subform[8].Pt8Line3A_Checkbox[0]",
    "sij_parent": P + "#subform[8].Pt8Line4b_NameOfParent[0]",
    "sij_best_interest_yes": P + "#subform[8].Pt8Line5[0]",
    "sij_hhs_yes": P + "#subform[8].Pt8Line6a[0]",
    "abuser_family": P + "#subform[13].Pt10Line1_FamilyName[0]",
    "abuser_dob": P + "#subform[13].Pt10Line2_DateOfBirth[0]",
    "abuser_lpr": P + "#subform[13].Pt10Line5_Checkbox[3]",
    "abuser_a_number_lpr": P + "#subform[13].Line3_ANumber[10].Pt10Line5d1_AlienNumber[0]",
    "times_married": P + "#subform[13].Pt10Line6_NumberofMarriages[0]",
    "marriage_date": P + "#subform[14].Pt9Line8a_DateOfMarriage[0]",
    "lived_from": P + "#subform[14].Pt10Line9_DateFrom[0]",
    "last_street": P + "#subform[14].Pt10Line10_StreetNumberName[0]",
    "last_apt": P + "#subform[14].Pt10Line10_Unit[1]",
    "ead_yes": P + "#subform[14].Pt10Line12[0]",
    "english": P + "#subform[14].Pt11Line1_Checkbox[0]",
    "interpreted": P + "#subform[14].Pt11Line1_Checkbox[1]",
    "language": P + "#subform[14].Pt11Line1b_Language[0]",
    "preparer_box": P + "#subform[14].Pt11Line2_Checkbox[0]",
    "preparer_name": P + "#subform[14].Pt11Line2_RepresentativeName[0]",
    "daytime_phone": P + "#subform[15].Pt11Line3_DaytimePhoneNumber1[0]",
    "signature_date": P + "#subform[15].Pt11Line6_DateofSignature[0]",
    "interpreter_email": P + "#subform[17].#subform[18].Pt12Line5_Email[0]",
    "interpreter_family": P + "#subform[17].#subform[18].Pt13Line1_InterpreterFamilyName[0]",
    "interpreter_given": P + "#subform[17].#subform[18].Pt13Line1_InterpreterGivenName[0]",
    "interpreter_street": P + "#subform[17].#subform[18].Pt13Line3_StreetNumberName[0]",
    "interpreter_ste": P + "#subform[17].#subform[18].Pt13Line3_Unit[0]",
    "interpreter_unit": P + "#subform[17].#subform[18].Pt13Line3_AptSteFlrNumber[0]",
    "interpreter_city": P + "#subform[17].#subform[18].Pt13Line3_CityOrTown[0]",
    "interpreter_state": P + "#subform[17].#subform[18].Pt13Line3_State[0]",
    "interpreter_zip": P + "#subform[17].#subform[18].Pt13Line3_ZipCode[0]",
    "interpreter_province": P + "#subform[17].#subform[18].Pt13Line3_Province[0]",
    "interpreter_postal": P + "#subform[17].#subform[18].Pt13Line3_PostalCode[0]",
    "interpreter_country": P + "#subform[17].#subform[18].Pt13Line3_Country[0]",
    "interpreter_mobile": P + "#subform[17].#subform[18].Pt12Line5_InterpreterMobileTelephone[0]",
    "preparer_family": P + "#subform[19].Pt13Line1_PreparerFamilyName[0]",
    "preparer_ste": P + "#subform[19].Pt14Line3_Unit[0]",
    "preparer_zip": P + "#subform[19].Pt14Line3_ZipCode[0]",
    "attorney_box": P + "#subform[19].Pt13Line7_Checkbox[1]",
    "extends": P + "#subform[19].Pt13Line7b_extends[1]",
    "not_extends": P + "#subform[19].Pt13Line7b_extends[0]",
    "addl_a_number": P + "#subform[20].Global_ANumber[0].Pt1Line4_AlienNumber[1]",
}
G28 = {
    "account": P + "#subform[0].#area[0].Pt1Line1_USCISOnlineAcctNumber[0]",
    "family": P + "#subform[0].Pt1Line2a_FamilyName[0]",
    "ste": P + "#subform[0].Line3b_Unit[0]",
    "unit": P + "#subform[0].Line3b_AptSteFlrNumber[0]",
    "state": P + "#subform[0].Line3d_State[0]",
    "phone": P + "#subform[0].Line4_DaytimeTelephoneNumber[0]",
    "mobile": P + "#subform[0].Line6_EMail[0]",  # item 5, whatever the name says
    "email": P + "#subform[0].Line7_MobileTelephoneNumber[0]",  # item 6
    "fax": P + "#subform[0].Pt1ItemNumber7_FaxNumber[0]",
    "attorney": P + "#subform[0].CheckBox1[0]",
    "licensing": P + "#subform[0].Pt2Line1a_LicensingAuthority[0]",
    "bar": P + "#subform[0].Pt2Line1b_BarNumber[0]",
    "am_not": P + "#subform[0].Checkbox1dAmNot[0]",
    "firm": P + "#subform[0].Pt2Line1d_NameofFirmOrOrganization[0]",
    "uscis": P + "#subform[1].Line1a_USCIS[0]",
    "forms": P + "#subform[1].Line1b_ListFormNumber[0]",
    "ice": P + "#subform[1].Line2a_ICE[0]",
    "applicant": P + "#subform[1].Line4_Checkbox[1]",
    "petitioner": P + "#subform[1].Line4_Checkbox[3]",
    "client_family": P + "#subform[1].Pt3Line5a_FamilyName[0]",
    "client_a_number": P + "#subform[1].Pt3Line9_ANumber[0]",
    "client_phone": P + "#subform[1].Line9_DaytimeTelephoneNumber[0]",
    "mail_street": P + "#subform[1].Line12a_StreetNumberName[0]",
    "mail_zip": P + "#subform[1].Line12e_ZipCode[0]",
    "consent_notices": P + "#subform[2].Pt4Line2a_CheckBox2a[0]",
    "addl_family": P + "#subform[3].Pt3Line5a_FamilyName[1]",
    "am": P + "#subform[0].Checkbox1dAm[0]",
    "middle": P + "#subform[0].Pt1Line2c_MiddleName[0]",
    "province": P + "#subform[0].Line3f_Province[0]",
    "entity": P + "#subform[1].Pt3Line7a_NameOfEntity[0]",
    "ice_matter": P + "#subform[1].Line2b_ListMatter[0]",
    "client_middle": P + "#subform[1].Pt3Line5c_MiddleName[0]",
    "client_mobile": P + "#subform[1].Line10_MobileTelephoneNumber[0]",
    "mail_apt": P + "#subform[1].Line12b_Unit[2]",
    "mail_unit": P + "#subform[1].Line12b_AptSteFlrNumber[0]",
    "mail_city": P + "#subform[1].Line12c_CityOrTown[0]",
    "mail_province": P + "#subform[1].Line12f_Province[0]",
    "addl_middle": P + "#subform[3].Pt3Line5c_MiddleName[1]",
    "addl1_page": P + "#subform[3].Pt9Line3a_PageNumber[0]",
    "addl1_part": P + "#subform[3].Pt9Line3b_PartNumber[0]",
    "addl1_item": P + "#subform[3].Pt9Line3c_ItemNumber[0]",
    "addl1_text": P + "#subform[3].Pt9Line3d_AdditionalInfo[0]",
}


# ----------------------------------------------------------------------------- the vault
def _answers(matter_id: str, answers: dict) -> list[FormAnswer]:
    out = []
    for key, value in answers.items():
        explanation = None
        if isinstance(value, tuple):
            value, explanation = value
        out.append(FormAnswer(matter_id=matter_id, key=key, value=value, explanation=explanation))
    return out


def _sijs(session) -> str:
    client = Client(family_name="Quispe Mamani", given_name="Ana", middle_name="Lucia", a_number="A-201-555-123",
                    date_of_birth=date(2008, 3, 14), sex=E.Sex.FEMALE, marital_status=E.MaritalStatus.SINGLE,
                    country_of_birth="Guatemala", nationality="Guatemala", native_language="K'iche'",
                    english_fluency=E.EnglishFluency.LIMITED, interpreter_needed=True, interpreter_language="Spanish",
                    phone="(773) 555-0112", court_proceedings=E.CourtProceedings.NEVER,
                    other_names=[{"family_name": "Quispe", "given_name": "Ana", "middle_name": None}])
    session.add(client)
    session.flush()
    session.add_all([
        Address(client_id=client.id, kind=E.AddressKind.RESIDENCE, street="4821 S Ashland Ave", unit_type="APT",
                unit="3B", city="Chicago", state="IL", zip_code="60609", country="United States",
                from_date=date(2023, 2, 1)),
        Address(client_id=client.id, kind=E.AddressKind.MAILING, in_care_of="Rosa Mamani (guardian)",
                street="1550 W 47th St", city="Chicago", state="IL", zip_code="60609", from_date=date(2023, 2, 1)),
        Address(client_id=client.id, kind=E.AddressKind.LAST_ABROAD, street="Canton Xesana", city="Momostenango",
                province="Totonicapan", country="Guatemala", from_date=date(2008, 3, 14), to_date=date(2022, 11, 1)),
        Entry(client_id=client.id, entry_date=date(2022, 11, 20), place="Hidalgo, TX", status="EWI"),
        TravelDocument(client_id=client.id, kind=E.TravelDocumentKind.PASSPORT, number="G7712345",
                       issuing_country="Guatemala", expires_on=date(2029, 5, 31)),
    ])
    matter = Matter(client_id=client.id, kind=E.MatterKind.SIJS, forum=E.Forum.USCIS, unaccompanied_child=True,
                    sijs_state_order_on=date(2025, 3, 10))
    session.add(matter)
    session.flush()
    # the contact's name and address as the app documents them: "Family, Given" and one line
    # "street, Ste N, City, ST 12345" (Part 13 asks them in parts)
    session.add(Contact(matter_id=matter.id, role=E.ContactRole.INTERPRETER, name="Ixcoy, Marta",
                        organization="Voces Interpreting", phone="312-555-0177", email="marta@voces.example",
                        address="1900 S Blue Island Ave, Ste 4, Chicago, IL 60608"))
    session.add_all(_answers(matter.id, {
        "i360_sij_dependent": True,
        "i360_sij_placement": "Rosa Mamani, appointed guardian (Circuit Court of Cook County)",
        "i360_sij_under_jurisdiction": True,
        "i360_sij_in_placement": True,
        "i360_sij_reunification": "one",
        "i360_sij_basis_abandonment": True,
        "i360_sij_basis_neglect": True,
        "i360_sij_parent_name": "Hector Quispe",
        "i360_sij_best_interest": True,
        "i360_sij_hhs_custody": True,
        "i360_sij_hhs_order_altered": False,
        "i360_other_filings": True,
        "i360_other_filings_count": 1,
        "i360_i485_attached": True,
        "g28_form_numbers": "I-360, I-485",
    }))
    return matter.id


def _vawa(session, *, with_mailing: bool = True) -> str:
    client = Client(family_name="Reyes", given_name="Lucia", a_number="078123456", date_of_birth=date(1991, 7, 4),
                    sex=E.Sex.FEMALE, marital_status=E.MaritalStatus.MARRIED, country_of_birth="Mexico",
                    english_fluency=E.EnglishFluency.FLUENT, phone="312-555-0123", email="lucia.r@example.org",
                    ssn="123-45-6789", court_proceedings=E.CourtProceedings.NEVER)
    session.add(client)
    session.flush()
    session.add_all([
        Address(client_id=client.id, kind=E.AddressKind.RESIDENCE, street="77 N Elm St", unit_type="APT", unit="2",
                city="Aurora", state="IL", zip_code="60505", from_date=date(2024, 8, 1)),
        Person(client_id=client.id, relation=E.Relationship.SPOUSE, family_name="Carter", given_name="Daniel",
               date_of_birth=date(1985, 1, 9), country_of_birth="Mexico", marriage_date=date(2015, 6, 20),
               marriage_place="Joliet, Illinois"),
        Person(client_id=client.id, relation=E.Relationship.CHILD, family_name="Carter", given_name="Mia",
               date_of_birth=date(2016, 9, 2), country_of_birth="United States"),
        Person(client_id=client.id, relation=E.Relationship.CHILD, family_name="Carter", given_name="Leo",
               date_of_birth=date(2019, 2, 11), country_of_birth="United States"),
        Person(client_id=client.id, relation=E.Relationship.CHILD, family_name="Reyes", given_name="Sofia",
               date_of_birth=date(2012, 12, 1), country_of_birth="Mexico", a_number="201999888"),
        Entry(client_id=client.id, entry_date=date(2013, 4, 2), place="Chicago, IL", status="B-2",
              i94_number="34567890a12", status_expires_on=date(2013, 10, 1)),
    ])
    if with_mailing:  # the safe mailing address, in care of the attorney's office
        session.add(Address(client_id=client.id, kind=E.AddressKind.MAILING, in_care_of="Lakeshore Legal Clinic",
                            street="200 W Adams St", unit_type="STE", unit="1200", city="Chicago", state="IL",
                            zip_code="60606", from_date=date(2024, 8, 1)))
    matter = Matter(client_id=client.id, kind=E.MatterKind.VAWA_SELF_PETITION, forum=E.Forum.USCIS)
    session.add(matter)
    session.flush()
    session.add_all(_answers(matter.id, {
        "i360_vawa_self_petitioner": "spouse",
        "i360_vawa_abuser_family_name": "Carter",
        "i360_vawa_abuser_given_name": "Daniel",
        "i360_vawa_abuser_date_of_birth": "1985-01-09",
        "i360_vawa_abuser_country_of_birth": "Mexico",
        "i360_vawa_abuser_status": "lpr",
        "i360_vawa_abuser_a_number_lpr": "A-087-654-321",
        "i360_vawa_times_married": 1,
        "i360_vawa_abuser_times_married": 2,
        "i360_vawa_marriage_date": "2015-06-20",
        "i360_vawa_marriage_place": "Joliet, Illinois",
        "i360_vawa_lived_together_from": "2015-06-20",
        "i360_vawa_lived_together_to": "2024-07-15",
        "i360_vawa_last_address_street": "1290 Larkin Ave",
        "i360_vawa_last_address_unit_type": "APT",
        "i360_vawa_last_address_unit": "5",
        "i360_vawa_last_address_city": "Joliet",
        "i360_vawa_last_address_state": "IL",
        "i360_vawa_last_address_zip_code": "60435",
        "i360_vawa_last_together_from": "2020-03-01",
        "i360_vawa_last_together_to": "2024-07-15",
        "i360_vawa_ead_request": True,
        "i360_children_separate_petitions": False,
        "i360_worked_without_permission": (True, "Cleaned houses 2014-2016 without authorization."),
        "i360_i485_attached": False,
        "g28_form_numbers": "I-360",
    }))
    return matter.id


vault = vault_with_attorney(ATTORNEY)  # the shared throw-away vault (forms_testkit)


def resolve(fmap, profile: dict):
    """Resolve as the service does: the map's derived sections first (the I-360's ``household``, Part 5)."""
    return resolve_profile(fmap, apply_derived(fmap.derived, profile)[0])


@pytest.fixture
def matters(vault):
    with vault.session() as s:
        ids = {"sijs": _sijs(s), "vawa": _vawa(s)}
    return ids


def _profile(vault, matter_id: str) -> dict:
    with vault.session() as s:
        return build_profile(s, matter_id, today=TODAY)


def _fill(uscis_dir: Path, form: str, edition: str, profile: dict, tmp_path: Path, stem: str):
    res = resolve(load_map(form, edition), profile)
    filled = fill_pdf((uscis_dir / f"{form}.pdf").read_bytes(), res.values)
    assert filled.report.refused == (), [(r.name, r.reason) for r in filled.report.refused]
    path = tmp_path / f"{stem}.pdf"
    path.write_bytes(filled.pdf)
    fields = PdfReader(str(path)).get_fields() or {}
    return res, path, {name: f.get("/V") for name, f in fields.items()}


def _on(value) -> str | None:
    """A box's state as pypdf reads it ('/Off' and no value both mean unticked)."""
    return None if value in (None, "/Off", "Off") else str(value)


def _render(path: Path, name: str) -> Path:
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm (poppler-utils) is not installed")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    stem = SCREENSHOTS / name
    subprocess.run(["pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-singlefile", "-png", str(path), str(stem)],
                   check=True, capture_output=True, timeout=120)
    out = stem.with_suffix(".png")
    assert out.stat().st_size > 5000
    return out


def _qpdf_ok(path: Path) -> None:
    if shutil.which("qpdf") is None:
        pytest.fail("qpdf is not installed")
    done = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, timeout=120)
    assert done.returncode == 0, done.stdout.decode() + done.stderr.decode()


# ----------------------------------------------------------------------------- the maps
@pytest.mark.parametrize("form,edition", [("i-360", "01/20/25"), ("g-28", "09/17/18")])
def test_every_entry_says_where_its_answer_comes_from(form, edition):
    fmap = load_map(form, edition)
    kinds = Counter("source" if r.source else "literal" if r.literal is not None else "left"
                    for r in fmap.rules.values())
    assert sum(kinds.values()) == len(fmap.rules) and kinds["source"] > 0
    for rule in fmap.rules.values():
        assert rule.q and len(rule.q) <= 240
        if rule.left_to_user:
            assert len(rule.why) > 20
        if rule.group:
            assert rule.source and "[" in rule.source
    used = {p.split(".")[1] for r in fmap.rules.values() for p in r.sources if p.startswith("answers.")}

    def condition_paths(cond):  # a question may decide what a box says without being written (Part 10's "Present")
        if isinstance(cond, dict):
            yield from ([cond["path"]] if "path" in cond else [])
            for value in cond.values():
                yield from condition_paths(value)
        elif isinstance(cond, list):
            for c in cond:
                yield from condition_paths(c)

    used |= {p.split(".")[1] for r in fmap.rules.values() for c in (r.when, r.only_if)
             for p in condition_paths(c) if p.startswith("answers.")}
    # a question no box reads (its explanation is the whole answer, e.g. I-360 Part 10 item 9's other periods)
    # names the box it belongs to with `anchor`; every other declared question is some field's source
    anchored = {qid for qid, q in fmap.questions.items() if q.get("anchor")}
    assert used <= set(fmap.questions), "every used question is declared"
    assert set(fmap.questions) - used <= anchored, "every declared question is used or anchored"
    for qid in anchored:
        assert fmap.questions[qid].get("explanation") and fmap.questions[qid]["anchor"] in fmap.rules


def test_i360_boxes_carry_the_exact_export_values():
    fmap = load_map("i-360", "01/20/25")
    assert fmap.rules[I360["sij"]].source == "matter.kind" and fmap.rules[I360["sij"]].checked_when == "sijs"
    for key, when in (("vawa_spouse", "spouse"), ("vawa_child", "child"), ("vawa_parent", "parent")):
        assert fmap.rules[I360[key]].checked_when == when
    assert fmap.rules[I360["amerasian"]].left_to_user == "not_applicable"
    # Part 5: Persons 1-9 are one list (spouse first, then the children); Person 1's two boxes read the relation
    rows = fmap.lists["household"]
    assert rows.path == "household.members" and rows.capacity == fmap.groups["household"]["capacity"] == 9
    assert rows.pointer == P + "#subform[5].Pt5Line10_FamilyName[0]" and "household" in fmap.derived
    assert (fmap.rules[I360["p1_spouse"]].checked_when, fmap.rules[I360["p1_child"]].checked_when) == ("spouse", "child")
    assert all(fmap.rules[I360[k]].source == "household.members[0].relation" for k in ("p1_spouse", "p1_child"))


# ----------------------------------------------------------------------------- I-360
def test_sijs_petition_fills_the_real_i360(vault, matters, uscis_dir, tmp_path):
    res, path, v = _fill(uscis_dir, "i-360", "01/20/25", _profile(vault, matters["sijs"]), tmp_path, "i360-sijs")
    assert res.missing_required == []
    # "N/A" only where an item does not apply (the instructions' rule), never in Part 3 items 8-15 (the form says
    # to leave those blank), and only in text boxes: this juvenile has no spouse or children (Part 5) and the U.S.
    # addresses take no province or postal code
    auto = {name.split(".")[-1]: value for name, value in res.auto_filled}
    assert set(auto.values()) == {"N/A"}
    assert not any(n.startswith(("Pt3Line8", "Pt3Line9", "Pt3Line1")) for n in auto), auto
    assert {"Pt5Line2_FamilyName[0]", "Pt5Line3_FamilyName[0]", "Pt5Line10_CountryOfBirth[0]",
            "Pt3Line2_Province[0]", "Pt14Line3_PostalCode[0]"} <= set(auto)
    assert not any("AlienNumber" in n for n in auto)  # comb cells: digits or nothing
    assert v[I360["sij"]] == "/C"  # Part 2, 1.C, the box's own export value
    for key in ("vawa_spouse", "vawa_child", "vawa_parent", "amerasian"):
        assert _on(v.get(I360[key])) is None, key
    assert v[I360["family"]] == "Quispe Mamani" and v[I360["given"]] == "Ana"
    assert v[I360["dob"]] == "03/14/2008"
    assert v[I360["a_number"]] == "201555123"
    assert v[I360["addl_a_number"]] == "201555123"  # Part 15 header
    assert v[I360["single"]] == "/S" and _on(v.get(I360["married"])) is None
    assert v[I360["street"]] == "4821 S Ashland Ave" and v[I360["apt"]] == "/ APT " and v[I360["apt_number"]] == "3B"
    assert v[I360["state"]] == "IL" and v[I360["zip"]] == "60609"
    assert v[I360["safe_in_care_of"]] == "Rosa Mamani (guardian)" and v[I360["safe_street"]] == "1550 W 47th St"
    assert v[I360["arrival"]] == "11/20/2022" and v[I360["passport"]] == "G7712345"
    assert v[I360["female"]] == "/F" and v[I360["removal_no"]] == "/N"
    assert v[I360["foreign_city"]] == "Momostenango"
    assert _on(v.get(I360["pt1_family"])) is None  # Part 1, items 1-6: skipped by self-petitioners
    # Part 8, the juvenile court facts
    assert v[I360["sij_other_family"]] == "Quispe"
    assert v[I360["sij_dependent_yes"]] == "/Y" and _on(v.get(I360["sij_dependent_no"])) is None
    assert v[I360["sij_placement"]].startswith("Rosa Mamani")
    assert v[I360["sij_one_parent"]] == "/O" and v[I360["sij_abandonment"]] == "/C"
    assert _on(v.get(I360["sij_abuse"])) is None
    assert v[I360["sij_parent"]] == "Hector Quispe"
    assert v[I360["sij_best_interest_yes"]] == "/Y" and v[I360["sij_hhs_yes"]] == "/Y"
    assert _on(v.get(I360["abuser_family"])) is None  # Part 10 is VAWA only
    # statements, interpreter and preparer
    assert _on(v.get(I360["english"])) is None and v[I360["interpreted"]] == "/B" and v[I360["language"]] == "Spanish"
    assert v[I360["preparer_box"]] == "/C" and v[I360["preparer_name"]] == "Okafor, Grace N."
    assert v[I360["interpreter_email"]] == "marta@voces.example"
    # Part 13: the interpreter's name and address in parts, read from the contact
    assert v[I360["interpreter_family"]] == "Ixcoy" and v[I360["interpreter_given"]] == "Marta"
    assert v[I360["interpreter_street"]] == "1900 S Blue Island Ave" and v[I360["interpreter_ste"]] == "/ STE "
    assert v[I360["interpreter_unit"]] == "4" and v[I360["interpreter_city"]] == "Chicago"
    assert v[I360["interpreter_state"]] == "IL" and v[I360["interpreter_zip"]] == "60608"
    assert v[I360["interpreter_country"]] == "United States"
    assert v[I360["interpreter_province"]] == "N/A" and v[I360["interpreter_postal"]] == "N/A"
    assert v[I360["interpreter_mobile"]] == "N/A"  # "(if any)": none given
    assert v[I360["preparer_family"]] == "Okafor" and v[I360["preparer_ste"]] == "/ STE "
    assert v[I360["preparer_zip"]] == "60606"
    assert v[I360["attorney_box"]] == "/B" and v[I360["extends"]] == "/Y" and _on(v.get(I360["not_extends"])) is None
    assert v[I360["g28_attached"]] == "/1" and v[I360["page1_bar"]] == "6301234"
    assert v[I360["page1_account"]] == "000123456789"
    assert _on(v.get(I360["signature_date"])) is None  # signed by hand
    _qpdf_ok(path)
    _render(path, "i-360-mapped-p1")


def test_vawa_self_petition_fills_the_real_i360(vault, matters, uscis_dir, tmp_path):
    res, path, v = _fill(uscis_dir, "i-360", "01/20/25", _profile(vault, matters["vawa"]), tmp_path, "i360-vawa")
    assert res.missing_required == []
    assert v[I360["vawa_spouse"]] == "/I"
    for key in ("sij", "vawa_child", "vawa_parent"):
        assert _on(v.get(I360[key])) is None, key
    assert v[I360["dob"]] == "07/04/1991" and v[I360["a_number"]] == "078123456"
    assert v[I360["married"]] == "/M" and _on(v.get(I360["single"])) is None
    # the safe mailing address (Part 1, item 7) and the home address (Part 3, item 2)
    assert v[I360["safe_in_care_of"]] == "Lakeshore Legal Clinic" and v[I360["safe_ste"]] == "/ STE "
    assert v[I360["street"]] == "77 N Elm St"
    assert v[I360["i94"]] == "34567890A12"
    # Part 5: Person One is the spouse; the children, oldest first, from Person Two on
    assert v[I360["p1_family"]] == "Carter" and v[I360["p1_spouse"]] == "/S" and _on(v.get(I360["p1_child"])) is None
    assert v[I360["p2_given"]] == "Sofia" and v[I360["p2_dob"]] == "12/01/2012" and v[I360["p2_child"]] == "/1"
    assert v[I360["p3_given"]] == "Mia"
    assert _on(v.get(I360["p4_child"])) == "/1"  # third child
    # Part 10: the abuser, the marriage, the residence together
    assert v[I360["abuser_family"]] == "Carter" and v[I360["abuser_dob"]] == "01/09/1985"
    assert v[I360["abuser_lpr"]] == "/D" and v[I360["abuser_a_number_lpr"]] == "087654321"
    assert v[I360["times_married"]] == "1" and v[I360["marriage_date"]] == "06/20/2015"
    assert v[I360["lived_from"]] == "06/20/2015"
    assert v[I360["last_street"]] == "1290 Larkin Ave" and v[I360["last_apt"]] == "/ APT "
    assert v[I360["ead_yes"]] == "/Y"
    assert v[I360["english"]] == "/A" and _on(v.get(I360["interpreted"])) is None
    assert v[I360["daytime_phone"]] == "3125550123"
    _qpdf_ok(path)


def test_vawa_child_or_parent_ticks_its_own_box():
    fmap = load_map("i-360", "01/20/25")
    for who, key in (("child", "vawa_child"), ("parent", "vawa_parent")):
        res = resolve(fmap, {"matter": {"kind": "vawa_self_petition"}, "answers": {"i360_vawa_self_petitioner": who}})
        ticked = {k for k in ("sij", "vawa_spouse", "vawa_child", "vawa_parent") if res.values.get(I360[k]) is True}
        assert ticked == {key}


def test_interpreter_contact_not_written_in_parts_is_reported_not_guessed():
    """Part 13 reads the interpreter's name from "Family, Given" and the address from one line. A name
    without the comma or an address that cannot be read leaves the boxes empty (never "N/A" beside an
    unread address) and the pre-filing check names them; a foreign address keeps its province."""
    fmap = load_map("i-360", "01/20/25")
    names = {k: I360[f"interpreter_{k}"] for k in ("family", "given", "street", "city", "unit", "province",
                                                    "postal", "country", "state")}
    base = {"client": {"interpreter_needed": True}, "matter": {"kind": "sijs"}}
    res = resolve(fmap, {**base, "interpreter": {"name": "Marta Ixcoy", "family_name": "", "given_name": "",
                                                 "address": "somewhere in Chicago", "street": "", "city": ""}})
    assert {r.name for r in res.missing_required} >= {names[k] for k in ("family", "given", "street", "city")}
    assert not {names[k] for k in ("unit", "province", "postal")} & set(res.values)
    from workbench.core.forms.places import split_address, split_name
    family, given = split_name("Ixcoy Tzul, Marta Elena")
    abroad = split_address("Calle 5 Poniente 12, Quetzaltenango, Quetzaltenango, Guatemala")
    res = resolve(fmap, {**base, "interpreter": {"family_name": family, "given_name": given, **abroad}})
    assert res.values[names["family"]] == "Ixcoy Tzul" and res.values[names["given"]] == "Marta Elena"
    assert res.values[names["country"]] == "Guatemala" and res.values[names["province"]] == "Quetzaltenango"
    assert names["unit"] not in res.values, "no unit: the number box goes with its unticked unit boxes"
    assert names["postal"] not in res.values and names["state"] not in res.values  # not read, not "N/A"
    # no interpreter (Part 11 1.A): Part 13 stays empty
    res = resolve(fmap, {"client": {"interpreter_needed": False}, "matter": {"kind": "sijs"},
                         "interpreter": {"family_name": family, **abroad}})
    assert not {n for n in res.values if fmap.rules[n].part == "13"}


def test_other_periods_lived_with_the_abuser_go_to_part_15():
    """Part 10 item 9: "Include any other dates you have lived off/on with your abuser in the space provided in
    Part 15." No box reads the answer: the question's anchor (item 9's To box) places its explanation, and a
    "Yes" without the dates is a pre-filing error."""
    from workbench.core.forms.additional_info import explanations
    from workbench.core.forms.checks import check_explanations

    fmap = load_map("i-360", "01/20/25")
    q = fmap.questions["i360_vawa_lived_together_other"]
    assert q["anchor"] == P + "#subform[14].Pt10Line9_DateTo[0]" and (q["part"], q["item"]) == ("10", "9")
    profile = {"matter": {"kind": "vawa_self_petition"},
               "answers": {"i360_vawa_lived_together_other": True,
                           "i360_vawa_lived_together_other.explanation": "Also 08/01/2020 to 09/30/2024."}}
    [ex] = explanations(fmap, profile)
    assert ex.anchor == q["anchor"] and ex.text.startswith("Also")
    profile["answers"].pop("i360_vawa_lived_together_other.explanation")
    assert len(check_explanations(explanations(fmap, profile))) == 1
    profile["answers"]["i360_vawa_lived_together_other"] = False
    assert explanations(fmap, profile) == []


def test_a_self_petitioner_still_living_with_the_abuser_says_present():
    """Part 10 items 9 and 11 ask when the petitioner lived with the abuser, "To" a date: one who still
    does writes "Present" (golden rule 2), which a date answer cannot hold."""
    fmap = load_map("i-360", "01/20/25")
    to_9, to_11 = P + "#subform[14].Pt10Line9_DateTo[0]", P + "#subform[14].Pt10Line11_DateTo[0]"
    profile = {"matter": {"kind": "vawa_self_petition"}, "client": {}, "answers": {
        "i360_vawa_self_petitioner": "spouse", "i360_vawa_lived_together_from": date(2019, 3, 1),
        "i360_vawa_last_together_from": date(2022, 5, 1), "i360_vawa_still_together": True}}
    values = resolve(fmap, profile).values
    assert (values[to_9], values[to_11]) == ("Present", "Present")
    profile["answers"].update(i360_vawa_still_together=False, i360_vawa_lived_together_to=date(2025, 1, 31),
                              i360_vawa_last_together_to=date(2025, 1, 31))
    values = resolve(fmap, profile).values
    assert (values[to_9], values[to_11]) == ("01/31/2025", "01/31/2025")


def test_more_people_than_rows_go_to_the_continuation_sheet():
    """Persons 1-9 are one list: nine children of a self-petitioner without a spouse fill the nine rows (the ninth
    used to go to Part 15 while Person 1 said "N/A"); a tenth, or a spouse and nine children, make Person 9 say "See
    continuation sheet" and Persons 9 and 10 entries with the form's column names."""
    from workbench.core.forms.additional_info import list_entries

    fmap = load_map("i-360", "01/20/25")
    kids = [{"family_name": "Doe", "given_name": f"Kid{i}", "date_of_birth": date(2000 + i, 1, 1),
             "country_of_birth": "Peru", "relation": "child"} for i in range(10)]
    base = {"client": {}, "matter": {"kind": "vawa_self_petition"}}
    nine = resolve(fmap, {**base, "children": kids[:9]})
    assert not nine.overflows and nine.values[I360["p1_given"]] == "Kid0" and nine.values[I360["p1_child"]] is True
    assert nine.values[P + "#subform[5].Pt5Line10_GivenName[0]"] == "Kid8"
    assert nine.values[P + "#subform[5].Pt5Line10_Relationship[0]"] is True
    spouse = {"family_name": "Roe", "given_name": "Sam", "relation": "spouse"}
    for profile, last_rows in (({**base, "children": kids}, ("Kid8", "Kid9")),
                               ({**base, "children": kids[:9], "spouse": spouse}, ("Kid7", "Kid8"))):
        res = resolve(fmap, profile)
        out = [e for o in res.overflows for e in list_entries(o, None)]
        assert [e.text.split(".")[0] for e in out] == ["Person 9", "Person 10"]
        assert all(e.part == "5" for e in out) and res.values[fmap.lists["household"].pointer] == "See continuation sheet"
        assert [e.text.split("Given Name: ")[1].split(";")[0] for e in out] == list(last_rows)
        assert "Relationship: Child" in out[0].text and "Date of Birth: 01/01/20" in out[0].text
    assert res.values[I360["p1_family"]] == "Roe" and res.values[I360["p1_spouse"]] is True
    assert I360["p1_child"] not in res.values or res.values[I360["p1_child"]] is False


def _single_parent(session) -> str:
    """A VAWA self-petitioning child with no spouse and two children of her own (one without a middle name)."""
    client = Client(family_name="Ibarra Lugo", given_name="Marisol", date_of_birth=date(2005, 5, 9),
                    sex=E.Sex.FEMALE, marital_status=E.MaritalStatus.SINGLE, country_of_birth="Mexico",
                    english_fluency=E.EnglishFluency.FLUENT, court_proceedings=E.CourtProceedings.NEVER)
    session.add(client)
    session.flush()
    session.add_all([
        Address(client_id=client.id, kind=E.AddressKind.RESIDENCE, street="410 E 5th St", city="Dallas", state="TX",
                zip_code="75203", from_date=date(2024, 1, 1)),
        Person(client_id=client.id, relation=E.Relationship.PARENT, family_name="Ibarra", given_name="Rogelio",
               sex=E.Sex.MALE, country_of_birth="United States"),
        Person(client_id=client.id, relation=E.Relationship.CHILD, family_name="Ibarra Lugo", given_name="Ximena",
               middle_name="Paz", date_of_birth=date(2024, 8, 30), country_of_birth="United States"),
        Person(client_id=client.id, relation=E.Relationship.CHILD, family_name="Ibarra Lugo", given_name="Tadeo",
               date_of_birth=date(2022, 3, 14), country_of_birth="Mexico", a_number="A-215-000-432"),
    ])
    matter = Matter(client_id=client.id, kind=E.MatterKind.VAWA_SELF_PETITION, forum=E.Forum.USCIS)
    session.add(matter)
    session.flush()
    session.add_all(_answers(matter.id, {"i360_vawa_self_petitioner": "child"}))
    return matter.id


def test_self_petitioner_without_a_spouse_lists_her_first_child_as_person_one(vault, uscis_dir, tmp_path):
    """Part 5 asks for the spouse and children of the person the petition is for; Person 1 offers a Spouse and a
    Child box. Without a spouse, her oldest child is Person 1 with Child ticked, the next Person 2, and the rows
    after them "N/A"; the A-number goes with its child into the comb."""
    with vault.session() as s:
        matter_id = _single_parent(s)
    res, path, v = _fill(uscis_dir, "i-360", "01/20/25", _profile(vault, matter_id), tmp_path, "i360-single-parent")
    assert v[I360["p1_family"]] == "Ibarra Lugo" and v[I360["p1_given"]] == "Tadeo"  # oldest first
    assert v[I360["p1_middle"]] == "N/A" and v[I360["p1_dob"]] == "03/14/2022"
    assert v[I360["p1_child"]] == "/C" and _on(v.get(I360["p1_spouse"])) is None
    assert v[I360["p1_a_number"]] == "215000432"
    assert v[I360["p2_family"]] == "Ibarra Lugo" and v[I360["p2_given"]] == "Ximena" and v[I360["p2_child"]] == "/1"
    assert v[I360["p3_family"]] == "N/A" and _on(v.get(I360["p3_child"])) is None
    assert not res.overflows
    _qpdf_ok(path)


# ----------------------------------------------------------------------------- G-28
def _attorney_answers(vault, matter_id: str, restricted=False, explanation=None) -> None:
    """Part 2 1.c is the attorney's own statement, answered per matter (g28_attorney_subject_to_order)."""
    with vault.session() as s:
        s.add(FormAnswer(matter_id=matter_id, key="g28_attorney_subject_to_order", value=restricted,
                         explanation=explanation))


def test_g28_for_the_sijs_petition(vault, matters, uscis_dir, tmp_path):
    _attorney_answers(vault, matters["sijs"])
    res, path, v = _fill(uscis_dir, "g-28", "09/17/18", _profile(vault, matters["sijs"]), tmp_path, "g28-sijs")
    assert res.missing_required == []
    assert v[G28["family"]] == "Okafor" and v[G28["account"]] == "000123456789"
    assert v[G28["ste"]] == "/ STE " and v[G28["unit"]] == "1200" and v[G28["state"]] == "IL"
    assert v[G28["phone"]] == "3125550148" and v[G28["mobile"]] == "3125550199" and v[G28["fax"]] == "3125550150"
    assert v[G28["email"]] == "gokafor@lakeshore-clinic.example"
    assert v[G28["attorney"]] == "/Y" and v[G28["licensing"]] == "Supreme Court of Illinois"
    assert v[G28["bar"]] == "6301234"
    # the attorney answered "No" to the per-matter question: "am not" ticked, "am" not
    assert v[G28["am_not"]] == "/Y" and _on(v.get(G28["am"])) is None
    assert v[G28["firm"]] == "Lakeshore Legal Clinic"
    assert v[G28["uscis"]] == "/Y" and v[G28["forms"]] == "I-360, I-485" and _on(v.get(G28["ice"])) is None
    assert v.get(G28["ice_matter"]) in (None, "")  # locked by the form unless ICE is ticked
    assert v[G28["petitioner"]] == "/P" and _on(v.get(G28["applicant"])) is None
    assert v[G28["client_family"]] == "Quispe Mamani" and v[G28["client_a_number"]] == "201555123"
    assert v[G28["client_phone"]] == "7735550112"
    # items that do not apply say N/A (a US address's province, an individual's entity, no mobile)
    assert v[G28["province"]] == "N/A" and v[G28["entity"]] == "N/A" and v[G28["client_mobile"]] == "N/A"
    # the mailing address (no unit) never borrows the home's apartment 3B
    assert v[G28["mail_street"]] == "1550 W 47th St" and v[G28["mail_zip"]] == "60609"
    assert _on(v.get(G28["mail_apt"])) is None and v.get(G28["mail_unit"]) in (None, "")
    assert v[G28["mail_province"]] == "N/A"
    assert _on(v.get(G28["consent_notices"])) is None  # the client's own election
    assert v[G28["addl_family"]] == "Quispe Mamani"
    _qpdf_ok(path)
    _render(path, "g-28-mapped-p1")


def test_g28_for_the_vawa_petition_uses_the_safe_address(vault, matters, uscis_dir, tmp_path):
    _attorney_answers(vault, matters["vawa"])
    res, path, v = _fill(uscis_dir, "g-28", "09/17/18", _profile(vault, matters["vawa"]), tmp_path, "g28-vawa")
    assert res.missing_required == []
    assert v[G28["mail_street"]] == "200 W Adams St" and v[G28["client_a_number"]] == "078123456"
    assert v[G28["petitioner"]] == "/P" and v[G28["forms"]] == "I-360"
    assert v[G28["client_middle"]] == "N/A" and v[G28["addl_middle"]] == "N/A"  # Part 6 copies Part 3


def test_g28_without_a_mailing_address_uses_the_home_address(vault, uscis_dir, tmp_path):
    """Corrected: the old test wanted the mailing street and city reported missing. The client's mailing
    address is where the client gets mail; without a separate mailing record that is the home, whole."""
    with vault.session() as s:
        matter_id = _vawa(s, with_mailing=False)
    _attorney_answers(vault, matter_id)
    res, path, v = _fill(uscis_dir, "g-28", "09/17/18", _profile(vault, matter_id), tmp_path, "g28-home")
    assert res.missing_required == []
    assert v[G28["mail_street"]] == "77 N Elm St" and v[G28["mail_city"]] == "Aurora"
    assert v[G28["mail_apt"]] == "/ APT " and v[G28["mail_unit"]] == "2" and v[G28["mail_zip"]] == "60505"


def test_g28_without_any_address_reports_it(vault):
    with vault.session() as s:
        matter_id = _vawa(s, with_mailing=False)
        client_id = s.get(Matter, matter_id).client_id
        for a in s.query(Address).filter_by(client_id=client_id):
            s.delete(a)
    _attorney_answers(vault, matter_id)
    res = resolve(load_map("g-28", "09/17/18"), _profile(vault, matter_id))
    missing = {r.name for r in res.missing_required}
    assert missing == {G28["mail_street"], G28["mail_city"]}


def test_g28_attorney_order_and_its_explanation(vault, matters, uscis_dir):
    """Part 2 1.c: an attorney subject to an order ticks "am" and explains in Part 6 (the form says so)."""
    from workbench.core.forms.editions import identify
    from workbench.core.forms.service import fill_profile

    _attorney_answers(vault, matters["vawa"], restricted=True,
                      explanation="Fictional: probation order of 01/02/2024, Illinois ARDC matter 2023PR00001.")
    pdf = (uscis_dir / "g-28.pdf").read_bytes()
    result = fill_profile(pdf, identify(pdf), load_map("g-28", "09/17/18"), _profile(vault, matters["vawa"]))
    v = {n: f.get("/V") for n, f in (PdfReader(__import__("io").BytesIO(result.pdf)).get_fields() or {}).items()}
    assert v[G28["am"]] == "/N" and _on(v.get(G28["am_not"])) is None
    assert [(e.page, e.part, e.item, e.where) for e in result.entries] == [(1, "2", "1.c", "slot 1")]
    assert (v[G28["addl1_page"]], v[G28["addl1_part"]], v[G28["addl1_item"]]) == ("1", "2", "1.c")
    assert v[G28["addl1_text"]].startswith("Fictional: probation order")


def test_nothing_left_to_the_user_is_filled(vault, matters):
    for form, edition in (("i-360", "01/20/25"), ("g-28", "09/17/18")):
        fmap = load_map(form, edition)
        for key in ("sijs", "vawa"):
            res = resolve(fmap, _profile(vault, matters[key]))
            left = {r.name for r in res.left_to_user}
            assert not left & set(res.values)
            assert all(r.left_to_user for r in res.left_to_user)


def test_marriage_date_and_place_for_a_spouse_and_na_for_a_child_or_parent():
    """Part 10 item 8.A/8.B: "If you are a self-petitioning child or self-petitioning parent, type or print N/A."
    A spouse's answers are ISO dates written mm/dd/yyyy; without them the spouse's own record gives them."""
    fmap = load_map("i-360", "01/20/25")
    vawa = {"matter": {"kind": "vawa_self_petition"}}
    res = resolve(fmap, {**vawa, "answers": {"i360_vawa_self_petitioner": "spouse",
                                             "i360_vawa_marriage_date": "2015-06-20",
                                             "i360_vawa_marriage_place": "Joliet, IL"}})
    assert res.values[I360["marriage_date"]] == "06/20/2015"
    res = resolve(fmap, {**vawa, "answers": {"i360_vawa_self_petitioner": "spouse"},
                         "spouse": {"marriage_date": date(2016, 5, 14), "marriage_place": "San Antonio, TX"}})
    assert res.values[I360["marriage_date"]] == "05/14/2016"
    for who in ("child", "parent"):
        res = resolve(fmap, {**vawa, "answers": {"i360_vawa_self_petitioner": who},
                             "spouse": {"marriage_date": date(2016, 5, 14)}})
        assert res.values[I360["marriage_date"]] == "N/A"  # never the petitioner's own marriage


def test_parts_for_the_other_classification_stay_empty():
    """Part 8 is only for a juvenile, Part 10 only for a VAWA self-petitioner: answers given for the other part
    (a VAWA client's other names, a juvenile's stray VAWA answers) never reach the paper."""
    fmap = load_map("i-360", "01/20/25")
    other_names = {"other_names": [{"family_name": "Ortega Ruiz", "given_name": "Marisol", "middle_name": None}]}
    res = resolve(fmap, {"matter": {"kind": "vawa_self_petition"}, "client": other_names,
                         "answers": {"i360_vawa_self_petitioner": "spouse", "i360_sij_dependent": True}})
    assert not {n for n in res.values if fmap.rules[n].part == "8"}
    assert "8" in res.skipped_parts
    res = resolve(fmap, {"matter": {"kind": "sijs"}, "client": {},
                         "answers": {"i360_vawa_abuser_family_name": "Doe", "i360_vawa_self_petitioner": "spouse"}})
    assert not {n for n in res.values if fmap.rules[n].part == "10"}
    assert not any(res.values.get(I360[k]) for k in ("vawa_spouse", "vawa_child", "vawa_parent"))
    assert res.values[P + "#subform[7].Pt8Line1a_FamilyName[0]"] == "N/A"  # no other names used


# ----------------------------------------------------------------------------- second review (audit360)
G28_CBP = P + "#subform[1].Line3a_CBP[0]"
G28_PARTY = {"requestor": P + "#subform[1].Line4_Checkbox[0]", "applicant": G28["applicant"],
             "respondent": P + "#subform[1].Line4_Checkbox[2]", "petitioner": G28["petitioner"],
             "beneficiary_derivative": P + "#subform[1].Line4_Checkbox[4]"}


def _ticked(res, name: str) -> bool:
    return res.values.get(name) not in (None, False, "", "Off", "/Off")


def test_g28_ticks_only_one_forum_box():
    """Part 3 items 1.a-3.a: "This appearance relates to immigration matters before (select only one box)".
    The map used to tick USCIS from the matter kind whatever the ICE or CBP answer, so a U visa petitioner's
    stay-of-removal G-28 said USCIS AND ICE; and it ticked nothing for a defensive asylee's USCIS filing."""
    fmap = load_map("g-28", "09/17/18")
    res = resolve(fmap, {"matter": {"kind": "u_visa"}, "answers": {"g28_ice": True, "g28_form_numbers": "I-918"}})
    assert _ticked(res, G28["ice"]) and not _ticked(res, G28["uscis"])
    assert G28["forms"] not in res.values  # 1.b belongs to the USCIS box the form keeps locked
    res = resolve(fmap, {"matter": {"kind": "u_visa"}, "answers": {"g28_cbp": True}})
    assert _ticked(res, G28_CBP) and not _ticked(res, G28["uscis"]) and not _ticked(res, G28["ice"])
    for kind in ("defensive_asylum", "affirmative_asylum", "u_visa", "vawa_self_petition", "sijs",
                 "adjustment_of_status", "family_petition", "cancellation_of_removal"):
        res = resolve(fmap, {"matter": {"kind": kind}, "answers": {"g28_ice": False, "g28_form_numbers": "I-765"}})
        assert _ticked(res, G28["uscis"]) and not _ticked(res, G28["ice"]), kind
        assert res.values[G28["forms"]] == "I-765"


def test_g28_client_role_answer_wins_over_the_matter_kind():
    """Part 3 item 5 names the client's role in the filing the G-28 goes with, which the matter kind does not
    always tell: an asylee's I-730 is a petition (Petitioner), a U visa petitioner's I-765 an application."""
    fmap = load_map("g-28", "09/17/18")

    def party(kind, role=None):
        answers = {"g28_client_role": role} if role else {}
        res = resolve(fmap, {"matter": {"kind": kind}, "answers": answers})
        return sorted(k for k, name in G28_PARTY.items() if _ticked(res, name))

    assert party("affirmative_asylum") == ["applicant"]
    assert party("defensive_asylum") == ["applicant"]  # an I-765 or I-131 after a grant in court
    assert party("affirmative_asylum", "petitioner") == ["petitioner"]  # the asylee's I-730
    assert party("u_visa") == ["petitioner"] and party("u_visa", "applicant") == ["applicant"]
    assert party("family_petition") == ["petitioner"]
    assert party("sijs", "beneficiary_derivative") == ["beneficiary_derivative"]
    assert party("bond", "respondent") == ["respondent"] and party("bond") == []
    assert party("u_visa", "requestor") == ["requestor"]


def test_i360_items_8_to_15_only_for_a_person_in_the_united_states():
    """Part 3: "Complete Item Numbers 8. - 15. if this person is in the United States." A self-petitioner abroad
    (VAWA abuse in the U.S., golden vawa-child-abroad) leaves them blank though an old entry is on file."""
    fmap = load_map("i-360", "01/20/25")
    base = {"matter": {"kind": "vawa_self_petition"}, "answers": {"i360_vawa_self_petitioner": "child"},
            "client": {"family_name": "Doe", "given_name": "Ana"},
            "last_entry": {"entry_date": date(2015, 6, 10), "i94_number": "58213467901"},
            "passport": {"number": "N04417729", "issuing_country": "Mexico"}}
    abroad = resolve(fmap, {**base, "addresses": {"residence": {"street": "Calle 1", "city": "Monterrey",
                                                                "country": "Mexico", "postal_code": "64000"}}})
    assert not {n for n in abroad.values if fmap.rules[n].part == "3" and fmap.rules[n].item in
                {"8", "9", "10", "11", "12", "13", "14", "15"}}
    assert abroad.values[I360["zip"]] == "N/A"  # a Mexican address has no ZIP code
    for residence in ({"street": "1 Main St", "city": "Austin", "state": "TX", "zip_code": "78701"},
                      {"street": "1 Main St", "city": "Austin", "country": "United States"}):
        home = resolve(fmap, {**base, "addresses": {"residence": residence}})
        assert home.values[I360["arrival"]] == "06/10/2015" and home.values[I360["passport"]] == "N04417729"
    assert resolve(fmap, {**base, "addresses": {}}).values.get(I360["zip"]) is None  # no address: nothing invented


def test_i360_missing_middle_names_and_firm_say_na():
    """A name part that does not exist is N/A on every name row of the I-360, as Part 5 already wrote it; so is
    Part 14 item 2 "Business or Organization Name (if any)" for an attorney who practises alone."""
    fmap = load_map("i-360", "01/20/25")
    res = resolve(fmap, {"matter": {"kind": "vawa_self_petition"},
                         "answers": {"i360_vawa_self_petitioner": "spouse", "i360_vawa_abuser_family_name": "Doe"},
                         "client": {"family_name": "Doe", "given_name": "Ana"},
                         "addresses": {"residence": {"street": "1 Main St", "city": "Austin", "state": "TX"}},
                         "attorney": {"family_name": "Roe", "given_name": "Sam"}})
    for name in (P + "#subform[2].Pt3Line1_MiddleName[0]", P + "#subform[3].Pt4Line2a_MiddleName[0]",
                 P + "#subform[20].Pt1Line1_MiddleName[1]", P + "#subform[13].Pt10Line1_MiddleName[0]",
                 P + "#subform[19].Pt13Line2_BusinessName[0]"):
        assert res.values[name] == "N/A", name
