"""A family member as the applicant of the SAME I-765 map (``forms.applicant``) and the member's
eligibility category (``ead_category``), held to hand-computed cases.

The view is built from the golden client u-visa-derivatives (Rosalba, the U-1 petitioner; Tobias,
her husband in Guatemala; Mateo, their son of 17 in Chicago) imported into a real vault; the
categories from profiles written here by hand, one fact changed at a time."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.core.forms.golden_kit import SHARED_USCIS, load_client
from workbench.core.forms import ead_category
from workbench.core.forms.profile import build_profile
from workbench.core.model import FormAnswer, Person
from workbench.core.msg import tr

GOLDEN = Path(__file__).parent / "golden" / "u-visa-derivatives"
TOBIAS, MATEO = "a5a1e001-0000-4000-8000-000000000001", "c4d1e002-0000-4000-8000-000000000002"


@pytest.fixture
def family(make_vault):
    from workbench.core.interchange import import_matter

    client = load_client(GOLDEN)
    vault, _ = make_vault()
    vault.set_meta("attorney_profile", json.dumps(client.attorney))
    with vault.session() as s:
        matter_id = import_matter(s, client.matter_doc).matter_id
    return vault, matter_id, client.today


def view(vault, matter_id, member, today):
    with vault.session() as s:
        return build_profile(s, matter_id, today=today, member_id=member, member_applies=True)


def messages(checks, severity=None) -> list[str]:
    return [tr(c.message) for c in checks if severity in (None, c.severity)]


def test_the_son_is_the_applicant_and_his_mother_his_parent(family):
    vault, matter_id, today = family
    p = view(vault, matter_id, MATEO, today)
    assert (p["client"]["given_name"], p["client"]["family_name"], p["client"]["middle_name"]) == \
        ("Mateo", "Ejemplar", None)
    assert p["client"]["date_of_birth"] == date(2007, 5, 20) and p["client"]["a_number"] is None
    assert p["client"]["english_fluency"] == "fluent", "his Supplement A says he needs no interpreter"
    home = p["addresses"]["residence"]
    assert (home["street"], home["unit_type"], home["unit"], home["city"], home["state"], home["zip_code"]) == \
        ("4817 N Sample Ave", "APT", "3R", "Chicago", "IL", "60625"), "his own one-line address, in parts"
    assert p["addresses"]["postal"] == home and "mailing" not in p["addresses"]
    assert p["passport"] == {} and p["travel_document"] == {}, "no passport recorded for him; hers is not his"
    assert (p["last_entry"]["entry_date"], p["last_entry"]["place"], p["last_entry"]["status"]) == \
        (date(2019, 8, 2), "Hidalgo, TX", "EWI")
    assert (p["mother"]["given_name"], p["father"]["given_name"]) == ("Rosalba", "Tobias")
    assert p["answers"]["i765_current_status"] == "No status"
    assert "i912_basis_benefit" not in p["answers"] and "i918_g28_attached" not in p["answers"], \
        "the principal's matter-wide answers are not his"
    assert p["principal"]["client"]["given_name"] == "Rosalba" and p["principal"]["answers"]["i912_basis_benefit"]
    assert p["interpreter"] == {} and "interpreter" not in p["contacts"], "he reads English: nobody interprets"
    assert p["attorney"]["family_name"] == "Probono" and p["matter"]["kind"] == "u_visa"
    assert p["checks"] == [], "nothing missing for Mateo"


def test_the_husband_abroad_keeps_his_interpreter_and_gets_no_category(family):
    vault, matter_id, today = family
    p = view(vault, matter_id, TOBIAS, today)
    assert p["client"]["given_name"] == "Tobias" and p["client"]["interpreter_language"] == "Spanish"
    assert p["client"]["english_fluency"] == "limited" and p["interpreter"]["name"] == "Dana Interpreta"
    assert p["spouse"]["given_name"] == "Rosalba" and p["spouse"]["marriage_date"] == date(2006, 12, 2)
    assert p["parents"] == [] and p["mother"] == {}, "the model records no parent of a spouse: nothing guessed"
    assert p["passport"]["number"] == "X0001234" and p["passport"]["issuing_country"] == "Guatemala"
    assert p["addresses"]["residence"]["country"] == "Guatemala"
    proposal = ead_category.propose(p)
    assert proposal.code is None
    assert any("not recorded as in the United States" in m for m in messages(proposal.checks, "error"))


def test_what_the_view_cannot_find_is_a_check_not_a_guess(family):
    vault, matter_id, today = family
    with vault.session() as s:
        s.get(Person, MATEO).address = None
        for a in s.query(FormAnswer).filter(FormAnswer.person_id == MATEO,
                                            FormAnswer.key.like("i918a_member_residence_%")):
            a.soft_delete()
        s.query(FormAnswer).filter(FormAnswer.person_id == MATEO,
                                   FormAnswer.key == "i918a_member_interpreter_needed").one().soft_delete()
    p = view(vault, matter_id, MATEO, today)
    assert p["addresses"]["postal"] == {} and "residence" not in p["addresses"], "never the mother's address"
    assert p["client"]["english_fluency"] is None and p["client"]["interpreter_needed"] is None
    found = messages(p["checks"])
    assert any("No address is recorded for Mateo Ejemplar" in m for m in found)
    assert any("reads English or needs an interpreter is not recorded" in m for m in found)
    young = view(vault, matter_id, MATEO, date(2020, 5, 19))  # the day before his 13th birthday
    assert any("under 14" in m for m in messages(young["checks"], "info"))
    assert not any("under 14" in m for m in messages(view(vault, matter_id, MATEO, date(2021, 5, 20))["checks"]))


def test_the_same_map_fills_the_members_copy_through_the_service(family, tmp_path):
    from workbench.core.forms.blanks import add_blank
    from workbench.core.forms.service import fill_matter_form

    vault, matter_id, today = family
    for form in ("i-765", "i-918supa"):
        add_blank((SHARED_USCIS / f"{form}.pdf").read_bytes(), tmp_path)
    with vault.session() as s:
        mateo = fill_matter_form(s, "i-765", matter_id, member_id=MATEO, today=today, blanks_folder=tmp_path)
        rosalba = fill_matter_form(s, "i-765", matter_id, today=today, blanks_folder=tmp_path)
        supa = fill_matter_form(s, "i-918supa", matter_id, member_id=MATEO, today=today, blanks_folder=tmp_path)
    assert mateo.report.filled and mateo.pdf != rosalba.pdf
    values = {k: f.get("/V") for k, f in PdfReader(io.BytesIO(mateo.pdf)).get_fields().items()}
    assert values["form1[0].Page1[0].Line1b_GivenName[0]"] == "Mateo"
    assert values["form1[0].Page3[0].#area[1].section_2[0]"] == "14"
    theirs = {k: f.get("/V") for k, f in PdfReader(io.BytesIO(rosalba.pdf)).get_fields().items()}
    assert theirs["form1[0].Page1[0].Line1b_GivenName[0]"] == "Rosalba", "the client's own copy is unchanged"
    supplement = {str(f.get("/V")) for f in PdfReader(io.BytesIO(supa.pdf)).get_fields().values()}
    assert {"Rosalba", "Mateo"} <= supplement, "Supplement A stays the principal's form about him, not his own"


# ----------------------------------------------------------------------------- categories, by hand
def member_profile(**change) -> dict:
    """A U visa matter's family member as the applicant: a son of 17 in the United States."""
    facts = {"relation": "child", "in_united_states": True, "given_name": "Leo", "family_name": "Ruiz", "age": 17}
    member = {**facts, **change.pop("member", {})}
    return {"matter": {"kind": change.pop("kind", "u_visa")}, "today": date(2026, 1, 5), "member": member,
            "answers": change.pop("answers", {}), "principal": {"client": {}, "answers": change.pop("principal", {})}}


@pytest.mark.parametrize("own, principal, code, by", [
    ("pending", None, "(c)(14)", "workbench"),  # his Supplement A pending: the BFD work permit
    ("bona_fide_determination", None, "(c)(14)", "workbench"),
    ("waiting_list_deferred_action", None, "(c)(14)", "workbench"),
    ("approved", None, "(a)(20)", "workbench"),  # U-2..U-5 approved: incident to status, not (a)(19)
    (None, "approved", "(a)(20)", "workbench"),  # his own not recorded: the principal's read, and said
    (None, None, None, "none"),
])
def test_a_members_category(own, principal, code, by):
    p = member_profile(answers={"i765_u_decision": own} if own else {},
                       principal={"i765_u_decision": principal} if principal else {})
    proposal = ead_category.propose(p)
    assert (proposal.code, proposal.by) == (code, by)
    said = messages(proposal.checks)
    assert any("read the principal's answer (approved)" in m for m in said) == (principal is not None)
    if code is None:
        assert any("does not say" in m for m in messages(proposal.checks, "error"))


def test_a_member_abroad_or_unrecorded_gets_no_category():
    for where in (False, None):
        proposal = ead_category.propose(member_profile(member={"in_united_states": where},
                                                       answers={"i765_u_decision": "approved"}))
        assert proposal.code is None
        assert any("no U.S. work permit before admission" in m for m in messages(proposal.checks, "error"))


def test_the_attorneys_category_for_a_member_is_still_checked():
    chosen = ead_category.propose(member_profile(answers={"i765_category": "(a)(19)", "i765_u_decision": "approved"}))
    assert chosen.code == "(a)(19)" and chosen.by == "attorney"
    assert any("for a family member" in m for m in messages(chosen.checks, "error"))
    early = ead_category.propose(member_profile(answers={"i765_category": "(a)(20)", "i765_u_decision": "pending"}))
    assert any("has approved" in m for m in messages(early.checks, "error"))
    ok = ead_category.propose(member_profile(answers={"i765_category": "(c)(14)", "i765_u_decision": "pending"}))
    assert not messages(ok.checks, "error")


def test_the_principal_keeps_her_own_categories():
    principal = {"matter": {"kind": "u_visa"}, "today": date(2026, 1, 5), "answers": {"i765_u_decision": "approved"}}
    assert ead_category.propose(principal).code == "(a)(19)"
    refused = ead_category.propose({**principal, "answers": {"i765_category": "(a)(20)"}})
    assert any("the principal petitioner" in m for m in messages(refused.checks, "error"))
