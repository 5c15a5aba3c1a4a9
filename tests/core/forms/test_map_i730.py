"""The I-730 (01/20/25) map's own behaviour, end to end on the real blank.

Each test starts from a golden client (tests/core/forms/golden/asylee-*), changes the one fact
it is about, imports the matter into a real vault and fills the official blank from
``../shared/uscis`` through the same service as the app, then reads the fields back with pypdf.
What is checked is what the golden tables cannot show with two clients: the Part 3 boxes whose
export names contradict their places, a late petition's explanation and its continuation sheet,
Part 6 by the beneficiary's age, answers kept to the relative they are about, and a refugee
petitioner.
"""

from __future__ import annotations

import copy
import io
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from workbench.core.forms import conditions
from workbench.core.forms.fieldmap import load_map
from workbench.core.forms.questionnaire import questions

GOLDEN = Path(__file__).parent / "golden"
SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "uscis"
SPOUSE_CLIENT, SPOUSE = "asylee-spouse-abroad", "7300a000-0000-4000-8000-00000000a001"
CHILD_CLIENT, DANIELA, TOMAS = "asylee-child-in-us", "7300b000-0000-4000-8000-00000000b001", "7300b000-0000-4000-8000-00000000b002"
S6, S8 = "F[0].#subform[6].", "F[0].#subform[8]."
YES, NO, EXPLANATION = S6 + "Part3_2year[1]", S6 + "Part3_2year[0]", S6 + "Explanation[0]"


def _client(name: str) -> dict:
    return json.loads((GOLDEN / name / "client.json").read_text(encoding="utf-8"))


def _answer(doc: dict, key: str, person: str | None = None) -> dict:
    return next(a for a in doc["matter"]["form_answers"] if a["key"] == key and a["person_id"] == person)


def _add_answer(doc: dict, key: str, value, person: str | None = None) -> None:
    n = len(doc["matter"]["form_answers"])
    doc["matter"]["form_answers"].append({"id": f"7300c000-0000-4000-8000-{n:012x}", "key": key,
                                          "person_id": person, "value": value})


@pytest.fixture
def fill(tmp_path):
    """fill(client document, member id, today) -> (values read back by pypdf, FormResult)."""
    from workbench.core.forms.blanks import add_blank
    from workbench.core.forms.service import fill_matter_form
    from workbench.core.interchange import import_matter
    from workbench.core.vault.store import Vault

    if not (SHARED / "i-730.pdf").exists():
        pytest.fail(f"{SHARED}/i-730.pdf is missing: the I-730 tests need ../shared/uscis beside the repository")
    blanks = tmp_path / "blanks"
    blanks.mkdir()
    add_blank((SHARED / "i-730.pdf").read_bytes(), blanks)
    opened = []

    def run(doc: dict, member: str, today: date):
        vault, _ = Vault.create(tmp_path / f"vault{len(opened)}", "i-730 test passphrase", store=None, calibrate=False)
        opened.append(vault)
        vault.set_meta("attorney_profile", json.dumps(doc["attorney"]))
        with vault.session() as s:
            matter_id = import_matter(s, doc["matter"]).matter_id
        with vault.session() as s:
            result = fill_matter_form(s, "i-730", matter_id, member_id=member, today=today, blanks_folder=blanks)
        values = {}
        for name, f in (PdfReader(io.BytesIO(result.pdf)).get_fields() or {}).items():
            v = f.get("/V")
            values[name] = (v not in (None, "/Off", "Off", "")) if f.get("/FT") == "/Btn" else ("" if v is None else str(v))
        return values, result

    yield run
    for vault in opened:
        vault.close()


def test_the_golden_petitions_have_no_errors_or_warnings(fill):
    for name, member, today in ((SPOUSE_CLIENT, SPOUSE, date(2025, 9, 15)), (CHILD_CLIENT, DANIELA, date(2025, 3, 3))):
        _, result = fill(_client(name), member, today)
        assert [(c.severity, c.message) for c in result.checks if c.severity != "info"] == []
        assert result.entries == []


def test_an_answer_only_part6_shows_is_reported_when_part6_is_skipped(fill):
    """Part 6 is blank for a beneficiary abroad. Her phone and e-mail are on the form in Part 2
    (nothing lost, nothing said), but a mobile number only Part 6 asks is reported."""
    doc = _client(SPOUSE_CLIENT)
    _add_answer(doc, "i730_member_mobile_phone", "+92 300 5550199", SPOUSE)
    values, result = fill(doc, SPOUSE, date(2025, 9, 15))
    assert values[S8 + "P6_Line4_BenMobileTel[0]"] == ""
    warnings = [c for c in result.checks if c.severity == "warning"]
    assert [(c.part, "1 answer(s) given for it are not on the form" in c.message) for c in warnings] == [("6", True)]


def test_part3_yes_ticks_the_box_printed_yes_whatever_its_export_name(fill):
    """The blank's box at "Yes" exports /N and the box at "No" exports /Y; the tooltips and the
    printed page agree with each other, so the map follows the place, not the export name."""
    doc = _client(SPOUSE_CLIENT)
    late = _answer(doc, "i730_p3_1_late", SPOUSE)
    late["value"], late["explanation"] = True, "Filed late: the petitioner was hospitalized for five months."
    values, result = fill(doc, SPOUSE, date(2027, 9, 1))
    assert values[YES] is True and values[NO] is False
    assert values[EXPLANATION] == "Filed late: the petitioner was hospitalized for five months."
    assert not result.errors


def test_a_yes_without_its_explanation_is_a_pre_filing_error(fill):
    doc = _client(SPOUSE_CLIENT)
    _answer(doc, "i730_p3_1_late", SPOUSE)["value"] = True
    values, result = fill(doc, SPOUSE, date(2027, 9, 1))
    assert values[YES] is True
    assert any(c.field == EXPLANATION for c in result.errors), [c.message for c in result.errors]


def test_a_long_explanation_goes_to_a_signed_continuation_sheet(fill):
    doc = _client(SPOUSE_CLIENT)
    story = " ".join(f"Reason {n}: the petitioner could not gather the marriage record from Kabul in time." for n in range(60))
    late = _answer(doc, "i730_p3_1_late", SPOUSE)
    late["value"], late["explanation"] = True, story
    values, result = fill(doc, SPOUSE, date(2027, 9, 1))
    assert values[EXPLANATION].startswith("See cont")
    assert [(e.page, e.part, e.item, e.where) for e in result.entries] == [(7, "3", "1", "sheet")]
    assert result.entries[0].text == story
    pages = PdfReader(io.BytesIO(result.pdf)).pages
    assert len(pages) > 12
    sheet = " ".join(pages[12].extract_text().split())
    assert "Samplezai" in sheet and "Reason 0" in sheet


@pytest.mark.parametrize("born, filled", [(date(2011, 3, 3), True), (date(2011, 3, 4), False)],
                         ids=["14-today", "13-until-tomorrow"])
def test_part6_is_for_a_beneficiary_in_the_us_aged_14_or_more(fill, born, filled):
    doc = _client(CHILD_CLIENT)
    person = next(p for p in doc["matter"]["client"]["people"] if p["id"] == DANIELA)
    person["date_of_birth"] = born.isoformat()
    values, _ = fill(doc, DANIELA, date(2025, 3, 3))
    assert values[S8 + "P6_Line1_Checkbox[1]"] is filled
    assert values[S8 + "P6_Line3_BenDayTel[0]"] == ("7735550162" if filled else "")
    assert values[S8 + "P6_Line2b_Consented[0]"] == ("Probono, Avery" if filled else "")


def test_each_relative_gets_only_their_own_answers(fill):
    """The second child's petition reads the matter-wide answers (status, G-28, number of
    relatives) and Tomas's own, never Daniela's (her court case, her address, her sequence)."""
    doc = copy.deepcopy(_client(CHILD_CLIENT))
    for key, value in (("i730_form_sequence", 1), ("i730_child_type", "Biological Child"),
                       ("i730_member_residence_street", "Colonia Example, Casa 12"),
                       ("i730_member_residence_city", "Tegucigalpa"), ("i730_member_residence_country", "Honduras"),
                       ("i730_member_consulate", "Tegucigalpa, Honduras"),
                       ("i730_member_court", "Never been in the United States")):
        _add_answer(doc, key, value, TOMAS)
    values, _ = fill(doc, TOMAS, date(2025, 3, 3))
    p1, s3, s4, s5 = "F[0].P4[0].", "F[0].#subform[3].", "F[0].#subform[4].", "F[0].#subform[5]."
    assert (values[p1 + "TextField1[1]"], values[p1 + "TextField1[0]"]) == ("1", "2")
    assert values[p1 + "Status[1]"] is True and values[p1 + "Beneficiary[1]"] is True
    assert values[s3 + "P2_Line2_City[0]"] == "Tegucigalpa"
    assert values[s4 + "Part2_Beneficiary[0]"] is True and values[s4 + "Pt2_CityCountry[0]"] == "Tegucigalpa, Honduras"
    assert values[s5 + "Part2_Bene_Info[0]"] is True and values[s5 + "Part2_Bene_Info[1]"] is False
    assert values[s5 + "Pt2_CourtProceedings[0]"] == ""
    assert values[S8 + "P6_Line3_BenDayTel[0]"] == ""  # abroad: Part 6 stays blank


def test_the_beneficiary_items_are_asked_per_relative_in_the_questionnaire():
    by_id = {q.id: q for q in questions(load_map("i-730", "01/20/25"))}
    assert by_id["i730_member_residence_city"].per_member and by_id["i730_p3_1_late"].per_member
    assert by_id["i730_form_sequence"].per_member and by_id["i730_child_type"].per_member
    assert not by_id["i730_petitioner_status"].per_member and not by_id["i730_relatives_total"].per_member


def test_a_refugee_answers_the_refugee_items_and_not_the_asylee_ones(fill):
    doc = _client(SPOUSE_CLIENT)
    _answer(doc, "i730_petitioner_status")["value"] = "Refugee"
    for key, value in (("i730_refugee_approved_on", "2024-10-02"), ("i730_refugee_approved_city", "Islamabad"),
                       ("i730_refugee_approved_country", "Pakistan"), ("i730_refugee_admitted_on", "2025-01-14"),
                       ("i730_refugee_admitted_city", "Chicago"), ("i730_refugee_admitted_state", "IL")):
        _add_answer(doc, key, value)
    values, _ = fill(doc, SPOUSE, date(2025, 9, 15))
    s2 = "F[0].#subform[2]."
    assert values["F[0].P4[0].Status[0]"] is True and values["F[0].P4[0].Status[1]"] is False
    assert values[s2 + "Pt1Line21_DateofAsyleeStatus[0]"] == "N/A"
    assert values[s2 + "Pt1Line22_CityTown[0]"] == "N/A"
    assert values[s2 + "Pt1Line23_DateRefugeeStatusApproved[0]"] == "10/02/2024"
    assert values[s2 + "Pt1Line24_StateorProvince[0]"] == "N/A"  # approved in Islamabad: no province recorded
    assert values[s2 + "Pt1Line25_DateRefugeeStatusApproved[0]"] == "01/14/2025"
    assert (values[s2 + "Pt1Line26_CityTown[0]"], values[s2 + "Pt1Line26_State[0]"]) == ("Chicago", "IL")


# ----------------------------------------------------------------------------- the engine keys this map added
@pytest.mark.parametrize("value, holds", [(14, True), (15, True), (13, False), (None, False), (True, False),
                                          ("14", False)])
def test_at_least_holds_only_for_a_number_at_least_the_bound(value, holds):
    assert conditions.holds({"path": "member.age", "at_least": 14}, lambda _p: value) is holds


def test_at_least_takes_a_number():
    ok = lambda _p: None  # noqa: E731
    assert conditions.problems({"path": "member.age", "at_least": 14}, ok) == []
    assert conditions.problems({"path": "member.age", "at_least": "14"}, ok) == ["'at_least' takes a number"]
    assert conditions.problems({"path": "member.age", "at_least": True}, ok) == ["'at_least' takes a number"]
