"""Small widgets every dialog uses, so messages look and read the same everywhere.

``MessageLabel`` is the inline message under a form: errors appear next to the input they are
about instead of in a modal box, keep the focus where it was, and are exposed to screen readers
through the label's accessible name and the input's accessible description.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLayout, QVBoxLayout, QWidget


class MessageLabel(QLabel):
    """An inline message: ``error``, ``warning``, ``info`` or hidden when empty."""

    def __init__(self, parent: QWidget | None = None, *, for_widget: QWidget | None = None) -> None:
        super().__init__(parent)
        self._for = for_widget
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setProperty("kind", "info")
        self.hide()

    def show_message(self, text: str, kind: str = "error") -> None:
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.setAccessibleName(text)
        if self._for is not None:
            self._for.setAccessibleDescription(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.setAccessibleName("")
        if self._for is not None:
            self._for.setAccessibleDescription("")
        self.hide()


def heading(text: str, parent: QWidget | None = None, *, scale: float = 1.5) -> QLabel:
    """A title label sized relative to the user's font, so it follows 100-200% scaling."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    """Secondary explanatory text (styled by the ``role=hint`` rule of the style sheet)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setProperty("role", "hint")
    return label


def path_label(prefix: str, path: object, parent: QWidget | None = None, *, max_width: int = 420) -> QLabel:
    """A folder shown elided in the middle (the full path in the tooltip), so deep paths do not
    stretch a dialog across the screen. ``prefix`` is a (translated) text with ``{path}`` where
    the folder goes, or a plain prefix."""
    label = hint("", parent)
    label.setWordWrap(False)
    label.setProperty("max_path_width", max_width)
    set_path_label(label, prefix, path)
    return label


def set_path_label(label: QLabel, prefix: str, path: object) -> None:
    """Show another folder in a ``path_label``."""
    text = prefix.format(path=path) if "{path}" in prefix else f"{prefix}{path}"
    width = label.property("max_path_width") or 420
    label.setText(label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, width))
    label.setToolTip(str(path))
    label.setAccessibleName(text)


def fit_to_contents(dialog: QWidget) -> None:
    """Let a dialog's size follow its contents, including wrapped labels and inline messages
    that appear later (Qt ignores height-for-width when sizing a top-level window otherwise)."""
    dialog.layout().setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)


def stacked(parent: QWidget, *widgets: QWidget) -> QWidget:
    """Widgets in one form cell, top to bottom (an input and its message), so a hidden message
    takes no space, unlike a separate, empty form row would."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    for w in widgets:
        layout.addWidget(w)
    return box


def record_view(parent: QWidget, model, name: str, *, stretch: int | None = None) -> "QTableView":
    """A read-only, row-selecting table for a ``RecordTableModel``, the same everywhere.

    Columns size to their contents measured on the first 50 rows only: Qt's default measures
    up to 1,000 rows on the GUI thread, which froze the dashboard of a 10,000-matter vault for
    more than half a second (benchmarks/bench_gui.py). ``stretch`` is the column that takes the
    remaining width (else the last).
    """
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(50)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view
