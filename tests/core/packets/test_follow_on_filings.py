"""The follow-on filings of issue 16 as the attorney meets them: the Forms tab offers the I-765 on
asylum, U visa, SIJS and VAWA matters and the I-912 beside it; once asylum is granted, one I-730
per spouse or child; and an I-730 packet is built for one relative, never without one."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from tests.conftest import SHARED_USCIS
from workbench.core.errors import WorkbenchError
from workbench.core.forms import blanks
from workbench.core.model import Matter, Person, enums as E
from workbench.core.operations import forms_overview, packets


def slots(vault, matter_id, folder):
    return [(s.form_id, s.member_name) for s in forms_overview(vault, matter_id, folder).slots]


def test_the_forms_each_matter_is_offered(packet_vault, blanks_folder):
    vault, matter_id, _ = packet_vault
    assert slots(vault, matter_id, blanks_folder) == [("i-589", ""), ("g-28", ""), ("i-765", ""), ("i-131", "")]
    with vault.session() as s:
        matter = s.get(Matter, matter_id)
        spouse = Person(client_id=matter.client_id, relation=E.Relationship.SPOUSE, given_name="Luis",
                        family_name="Reyes", date_of_birth=date(1990, 1, 2))
        child = Person(client_id=matter.client_id, relation=E.Relationship.CHILD, given_name="Sofia",
                       family_name="Reyes", date_of_birth=date(2015, 3, 4))
        s.add_all([spouse, child])
        u_visa = Matter(client_id=matter.client_id, kind=E.MatterKind.U_VISA)
        adjustment = Matter(client_id=matter.client_id, kind=E.MatterKind.ADJUSTMENT_OF_STATUS)
        s.add_all([u_visa, adjustment])
        s.flush()
        u_visa_id, adjustment_id = u_visa.id, adjustment.id
    assert [f for f, _ in slots(vault, adjustment_id, blanks_folder)] == ["i-485", "g-28", "i-765", "i-131", "i-912"]
    assert [f for f, _ in slots(vault, matter_id, blanks_folder)] == ["i-589", "g-28", "i-765", "i-131"]  # not granted
    with vault.session() as s:
        s.get(Matter, matter_id).asylum_granted_on = date(2031, 6, 1)
    assert slots(vault, matter_id, blanks_folder)[4:] == [("i-730", "Luis Reyes"), ("i-730", "Sofia Reyes"),
                                                          ("i-485", "")]
    assert [f for f, _ in slots(vault, u_visa_id, blanks_folder)] == \
        ["i-918", "i-918supa", "i-918supa", "i-918supb", "g-28", "i-765", "i-912", "i-485", "i-131"]


def test_an_i730_packet_is_built_for_one_relative(packet_vault, blanks_folder):
    vault, matter_id, _ = packet_vault
    blanks.add_blank((SHARED_USCIS / "i-730.pdf").read_bytes(), blanks_folder)
    with vault.session() as s:
        matter = s.get(Matter, matter_id)
        matter.asylum_granted_on = date(2031, 6, 1)
        spouse = Person(client_id=matter.client_id, relation=E.Relationship.SPOUSE, given_name="Luis",
                        family_name="Reyes", date_of_birth=date(1990, 1, 2))
        s.add(spouse)
        s.flush()
        spouse_id = spouse.id
    assert "i-730" in packets.filing_kinds() and "i-730" not in packets.filing_kinds(per_member=False)
    with pytest.raises(WorkbenchError, match="one family member"):
        packets.build_packet(vault, matter_id, "i-730")
    from workbench.core.packets import build_packet

    result = build_packet(vault, matter_id, "i-730", blanks_folder=blanks_folder, member_id=spouse_id)
    text = "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(result.pdf)).pages)
    assert "LUIS" in text.upper() and result.filing.per_member == "i-730"


def test_the_command_lines_list_of_filings_is_the_packets_list():
    from workbench.core.operations import choices

    assert choices.filing_kinds() == packets.filing_kinds() and "i-730" in choices.filing_kinds()


def test_household_answers_are_saved_for_a_member_of_this_matter_only(packet_vault, blanks_folder):
    """A household question (I-912) is answered for the client and for each family member; a
    matter-wide question cannot be given a person, and a person of another client is refused."""
    from workbench.core.errors import NotFound
    from workbench.core.model import Client
    from workbench.core.operations import forms as ops

    vault, matter_id, _ = packet_vault
    with vault.session() as s:
        matter = s.get(Matter, matter_id)
        spouse = Person(client_id=matter.client_id, relation=E.Relationship.SPOUSE, given_name="Luis",
                        family_name="Reyes")
        stranger_client = Client(family_name="Otra", given_name="Persona")
        s.add_all([spouse, stranger_client])
        s.flush()
        stranger = Person(client_id=stranger_client.id, relation=E.Relationship.SPOUSE, given_name="No",
                          family_name="Relation")
        s.add(stranger)
        s.flush()
        spouse_id, stranger_id = spouse.id, stranger.id
    slot = ops.slot_for(vault, matter_id, "i-912")
    state = ops.questionnaire(vault, slot)
    by_id = {q.id: q for q in state.questions}
    assert [pid for pid, _ in state.household] == [spouse_id]
    ops.save_form_answer(vault, slot, by_id["i912_benefit_type"], "SNAP", person_id=spouse_id)
    ops.save_form_answer(vault, slot, by_id["i912_benefit_type"], "WIC")
    state = ops.questionnaire(vault, slot)
    assert state.member_answers[spouse_id]["i912_benefit_type"].value == "SNAP"
    assert state.answers["i912_benefit_type"].value == "WIC", "the client's own answer is kept apart"
    with pytest.raises(ValueError, match="once for the matter"):
        ops.save_form_answer(vault, slot, by_id["i912_household_size"], "3", person_id=spouse_id)
    with pytest.raises(NotFound):
        ops.save_form_answer(vault, slot, by_id["i912_benefit_type"], "SNAP", person_id=stranger_id)
