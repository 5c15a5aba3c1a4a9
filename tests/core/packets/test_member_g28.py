"""A family member's own application needs that member's own Form G-28: the packet's G-28 is the
client's (signed by her), and an attorney "must file Form G-28 in each case" (G-28 instructions).
The U visa packet encloses, immediately before each member's own I-765, a G-28 with that member as
the client (Part 3 item 5 Applicant, item 1.b I-765), by the same tick box as the I-765; the same
G-28 map fills it, with the profile seen from the member. Filled alone (the CLI) it says the same.

Real vault, the real G-28, I-918 and I-765 blanks, values read back with pypdf from the unflattened
fill and from the flattened packet's text."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from tests.core.forms.golden_kit import CHECKED, UNCHECKED, pypdf_read
from tests.core.packets.conftest import pdftotext
from tests.core.packets.test_composite_packets import bookmarks, u_visa  # noqa: F401 - the fixture
from tests.core.packets.test_member_work_permits import fill_on_the_command_line
from workbench.core.errors import WorkbenchError
from workbench.core.forms.service import fill_matter_form
from workbench.core.model import FormAnswer, Matter, Person
from workbench.core.packets import build_packet, load_filing
from workbench.core.packets.assemble import filing_context, own_appearance_notes
from workbench.core.packets.plan import plan_forms

TODAY = date(2031, 3, 1)
FORM_NUMBERS = "form1[0].#subform[1].Line1b_ListFormNumber[0]"
APPLICANT = "form1[0].#subform[1].Line4_Checkbox[1]"
PETITIONER = "form1[0].#subform[1].Line4_Checkbox[3]"
CLIENT_GIVEN = "form1[0].#subform[1].Pt3Line5b_GivenName[0]"
CLIENT_A_NUMBER = "form1[0].#subform[1].Pt3Line9_ANumber[0]"
CLIENT_STREET = "form1[0].#subform[1].Line12a_StreetNumberName[0]"
AM_NOT = "form1[0].#subform[0].Checkbox1dAmNot[0]"
SOFIA_HOME = "77 E Sample Ct APT 2, Chicago, IL 60614"


def _family(vault, people, *, sofia_in_us=True, luis_in_us=False, sofia_address=SOFIA_HOME) -> None:
    with vault.session() as s:
        s.get(Person, people["Sofia"]).in_united_states = sofia_in_us
        s.get(Person, people["Sofia"]).address = sofia_address
        s.get(Person, people["Luis"]).in_united_states = luis_in_us
        s.get(Person, people["Sofia"]).client.sex = "female"  # her parents, named on Sofia's own forms
        s.get(Person, people["Luis"]).sex = "male"


def _plan(vault, matter_id, **kw) -> list[tuple[str, str, bool, bool, str]]:
    with vault.session() as s:
        plan = plan_forms(s, s.get(Matter, matter_id), load_filing("i-918"), **kw)
    return [(p.form_id, p.member_name, p.enclosed, p.optional, p.choice) for p in plan
            if p.form_id in ("g-28", "i-765")]


def test_the_plan_puts_each_members_g28_before_their_i765_by_the_same_tick_box(u_visa):  # noqa: F811
    vault, matter_id, people = u_visa
    sofia = people["Sofia"]
    _family(vault, people)
    client_g28 = ("g-28", "", True, False, "g-28")
    assert _plan(vault, matter_id) == [
        client_g28, ("i-765", "Ana Reyes", True, True, "i-765"),
        ("g-28", "Sofia Reyes", True, False, f"i-765:{sofia}"),  # no choice of its own: her I-765's
        ("i-765", "Sofia Reyes", True, True, f"i-765:{sofia}")], "Luis is abroad: neither form for him"
    assert _plan(vault, matter_id, enclose={f"i-765:{sofia}": False}) == [
        client_g28, ("i-765", "Ana Reyes", True, True, "i-765"),
        ("g-28", "Sofia Reyes", False, False, f"i-765:{sofia}"),
        ("i-765", "Sofia Reyes", False, True, f"i-765:{sofia}")], "her I-765 unticked: her G-28 goes too"
    assert _plan(vault, matter_id, enclose={"i-765": False})[2:] == [
        ("g-28", "Sofia Reyes", True, False, f"i-765:{sofia}"), ("i-765", "Sofia Reyes", True, True, f"i-765:{sofia}")
    ], "leaving out the client's I-765 leaves the member's copy and her G-28"
    with pytest.raises(WorkbenchError, match="not an optional form"):
        _plan(vault, matter_id, enclose={f"g-28:{sofia}": False})  # one tick box: the member's copy
    _family(vault, people, sofia_in_us=False)
    assert _plan(vault, matter_id) == [client_g28, ("i-765", "", True, True, "i-765")], "nobody in the U.S."


def test_the_members_g28_context_and_no_warning_once_it_is_enclosed(u_visa):  # noqa: F811
    vault, matter_id, people = u_visa
    sofia = people["Sofia"]
    _family(vault, people, luis_in_us=True)
    spec = load_filing("i-918")
    with vault.session() as s:
        planned = plan_forms(s, s.get(Matter, matter_id), spec, enclose={f"i-765:{people['Luis']}": False})
    assert filing_context(spec, planned, sofia) == {"g28_role": "applicant", "form_numbers": "I-765"}
    assert filing_context(spec, planned)["form_numbers"] == "I-918, I-918 Supplement B, I-918 Supplement A, I-765"
    assert filing_context(spec, planned, people["Luis"]) == {"g28_role": "applicant", "form_numbers": "I-765"}, \
        "his copy left out: the default (his own applications), though his G-28 is not filled either"
    assert own_appearance_notes(planned) == [], "each member's own application has the member's G-28 with it"
    without_g28 = [p for p in planned if not (p.form_id == "g-28" and p.member_id == sofia)]
    notes = own_appearance_notes(without_g28)
    assert len(notes) == 1 and "Sofia Reyes" in notes[0], "a member's I-765 without her G-28 is still flagged"


def test_the_member_is_the_client_of_her_g28_and_the_attorneys_answer_stands(u_visa, blanks_folder):  # noqa: F811
    vault, matter_id, people = u_visa
    sofia = people["Sofia"]
    _family(vault, people)
    with vault.session() as s:
        s.add(FormAnswer(matter_id=matter_id, key="g28_attorney_subject_to_order", value=False))
        s.add(FormAnswer(matter_id=matter_id, key="g28_form_numbers", value="I-918, I-765"))  # the client's G-28
        spec = load_filing("i-918")
        planned = plan_forms(s, s.get(Matter, matter_id), spec)
        result = fill_matter_form(s, "g-28", matter_id, member_id=sofia, blanks_folder=blanks_folder, today=TODAY,
                                  filing=filing_context(spec, planned, sofia))
        alone = fill_matter_form(s, "g-28", matter_id, member_id=sofia, blanks_folder=blanks_folder, today=TODAY)
        clients = pypdf_read(fill_matter_form(s, "g-28", matter_id, blanks_folder=blanks_folder, today=TODAY).pdf)
    values = pypdf_read(result.pdf)
    assert (values[CLIENT_GIVEN], values[CLIENT_STREET], values[CLIENT_A_NUMBER]) == ("Sofia", "77 E Sample Ct", ""), \
        "her name and her own address; her mother's A-number is not hers"
    assert (values[FORM_NUMBERS], values[APPLICANT], values[PETITIONER]) == ("I-765", CHECKED, UNCHECKED)
    assert values[AM_NOT] == CHECKED, "the attorney's matter-wide answer about herself holds on every G-28 she files"
    assert pypdf_read(alone.pdf) == values, "filled alone, the member's G-28 says what the packet's copy says"
    assert (clients[CLIENT_GIVEN], clients[FORM_NUMBERS], clients[PETITIONER]) == ("Ana", "I-918, I-765", CHECKED)
    assert not result.errors, [str(c.message) for c in result.errors]


def test_a_member_without_an_address_is_reported_where_the_g28_asks_it(u_visa, blanks_folder):  # noqa: F811
    vault, matter_id, people = u_visa
    _family(vault, people, sofia_address=None)
    with vault.session() as s:
        result = fill_matter_form(s, "g-28", matter_id, member_id=people["Sofia"], blanks_folder=blanks_folder,
                                  today=TODAY)
    where = [(c.part, c.item) for c in result.errors if "No address is recorded for Sofia Reyes" in str(c.message)]
    assert where == [("3", "13.a")], "Part 3 item 13, the client's mailing address (not the I-765's Part 2 item 5)"
    assert not [c for c in result.checks if "reads English" in str(c.message)], "the G-28 has no English statement"


def test_the_built_packet_encloses_her_g28_before_her_i765(u_visa, blanks_folder):  # noqa: F811
    vault, matter_id, people = u_visa
    _family(vault, people)
    with vault.session() as s:
        s.add(FormAnswer(matter_id=matter_id, key="i765_u_decision", value="pending", person_id=people["Sofia"]))
    result = build_packet(vault, matter_id, "i-918", blanks_folder=blanks_folder, today=TODAY)
    titles = [str(p.title) for p in result.parts]
    at = titles.index("Form G-28 (Sofia Reyes)")
    assert titles[at + 1] == "Form I-765 (Sofia Reyes)" and titles[0:2] == ["Cover letter", "Form G-28"]
    assert "Form G-28 (Sofia Reyes)" in bookmarks(result.pdf)
    parts = {str(p.title): p for p in result.parts}
    letter = pdftotext(result.pdf, 1, parts["Form G-28"].first_page - 1)
    assert "Form G-28 (Sofia Reyes)" in letter, "the cover letter lists her G-28"
    index = parts["Index of documents"]
    assert "Form G-28 (Sofia Reyes)" in pdftotext(result.pdf, index.first_page, index.last_page)
    own = parts["Form G-28 (Sofia Reyes)"]
    text = " ".join(pdftotext(result.pdf, own.first_page, own.last_page).split())
    assert "Sofia" in text and "77 E Sample Ct" in text and "I-765" in text and "I-918" not in text
    client = parts["Form G-28"]
    text = " ".join(pdftotext(result.pdf, client.first_page, client.last_page).split())
    assert "Sofia" not in text and "I-918" in text, "the client's G-28 is still hers alone (I-918... in Part 6)"
    assert not [w for w in result.warnings if "own application" in w], result.warnings
    assert f"g-28:{people['Sofia']}" in result.form_checks

    without = build_packet(vault, matter_id, "i-918", blanks_folder=blanks_folder, today=TODAY,
                           enclose={f"i-765:{people['Sofia']}": False})
    assert [str(p.title) for p in without.parts if "Sofia" in str(p.title)] == \
        ["Form I-918 Supplement A (Sofia Reyes)"], "neither her G-28 nor her I-765; her Supplement A stays"


def test_the_command_line_fills_a_members_own_g28(u_visa, tmp_path):  # noqa: F811
    from tests.core.packets.test_packet_cli import run

    vault, matter_id, people = u_visa
    _family(vault, people)
    out = tmp_path / "sofia-g28.pdf"
    folder = fill_on_the_command_line(vault, matter_id, "g-28", people["Sofia"], out)
    values = pypdf_read(out.read_bytes())
    assert (values[CLIENT_GIVEN], values[CLIENT_STREET]) == ("Sofia", "77 E Sample Ct")
    assert (values[FORM_NUMBERS], values[APPLICANT], values[PETITIONER]) == ("I-765", CHECKED, UNCHECKED)
    assert len(PdfReader(io.BytesIO(out.read_bytes())).pages) == 4
    r = run("--vault", folder, "forms", "check", "g-28", "--matter", matter_id, "--member", "no-such-person")
    assert r.returncode != 0 and "no family member with id" in r.stderr + r.stdout and "Traceback" not in r.stderr
