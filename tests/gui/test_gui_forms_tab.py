"""The matter's Forms tab against real vaults and the official blanks in ../shared/uscis:
add a blank, answer the questionnaire, see the checks change, fill, preview, export, and find
nothing about the client on disk but the file the user chose."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import Qt
from pypdf import PdfReader

from tests.gui.gui_helpers import PASSPHRASE, idle, new_vault, open_matter
from tests.gui.test_gui_app_flow import WAIT, unlock
from tests.gui.test_gui_matter_tabs import pdf_bytes, scan
from workbench.core.model import Person
from workbench.core.model.enums import MatterKind, Relationship
from workbench.core.operations import add_client_with_matter

CANARY = "Zqcanaryfamily"


def one_matter(folder: Path, kind: MatterKind, people: tuple[tuple[str, str], ...] = ()) -> str:
    vault = new_vault(folder)
    matter_id = add_client_with_matter(vault, CANARY, "Mariposa", kind, "T-0001").created_id("matters")
    with vault.session() as s:
        from workbench.core.model import Matter

        client = s.get(Matter, matter_id).client
        for given, relation in people:
            client.people.append(Person(relation=Relationship(relation), family_name=CANARY, given_name=given,
                                        include_in_application=True))
    vault.close()
    return matter_id


def open_forms(qtbot, make_controller, folder: Path):
    ctl = make_controller(folder)
    ctl.start()
    unlock(qtbot, ctl, PASSPHRASE)
    view = open_matter(qtbot, ctl, 0, "forms")
    tab = view.forms_tab
    qtbot.waitUntil(lambda: tab.form_list.count() > 0 and tab.state is not None, timeout=WAIT)
    idle(qtbot, ctl)
    return ctl, view, tab


def items(tab) -> list[str]:
    return [tab.form_list.item(i).text() for i in range(tab.form_list.count())]


def checks_for(tab, qid: str) -> list:
    return [c for c in tab.checks.items() if c.target is not None and c.target.name == qid]


def test_add_blank_answer_check_fill_preview_and_export(qtbot, make_controller, tmp_path, uscis_dir, env_dirs):
    folder = tmp_path / "vault"
    one_matter(folder, MatterKind.AFFIRMATIVE_ASYLUM)
    ctl, view, tab = open_forms(qtbot, make_controller, folder)
    assert [t.split("\n")[0] for t in items(tab)] == ["I-589", "G-28", "I-765", "I-131"]  # work permit, travel
    assert all("Blank not added" in t for t in items(tab))
    assert not tab.fill_button.isEnabled() and not tab.export_button.isEnabled()
    assert tab.state.questions and tab.checks.rowCount() == 0  # the questionnaire works without a blank

    # an unknown PDF is refused by name, with the editions known
    stranger = tmp_path / "not-a-form.pdf"
    stranger.write_bytes(pdf_bytes(1))
    tab.add_blank_file(stranger)
    qtbot.waitUntil(lambda: "not a form edition" in tab.blank_message.text(), timeout=WAIT)
    assert "I-589 01/20/25" in tab.blank_message.text()

    tab.add_blank_file(uscis_dir / "i-589.pdf")
    qtbot.waitUntil(lambda: "Edition 01/20/25" in items(tab)[0] and tab.checks.rowCount() > 0, timeout=WAIT)
    idle(qtbot, ctl)
    assert "Added Form I-589 edition 01/20/25" in tab.blank_message.text()
    assert tab.fill_button.isEnabled()
    before = checks_for(tab, "i589_b4")
    assert before and before[0].severity == "error"

    # double-click the check: the questionnaire item gets the focus
    row = tab.checks.row_of(None) if False else next(i for i, c in enumerate(tab.checks.items())
                                                     if c.target and c.target.name == "i589_b4")
    tab.check_table.selectRow(row)
    tab.check_table.activated.emit(tab.checks.index(row, 0))
    qtbot.waitUntil(lambda: tab.inner.currentIndex() == 1 and "i589_b4" in tab.questions.rows, timeout=WAIT)
    question = tab.questions.rows["i589_b4"]
    qtbot.waitUntil(lambda: question.input.hasFocus() or not view.isActiveWindow(), timeout=WAIT)

    # answer it: saved as a FormAnswer, and the checks update
    question.input.setCurrentIndex(question.input.findData(False))
    qtbot.waitUntil(lambda: not checks_for(tab, "i589_b4"), timeout=WAIT)
    idle(qtbot, ctl)

    # a date answer checked inline before it is saved
    when = tab.questions.rows["i589_a1_last_left_country"]
    when.input.setText("31/31/2020")
    when.input.editingFinished.emit()
    assert "MM/DD/YYYY" in when.message.text()
    when.input.setText("03/04/2024")
    when.input.editingFinished.emit()
    qtbot.waitUntil(lambda: not checks_for(tab, "i589_a1_last_left_country"), timeout=WAIT)
    idle(qtbot, ctl)

    # fill: stored in the vault and previewed from memory
    tab.fill_button.click()
    assert tab.progress.isVisible() or tab.filled is not None
    qtbot.waitUntil(lambda: tab.filled is not None and tab.preview.has_image(), timeout=WAIT * 2)
    idle(qtbot, ctl)
    assert tab.inner.currentIndex() == 2 and "page 1 of" in tab.preview.status.text()
    tab.preview.next_button.click()
    qtbot.waitUntil(lambda: "page 2 of" in tab.preview.status.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: any(d["category"] == "generated form" for d in view.documents.model.items()),
                    timeout=WAIT)
    assert scan(folder, CANARY.encode()) == [] and scan(env_dirs / "tmp", CANARY.encode()) == []
    assert scan(env_dirs, CANARY.encode()) == []  # config, data (blanks), cache: nothing either

    # export: where the user chose, and only there
    target = tmp_path / "chosen" / "i-589 for filing.pdf"
    target.parent.mkdir()
    tab.export_to(target)
    qtbot.waitUntil(target.exists, timeout=WAIT)
    idle(qtbot, ctl)
    fields = PdfReader(io.BytesIO(target.read_bytes())).get_fields()
    assert any(str(f.get("/V", "")) == CANARY.upper() or str(f.get("/V", "")) == CANARY for f in fields.values())
    assert "written to" in tab.message.text()
    assert scan(folder, CANARY.encode()) == [] and scan(env_dirs, CANARY.encode()) == []

    # lock: the tab forgets the PDF, the checks and the answers
    ctl.window.lock_action.trigger()
    idle(qtbot, ctl)
    assert tab.filled is None and tab.checks.rowCount() == 0 and not tab.questions.rows
    assert not tab.preview.has_image() and tab.form_list.count() == 0


def test_check_jumps_to_the_profile_field(qtbot, make_controller, tmp_path, uscis_dir):
    from workbench.core.forms.blanks import add_blank

    folder = tmp_path / "vault"
    one_matter(folder, MatterKind.AFFIRMATIVE_ASYLUM)
    add_blank((uscis_dir / "i-589.pdf").read_bytes())
    ctl, view, tab = open_forms(qtbot, make_controller, folder)
    qtbot.waitUntil(lambda: tab.checks.rowCount() > 0, timeout=WAIT)
    row = next(i for i, c in enumerate(tab.checks.items())
               if c.target and c.target.table == "clients" and c.target.name == "date_of_birth")
    tab.jump_to_check(row)
    assert view.current_tab() == "client"
    assert view.client.form.inputs["date_of_birth"] is view.client.form.focusWidget() or \
        view.client.form.inputs["date_of_birth"].hasFocus() or not view.isActiveWindow()
    view.set_tab("forms")
    row = next(i for i, c in enumerate(tab.checks.items()) if c.target and c.target.table == "addresses")
    tab.jump_to_check(row)
    assert view.current_tab() == "client"


def test_supplement_a_per_qualifying_member(qtbot, make_controller, tmp_path, uscis_dir):
    from workbench.core.forms.blanks import add_blank

    folder = tmp_path / "vault"
    one_matter(folder, MatterKind.U_VISA, (("Luna", "child"), ("Sol", "spouse")))
    add_blank((uscis_dir / "i-918supa.pdf").read_bytes())  # the 02/07/17 edition: outdated
    ctl, view, tab = open_forms(qtbot, make_controller, folder)
    names = [t.split("\n")[0] for t in items(tab)]
    assert names == ["I-918", "I-918 Supplement A — Sol Zqcanaryfamily", "I-918 Supplement A — Luna Zqcanaryfamily",
                     "I-918 Supplement B", "G-28", "I-765", "I-912", "I-485", "I-131"]
    tab.form_list.setCurrentRow(1)
    qtbot.waitUntil(lambda: tab.state is not None and tab.state.slot.member_name.startswith("Sol")
                    and tab.checks.rowCount() > 0, timeout=WAIT)
    assert "outdated" in items(tab)[1] and "not accept" in tab.warning.text()
    qtbot.waitUntil(lambda: not tab.questions.is_building(), timeout=WAIT)
    street = tab.questions.rows["i918a_member_residence_street"]
    status = tab.questions.rows["i918a_principal_i918_status"]
    assert street.question.per_member and not status.question.per_member
    street.input.setText("12 Sol Street")
    street.input.editingFinished.emit()
    status.input.setCurrentIndex(status.input.findData("Pending"))
    idle(qtbot, ctl)
    qtbot.waitUntil(lambda: tab.state.answers.get("i918a_member_residence_street") is not None, timeout=WAIT)

    tab.form_list.setCurrentRow(2)  # Luna: her own answers, the principal's shared
    qtbot.waitUntil(lambda: tab.state.slot.member_name.startswith("Luna") and not tab.questions.is_building()
                    and "i918a_member_residence_street" in tab.questions.rows, timeout=WAIT)
    idle(qtbot, ctl)
    assert tab.questions.rows["i918a_member_residence_street"].input.text() == ""
    assert tab.questions.rows["i918a_principal_i918_status"].input.currentData() == "Pending"
    tab.form_list.setCurrentRow(1)
    qtbot.waitUntil(lambda: tab.state.slot.member_name.startswith("Sol") and not tab.questions.is_building()
                    and "i918a_member_residence_street" in tab.questions.rows, timeout=WAIT)
    assert tab.questions.rows["i918a_member_residence_street"].input.text() == "12 Sol Street"


def test_tab_checks_model_texts():
    from workbench.core.forms.questionnaire import Target
    from workbench.core.operations import CheckView
    from workbench.gui.matter.form_checks import check_model

    model = check_model()
    model.set_items([CheckView("error", "No answer: Date of birth", "Part A.I, Item 12", "f",
                               Target("profile", "client", "clients", "date_of_birth")),
                     CheckView("info", 'Answered "N/A"', "Part A.I, Item 5", "g", None)])
    texts = [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(2)]
    assert texts[0] == ["Error", "Part A.I, Item 12", "No answer: Date of birth", "Client tab"]
    assert texts[1][0] == "Filled for you" and texts[1][3] == ""
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None


def test_household_answers_per_family_member(qtbot, make_controller, tmp_path, uscis_dir):
    """The I-912 asks some questions of each household member (whose benefit, whose income): the
    questionnaire has the client's line and a line per family member, each saved for that person,
    and the filled form's benefit table names the member who answered."""
    from workbench.core.forms.blanks import add_blank

    folder = tmp_path / "vault"
    matter_id = one_matter(folder, MatterKind.U_VISA, (("Luna", "child"), ("Sol", "spouse")))
    add_blank((uscis_dir / "i-912.pdf").read_bytes())
    ctl, view, tab = open_forms(qtbot, make_controller, folder)
    tab.form_list.setCurrentRow([t.split("\n")[0] for t in items(tab)].index("I-912"))
    qtbot.waitUntil(lambda: tab.state is not None and tab.state.slot.form_id == "i-912"
                    and not tab.questions.is_building() and bool(tab.questions.rows), timeout=WAIT)
    lines = {pid: row for (qid, pid), row in tab.questions.member_rows.items() if qid == "i912_benefit_type"}
    assert len(lines) == 2, "one line for each family member under a household question"
    names = [row.label.text().split(" (")[0] for row in lines.values()]
    assert names == ["Sol Zqcanaryfamily", "Luna Zqcanaryfamily"], "the spouse first, as the form's tables list them"
    assert not any(qid == "i912_household_size" for qid, _ in tab.questions.member_rows), "a matter-wide question has no lines"
    sol = next(pid for pid, row in lines.items() if row.label.text().startswith("Sol"))
    basis = tab.questions.rows["i912_basis_benefit"]  # Part 4 is completed for basis 1.A
    basis.input.setCurrentIndex(basis.input.findData(True))
    lines[sol].input.setText("SNAP")
    lines[sol].input.editingFinished.emit()
    agency = tab.questions.member_rows[("i912_benefit_agency", sol)]
    agency.input.setText("IDHS")
    agency.input.editingFinished.emit()
    idle(qtbot, ctl)
    qtbot.waitUntil(lambda: (tab.state.member_answers or {}).get(sol, {}).get("i912_benefit_type") is not None,
                    timeout=WAIT)
    assert "i912_benefit_type" not in tab.state.answers, "the spouse's answer is not the client's"

    tab.fill_button.click()  # the GUI's own fill, read back from the PDF it keeps for the preview
    qtbot.waitUntil(lambda: tab.filled is not None, timeout=WAIT * 2)
    idle(qtbot, ctl)
    values = {k: f.get("/V") for k, f in PdfReader(io.BytesIO(tab.filled.pdf)).get_fields().items()}
    row = "form1[0].#subform[1].Part4_Line1_{}1[0]"
    assert values[row.format("FullName")] == "Zqcanaryfamily, Sol"  # family name first, as the golden tables write it
    assert values[row.format("TypeofBene")] == "SNAP"
    assert values[row.format("Agency")] == "IDHS"
    assert values[row.format("Relationship")] == "Spouse"


def test_the_i485_in_the_forms_tab_proposes_the_category_and_asks_part_9(qtbot, make_controller, tmp_path,
                                                                         uscis_dir):
    """An SIJS matter's I-485: the category proposed from the matter is said among the checks, the
    234 questions (Part 9 included) build without stalling, and a Part 9 "Yes" without its
    explanation is a check that leads back to the question."""
    from tests.gui.test_gui_screenshots import save
    from workbench.core.forms.blanks import add_blank

    folder = tmp_path / "vault"
    one_matter(folder, MatterKind.SIJS)
    add_blank((uscis_dir / "i-485.pdf").read_bytes())
    ctl, view, tab = open_forms(qtbot, make_controller, folder)
    tab.form_list.setCurrentRow([t.split("\n")[0] for t in items(tab)].index("I-485"))
    qtbot.waitUntil(lambda: tab.state is not None and tab.state.slot.form_id == "i-485" and tab.checks.rowCount() > 0
                    and not tab.questions.is_building(), timeout=WAIT * 2)
    proposed = [c for c in tab.checks.items() if "proposes" in c.message]
    assert [c.severity for c in proposed] == ["info"] and "Special Immigrant Juvenile" in proposed[0].message
    assert len(tab.questions.rows) == len(tab.state.questions) > 200
    yes_no = next(q for q in tab.state.questions if q.type == "yes_no" and q.explanation and q.part == "9")
    row = tab.questions.rows[yes_no.id]
    row.input.setCurrentIndex(row.input.findData(True))
    idle(qtbot, ctl)
    qtbot.waitUntil(lambda: any(c.target is not None and c.target.name == yes_no.id and c.severity == "error"
                                for c in tab.checks.items()), timeout=WAIT * 2)
    ctl.window.resize(1400, 860)
    save(ctl.window, "forms-i485-sijs")
