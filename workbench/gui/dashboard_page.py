"""The dashboard: what is due in the next 14 days across every matter, overdue first in red.

One click (or Enter) opens the matter at the right tab: a deadline or a hearing opens
"Events and deadlines". The agenda is read on the worker (``operations.agenda``) and reloaded
whenever a change-set touches events, deadlines, tasks or matters.
"""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ..core.operations.settings import AGENDA_DAYS, AgendaItem
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.operations import ChangeSet, agenda
from . import i18n, labels as L
from .record_table import Column, RecordTableModel
from .tasks import QueryOp, TaskManager, error_text
from .widgets import heading, hint, record_view

KIND_TEXT = {"deadline": QT_TRANSLATE_NOOP("DashboardPage", "Deadline"),
             "task": QT_TRANSLATE_NOOP("DashboardPage", "Task")}
OVERRIDDEN_TEXT = {"deadline": QT_TRANSLATE_NOOP("DashboardPage", "Deadline (overridden)"),
                   "task": QT_TRANSLATE_NOOP("DashboardPage", "Task (overridden)")}


def agenda_model(parent=None, today: Callable[[], date] = date.today) -> RecordTableModel:
    def when(i: AgendaItem) -> str:
        days = (i.on - today()).days
        if days == 0:
            rel = translate("DashboardPage", "today")
        elif days == 1:
            rel = translate("DashboardPage", "tomorrow")
        elif days == -1:
            rel = translate("DashboardPage", "1 day overdue")
        elif days < 0:
            rel = translate("DashboardPage", "{days} days overdue").format(days=i18n.number(-days))
        else:
            rel = translate("DashboardPage", "in {days} days").format(days=i18n.number(days))
        clock = f" {i.at_time:%H:%M}" if i.at_time else ""
        return f"{L.short_date(i.on)}{clock} ({rel})"

    def what(i: AgendaItem) -> str:
        if i.kind == "event":
            return L.enum_label(L.EVENT_KIND, i.event_kind)
        return translate("DashboardPage", (OVERRIDDEN_TEXT if i.overridden else KIND_TEXT)[i.kind])

    columns = (Column(translate("DashboardPage", "When"), when), Column(translate("DashboardPage", "What"), what),
               Column(translate("DashboardPage", "Title"), lambda i: i.title, tooltip=lambda i: i.title),
               Column(translate("DashboardPage", "Client"), lambda i: i.client_name),
               Column(translate("DashboardPage", "Matter number"), lambda i: i.matter_number or ""))
    return RecordTableModel(columns, parent, alert=lambda i: i.overdue, emphasis=lambda i: i.is_hearing)


def summary_text(count: int, overdue: int) -> str:
    """``3 items, 1 overdue``."""
    if count == 1:
        text = translate("DashboardPage", "1 item, {overdue} overdue") if overdue else \
            translate("DashboardPage", "1 item")
    else:
        text = translate("DashboardPage", "{count} items, {overdue} overdue") if overdue else \
            translate("DashboardPage", "{count} items")
    return text.format(count=i18n.number(count), overdue=i18n.number(overdue))


class DashboardPage(QWidget):
    open_matter = Signal(str, str, str)  # matter id, tab, record id
    settings_requested = Signal()
    loaded = Signal(list)  # the agenda items (for reminders)

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._generation = 0
        self.active = False
        self.model = agenda_model(self)
        self.table = record_view(self, self.model, translate("DashboardPage", "Next 14 days"), stretch=2)
        self.table.setObjectName("agendaTable")
        self.table.clicked.connect(lambda index: self.open_row(index.row()))  # one click
        self.table.activated.connect(lambda index: self.open_row(index.row()))  # Enter
        self.summary = hint("", self)
        self.reminders_button = QPushButton(translate("DashboardPage", "&Reminders…"), self)
        self.reminders_button.clicked.connect(self.settings_requested)
        self.empty = QWidget(self)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        for w in (heading(translate("DashboardPage", "Nothing due in the next 14 days"), self.empty, scale=1.2),
                  hint(translate("DashboardPage", "Hearings, deadlines and tasks of every matter appear here two "
                                                  "weeks ahead; overdue ones stay until they are done."), self.empty)):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty_layout.addWidget(w)
        empty_layout.addStretch(2)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        top = QHBoxLayout()
        top.addWidget(heading(translate("DashboardPage", "Next 14 days"), self, scale=1.35))
        top.addWidget(self.summary, 1)
        top.addWidget(self.reminders_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        tasks.changed.connect(self._on_changed)

    def refresh(self) -> None:
        self.active = True
        self._generation += 1
        generation = self._generation

        def show(items: list[AgendaItem]) -> None:
            if generation != self._generation:
                return
            self.model.set_items(items)
            self.stack.setCurrentIndex(0 if items else 1)
            overdue = sum(1 for i in items if i.overdue)
            self.summary.setText(summary_text(len(items), overdue))
            self.loaded.emit(items)

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self.summary.setText(error_text(exc))
        QueryOp(self._tasks, self, lambda v: agenda(v, days=AGENDA_DAYS)).success(show).failure(failed) \
            .run_in_background()

    def clear(self) -> None:
        self.active = False
        self._generation += 1
        self.model.clear()
        self.summary.clear()

    def _on_changed(self, changes: ChangeSet, _initiator: object) -> None:
        if self.active and changes.affects("matters", "clients", "events", "deadlines", "tasks", "entries"):
            self.refresh()

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            item: AgendaItem = self.model.item(row)
            self.open_matter.emit(item.matter_id, "events", item.record_id)
