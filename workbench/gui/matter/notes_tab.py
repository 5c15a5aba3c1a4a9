"""Notes tab: timestamped notes, newest first, filtered as you type; and a box for a new note.

Notes are append-only (sync merges them without conflicts), so a saved note is read-only
here; a correction is a new note. The text typed in the new-note box counts as unsaved.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from ...core.i18n import translate
from ...core.operations import Edit, MatterDetail, RecordData, save_edits
from .. import labels as L
from ..record_table import Column, RecordTableModel
from ..tasks import TaskManager, VaultOp
from ..widgets import MessageLabel, heading, record_view


def fold(text: str) -> str:
    """Case- and accent-insensitive form, so "maria" finds "María"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def note_matches(note: RecordData, words: list[str]) -> bool:
    haystack = fold(f"{note['title'] or ''} {note['body']}")
    return all(fold(w) in haystack for w in words)


def note_columns() -> tuple[Column, ...]:
    return (Column(translate("NotesTab", "When"), lambda n: L.when_text(n.created_at)),
            Column(translate("NotesTab", "By"), lambda n: n["author"] or ""),
            Column(translate("NotesTab", "Title"), lambda n: n["title"] or ""),
            Column(translate("NotesTab", "Note"), lambda n: " ".join(n["body"].split())[:200]))


class NotesTab(QWidget):
    dirty_changed = Signal(bool)

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._matter_id: str | None = None
        self._notes: list[RecordData] = []
        self._dirty = False
        self.new_title = QLineEdit(self)
        self.new_title.setPlaceholderText(translate("NotesTab", "Title (optional)"))
        self.new_title.setAccessibleName(translate("NotesTab", "New note title"))
        self.new_body = QPlainTextEdit(self)
        self.new_body.setPlaceholderText(translate("NotesTab", "Write a note… (Ctrl+Enter adds it)"))
        self.new_body.setAccessibleName(translate("NotesTab", "New note"))
        self.new_body.setTabChangesFocus(True)
        self.new_body.setFixedHeight(self.new_body.fontMetrics().lineSpacing() * 5 + 12)
        self.add_button = QPushButton(translate("NotesTab", "&Add note"), self)
        self.add_button.clicked.connect(self.add_note)
        self.message = MessageLabel(self, for_widget=self.new_body)
        QShortcut(QKeySequence("Ctrl+Return"), self.new_body, self.add_note, context=Qt.ShortcutContext.WidgetShortcut)
        for w in (self.new_title, self.new_body):
            (w.textChanged).connect(self._update_dirty)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(translate("NotesTab", "Search these notes"))
        self.filter.setAccessibleName(translate("NotesTab", "Search notes"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.model = RecordTableModel(note_columns(), self)
        self.table = record_view(self, self.model, translate("NotesTab", "Notes"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.reader = QPlainTextEdit(self)
        self.reader.setReadOnly(True)
        self.reader.setAccessibleName(translate("NotesTab", "Selected note"))

        new = QWidget(self)
        new_layout = QVBoxLayout(new)
        new_layout.setContentsMargins(0, 0, 0, 0)
        new_layout.addWidget(heading(translate("NotesTab", "New note"), self, scale=1.1))
        new_layout.addWidget(self.new_title)
        new_layout.addWidget(self.new_body)
        new_layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        new_layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.reader)
        split.setSizes([300, 160])
        layout = QVBoxLayout(self)
        layout.addWidget(new)
        layout.addWidget(self.filter)
        layout.addWidget(split, 1)

    # -- data --------------------------------------------------------------------------------------
    def show_detail(self, detail: MatterDetail) -> None:
        self._matter_id = detail.matter.id
        self._notes = list(detail.notes)
        self._apply_filter()

    def clear(self) -> None:
        self._matter_id = None
        self._notes = []
        self.model.clear()
        self.reader.clear()
        self.filter.clear()
        self.discard_new()

    def select_note(self, note_id: str) -> None:
        self.filter.clear()
        row = self.model.row_of(note_id)
        if row is not None:
            self.table.selectRow(row)

    def _apply_filter(self) -> None:
        words = self.filter.text().split()
        self.model.set_items([n for n in self._notes if note_matches(n, words)])
        self.reader.clear()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.reader.clear()
            return
        note = self.model.item(rows[0].row())
        title = note["title"] or translate("NotesTab", "Note")
        self.reader.setPlainText(f"{title} — {L.when_text(note.created_at)}\n\n{note['body']}")

    # -- the new note ------------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return bool(self.new_body.toPlainText().strip() or self.new_title.text().strip())

    def _update_dirty(self) -> None:
        dirty = self.is_dirty()
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def discard_new(self) -> None:
        self.new_title.clear()
        self.new_body.clear()
        self.message.clear_message()

    def add_note(self) -> None:
        body, title = self.new_body.toPlainText().strip(), self.new_title.text().strip()
        if not body:
            self.message.show_message(translate("NotesTab", "Write the note first."))
            self.new_body.setFocus()
            return
        if self._matter_id is None:
            return
        edit = Edit("notes", None, {"title": title or None, "body": body}, self._matter_id)
        self.add_button.setEnabled(False)

        def saved(_changes) -> None:
            self.add_button.setEnabled(True)
            self.discard_new()

        def failed(exc: Exception) -> None:
            self.add_button.setEnabled(True)
            self.message.show_message(str(exc))
        VaultOp(self._tasks, self, lambda v: save_edits(v, [edit])).success(saved).failure(failed).run_in_background()

    def save_edits_now(self) -> list[Edit]:
        """The pending note as an edit, for the matter's Save (Ctrl+S saves it too)."""
        if not self.is_dirty() or self._matter_id is None or not self.new_body.toPlainText().strip():
            return []
        return [Edit("notes", None, {"title": self.new_title.text().strip() or None,
                                     "body": self.new_body.toPlainText().strip()}, self._matter_id)]
