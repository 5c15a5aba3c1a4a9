"""The I-131 (01/20/25): the application type the workbench proposes from the matter (``travel_type``), the
checks that refuse a type the facts do not support, the travel warnings, and fills on the real blank that
switch Part 1, Part 4's delivery items and Parts 6 and 7 with the type.

Every expected type is worked out by hand from the form's own Part 1 (Item 2: "I now hold refugee or asylee
status"; Item 3: "a lawful permanent resident as a direct result of refugee or asylee status"; Item 5.A: "a
pending Form I-485"; 5.B: "a pending Form I-589"; 5.G: "an approved Form I-918"), never read from the module.
The golden clients (asylee-refugee-travel, u-visa-advance-parole) hold every field of the form; these tests
hold the behaviour.
"""

from __future__ import annotations

import copy
import json
from datetime import date

import pytest

from tests.core.forms.golden_kit import GOLDEN, SHARED_USCIS, load_client, pypdf_read
from workbench.core.forms import travel_type as tt
from workbench.core.forms.fieldmap import format_value, load_map, parse_map, FieldMapError

F = "form1[0]."
ITEM2, ITEM3, ITEM5A = F + "P1[0].CB_AppType[1]", F + "P1[0].CB_AppType[2]", F + "P1[0].CB_AppType[4]"
ITEM5B, ITEM5G = F + "P2[0].CB_AppType[12]", F + "P2[0].CB_AppType[1]"
REFUGEE_COUNTRY = F + "#subform[8].P6_Line1_CountryRefugee[0]"
TRAVEL_THERE_YES = F + "#subform[8].P6_Line2_YesNo[1]"
DEPARTURE = F + "#subform[9].P7_Line1_DateOfDeparture[0]"
TO_US_ADDRESS, TO_OVERSEAS = F + "#subform[7].P4_Line7a[1]", F + "#subform[7].P4_Line7a[0]"
PICKUP_CITY = F + "#subform[7].P4_Line7b_CityOrTown[0]"
COA = F + "P5[0].Part2_Line12_ClassofAdmission[0]"


def profile(kind, answers=None, **matter):
    return {"matter": {"kind": kind, **matter}, "today": date(2025, 10, 6), "answers": answers or {}}


def errors(p: tt.Proposal) -> list[str]:
    return [c.message for c in p.checks if c.severity == "error"]


# ----------------------------------------------------------------------------- proposals, by hand
@pytest.mark.parametrize("case, expected", [
    (profile("affirmative_asylum", asylum_filed_on=date(2023, 1, 10), asylum_granted_on=date(2024, 9, 16)), tt.RTD),
    (profile("defensive_asylum", asylum_granted_on=date(2022, 3, 1), answers={"i131_permanent_resident": True}),
     tt.RTD_LPR),
    (profile("family_petition", answers={"i131_refugee": True}), tt.RTD),  # a refugee (Item 13), no asylum grant
    (profile("u_visa", answers={"i131_i485_pending": True, "i131_u_approved": True}), tt.AP_I485),
    (profile("sijs", answers={"i131_i485_pending": True}), tt.AP_I485),
    (profile("adjustment_of_status"), tt.AP_I485),
    (profile("affirmative_asylum", asylum_filed_on=date(2025, 2, 3)), tt.AP_I589),
])
def test_the_type_follows_the_facts(case, expected):
    p = tt.propose(case)
    assert (p.code, p.by) == (expected, "workbench")
    assert errors(p) == []


@pytest.mark.parametrize("case", [profile("sijs"), profile("u_visa", answers={"i131_u_approved": True}),
                                  profile("habeas"), profile("affirmative_asylum")])
def test_no_type_is_proposed_without_a_grant_refugee_status_or_a_pending_application(case):
    p = tt.propose(case)
    assert (p.code, p.by) == (None, "none")
    assert len(errors(p)) == 1 and "choose it in the questionnaire" in errors(p)[0]


@pytest.mark.parametrize("chosen, case, why", [
    (tt.RTD, profile("u_visa", answers={"i131_i485_pending": True}), "no asylum grant date is recorded"),
    (tt.RTD, profile("affirmative_asylum", asylum_granted_on=date(2020, 1, 2),
                     answers={"i131_permanent_resident": True}), "Item 3, not Item 2"),
    (tt.RTD_LPR, profile("affirmative_asylum", asylum_granted_on=date(2024, 9, 16)), "not say the client is a "
                                                                                     "permanent resident"),
    (tt.REENTRY, profile("affirmative_asylum", asylum_granted_on=date(2024, 9, 16)), "permanent resident"),
    (tt.AP_I485, profile("u_visa", answers={"i131_i485_pending": False}), "pending Form I-485"),
    (tt.AP_I589, profile("affirmative_asylum", asylum_granted_on=date(2024, 9, 16)), "no longer pending"),
    (tt.AP_I589, profile("defensive_asylum"), "record the date the I-589 was filed"),
    (tt.AP_U, profile("u_visa", answers={"i131_u_approved": False}), "approved the U petition"),
])
def test_a_chosen_type_the_facts_do_not_support_is_an_error(chosen, case, why):
    case["answers"]["i131_type"] = chosen
    p = tt.propose(case)
    assert (p.code, p.by) == (chosen, "attorney")  # kept: the attorney may know more, but is told
    assert any(why in e for e in errors(p)), errors(p)


def test_an_unknown_type_answer_is_refused():
    p = tt.propose(profile("u_visa", answers={"i131_type": "tps_travel"}))
    assert p.code is None and errors(p)


def test_each_part6_yes_warns_at_its_item_and_advance_parole_warns_an_asylee():
    case = profile("affirmative_asylum", asylum_granted_on=date(2024, 9, 16),
                   answers={"i131_travel_to_refugee_country": True, "i131_national_passport": True,
                            "i131_returned": False})
    warned = [(c.part, c.item) for c in tt.propose(case).checks if c.severity == "warning"]
    assert warned == [("6", "2"), ("6", "3.b")]
    case["answers"]["i131_type"] = tt.AP_I485
    case["answers"]["i131_i485_pending"] = True
    ap = tt.propose(case)
    assert errors(ap) == []
    assert any("normally a Refugee Travel Document" in c.message for c in ap.checks if c.severity == "warning")


def test_an_asylum_applicant_on_advance_parole_is_told_of_the_abandonment_presumption():
    p = tt.propose(profile("defensive_asylum", asylum_filed_on=date(2024, 5, 1)))
    assert p.code == tt.AP_I589
    assert any("8 CFR 208.8(b)" in c.message for c in p.checks if c.severity == "warning")


def test_derive_gives_the_type_and_who_chose_it():
    section, checks = tt.derive(profile("adjustment_of_status"))
    assert section == {"type": tt.AP_I485, "by": "workbench"}
    assert all(c.severity == "info" for c in checks)


def test_weight_digit_boxes():
    # the three one-character Pounds boxes: 128 -> 1 2 8; 95 -> 0 9 5 (written as a three-digit number)
    assert [format_value(128, f) for f in ("hundreds", "tens", "units")] == ["1", "2", "8"]
    assert [format_value(95, f) for f in ("hundreds", "tens", "units")] == ["0", "9", "5"]
    assert format_value("", "units") == ""


def test_the_map_declares_the_travel_derivation_and_parts():
    fmap = load_map("i-131", "01/20/25")
    assert fmap.derived == ("travel",)
    assert set(fmap.parts) == {"5", "6", "7", "11"}
    with pytest.raises(FieldMapError):
        parse_map({"form": "x", "edition": "01/01/01", "fields": {}, "derived": ["travel", "nope"]})


# ----------------------------------------------------------------------------- fills on the real blank
@pytest.fixture()
def asylee(tmp_path):
    """The asylee-refugee-travel golden client in a real vault, with the official blank added."""
    from workbench.core.forms.blanks import add_blank
    from workbench.core.interchange import import_matter
    from workbench.core.vault.store import Vault

    client = load_client(GOLDEN / "asylee-refugee-travel")
    add_blank((SHARED_USCIS / "i-131.pdf").read_bytes(), tmp_path / "blanks")
    vault, _ = Vault.create(tmp_path / "vault", "i-131 test passphrase", store=None, calibrate=False)
    vault.set_meta("attorney_profile", json.dumps(client.attorney))
    with vault.session() as s:
        matter_id = import_matter(s, copy.deepcopy(client.matter_doc)).matter_id
    yield vault, matter_id, tmp_path / "blanks", client.today
    vault.close()


def _fill(vault, matter_id, blanks, today, **answers):
    from workbench.core.forms.questionnaire import save_answer
    from workbench.core.forms.service import fill_matter_form

    with vault.session() as s:
        for key, value in answers.items():
            save_answer(s, matter_id, key, value[0] if isinstance(value, tuple) else value,
                        value[1] if isinstance(value, tuple) else None)
    with vault.session() as s:
        result = fill_matter_form(s, "i-131", matter_id, today=today, blanks_folder=blanks)
    return result, pypdf_read(result.pdf)


def test_the_asylee_gets_item_2_and_part_6(asylee):
    result, values = _fill(*asylee)
    assert [values[b] for b in (ITEM2, ITEM3, ITEM5A, ITEM5B, ITEM5G)] == ["[X]", "[ ]", "[ ]", "[ ]", "[ ]"]
    assert values[REFUGEE_COUNTRY] == "Eritrea" and values[DEPARTURE] == ""
    assert values[TO_US_ADDRESS] == "[X]"
    assert result.errors == []


def test_a_planned_trip_to_the_country_of_persecution_is_ticked_warned_and_needs_its_explanation(asylee):
    result, values = _fill(*asylee, i131_travel_to_refugee_country=True)
    assert values[TRAVEL_THERE_YES] == "[X]"
    assert any(c.severity == "warning" and (c.part, c.item) == ("6", "2") for c in result.checks)
    assert any("needs an explanation" in c.message and c.item == "2" for c in result.errors)
    result, _ = _fill(*asylee, i131_travel_to_refugee_country=(True, "My father is dying; I will stay one week."))
    assert [(e.part, e.item) for e in result.entries] == [("6", "2"), ("6", "3.c")]  # in the order of the form
    assert not any("needs an explanation" in c.message for c in result.errors)


def test_without_the_asylum_grant_the_refugee_travel_document_is_refused(asylee):
    vault, matter_id, blanks, today = asylee
    from workbench.core.model import Matter

    with vault.session() as s:
        s.get(Matter, matter_id).asylum_granted_on = None
    result, values = _fill(vault, matter_id, blanks, today, i131_type="refugee_travel_document")
    assert values[ITEM2] == "[X]"  # the attorney's choice is kept on the form ...
    assert any("no asylum grant date is recorded" in c.message for c in result.errors)  # ... and refused to file


def test_switching_to_advance_parole_empties_part_6_and_the_delivery_items(asylee):
    result, values = _fill(*asylee, i131_type="advance_parole_i485", i131_i485_pending=True,
                           i131_class_of_admission="AS", i131_deliver_to="overseas", i131_pickup_city="Nairobi")
    assert [values[b] for b in (ITEM2, ITEM5A)] == ["[ ]", "[X]"]
    assert values[REFUGEE_COUNTRY] == "" and values[TO_US_ADDRESS] == "[ ]" and values[PICKUP_CITY] == ""
    assert values[COA] == "AS"
    assert result.entries == []  # Part 6's 3.c explanation is not asked for advance parole
    assert {c.field for c in result.errors} >= {DEPARTURE}  # Part 7 now needs the trip


def test_a_document_sent_abroad_names_the_office(asylee):
    result, values = _fill(*asylee, i131_deliver_to="overseas", i131_pickup_city="Nairobi", i131_pickup_country="Kenya",
                           i131_notice_to="us_address")
    assert (values[TO_OVERSEAS], values[TO_US_ADDRESS], values[PICKUP_CITY]) == ("[X]", "[ ]", "Nairobi")
    assert values[F + "#subform[8].P4_Line8_CB[0]"] == "[X]"
    assert result.errors == []
