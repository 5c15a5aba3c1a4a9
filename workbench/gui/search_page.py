"""Search results: every matter, note and document title matching the global search box
(FTS5 inside the vault, ``operations.search_vault``). Enter or a click opens the matter at the
tab where the match is (a note opens Notes, a document opens Documents)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.operations import search_vault
from ..core.operations.settings import SearchHit
from . import i18n, labels as L
from .record_table import Column, RecordTableModel
from .tasks import QueryOp, TaskManager, error_text
from .widgets import heading, hint, record_view

KIND_TEXT = {"client": QT_TRANSLATE_NOOP("SearchPage", "Client"), "matter": QT_TRANSLATE_NOOP("SearchPage", "Matter"),
             "note": QT_TRANSLATE_NOOP("SearchPage", "Note"), "document": QT_TRANSLATE_NOOP("SearchPage", "Document")}
TAB_FOR = {"client": "client", "matter": "events", "note": "notes", "document": "documents"}


def results_model(parent=None) -> RecordTableModel:
    def found_in(h: SearchHit) -> str:
        return translate("SearchPage", KIND_TEXT[h.kind]) if h.kind in KIND_TEXT else h.kind

    columns = (Column(translate("SearchPage", "Found in"), found_in),
               Column(translate("SearchPage", "Client"), lambda h: h.client_name),
               Column(translate("SearchPage", "Matter"), lambda h: h.matter_number or L.matter_kind(h.matter_kind)),
               Column(translate("SearchPage", "Title"), lambda h: h.title),
               Column(translate("SearchPage", "Text"), lambda h: h.snippet, tooltip=lambda h: h.snippet))
    return RecordTableModel(columns, parent)


class SearchPage(QWidget):
    open_matter = Signal(str, str, str)  # matter id, tab, record id
    finished = Signal()

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._generation = 0
        self.query = ""
        self.model = results_model(self)
        self.table = record_view(self, self.model, translate("SearchPage", "Search results"))
        self.table.setObjectName("searchResults")
        self.table.clicked.connect(lambda index: self.open_row(index.row()))
        self.table.activated.connect(lambda index: self.open_row(index.row()))  # Enter
        self.title = heading(translate("SearchPage", "Search"), self, scale=1.35)
        self.summary = hint(translate("SearchPage", "Type in the search box (Ctrl+K): client names, A-numbers, "
                                                    "matter numbers, courts, notes and document titles."), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def search(self, typed: str) -> None:
        self.query = typed.strip()
        self._generation += 1
        generation = self._generation
        if not self.query:
            self.model.clear()
            self.summary.setText(translate("SearchPage", "Type something to search for."))
            self.finished.emit()
            return

        def show(hits: list[SearchHit]) -> None:
            if generation != self._generation:
                return
            self.model.set_items(hits)
            self.title.setText(translate("SearchPage", "Search: {query}").format(query=self.query))
            if not hits:
                self.summary.setText(translate("SearchPage", "Nothing found."))
            elif len(hits) == 1:
                self.summary.setText(translate("SearchPage", "1 result; Enter opens the matter."))
            else:
                self.summary.setText(translate("SearchPage", "{count} results; Enter opens the matter.")
                                     .format(count=i18n.number(len(hits))))
            if hits:
                self.table.selectRow(0)
            self.finished.emit()

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self.summary.setText(error_text(exc))
                self.finished.emit()
        typed_now = self.query
        QueryOp(self._tasks, self, lambda v: search_vault(v, typed_now)).success(show).failure(failed) \
            .run_in_background()

    def clear(self) -> None:
        self._generation += 1
        self.query = ""
        self.model.clear()
        self.title.setText(translate("SearchPage", "Search"))
        self.summary.clear()

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            hit: SearchHit = self.model.item(row)
            self.open_matter.emit(hit.matter_id, TAB_FOR.get(hit.kind, "client"), hit.record_id)
