"""The matters list as a Qt table model that loads lazily, sorts and filters in SQL.

Why this shape (DESIGN "Shape" rule 5, after Vorta's ``archive_table_model``): column numbers
and custom roles are constants, so views, tests and later proxies agree on them; the model
holds only frozen ``MatterRow`` values, never ORM objects.

Loading is injected: ``fetch_page(query, offset, limit, with_total) -> MatterPage`` does the
work and ``run(work, deliver)`` decides where. The app passes the database worker (work off
the GUI thread, result delivered by signal); tests pass nothing and get synchronous loading
against a real vault, with no widgets. Each request carries a generation number, so a page
that arrives after the filter, the sort or a lock changed the question is dropped.

A refresh keeps the rows on screen until the new ones arrive (no flash of an empty table),
and reloads as many rows as were loaded, so the scroll position survives a new matter.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.operations import MatterRow
from ..core.operations import PAGE_SIZE, MatterPage, MatterQuery
from . import labels

FetchPage = Callable[[MatterQuery, int, int, bool], MatterPage]
Runner = Callable[[Callable[[], MatterPage], Callable[[MatterPage | None, BaseException | None], None]], None]

_Index = QModelIndex | QPersistentModelIndex


def run_now(work: Callable[[], MatterPage],
            deliver: Callable[[MatterPage | None, BaseException | None], None]) -> None:
    """The synchronous runner (tests, scripts): work here, deliver at once."""
    try:
        page = work()
    except Exception as exc:  # noqa: BLE001 - handed to the model, which reports it
        deliver(None, exc)
        return
    deliver(page, None)


class MattersModel(QAbstractTableModel):
    CLIENT, KIND, STAGE, NEXT_EVENT, NEXT_DEADLINE, MATTER_NUMBER, COURT = range(7)
    HEADERS = (QT_TRANSLATE_NOOP("MattersModel", "Client"), QT_TRANSLATE_NOOP("MattersModel", "Kind"),
               QT_TRANSLATE_NOOP("MattersModel", "Stage"), QT_TRANSLATE_NOOP("MattersModel", "Next event"),
               QT_TRANSLATE_NOOP("MattersModel", "Next deadline"), QT_TRANSLATE_NOOP("MattersModel", "Matter number"),
               QT_TRANSLATE_NOOP("MattersModel", "Court"))  # translated in headerData
    SORT_KEYS = ("client", "kind", "stage", "next_event", "next_deadline", "matter_number", "court")

    RowRole = Qt.ItemDataRole.UserRole + 1  # the MatterRow
    IdRole = Qt.ItemDataRole.UserRole + 2  # the matter id
    SortKeyRole = Qt.ItemDataRole.UserRole + 3  # header role: the matter_list sort key of a column

    loaded = Signal()  # a page arrived (rows or total changed)
    load_failed = Signal(object)  # the exception, for the view to show

    def __init__(self, fetch_page: FetchPage, run: Runner = run_now, parent=None, *,
                 page_size: int = PAGE_SIZE, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._fetch, self._run, self._page_size, self._today = fetch_page, run, page_size, today
        self._query = MatterQuery()
        self._rows: list[MatterRow] = []
        self._total: int | None = None
        self._exhausted = True
        self._active = False  # False until the first refresh() and after clear(): nothing loads
        self._generation = 0
        self._loading = False

    # -- what is shown ----------------------------------------------------------------------
    @property
    def query(self) -> MatterQuery:
        return self._query

    @property
    def total(self) -> int | None:
        """How many matters match the filter (known after the first page)."""
        return self._total

    @property
    def is_active(self) -> bool:
        """True between ``refresh()`` and ``clear()``: the model is showing an unlocked vault."""
        return self._active

    @property
    def is_loading(self) -> bool:
        return self._loading

    def set_filter(self, text: str) -> None:
        text = " ".join(text.split())
        if text != self._query.filter_text:
            self._query = MatterQuery(text, self._query.sort, self._query.descending)
            if self._active:
                self.refresh(keep_count=False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.SORT_KEYS):
            return
        query = MatterQuery(self._query.filter_text, self.SORT_KEYS[column],
                            order == Qt.SortOrder.DescendingOrder)
        if query != self._query:
            self._query = query
            if self._active:
                self.refresh(keep_count=False)

    def refresh(self, *, keep_count: bool = True) -> None:
        """(Re)load from the first row; keeps the current rows visible until the answer comes."""
        self._active = True
        limit = self._page_size
        if keep_count and self._rows:
            limit = -(-len(self._rows) // self._page_size) * self._page_size
        self._request(0, limit, replace=True)

    def clear(self) -> None:
        """Forget every row (on lock) and load nothing until the next ``refresh()``."""
        self._generation += 1
        self._active, self._loading, self._exhausted = False, False, True
        self.beginResetModel()
        self._rows, self._total = [], None
        self.endResetModel()
        self._query = MatterQuery(sort=self._query.sort, descending=self._query.descending)

    # -- lazy loading -----------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._active and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if parent.isValid() or self._loading or not self.canFetchMore():
            return
        self._request(len(self._rows), self._page_size, replace=False)

    def _request(self, offset: int, limit: int, *, replace: bool) -> None:
        self._generation += 1
        generation, query, fetch = self._generation, self._query, self._fetch
        self._loading = True

        def work() -> MatterPage:
            return fetch(query, offset, limit, replace)

        def deliver(page: MatterPage | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return  # the question changed while this page was loading
            self._loading = False
            if error is not None:
                self.load_failed.emit(error)
                return
            self._apply(page, offset, limit, replace)

        self._run(work, deliver)

    def _apply(self, page: MatterPage, offset: int, limit: int, replace: bool) -> None:
        if replace:
            self.beginResetModel()
            self._rows = list(page.rows)
            self.endResetModel()
        elif page.rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        if page.total is not None:
            self._total = page.total
        self._exhausted = len(page.rows) < limit
        if self._exhausted:
            self._total = len(self._rows)
        self.loaded.emit()

    # -- Qt model interface -----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def row(self, row: int) -> MatterRow:
        return self._rows[row]

    def row_for_id(self, matter_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == matter_id), None)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("MattersModel", self.HEADERS[section])
        if role == self.SortKeyRole:
            return self.SORT_KEYS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, col = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.NEXT_DEADLINE and self._overdue(r):
            return QBrush(QColor("#b3261e"))
        if role == self.RowRole:
            return r
        if role == self.IdRole:
            return r.id
        return None

    def _text(self, r: MatterRow, col: int) -> str:
        if col == self.CLIENT:
            return r.client_name
        if col == self.KIND:
            return labels.matter_kind(r.kind)
        if col == self.STAGE:
            return labels.matter_stage(r.stage)
        if col == self.NEXT_EVENT:
            return labels.short_date(r.next_event_on)
        if col == self.NEXT_DEADLINE:
            text = labels.short_date(r.next_deadline_on)
            return translate("MattersModel", "{date} (overdue)").format(date=text) if self._overdue(r) else text
        if col == self.MATTER_NUMBER:
            return r.matter_number or ""
        if col == self.COURT:
            return r.court_location or ""
        return ""

    def _tooltip(self, r: MatterRow, col: int) -> str | None:
        if col == self.NEXT_EVENT and r.next_event_on:
            return f"{labels.short_date(r.next_event_on)}: {r.next_event_title}"
        if col == self.NEXT_DEADLINE and r.next_deadline_on:
            return f"{labels.short_date(r.next_deadline_on)}: {r.next_deadline_title}"
        if col == self.CLIENT and r.a_number:
            return translate("MattersModel", "A-number {number}").format(number=r.a_number)
        return None

    def _overdue(self, r: MatterRow) -> bool:
        return r.next_deadline_on is not None and r.next_deadline_on < self._today()
