"""Helpers shared by the GUI tests: sample (fictional) data and waiting for the worker."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from workbench.core.model import Deadline, Event
from workbench.core.model.enums import EventKind, MatterKind
from workbench.core.operations import add_client_with_matter
from workbench.core.vault.store import Vault

PASSPHRASE = "correct horse battery staple"

# Fictional people, for the tests and the screenshots.
SAMPLE_MATTERS = [
    ("Alvarez Reyes", "María José", MatterKind.AFFIRMATIVE_ASYLUM, "NIJC-2025-0141", None),
    ("Haile", "Selam", MatterKind.DEFENSIVE_ASYLUM, "NIJC-2025-0187", "Chicago Immigration Court"),
    ("Nguyen", "Thi Lan", MatterKind.U_VISA, "NIJC-2024-0932", None),
    ("Okafor", "Chidi", MatterKind.SIJS, "NIJC-2025-0203", "Cook County Circuit Court"),
    ("Petrenko", "Olena", MatterKind.VAWA_SELF_PETITION, None, None),
]


def new_vault(folder: Path) -> Vault:
    vault, _recovery = Vault.create(folder, PASSPHRASE, store=None, calibrate=False)
    return vault


def seed(vault: Vault, matters=SAMPLE_MATTERS, today: date | None = None) -> list[str]:
    """Add the sample matters, with a hearing and an overdue deadline on some of them."""
    today = today or date.today()
    ids = []
    for family, given, kind, number, court in matters:
        changes = add_client_with_matter(vault, family, given, kind, number, court_location=court)
        ids.append(changes.created_id("matters"))
    with vault.session() as s:
        s.add(Event(matter_id=ids[1], kind=EventKind.HEARING, title="Individual hearing",
                    on_date=today + timedelta(days=12)))
        s.add(Deadline(matter_id=ids[1], title="Pre-hearing filings", due_on=today + timedelta(days=-3)))
        s.add(Event(matter_id=ids[0], kind=EventKind.INTERVIEW, title="Asylum interview",
                    on_date=today + timedelta(days=30)))
        s.add(Deadline(matter_id=ids[0], title="One-year filing deadline", due_on=today + timedelta(days=45)))
        s.add(Deadline(matter_id=ids[3], title="SIJS age-out", due_on=today + timedelta(days=200)))
    return ids


def idle(qtbot, ctl, timeout: int = 10_000) -> None:
    """Wait until every database job has finished and its callback ran."""
    qtbot.waitUntil(lambda: ctl.tasks.pending == 0, timeout=timeout)


def fill(form, **values) -> None:
    """Type ``values`` into a ``FieldForm`` as a person would (then leave each field)."""
    from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

    for name, value in values.items():
        w = form.inputs[name]
        if isinstance(w, QComboBox):
            w.setCurrentIndex(w.findData(value))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(value)
            form._commit(name)
        else:
            assert isinstance(w, QLineEdit)
            w.setText(value)
            w.textEdited.emit(value)
            w.editingFinished.emit()


def open_matter(qtbot, ctl, row: int = 0, tab: str | None = None):
    """Open the matter on ``row`` of the list with Enter, like a person; returns the MatterView."""
    from PySide6.QtCore import Qt

    window = ctl.window
    window.show_screen("matters")
    window.table.setFocus()
    window.table.selectRow(row)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    view = window.matter_view
    qtbot.waitUntil(lambda: view.detail is not None, timeout=10_000)
    idle(qtbot, ctl)
    if tab:
        view.set_tab(tab)
    return view


def skip_first_run_steps(qtbot, ctl, timeout: int = 10_000) -> None:
    """After the recovery key: "decide later" on the organization step, "Skip for now" on the
    attorney profile; then the main window is up."""
    from workbench.gui.attorney_dialog import AttorneyDialog
    from workbench.gui.first_run import OrganizationStep

    qtbot.waitUntil(lambda: isinstance(ctl.dialog, OrganizationStep), timeout=timeout)
    ctl.dialog.next_button.click()
    qtbot.waitUntil(lambda: isinstance(ctl.dialog, AttorneyDialog), timeout=timeout)
    ctl.dialog.reject()
    qtbot.waitUntil(lambda: ctl.window is not None and ctl.window.isVisible(), timeout=timeout)
