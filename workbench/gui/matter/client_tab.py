"""Client tab: the profile form (saved with the matter's Save) and the client's addresses,
entries to the United States, travel documents, education and employment (each row saved on
its own). Also the Family tab (the people the forms ask about)."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from ...core.i18n import translate
from ...core.operations import MatterDetail
from ..fields import FORMS_MARK, FieldForm
from ..list_editor import ListEditor
from ..tasks import TaskManager
from ..widgets import heading, hint
from . import specs


def scrolling(parent: QWidget, *widgets: QWidget) -> QScrollArea:
    """``widgets`` stacked in a scroll area, so long forms stay usable at 200% scaling."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    inner = QWidget(area)
    layout = QVBoxLayout(inner)
    for w in widgets:
        layout.addWidget(w)
    layout.addStretch(1)
    area.setWidget(inner)
    return area


class ClientTab(QWidget):
    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = FieldForm("clients", specs.client(), self, columns=2)
        self.addresses = ListEditor(tasks, translate("ClientTab", "Addresses"), "addresses", specs.address(),
                                    specs.address_columns(), self, noun=translate("ClientTab", "address"),
                                    defaults=lambda: {"kind": "residence"})
        self.entries = ListEditor(tasks, translate("ClientTab", "Entries to the United States"), "entries",
                                  specs.entry(), specs.entry_columns(), self, noun=translate("ClientTab", "entry"))
        self.travel = ListEditor(tasks, translate("ClientTab", "Passports and travel documents"), "travel_documents",
                                 specs.travel(), specs.travel_columns(), self,
                                 noun=translate("ClientTab", "travel document"),
                                 defaults=lambda: {"kind": "passport"})
        self.education = ListEditor(tasks, translate("ClientTab", "Education"), "education", specs.education(),
                                    specs.education_columns(), self, noun=translate("ClientTab", "school"))
        self.employment = ListEditor(tasks, translate("ClientTab", "Employment"), "employment", specs.employment(),
                                     specs.employment_columns(), self, noun=translate("ClientTab", "employer"))
        for editor in self.editors():
            editor.setMinimumHeight(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(self, heading(translate("ClientTab", "Profile"), self, scale=1.1),
                                   hint(translate("ClientTab", "{mark} marks what the USCIS forms need. The last "
                                                  "entry to the United States starts the one-year asylum clock.")
                                        .format(mark=FORMS_MARK), self),
                                   self.form, *self.editors()))

    def editors(self) -> list[ListEditor]:
        return [self.addresses, self.entries, self.travel, self.education, self.employment]

    def editor_for(self, table: str) -> ListEditor | None:
        return next((e for e in self.editors() if e.table == table), None)

    def show_detail(self, detail: MatterDetail) -> None:
        if not self.form.is_dirty():
            self.form.load(detail.client.values)
        client_id = detail.client.id
        self.addresses.set_records(client_id, detail.addresses)
        self.entries.set_records(client_id, detail.entries)
        self.travel.set_records(client_id, detail.travel_documents)
        self.education.set_records(client_id, detail.education)
        self.employment.set_records(client_id, detail.employment)

    def clear(self) -> None:
        self.form.clear()
        for editor in self.editors():
            editor.clear()


class FamilyTab(QWidget):
    """Spouse, children, parents and siblings: the people the forms ask about."""

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = ListEditor(tasks, translate("FamilyTab", "Family members"), "people", specs.person(),
                                 specs.person_columns(), self, noun=translate("FamilyTab", "family member"),
                                 defaults=lambda: {"relation": "child"})
        layout = QVBoxLayout(self)
        layout.addWidget(hint(translate("FamilyTab", "I-589 asks about the spouse and every child (Part A.II) and "
                                        "lists parents and siblings (Supplement B); I-918 Supplement A is filed for "
                                        "qualifying family."), self))
        layout.addWidget(self.people, 1)

    def show_detail(self, detail: MatterDetail) -> None:
        self.people.set_records(detail.client.id, detail.people)

    def clear(self) -> None:
        self.people.clear()
