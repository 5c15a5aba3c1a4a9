"""The smaller tabs: Time (pro bono hours), Tasks and contacts, and Activity (the audit log of
this matter, newest first)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ...core.i18n import translate
from ...core.operations import ActivityRow, MatterDetail
from .. import labels as L
from ..list_editor import ListEditor
from ..record_table import Column, RecordTableModel
from ..tasks import TaskManager
from ..widgets import hint, record_view
from . import specs


class TimeTab(QWidget):
    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = ListEditor(tasks, translate("TimeTab", "Pro bono hours"), "time_entries", specs.time_entry(),
                                  specs.time_columns(), self, noun=translate("TimeTab", "time entry"),
                                  defaults=lambda: {"work_date": date.today()})
        self.total = QLabel(self)
        self.total.setAccessibleName(translate("TimeTab", "Total hours"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.entries, 1)
        layout.addWidget(self.total)

    def show_detail(self, detail: MatterDetail) -> None:
        self.entries.set_records(detail.matter.id, sorted(detail.time_entries, key=lambda t: t["work_date"],
                                                          reverse=True))
        n = len(detail.time_entries)
        self.total.setText((translate("TimeTab", "Total: {hours} (1 entry)") if n == 1 else
                            translate("TimeTab", "Total: {hours} ({count} entries)"))
                           .format(hours=L.hours_total(detail.total_minutes), count=n))

    def clear(self) -> None:
        self.entries.clear()
        self.total.clear()


class TasksTab(QWidget):
    """The matter's to-dos and the people it involves (the certifying agency of a U visa and the
    interpreter are read by the forms)."""

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = ListEditor(tasks, translate("TasksTab", "Tasks"), "tasks", specs.task(), specs.task_columns(),
                                self, noun=translate("TasksTab", "task"))
        self.contacts = ListEditor(tasks, translate("TasksTab", "Contacts"), "contacts", specs.contact(),
                                   specs.contact_columns(), self, noun=translate("TasksTab", "contact"),
                                   defaults=lambda: {"role": "interpreter"})
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tasks)
        split.addWidget(self.contacts)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(translate("TasksTab", "Open tasks with a due date appear on the dashboard. The "
                                        "certifying agency (I-918 Supplement B) and the interpreter (I-589, I-918) "
                                        "are read from Contacts."), self))
        layout.addWidget(split, 1)

    def editors(self) -> list[ListEditor]:
        return [self.tasks, self.contacts]

    def show_detail(self, detail: MatterDetail) -> None:
        matter_id = detail.matter.id
        self.tasks.set_records(matter_id, sorted(detail.tasks, key=lambda t: (t["done"], t["due_on"] or date.max)))
        self.contacts.set_records(matter_id, detail.contacts)

    def clear(self) -> None:
        self.tasks.clear()
        self.contacts.clear()


def activity_columns() -> tuple[Column, ...]:
    return (Column(translate("ActivityTab", "When"), lambda a: L.when_text(a.at)),
            Column(translate("ActivityTab", "Who"), lambda a: a.actor),
            Column(translate("ActivityTab", "What"), lambda a: L.activity_text(a.action, a.entity)),
            Column(translate("ActivityTab", "Details"), lambda a: _details(a), tooltip=lambda a: _details(a)))


def _details(a: ActivityRow) -> str:
    if a.detail:
        return a.detail
    return ", ".join(f.replace("_", " ") for f in a.fields)


class ActivityTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RecordTableModel(activity_columns(), self)
        self.table = record_view(self, self.model, translate("ActivityTab", "Activity"))
        layout = QVBoxLayout(self)
        layout.addWidget(hint(translate("ActivityTab", "Every change to this matter, its client and their records, "
                                        "from the vault's tamper-evident audit log (values stay in the records; the "
                                        "log names the fields)."), self))
        layout.addWidget(self.table, 1)

    def show_detail(self, detail: MatterDetail) -> None:
        self.model.set_items(detail.activity)

    def clear(self) -> None:
        self.model.clear()
