"""The matter view: a header (back, title, Save, Revert) over the tabs.

What it owns: which matter is open, loading it (``operations.matter_detail`` on the worker,
reloaded whenever a change-set touches matter data), and the big forms' unsaved changes. Save
(Ctrl+S) sends the client profile, the matter's facts and a pending note as one
``save_edits`` transaction; problems come back keyed ``table.field`` and appear under the
inputs, on the tab that has them. Leaving with unsaved changes asks Save / Discard / Cancel.
Rows of lists save on their own (see ``list_editor``).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea, QTabWidget, QVBoxLayout,
                               QWidget)

from ...core.errors import ValidationError
from ...core.i18n import translate
from ...core.operations import ChangeSet, Edit, MatterDetail, matter_detail, save_edits
from .. import labels as L
from ..tasks import QueryOp, TaskManager, VaultOp, error_text
from ..widgets import MessageLabel, heading
from .client_tab import ClientTab, FamilyTab
from .documents_tab import DocumentsTab
from .events_tab import EventsTab
from .notes_tab import NotesTab
from .forms_tab import FormsTab
from .packet_tab import PacketTab
from .other_tabs import ActivityTab, TasksTab, TimeTab

TABS = ("client", "family", "events", "tasks", "notes", "documents", "time", "forms", "packet", "activity")


def tab_titles() -> tuple[str, ...]:
    """The tabs' titles (in the order of ``TABS``), in the interface language."""
    return (translate("MatterView", "&Client"), translate("MatterView", "&Family"),
            translate("MatterView", "&Events and deadlines"), translate("MatterView", "T&asks and contacts"),
            translate("MatterView", "&Notes"), translate("MatterView", "&Documents"), translate("MatterView", "&Time"),
            translate("MatterView", "Fo&rms"), translate("MatterView", "Pac&ket"), translate("MatterView", "Acti&vity"))


MATTER_TABLES = ("clients", "matters", "addresses", "travel_documents", "entries", "people", "events", "deadlines",
                 "tasks", "notes", "documents", "time_entries", "audit_log", "contacts", "education", "employment")
# form_answers: the Forms tab rechecks on its own after each answer (no full reload per answer)

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved(parent: QWidget) -> str:
    box = QMessageBox(QMessageBox.Icon.Question, translate("MatterView", "Unsaved changes"),
                      translate("MatterView", "This matter has changes that are not saved yet."), parent=parent)
    box.setInformativeText(translate("MatterView", "Save them before leaving?"))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard |
                           QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: SAVE, QMessageBox.StandardButton.Discard: DISCARD}.get(
        QMessageBox.StandardButton(answer), CANCEL)


class MatterView(QWidget):
    back_requested = Signal()
    attorney_requested = Signal()  # a form check is about the attorney's own details (G-28 Part 1)
    loaded = Signal()
    dirty_changed = Signal(bool)

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.ask: Callable[[QWidget], str] = ask_unsaved  # tests replace this
        self.matter_id: str | None = None
        self.detail: MatterDetail | None = None
        self._generation = 0
        self._saving = False
        self.back_button = QPushButton(translate("MatterView", "‹ Back"), self)
        self.back_button.setAccessibleName(translate("MatterView", "Back to the list"))
        self.back_button.setToolTip(translate("MatterView", "Back (Alt+Left)"))
        self.back_button.clicked.connect(self.back_requested)
        self.title = heading("", self, scale=1.35)
        self.subtitle = QLabel(self)
        self.subtitle.setProperty("role", "hint")
        self.save_button = QPushButton(translate("MatterView", "&Save"), self)
        self.save_button.setToolTip(translate("MatterView", "Save (Ctrl+S)"))
        self.revert_button = QPushButton(translate("MatterView", "Revert"), self)
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button.clicked.connect(self.revert)
        self.message = MessageLabel(self)

        self.client = ClientTab(tasks, self)
        self.family = FamilyTab(tasks, self)
        self.events = EventsTab(tasks, self)
        self.tasks_tab = TasksTab(tasks, self)
        self.notes = NotesTab(tasks, self)
        self.documents = DocumentsTab(tasks, self)
        self.time = TimeTab(tasks, self)
        self.forms_tab = FormsTab(tasks, self)
        self.forms_tab.jump_requested.connect(self.focus_target)
        self.packet = PacketTab(tasks, self)
        self.activity = ActivityTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("matterTabs")
        self.tabs.setDocumentMode(True)
        for page, title in zip(self.pages(), tab_titles()):
            self.tabs.addTab(page, title)
        for form in self.forms():
            form.dirty_changed.connect(lambda _d: self._update_dirty())
        self.notes.dirty_changed.connect(lambda _d: self._update_dirty())
        tasks.changed.connect(self._on_changed)

        header = QHBoxLayout()
        header.addWidget(self.back_button)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.revert_button)
        header.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 0)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self._update_dirty()

    def pages(self) -> list[QWidget]:
        return [self.client, self.family, self.events, self.tasks_tab, self.notes, self.documents, self.time,
                self.forms_tab, self.packet, self.activity]

    def forms(self):
        return [self.client.form, self.events.form]

    # -- what is open ------------------------------------------------------------------------------
    def current_tab(self) -> str:
        return TABS[self.tabs.currentIndex()]

    def set_tab(self, name: str) -> None:
        if name in TABS:
            self.tabs.setCurrentIndex(TABS.index(name))

    def focus_target(self, target) -> None:
        """Go to where a form check's answer is entered: an input of the profile or the matter's
        facts, or the list that holds the record (addresses, family members, contacts…)."""
        if target.kind == "attorney":
            self.attorney_requested.emit()
            return
        self.set_tab(target.tab)
        form = {"clients": self.client.form, "matters": self.events.form}.get(target.table)
        if form is not None and target.name in form.inputs:
            widget = form.inputs[target.name]
            if target.table == "clients":
                area = self.client.findChild(QScrollArea)
                if area is not None:
                    area.ensureWidgetVisible(widget, 0, 60)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        editor = self.client.editor_for(target.table) or next(
            (e for e in (self.family.people, *self.tasks_tab.editors()) if e.table == target.table), None)
        if editor is not None:
            area = self.client.findChild(QScrollArea)
            if area is not None and target.tab == "client":
                area.ensureWidgetVisible(editor, 0, 60)
            editor.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if editor.model.rowCount() and not editor.view.currentIndex().isValid():
                editor.view.selectRow(0)

    def open_matter(self, matter_id: str, tab: str | None = None) -> None:
        if matter_id != self.matter_id:
            self.clear()
            self.matter_id = matter_id
            self.title.setText(translate("MatterView", "Opening…"))
        if tab:
            self.set_tab(tab)
        self.reload()

    def reload(self) -> None:
        if self.matter_id is None:
            return
        self._generation += 1
        generation, matter_id = self._generation, self.matter_id

        def show(detail: MatterDetail) -> None:
            if generation == self._generation:
                self._show(detail)

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self.message.show_message(error_text(exc))
        QueryOp(self._tasks, self, lambda v: matter_detail(v, matter_id)).success(show).failure(failed) \
            .run_in_background()

    def _show(self, detail: MatterDetail) -> None:
        self.detail = detail
        self.title.setText(detail.title)
        self.title.setAccessibleName(detail.title)
        m = detail.matter
        parts = [L.matter_kind(m["kind"]), L.matter_stage(m["stage"]), m["court_location"] or ""]
        if detail.client["a_number"]:
            parts.append(f"A{detail.client['a_number']}")
        self.subtitle.setText("  ·  ".join(p for p in parts if p))
        for page in self.pages():
            page.show_detail(detail)
        self._update_dirty()
        self.loaded.emit()

    def _on_changed(self, changes: ChangeSet, _initiator: object) -> None:
        if self.matter_id is not None and changes.affects(*MATTER_TABLES):
            self.reload()

    def clear(self) -> None:
        """Forget the matter and empty every tab (on lock, or before opening another)."""
        self._generation += 1
        self.matter_id, self.detail = None, None
        self.title.clear()
        self.subtitle.clear()
        self.message.clear_message()
        for page in self.pages():
            page.clear()
        self._update_dirty()

    # -- unsaved changes ---------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return any(f.is_dirty() for f in self.forms()) or self.notes.is_dirty()

    def _update_dirty(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty and not self._saving)
        self.revert_button.setEnabled(dirty and not self._saving)
        self.dirty_changed.emit(dirty)

    def revert(self) -> None:
        if self.detail is not None:
            self.client.form.load(self.detail.client.values)
            self.events.form.load(self.detail.matter.values)
        self.notes.discard_new()
        self.message.clear_message()

    def edits(self) -> list[Edit] | None:
        """The pending changes as edits, or None if a field does not pass its check."""
        if self.detail is None:
            return []
        edits: list[Edit] = []
        for form, record in ((self.client.form, self.detail.client), (self.events.form, self.detail.matter)):
            if not form.is_dirty():
                continue
            if not form.validate():
                self.tabs.setCurrentWidget(self.client if form is self.client.form else self.events)
                return None
            edits.append(Edit(form.table, record.id, form.changes(), expected_version=record.row_version))
        return edits + self.notes.save_edits_now()

    def save(self, then: Callable[[], None] | None = None) -> bool:
        """Save everything pending; ``then()`` after it worked. False if a check failed at once."""
        edits = self.edits()
        if edits is None:
            self.message.show_message(translate("MatterView", "Some fields need attention before saving (marked "
                                                "below)."))
            return False
        if not edits:
            if then:
                then()
            return True
        self._saving = True
        self._update_dirty()

        def saved(_changes: ChangeSet) -> None:
            self._saving = False
            for form in self.forms():
                form.mark_saved()
            self.notes.discard_new()
            self.message.clear_message()
            self._update_dirty()
            if then:
                then()

        def failed(exc: Exception) -> None:
            self._saving = False
            self._update_dirty()
            if isinstance(exc, ValidationError):
                rest = exc.problems
                for form, page in ((self.client.form, self.client), (self.events.form, self.events)):
                    before = len(rest)
                    rest = form.show_problems(rest)
                    if len(rest) < before:
                        self.tabs.setCurrentWidget(page)
                self.message.show_message(translate("MatterView", "Some fields need attention before saving "
                                                    "(marked below).") + ("".join(f"\n{t}" for _k, t in rest)))
            else:
                self.message.show_message(error_text(exc))
        VaultOp(self._tasks, self, lambda v: save_edits(v, edits)).success(saved).failure(failed) \
            .run_in_background()
        return True

    def maybe_leave(self, then: Callable[[], None]) -> None:
        """Run ``then`` once it is safe to leave: nothing unsaved, saved, or discarded by choice."""
        if not self.is_dirty():
            then()
            return
        answer = self.ask(self)
        if answer == SAVE:
            self.save(then)
        elif answer == DISCARD:
            self.revert()
            then()

    def save_before_lock(self) -> None:
        """On lock: queue a save of what passes its checks (it runs before the vault closes, on the
        same worker); what does not pass is dropped with the rest of the screen."""
        edits = self.edits() if self.is_dirty() else []
        if edits:
            VaultOp(self._tasks, None, lambda v: save_edits(v, edits)).failure(lambda _e: None).run_in_background()
