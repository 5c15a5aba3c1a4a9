"""Documents tab: add files (encrypted into the vault as they are read), preview from memory,
export a copy only to a place the user picks, remove (a tombstone; the audit log keeps it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QSplitter, QVBoxLayout,
                               QWidget)

from ...core.i18n import translate
from ...core.operations.documents import safe_file_name
from ...core.operations import (MatterDetail, RecordData, add_document, delete_record, export_document,
                                read_document)
from ..access_notice import tell_export
from ..preview import PreviewPane
from ..record_table import RecordTableModel
from ..tasks import QueryOp, TaskManager, VaultOp
from ..widgets import MessageLabel, hint, record_view
from . import specs


class DocumentsTab(QWidget):
    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._matter_id: str | None = None
        self.model = RecordTableModel(specs.document_columns(), self)
        self.table = record_view(self, self.model, translate("DocumentsTab", "Documents"), stretch=0)
        self.table.activated.connect(lambda _i: self.preview_selected())  # Enter or double-click
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.add_button = QPushButton(translate("DocumentsTab", "&Add files…"), self)
        self.preview_button = QPushButton(translate("DocumentsTab", "&Preview"), self)
        self.export_button = QPushButton(translate("DocumentsTab", "E&xport a copy…"), self)
        self.remove_button = QPushButton(translate("DocumentsTab", "Remove"), self)
        self.add_button.clicked.connect(self.add_files_dialog)
        self.preview_button.clicked.connect(self.preview_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = MessageLabel(self)
        self.preview = PreviewPane(tasks, self)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.preview_button, self.export_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(hint(translate("DocumentsTab", "Files are encrypted into the vault as they are added; "
                                             "the original stays where it was (delete it yourself if it should not "
                                             "stay there)."), self))
        left_layout.addWidget(self.message)
        left_layout.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.preview)
        split.setSizes([480, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._update_buttons()

    def show_detail(self, detail: MatterDetail) -> None:
        self._matter_id = detail.matter.id
        current = self.selected()
        self.model.set_items(detail.documents)
        if current is not None and (row := self.model.row_of(current.id)) is not None:
            self.table.selectRow(row)
        elif self.preview.content is not None and self.model.row_of(self.preview.content.id) is None:
            self.preview.clear()
        self._update_buttons()

    def clear(self) -> None:
        self._matter_id = None
        self.model.clear()
        self.preview.clear()
        self.message.clear_message()

    def selected(self) -> RecordData | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for b in (self.preview_button, self.export_button, self.remove_button):
            b.setEnabled(has)

    # -- actions -----------------------------------------------------------------------------------
    def add_files_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, translate("DocumentsTab", "Add documents to the vault"))
        for path in paths:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> None:
        if self._matter_id is None:
            return
        matter_id = self._matter_id
        self.message.show_message(
            translate("DocumentsTab", "Encrypting {name} into the vault…").format(name=path.name), "info")
        VaultOp(self._tasks, self, lambda v: add_document(v, matter_id, path)) \
            .success(lambda _c: self.message.clear_message()) \
            .failure(lambda exc: self.message.show_message(str(exc))).run_in_background()

    def preview_selected(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        doc_id = doc.id
        QueryOp(self._tasks, self, lambda v: read_document(v, doc_id)).success(self.preview.show_content) \
            .failure(lambda exc: self.message.show_message(str(exc))).run_in_background()

    def export_selected(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        start = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        target, _ = QFileDialog.getSaveFileName(self, translate("DocumentsTab", "Export a decrypted copy"),
                                                str(start / _default_name(doc)))
        if target:
            self.export_to(doc.id, Path(target))

    def export_to(self, document_id: str, target: Path) -> None:
        def done(exported) -> None:
            self.message.show_message(translate("DocumentsTab", "A decrypted copy was written to {path}.").format(
                path=target), "warning")
            tell_export(self, exported)
        VaultOp(self._tasks, self, lambda v: export_document(v, document_id, target)).success(done) \
            .failure(lambda exc: self.message.show_message(str(exc))).run_in_background()

    def remove_selected(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        if QMessageBox.question(self, translate("DocumentsTab", "Remove document"),
                                translate("DocumentsTab", "Remove “{title}” from this matter?").format(
                                    title=doc["title"])) != QMessageBox.StandardButton.Yes:
            return
        if self.preview.content is not None and self.preview.content.id == doc.id:
            self.preview.clear()
        doc_id = doc.id
        VaultOp(self._tasks, self, lambda v: delete_record(v, "documents", doc_id)).run_in_background()


def _default_name(doc) -> str:
    """A base name for the save dialog: a file name or title that came from another device or
    file may hold folders ("../../x", "/etc/passwd"); only its last part is offered."""
    return safe_file_name(doc["original_filename"]) or safe_file_name(doc["title"]) or "document"
