"""Events and deadlines tab: the matter's facts and events (what the rules read), its deadlines
(what the rules compute), and "Why this date" for the selected deadline.

Changing a fact here and saving recomputes the deadlines in the same transaction (the core's
``deadlines.store`` hook); the view then reloads and the explanation shows the new inputs.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ...core.i18n import translate
from ...core.operations import (DeadlineView, MatterDetail, clear_deadline_override, override_deadline,
                                set_deadline_done)
from ..fields import FieldForm
from ..list_editor import ListEditor
from ..tasks import TaskManager, VaultOp
from ..widgets import heading, hint, record_view
from . import specs
from .client_tab import scrolling
from .deadlines import OverrideDialog, WhyPanel, deadline_model


class EventsTab(QWidget):
    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.form = FieldForm("matters", specs.matter() + specs.facts(), self)
        self.events = ListEditor(tasks, translate("EventsTab", "Events"), "events", specs.event(),
                                 specs.event_columns(), self, noun=translate("EventsTab", "event"),
                                 defaults=lambda: {"kind": "hearing", "hearing_type": "master"})
        self.model = deadline_model(self)
        self.table = record_view(self, self.model, translate("EventsTab", "Deadlines"), stretch=1)
        self.table.setObjectName("deadlinesTable")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected_changed())
        self.why = WhyPanel(self)
        self.override_button = QPushButton(translate("EventsTab", "&Override date…"), self)
        self.clear_button = QPushButton(translate("EventsTab", "Clear override"), self)
        self.done_button = QPushButton(translate("EventsTab", "Mark done"), self)
        self.override_button.clicked.connect(self.override_selected)
        self.clear_button.clicked.connect(self.clear_selected)
        self.done_button.clicked.connect(self.toggle_done)

        buttons = QHBoxLayout()
        buttons.addWidget(heading(translate("EventsTab", "Deadlines"), self, scale=1.1))
        buttons.addStretch(1)
        for b in (self.override_button, self.clear_button, self.done_button):
            buttons.addWidget(b)
        deadlines = QWidget(self)
        left = QVBoxLayout(deadlines)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(buttons)
        left.addWidget(self.table, 1)
        why_area = QScrollArea(self)
        why_area.setWidgetResizable(True)
        why_area.setWidget(self.why)
        why_area.setMinimumWidth(320)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(deadlines)
        top.addWidget(why_area)
        top.setSizes([620, 420])
        facts = scrolling(self, heading(translate("EventsTab", "Matter and legal facts"), self, scale=1.1),
                          hint(translate("EventsTab", "The deadlines are computed from these dates, the events and "
                                         "the client's date of birth and last entry. Save (Ctrl+S) to recompute."),
                               self), self.form)
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(self.events)
        bottom.addWidget(facts)
        bottom.setSizes([620, 420])
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([330, 330])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self._update_buttons()

    def show_detail(self, detail: MatterDetail) -> None:
        if not self.form.is_dirty():
            self.form.load(detail.matter.values)
        self.events.set_records(detail.matter.id, detail.events)
        current = self.selected()
        self.model.set_items(detail.deadlines)
        row = self.model.row_of(current.id) if current else None
        self.table.selectRow(row if row is not None else 0)
        self._selected_changed()

    def clear(self) -> None:
        self.form.clear()
        self.events.clear()
        self.model.clear()
        self.why.show_deadline(None)
        for dialog in self.findChildren(OverrideDialog):
            dialog.reject()

    def selected(self) -> DeadlineView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def select_deadline(self, deadline_id: str) -> None:
        row = self.model.row_of(deadline_id)
        if row is not None:
            self.table.selectRow(row)

    def _selected_changed(self) -> None:
        self.why.show_deadline(self.selected())
        self._update_buttons()

    def _update_buttons(self) -> None:
        d = self.selected()
        self.override_button.setEnabled(d is not None and d.is_computed)
        self.clear_button.setEnabled(d is not None and d.is_overridden)
        self.done_button.setEnabled(d is not None)
        self.done_button.setText(translate("EventsTab", "Reopen") if d is not None and d.status != "open"
                                 else translate("EventsTab", "Mark done"))

    # -- deadline operations ---------------------------------------------------------------------
    def override_selected(self) -> OverrideDialog | None:
        d = self.selected()
        if d is None or not d.is_computed:
            return None
        dialog = OverrideDialog(d, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        deadline_id = d.id
        dialog.chosen.connect(lambda new, reason: VaultOp(
            self._tasks, self, lambda v: override_deadline(v, deadline_id, new, reason)).run_in_background())
        dialog.open()
        return dialog

    def clear_selected(self) -> None:
        d = self.selected()
        if d is not None and d.is_overridden:
            deadline_id = d.id
            VaultOp(self._tasks, self, lambda v: clear_deadline_override(v, deadline_id)).run_in_background()

    def toggle_done(self) -> None:
        d = self.selected()
        if d is not None:
            deadline_id, done = d.id, d.status == "open"
            VaultOp(self._tasks, self, lambda v: set_deadline_done(v, deadline_id, done, date.today())) \
                .run_in_background()
