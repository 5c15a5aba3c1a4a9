"""The matter's dialogs and pages the main pseudo-language walk (test_i18n.py) does not open or
does not read: overriding a deadline and "Why this date" for the override, the questionnaire,
the Packet tab's lists, the visit kit, Record visit, enrolling and the conflicts view. Every
text they show must have gone through ``translate`` (the pseudo-language wraps each translation
in ⟦…⟧; an English word outside one is a string that skipped it), and dates follow the language.

What stays English on purpose is allowed by name: the demo vault's data, the questions and
checklists quoted from the USCIS forms and instructions (forms/*.json, packets/checklists),
and the rules engine's explanations (its own area)."""

from __future__ import annotations

import re
from datetime import timedelta
from types import SimpleNamespace

from PySide6.QtCore import Qt

from tests.gui.gui_helpers import idle
from tests.support.i18n import NAMES, data_words, untranslated, visible_texts
from workbench.gui import i18n, labels as L

WAIT = 10_000
_WORD = re.compile(r"[A-Za-z]{3,}")


def words(*texts) -> set[str]:
    return {w for t in texts if t for w in _WORD.findall(str(t))}


def texts(where: str, top) -> list[tuple[str, str]]:
    return [(f"{where}: {w}", t) for w, t in visible_texts(top)]


def list_items(where: str, lst) -> list[tuple[str, str]]:
    """The rows of a QListWidget (``visible_texts`` does not read them) and their tooltips."""
    out = []
    for i in range(lst.count()):
        item = lst.item(i)
        out += [(f"{where}: item", item.text()), (f"{where}: item tooltip", item.toolTip() or "")]
    return [(w, t) for w, t in out if t.strip()]


def cells(where: str, model) -> list[tuple[str, str]]:
    return [(f"{where}: cell", str(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) or ""))
            for r in range(model.rowCount()) for c in range(model.columnCount())]


class Seen:
    """What each screen showed, with the words allowed there besides the shared ones: a screen's
    own data (a rule's explanation, the form's questions) is allowed on that screen only, so a
    word of the UI that also occurs in that data is still caught elsewhere."""

    def __init__(self) -> None:
        self.groups: list[tuple[list[tuple[str, str]], set[str]]] = []

    def add(self, seen: list[tuple[str, str]], allowed: set[str] = frozenset()) -> None:
        self.groups.append((seen, set(allowed)))

    def check(self, allowed: set[str]) -> None:
        first: dict[str, str] = {}
        for seen, extra in self.groups:
            for where, text in untranslated(seen, allowed | extra):
                first.setdefault(text, where)
        assert not first, f"{len(first)} text(s) shown without translate():\n  " + "\n  ".join(
            f"{where}: {text!r}" for text, where in list(first.items())[:80])


def test_the_matter_dialogs_and_pages_went_through_translate(qtbot, make_controller, tmp_path, pseudo_language,
                                                             monkeypatch):
    from workbench.core.interchange.demo import DEMO_PASSPHRASE
    from workbench.core.packets import filing_kinds, load_filing
    from workbench.core.operations.sync import ConflictItem
    from workbench.core.vault.store import Vault
    from workbench.gui import conflicts_dialog
    from workbench.gui.enroll_dialog import EnrollDialog

    assert i18n.date_order() == "DMY"  # the pseudo-language is not English: dates are typed day first
    seen = Seen()
    ctl = make_controller(tmp_path / "demo", demo=True)
    ctl.start()
    qtbot.waitUntil(lambda: ctl.window is not None and ctl.window.isVisible(), timeout=WAIT)
    window = ctl.window
    qtbot.waitUntil(lambda: window.dashboard.model.rowCount() > 0, timeout=WAIT)
    idle(qtbot, ctl)
    with Vault.open(tmp_path / "demo", DEMO_PASSPHRASE, store=None, auto_backup=False) as v:
        data = data_words(v)  # before this test adds its own (the audit log names what it did)
    window.show_screen("matters")
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=WAIT)
    window.open_matter_at(0)
    view = window.matter_view
    qtbot.waitUntil(lambda: view.detail is not None, timeout=WAIT)
    idle(qtbot, ctl)

    # -- a computed deadline: override it (the dialog, its checks), then "Why this date"
    view.set_tab("events")
    events = view.events
    computed = next(i for i, d in enumerate(events.model.items()) if d.is_computed and d.explanation)
    events.table.selectRow(computed)
    deadline = events.selected()
    dialog = events.override_selected()
    assert dialog.date.text() == i18n.typed_date(deadline.due_on)  # day first
    override = texts("override", dialog)
    dialog.date.setText("")
    dialog._accept()
    override.append(("override: date error", dialog.date_error.text()))
    new_date = deadline.due_on - timedelta(days=10)
    dialog.date.setText(i18n.typed_date(new_date))
    dialog._accept()
    override.append(("override: reason error", dialog.reason_error.text()))
    seen.add(override, words(deadline.title, L.short_date(deadline.computed_due_on)))
    dialog.reason.setPlainText("Zqreason")
    dialog._accept()
    qtbot.waitUntil(lambda: any(d.is_overridden for d in events.model.items()), timeout=WAIT)
    idle(qtbot, ctl)
    overridden = next(d for d in events.model.items() if d.is_overridden)
    assert overridden.due_on == new_date  # typed DD/MM/YYYY, read as such
    events.select_deadline(overridden.id)
    rules = {"Zqreason"}  # the rules engine's titles and explanations, and dates in the locale's words
    for d in events.model.items():
        x = d.explanation
        rules |= words(d.title, d.description, *(L.short_date(r) for r in (d.due_on, d.computed_due_on,
                                                                          *d.reminders) if r))
        if x is not None:
            rules |= words(x.rule_title, x.rule_id, x.authority, x.nuance, *x.steps,
                           *(part for pair in x.inputs for part in pair))
    seen.add(texts("why", events.why) + cells("deadlines", events.model), rules)

    # -- the questionnaire (the questions quote the USCIS form in English)
    view.set_tab("forms")
    forms = view.forms_tab
    qtbot.waitUntil(lambda: forms.state is not None and forms.questions.rows and not forms.questions.is_building(),
                    timeout=WAIT)
    idle(qtbot, ctl)
    quoted = set()
    for row in forms.questions.rows.values():
        q = row.question
        quoted |= words(q.text, q.part, q.item, *q.options)
    seen.add(texts("questionnaire", forms.questions), quoted)
    names = set()
    for i in range(forms.form_list.count()):
        slot = forms.form_list.item(i).data(Qt.ItemDataRole.UserRole)
        names |= words(slot.display, slot.title)
    checks = words(*(c.where for c in forms.checks.items()), *(c.message for c in forms.checks.items()))
    seen.add(list_items("forms list", forms.form_list) + cells("checks", forms.checks)
             + [("forms: summary", forms.check_summary.text())], names | checks | quoted)
    dates = [r for r in forms.questions.rows.values() if r.question.type == "date"]
    if dates:
        assert dates[0].input.placeholderText() == i18n.date_pattern()
        dates[0].input.setText("25/01/2026")
        assert dates[0].parsed() == "2026-01-25"

    # -- the packet tab's checklist and exhibits (the checklist quotes the instructions)
    view.set_tab("packet")
    idle(qtbot, ctl)
    packet = view.packet
    shown = texts("packet", packet)
    labels = set()  # the filings' names in the list to pick from
    instructions = words(*(e.description for e in packet.exhibits))
    for kind in filing_kinds():
        f = load_filing(kind)
        labels |= words(f.label)
        instructions |= words(f.label, f.title, f.forum, f.fee_line, *f.recipient,
                              *(part for item in f.items for part in (item.text, item.citation, item.verified)))
    seen.add([(w, t) for w, t in shown if not w.endswith("QComboBox.item")])
    seen.add([(w, t) for w, t in shown if w.endswith("QComboBox.item")], labels)
    seen.add(list_items("checklist", packet.checklist) + list_items("exhibits", packet.exhibit_list), instructions)

    # -- the visit kit and Record visit
    kit = window.open_visit_kit()
    seen.add(texts("visit kit", kit))
    kit.reject()
    record = window.open_record_visit()
    assert record.on_date.displayFormat() == "dd/MM/yyyy"
    record.location.setText("Zqfacility")
    record.record_button.click()
    qtbot.waitUntil(lambda: record.event_id is not None, timeout=WAIT)
    seen.add(texts("record visit", record))
    record.add_notes()  # nothing typed: says so
    seen.add(texts("record visit, no notes", record), {"Zqfacility"})
    record.reject()
    idle(qtbot, ctl)

    # -- enrolling (no hub here: the dialog's own texts and what it says after enrolling)
    enroll = EnrollDialog(ctl.tasks, "https://hub.example.org", window)
    computer = words(enroll.device_name.text())
    enroll.start()  # no code typed
    seen.add(texts("enroll", enroll), computer)
    enroll._enrolled(SimpleNamespace(organization_name="Zqorg", attorney_email="zq@zq.zq", fingerprint="zq zq"))
    seen.add(texts("enrolled", enroll), computer | {"Zqorg", "zq"})
    enroll.reject()

    # -- the conflicts view, with conflicts given as plain values
    record_name = "NIJC-77 (Zqname, Zqgiven)"
    items = [ConflictItem("c1", "matters", "m1", "court_location", "Zqcourt", "Zqcourt2", True, record_name),
             ConflictItem("c2", "matters", "m1", "stage", "hearing", "filed", False, record_name),
             ConflictItem("c3", "clients", "k1", "middle_name", None, "Zqmiddle", False, record_name)]
    monkeypatch.setattr(conflicts_dialog, "conflict_items", lambda _vault: items)
    conflicts = window.sync.open_conflicts()
    qtbot.waitUntil(lambda: len(conflicts.cards) == len(items), timeout=WAIT)
    seen.add(texts("conflicts", conflicts), words(record_name, "Zqcourt Zqcourt2 Zqmiddle"))
    conflicts.reject()
    idle(qtbot, ctl)

    seen.check(set(NAMES) | data)
