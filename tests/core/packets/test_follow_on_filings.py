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
    assert slots(vault, matter_id, blanks_folder) == [("i-589", ""), ("g-28", ""), ("i-765", "")]
    with vault.session() as s:
        matter = s.get(Matter, matter_id)
        spouse = Person(client_id=matter.client_id, relation=E.Relationship.SPOUSE, given_name="Luis",
                        family_name="Reyes", date_of_birth=date(1990, 1, 2))
        child = Person(client_id=matter.client_id, relation=E.Relationship.CHILD, given_name="Sofia",
                       family_name="Reyes", date_of_birth=date(2015, 3, 4))
        s.add_all([spouse, child])
        u_visa = Matter(client_id=matter.client_id, kind=E.MatterKind.U_VISA)
        s.add(u_visa)
        s.flush()
        u_visa_id = u_visa.id
    assert [f for f, _ in slots(vault, matter_id, blanks_folder)] == ["i-589", "g-28", "i-765"]  # not granted yet
    with vault.session() as s:
        s.get(Matter, matter_id).asylum_granted_on = date(2031, 6, 1)
    assert slots(vault, matter_id, blanks_folder)[3:] == [("i-730", "Luis Reyes"), ("i-730", "Sofia Reyes")]
    assert [f for f, _ in slots(vault, u_visa_id, blanks_folder)] == \
        ["i-918", "i-918supa", "i-918supa", "i-918supb", "g-28", "i-765", "i-912"]


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
