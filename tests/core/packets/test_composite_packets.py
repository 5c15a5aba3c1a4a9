"""A filing of several forms, as the attorney sends it: the U visa petition with Supplement B, one
Supplement A per qualifying family member, the I-765 and, when the fee waiver has been begun, the
I-912 — each form filled for its own person, the optional ones left out when the attorney says."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from tests.conftest import SHARED_USCIS
from tests.core.packets.conftest import pdftotext
from workbench.core.errors import WorkbenchError
from workbench.core.forms import blanks
from workbench.core.model import FormAnswer, Matter, Person, enums as E
from workbench.core.packets import build_packet, load_filing
from workbench.core.packets.filings import filing_kinds
from workbench.core.packets.plan import DEFAULTS, plan_forms

FORMS = ("g-28", "i-918", "i-918supa", "i-918supb", "i-765", "i-912")


@pytest.fixture
def u_visa(packet_vault, blanks_folder):
    """The packet vault's client with a U visa matter, a husband and a daughter (both qualifying)
    and an adult brother (not: the petitioner is over 21), and every blank the filing needs."""
    vault, asylum_id, _ = packet_vault
    for form in FORMS:
        blanks.add_blank((SHARED_USCIS / f"{form}.pdf").read_bytes(), blanks_folder)
    with vault.session() as s:
        client = s.get(Matter, asylum_id).client
        u = Matter(client=client, kind=E.MatterKind.U_VISA, matter_number="NIJC-2031-0077")
        people = [Person(client_id=client.id, relation=E.Relationship.CHILD, given_name="Sofia", family_name="Reyes",
                         date_of_birth=date(2015, 3, 4)),
                  Person(client_id=client.id, relation=E.Relationship.SPOUSE, given_name="Luis", family_name="Reyes",
                         date_of_birth=date(1990, 1, 2)),
                  Person(client_id=client.id, relation=E.Relationship.SIBLING, given_name="Tomas", family_name="Reyes",
                         date_of_birth=date(1985, 7, 8))]
        s.add_all([u, *people])
        s.flush()
        ids = u.id, {p.given_name: p.id for p in people}
    return vault, *ids


def bookmarks(pdf: bytes) -> list[str]:
    return [item.title for item in PdfReader(io.BytesIO(pdf)).outline if not isinstance(item, list)]


def test_every_checklist_names_its_per_member_and_optional_forms_among_its_forms():
    for kind in filing_kinds():
        spec = load_filing(kind)
        assert set(spec.each_member) <= set(spec.forms), kind
        assert {f for f, _ in spec.optional} <= set(spec.forms), kind
        assert {d for _, d in spec.optional} <= set(DEFAULTS), kind
        assert not (spec.per_member and spec.per_member in spec.each_member), kind


def test_the_u_visa_plan_follows_the_family_and_the_answers(u_visa):
    vault, matter_id, people = u_visa
    spec = load_filing("i-918")
    with vault.session() as s:
        matter = s.get(Matter, matter_id)
        plan = plan_forms(s, matter, spec)
        assert [(p.form_id, p.member_name, p.enclosed) for p in plan] == [
            ("g-28", "", True), ("i-918", "", True), ("i-918supb", "", True),
            ("i-918supa", "Luis Reyes", True), ("i-918supa", "Sofia Reyes", True),  # spouse first; not the brother
            ("i-765", "", True), ("i-912", "", False)]  # no fee waiver begun: no I-912
        s.add(FormAnswer(matter_id=matter_id, key="i912_basis_benefit", value=True))
        s.flush()
        assert plan_forms(s, matter, spec)[-1].enclosed, "a fee waiver begun is enclosed"
        s.add(FormAnswer(matter_id=matter_id, key="i918_interpreter_family_name", value="Ruiz"))
        assert [p.enclosed for p in plan_forms(s, matter, spec, enclose={"i-765": False, "i-912": False})][-2:] == \
            [False, False]
        with pytest.raises(WorkbenchError, match="I-918SUPB: not an optional form"):
            plan_forms(s, matter, spec, enclose={"i-918supb": False})


def test_the_u_visa_packet_fills_each_supplement_a_for_its_own_member(u_visa, blanks_folder):
    vault, matter_id, people = u_visa
    result = build_packet(vault, matter_id, "i-918", blanks_folder=blanks_folder, today=date(2031, 3, 1))
    marks = bookmarks(result.pdf)
    assert marks[:6] == ["Cover letter", "Form G-28", "Form I-918", "Form I-918 Supplement B",
                         "Form I-918 Supplement A (Luis Reyes)", "Form I-918 Supplement A (Sofia Reyes)"]
    assert "Form I-765" in marks and not any("I-912" in m for m in marks)
    parts = {p.title: p for p in result.parts}
    luis = pdftotext(result.pdf, parts["Form I-918 Supplement A (Luis Reyes)"].first_page,
                     parts["Form I-918 Supplement A (Luis Reyes)"].last_page)
    sofia = pdftotext(result.pdf, parts["Form I-918 Supplement A (Sofia Reyes)"].first_page,
                      parts["Form I-918 Supplement A (Sofia Reyes)"].last_page)
    assert "LUIS" in luis.upper() and "SOFIA" not in luis.upper()
    assert "SOFIA" in sofia.upper() and "LUIS" not in sofia.upper()
    letter = pdftotext(result.pdf, 1, parts["Form G-28"].first_page - 1)
    assert "Form I-918 Supplement A (Luis Reyes)" in letter and "Form I-918 Supplement A (Sofia Reyes)" in letter
    assert "TOMAS" not in pdftotext(result.pdf).upper(), "an adult brother is not a qualifying family member"
    assert set(result.form_checks) >= {"i-918", f"i-918supa:{people['Luis']}", f"i-918supa:{people['Sofia']}"}

    without = build_packet(vault, matter_id, "i-918", blanks_folder=blanks_folder, today=date(2031, 3, 1),
                           enclose={"i-765": False, "i-912": True})
    marks = bookmarks(without.pdf)
    assert "Form I-765" not in marks and "Form I-912" in marks
    i765 = parts["Form I-765"]
    assert without.page_count == result.page_count - (i765.last_page - i765.first_page + 1) + \
        len(PdfReader(str(SHARED_USCIS / "i-912.pdf")).pages)


def test_a_u_visa_packet_without_family_says_so(u_visa, blanks_folder):
    vault, matter_id, people = u_visa
    with vault.session() as s:
        for pid in people.values():
            s.get(Person, pid).soft_delete()
    result = build_packet(vault, matter_id, "i-918", blanks_folder=blanks_folder, today=date(2031, 3, 1))
    assert not any("Supplement A" in m for m in bookmarks(result.pdf))
    assert any("No qualifying family member" in w for w in result.warnings)


def test_the_command_line_lists_the_plan_and_takes_the_attorneys_choice(u_visa, tmp_path):
    from tests.core.packets.test_packet_cli import run

    vault, matter_id, people = u_visa
    folder = str(vault.folder)
    vault.close()
    for form in FORMS:
        assert run("forms", "add-blank", str(SHARED_USCIS / f"{form}.pdf")).returncode == 0
    out = tmp_path / "u.pdf"
    r = run("--vault", folder, "packet", "build", "--matter", matter_id, "--filing", "i-918", "--out", str(out),
            "--leave-out", "i-765", "--include", "I-912")
    assert r.returncode == 0, r.stderr
    assert "I-918SUPA for Luis Reyes: enclosed" in r.stderr and "I-765: left out (optional)" in r.stderr
    assert "I-912: enclosed (optional)" in r.stderr
    marks = bookmarks(out.read_bytes())
    assert "Form I-912" in marks and "Form I-765" not in marks
    r = run("--vault", folder, "packet", "build", "--matter", matter_id, "--filing", "i-918",
            "--out", str(tmp_path / "x.pdf"), "--leave-out", "i-918supb")
    assert r.returncode != 0 and "not an optional form" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_the_adjustment_packet_encloses_the_forms_begun(u_visa, blanks_folder):
    """SIJS adjustment: the I-485 with the I-765 whose questions the attorney began; the I-131 and
    the I-912, not begun, stay out until ticked."""
    vault, u_id, _ = u_visa
    for form in ("i-485", "i-131"):
        blanks.add_blank((SHARED_USCIS / f"{form}.pdf").read_bytes(), blanks_folder)
    with vault.session() as s:
        client = s.get(Matter, u_id).client
        sijs = Matter(client=client, kind=E.MatterKind.SIJS, matter_number="NIJC-2031-0099")
        s.add(sijs)
        s.flush()
        s.add(FormAnswer(matter_id=sijs.id, key="i765_reason", value="initial"))
        sijs_id = sijs.id
    result = build_packet(vault, sijs_id, "i-485", blanks_folder=blanks_folder, today=date(2031, 3, 1))
    marks = bookmarks(result.pdf)
    assert [m for m in marks if m.startswith("Form")] == ["Form G-28", "Form I-485", "Form I-765"]
    with_travel = build_packet(vault, sijs_id, "i-485", blanks_folder=blanks_folder, today=date(2031, 3, 1),
                               enclose={"i-131": True})
    assert [m for m in bookmarks(with_travel.pdf) if m.startswith("Form")] == \
        ["Form G-28", "Form I-485", "Form I-765", "Form I-131"]
