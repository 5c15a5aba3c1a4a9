"""A U visa family member's own I-765 in the GUI: the Forms tab offers one for each qualifying member
in the United States (none for the husband abroad), its questions are answered for that member only,
its fill names the member as the applicant with the (c)(14) category; the Packet tab lists the
copy with its own tick box, and unticking it leaves out that copy alone."""

from __future__ import annotations

import io
from datetime import date

from PySide6.QtCore import Qt
from pypdf import PdfReader

from tests.gui.gui_helpers import PASSPHRASE, idle, new_vault
from tests.gui.test_gui_app_flow import WAIT
from tests.gui.test_gui_forms_tab import CANARY, items, open_forms
from workbench.core.model import Matter, Person
from workbench.core.model.enums import MatterKind, Relationship
from workbench.core.operations import add_client_with_matter


def u_visa_family(folder) -> str:
    """The client, her daughter Luna in Chicago and her husband Sol in Guatemala; returns Luna's id."""
    vault = new_vault(folder)
    matter_id = add_client_with_matter(vault, CANARY, "Mariposa", MatterKind.U_VISA, "T-0001").created_id("matters")
    with vault.session() as s:
        client = s.get(Matter, matter_id).client
        luna = Person(relation=Relationship.CHILD, family_name=CANARY, given_name="Luna", include_in_application=True,
                      date_of_birth=date(2010, 4, 2), in_united_states=True, last_entry_date=date(2019, 8, 2),
                      last_entry_place="Hidalgo, TX", status_at_last_entry="EWI",
                      address="4817 N Sample Ave APT 3R, Chicago, IL 60625")
        sol = Person(relation=Relationship.SPOUSE, family_name=CANARY, given_name="Sol", include_in_application=True,
                     in_united_states=False, current_location="Guatemala City, Guatemala")
        client.people.extend([luna, sol])
        s.flush()
        luna_id = luna.id
    vault.close()
    return luna_id


def test_a_members_own_i765_from_the_forms_tab_to_the_packet(qtbot, make_controller, tmp_path, uscis_dir):
    from workbench.core.forms.blanks import add_blank

    folder = tmp_path / "vault"
    luna = u_visa_family(folder)
    for form in ("i-765", "g-28", "i-918", "i-918supa", "i-918supb"):
        add_blank((uscis_dir / f"{form}.pdf").read_bytes())
    ctl, view, tab = open_forms(qtbot, make_controller, folder)
    names = [t.split("\n")[0] for t in items(tab)]
    assert f"I-765 — Luna {CANARY}" in names and not any(n.startswith("I-765 — Sol") for n in names), \
        "a copy for the daughter in the U.S.; none for the husband abroad"
    assert names.index(f"I-765 — Luna {CANARY}") == names.index("I-765") + 1

    tab.form_list.setCurrentRow(names.index(f"I-765 — Luna {CANARY}"))
    qtbot.waitUntil(lambda: tab.state is not None and tab.state.slot.member_id == luna
                    and not tab.questions.is_building() and "i765_u_decision" in tab.questions.rows, timeout=WAIT)
    decision = tab.questions.rows["i765_u_decision"]
    assert decision.question.per_member, "on her copy every question is hers"
    assert any("does not say what USCIS decided" in c.message for c in tab.state.checks if c.severity == "error")
    decision.input.setCurrentIndex(decision.input.findData("pending"))
    idle(qtbot, ctl)
    qtbot.waitUntil(lambda: tab.state.answers.get("i765_u_decision") is not None, timeout=WAIT)
    assert tab.state.answers["i765_u_decision"].person_id == luna

    tab.form_list.setCurrentRow(names.index("I-765"))  # the client's own copy: Luna's answer is not hers
    qtbot.waitUntil(lambda: tab.state.slot.member_id is None and tab.state.slot.form_id == "i-765"
                    and not tab.questions.is_building() and "i765_u_decision" in tab.questions.rows, timeout=WAIT)
    idle(qtbot, ctl)
    assert "i765_u_decision" not in tab.state.answers
    assert not tab.questions.rows["i765_u_decision"].question.per_member

    tab.form_list.setCurrentRow(names.index(f"I-765 — Luna {CANARY}"))
    qtbot.waitUntil(lambda: tab.state.slot.member_id == luna and not tab.questions.is_building(), timeout=WAIT)
    tab.fill_button.click()
    qtbot.waitUntil(lambda: tab.filled is not None, timeout=WAIT * 2)
    idle(qtbot, ctl)
    values = {k: f.get("/V") for k, f in PdfReader(io.BytesIO(tab.filled.pdf)).get_fields().items()}
    assert values["form1[0].Page1[0].Line1b_GivenName[0]"] == "Luna"
    assert values["form1[0].Page2[0].Line4b_StreetNumberName[0]"] == "4817 N Sample Ave"
    assert (values["form1[0].Page3[0].#area[1].section_1[0]"], values["form1[0].Page3[0].#area[1].section_2[0]"]) \
        == ("c", "14")
    assert "Luna" in tab.filled.title

    view.set_tab("packet")
    packet = view.packet
    packet.set_filing("i-918")
    qtbot.waitUntil(lambda: any(packet.enclosed.item(i).text() == f"I-765 — Luna {CANARY}"
                                for i in range(packet.enclosed.count())), timeout=WAIT)
    rows = {packet.enclosed.item(i).text(): packet.enclosed.item(i) for i in range(packet.enclosed.count())}
    assert f"I-765 — Mariposa {CANARY}" in rows, "the client's copy names her beside her daughter's"
    assert not any(t.startswith("I-765 — Sol") for t in rows)
    mine = rows[f"I-765 — Luna {CANARY}"]
    assert mine.flags() & Qt.ItemFlag.ItemIsUserCheckable and mine.checkState() == Qt.CheckState.Checked
    names = [packet.enclosed.item(i).text() for i in range(packet.enclosed.count())]
    her_g28 = rows[f"G-28 — Luna {CANARY}"]  # her own appearance form, just before her own application
    assert names.index(f"G-28 — Luna {CANARY}") == names.index(f"I-765 — Luna {CANARY}") - 1
    assert not her_g28.flags() & Qt.ItemFlag.ItemIsUserCheckable and "I-765" in her_g28.toolTip()
    mine.setCheckState(Qt.CheckState.Unchecked)
    assert packet.enclose() == {f"i-765:{luna}": False}
    assert rows[f"I-765 — Mariposa {CANARY}"].checkState() == Qt.CheckState.Checked, "her copy alone is left out"
    qtbot.waitUntil(lambda: not any(packet.enclosed.item(i).text() == f"G-28 — Luna {CANARY}"
                                    and packet.enclosed.item(i).checkState() == Qt.CheckState.Checked
                                    for i in range(packet.enclosed.count())), timeout=WAIT)
