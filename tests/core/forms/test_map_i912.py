"""The I-912 (07/22/25) field map end to end on the real blank: each basis fills only its part, a
"Yes" carries its explanation into the form's own box, per-member answers become the Part 3 and
Part 4 tables (and rows past the form's go to Part 10), and the blank's padded state list.

Every matter is a real vault; every fill goes through ``forms.service`` (what the app and the CLI
call) and is read back with pypdf. The golden clients (u-visa-derivatives, vawa-spouse) check every
field; these tests check the branches the golden clients do not take.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from forms_testkit import vault_with_attorney

from workbench.core.forms.fieldmap import FieldMapError, parse_map
from workbench.core.model import Client, FormAnswer, Matter, Person, enums as E

TODAY = date(2025, 9, 1)
P = "form1[0]."
ATTORNEY = {"family_name": "Probono", "given_name": "Avery", "firm": "Lakeside Legal Aid", "street": "100 W Example Blvd",
            "unit_type": "STE", "unit": "1200", "city": "Chicago", "state": "IL", "zip_code": "60603",
            "country": "United States", "phone": "(312) 555-0100", "email": "avery@example.org"}
F = {
    "basis_a": "#subform[0].P1_Line1_Checkbox[0]", "basis_b": "#subform[0].P1_Line2_Checkbox[0]",
    "basis_c": "#subform[0].P1_Line3_Checkbox[0]",
    "p3_name2": "#subform[1].Part3_Line1_Name2[0]", "p3_name4": "#subform[1].Part3_Line1_Name4[0]",
    "p3_rel2": "#subform[1].Part3_Line1_DateofBirth2[0]", "p3_forms2": "#subform[1].Part3_Line1_FormsFiled2[0]",
    "p3_dob4": "#subform[1].Part4_Line2d_DateofBirth4[0]", "p3_forms4": "#subform[1].Part3_Line1_FormsFiled4[0]",
    "p4_name1": "#subform[1].Part4_Line1_FullName1[0]", "p4_rel1": "#subform[1].Part4_Line1_Relationship1[0]",
    "p4_agency2": "#subform[1].Part4_Line1_Agency2[0]", "p4_name8": "#subform[1].Part4_Line1_FullName4[1]",
    "p4_type8": "#subform[1].Part4_Line1_TypeofBene4[1]",
    "employed": "#subform[2].P5_1_EmploymentStatus[1]", "other_status": "#subform[2].P5_1_EmploymentStatus[2]",
    "other_text": "#subform[2].Part3_Line3_Other[0]", "size": "#subform[2].Part5_Line3_TotalHouseSize[0]",
    "income6": "#subform[2].MonthlyIncome[0]", "income7": "#subform[2].AvgHousehold[0]", "income8": "#subform[2].Total[0]",
    "changed_yes": "#subform[2].#area[1].Part5_Line9_checkbox[0]", "changed_no": "#subform[2].#area[1].Part5_Line9_checkbox[1]",
    "changed_text": "#subform[2].Part5_Line9_Explanation[0]",
    "situation": "#subform[3].Part6_Line1_Situation[0]", "asset1": "#subform[3].Part7_Line2a_TypeOfAsset[0]",
    "medical": "#subform[3].P6_Line3_Checkbox[8]", "other_exp": "#subform[3].P6_Line3_Checkbox[10]",
    "other_exp_text": "#subform[3].P6_Line3_Other[0]", "monthly": "#subform[3].Part6_Line3_Total[0]",
    "slot3_text": "#subform[7].Part11_Line3d_AdditionalInfo[0]", "slot3_item": "#subform[7].Part11_Line3c_ItemNumber[0]",
    "slot4_text": "#subform[7].Part12_Line4d_AdditionalInfo[0]", "preparer_state": "#subform[6].P10_L3d_State[0]",
}
F = {k: P + v for k, v in F.items()}

# the fictional household: the client (Self), a spouse, children oldest first, a mother
PEOPLE = {
    "spouse": (E.Relationship.SPOUSE, "Ruiz", "Tomas", date(1980, 1, 5)),
    "child_a": (E.Relationship.CHILD, "Ruiz", "Ana", date(2006, 3, 1)),
    "child_b": (E.Relationship.CHILD, "Ruiz", "Beto", date(2009, 7, 9)),
    "child_c": (E.Relationship.CHILD, "Ruiz", "Caro", date(2012, 2, 2)),
    "child_d": (E.Relationship.CHILD, "Ruiz", "Dani", date(2015, 5, 5)),
    "mother": (E.Relationship.PARENT, "Diaz", "Rosa", date(1955, 8, 8)),
}


vault = vault_with_attorney(ATTORNEY)  # the shared throw-away vault (forms_testkit)


@pytest.fixture
def blanks(tmp_path, uscis_dir):
    from workbench.core.forms.blanks import add_blank

    add_blank((uscis_dir / "i-912.pdf").read_bytes(), tmp_path / "blanks")
    return tmp_path / "blanks"


def _matter(vault, answers: list[tuple], people=tuple(PEOPLE), deleted=()) -> tuple[str, dict[str, str]]:
    """A matter for Lucia Ruiz (reads English, married) with ``people`` and ``answers``:
    (key, person or None, value[, explanation])."""
    with vault.session() as s:
        client = Client(family_name="Ruiz", given_name="Lucia", date_of_birth=date(1982, 4, 4),
                        marital_status=E.MaritalStatus.MARRIED, english_fluency=E.EnglishFluency.FLUENT,
                        phone="(312) 555-0111")
        s.add(client)
        s.flush()
        ids = {}
        for key in people:
            relation, family, given, born = PEOPLE[key]
            person = Person(client_id=client.id, relation=relation, family_name=family, given_name=given,
                            date_of_birth=born)
            s.add(person)
            s.flush()
            ids[key] = person.id
            if key in deleted:
                person.soft_delete()
        matter = Matter(client_id=client.id, kind=E.MatterKind.VAWA_SELF_PETITION, forum=E.Forum.USCIS)
        s.add(matter)
        s.flush()
        for key, who, value, *expl in answers:
            s.add(FormAnswer(matter_id=matter.id, key=key, value=value, person_id=ids[who] if who else None,
                             explanation=expl[0] if expl else None))
        return matter.id, ids


def _fill(vault, blanks, matter_id):
    from workbench.core.forms.service import fill_matter_form

    with vault.session() as s:
        result = fill_matter_form(s, "i-912", matter_id, today=TODAY, blanks_folder=blanks)
    fields = PdfReader(io.BytesIO(result.pdf)).get_fields()
    values = {n: (f.get("/V") not in (None, "", "/Off")) if f.get("/FT") == "/Btn" else str(f.get("/V") or "")
              for n, f in fields.items()}
    return result, values


BASIS = {"a": "i912_basis_benefit", "b": "i912_basis_income", "c": "i912_basis_hardship"}
COMMON = [("i912_current_status", None, "No lawful status"), ("i912_forms_filed", None, "I-485"),
          ("i912_total_forms", None, 1)]
PART4 = [("i912_benefit_type", None, "SNAP"), ("i912_benefit_agency", None, "IDHS"),
         ("i912_benefit_awarded_on", None, "2025-01-02"), ("i912_benefit_expires_on", None, "2026-01-01")]
PART5 = [("i912_employment_status", None, "Employed"), ("i912_household_size", None, 2),
         ("i912_household_earners", None, 2), ("i912_annual_income", None, 15000),
         ("i912_annual_income", "spouse", 4000), ("i912_circumstances_changed", None, False)]
PART6 = [("i912_hardship_situation", None, "Surgery in 2025 cost $8,000."), ("i912_asset_1_type", None, "Checking"),
         ("i912_asset_1_value", None, 300), ("i912_assets_total", None, 300), ("i912_expense_medical", None, True),
         ("i912_expense_other", None, True, "Funeral costs"), ("i912_monthly_expenses", None, 2100)]


@pytest.mark.parametrize("basis", ["a", "b", "c"])
def test_each_basis_fills_its_part_and_leaves_the_others_empty(vault, blanks, basis):
    chosen = [(BASIS[b], None, b == basis) for b in "abc"]
    matter_id, _ = _matter(vault, COMMON + chosen + PART4 + PART5 + PART6, people=("spouse",))
    result, v = _fill(vault, blanks, matter_id)
    assert (v[F["basis_a"]], v[F["basis_b"]], v[F["basis_c"]]) == (basis == "a", basis == "b", basis == "c")
    part4 = (v[F["p4_name1"]], v[F["p4_rel1"]])
    part5 = (v[F["employed"]], v[F["size"]], v[F["income6"]], v[F["income7"]], v[F["income8"]], v[F["changed_no"]])
    part6 = (v[F["situation"]], v[F["asset1"]], v[F["medical"]], v[F["other_exp_text"]], v[F["monthly"]])
    assert part4 == (("Ruiz, Lucia", "Self") if basis == "a" else ("", ""))
    # item 7 is the spouse's income alone, item 8 the household's: 15000 + 4000
    assert part5 == ((True, "2", "15000", "4000", "19000", True) if basis == "b" else (False, "", "", "", "", False))
    assert part6 == (("Surgery in 2025 cost $8,000.", "Checking", True, "Funeral costs", "2100") if basis == "c"
                     else ("", "", False, "", ""))
    skipped = {c.part for c in result.checks if str(c.message).startswith(f"Part {c.part} was left empty")}
    assert skipped == {"4", "5", "6"} - {{"a": "4", "b": "5", "c": "6"}[basis]}, "answers for skipped parts are reported"


def test_a_yes_carries_its_explanation_into_its_own_box_and_a_missing_one_is_an_error(vault, blanks):
    why = "I lost my job in March 2025 after filing my 2024 return."
    base = COMMON + [(BASIS["b"], None, True)] + [a for a in PART5 if a[0] != "i912_circumstances_changed"]
    matter_id, _ = _matter(vault, base + [("i912_circumstances_changed", None, True, why)], people=("spouse",))
    result, v = _fill(vault, blanks, matter_id)
    assert (v[F["changed_yes"]], v[F["changed_no"]], v[F["changed_text"]]) == (True, False, why)
    assert result.entries == [] and not result.errors

    matter_id, _ = _matter(vault, base + [("i912_circumstances_changed", None, True)], people=("spouse",))
    result, v = _fill(vault, blanks, matter_id)
    assert v[F["changed_yes"]] and v[F["changed_text"]] == ""
    assert [c.item for c in result.errors] == ["9"], [str(c.message) for c in result.errors]

    # "Other (Explain)" employment: its explanation goes in the box beside it
    other = [a for a in base if a[0] != "i912_employment_status"] + [
        ("i912_employment_status", None, "Other", "Seasonal farm work, between seasons"),
        ("i912_circumstances_changed", None, False)]
    matter_id, _ = _matter(vault, other, people=("spouse",))
    result, v = _fill(vault, blanks, matter_id)
    assert (v[F["other_status"]], v[F["employed"]], v[F["other_text"]]) == (
        True, False, "Seasonal farm work, between seasons")
    assert v[F["changed_no"]] and v[F["changed_text"]] == ""


def test_family_members_past_the_forms_rows_continue_in_part_10(vault, blanks):
    """Part 3 has three lines for family members: with five, line 4 points to Part 10 and members 3-5
    are entries there, each with the form's column names."""
    family = ("spouse", "child_a", "child_b", "child_c", "child_d")
    forms = {"spouse": "I-485", "child_a": "I-485, I-765", "child_b": "I-485", "child_c": "I-485", "child_d": "I-485"}
    answers = COMMON + [(BASIS["a"], None, True)] + PART4 + [("i912_forms_filed", k, f) for k, f in forms.items()]
    matter_id, _ = _matter(vault, answers, people=family + ("mother",))
    result, v = _fill(vault, blanks, matter_id)
    assert (v[F["p3_name2"]], v[F["p3_rel2"]], v[F["p3_forms2"]]) == ("Ruiz, Tomas", "Spouse", "I-485")
    assert (v[F["p3_name4"]], v[F["p3_dob4"]], v[F["p3_forms4"]]) == ("See continuation sheet", "", "")
    texts = [e.text for e in result.entries]
    assert texts == [
        "Family member 3. Full Name: Ruiz, Beto; Date of Birth: 07/09/2009; Relationship to You: Child; "
        "Forms Being Filed: I-485",
        "Family member 4. Full Name: Ruiz, Caro; Date of Birth: 02/02/2012; Relationship to You: Child; "
        "Forms Being Filed: I-485",
        "Family member 5. Full Name: Ruiz, Dani; Date of Birth: 05/05/2015; Relationship to You: Child; "
        "Forms Being Filed: I-485"]
    assert {(e.page, e.part, e.item) for e in result.entries} == {(2, "3", "1")}
    assert v[F["slot3_text"]] == texts[0] and v[F["slot3_item"]] == "1" and v[F["slot4_text"]] == texts[1]


def test_benefit_recipients_past_eight_rows_continue_in_part_10(vault, blanks):
    """Part 4 has eight lines: the client and eight relatives receiving benefits make nine rows."""
    kin = ("spouse", "child_a", "child_b", "child_c", "child_d", "mother")
    answers = COMMON + [(BASIS["a"], None, True)] + PART4
    for n, who in enumerate(kin):
        answers += [("i912_benefit_type", who, f"Medicaid {n}"), ("i912_benefit_agency", who, "HFS")]
    matter_id, _ = _matter(vault, answers, people=kin)
    result, v = _fill(vault, blanks, matter_id)
    assert (v[F["p4_name1"]], v[F["p4_rel1"]], v[F["p4_agency2"]]) == ("Ruiz, Lucia", "Self", "HFS")
    # seven rows fit (Self, spouse, four children, the mother is the 7th); no 8th/9th row: nothing continues
    assert v[F["p4_name8"]] == "N/A" and result.entries == []

    with vault.session() as s:  # two more benefit recipients (a sister and a brother): nine rows in all
        client_id = s.get(Matter, matter_id).client_id
        for given in ("Sara", "Saul"):
            p = Person(client_id=client_id, relation=E.Relationship.SIBLING, family_name="Ruiz", given_name=given,
                       date_of_birth=date(1985, 1, 1) if given == "Sara" else date(1987, 1, 1))
            s.add(p)
            s.flush()
            s.add(FormAnswer(matter_id=matter_id, key="i912_benefit_type", value="SSI", person_id=p.id))
    result, v = _fill(vault, blanks, matter_id)
    assert v[F["p4_name8"]] == "See continuation sheet" and v[F["p4_type8"]] == ""
    assert [e.text for e in result.entries] == ["Benefit recipient 8. Full Name: Ruiz, Sara; Relationship to You: "
                                                "Sibling; Type of Benefit: SSI",
                                                "Benefit recipient 9. Full Name: Ruiz, Saul; Relationship to You: "
                                                "Sibling; Type of Benefit: SSI"]


def test_per_member_answers_become_lists_of_people(vault):
    """``answered`` / ``family_answered`` / ``totals``: the client first (matter-wide answers), then
    the family by relation (spouse, children oldest first, parents); a "No" or an empty answer, and a
    deleted person's answer, put nobody on the list."""
    from workbench.core.forms.profile import build_profile

    answers = [("i912_annual_income", None, 12000), ("i912_annual_income", "mother", 700),
               ("i912_annual_income", "child_b", 1300), ("i912_annual_income", "spouse", 5000),
               ("i912_annual_income", "child_a", 999), ("i912_expense_food", "child_a", False),
               ("i912_benefit_type", "child_b", "WIC"), ("i912_benefit_type", "mother", "")]
    matter_id, _ = _matter(vault, answers, people=("mother", "child_b", "spouse", "child_a"), deleted=("child_a",))
    with vault.session() as s:
        profile = build_profile(s, matter_id, today=TODAY)
    names = lambda rows: [(r["given_name"], r["relation"]) for r in rows]  # noqa: E731
    assert names(profile["answered"]["i912_annual_income"]) == [
        ("Lucia", "self"), ("Tomas", "spouse"), ("Beto", "child"), ("Rosa", "parent")]
    assert names(profile["family_answered"]["i912_annual_income"]) == [
        ("Tomas", "spouse"), ("Beto", "child"), ("Rosa", "parent")]
    assert profile["totals"]["i912_annual_income"] == 19000
    assert profile["family_totals"]["i912_annual_income"] == 7000
    assert names(profile["answered"]["i912_benefit_type"]) == [("Beto", "child")]  # the mother's answer is empty
    assert profile["answered"]["i912_expense_food"] == [] and "i912_expense_food" not in profile["totals"]
    assert profile["answered"]["i912_benefit_type"][0]["answers"]["i912_benefit_type"] == "WIC"


def test_a_map_may_read_per_member_lists_only_of_declared_questions():
    fields = {"a": {"q": "A", "source": "answered.i912_nope[0].given_name"}}
    with pytest.raises(FieldMapError, match="not declared"):
        parse_map({"form": "x", "edition": "e", "fields": fields})
    ok = parse_map({"form": "x", "edition": "e", "questions": {"i912_nope": {"text": "?"}}, "fields": fields})
    assert ok.rules["a"].sources == ["answered.i912_nope[0].given_name"]


def test_the_blanks_padded_state_list_takes_a_plain_code(uscis_dir):
    """The I-912's state lists hold " TX", " IL" ...: "IL" picks " IL", written as the blank holds it;
    a code the list lacks is still refused."""
    from workbench.core.forms.pdf_fill import fill_pdf

    blank = (uscis_dir / "i-912.pdf").read_bytes()
    filled = fill_pdf(blank, {F["preparer_state"]: "IL"})
    assert filled.report.refused == ()
    assert PdfReader(io.BytesIO(filled.pdf)).get_fields()[F["preparer_state"]]["/V"] == " IL"
    assert [r.name for r in fill_pdf(blank, {F["preparer_state"]: "ZZ"}).report.refused] == [F["preparer_state"]]


ASSETS = ["#subform[3].Part7_Line2b_TypeOfAsset[0]", "#subform[3].Assets2[0]",
          "#subform[3].Part7_Line2c_TypeOfAsset[0]", "#subform[3].Assets3[0]", "#subform[3].Assets1[0]"]


def test_unused_asset_lines_say_na_and_a_listed_asset_needs_its_value(vault, blanks):
    """Part 6 item 2 is a table of three asset lines: a line with no asset gets N/A in both cells (golden
    rule 3, as Part 3's and Part 4's empty lines do); an asset listed without its value is reported."""
    hardship = COMMON + [(BASIS["c"], None, True)] + [a for a in PART6 if a[0] != "i912_asset_1_value"]
    matter_id, _ = _matter(vault, hardship + [("i912_asset_2_type", None, "Savings"),
                                              ("i912_asset_2_value", None, 75)])
    result, v = _fill(vault, blanks, matter_id)
    assert [v[P + f] for f in ASSETS] == ["Savings", "75", "N/A", "N/A", ""]
    missing = [c.field for c in result.checks if c.severity == "error"]
    assert P + "#subform[3].Assets1[0]" in missing, "line 1 names an asset (Checking) but not its value"
    assert P + "#subform[3].Assets3[0]" not in missing, "an N/A line is not a missing answer"


def test_the_requestors_own_overflowed_cells_name_their_row():
    """Line 1 of Part 3 is the requestor's own row, no list's row: its name, too long for the box at 8 pt,
    continues in Part 10 as 'Self. Full Name: ...' (golden rule 8), as the family members' rows name theirs.
    A ``cell`` must say something."""
    from workbench.core.forms.additional_info import cell_text
    from workbench.core.forms.fieldmap import load_map

    fmap = load_map("i-912", "07/22/25")
    rule = fmap.rules[P + "#subform[1].Part3_Line1_Name1[0]"]
    assert cell_text(fmap, rule, "Whitfield, Marisol Elena") == "Self. Full Name: Whitfield, Marisol Elena"
    forms = fmap.rules[P + "#subform[1].Part3_Line1_FormsFiled1[0]"]
    assert cell_text(fmap, forms, "I-485, I-765, I-131") == "Self. Forms Being Filed: I-485, I-765, I-131"
    plain = fmap.rules[P + "#subform[0].P1_ImmStatus[0]"]
    assert cell_text(fmap, plain, "No lawful status") == "No lawful status", "a box outside a table: its text alone"
    with pytest.raises(FieldMapError, match="cell must name"):
        parse_map({"form": "x", "edition": "e", "fields": {"a": {"q": "A", "source": "client.family_name",
                                                                 "cell": " "}}})
