"""Vault > Export calendar (.ics): choose matters, keep client names out (the default), pick where.

The file goes only where the user says (written atomically by the core, audited). Names are off
by default because calendars sync to phones and employers' servers; each entry then carries the
matter number, or the client's initials when there is none.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from ..core.i18n import translate
from ..core.operations import MatterChoice, export_calendar, matter_choices
from . import labels as L
from .tasks import QueryOp, TaskManager, VaultOp, error_text
from .access_notice import tell_export
from .widgets import MessageLabel, hint


class CalendarExportDialog(QDialog):
    def __init__(self, tasks: TaskManager, parent: QWidget | None = None, preselect: str | None = None) -> None:
        super().__init__(parent)
        self._tasks, self._preselect = tasks, preselect
        self.setWindowTitle(translate("CalendarExportDialog", "Export calendar"))
        self.matters = QListWidget(self)
        self.matters.setAccessibleName(translate("CalendarExportDialog", "Matters to export"))
        self.include_names = QCheckBox(translate("CalendarExportDialog", "Include client &names (they will be in "
                                                                         "the calendar file)"), self)
        self.all_button = QPushButton(translate("CalendarExportDialog", "Select &all"), self)
        self.none_button = QPushButton(translate("CalendarExportDialog", "Select &none"), self)
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        self.message = MessageLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(translate("CalendarExportDialog", "&Export…"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(translate("CalendarExportDialog", "Hearings, other events and deadlines of the chosen "
                                                                "matters, as an .ics file for Outlook, Google or "
                                                                "Apple calendars. Without names, each entry is "
                                                                "labelled with the matter number (or the client's "
                                                                "initials)."), self))
        layout.addWidget(self.matters, 1)
        layout.addLayout(row)
        layout.addWidget(self.include_names)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(520, 460)
        QueryOp(tasks, self, matter_choices).success(self._show).failure(
            lambda exc: self.message.show_message(error_text(exc))).run_in_background()

    def _show(self, choices: list[MatterChoice]) -> None:
        self.matters.clear()
        for c in choices:
            item = QListWidgetItem(f"{c.client} — {c.label} ({L.matter_kind(c.kind)})", self.matters)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = self._preselect is None or c.id == self._preselect
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def _check_all(self, on: bool) -> None:
        for i in range(self.matters.count()):
            self.matters.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen_ids(self) -> list[str]:
        items = (self.matters.item(i) for i in range(self.matters.count()))
        return [it.data(Qt.ItemDataRole.UserRole) for it in items if it.checkState() == Qt.CheckState.Checked]

    def choose_file(self) -> None:
        if not self.chosen_ids():
            self.message.show_message(translate("CalendarExportDialog", "Choose at least one matter."))
            return
        start = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        target, _ = QFileDialog.getSaveFileName(self, translate("CalendarExportDialog", "Save the calendar"),
                                                str(start / "pro-bono-calendar.ics"),
                                                translate("CalendarExportDialog", "Calendar files (*.ics)"))
        if target:
            self.export_to(Path(target))

    def export_to(self, target: Path) -> None:
        ids, names = self.chosen_ids(), self.include_names.isChecked()
        self.export_button.setEnabled(False)

        def done(exported) -> None:
            self.accept()
            tell_export(self.parentWidget(), exported)  # the dialog is gone: over the window it came from

        def failed(exc: Exception) -> None:
            self.export_button.setEnabled(True)
            self.message.show_message(error_text(exc))
        VaultOp(self._tasks, self, lambda v: export_calendar(v, ids, target, include_client_names=names)) \
            .success(done).failure(failed).run_in_background()
