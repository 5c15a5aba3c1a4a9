"""The I-765 (08/21/25): the eligibility category the workbench proposes (``ead_category``), its refusals,
the (c)(8) clock, and a (c)(8) filing on the real blank with its Part 2 Item 30 question.

Every expected category and date below is worked out by hand from 8 CFR 274a.12 and 8 CFR 208.7(a)
(150 days to file, 180 to grant), never read from the module. The golden clients (asylum-pending-ead,
u-visa-bfd-ead, vawa-approved-ead) hold every field of the form; these tests hold the behaviour.
"""

from __future__ import annotations

import copy
import json
from datetime import date, timedelta

import pytest

from tests.core.forms.golden_kit import GOLDEN, SHARED_USCIS, load_client, pypdf_read
from workbench.core.forms import ead_category as ead
from workbench.core.forms.fieldmap import FieldMapError, load_map, parse_map

P3 = "form1[0].Page3[0]."
BOXES = (P3 + "#area[1].section_1[0]", P3 + "#area[1].section_2[0]", P3 + "#area[1].section_3[0]")
ARRESTED_YES, ARRESTED_NO = P3 + "PtLine29_YesNo[0]", P3 + "PtLine29_YesNo[1]"


def profile(kind, today=date(2025, 7, 21), answers=None, **matter):
    return {"matter": {"kind": kind, **matter}, "today": today, "answers": answers or {}}


def errors(p: ead.Proposal) -> list[str]:
    return [c.message for c in p.checks if c.severity == "error"]


# ----------------------------------------------------------------------------- proposals, by hand
@pytest.mark.parametrize("case, expected", [
    (profile("affirmative_asylum", asylum_filed_on=date(2025, 1, 6)), "(c)(8)"),
    (profile("defensive_asylum", asylum_filed_on=date(2024, 2, 1)), "(c)(8)"),
    (profile("affirmative_asylum", asylum_filed_on=date(2023, 5, 2), asylum_granted_on=date(2025, 1, 9)), "(a)(5)"),
    (profile("u_visa", answers={"i765_u_decision": "approved"}), "(a)(19)"),
    (profile("u_visa", answers={"i765_u_decision": "bona_fide_determination"}), "(c)(14)"),
    (profile("u_visa", answers={"i765_u_decision": "waiting_list_deferred_action"}), "(c)(14)"),
    (profile("u_visa", answers={"i765_u_decision": "pending"}), "(c)(14)"),
    (profile("vawa_self_petition", answers={"i765_vawa_approved": True}), "(c)(31)"),
    (profile("vawa_self_petition", answers={"i765_vawa_approved": False, "i765_i485_pending": True}), "(c)(9)"),
    (profile("sijs", answers={"i765_deferred_action": True}), "(c)(14)"),
    (profile("sijs", answers={"i765_i485_pending": True}), "(c)(9)"),
    (profile("adjustment_of_status"), "(c)(9)"),
])
def test_the_category_follows_the_facts(case, expected):
    p = ead.propose(case)
    assert (p.code, p.by) == (expected, "workbench")
    assert errors(p) == []


@pytest.mark.parametrize("case, why", [
    (profile("vawa_self_petition", answers={"i765_vawa_approved": False}), "APPROVED"),
    (profile("vawa_self_petition"), "pending Form I-485"),
    (profile("sijs"), "deferred action"),
    (profile("u_visa"), "bona fide determination"),
    (profile("affirmative_asylum"), "record the date the complete I-589 was filed"),
])
def test_no_category_is_proposed_when_the_facts_support_none(case, why):
    p = ead.propose(case)
    assert p.code is None and p.by == "none"
    assert len(errors(p)) == 1 and "No work-permit category fits" in errors(p)[0] and why in errors(p)[0]


def test_a_pending_u_petition_is_told_the_permit_waits_for_the_bona_fide_determination():
    pending = ead.propose(profile("u_visa", answers={"i765_u_decision": "pending"}))
    assert [(c.severity, "bona fide determination" in c.message) for c in pending.checks] == [("info", True)]
    decided = ead.propose(profile("u_visa", answers={"i765_u_decision": "bona_fide_determination"}))
    assert decided.checks == ()


def test_a_kind_without_a_category_asks_the_attorney():
    p = ead.propose(profile("habeas"))
    assert p.code is None and "choose it in the questionnaire" in errors(p)[0]


# ----------------------------------------------------------------------------- the (c)(8) clock
def test_filing_before_day_150_is_an_error_naming_the_first_day():
    # filed 01/10/2025: January has 21 days left, then 28 + 31 + 30 + 31 = 141, day 150 is June 9
    filed = date(2025, 1, 10)
    early = ead.propose(profile("affirmative_asylum", today=date(2025, 6, 8), asylum_filed_on=filed))
    assert early.code == "(c)(8)"
    assert len(errors(early)) == 1 and "no earlier than 06/09/2025" in errors(early)[0]
    assert "01/10/2025" in errors(early)[0]
    on_time = ead.propose(profile("affirmative_asylum", today=date(2025, 6, 9), asylum_filed_on=filed))
    assert errors(on_time) == []
    # the 180-day grant date (July 9) is said, for information only
    info = [c.message for c in on_time.checks if c.severity == "info"]
    assert len(info) == 1 and "07/09/2025" in info[0]


def test_the_clock_comes_from_the_deadline_rule():
    """The module reads the engine's asylum.ead_may_apply, not its own 150: the dates agree."""
    from workbench.core.deadlines import MatterFacts, Track, compute_deadlines

    filed = date(2024, 12, 31)
    rule = next(d for d in compute_deadlines(MatterFacts(track=Track.ASYLUM, asylum_application_filed_date=filed))
                if d.rule_id == "asylum.ead_may_apply")
    assert rule.due_date == filed + timedelta(days=150) == date(2025, 5, 30)
    p = ead.propose(profile("defensive_asylum", today=date(2025, 5, 29), asylum_filed_on=filed))
    assert "no earlier than 05/30/2025" in errors(p)[0]


# ----------------------------------------------------------------------------- the attorney's choice
def test_the_attorney_can_override_and_contradicting_facts_are_still_reported():
    granted = profile("affirmative_asylum", asylum_filed_on=date(2023, 5, 2), asylum_granted_on=date(2025, 1, 9),
                      answers={"i765_category": "(C)(8)"})
    p = ead.propose(granted)
    assert (p.code, p.by) == ("(c)(8)", "attorney")
    assert any("Asylum was granted on 01/09/2025" in e for e in errors(p))
    agreed = ead.propose(profile("vawa_self_petition", answers={"i765_category": "(c)(9)", "i765_i485_pending": True}))
    assert (agreed.code, agreed.by, errors(agreed)) == ("(c)(9)", "attorney", [])
    vawa_pending = ead.propose(profile("vawa_self_petition", answers={"i765_category": "(c)(31)"}))
    assert vawa_pending.code == "(c)(31)" and "APPROVED" in errors(vawa_pending)[0]
    family = ead.propose(profile("u_visa", answers={"i765_category": "(a)(20)", "i765_u_decision": "approved"}))
    assert "qualifying family member" in errors(family)[0]


def test_an_unknown_category_is_kept_with_a_warning_and_a_malformed_one_refused():
    other = ead.propose(profile("u_visa", answers={"i765_category": "(c)(17)(iii)"}))
    assert other.code == "(c)(17)(iii)" and errors(other) == []
    assert [c.severity for c in other.checks] == ["warning"]
    assert ead.boxes(other.code) == ("c", "17", "iii")
    bad = ead.propose(profile("u_visa", answers={"i765_category": "c8"}))
    assert bad.code is None and "not a category as Item 27 takes it" in errors(bad)[0]


def test_derive_gives_the_three_boxes():
    section, _ = ead.derive(profile("vawa_self_petition", answers={"i765_vawa_approved": True}))
    assert section == {"code": "(c)(31)", "letter": "c", "number": "31", "subsection": "", "by": "workbench"}
    section, checks = ead.derive(profile("vawa_self_petition"))
    assert section["code"] == section["letter"] == section["number"] == "" and checks


# ----------------------------------------------------------------------------- the map language key
def test_a_map_may_only_name_a_registered_derivation():
    base = {"form": "x", "edition": "01/01/25", "fields": {"f": {"q": "Item 27", "source": "ead.letter"}}}
    with pytest.raises(FieldMapError, match="unknown root 'ead'"):
        parse_map(base)
    assert parse_map({**base, "derived": ["ead"]}).derived == ("ead",)
    with pytest.raises(FieldMapError, match="unknown section 'shell'"):
        parse_map({**base, "derived": ["ead", "shell"]})
    assert load_map("i-765", "08/21/25").derived == ("ead",)


# ----------------------------------------------------------------------------- a (c)(8) filing, end to end
@pytest.fixture()
def asylum_matter(tmp_path):
    """The asylum-pending-ead golden client in a real vault, with the official blank added."""
    from workbench.core.forms.blanks import add_blank
    from workbench.core.interchange import import_matter
    from workbench.core.vault.store import Vault

    client = load_client(GOLDEN / "asylum-pending-ead")
    add_blank((SHARED_USCIS / "i-765.pdf").read_bytes(), tmp_path / "blanks")
    vault, _ = Vault.create(tmp_path / "vault", "i-765 test passphrase", store=None, calibrate=False)
    vault.set_meta("attorney_profile", json.dumps(client.attorney))
    doc = copy.deepcopy(client.matter_doc)
    with vault.session() as s:
        matter_id = import_matter(s, doc).matter_id
    yield vault, matter_id, tmp_path / "blanks"
    vault.close()


def _fill(vault, matter_id, blanks, today, **answers):
    from workbench.core.forms.questionnaire import save_answer
    from workbench.core.forms.service import fill_matter_form

    with vault.session() as s:
        for key, value in answers.items():
            save_answer(s, matter_id, key, value)
    with vault.session() as s:
        result = fill_matter_form(s, "i-765", matter_id, today=today, blanks_folder=blanks)
    return result, pypdf_read(result.pdf)


def test_a_c8_filing_answers_item_30_and_an_arrest_is_ticked_yes(asylum_matter):
    result, values = _fill(*asylum_matter, date(2025, 7, 21), i765_arrested=True)
    assert [values[b] for b in BOXES] == ["c", "8", ""]
    assert (values[ARRESTED_YES], values[ARRESTED_NO]) == ("[X]", "[ ]")
    assert result.errors == []


def test_a_c8_filing_before_the_clock_is_filled_but_reported(asylum_matter):
    # filed 01/06/2025 + 150 days = 06/05/2025
    result, values = _fill(*asylum_matter, date(2025, 6, 4))
    assert [values[b] for b in BOXES] == ["c", "8", ""]
    assert [str(c.message) for c in result.errors] == [
        "Too early for category (c)(8): the I-765 may be filed no earlier than 06/05/2025, 150 days after the "
        "asylum application filed on 01/06/2025 (8 CFR 208.7(a)(1); rule asylum.ead_may_apply). Filed earlier, "
        "it is denied."]
    assert (result.errors[0].part, result.errors[0].item) == ("2", "27")


def test_item_30_stays_empty_under_another_category_and_the_answer_is_reported(asylum_matter):
    result, values = _fill(*asylum_matter, date(2025, 7, 21), i765_category="(c)(14)", i765_arrested=False)
    assert [values[b] for b in BOXES] == ["c", "14", ""]
    assert (values[ARRESTED_YES], values[ARRESTED_NO]) == ("[ ]", "[ ]")
    assert any("(c)(14) needs a grant of deferred action" in str(c.message) for c in result.errors)
    assert any(c.field == ARRESTED_NO and c.severity == "warning" for c in result.checks)


def test_a_c8_filing_without_the_arrest_answer_is_an_error(asylum_matter):
    result, values = _fill(*asylum_matter, date(2025, 7, 21), i765_arrested=None)
    assert (values[ARRESTED_YES], values[ARRESTED_NO]) == ("[ ]", "[ ]")
    assert {c.field for c in result.errors} == {ARRESTED_YES, ARRESTED_NO}
