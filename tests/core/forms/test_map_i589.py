"""The I-589 (edition 01/20/25) field map, end to end on the official blank: a real vault holds a
fictional matter (client, spouse, five children, three entries, five residences, schools, jobs,
parents, siblings, questionnaire answers, attorney profile); the profile built from it is resolved
through forms/i-589/01-20-25.json, filled into ../shared/uscis/i-589.pdf and read back with pypdf.

Page 1 of the filled form is rendered to screenshots/forms/i-589-mapped-p1.png for a reviewer.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from workbench.core.forms.fieldmap import load_map, resolve
from workbench.core.forms.pdf_fill import fill_pdf, list_fields
from workbench.core.forms.profile import build_profile
from workbench.core.model import (Address, Client, EducationEntry, EmploymentEntry, Entry, FormAnswer, Matter, Person,
                                  TravelDocument, enums as E)
from workbench.core.vault.store import Vault

REPO = Path(__file__).resolve().parents[3]
SCREENSHOT = REPO / "screenshots" / "forms" / "i-589-mapped-p1.png"
TODAY = date(2025, 3, 3)

S0 = "form1[0].#subform[0]."
S1 = "form1[0].#subform[1]."
NM = S1 + "NotMarried[0]."
S3 = "form1[0].#subform[3]."
S4 = "form1[0].#subform[4]."
S6 = "form1[0].#subform[5].#subform[6]."
S7 = "form1[0].#subform[7]."
S8 = "form1[0].#subform[8]."
S10 = "form1[0].#subform[10]."
S12 = "form1[0].#subform[12]."

ATTORNEY = {"family_name": "Whitfield", "given_name": "Margaret", "middle_name": None, "firm": "Lakeside Legal Aid",
            "bar_number": "6312345", "uscis_account_number": "123456789012", "street": "77 W Jackson Blvd",
            "unit_type": "STE", "unit": "1100", "city": "Chicago", "state": "IL", "zip_code": "60604",
            "phone": "(312) 555-0123", "email": "mwhitfield@example.org"}

ANSWERS = {  # key: (value, explanation)
    "i589_cat": (True, None),
    "i589_a1_last_left_country": ("2024-01-10", None),  # JSON has no date type: ISO text
    "i589_a2_total_children": (5, None),
    "i589_b1_political_opinion": (True, None),
    "i589_b1_social_group": (True, None),
    "i589_b1a": (True, "In 2023 members of a local gang threatened me twice at my market stall because I refused "
                       "to pay them and spoke at a community meeting."),
    "i589_b1b": (True, "I fear the same gang will kill me; the police did not act on my complaint."),
    "i589_b2": (False, None),
    "i589_b3a": (True, "Member of the market vendors' association in Cusco, 2016-2023, treasurer in 2022."),
    "i589_b3b": (False, None),
    "i589_b4": (True, "The police work with the gang and have beaten vendors who complained."),
    "i589_c1": (False, None),
    "i589_c2a": (True, None),
    "i589_c2b": (False, None),
    "i589_c2_explanation": ("Mexico, January to April 2024, in transit without status; I did not apply for asylum "
                            "there because the same gang operates in Tapachula.", None),
    "i589_c3": (False, None),
    "i589_c4": (False, None),
    "i589_c5": (False, None),
    "i589_c6": (False, None),
    "i589_d_family_assisted": (False, None),
    "i589_d_counsel_list": (True, None),
}


def _person(relation, family, given, born, **kw) -> Person:
    return Person(relation=relation, family_name=family, given_name=given, date_of_birth=born, **kw)


def _make_matter(vault: Vault) -> str:
    vault.set_meta("attorney_profile", json.dumps(ATTORNEY))
    with vault.session() as s:
        c = Client(family_name="Mendoza Quispe", given_name="Rosa", middle_name="Elena",
                   other_names=[{"family_name": "Quispe", "given_name": "Rosa"}], a_number="A-012-345-678",
                   date_of_birth=date(1986, 4, 12), sex=E.Sex.FEMALE, marital_status=E.MaritalStatus.MARRIED,
                   city_of_birth="Cusco", country_of_birth="Peru", nationality="Peruvian",
                   nationality_at_birth="Peruvian", race_ethnic_tribal_group="Quechua", religion="Catholic",
                   native_language="Quechua (Cusco-Collao)", languages=["Spanish"],
                   english_fluency=E.EnglishFluency.LIMITED, phone="(312) 555-0147",
                   court_proceedings=E.CourtProceedings.NEVER)
        K = E.AddressKind
        c.addresses = [
            Address(kind=K.RESIDENCE, street="2841 S Pulaski Rd", unit_type="APT", unit="3B", city="Chicago", state="IL",
                    zip_code="60623", country="United States", from_date=date(2024, 5, 1)),
            Address(kind=K.MAILING, in_care_of="Casa Esperanza", street="1200 W Cermak Rd", city="Chicago",
                    state="IL", zip_code="60608-1234", phone="312-555-0199"),
            Address(kind=K.PREVIOUS, street="410 Navigation Blvd", city="Houston", state="TX", zip_code="77011",
                    country="United States", from_date=date(2024, 4, 23), to_date=date(2024, 4, 30)),
            Address(kind=K.LAST_ABROAD, street="Calle 5 Poniente 14", city="Tapachula", province="Chiapas",
                    country="Mexico", from_date=date(2024, 1, 15), to_date=date(2024, 4, 20)),
            Address(kind=K.FEARED_COUNTRY, street="Av. El Sol 512", city="Cusco", province="Cusco", country="Peru",
                    from_date=date(2015, 3, 1), to_date=date(2024, 1, 10)),
            Address(kind=K.PREVIOUS, street="Jr. Huallaga 220", city="Lima", province="Lima", country="Peru",
                    from_date=date(2012, 2, 1), to_date=date(2015, 2, 28)),
        ]
        c.travel_documents = [TravelDocument(kind=E.TravelDocumentKind.PASSPORT, number="PE1234567",
                                             issuing_country="Peru", expires_on=date(2029, 6, 30))]
        c.entries = [
            Entry(entry_date=date(2024, 4, 22), place="Hidalgo, TX", status="Parole (CBP One)",
                  i94_number="12345678901", status_expires_on=date(2026, 4, 21)),
            Entry(entry_date=date(2019, 7, 2), place="Miami, FL", status="B-2", status_expires_on=date(2020, 1, 1)),
            Entry(entry_date=date(2017, 12, 10), place="Houston, TX", status="B-2"),
        ]
        R = E.Relationship
        kids = [("Lucia", date(2009, 6, 1), E.Sex.FEMALE, True), ("Mateo", date(2011, 8, 15), E.Sex.MALE, True),
                ("Sofia", date(2014, 1, 20), E.Sex.FEMALE, False), ("Diego", date(2016, 11, 5), E.Sex.MALE, True),
                ("Valentina", date(2020, 3, 3), E.Sex.FEMALE, True)]
        people = [_person(R.SPOUSE, "Huaman Torres", "Jorge", date(1984, 9, 30), middle_name="Luis",
                          sex=E.Sex.MALE, marriage_date=date(2008, 2, 14), marriage_place="Cusco, Peru",
                          city_of_birth="Arequipa", nationality="Peruvian", race_ethnic_tribal_group="Quechua",
                          passport_number="PE5550001", in_united_states=False, current_location="Cusco, Peru")]
        for given, born, sex, in_us in kids:
            extra = (dict(last_entry_date=date(2024, 4, 22), last_entry_place="Hidalgo, TX",
                          i94_number="12345678902", status_at_last_entry="Parole", current_status="Parole",
                          status_expires_on=date(2026, 4, 21), in_court_proceedings=False,
                          include_in_application=True)
                     if in_us else dict(current_location="Cusco, Peru"))
            people.append(_person(R.CHILD, "Huaman Mendoza", given, born, sex=sex,
                                  marital_status=E.MaritalStatus.SINGLE, city_of_birth="Cusco",
                                  nationality="Peruvian", race_ethnic_tribal_group="Quechua",
                                  in_united_states=in_us, **extra))
        people += [
            _person(R.PARENT, "Quispe Mamani", "Carmen", date(1960, 5, 5), sex=E.Sex.FEMALE, city_of_birth="Cusco",
                    current_location="Cusco, Peru"),
            _person(R.PARENT, "Mendoza Apaza", "Ricardo", date(1962, 1, 9), sex=E.Sex.MALE,
                    city_of_birth="Puno", deceased=True),
            _person(R.SIBLING, "Mendoza Quispe", "Ana", date(1988, 7, 7), city_of_birth="Cusco",
                    current_location="Lima, Peru"),
            _person(R.SIBLING, "Mendoza Quispe", "Pedro", date(1990, 10, 10), city_of_birth="Cusco",
                    deceased=True),
        ]
        c.people = people
        c.education = [
            EducationEntry(school="Universidad San Antonio Abad", school_type="University", location="Cusco, Peru",
                           from_date=date(2004, 3, 1), to_date=date(2008, 12, 15)),
            EducationEntry(school="Colegio Nacional de Ciencias", school_type="Secondary", location="Cusco, Peru",
                           from_date=date(1999, 3, 1), to_date=date(2003, 12, 15)),
        ]
        c.employment = [
            EmploymentEntry(employer="Windy City Cleaning, 100 W Madison St, Chicago", occupation="Cleaner",
                            from_date=date(2024, 6, 3)),
            EmploymentEntry(employer="Self-employed, Mercado San Pedro, Cusco", occupation="Market vendor",
                            from_date=date(2015, 4, 1), to_date=date(2024, 1, 5)),
        ]
        m = Matter(client=c, kind=E.MatterKind.AFFIRMATIVE_ASYLUM, forum=E.Forum.USCIS)
        s.add(m)
        s.flush()
        for key, (value, explanation) in ANSWERS.items():
            s.add(FormAnswer(matter_id=m.id, key=key, value=value, explanation=explanation))
        return m.id


@pytest.fixture(scope="module")
def filled(tmp_path_factory, uscis_dir_module):
    folder = tmp_path_factory.mktemp("i589") / "vault"
    vault, _ = Vault.create(folder, "long passphrase here", store=None, calibrate=False)
    try:
        matter_id = _make_matter(vault)
        with vault.session() as s:
            profile = build_profile(s, matter_id, today=TODAY)
    finally:
        vault.close()
    fmap = load_map("i-589", "01/20/25")
    res = resolve(fmap, profile)
    blank = (uscis_dir_module / "i-589.pdf").read_bytes()
    out = fill_pdf(blank, res.values)
    return fmap, profile, res, out


@pytest.fixture(scope="module")
def uscis_dir_module():
    """../shared/uscis, like the ``uscis_dir`` fixture, for the module-scoped fill."""
    shared = REPO.parent / "shared" / "uscis"
    if not shared.is_dir():
        pytest.fail(f"{shared} is missing: the tests need ../shared/uscis beside the repository")
    return shared


@pytest.fixture(scope="module")
def fields(filled):
    return PdfReader(BytesIO(filled[3].pdf)).get_fields()


def value(fields, name):
    v = fields[name].get("/V")
    return None if v is None else str(v)


def test_every_mapped_value_lands_and_nothing_is_refused(filled, uscis_dir):
    fmap, _, res, out = filled
    assert out.report.refused == (), [(r.name, r.reason) for r in out.report.refused]
    assert set(out.report.filled) == set(res.values)
    # the only missing required answer is none: the fictional matter answers everything the form requires
    assert [r.name for r in res.missing_required] == []
    # every fillable field of the blank is in the map (the coverage test checks this generically too)
    blank = list_fields((uscis_dir / "i-589.pdf").read_bytes())
    assert {f.name for f in blank if not f.read_only} <= set(fmap.rules)


def test_part_a1_values(fields):
    assert value(fields, S0 + "PtAILine1_ANumber[0]") == "012345678"
    assert value(fields, S0 + "TextField1[0]") == "None"  # SSN (if any): none on file
    assert value(fields, S0 + "TextField1[8]") == "None"  # USCIS online account (if any)
    assert value(fields, S0 + "PtAILine4_LastName[0]") == "Mendoza Quispe"
    assert value(fields, S0 + "TextField1[1]") == "Quispe, Rosa"  # other names
    assert value(fields, S0 + "PtAILine8_AptNumber[0]") == "3B"
    assert value(fields, S0 + "PtAILine8_AreaCode[0]") == "312"
    assert value(fields, S0 + "PtAILine8_TelephoneNumber[0]") == "555-0147"
    assert value(fields, S0 + "PtAILine9_InCareOf[0]") == "Casa Esperanza"
    assert value(fields, S0 + "PtAILine9_ZipCode[0]") == "60608"
    assert value(fields, S0 + "PtAILine9_TelephoneNumbe[0]") == "555-0199"
    assert value(fields, S0 + "DateTimeField1[0]") == "04/12/1986"
    assert value(fields, S0 + "PartALine9Sex[1]") == "/F"
    assert value(fields, S0 + "PartALine9Sex[0]") in (None, "/Off")
    assert value(fields, S0 + "Marital[1]") == "/M"
    assert value(fields, S0 + "CheckBox3[0]") == "/A"  # never in Immigration Court proceedings
    assert value(fields, S0 + "CheckBox31[0]") == "/1"  # also applying for CAT withholding
    assert value(fields, S0 + "TextField3[0]") == "12345678901"  # current I-94: the last entry's
    assert value(fields, S0 + "DateTimeField2[0]") == "04/22/2024"  # entry 1, the most recent
    assert value(fields, S0 + "DateTimeField2[1]") == "04/21/2026"
    assert value(fields, S0 + "DateTimeField3[0]") == "07/02/2019"  # entry 2
    assert value(fields, S0 + "TextField4[5]") == "B-2"  # entry 3 status
    assert value(fields, S0 + "TextField5[1]") == "PE1234567"
    assert value(fields, S0 + "TextField5[2]") == "N/A"  # no travel document
    assert value(fields, S0 + "CheckBox4[1]") == "/No"  # not fluent in English
    assert value(fields, S0 + "TextField7[1]") == "Spanish"


def test_spouse_and_children(fields):
    assert value(fields, S1 + "CheckBox5[0]") in (None, "/Off")  # married: "I am not married" stays off
    assert value(fields, NM + "PtAIILine6_FirstName[0]") == "Jorge"
    assert value(fields, NM + "DateTimeField8[0]") == "02/14/2008"
    assert value(fields, NM + "PtAIILine15_CheckBox15[0]") == "/N"  # not in the U.S.
    assert value(fields, NM + "PtAIILine15_Specify[0]") == "Cusco, Peru"
    assert value(fields, S1 + "ChildrenCheckbox[0]") == "/N"  # "I have children" (its export value is /N)
    assert value(fields, S1 + "ChildrenCheckbox[1]") in (None, "/Off")
    assert value(fields, S1 + "TotalChild[0]") == "5"
    assert value(fields, S1 + "ChildFirst1[0]") == "Lucia"  # the oldest child first
    assert value(fields, S1 + "CheckBox12_Sex[1]") == "/2"  # child 1 female: this box's export value is /2
    # the form's own word ("Married, Single, Divorced, Widowed"), not the enum in capitals (was "SINGLE")
    assert value(fields, S1 + "ChildMarital1[0]") == "Single"
    assert value(fields, S1 + "PtAIILine21_Yes[0]") == "/Y"  # included in the application
    assert value(fields, S3 + "ChildFirst2[0]") == "Mateo"
    assert value(fields, S3 + "CheckBox37[1]") == "/N"  # child 3 is not in the U.S.
    assert value(fields, S3 + "PtAIILine13_Specify3[0]") == "Cusco, Peru"
    assert value(fields, S3 + "ChildDOB4[0]") == "11/05/2016"
    # the fifth child goes to Supplement A, on the same PDF
    assert value(fields, S12 + "TextField12[2]") == "Valentina"
    assert value(fields, S12 + "DateTimeField14[0]") == "03/03/2020"
    assert value(fields, S12 + "CheckBox12_Sex[3]") == "/F"
    # the header as the form's own script writes it: First Middle Last (it was "Family, Given Middle")
    assert value(fields, S12 + "ApplicantName[0]") == "Rosa Elena Mendoza Quispe"
    # no sixth child: the unused block's text boxes say N/A (golden-clients.md rule 3; it was left empty)
    assert value(fields, S12 + "TextField12[12]") == "N/A"


def test_spouse_and_children_inapplicable_boxes(fields):
    # the spouse block applies (married): its "(if any)" boxes answer None, its "If in the U.S." items N/A
    assert value(fields, NM + "TextField10[2]") == "None"  # spouse SSN (if any): none on file
    assert value(fields, NM + "PtAIILine16_PlaceofLastEntry[0]") == "N/A"  # the spouse is abroad
    assert value(fields, NM + "PtAIILine18_I94Number[0]") == "N/A"  # abroad: "If in the U.S." does not apply
    # child 1 is in the U.S.: "If No, specify location" does not apply; child 3 is abroad: items 14-21 do not
    assert value(fields, S1 + "PtAIILine13_Specify[0]") == "N/A"
    assert value(fields, S1 + "PtAIILine16_I94Number[0]") == "12345678902"
    assert value(fields, S3 + "PtAIILine16_I94Number3[0]") == "N/A"


def test_single_client_without_children_leaves_the_spouse_and_child_blocks_empty(filled):
    """"I am not married. (Skip to Your Children below.)", "I do not have any children. (Skip to Part
    A.III.)": the skipped blocks stay empty, their "None"/"N/A" defaults included (only_if)."""
    fmap, profile, _, _ = filled
    alone = dict(profile, spouse={}, children=[])  # as build_profile writes them
    res = resolve(fmap, alone)
    for name in (NM + "TextField10[2]", NM + "PtAIILine7_MiddleName[0]", NM + "PtAIILine15_Specify[0]",
                 NM + "PtAIILine18_I94Number[0]", S1 + "ChildMarital1[0]", S1 + "PtAIILine13_Specify[0]",
                 S1 + "PtAIILine16_I94Number[0]", S12 + "TextField12[12]", S12 + "TextField12[16]"):
        assert name not in res.values, (name, res.values.get(name))


def test_is_this_person_in_the_us_is_required_for_every_person_listed(filled):
    """Unanswered, both "If No, specify location" and the "If in the U.S." items would say N/A: the
    pre-filing check asks for the answer instead (only for a spouse or child who exists)."""
    fmap, profile, res, _ = filled
    assert not {r.name for r in res.missing_required} & {S1 + "CheckBox17[0]", NM + "PtAIILine15_CheckBox15[1]"}
    kids = [dict(k) for k in profile["children"]]
    kids[0]["in_united_states"] = None
    unknown = resolve(fmap, dict(profile, children=kids, spouse=dict(profile["spouse"], in_united_states=None)))
    missing = {r.name for r in unknown.missing_required}
    assert S1 + "CheckBox17[0]" in missing and NM + "PtAIILine15_CheckBox15[1]" in missing
    assert "form1[0].#subform[12].SuppAL13_CheckBox[0]" not in missing  # no sixth child: nothing to ask


def test_background_part_a3(fields):
    assert value(fields, S4 + "TextField13[2]") == "Tapachula"  # last address before the U.S.
    assert value(fields, S4 + "TextField13[3]") == "Cusco"  # last address in the feared country
    # present address first; A.III has no apartment column, so the unit goes with the street
    assert value(fields, S4 + "TextField13[8]") == "2841 S Pulaski Rd APT 3B"
    assert value(fields, S4 + "DateTimeField24[0]") == "05/2024"  # From (Mo/Yr): mm/yyyy, not mm/dd/yyyy
    assert value(fields, S4 + "DateTimeField26[0]") == "Present"  # the present address has no "To"
    assert value(fields, S4 + "TextField13[12]") == "IL"
    assert value(fields, S4 + "TextField13[13]") == "TX"  # a previous U.S. address: its state, not "N/A"
    assert value(fields, S4 + "TextField13[4]") == "Chiapas"  # abroad: the province
    assert value(fields, S4 + "TextField13[9]") == "410 Navigation Blvd"
    assert value(fields, S4 + "TextField13[24]") == "Jr. Huallaga 220"  # fifth residence
    assert value(fields, S4 + "TextField13[28]") == "Universidad San Antonio Abad"
    assert value(fields, S4 + "TextField13[34]") == "N/A"  # third school row: unused
    assert value(fields, S4 + "TextField13[42]") == "Cleaner"
    assert value(fields, S4 + "DateTimeField42[0]") == "06/2024"  # Mo/Yr (the old test expected 06/03/2024)
    assert value(fields, S4 + "DateTimeField44[0]") == "Present"  # the current job
    assert value(fields, S4 + "TextField13[46]") == "Quispe Mamani, Carmen"  # mother: the parent recorded female
    assert value(fields, S4 + "TextField13[47]") == "Mendoza Apaza, Ricardo"  # father
    assert value(fields, S4 + "TextField35[1]") == "N/A"  # the deceased father has no current location
    assert value(fields, S4 + "CheckBoxAIII5\\.f[0]") == "/1"  # father deceased
    assert value(fields, S4 + "CheckBoxAIII5\\.m[0]") in (None, "/Off")
    assert value(fields, S4 + "TextField13[52]") == "Mendoza Quispe, Pedro"  # sibling 2
    assert value(fields, S4 + "TextField13[54]") == "N/A"  # sibling 3 row unused


def test_parts_b_to_e(fields):
    assert value(fields, S6 + "CheckBoxpolitics[0]") == "/Y"
    assert value(fields, S6 + "CheckBoxrace[0]") in (None, "/Off")
    assert value(fields, S6 + "ckboxyn1a[0]") == "/Y"
    assert value(fields, S6 + "ckboxyn1a[1]") in (None, "/Off")
    assert "market stall" in value(fields, S6 + "TextField14[0]")
    assert value(fields, S7 + "ckboxyn2[1]") == "/N"
    assert "treasurer" in value(fields, S7 + "PBL3A_TextField[0]")
    assert value(fields, S8 + "ckboxync2a[0]") == "/Y"
    assert "Tapachula" in value(fields, S8 + "PCL2B_TextField[0]")
    assert value(fields, S10 + "TextField20[0]") == "Mendoza Quispe, Rosa Elena"
    assert value(fields, S10 + "TextField20[1]") == "N/A"  # native alphabet is the Latin one
    assert value(fields, S10 + "ckboxynd2[0]") == "/Y"  # prepared by the attorney (Part E)
    assert value(fields, S10 + "PtE_PreparerName[0]") == "Whitfield, Margaret"
    assert value(fields, S10 + "TextField25[1]") == "312"
    assert value(fields, S10 + "TextField25[0]") == "555-0123"
    assert value(fields, S10 + "CheckBox1[0]") == "/1"  # G-28 attached: the matter is before USCIS
    assert value(fields, S10 + "USCISOnlineAcctNumber[0]") == "123456789012"
    assert value(fields, S10 + "DateTimeField48[0]") is None  # signature date: left to the applicant


def test_auto_filled_blanks_are_reported(filled):
    _, _, res, _ = filled
    auto = dict(res.auto_filled)
    assert auto[S0 + "TextField1[0]"] == "None"
    assert auto[S0 + "TextField5[2]"] == "N/A"
    assert auto[S4 + "TextField13[54]"] == "N/A"
    assert auto[S4 + "DateTimeField26[0]"] == "Present"  # the present address's "To"
    assert set(auto.values()) <= {"N/A", "None", "Present"}
    # a required fact is reported when missing instead of being made up
    profile = {"client": {}, "answers": {}}
    missing = {r.name for r in resolve(load_map("i-589", "01/20/25"), profile).missing_required}
    assert S0 + "PtAILine4_LastName[0]" in missing and S0 + "DateTimeField1[0]" in missing
    assert S6 + "ckboxyn1a[0]" in missing


def test_date_answers_are_written_mm_dd_yyyy(fields):
    assert value(fields, S0 + "DateTimeField6[0]") == "01/10/2024"  # Part A.I 19.a, from answers


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler) is not installed")
def test_render_page_one_for_review(filled, tmp_path):
    pdf = tmp_path / "i-589-mapped.pdf"
    pdf.write_bytes(filled[3].pdf)
    subprocess.run(["pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "p")], check=True)
    png = next(tmp_path.glob("p*.png"))
    assert png.stat().st_size > 10_000
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(png, SCREENSHOT)


def test_overflowed_rows_keep_every_fact_of_a_joined_box():
    """A.III boxes that join several facts (employer and address, street and unit, city and country of birth)
    continue in full when their list overflows (audit-core: the entries used to keep the first fact only, so an
    overflowed job lost its employer's address, a residence its apartment, a sibling the country of birth)."""
    from workbench.core.forms.additional_info import list_entries

    fmap = load_map("i-589", "01/20/25")
    jobs = [{"employer": f"Employer {i}", "address": f"{i} Main St, Labe, Guinea", "occupation": "Clerk",
             "from_date": date(2020 + i, 1, 1), "to_date": date(2020 + i, 6, 1)} for i in range(4)]
    homes = [{"street": f"{i} Rue Exemple", "unit_type": "APT", "unit": f"{i}B", "city": "Conakry",
              "state_or_province": "Conakry", "country": "Guinea", "from_date": date(2015 + i, 1, 1),
              "to_date": date(2015 + i, 12, 1)} for i in range(6)]
    sibs = [{"family_name": "Diallo", "given_name": f"Sib{i}", "city_of_birth": "Labe", "country_of_birth": "Guinea",
             "current_location": "Dakar, Senegal"} for i in range(5)]
    res = resolve(fmap, {"employment": jobs, "addresses": {"history": homes}, "siblings": sibs})
    text = {o.group.group_id: [e.text for e in list_entries(o, 4)] for o in res.overflows}
    assert text["employment"][0].startswith("Employment 3. Name and Address of Employer: Employer 2, 2 Main St, Labe, Guinea;")
    assert "Number and Street: 4 Rue Exemple APT 4B;" in text["residences"][0]
    assert "City/Town and Country of Birth: Labe, Guinea" in text["siblings"][0]


def test_an_unknown_parent_is_written_unknown_not_left_blank():
    """The I-589 asks to answer "unknown" rather than leave an item blank: a parent not recorded fills the Father
    (or Mother) row with "Unknown"; a deceased parent's location stays "N/A"."""
    fmap = load_map("i-589", "01/20/25")
    s4 = "form1[0].#subform[4]."
    v = resolve(fmap, {"mother": {"family_name": "Bah", "given_name": "Mariama", "deceased": True}}).values
    assert [v[s4 + f] for f in ("TextField13[47]", "TextField13[50]", "TextField35[1]")] == ["Unknown"] * 3
    assert v[s4 + "TextField35[0]"] == "N/A" and v[s4 + "TextField13[49]"] == "Unknown"
