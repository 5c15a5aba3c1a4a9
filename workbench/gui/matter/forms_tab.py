"""Forms tab: the USCIS forms that apply to the matter, their blanks, checks, questionnaire,
filling, in-app preview and export.

Flow: the list on the left comes from ``operations.forms_overview`` (which forms the matter's
kind files, one I-918 Supplement A per qualifying family member, and whether each official blank
was added). Choosing a form runs ``operations.form_state`` on the database worker: it fills the
form in memory (``fill_matter_form``) to get the checks, and reads the questionnaire answers.
Double-clicking a check goes to the answer: the questionnaire item, or the field on the Client,
Family, Events or Tasks tab (``jump_requested``). "Fill and preview" stores the PDF in the vault,
encrypted (``fill_form``) and shows it from memory; "Export PDF…" writes a copy only where the
user picks (``export_document``: atomic, audited).

Checks run only while the tab is visible (a profile change marks them stale), because a fill
takes a few hundred milliseconds of the worker's time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QProgressBar, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget)

from ...core.i18n import translate
from ...core.msg import tr
from ...core.operations import (DocumentContent, FilledForm, FormSlot, FormsOverview, FormState,
                                MatterDetail, add_official_blank, export_document, fill_form, form_state,
                                forms_overview, prepare_blank, questionnaire, save_form_answer)
from ...core.operations.forms import Target
from ..access_notice import tell_export
from ..preview import PreviewPane
from ..tasks import QueryOp, TaskManager, VaultOp, error_text
from ..widgets import MessageLabel, heading, hint, record_view
from .form_checks import check_model, status_line, summary_text
from .questionnaire_form import QuestionnaireForm

RECHECK_DELAY_MS = 400
CHECKS, QUESTIONS, PREVIEW = 0, 1, 2


class FormsTab(QWidget):
    jump_requested = Signal(object)  # a Target on another tab (or the attorney's profile)

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._prepared: set[str] = set()  # forms whose blank was decoded ahead of the first fill
        self.matter_id: str | None = None
        self.overview: FormsOverview | None = None
        self.state: FormState | None = None
        self.filled: FilledForm | None = None
        self._generation = 0  # of check runs: a newer run (or another form) makes older results stale
        self._session = 0  # of the matter shown: another matter or the lock makes every result stale
        self._stale = False
        self._jobs: dict[str, str] = {}  # running work -> what the progress label says
        self._checks_running = 0
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(RECHECK_DELAY_MS)
        self._recheck.timeout.connect(self.load_state)

        self.form_list = QListWidget(self)
        self.form_list.setAccessibleName(translate("FormsTab", "Forms for this matter"))
        self.form_list.setSpacing(3)
        self.form_list.currentRowChanged.connect(lambda _r: self.load_state())
        self.add_blank_button = QPushButton(translate("FormsTab", "&Add official blank…"), self)
        self.add_blank_button.clicked.connect(self.add_blank_dialog)
        self.blank_message = MessageLabel(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading(translate("FormsTab", "Forms for this matter"), self, scale=1.1))
        left_layout.addWidget(self.form_list, 1)
        left_layout.addWidget(self.add_blank_button)
        left_layout.addWidget(self.blank_message)
        left_layout.addWidget(hint(translate("FormsTab", "Blanks are the empty forms from uscis.gov, added once and "
                                             "shared by every matter. Filled forms are kept encrypted with the "
                                             "matter's documents."), self))

        self.title = heading("", self, scale=1.15)
        self.edition = QLabel(self)
        self.edition.setWordWrap(True)
        self.field_map = QLabel(self)  # which map fills: its version, shipped or published by the organization
        self.field_map.setWordWrap(True)
        self.warning = MessageLabel(self)
        self.message = MessageLabel(self)
        self.recheck_button = QPushButton(translate("FormsTab", "Check &again"), self)
        self.recheck_button.clicked.connect(self.load_state)
        self.flatten = QCheckBox(translate("FormsTab", "F&latten (fields no longer editable)"), self)
        self.fill_button = QPushButton(translate("FormsTab", "F&ill and preview"), self)
        self.fill_button.clicked.connect(self.fill)
        self.export_button = QPushButton(translate("FormsTab", "E&xport PDF…"), self)
        self.export_button.clicked.connect(self.export_dialog)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(140)
        self.progress.setAccessibleName(translate("FormsTab", "Working"))
        self.progress_label = hint("", self)
        actions = QHBoxLayout()
        for w in (self.recheck_button, self.flatten):
            actions.addWidget(w)
        actions.addStretch(1)
        for w in (self.progress_label, self.progress, self.fill_button, self.export_button):
            actions.addWidget(w)

        self.checks = check_model(self)
        self.check_table = record_view(self, self.checks, translate("FormsTab", "Checks"), stretch=2)
        self.check_table.setObjectName("formChecks")
        self.check_table.activated.connect(lambda index: self.jump_to_check(index.row()))
        self.check_summary = hint("", self)
        checks_page = QWidget(self)
        checks_layout = QVBoxLayout(checks_page)
        checks_layout.addWidget(self.check_summary)
        checks_layout.addWidget(self.check_table, 1)
        self.questions = QuestionnaireForm(self)
        self.questions.answer_committed.connect(self.save_answer)
        self.preview = PreviewPane(tasks, self)
        self.preview.status.setText(translate("FormsTab", "Fill the form to preview it here."))
        self.inner = QTabWidget(self)
        self.inner.setObjectName("formPages")
        self.inner.addTab(checks_page, translate("FormsTab", "Chec&ks"))
        self.inner.addTab(self.questions, translate("FormsTab", "&Questionnaire"))
        self.inner.addTab(self.preview, translate("FormsTab", "&Preview"))

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.title, self.edition, self.field_map, self.warning):
            right_layout.addWidget(w)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.message)
        right_layout.addWidget(self.inner, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([300, 900])
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._update_busy()

    # -- the matter ------------------------------------------------------------------------------
    def show_detail(self, detail: MatterDetail) -> None:
        if detail.matter.id != self.matter_id:
            self.clear()
            self.matter_id = detail.matter.id
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and self.matter_id is not None:
            self.refresh()

    def clear(self) -> None:
        """Forget the matter, the checks, the answers and the filled PDF (on lock or another matter)."""
        self._generation += 1
        self._session += 1
        self._recheck.stop()
        self.matter_id, self.overview, self.state, self.filled = None, None, None, None
        self._stale = False
        self.form_list.blockSignals(True)
        self.form_list.clear()
        self.form_list.blockSignals(False)
        self.checks.clear()
        self.questions.clear()
        self.preview.clear()
        self.preview.status.setText(translate("FormsTab", "Fill the form to preview it here."))
        for label in (self.title, self.edition, self.field_map, self.check_summary):
            label.clear()
        for m in (self.warning, self.message, self.blank_message):
            m.clear_message()
        self._jobs.clear()
        self._checks_running = 0
        self._update_busy()

    def refresh(self) -> None:
        """Reload which forms apply and their blanks, then the chosen form's checks."""
        if self.matter_id is None:
            return
        self._stale = False
        generation, matter_id = self._generation, self.matter_id

        def show(overview: FormsOverview) -> None:
            if generation == self._generation:
                self._show_overview(overview)
        QueryOp(self._tasks, self, lambda v: forms_overview(v, matter_id)).success(show) \
            .failure(self._failed).run_in_background()

    def _show_overview(self, overview: FormsOverview) -> None:
        current = self.slot()
        self.overview = overview
        self.form_list.blockSignals(True)
        self.form_list.clear()
        for slot in overview.slots:
            item = QListWidgetItem(self._item_text(slot), self.form_list)
            item.setData(Qt.ItemDataRole.UserRole, slot)
            item.setToolTip(slot.title)
        keys = [s.key for s in overview.slots]
        self.form_list.setCurrentRow(keys.index(current.key) if current and current.key in keys else 0)
        self.form_list.blockSignals(False)
        self.load_state()

    def _item_text(self, slot: FormSlot, state: FormState | None = None) -> str:
        blank = self.overview.blanks[slot.form_id] if self.overview else None
        return f"{slot.display}\n{status_line(blank, state)}"

    def slot(self) -> FormSlot | None:
        item = self.form_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    # -- checks and questionnaire -----------------------------------------------------------------
    def load_state(self) -> None:
        slot = self.slot()
        if slot is None or self.overview is None:
            return
        self._recheck.stop()
        self._generation += 1
        generation = self._generation
        blank = self.overview.blanks[slot.form_id]
        if self.state is None or self.state.slot.key != slot.key:
            self.message.clear_message()
        self.title.setText(f"{slot.display} — {slot.title}")
        self.edition.setText(translate("FormsTab", "Blank: {edition}").format(edition=tr(blank.label)) if blank.added else
                             translate("FormsTab", "The official blank has not been added yet. {expected}.")
                             .format(expected=blank.label.split('(', 1)[-1][:-1]))
        self.warning.show_message(tr(blank.warning), "warning") if blank.warning else self.warning.clear_message()
        if self.filled is not None and self.filled.state.slot.key != slot.key:
            self.filled = None
            self.preview.clear()
            self.preview.status.setText(translate("FormsTab", "Fill the form to preview it here."))

        def show(state: FormState) -> None:
            self._check_done()
            if generation == self._generation:
                self._show_state(state)

        def failed(exc: Exception) -> None:
            self._check_done()
            if generation == self._generation:
                self._failed(exc)
        self._checks_running += 1
        if blank.added:
            if slot.form_id not in self._prepared:  # decode the blank now, so the first fill is quick
                self._prepared.add(slot.form_id)
                form_id = slot.form_id
                self._tasks.run_cpu(lambda: prepare_blank(form_id))
            self._set_busy("check", translate("FormsTab", "Checking…"))
            QueryOp(self._tasks, self, lambda v: form_state(v, slot)).success(show).failure(failed) \
                .run_in_background()
        else:
            QueryOp(self._tasks, self, lambda v: questionnaire(v, slot)).success(show).failure(failed) \
                .run_in_background()

    def _check_done(self) -> None:
        self._checks_running = max(0, self._checks_running - 1)
        if not self._checks_running:
            self._set_busy("check", "")

    def _show_state(self, state: FormState) -> None:
        self.state = state
        added = bool(state.edition_label)
        self.checks.set_items(state.checks)
        self.field_map.setText(translate("FormsTab", "Field map: version {version}, {source}.").format(
            version=state.map_version, source=state.map_source) if added and state.map_version else "")
        self.check_summary.setText(summary_text(state) if added else
                                   translate("FormsTab", "Add the official blank (button on the left) to check this "
                                             "form against the profile. The questionnaire can be answered now."))
        self.questions.set_questions(state.slot.key, state.questions, state.answers, state.household,
                                     state.member_answers)
        item = self.form_list.currentItem()
        if item is not None and added:
            item.setText(self._item_text(state.slot, state))
        self._update_buttons()

    def save_answer(self, question, value, explanation: str, person_id: str | None = None) -> None:
        slot = self.slot()
        if slot is None:
            return

        def failed(exc: Exception) -> None:
            self.questions.show_problem(question.id, str(exc) if isinstance(exc, ValueError) else error_text(exc),
                                        person_id)
        VaultOp(self._tasks, self, lambda v: save_form_answer(v, slot, question, value, explanation, person_id)) \
            .success(lambda _c: self._recheck.start()).failure(failed).run_in_background()

    def jump_to_check(self, row: int) -> None:
        check = self.checks.item(row)
        target: Target | None = check.target
        if target is None:
            self.message.show_message(translate("FormsTab", "This check is about the form itself (nothing to fill "
                                                "in): see the message."), "info")
            return
        if target.kind == "answer":
            self.inner.setCurrentIndex(QUESTIONS)
            self.questions.focus_question(target.name)
        else:
            self.jump_requested.emit(target)

    # -- blanks, filling, export ------------------------------------------------------------------
    def add_blank_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("FormsTab", "Add an official blank form from uscis.gov"),
                                              "", translate("FormsTab", "PDF files (*.pdf)"))
        if path:
            self.add_blank_file(Path(path))

    def add_blank_file(self, path: Path) -> None:
        """Recognize the blank off the GUI thread; an unknown edition is refused by name."""
        self.blank_message.show_message(translate("FormsTab", "Reading {name}…").format(name=path.name), "info")

        def done(future) -> None:
            exc = future.exception()
            if exc is not None:
                text = (translate("FormsTab", "{name} could not be read ({reason}).").format(
                    name=path.name, reason=exc.strerror or exc) if isinstance(exc, OSError) else error_text(exc))
                self.blank_message.show_message(text)
                return
            added = future.result()
            self.blank_message.show_message(translate("FormsTab", "Added {edition}.").format(edition=added.label)
                                            + ("" if added.fileable else f" {added.warning}"),
                                            "info" if added.fileable else "warning")
            self.refresh()
        self._tasks.run_cpu(lambda: add_official_blank(path.read_bytes()), done)

    def fill(self) -> None:
        slot = self.slot()
        if slot is None or "fill" in self._jobs:
            return
        flatten = self.flatten.isChecked()
        self.message.clear_message()
        self._recheck.stop()
        session = self._session
        self._set_busy("fill", translate("FormsTab", "Filling the form…"))

        def filled(result: FilledForm) -> None:
            if session != self._session:
                return
            self._set_busy("fill", "")
            if self.slot() is None or self.slot().key != slot.key:
                return  # the user chose another form meanwhile: it is in the Documents tab
            self._generation += 1  # a check run started before the fill is older than this state
            self.filled = result
            self._show_state(result.state)
            self.message.show_message(translate("FormsTab", "Filled and kept in the vault as “{title}” (Documents "
                                                "tab).").format(title=result.title), "info")
            self.inner.setCurrentIndex(PREVIEW)
            self.preview.show_content(DocumentContent(result.document_id, result.title, "application/pdf",
                                                      result.pdf))

        def failed(exc: Exception) -> None:
            if session == self._session:
                self._set_busy("fill", "")
                self._failed(exc)
        VaultOp(self._tasks, self, lambda v: fill_form(v, slot, flatten)).success(filled).failure(failed) \
            .run_in_background()

    def export_dialog(self) -> None:
        if self.filled is None:
            return
        start = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        name = f"{self.filled.state.slot.form_id}-filled.pdf"
        target, _ = QFileDialog.getSaveFileName(self, translate("FormsTab", "Export the filled form (a decrypted "
                                                                      "copy)"),
                                                str(start / name), translate("FormsTab", "PDF files (*.pdf)"))
        if target:
            self.export_to(Path(target))

    def export_to(self, target: Path) -> None:
        if self.filled is None:
            return
        document_id = self.filled.document_id

        def done(exported) -> None:
            self.message.show_message(translate("FormsTab", "A decrypted copy was written to {path}. Delete it when "
                                                "it is filed.").format(path=target), "warning")
            tell_export(self, exported)
        VaultOp(self._tasks, self, lambda v: export_document(v, document_id, target)).success(done) \
            .failure(self._failed).run_in_background()

    # -- state -----------------------------------------------------------------------------------
    def _failed(self, exc: Exception) -> None:
        self.message.show_message(error_text(exc))

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def _set_busy(self, job: str, text: str) -> None:
        """``text`` shows beside the progress bar while ``job`` runs; "" when it is over."""
        if text:
            self._jobs[job] = text
        else:
            self._jobs.pop(job, None)
        self._update_busy()

    def _update_busy(self) -> None:
        texts = list(self._jobs.values())
        self.progress.setVisible(bool(texts))
        self.progress_label.setText(texts[-1] if texts else "")
        self.progress_label.setVisible(bool(texts))
        self._update_buttons()

    def _update_buttons(self) -> None:
        slot = self.slot()
        added = bool(slot and self.overview and self.overview.blanks[slot.form_id].added)
        self.fill_button.setEnabled(added and "fill" not in self._jobs)
        self.recheck_button.setEnabled(added and not self._jobs)
        self.export_button.setEnabled(self.filled is not None and "fill" not in self._jobs)
        self.export_button.setToolTip("" if self.filled else translate("FormsTab", "Fill the form first."))
