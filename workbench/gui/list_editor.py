"""A list of records with Add / Edit / Remove, each row edited in a small dialog.

Why dialogs for rows: a row is saved as a whole, through one operation, the moment its dialog
is accepted; so a list never holds half-saved rows and the matter's unsaved-changes prompt is
only about the big forms. The dialog checks every field inline first, shows the core's
problems under the matching inputs, and asks before discarding typed changes.
"""

from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout,
                               QWidget)

from ..core.errors import ValidationError
from ..core.i18n import translate
from ..core.operations import ChangeSet, Edit, RecordData, delete_record, save_edits
from .fields import FieldForm, FieldSpec
from .record_table import Column, RecordTableModel
from .tasks import TaskManager, VaultOp, error_text
from .widgets import MessageLabel, heading, record_view


def ask_discard(parent: QWidget, what: str | None = None) -> bool:
    """``what``: the changes in words (translated), "your changes" when not given."""
    what = what or translate("ListEditor", "your changes")
    answer = QMessageBox.question(parent, translate("ListEditor", "Discard changes?"),
                                  translate("ListEditor", "Discard {what}? They have not been saved.")
                                  .format(what=what),
                                  QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard


class RowDialog(QDialog):
    """Add or edit one record of ``table``; saves through ``save_edits`` and emits ``saved``."""

    saved = Signal(object)  # the ChangeSet

    def __init__(self, tasks: TaskManager, table: str, specs: list[FieldSpec], title: str, parent: QWidget,
                 record: RecordData | None = None, parent_id: str | None = None, defaults: dict | None = None) -> None:
        super().__init__(parent)
        self._tasks, self._record, self._parent_id = tasks, record, parent_id
        self.setWindowTitle(title)
        self.form = FieldForm(table, specs, self, columns=2 if len(specs) > 9 else 1)
        self.form.load(record.values if record else (defaults or {}))
        if record is None and defaults:
            self.form.mark_saved()
        self.message = MessageLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(720 if len(specs) > 9 else 440)
        first = next(iter(self.form.inputs.values()))
        first.setFocus()

    def save(self) -> None:
        if not self.form.validate():
            return
        values = self.form.all_values() if self._record is None else self.form.changes()
        if self._record is not None and not values:
            self.accept()
            return
        edit = Edit(self.form.table, self._record.id if self._record else None, values, self._parent_id,
                    self._record.row_version if self._record else None)
        self.save_button.setEnabled(False)
        VaultOp(self._tasks, self, lambda v: save_edits(v, [edit])).success(self._saved) \
            .failure(self._failed).run_in_background()

    def _saved(self, changes: ChangeSet) -> None:
        self.form.mark_saved()
        self.saved.emit(changes)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        rest = self.form.show_problems(exc.problems) if isinstance(exc, ValidationError) else []
        if rest or not isinstance(exc, ValidationError):
            self.message.show_message("\n".join(t for _k, t in rest) or error_text(exc))

    def reject(self) -> None:
        if self.form.is_dirty() and self.isVisible() and not ask_discard(self):
            return
        super().reject()

    def discard(self) -> None:
        """Close without asking or saving (the vault is locking)."""
        self.form.clear()
        super().reject()


class ListEditor(QWidget):
    """A titled table of ``table`` records with Add / Edit / Remove (Insert / Enter / Delete)."""

    def __init__(self, tasks: TaskManager, title: str, table: str, specs: list[FieldSpec],
                 columns: Sequence[Column], parent: QWidget | None = None, *,
                 noun: str = "", defaults: Callable[[], dict] | None = None, heading_text: bool = True) -> None:
        """``title`` and ``noun`` (one row in words, "address", for dialog titles and questions) are
        already in the interface language."""
        super().__init__(parent)
        self._tasks, self._table, self._specs, self._title = tasks, table, specs, title
        self.table = table
        self._noun = noun or title.lower()
        self._defaults = defaults
        self.parent_id: str | None = None
        self.model = RecordTableModel(columns, self)
        self.view = record_view(self, self.model, title)
        self.view.activated.connect(lambda _i: self.edit_selected())  # Enter or double-click
        self.add_button = QPushButton(translate("ListEditor", "&Add…") if heading_text
                                      else translate("ListEditor", "Add…"), self)
        self.edit_button = QPushButton(translate("ListEditor", "Edit…"), self)
        self.remove_button = QPushButton(translate("ListEditor", "Remove"), self)
        what = title.lower()
        self.add_button.setAccessibleName(translate("ListEditor", "Add {what}").format(what=what))
        self.edit_button.setAccessibleName(translate("ListEditor", "Edit {what}").format(what=what))
        self.remove_button.setAccessibleName(translate("ListEditor", "Remove {what}").format(what=what))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        for key, slot in ((QKeySequence.StandardKey.Delete, self.remove_selected), (Qt.Key.Key_Insert, self.add)):
            QShortcut(QKeySequence(key), self.view, slot, context=Qt.ShortcutContext.WidgetShortcut)
        buttons = QHBoxLayout()
        if heading_text:
            buttons.addWidget(heading(title, self, scale=1.1))
        buttons.addStretch(1)
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def set_records(self, parent_id: str | None, records: Sequence[RecordData]) -> None:
        selected = self.selected()
        self.parent_id = parent_id
        self.model.set_items(records)
        if selected is not None and (row := self.model.row_of(selected.id)) is not None:
            self.view.selectRow(row)
        self._update_buttons()

    def clear(self) -> None:
        self.parent_id = None
        self.model.clear()
        for dialog in self.findChildren(RowDialog):
            dialog.discard()

    def selected(self) -> RecordData | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.add_button.setEnabled(self.parent_id is not None)

    def add(self) -> RowDialog | None:
        if self.parent_id is None:
            return None
        return self._open(None)

    def edit_selected(self) -> RowDialog | None:
        record = self.selected()
        return self._open(record) if record is not None else None

    def _open(self, record: RecordData | None) -> RowDialog:
        title = translate("ListEditor", "Edit {what}") if record else translate("ListEditor", "Add {what}")
        title = title.format(what=self._noun)
        dialog = RowDialog(self._tasks, self._table, self._specs, title, self,
                           record, self.parent_id, self._defaults() if self._defaults and not record else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def remove_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        answer = QMessageBox.question(self, translate("ListEditor", "Remove"),
                                      translate("ListEditor", "Remove this {what}? It stays in the activity log.")
                                      .format(what=self._noun))
        if answer != QMessageBox.StandardButton.Yes:
            return
        table, record_id = self._table, record.id
        VaultOp(self._tasks, self, lambda v: delete_record(v, table, record_id)).run_in_background()
