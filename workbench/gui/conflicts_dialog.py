"""The conflicts view: each field the hub and a device both changed, the two values side by side.

The attorney keeps one of them or types the right one; the choice goes to the hub
(``resolve_conflict``, on the network worker), and a sync brings it back here and to every other
device. Nothing is
decided for them: there is no "keep all" button, and a conflict stays open until answered.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from ..core.i18n import translate
from ..core.operations.sync import ConflictItem, conflict_items, parse_value, resolve_conflict, value_text
from . import labels as L
from .matter import specs
from .sync_controller import SyncController
from .tasks import NetworkOp, QueryOp, TaskManager, error_text
from .widgets import MessageLabel, heading, hint



def _spec(entity: str, field: str):
    return next((f for f in specs.for_table(entity) if f.name == field), None)


def field_label(entity: str, field: str) -> str:
    spec = _spec(entity, field)
    return spec.label if spec else field.replace("_", " ").capitalize()


def shown_value(entity: str, field: str, value) -> str:
    """A value for reading: choice labels, dates as on every screen, "(empty)" for nothing."""
    if value is None or value == "":
        return translate("ConflictsDialog", "(empty)")
    spec = _spec(entity, field)
    if spec is not None and spec.choices:
        label = next((text for stored, text in spec.choices if str(getattr(stored, "value", stored)) == value), None)
        if label:
            return label
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return L.short_date(date.fromisoformat(value))
        except ValueError:
            pass
    return value_text(value)


class ConflictCard(QGroupBox):
    """One conflict: hub value | device value, a button under each, and an editable value."""

    def __init__(self, item: ConflictItem, resolve, parent: QWidget | None = None) -> None:
        super().__init__(f"{item.record}: {field_label(item.entity, item.field)}", parent)
        self.item, self._resolve = item, resolve
        self.setObjectName("conflictCard")
        if item.from_this_device:
            theirs, keep_theirs = (translate("ConflictsDialog", "This device"),
                                   translate("ConflictsDialog", "Keep this device's value"))
        else:
            theirs, keep_theirs = (translate("ConflictsDialog", "Your other device"),
                                   translate("ConflictsDialog", "Keep your other device's value"))
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        for column, (title, value, button_text) in enumerate((
                (translate("ConflictsDialog", "On the hub"), item.hub_value,
                 translate("ConflictsDialog", "Keep the hub's value")),
                (theirs, item.device_value, keep_theirs))):
            caption = QLabel(f"<b>{title}</b>", self)
            box = QLabel(shown_value(item.entity, item.field, value), self)
            box.setObjectName("conflictValue")
            box.setWordWrap(True)
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.setAccessibleName(f"{title}: {box.text()}")
            button = QPushButton(button_text, self)
            button.clicked.connect(lambda _=False, v=value: self._resolve(self, v))
            grid.addWidget(caption, 0, column)
            grid.addWidget(box, 1, column)
            grid.addWidget(button, 2, column, Qt.AlignmentFlag.AlignLeft)
        self.keep_hub, self.keep_device = (grid.itemAtPosition(2, c).widget() for c in (0, 1))
        self.edit = QLineEdit(value_text(item.device_value), self)
        self.edit.setAccessibleName(translate("ConflictsDialog", "Or type the right value"))
        self.use_edit = QPushButton(translate("ConflictsDialog", "Use this value"), self)
        self.use_edit.clicked.connect(self._use_edited)
        self.edit.returnPressed.connect(self._use_edited)
        grid.addWidget(QLabel(translate("ConflictsDialog", "Or type the right value:"), self), 3, 0, 1, 2)
        grid.addWidget(self.edit, 4, 0)
        grid.addWidget(self.use_edit, 4, 1, Qt.AlignmentFlag.AlignLeft)
        self.message = MessageLabel(self, for_widget=self.edit)
        grid.addWidget(self.message, 5, 0, 1, 2)

    def _use_edited(self) -> None:
        like = self.item.device_value if self.item.device_value is not None else self.item.hub_value
        try:
            value = parse_value(self.edit.text(), like)
        except Exception as exc:  # WorkbenchError: what to type instead
            self.message.show_message(error_text(exc))
            return
        self._resolve(self, value)


class ConflictsDialog(QDialog):
    def __init__(self, tasks: TaskManager, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks, self._controller = tasks, controller
        self.setWindowTitle(translate("ConflictsDialog", "Conflicts to review"))
        self.items: list[ConflictItem] = []
        self.cards: list[ConflictCard] = []
        self.summary = hint("", self)
        self.message = MessageLabel(self)
        self.list = QWidget(self)
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("ConflictsDialog", "Conflicts to review"), self, scale=1.2))
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(760, 520)
        controller.finished.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        QueryOp(self._tasks, self, conflict_items).success(self._show) \
            .failure(lambda exc: self.message.show_message(error_text(exc))).run_in_background()

    def _show(self, items: list[ConflictItem]) -> None:
        self.items = items
        for card in self.cards:
            card.deleteLater()
        self.cards = [ConflictCard(item, self._resolve, self.list) for item in items]
        for index, card in enumerate(self.cards):
            self.list_layout.insertWidget(index, card)
        self.summary.setText(
            translate("ConflictsDialog", "Nothing to review: the hub and this device agree.") if not items else
            translate("ConflictsDialog", "The same field was changed on the hub and on a device before they synced. "
                      "Keep one value or type the right one; it is sent to the hub and reaches every device at its "
                      "next sync."))

    def _resolve(self, card: ConflictCard, value) -> None:
        card.setEnabled(False)
        self.message.clear_message()
        conflict_id = card.item.conflict_id

        def failed(exc: Exception) -> None:
            card.setEnabled(True)
            card.message.show_message(error_text(exc))
        NetworkOp(self._tasks, self, lambda db: resolve_conflict(db, conflict_id, value)) \
            .success(lambda _: self._controller.sync_now()).failure(failed).run_in_background()
