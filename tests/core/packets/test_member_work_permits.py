"""The U visa packet's work permits: one I-765 for the petitioner and one for each qualifying family
member in the United States (none for a member abroad), each member's copy filled with that member
as the applicant, enclosed by default when the member's Supplement A asks for a work permit, and
left out or put back one copy at a time, in the plan, the packet, the cover letter and the CLI."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import SHARED_USCIS
from tests.core.packets.conftest import pdftotext
from tests.core.packets.test_composite_packets import FORMS, bookmarks, u_visa  # noqa: F401 - the fixture
from workbench.core.errors import WorkbenchError
from workbench.core.model import FormAnswer, Matter, Person
from workbench.core.packets import build_packet, load_filing
from workbench.core.packets.plan import plan_forms

TODAY = date(2031, 3, 1)


def _place(vault, people, **where: bool | None) -> None:
    """Put each named member in the United States (True), abroad (False) or nowhere recorded (None)."""
    with vault.session() as s:
        for name, in_us in where.items():
            s.get(Person, people[name]).in_united_states = in_us


def _wants_ead(vault, matter_id, person_id, value: bool) -> None:
    with vault.session() as s:
        s.add(FormAnswer(matter_id=matter_id, key="i918a_p4_8_ead", value=value, person_id=person_id))


def _i765s(vault, matter_id, **kw) -> list[tuple[str, bool, str]]:
    with vault.session() as s:
        plan = plan_forms(s, s.get(Matter, matter_id), load_filing("i-918"), **kw)
        return [(p.member_name, p.enclosed, p.choice) for p in plan if p.form_id == "i-765"]


def test_a_copy_per_member_in_the_united_states_none_abroad(u_visa):  # noqa: F811
    vault, matter_id, people = u_visa
    sofia, luis = people["Sofia"], people["Luis"]
    assert _i765s(vault, matter_id) == [("", True, "i-765")], "nobody recorded in the U.S.: the client's only"
    _place(vault, people, Sofia=True, Luis=False)
    assert _i765s(vault, matter_id) == [("Ana Reyes", True, "i-765"), ("Sofia Reyes", True, f"i-765:{sofia}")], \
        "the husband abroad gets no copy; the client's copy now names her beside her daughter's"
    _place(vault, people, Luis=True)
    _wants_ead(vault, matter_id, luis, False)  # Supplement A Part 4 item 8: he does not want one
    _wants_ead(vault, matter_id, sofia, True)
    assert _i765s(vault, matter_id) == [("Ana Reyes", True, "i-765"), ("Luis Reyes", False, f"i-765:{luis}"),
                                        ("Sofia Reyes", True, f"i-765:{sofia}")]
    chosen = _i765s(vault, matter_id, enclose={f"i-765:{sofia}": False, f"i-765:{luis}": True})
    assert chosen == [("Ana Reyes", True, "i-765"), ("Luis Reyes", True, f"i-765:{luis}"),
                      ("Sofia Reyes", False, f"i-765:{sofia}")], "each copy on its own; the client's keeps its default"
    assert [e for _, e, _ in _i765s(vault, matter_id, enclose={"i-765": False})] == [False, False, True], \
        "leaving out the client's copy leaves the members' as they were"
    with pytest.raises(WorkbenchError, match="no such family member's copy"):
        _i765s(vault, matter_id, enclose={f"i-765:{people['Tomas']}": False})  # the adult brother: not qualifying
    with pytest.raises(WorkbenchError, match="not an optional form"):
        _i765s(vault, matter_id, enclose={f"i-918supb:{sofia}": False})


def test_the_packet_fills_each_copy_for_its_own_applicant(u_visa, blanks_folder):  # noqa: F811
    vault, matter_id, people = u_visa
    _place(vault, people, Sofia=True, Luis=False)
    with vault.session() as s:
        s.add(FormAnswer(matter_id=matter_id, key="i765_u_decision", value="pending", person_id=people["Sofia"]))
        s.get(Person, people["Sofia"]).address = "4817 N Sample Ave APT 3R, Chicago, IL 60625"
    result = build_packet(vault, matter_id, "i-918", blanks_folder=blanks_folder, today=TODAY)
    marks = bookmarks(result.pdf)
    assert "Form I-765 (Ana Reyes)" in marks and "Form I-765 (Sofia Reyes)" in marks
    assert not any("I-765 (Luis" in m for m in marks), "the husband abroad: no work permit application"
    parts = {p.title: p for p in result.parts}
    letter = pdftotext(result.pdf, 1, parts["Form G-28"].first_page - 1)
    assert "Form I-765 (Ana Reyes)" in letter and "Form I-765 (Sofia Reyes)" in letter
    sofia = parts["Form I-765 (Sofia Reyes)"]
    text = pdftotext(result.pdf, sofia.first_page, sofia.first_page + 2)
    assert "Sofia" in text and "Ana" not in text, "her copy's applicant is Sofia, not her mother"
    assert "4817 N Sample Ave" in text and "A087654321".lstrip("A") not in text, "her address; not her mother's A-number"
    checks = result.form_checks[f"i-765:{people['Sofia']}"]
    assert not [c for c in checks if c.severity == "error" and c.item == "27"], "(c)(14) fits her pending supplement"

    without = build_packet(vault, matter_id, "i-918", blanks_folder=blanks_folder, today=TODAY,
                           enclose={f"i-765:{people['Sofia']}": False})
    marks = bookmarks(without.pdf)
    assert "Form I-765 (Sofia Reyes)" not in marks and "Form I-765 (Ana Reyes)" in marks


def test_the_command_line_leaves_out_one_members_copy(u_visa, tmp_path):  # noqa: F811
    from tests.core.packets.test_packet_cli import run

    vault, matter_id, people = u_visa
    _place(vault, people, Sofia=True)
    folder = str(vault.folder)
    vault.close()
    for form in FORMS:
        assert run("forms", "add-blank", str(SHARED_USCIS / f"{form}.pdf")).returncode == 0
    out = tmp_path / "u.pdf"
    sofia = people["Sofia"]
    r = run("--vault", folder, "packet", "build", "--matter", matter_id, "--filing", "i-918", "--out", str(out),
            "--leave-out", f"i-765:{sofia}")
    assert r.returncode == 0, r.stderr
    assert f"I-765 for Sofia Reyes [i-765:{sofia}]: left out (optional)" in r.stderr
    assert "I-765 for Ana Reyes: enclosed (optional)" in r.stderr
    assert "Form I-765 (Sofia Reyes)" not in bookmarks(out.read_bytes())
    r = run("--vault", folder, "packet", "build", "--matter", matter_id, "--filing", "i-918",
            "--out", str(tmp_path / "x.pdf"), "--leave-out", f"i-765:{people['Luis']}")  # not in the U.S.
    assert r.returncode != 0 and "no such family member's copy" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "x.pdf").exists()


def fill_on_the_command_line(vault, matter_id: str, form: str, member_id: str, out):
    """Close the test's vault and fill ``form`` for the family member with ``workbench forms fill``
    (the blank added to the user's blanks folder first, as an attorney would)."""
    from tests.core.packets.test_packet_cli import run

    folder = str(vault.folder)
    vault.close()
    assert run("forms", "add-blank", str(SHARED_USCIS / f"{form}.pdf")).returncode == 0
    r = run("--vault", folder, "forms", "fill", form, "--matter", matter_id, "--member", member_id, "--out", str(out))
    assert r.returncode == 0, r.stderr
    return folder


def test_the_command_line_fills_a_members_own_i765(u_visa, tmp_path):  # noqa: F811
    import io

    from pypdf import PdfReader

    from tests.core.packets.test_packet_cli import run

    vault, matter_id, people = u_visa
    _place(vault, people, Sofia=True)
    with vault.session() as s:
        s.add(FormAnswer(matter_id=matter_id, key="i765_u_decision", value="pending", person_id=people["Sofia"]))
    out = tmp_path / "sofia.pdf"
    folder = fill_on_the_command_line(vault, matter_id, "i-765", people["Sofia"], out)
    values = {k: f.get("/V") for k, f in PdfReader(io.BytesIO(out.read_bytes())).get_fields().items()}
    assert values["form1[0].Page1[0].Line1b_GivenName[0]"] == "Sofia"
    assert (values["form1[0].Page3[0].#area[1].section_1[0]"], values["form1[0].Page3[0].#area[1].section_2[0]"]) \
        == ("c", "14")
    r = run("--vault", folder, "forms", "check", "i-765", "--matter", matter_id, "--member", people["Sofia"])
    assert "No address is recorded for Sofia Reyes" in r.stdout + r.stderr, "her missing address, said before filing"
