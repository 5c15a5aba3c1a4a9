"""Each packet's Form G-28 speaks for that filing: one matter files several packets (an asylee's
I-730 as petitioner, then an I-485 as applicant), and a G-28 naming another filing's forms or the
client's role in it is a wrong statement on a signed form. The packet tells the G-28 its role
(Part 3 item 5) and the form numbers it encloses for the client (item 1.b), whatever the
matter-wide answers say; a G-28 filled alone keeps following those answers.

Real vault, the real G-28 and I-730 blanks, values read back with pypdf from the unflattened fill
and, for the built packet, from the flattened page's text."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from tests.conftest import SHARED_USCIS
from tests.core.forms.golden_kit import CHECKED, UNCHECKED, pypdf_read
from workbench.core.forms import blanks
from workbench.core.forms.service import fill_matter_form
from workbench.core.model import FormAnswer, Matter, Person, enums as E
from workbench.core.packets import build_packet, load_filing
from workbench.core.packets.assemble import filing_context, own_appearance_notes
from workbench.core.packets.plan import PlannedForm, plan_forms

FORM_NUMBERS = "form1[0].#subform[1].Line1b_ListFormNumber[0]"
APPLICANT = "form1[0].#subform[1].Line4_Checkbox[1]"
PETITIONER = "form1[0].#subform[1].Line4_Checkbox[3]"


def granted_asylee_with_spouse(vault, matter_id) -> str:
    """The matter after the grant, with the answers the attorney gave for the asylum G-28 long ago."""
    with vault.session() as s:
        matter = s.get(Matter, matter_id)
        matter.asylum_granted_on = date(2031, 6, 1)
        spouse = Person(client_id=matter.client_id, relation=E.Relationship.SPOUSE, given_name="Luis",
                        family_name="Reyes", date_of_birth=date(1990, 1, 2), country_of_birth="Guatemala")
        s.add(spouse)
        s.add(FormAnswer(matter_id=matter_id, key="g28_client_role", value="applicant"))
        s.add(FormAnswer(matter_id=matter_id, key="g28_form_numbers", value="I-589"))
        s.flush()
        return spouse.id


def g28_values(vault, matter_id, folder, filing: dict | None) -> dict[str, str]:
    with vault.session() as s:
        return pypdf_read(fill_matter_form(s, "g-28", matter_id, blanks_folder=folder, today=date(2031, 7, 1),
                                           filing=filing).pdf)


def test_the_i730_packets_g28_says_petitioner_and_i730_though_the_matter_answers_say_otherwise(
        packet_vault, blanks_folder):
    vault, matter_id, _ = packet_vault
    spouse_id = granted_asylee_with_spouse(vault, matter_id)
    spec = load_filing("i-730")
    with vault.session() as s:
        context = filing_context(spec, plan_forms(s, s.get(Matter, matter_id), spec, member_id=spouse_id))
    assert context == {"g28_role": "petitioner", "form_numbers": "I-730"}

    in_packet = g28_values(vault, matter_id, blanks_folder, context)
    assert (in_packet[FORM_NUMBERS], in_packet[PETITIONER], in_packet[APPLICANT]) == ("I-730", CHECKED, UNCHECKED)
    alone = g28_values(vault, matter_id, blanks_folder, None)  # the Forms tab's G-28: the attorney's answers
    assert (alone[FORM_NUMBERS], alone[PETITIONER], alone[APPLICANT]) == ("I-589", UNCHECKED, CHECKED)

    blanks.add_blank((SHARED_USCIS / "i-730.pdf").read_bytes(), blanks_folder)
    packet = build_packet(vault, matter_id, "i-730", blanks_folder=blanks_folder, member_id=spouse_id,
                          today=date(2031, 7, 1))
    part = next(p for p in packet.parts if str(p.title) == "Form G-28")
    pages = PdfReader(io.BytesIO(packet.pdf)).pages[part.first_page - 1:part.last_page]
    text = " ".join(page.extract_text() or "" for page in pages)
    assert "I-730" in text and "I-589" not in text  # the flattened G-28 of the packet as printed


def test_each_filings_role_follows_its_title():
    """Applications are filed by an applicant, petitions by a petitioner (Form G-28 Part 3 item 5)."""
    for filing in ("i-589", "i-765", "i-131", "i-485", "i-918", "i-360", "i-730"):
        spec = load_filing(filing)
        expected = "applicant" if spec.title.startswith("Application") else "petitioner"
        assert spec.g28_role == expected, (filing, spec.title)
    assert load_filing("i-589-court").g28_role is None  # a court filing has no G-28 (EOIR-28)


def test_a_family_members_own_application_is_not_on_the_clients_g28_and_is_flagged_without_her_own_g28():
    """The plan encloses the member's own G-28 with her I-765 (test_member_g28.py); a plan without it
    (a hand-made one here) is flagged, and the member's G-28 never joins the client's item 1.b."""
    spec = load_filing("i-918")
    planned = [PlannedForm("g-28"), PlannedForm("i-918"), PlannedForm("i-918supb"),
               PlannedForm("i-918supa", member_id="p1", member_name="Mateo Luz"),
               PlannedForm("i-765", member_name="Rosalba Luz", optional=True),
               PlannedForm("i-765", member_id="p1", member_name="Mateo Luz", optional=True, own_choice=True),
               PlannedForm("i-912", optional=True, enclosed=False)]
    context = filing_context(spec, planned)
    assert context["g28_role"] == "petitioner"
    assert context["form_numbers"] == "I-918, I-918 Supplement B, I-918 Supplement A, I-765"  # once each; no I-912
    notes = own_appearance_notes(planned)
    assert len(notes) == 1 and "Mateo Luz" in notes[0] and "G-28" in notes[0]
    assert own_appearance_notes([p for p in planned if p.member_id is None]) == []
    with_hers = planned[:5] + [PlannedForm("g-28", member_id="p1", member_name="Mateo Luz", own_choice=True,
                                           goes_with="i-765")] + planned[5:]
    assert own_appearance_notes(with_hers) == [], "her own G-28 is enclosed: nothing to warn about"
    assert filing_context(spec, with_hers) == context, "her G-28 is not one of the client's forms"
    assert filing_context(spec, with_hers, "p1") == {"g28_role": "applicant", "form_numbers": "I-765"}
