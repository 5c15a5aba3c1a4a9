"""The field-map language's rules for meaning (forms/README.md, "Conditions, parts, rows and the
Additional Information part"), each on the real official I-918 blank with a small map written
here, read back with pypdf (and the sheets with pdftotext).

Each test is one defect class the review found: a sub-answer filled under the wrong answer, a
"complete only if" part filled for another matter kind, Mo/Yr boxes and "Present", rows past the
form without a pointer, "Yes" explanations that never reached the paper, short answers moved to
a continuation sheet while long ones were shrunk to 6 pt, "N/A" typed across comb cells, and
continuation sheets signed only once without "Page N of M".
"""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from workbench.core.forms.additional_info import MIN_FONT_SIZE
from workbench.core.forms.editions import identify
from workbench.core.forms.fieldmap import FieldMapError, parse_map
from workbench.core.forms.places import split_place
from workbench.core.forms.service import fill_profile

SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "uscis"
P1 = "form1[0].#subform[0]."
P2 = "form1[0].page2[0]."
P3 = "form1[0].#subform[2]."
P8 = "form1[0].#subform[10]."
FAMILY, GIVEN, MIDDLE = P1 + "Pt1Line1a_FamilyName[0]", P1 + "Pt1Line1b_GivenName[0]", P1 + "Pt1Line1c_MiddleName[0]"
CITY, UNIT_NO, IN_CARE = P1 + "P1_Line3c_CityTown[0]", P1 + "P1_Line3b_AptSteFlrNumber[0]", P1 + "P1_Line4a_InCareofName[0]"
A_NUMBER, SSN = P1 + "P1_Line5_AlienNumber[0]", P1 + "P1_Line6_SSN[0]"
YES1, NO1 = P2 + "P2_Line1_chbxyesno[0]", P2 + "P2_Line1_chbxyesno[1]"
SLOTS = [{"page": P8 + f"P8_Line{n}a_PageNumber[0]", "part": P8 + f"P8_Line{n}b_PartNumber[0]",
          "item": P8 + f"P8_Line{n}c_ItemNumber[0]", "text": P8 + f"P8_Line{n}d_AdditionalInfo[0]"} for n in (3, 4)]


@pytest.fixture(scope="module")
def blank() -> bytes:
    path = SHARED / "i-918.pdf"
    if not path.exists():
        pytest.fail(f"{path} is missing: the tests need ../shared/uscis beside the repository")
    return path.read_bytes()


def _map(fields: dict, **top) -> object:
    return parse_map({"form": "i-918", "edition": "01/20/25", "questions": top.pop("questions", {}),
                      "groups": top.pop("groups", {}), "fields": fields, **top})


def _fill(blank: bytes, fmap, profile: dict):
    profile = {"client": {}, "matter": {}, "answers": {}, "today": date(2025, 3, 3), **profile}
    result = fill_profile(blank, identify(blank), fmap, profile)
    fields = PdfReader(io.BytesIO(result.pdf)).get_fields()
    values = {k: (v.get("/V") if v.get("/V") is not None else "") for k, v in fields.items()}
    return result, values


def _on(value) -> bool:
    return value not in ("", None, "/Off")


def test_a_sub_answer_is_written_only_under_the_answer_that_asks_for_it(blank):
    fmap = _map({CITY: {"q": "If No, specify location", "source": "spouse.current_location",
                        "when": {"path": "spouse.in_united_states", "is": False}, "if_blank": "N/A"}})
    _, abroad = _fill(blank, fmap, {"spouse": {"in_united_states": False, "current_location": "Lima, Peru"}})
    _, here = _fill(blank, fmap, {"spouse": {"in_united_states": True, "current_location": "Chicago, IL"}})
    _, unknown = _fill(blank, fmap, {"spouse": {"in_united_states": None, "current_location": "Chicago, IL"}})
    assert abroad[CITY] == "Lima, Peru"
    assert here[CITY] == "N/A", "in the U.S.: the 'If No' box gets the form's not-applicable answer, not the city"
    assert unknown[CITY] == "N/A", "an unanswered yes/no is neither yes nor no"


def test_a_part_for_another_matter_kind_stays_empty_and_the_answers_given_are_reported(blank):
    fmap = _map({CITY: {"q": "Part 8. SIJ only: city", "source": "answers.sij_city", "part": "8", "if_blank": "N/A"},
                 FAMILY: {"q": "Family name", "source": "client.family_name", "part": "1"}},
                questions={"sij_city": {"text": "City of the juvenile court", "type": "text"}},
                parts={"8": {"when": {"path": "matter.kind", "is": "sijs"},
                             "why": "complete only if filing for a Special Immigrant Juvenile"}})
    sijs, v1 = _fill(blank, fmap, {"matter": {"kind": "sijs"}, "answers": {"sij_city": "Chicago"},
                                   "client": {"family_name": "Ramos"}})
    vawa, v2 = _fill(blank, fmap, {"matter": {"kind": "vawa_self_petition"}, "answers": {"sij_city": "Chicago"},
                                   "client": {"family_name": "Ramos"}})
    assert v1[CITY] == "Chicago" and v2[CITY] == "", "not even N/A: the form says to skip the part"
    assert v2[FAMILY] == "Ramos"
    assert [c.part for c in vawa.checks if c.severity == "warning" and "left empty" in c.message] == ["8"]
    assert not [c for c in sijs.checks if "left empty" in c.message]


def test_missing_rows_get_not_applicable_and_the_current_row_ends_present(blank):
    fmap = _map({FAMILY: {"q": "Residence 1 To (Mo/Yr)", "source": "addresses.history[0].to_date",
                          "format": "month_year", "if_blank": "Present", "if_no_row": "N/A", "group": "res"},
                 GIVEN: {"q": "Residence 1 From (Mo/Yr)", "source": "addresses.history[0].from_date",
                         "format": "month_year", "if_no_row": "N/A", "group": "res"},
                 MIDDLE: {"q": "Residence 2 To (Mo/Yr)", "source": "addresses.history[1].to_date",
                          "format": "month_year", "if_blank": "Present", "if_no_row": "N/A", "group": "res"}},
                groups={"res": {"label": "Residence"}})
    _, v = _fill(blank, fmap, {"addresses": {"history": [{"from_date": date(2024, 5, 1), "to_date": None}]}})
    assert v[FAMILY] == "Present" and v[GIVEN] == "05/2024", "Mo/Yr boxes get mm/yyyy; the present row ends Present"
    assert v[MIDDLE] == "N/A", "a row the client does not have is not 'Present'"


def test_a_list_longer_than_the_form_points_to_the_continuation_sheet(blank):
    rows = [(P3 + "P2_Line9a_DateOfEntry[0]", P3 + "Pt2Line9b_CityOrTown[0]"),
            (P3 + "P2_Line10a_DateOfEntry[0]", P3 + "Pt2Line10b_CityOrTown[0]")]
    fields = {}
    for i, (d, c) in enumerate(rows):
        fields[d] = {"q": f"Entry {i + 1} date", "source": f"entries[{i}].entry_date", "format": "date",
                     "group": "entries", "part": "2", "item": f"{9 + i}"}
        fields[c] = {"q": f"Entry {i + 1} city", "source": f"entries[{i}].place_city", "group": "entries",
                     "part": "2", "item": f"{9 + i}"}
    fmap = _map(fields, groups={"entries": {"label": "Entry", "pointer": rows[1][1],
                                            "columns": {"entry_date": "Date", "place_city": "City or Town"}}})
    entries = [{"entry_date": date(2024, 4, 22), "place_city": "Hidalgo"},
               {"entry_date": date(2019, 7, 2), "place_city": "Miami"},
               {"entry_date": date(2017, 12, 10), "place_city": "Houston"}]
    result, v = _fill(blank, fmap, {"entries": entries})
    assert v[rows[0][0]] == "04/22/2024" and v[rows[0][1]] == "Hidalgo"
    # the box takes 20 characters: the longest wording that fits
    assert v[rows[1][1]] == "See cont. sheet" and v[rows[1][0]] == "", "the last row points, it holds no entry"
    assert [e.text for e in result.entries] == ["Entry 2. Date: 07/02/2019; City or Town: Miami",
                                                "Entry 3. Date: 12/10/2017; City or Town: Houston"]
    assert {(e.page, e.part, e.item) for e in result.entries} == {(3, "2", "10")}, "filed under the pointer row's item"
    _, fits = _fill(blank, fmap, {"entries": entries[:2]})
    assert fits[rows[1][1]] == "Miami", "no pointer when the list fits"


def test_explanations_without_a_box_reach_the_additional_information_part(blank):
    questions = {f"q{n}": {"text": f"Question {n}?", "type": "yes_no", "explanation": True, "part": "2",
                           "item": str(n)} for n in (1, 2, 3)}
    fields = {YES1: {"q": "1 yes", "source": "answers.q1", "checked_when": True},
              NO1: {"q": "1 no", "source": "answers.q1", "checked_when": False},
              P2 + "P2_Line2_chbxyesno[0]": {"q": "2 yes", "source": "answers.q2", "checked_when": True},
              P2 + "P2_Line3_chbxyesno[0]": {"q": "3 yes", "source": "answers.q3", "checked_when": True}}
    for slot in SLOTS:
        fields.update({name: {"q": role, "additional_info": True} for role, name in slot.items()})
    fmap = _map(fields, questions=questions, additional_info={"part": "8", "slots": SLOTS})
    answers = {"q1": True, "q1.explanation": "Arrested in 2019 for selling without a permit; dismissed.",
               "q2": False, "q2.explanation": "(a note on a No: not needed, not printed)",
               "q3": True, "q3.explanation": "Used a false name at the border in 2017. " * 40}
    result, v = _fill(blank, fmap, {"answers": answers})
    assert [(e.item, e.where) for e in result.entries] == [("1", "slot 1"), ("3", "sheet")]
    assert v[SLOTS[0]["page"]] == "2" and v[SLOTS[0]["part"]] == "2" and v[SLOTS[0]["item"]] == "1"
    assert v[SLOTS[0]["text"]].startswith("Arrested in 2019")
    assert v[SLOTS[1]["text"]] == "", "an entry too long for the slot goes to a sheet, the slot stays free"
    assert len(PdfReader(io.BytesIO(result.pdf)).pages) == 11 + 1
    missing = dict(answers, **{"q1.explanation": None})
    result, _ = _fill(blank, fmap, {"answers": missing})
    assert [c.item for c in result.errors if "needs an explanation" in c.message] == ["1"]


def test_short_answers_stay_long_ones_move_and_nothing_is_set_below_8_pt(blank):
    fmap = _map({GIVEN: {"q": "Given name", "source": "client.given_name", "part": "1", "item": "1.b"},
                 MIDDLE: {"q": "Middle name", "source": "client.middle_name", "part": "1", "item": "1.c"}})
    long_given = "Maria de los Angeles Guadalupe Esperanza Concepcion"
    result, v = _fill(blank, fmap, {"client": {"given_name": long_given, "middle_name": "Ximena"}})
    assert v[MIDDLE] == "Ximena", "a value shorter than its box never moves"
    assert v[GIVEN] in ("See continuation sheet", "See cont. sheet", "See cont.")
    assert [(e.part, e.item, e.text) for e in result.entries] == [("1", "1.b", long_given)]
    small = [n.message for n in result.report.notes if "pt instead of" in n.message]
    assert all(float(m.split("set in ")[1].split(" pt")[0]) >= MIN_FONT_SIZE for m in small)


def test_numeric_comb_cells_get_digits_or_nothing(blank):
    fmap = _map({A_NUMBER: {"q": "A-Number (if any)", "source": "client.a_number", "format": "a_number",
                            "if_blank": "N/A"},
                 SSN: {"q": "SSN (if any)", "source": "client.ssn", "format": "ssn", "if_blank": "None"},
                 FAMILY: {"q": "Family name", "source": "client.family_name", "if_blank": "N/A"}})
    _, v = _fill(blank, fmap, {"client": {"a_number": None, "ssn": None, "family_name": None}})
    assert v[A_NUMBER] == "" and v[SSN] == "", "never N/A across numeric cells"
    assert v[FAMILY] == "N/A"
    _, v = _fill(blank, fmap, {"client": {"a_number": "012345678", "ssn": "123-45-6789", "family_name": "Ramos"}})
    assert v[A_NUMBER] == "012345678" and v[SSN] == "123456789"


def test_continuation_sheets_are_signed_dated_and_numbered(blank, tmp_path):
    if not shutil.which("pdftotext"):
        pytest.fail("pdftotext (poppler-utils) is missing: .ci/system-deps installs it")
    questions = {f"q{n}": {"text": f"Question {n}?", "type": "yes_no", "explanation": True, "part": "3",
                           "item": f"{n}.a"} for n in range(1, 6)}
    boxes = [P2 + f"P2_Line{n}_chbxyesno[0]" for n in range(1, 6)]
    fields = {box: {"q": f"{n} yes", "source": f"answers.q{n}", "checked_when": True}
              for n, box in enumerate(boxes, start=1)}
    fmap = _map(fields, questions=questions)
    answers = {}
    for n in range(1, 6):
        answers[f"q{n}"] = True
        answers[f"q{n}.explanation"] = f"Explanation number {n}. " + "Details of what happened and when. " * 60
    result, _ = _fill(blank, fmap, {"answers": answers, "client": {"family_name": "Ramos", "given_name": "Ana",
                                                                   "a_number": "012345678"}})
    assert [e.item for e in result.entries] == ["1.a", "2.a", "3.a", "4.a", "5.a"], "the order of the form"
    path = tmp_path / "out.pdf"
    path.write_bytes(result.pdf)
    pages = len(PdfReader(io.BytesIO(result.pdf)).pages) - 11
    assert pages >= 2
    for n in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-layout", "-f", str(11 + n), "-l", str(11 + n), str(path), "-"],
                              capture_output=True, check=True).stdout.decode()
        assert f"Page {n} of {pages}" in text
        assert "Signature" in text and "Date (mm/dd/yyyy)" in text, "every sheet is signed and dated"
        assert "Family Name: Ramos" in text and "A-012345678" in text
        assert "Page Number: 2" in text and "Part Number: 3" in text


def test_a_condition_must_be_well_formed():
    with pytest.raises(FieldMapError, match="condition"):
        _map({FAMILY: {"q": "x", "source": "client.family_name", "when": {"path": "client.x", "equals": 1}}})
    with pytest.raises(FieldMapError, match="pointer"):
        _map({FAMILY: {"q": "x", "source": "client.family_name"}}, groups={"g": {"pointer": "nope"}})
    with pytest.raises(FieldMapError, match="additional_info"):
        _map({FAMILY: {"q": "x", "additional_info": True}})


@pytest.mark.parametrize("text, parts", [
    ("Houston, TX", ("Houston", "TX", "United States")),
    ("El Paso, Texas", ("El Paso", "TX", "United States")),
    ("Brownsville, Texas, USA", ("Brownsville", "TX", "United States")),
    ("Cusco, Peru", ("Cusco", "", "Peru")),
    ("San Pedro Sula, Cortes, Honduras", ("San Pedro Sula, Cortes", "", "Honduras")),
    ("Hidalgo", ("Hidalgo", "", "")),
    ("", ("", "", "")),
])
def test_a_one_line_place_splits_into_city_state_and_country(text, parts):
    assert split_place(text) == parts


def test_the_profile_knows_the_mother_and_the_father_whatever_their_order(make_vault):
    from workbench.core.forms.profile import build_profile
    from workbench.core.model import Client, Matter, Person, enums as E

    vault, _ = make_vault()
    with vault.session() as s:
        client = Client(family_name="Quispe", given_name="Rosa")
        # the father is older and recorded first: age order would put him on the Mother row
        client.people = [Person(relation=E.Relationship.PARENT, family_name="Quispe", given_name="Juan",
                                sex=E.Sex.MALE, date_of_birth=date(1950, 1, 1), current_location="Cusco, Peru"),
                         Person(relation=E.Relationship.PARENT, family_name="Huaman", given_name="Ana",
                                sex=E.Sex.FEMALE, date_of_birth=date(1955, 1, 1), deceased=True)]
        matter = Matter(client=client, kind=E.MatterKind.AFFIRMATIVE_ASYLUM)
        s.add(matter)
        s.flush()
        profile = build_profile(s, matter.id)
    assert profile["mother"]["given_name"] == "Ana" and profile["mother"]["deceased"] is True
    assert profile["father"]["given_name"] == "Juan" and profile["father"]["current_location_country"] == "Peru"
