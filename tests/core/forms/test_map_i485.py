"""The I-485 (01/20/25) map, Parts 1-8 (pages 1-13): its own behaviour, end to end on the real blank.

Each test starts from a golden client (tests/core/forms/golden/asylee-adjustment-family or
sijs-adjustment), changes the fact it is about, imports the matter into a real vault and fills the
official blank from ``../shared/uscis`` through the same service as the app, then reads the fields
back with pypdf. What is checked is what two golden clients cannot show: one box per filing
category, the asylee's one-year wait from the deadline rule, each parent's facts on that parent's
rows, children beyond the form's two rows, the weight's digit boxes, a mailing address.
"""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest

from tests.core.forms.forms_testkit import client_document_filler
from workbench.core.forms.adjustment import ASYLUM_CATEGORY, activities, asylee_eligible_on
from workbench.core.forms.fieldmap import load_map

GOLDEN = Path(__file__).parent / "golden"
SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "uscis"
ASYLEE, SIJ = "asylee-adjustment-family", "sijs-adjustment"
P = "form1[0].#subform[{}]."


def _f(page: int, name: str) -> str:
    return P.format(page - 1) + name


def _client(name: str) -> dict:
    return json.loads((GOLDEN / name / "client.json").read_text(encoding="utf-8"))


def _set_answer(doc: dict, key: str, value, person: str | None = None) -> None:
    rows = doc["matter"]["form_answers"]
    for row in rows:
        if row["key"] == key and row.get("person_id") == person:
            row["value"] = value
            return
    rows.append({"id": f"485c0000-0000-4000-8000-{len(rows):012x}", "key": key, "value": value,
                 **({"person_id": person} if person else {})})


fill = client_document_filler("i-485")


def _category_boxes(fmap) -> dict[str, str]:
    return {r.name: r.checked_when for r in fmap.rules.values()
            if r.sources == ["answers.i485_category"] and r.part == "2"}


def test_every_category_option_ticks_exactly_one_box_and_every_box_has_an_option():
    fmap = load_map("i-485", "01/20/25")
    options = fmap.questions["i485_category"]["options"]
    boxes = _category_boxes(fmap)
    # 3.a 15, 3.b 1 + 8, 3.c 10, 3.d 2, 3.e 2, 3.f 8, 3.g 5
    assert len(options) == len(set(options)) == len(boxes) == 51
    assert sorted(boxes.values()) == sorted(options)


@pytest.mark.parametrize("option, box", [
    ("VAWA self-petitioning spouse of a U.S. citizen or LPR", _f(5, "Pt2Line3a_CB[12]")),
    ("Victim of qualifying criminal activity (U nonimmigrant)", _f(7, "Pt2Line3e_CB[1]")),
    ("Refugee Status (INA 207)", _f(7, "Pt2Line3d_AsyleeRefugeeCB[1]")),
])
def test_the_chosen_category_is_the_only_box_ticked_and_the_asylum_date_goes_with_asylum(fill, option, box):
    doc = copy.deepcopy(_client(ASYLEE))
    _set_answer(doc, "i485_category", option)
    values, _ = fill(doc, date(2025, 4, 15))
    ticked = [n for n in _category_boxes(load_map("i-485", "01/20/25")) if values.get(n)]
    assert ticked == [box]
    assert values[_f(7, "Pt2Line3d_Asylum[0]")] == "", "the grant date box opens only with the asylum category"


def test_the_sij_category_and_the_asylum_category_of_the_golden_clients(fill):
    values, _ = fill(_client(SIJ), date(2025, 11, 10))
    assert values[_f(6, "Pt2Line3c_CB[1]")] and not values[_f(6, "Pt2Line3c_CB[0]")]
    values, _ = fill(_client(ASYLEE), date(2025, 4, 15))
    assert values[_f(7, "Pt2Line3d_AsyleeRefugeeCB[0]")]
    assert values[_f(7, "Pt2Line3d_Asylum[0]")] == "03/12/2024"


def test_the_asylee_first_filing_day_is_the_deadline_rules_one_year_after_the_grant():
    assert asylee_eligible_on(date(2024, 3, 12)) == date(2025, 3, 12)
    assert asylee_eligible_on(date(2024, 2, 29)) == date(2025, 3, 1)  # the rule's leap-day reading


def _early(result) -> list:
    return [c for c in result.errors if "209(b)(2)" in str(c.message)]


def test_filling_the_asylum_category_before_the_first_day_is_an_error_naming_the_day(fill):
    doc = _client(ASYLEE)
    _, before = fill(doc, date(2025, 3, 11))
    assert [c.part for c in _early(before)] == ["2"]
    assert "03/12/2025" in str(_early(before)[0].message) and "03/12/2024" in str(_early(before)[0].message)
    _, on_the_day = fill(doc, date(2025, 3, 12))
    assert _early(on_the_day) == []


def test_the_asylum_category_without_a_grant_date_is_an_error(fill):
    doc = copy.deepcopy(_client(ASYLEE))
    doc["matter"]["matter"]["asylum_granted_on"] = None
    _, result = fill(doc, date(2025, 4, 15))
    assert any("date asylum was granted" in str(c.message) for c in result.errors)
    doc["matter"]["matter"]["asylum_granted_on"] = "2024-03-12"
    _set_answer(doc, "i485_category", "Special Immigrant Juvenile (Form I-360)")
    _, other = fill(doc, date(2024, 5, 1))
    assert _early(other) == [], "the one-year wait is the asylee's only"


def test_each_parents_facts_stay_on_that_parents_rows(fill):
    doc = copy.deepcopy(_client(ASYLEE))
    people = doc["matter"]["client"]["people"]
    mother = next(p for p in people if p["relation"] == "parent" and p["sex"] == "female")
    mother["other_names"] = [{"family_name": "Gebru", "given_name": "Abrehet", "middle_name": None}]
    mother["date_of_birth"] = "1950-07-08"  # now the elder: Parent 1
    values, _ = fill(doc, date(2025, 4, 15))
    assert [values[_f(9, f"Pt5Line1_{c}[0]")] for c in ("FamilyName", "GivenName")] == ["Woldemichael", "Abrehet"]
    assert [values[_f(9, f"Pt5Line2_{c}[0]")] for c in ("FamilyName", "GivenName")] == ["Gebru", "Abrehet"]
    assert values[_f(9, "Pt5Line3_DateofBirth[0]")] == "07/08/1950"
    assert [values[_f(10, f"Pt5Line6_{c}[0]")] for c in ("FamilyName", "GivenName")] == ["Berhane", "Tesfay"]
    assert values[_f(10, "Pt5Line7_FamilyName[0]")] == "N/A", "the father's birth name is not different"
    assert values[_f(10, "Pt5Line8_DateofBirth[0]")] == "01/20/1955"


def test_children_oldest_first_and_a_third_child_in_part_14(fill):
    doc = copy.deepcopy(_client(ASYLEE))
    people = doc["matter"]["client"]["people"]
    for n, (given, born) in enumerate((("Amanuel", "2016-08-01"), ("Saba", "2012-01-15"))):
        pid = f"485c0000-0000-4000-8000-0000000001{n:02d}"
        people.append({"id": pid, "relation": "child", "family_name": "Berhane", "given_name": given,
                       "middle_name": "Dawit", "date_of_birth": born, "sex": "male", "country_of_birth": "Eritrea",
                       "include_in_application": False})
        _set_answer(doc, "i485_child_relationship", "Biological child", person=pid)
    values, result = fill(doc, date(2025, 4, 15))
    assert values[_f(12, "Pt6Line1_TotalChildren[0]")] == "3"
    assert values[_f(12, "Pt7Line2_GivenName[0]")] == "Saba" and values[_f(12, "Pt7Line3_GivenName[0]")] == "Liya"
    assert values[_f(12, "Pt7Line2_YN[0]")] and not values[_f(12, "Pt7Line2_YN[1]")], "Saba does not apply"
    third = [e for e in result.entries if e.part == "7"]
    assert len(third) == 1 and third[0].text.startswith("Child 3. Family Name: Berhane; Given Name: Amanuel")
    assert "Date of Birth: 08/01/2016" in third[0].text and "Relationship: Biological child" in third[0].text


@pytest.mark.parametrize("pounds, digits", [(165, ("1", "6", "5")), (95, ("0", "9", "5"))])
def test_the_weight_one_digit_per_box(fill, pounds, digits):
    doc = copy.deepcopy(_client(SIJ))
    _set_answer(doc, "i485_weight", pounds)
    values, _ = fill(doc, date(2025, 11, 10))
    assert tuple(values[_f(13, f"Pt7Line4_Weight{i}[0]")] for i in (1, 2, 3)) == digits


def test_a_mailing_address_answers_no_and_opens_the_mailing_block(fill):
    doc = copy.deepcopy(_client(SIJ))
    doc["matter"]["client"]["addresses"].append({
        "id": "485c0000-0000-4000-8000-000000000201", "kind": "mailing", "in_care_of": "Harborview Immigrant Legal Aid",
        "street": "1200 Smith St", "unit_type": "STE", "unit": "1600", "city": "Houston", "state": "TX",
        "zip_code": "77002",
        "country": "United States"})
    values, _ = fill(doc, date(2025, 11, 10))
    assert values[_f(3, "Pt1Line18_YN[1]")] and not values[_f(3, "Pt1Line18_YN[0]")]
    assert values[_f(3, "Pt1Line18_CurrentInCareOfName[0]")] == "Harborview Immigrant Legal Aid"
    assert values[_f(3, "Pt1Line18_CurrentUnit[1]")] and values[_f(3, "Pt1Line18_CurrentAptSteFlrNumber[0]")] == "1600"
    assert values[_f(3, "Pt1Line18_StreetNumberName[0]")] == "7310 Bellerive Dr", "the physical address stays the home"


def test_jobs_and_schools_in_one_list_current_first():
    profile = {"employment": [{"employer": "Old Job", "address": "1 Main St, Houston, TX 77002", "occupation": "Cook",
                               "from_date": date(2019, 1, 1), "to_date": date(2020, 1, 1)}],
               "education": [{"school": "Night School", "location": "Houston, TX", "from_date": date(2021, 1, 1),
                              "to_date": None},
                             {"school": "Escuela", "location": "Cusco, Peru", "from_date": date(2010, 1, 1),
                              "to_date": date(2018, 6, 1)}]}
    rows = activities(profile)
    assert [(r["name"], r["type"], r["occupation"]) for r in rows] == [
        ("Night School", "School", "Student"), ("Old Job", "Employer", "Cook"), ("Escuela", "School", "Student")]
    assert ((rows[1]["street"], rows[1]["city"], rows[1]["state"], rows[1]["zip_code"])
            == ("1 Main St", "Houston", "TX", "77002"))
    assert (rows[2]["city"], rows[2]["country"]) == ("Cusco", "Peru")


def test_the_asylum_option_the_check_reads_is_an_option_of_the_map():
    assert ASYLUM_CATEGORY in load_map("i-485", "01/20/25").questions["i485_category"]["options"]


def test_after_five_years_at_the_address_no_prior_address_is_written_anywhere(fill):
    doc = copy.deepcopy(_client(ASYLEE))
    _set_answer(doc, "i485_resided_5_years", True)
    values, result = fill(doc, date(2025, 4, 15))
    assert values[_f(4, "Pt1Line18_last5yrs_YN[0]")] and not values[_f(4, "Pt1Line18_last5yrs_YN[1]")]
    assert values[_f(4, "Pt1Line18_PriorStreetName[0]")] == ""
    assert not [e for e in result.entries if e.part == "1"], "no prior address goes to Part 14 either"


def test_answers_that_contradict_the_recorded_facts_are_warned_about(fill):
    doc = copy.deepcopy(_client(ASYLEE))
    _, clean = fill(doc, date(2025, 4, 15))
    assert not [c for c in clean.checks
                if c.item in ("13", "18") and c.severity == "warning" and "check the" in str(c.message)]
    _set_answer(doc, "i485_resided_5_years", True)  # at the address since 09/01/2022
    doc["matter"]["client"]["entries"].append({"id": "485c0000-0000-4000-8000-000000000301", "entry_date": "2015-07-10",
                                               "place": "New York, NY", "status": "B-2"})
    _, result = fill(doc, date(2025, 4, 15))
    warned = {c.item: str(c.message) for c in result.checks
              if c.severity == "warning" and "check the" in str(c.message)}
    assert "09/01/2022" in warned["18"] and "2 entries" in warned["13"]


def _without_category(name: str) -> dict:
    doc = copy.deepcopy(_client(name))
    doc["matter"]["form_answers"] = [r for r in doc["matter"]["form_answers"] if r["key"] != "i485_category"]
    return doc


def _proposed(result) -> list:
    return [c for c in result.checks if c.severity == "info" and "proposes" in str(c.message)]


def test_an_unanswered_category_is_proposed_from_the_matter_and_said(fill):
    """SIJ and asylee matters imply their Part 2 box (INA 245(h), 209(b)); the app ticks it and says
    so; the attorney's answer wins; a VAWA self-petitioner (spouse, child or parent) is not guessed."""
    values, result = fill(_without_category(SIJ), date(2025, 11, 10))
    assert values[_f(6, "Pt2Line3c_CB[1]")], "the SIJ box"
    assert [(c.part, str(c.message).split('"')[1]) for c in _proposed(result)] == \
        [("2", "Special Immigrant Juvenile (Form I-360)")]
    values, result = fill(_without_category(ASYLEE), date(2025, 3, 11))  # one day before the first filing day
    assert values[_f(7, "Pt2Line3d_AsyleeRefugeeCB[0]")] and values[_f(7, "Pt2Line3d_Asylum[0]")] == "03/12/2024"
    assert _early(result), "a proposed asylum category is held to the one-year wait like an answered one"
    doc = _without_category(SIJ)
    doc["matter"]["matter"]["kind"] = "vawa_self_petition"
    values, result = fill(doc, date(2025, 11, 10))
    assert not _proposed(result) and not any(values[n] for n in _category_boxes(load_map("i-485", "01/20/25")))
    assert any(c.severity == "error" and c.part == "2" for c in result.checks), "the category is still required"
    doc = _without_category(SIJ)
    _set_answer(doc, "i485_category", "Victim of qualifying criminal activity (U nonimmigrant)")
    values, result = fill(doc, date(2025, 11, 10))
    assert not _proposed(result) and values[_f(7, "Pt2Line3e_CB[1]")] and not values[_f(6, "Pt2Line3c_CB[1]")]


@pytest.mark.parametrize("line, city, province, postal", [
    ("Boulevard Kuwait 1200, Tegucigalpa, Francisco Morazan, 11101, Honduras", "Tegucigalpa", "Francisco Morazan", "11101"),
    ("Calle Hidalgo 40, Oaxaca de Juarez, Oaxaca 68000, Mexico", "Oaxaca de Juarez", "Oaxaca", "68000"),
    ("10 Downing St, London, SW1A 2AA, United Kingdom", "London", "", "SW1A 2AA"),
    ("Calle Hidalgo 40, Oaxaca de Juarez, Oaxaca, Mexico", "Oaxaca de Juarez", "Oaxaca", ""),
    ("Calle 5, Guatemala City, Zona 10, Guatemala", "Guatemala City", "Zona 10", ""),
])
def test_a_foreign_address_keeps_its_postal_code_out_of_the_city_and_province(line, city, province, postal):
    """Audit 485: "..., Cortes 21102, Honduras" put "21102" in the Province box and the province in the City box."""
    from workbench.core.forms.places import split_address

    parts = split_address(line)
    assert (parts["city"], parts["province"], parts["postal_code"]) == (city, province, postal)


def test_a_job_abroad_with_a_postal_code_fills_item_8_postal_code_and_its_part_14_row(fill):
    doc = copy.deepcopy(_client(ASYLEE))
    job = doc["matter"]["client"]["employment"][2]
    job["address"] = "Sembel Road 14, Asmara, Maekel, 1101, Eritrea"
    values, result = fill(doc, date(2025, 4, 15))
    assert values[_f(9, "P4Line8_PostalCode[0]")] == "1101" and values[_f(9, "P4Line8_Province[0]")] == "Maekel"
    assert values[_f(9, "P4Line8_City[0]")] == "Asmara"
    row = [e.text for e in result.entries if e.part == "4" and "Sembel" in e.text]
    assert row and "Province: Maekel; Postal Code: 1101; Country: Eritrea" in row[0]


def test_a_row_in_part_14_keeps_the_unit_type_with_its_number(fill):
    """Audit 485: "Apt./Ste./Flr.: 4B" did not say which; a job's unit was dropped from its Part 14 row."""
    doc = copy.deepcopy(_client(ASYLEE))
    doc["matter"]["client"]["employment"][1]["address"] = "5210 N Broadway, Ste 300, Chicago, IL 60640"
    doc["matter"]["client"]["addresses"][2].update(unit_type="FLR", unit="2")
    values, result = fill(doc, date(2025, 4, 15))
    texts = [e.text for e in result.entries]
    assert any(t.startswith("Employment or School 2.") and "Street: 5210 N Broadway; Apt./Ste./Flr.: Ste. 300;" in t
               for t in texts)
    assert any(t.startswith("Prior Address 2.") and "Apt./Ste./Flr.: Flr. 2;" in t for t in texts)


def test_a_period_without_job_or_school_in_the_last_five_years_is_warned_about_at_item_7(fill):
    """Audit 485: Item 7 asks periods of unemployment too; the model has none, so the gap reached the form silently."""
    from workbench.core.forms.adjustment import history_gaps

    doc = copy.deepcopy(_client(ASYLEE))
    _, result = fill(doc, date(2025, 4, 15))
    warned = [c for c in result.checks if (c.part, c.item) == ("4", "7") and "07/31/2021 - 04/03/2022" in str(c.message)]
    assert len(warned) == 1, "the teacher's job ended 07/30/2021, the car wash began 04/04/2022"
    assert "08/27/2022" not in str(warned[0].message), "ten days between two jobs is no gap"
    doc["matter"]["client"]["employment"].append({
        "id": "485a0000-0000-4000-8000-000000000054", "employer": "Asmara Relief Office", "address": "Asmara, Eritrea",
        "occupation": "Volunteer", "from_date": "2021-07-31", "to_date": "2022-04-03"})
    _, result = fill(doc, date(2025, 4, 15))
    assert not [c for c in result.checks if (c.part, c.item) == ("4", "7") and "recorded for" in str(c.message)]
    assert history_gaps([], date(2025, 4, 15)) == [(date(2020, 4, 15), date(2025, 4, 15))], "nothing at all: one gap"


def test_a_job_written_as_city_and_country_fills_city_and_country_not_the_street(fill):
    """Audit 485: "Tegucigalpa, Honduras" printed Street "Tegucigalpa", City "Honduras" and no country."""
    doc = copy.deepcopy(_client(ASYLEE))
    doc["matter"]["client"]["employment"][2]["address"] = "Asmara, Eritrea"
    values, result = fill(doc, date(2025, 4, 15))
    assert (values[_f(9, "P4Line8_City[0]")], values[_f(9, "P4Line8_Country[0]")]) == ("Asmara", "Eritrea")
    assert values[_f(9, "P4Line8_StreetName[0]")] in ("", "N/A"), "no street is known"
    row = [e.text for e in result.entries if "Sembel Elementary" in e.text][0]
    assert "City or Town: Asmara; Country: Eritrea" in row and "Street:" not in row


@pytest.mark.parametrize("category", ["Other eligibility", "Amerasian Act (October 22, 1982)"])
def test_a_category_without_an_item_56_box_is_an_error_until_item_56_is_answered(fill, category):
    """Audit 485: for these two categories no Item 56 box was ticked and nothing said so."""
    doc = copy.deepcopy(_client(ASYLEE))
    _set_answer(doc, "i485_category", category)
    values, result = fill(doc, date(2025, 4, 15))
    boxes = [n for n in values if "Pt9Line56_CB" in n and values[n]]
    errors = [c for c in result.checks if (c.part, c.item) == ("9", "56") and c.severity == "error"]
    assert not boxes and len(errors) == 1 and category in str(errors[0].message)
    _set_answer(doc, "i485_p9_56", "Nicaraguans and Other Central Americans under section 203 of the Nicaraguan "
                                   "Adjustment and Central American Relief Act (NACARA)")
    values, result = fill(doc, date(2025, 4, 15))
    assert not [c for c in result.checks if (c.part, c.item) == ("9", "56") and c.severity == "error"]
    assert [n for n in values if "Pt9Line56_CB" in n and values[n]] == [_f(18, "Pt9Line56_CB[14]")]
