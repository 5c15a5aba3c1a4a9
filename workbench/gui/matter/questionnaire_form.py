"""The questionnaire of one form: the questions its field map declares that are not facts of the
profile (``core.forms.questionnaire``), each saved the moment it is committed.

Why save per answer (like the rows of a list): a questionnaire has up to 170 items and is
answered over several sittings; holding answers until a Save would risk losing them at the
auto-lock. Each commit is checked inline with the same ``parse_answer`` the core runs again,
then emitted as ``answer_committed(question, value, explanation, person)`` for the tab to save.
A household question (I-912: each person's forms, benefit, income) has the client's line and one
line per family member, each saved with that member (``person`` is None for the client).

Rows are built in chunks on the event loop, so opening I-918 Supplement A (174 questions)
never stalls the GUI thread.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QScrollArea, QVBoxLayout, QWidget)

from ...core.operations.forms import Answer, Question, parse_answer
from ...core.i18n import translate
from ...core.operations import parse_date
from .. import i18n
from ..widgets import MessageLabel, hint

CHUNK = 25  # rows built per event-loop turn


def _yes_no() -> tuple[tuple[str, bool | None], ...]:
    return (("—", None), (translate("QuestionnaireForm", "Yes"), True), (translate("QuestionnaireForm", "No"), False))


def where_text(q: Question) -> str:
    """Where the question is on the form ("Part C, Item 2.A"), in the interface language; the part
    and item names themselves are the form's."""
    bits = [translate("QuestionnaireForm", "Part {part}").format(part=q.part) if q.part else "",
            translate("QuestionnaireForm", "Item {item}").format(item=q.item) if q.item else ""]
    return ", ".join(b for b in bits if b)


class QuestionRow(QFrame):
    """One question: its text, its input, an explanation box where the form asks for one.

    The question's text, its place on the form (``where``) and a choice's options come from the
    form's field map (the official English wording of the USCIS form) and stay in English; what
    the app says around them is translated."""

    committed = Signal(object)  # self

    def __init__(self, question: Question, parent: QWidget, person: tuple[str, str] | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.person_id = person[0] if person else None  # a household question's line for one family member
        self.setObjectName(f"question.{question.id}" + (f".{self.person_id}" if person else ""))
        q = question
        where = " · ".join(filter(None, (where_text(q), translate("QuestionnaireForm", "for this family member")
                                         if q.per_member else "")))
        if person:
            text = translate("QuestionnaireForm", "{name} (family member): {question}").format(
                name=person[1], question=q.text)
            self.label = QLabel(text, self)
            self.label.setTextFormat(Qt.TextFormat.PlainText)
        else:
            if q.household:
                where = " · ".join(filter(None, (where, translate("QuestionnaireForm", "the client's own answer; "
                                                                  "each family member's is below"))))
            self.label = QLabel(q.text + (f"  <span style='color:#555a60'>({where})</span>" if where else ""), self)
        self.label.setWordWrap(True)
        if person is None:
            self.label.setTextFormat(Qt.TextFormat.RichText)
        self.input = self._make_input()
        self.input.setAccessibleName(self.label.text() if person else q.text)
        self.label.setBuddy(self.input)
        self.explanation: QPlainTextEdit | None = None
        if q.explanation:
            self.explanation = QPlainTextEdit(self)
            self.explanation.setTabChangesFocus(True)
            self.explanation.setPlaceholderText(translate("QuestionnaireForm", "Explanation (the form asks for one "
                                                                               "with this answer)"))
            self.explanation.setAccessibleName(translate("QuestionnaireForm", "Explanation: {question}")
                                               .format(question=q.text))
            self.explanation.setFixedHeight(self.explanation.fontMetrics().lineSpacing() * 3 + 12)
            self.explanation.installEventFilter(self)
        self.message = MessageLabel(self, for_widget=self.input)
        self._saved: tuple[Any, str] = (None, "")
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28 if person else 4, 6, 4, 6)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addWidget(self.input, 0 if isinstance(self.input, QComboBox) else 1)
        if isinstance(self.input, QComboBox):
            row.addStretch(1)
        layout.addLayout(row)
        if self.explanation is not None:
            layout.addWidget(self.explanation)
        layout.addWidget(self.message)

    def _make_input(self) -> QWidget:
        q = self.question
        if q.type in ("yes_no", "choice"):
            box = QComboBox(self)
            items = _yes_no() if q.type == "yes_no" else (("—", None),) + tuple((o, o) for o in q.options)
            for text, data in items:
                box.addItem(text, data)
            box.setMinimumWidth(120)
            box.currentIndexChanged.connect(lambda _i: self._commit())
            return box
        edit = QLineEdit(self)
        edit.setPlaceholderText(i18n.date_pattern() if q.type == "date" else
                                translate("QuestionnaireForm", "a whole number") if q.type == "number" else "")
        edit.editingFinished.connect(self._commit)
        return edit

    # -- values ------------------------------------------------------------------------------------
    def raw(self) -> Any:
        if isinstance(self.input, QComboBox):
            return self.input.currentData()
        return self.input.text()

    def explanation_text(self) -> str:
        return self.explanation.toPlainText().strip() if self.explanation is not None else ""

    def set_answer(self, answer: Answer | None) -> None:
        value = answer.value if answer else None
        self._loading = True
        try:
            if isinstance(self.input, QComboBox):
                index = self.input.findData(value)
                self.input.setCurrentIndex(index if index >= 0 and value is not None else 0)
            elif self.question.type == "date" and isinstance(value, str) and value:
                self.input.setText(_typed_date(value))
            else:
                self.input.setText("" if value is None else str(value))
            if self.explanation is not None:
                self.explanation.setPlainText(answer.explanation or "" if answer else "")
        finally:
            self._loading = False
        self._saved = (self.parsed_or_raw(), self.explanation_text())
        self.message.clear_message()

    def parsed(self) -> Any:
        """The answer to store; ``ValueError`` says what to type instead. A date is typed in the
        interface's order: the core reads MM/DD/YYYY (as in English); day-first is read here."""
        raw = self.raw()
        if self.question.type == "date" and isinstance(raw, str) and i18n.date_order() != "MDY":
            raw = parse_date(raw, i18n.date_order())
        return parse_answer(self.question, raw)

    def parsed_or_raw(self) -> Any:
        try:
            return self.parsed()
        except ValueError:
            return self.raw()

    def is_answered(self) -> bool:
        return self._saved[0] is not None

    def _commit(self) -> None:
        if self._loading:
            return
        try:
            value = self.parsed()
        except ValueError as exc:
            self.message.show_message(str(exc))
            return
        self.message.clear_message()
        now = (value, self.explanation_text())
        if now != self._saved:
            self._saved = now
            self.committed.emit(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched is self.explanation:
            self._commit()
        return False


def _typed_date(iso: str) -> str:
    try:
        return i18n.typed_date(date.fromisoformat(iso))
    except ValueError:
        return iso


class QuestionnaireForm(QWidget):
    answer_committed = Signal(object, object, str, object)  # Question, raw value, explanation, person id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[str, QuestionRow] = {}
        self.member_rows: dict[tuple[str, str], QuestionRow] = {}  # (question id, person id): household lines
        self.slot_key: str | None = None
        self._pending: list[Question] = []
        self._answers: dict[str, Answer] = {}
        self._household: tuple[tuple[str, str], ...] = ()
        self._member_answers: dict[str, dict[str, Answer]] = {}
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(translate("QuestionnaireForm", "Filter questions"))
        self.filter.setAccessibleName(translate("QuestionnaireForm", "Filter the questions"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda _t: self._apply_filter())
        self.unanswered = QCheckBox(translate("QuestionnaireForm", "Only unanswered"), self)
        self.unanswered.toggled.connect(lambda _c: self._apply_filter())
        self.summary = hint("", self)
        self.inner = QWidget(self)
        self.rows_layout = QVBoxLayout(self.inner)
        self.rows_layout.setContentsMargins(0, 0, 8, 0)
        self.rows_layout.addStretch(1)
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setWidget(self.inner)
        self._builder = QTimer(self)
        self._builder.setInterval(0)
        self._builder.timeout.connect(self._build_some)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.unanswered)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.area, 1)

    def set_questions(self, slot_key: str, questions: tuple[Question, ...], answers: dict[str, Answer],
                      household: tuple[tuple[str, str], ...] = (),
                      member_answers: dict[str, dict[str, Answer]] | None = None) -> None:
        """Show ``questions`` with their saved ``answers`` (rebuilt only for another form or member);
        a household question gets one more line per family member in ``household`` (id, name)."""
        if slot_key == self.slot_key:
            return
        self.clear()
        self.slot_key = slot_key
        self._answers = dict(answers)
        self._household = tuple(household)
        self._member_answers = dict(member_answers or {})
        self._pending = list(questions)
        if not questions:
            self.summary.setText(translate("QuestionnaireForm", "This form asks nothing beyond the profile."))
        self._builder.start()

    def _build_some(self) -> None:
        batch, self._pending = self._pending[:CHUNK], self._pending[CHUNK:]
        for q in batch:
            row = QuestionRow(q, self.inner)
            row.set_answer(self._answers.get(q.id))
            row.committed.connect(self._row_committed)
            self.rows[q.id] = row
            self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
            for person in self._household if q.household else ():
                line = QuestionRow(q, self.inner, person)
                line.set_answer(self._member_answers.get(person[0], {}).get(q.id))
                line.committed.connect(self._row_committed)
                self.member_rows[(q.id, person[0])] = line
                self.rows_layout.insertWidget(self.rows_layout.count() - 1, line)
        if not self._pending:
            self._builder.stop()
            self._apply_filter()
        self._update_summary()

    def is_building(self) -> bool:
        return self._builder.isActive()

    def _row_committed(self, row: QuestionRow) -> None:
        self._update_summary()
        self.answer_committed.emit(row.question, row.parsed_or_raw(), row.explanation_text(), row.person_id)

    def _update_summary(self) -> None:
        if self.rows:
            answered = sum(r.is_answered() for r in self.rows.values())
            self.summary.setText(translate("QuestionnaireForm", "{answered} of {total} questions answered. Each "
                                           "answer is saved when you leave it.")
                                 .format(answered=answered, total=len(self.rows) + len(self._pending)))

    def _apply_filter(self) -> None:
        text = self.filter.text().strip().lower()
        only_open = self.unanswered.isChecked()
        for row in (*self.rows.values(), *self.member_rows.values()):
            match = not text or text in row.question.text.lower() or text in where_text(row.question).lower()
            row.setVisible(match and not (only_open and row.is_answered()))

    def show_problem(self, qid: str, text: str, person_id: str | None = None) -> None:
        row = self.member_rows.get((qid, person_id)) if person_id else self.rows.get(qid)
        if row is not None:
            row.message.show_message(text)

    def focus_question(self, qid: str) -> bool:
        """Scroll to the question and put the cursor in it (a check was double-clicked)."""
        if self._pending:
            self._build_some_all()
        row = self.rows.get(qid)
        if row is None:
            return False
        if not row.isVisible():
            self.filter.clear()
            self.unanswered.setChecked(False)
        self.area.ensureWidgetVisible(row, 0, 40)
        row.input.setFocus()
        return True

    def _build_some_all(self) -> None:
        while self._pending:
            self._build_some()

    def clear(self) -> None:
        """Forget the questions and answers (another form, another matter, or the lock)."""
        self._builder.stop()
        self._pending = []
        self._answers = {}
        self._household, self._member_answers = (), {}
        self.slot_key = None
        for row in (*self.rows.values(), *self.member_rows.values()):
            row.setParent(None)
            row.deleteLater()
        self.rows = {}
        self.member_rows = {}
        self.summary.clear()
