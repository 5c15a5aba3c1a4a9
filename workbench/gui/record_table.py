"""A read-only table model over a list of plain values, described by column constants.

Why one generic model: the matter view shows a dozen lists (addresses, entries, people, events,
deadlines, notes, documents, hours, the audit log) and the dashboard and search show two more.
Each is a tuple of ``Column`` specs over frozen values (``RecordData``, ``DeadlineView``,
``AgendaItem``, ``SearchHit``): the view holds layout, the specs hold what each cell says, and
tests check a model without any widget (DESIGN "Shape" rule 5).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

_Index = QModelIndex | QPersistentModelIndex
ALERT = QColor("#b3261e")  # overdue; meets WCAG AA on white and on the alternate row colour


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    tooltip: Callable[[Any], str | None] | None = None
    align_right: bool = False


class RecordTableModel(QAbstractTableModel):
    ItemRole = Qt.ItemDataRole.UserRole + 1  # the value shown on the row
    IdRole = Qt.ItemDataRole.UserRole + 2  # its ``id`` (or ``record_id``)

    def __init__(self, columns: Sequence[Column], parent=None, *,
                 alert: Callable[[Any], bool] | None = None, emphasis: Callable[[Any], bool] | None = None) -> None:
        """``alert(item)``: show the row in the alert colour (overdue); ``emphasis``: in bold."""
        super().__init__(parent)
        self.columns = tuple(columns)
        self._items: list[Any] = []
        self._alert, self._emphasis = alert, emphasis

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([])

    def items(self) -> list[Any]:
        return list(self._items)

    def item(self, row: int) -> Any:
        return self._items[row]

    def row_of(self, record_id: str) -> int | None:
        return next((i for i, it in enumerate(self._items) if _id(it) == record_id), None)

    # -- Qt interface -----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item, column = self._items[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(item)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(item)
        if role == Qt.ItemDataRole.ForegroundRole and self._alert is not None and self._alert(item):
            return QBrush(ALERT)
        if role == Qt.ItemDataRole.FontRole and self._emphasis is not None and self._emphasis(item):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.ItemRole:
            return item
        if role == self.IdRole:
            return _id(item)
        return None


def _id(item: Any) -> str | None:
    return getattr(item, "id", None) or getattr(item, "record_id", None)
