"""The I-485 (01/20/25) pages 13-24 (Part 9 eligibility and inadmissibility, Parts 10-14), end to end on the real blank.

Each test starts from a golden client (tests/core/forms/golden/asylee-adjustment-family, sijs-adjustment), changes the
facts it is about, imports the matter into a real vault, fills the official blank from ``../shared/uscis`` through the
same service as the app and reads the fields back with pypdf. What is checked is what two golden tables cannot show:
every one of Part 9's "Yes" answers carries its explanation to Part 14 (or a continuation sheet) under its own page,
part and item number; a "Yes" without one is a pre-filing error; the public charge items (57-66) stay empty for an
exempt category and are completed for any other; "If Yes ..." sub-questions only under their answer; the preparer is
the attorney; Part 11 only with an interpreter; Part 13 never.
"""

from __future__ import annotations

import copy
import itertools
import json
import re
import subprocess
from pathlib import Path

from tests.core.forms.forms_testkit import client_document_filler
from workbench.core.forms.fieldmap import load_map

GOLDEN = Path(__file__).parent / "golden"
SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "uscis"
ASYLEE, SIJ = "asylee-adjustment-family", "sijs-adjustment"
P = "form1[0].#subform[{}]."
ASYLEE_BOX, SIJ_BOX, NOT_EXEMPT_BOX = (P.format(17) + "Pt9Line56_CB[3]", P.format(17) + "Pt9Line56_CB[6]",
                                       P.format(18) + "Pt9Line56_CB[23]")
HOUSEHOLD, INCOME_27_52, SCHOOL_BACHELOR = (P.format(18) + "Pt9Line57_HouseholdSize[0]", P.format(18) + "Pt9Line53_CB[1]",
                                            P.format(18) + "Pt9Line61_CB[7]")
CERT_1, CERT_2 = P.format(18) + "Table1[0].Row1[0].TextField1[0]", P.format(18) + "Table1[0].Row2[0].TextField2[0]"
SSI_YES, SSI_NO = P.format(18) + "Pt9Line63_YesNo[0]", P.format(18) + "Pt9Line63_YesNo[1]"
BENEFIT_1, BENEFIT_1_START, BENEFIT_1_EXEMPT_NO = (P.format(20) + "Pt8Line68c_Column1Row1[0]",
                                                   P.format(20) + "Pt8Line68c_Column2Row1[0]",
                                                   P.format(20) + "Pt9Line65_Row1_YesNo[1]")
INSTITUTION_1 = P.format(20) + "Pt8Line68d_Column1Row1[0]"
ITEM19_YES, ITEM20_YES, ITEM20_NO, ITEM21_YES = (P.format(13) + "Pt8Line24a_YesNo[0]", P.format(13) + "Pt8Line24b_YesNo[1]",
                                                 P.format(13) + "Pt8Line24b_YesNo[0]", P.format(13) + "Pt8Line24c_YesNo[0]")
ORG1_NAME = P.format(12) + "Pt9Line2_Organization1[0]"
PREPARER = {"family_name": P.format(23) + "Pt12Line1_PreparerFamilyName[0]",
            "given_name": P.format(23) + "Pt12Line1a_PreparerGivenName[0]",
            "firm": P.format(23) + "Pt12Line2_BusinessName[0]",
            "phone": P.format(23) + "Pt12Line3_PreparerDaytimePhoneNumber1[0]",
            "mobile_phone": P.format(23) + "Pt12Line4_PreparerMobileNumber[0]",
            "email": P.format(23) + "Pt12Line5_PreparerEmail[0]"}
INTERPRETER_NAME, INTERPRETER_LANGUAGE = P.format(22) + "Pt11Line1a_FamilyName[0]", P.format(22) + "Part11_NameofLanguage[0]"


def _client(name: str) -> dict:
    return json.loads((GOLDEN / name / "client.json").read_text(encoding="utf-8"))


_IDS = itertools.count(1)


def _set(doc: dict, key: str, value, explanation: str | None = None) -> None:
    """Answer (or re-answer) a matter-wide question of the client document."""
    rows = doc["matter"]["form_answers"]
    rows[:] = [r for r in rows if not (r["key"] == key and r["person_id"] is None)]
    row = {"id": f"4850c000-0000-4000-8000-{next(_IDS):012x}", "key": key, "person_id": None, "value": value}
    if explanation:
        row["explanation"] = explanation
    rows.append(row)


def _printed_items() -> list[tuple[int, str]]:
    """(page, item) of every numbered item of Part 9 as printed on the blank (pages 13-21), in reading order:
    read from the PDF's own text, not from the map."""
    out = []
    for page in range(13, 22):
        text = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(SHARED / "i-485.pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout
        for line in text.splitlines():
            m = re.match(r"^\s{0,6}(\d{1,2})\.(?:([a-i])\.)?\s+\S", line)
            if m and re.search(r"Yes\s+No\s*$", line):  # a yes/no item starts on the line that holds its boxes
                out.append((page, m.group(1) + (f".{m.group(2)}" if m.group(2) else "")))
    return out


fill = client_document_filler("i-485")


def _part9_yes_no() -> dict[str, str]:
    """Question id -> item of every Part 9 yes/no item of the map (the public charge table rows excepted)."""
    fmap = load_map("i-485", "01/20/25")
    return {qid: q["item"] for qid, q in fmap.questions.items()
            if q.get("part") == "9" and q["type"] == "yes_no" and not re.match(r"i485_p9_6[56]_", qid)}


def test_the_map_asks_every_printed_part9_item_and_explains_every_yes():
    printed = {item for _, item in _printed_items()}
    fmap = load_map("i-485", "01/20/25")
    asked = _part9_yes_no()
    assert printed == set(asked.values()), "one yes/no question per printed Part 9 item, no more"
    for qid in asked:
        q = fmap.questions[qid]
        assert q.get("explanation") is True and q.get("explain_when", True) is True, qid  # Part 9: explain any "Yes"
        boxes = [r for r in fmap.rules.values() if r.sources == [f"answers.{qid}"]]
        assert sorted(r.checked_when for r in boxes) == [False, True] and {r.item for r in boxes} == {q["item"]}, qid


def test_every_part9_yes_carries_its_explanation_with_page_part_and_item(fill):
    """Every Part 9 item answered "Yes" but Item 20 (so that Item 21, asked only after "Yes" to 19 and "No" to 20,
    applies; the SIJ applicant is exempt from public charge, so Items 63-64 are not asked): each explanation is an
    entry at its own printed page and item, in the form's order, the first four in Part 14 and the rest on
    continuation sheets; Item 63/64's answers, not asked of him, give no entry."""
    doc = copy.deepcopy(_client(SIJ))
    for qid, item in _part9_yes_no().items():
        _set(doc, qid, item != "20", f"Explanation of Part 9 Item {item}." if item != "20" else None)
    values, result = fill(doc)
    printed = [(page, item) for page, item in _printed_items() if item not in ("20", "63", "64")]
    part9 = [e for e in result.entries if e.part == "9"]
    assert [(e.page, e.item) for e in part9] == printed
    assert all(e.text == f"Explanation of Part 9 Item {e.item}." for e in part9)
    assert [e.where for e in result.entries][:4] == ["slot 1", "slot 2", "slot 3", "slot 4"]
    assert all(e.where == "sheet" for e in result.entries[4:])
    first = result.entries[0]
    s24 = P.format(24)
    assert (values[s24 + "Pt9Line3a_PageNumber[0]"], values[s24 + "Pt9Line3b_PartNumber[0]"],
            values[s24 + "Pt9Line3c_ItemNumber[0]"], values[s24 + "P14_Line2_AdditionalInfo[0]"]) == \
        (str(first.page), first.part, first.item, first.text)
    assert not [c for c in result.checks if "explanation" in str(c.message)]  # none missing, none without a place
    assert not values[SSI_YES] and not values[SSI_NO]


def test_a_yes_without_its_explanation_is_a_prefiling_error(fill):
    doc = copy.deepcopy(_client(SIJ))
    _set(doc, "i485_p9_79", True)  # polygamy: "Yes" and nothing said about it
    values, result = fill(doc)
    errors = [c for c in result.checks if c.severity == "error" and c.part == "9"]
    assert [(c.part, c.item) for c in errors] == [("9", "79")] and "explanation" in str(errors[0].message)
    assert not [e for e in result.entries if e.item == "79"]


def test_an_exempt_category_leaves_public_charge_empty_and_reports_answers_given(fill):
    """Item 56: "If you fall under one of the exempt categories ... select the exempt category, and skip Item Numbers
    57. - 66." The asylee's box is ticked from the Part 2 category; answers given anyway stay off the form, reported."""
    doc = copy.deepcopy(_client(ASYLEE))
    for key, value in (("i485_p9_57", 3), ("i485_p9_58", "$27,001-52,000"), ("i485_p9_61", "Bachelor's degree"),
                       ("i485_p9_62_1", "Teaching certificate"), ("i485_p9_63", False), ("i485_p9_64", False)):
        _set(doc, key, value)
    values, result = fill(doc)
    assert values[ASYLEE_BOX] and not values[NOT_EXEMPT_BOX] and not values[SIJ_BOX]
    public_charge = [n for n in values if re.search(r"Pt9Line(5[3789]|6[0-6])_|Pt9Line61|Table1|Pt8Line68", n)
                     and not re.search(r"\.(Table1|Row\d)\[0\]$", n)]  # terminal fields, not the table's parents
    assert len(public_charge) == 85  # Items 57-66: every box and check box
    assert not any(values[n] for n in public_charge), [n for n in public_charge if values[n]]
    unasked = {c.item for c in result.checks if "does not apply here" in str(c.message)}
    assert {"57", "58", "61", "62", "63", "64"} <= unasked


def test_a_non_exempt_category_completes_items_57_to_66(fill):
    """Any category the form does not list as exempt (or Item 56 answered "I do not fall under ..."): Items 57-66
    are completed; a benefit received is listed in Item 65, an empty Item 66 table says N/A."""
    doc = copy.deepcopy(_client(ASYLEE))
    _set(doc, "i485_p9_56", load_map("i-485", "01/20/25").questions["i485_p9_56"]["options"][-1])
    values, result = fill(doc)
    assert values[NOT_EXEMPT_BOX] and not values[ASYLEE_BOX]
    missing = {c.item for c in result.checks if c.severity == "error" and c.part == "9"}
    assert {"57", "58", "59", "60", "61", "63", "64"} <= missing  # the form requires them of this applicant
    for key, value in (("i485_p9_57", 3), ("i485_p9_58", "$27,001-52,000"), ("i485_p9_59", "$0-18,400"),
                       ("i485_p9_60", "$1-10,100"), ("i485_p9_61", "Bachelor's degree"),
                       ("i485_p9_62_1", "Teaching certificate (Eritrea)"), ("i485_p9_64", False),
                       ("i485_p9_65_1_benefit", "General Assistance (Cook County)"), ("i485_p9_65_1_start", "2022-01-01"),
                       ("i485_p9_65_1_end", "2022-03-31"), ("i485_p9_65_1_amount", "$900"),
                       ("i485_p9_65_1_exempt", False)):
        _set(doc, key, value)
    _set(doc, "i485_p9_63", True, "I received General Assistance from Cook County from 01/2022 to 03/2022 ($900).")
    values, result = fill(doc)
    assert not [c for c in result.checks if c.severity == "error" and c.part == "9"], [str(c.message) for c in result.checks]
    assert (values[HOUSEHOLD], values[INCOME_27_52], values[SCHOOL_BACHELOR]) == ("3", True, True)
    assert (values[CERT_1], values[CERT_2]) == ("Teaching certificate (Eritrea)", "")
    assert values[SSI_YES] and not values[SSI_NO]
    assert (values[BENEFIT_1], values[BENEFIT_1_START], values[BENEFIT_1_EXEMPT_NO]) == \
        ("General Assistance (Cook County)", "01/01/2022", True)
    assert values[INSTITUTION_1] == "N/A"  # Item 64 is No: "If your answer to Item Number 64. is Yes, list ..."
    assert [e.item for e in result.entries if e.part == "9" and e.item == "63"] == ["63"]


def test_if_yes_sub_questions_only_under_their_answer(fill):
    doc = copy.deepcopy(_client(SIJ))
    _set(doc, "i485_p9_20", True)  # answered although Item 19 is No
    values, result = fill(doc)
    assert not values[ITEM20_YES] and not values[ITEM20_NO]
    assert ("9", "20") in {(c.part, c.item) for c in result.checks if "does not apply here" in str(c.message)}
    _set(doc, "i485_p9_19", True, "J-1 exchange visitor in 2022, subject to the two-year rule.")
    _set(doc, "i485_p9_20", False)
    _set(doc, "i485_p9_21", True, "Waiver granted by the Department of State on 05/01/2024.")
    values, result = fill(doc)
    assert values[ITEM19_YES] and values[ITEM20_NO] and not values[ITEM20_YES] and values[ITEM21_YES]
    assert {"19", "21"} <= {e.item for e in result.entries if e.part == "9"}


def test_organizations_only_under_item_1_yes(fill):
    doc = copy.deepcopy(_client(SIJ))
    _set(doc, "i485_p9_org1_name", "Houston Youth Soccer League")  # Item 1 stays No
    values, result = fill(doc)
    assert values[ORG1_NAME] == ""
    assert ("9", "2") in {(c.part, c.item) for c in result.checks if "does not apply here" in str(c.message)}


def test_the_preparer_is_the_attorney_part13_stays_empty(fill):
    doc = copy.deepcopy(_client(SIJ))
    doc["attorney"].update(family_name="Okafor", given_name="Ngozi", firm=None, mobile_phone=None,
                           phone="(713) 555-0999", email="n.okafor@example.org")
    values, _ = fill(doc)
    assert {k: values[f] for k, f in PREPARER.items()} == {
        "family_name": "Okafor", "given_name": "Ngozi", "firm": "N/A", "phone": "7135550999", "mobile_phone": "N/A",
        "email": "n.okafor@example.org"}
    part13 = [n for n in values if "Pt13_" in n]
    assert len(part13) == 9 and not any(values[n] for n in part13)  # "Do not complete Part 13. until ... the interview"


def test_part11_only_with_an_interpreter(fill):
    doc = copy.deepcopy(_client(ASYLEE))
    values, _ = fill(doc)
    assert (values[INTERPRETER_NAME], values[INTERPRETER_LANGUAGE]) == ("Gebre", "Tigrinya")
    doc["matter"]["client"].update(interpreter_needed=False, english_fluency="fluent")
    values, result = fill(doc)
    assert not any(values[n] for n in values if "#subform[22].Pt11" in n or "#subform[22].P3_" in n
                   or n.endswith("Part11_NameofLanguage[0]"))
    assert not [c for c in result.checks if c.part == "11" and c.severity == "error"]
