"""Forms built from field specs: inline validation, unsaved-change tracking and undo/redo.

Why specs: the client profile alone has thirty fields, and every list row (address, entry,
family member, event, hour) is a small form too. A ``FieldSpec`` names the column, its label,
its input kind and which USCIS forms need it; ``FieldForm`` builds the inputs, checks each one
as the user leaves it with the same core functions the save path runs again
(``operations.parse_date`` / ``field_problem``), and reports only what changed.

Undo: every committed field change (leaving a line, ticking a box, picking from a list) is a
``QUndoStack`` command, so Edit > Undo walks back across fields; inside a line being typed the
widget's own undo (Ctrl+Z) applies first. The stack's clean state is the saved state.

Translation: a spec carries text already in the interface language (spec lists are built by
functions that call ``translate`` when an editor is made, not at import time). Dates are typed in
the interface language's order (``i18n.date_order()``: ``MM/DD/YYYY`` in English, ``DD/MM/YYYY``
in Spanish).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QWidget)

from ..core.i18n import translate
from ..core.operations import field_problem, parse_date, parse_minutes
from . import i18n
from .labels import enum_label, hours_text, input_date
from .widgets import MessageLabel, stacked

FORMS_MARK = "◆"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str = "text"  # text, multiline, date, bool, choice, hours, list (comma-separated), names (one a line)
    choices: tuple[tuple[Any, str], ...] = ()  # (stored value, label); the first is the default
    forms: str = ""  # the USCIS forms that need this field, e.g. "I-589, I-918"
    placeholder: str = ""


class _SetField(QUndoCommand):
    def __init__(self, form: "FieldForm", name: str, old: Any, new: Any) -> None:
        super().__init__(translate("fields", "change {field}").format(field=form.specs[name].label.lower()))
        self._form, self._name, self._old, self._new = form, name, old, new
        self._first = True

    def redo(self) -> None:
        if self._first:  # the widget already shows the new state
            self._first = False
            return
        self._form._set_state(self._name, self._new)

    def undo(self) -> None:
        self._form._set_state(self._name, self._old)


class FieldForm(QWidget):
    """A form over one record of ``table``; ``dirty_changed(bool)`` follows unsaved changes."""

    dirty_changed = Signal(bool)

    def __init__(self, table: str, specs: list[FieldSpec], parent: QWidget | None = None, *,
                 columns: int = 1) -> None:
        super().__init__(parent)
        self.table = table
        self.specs = {s.name: s for s in specs}
        self.undo_stack = QUndoStack(self)
        self.inputs: dict[str, QWidget] = {}
        self.messages: dict[str, MessageLabel] = {}
        self._loaded: dict[str, Any] = {}  # widget state when loaded or last saved
        self._committed: dict[str, Any] = {}  # widget state at the last undo step
        self._loading = False
        self._dirty = False
        layouts = [QFormLayout() for _ in range(columns)]
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        per_column = -(-len(specs) // columns)
        for i, spec in enumerate(specs):
            widget = self._make_input(spec)
            self.inputs[spec.name] = widget
            self.messages[spec.name] = MessageLabel(self, for_widget=widget)
            label = QLabel(spec.label
                           + (f" <span style='color:#1d4f91'>{FORMS_MARK}</span>" if spec.forms else ""), self)
            label.setBuddy(widget)
            if spec.forms:
                needed = translate("fields", "Needed by {forms}").format(forms=spec.forms)
                label.setToolTip(needed)
                widget.setAccessibleDescription(needed)
            layouts[min(i // per_column, columns - 1)].addRow(label, stacked(self, widget, self.messages[spec.name]))
        for layout in layouts:
            layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            row.addLayout(layout, 1)
        self.undo_stack.cleanChanged.connect(lambda _clean: self._update_dirty())

    # -- inputs ------------------------------------------------------------------------------------
    def _make_input(self, spec: FieldSpec) -> QWidget:
        if spec.kind in ("multiline", "names"):
            w = QPlainTextEdit(self)
            w.setPlaceholderText(spec.placeholder)
            w.setTabChangesFocus(True)
            w.setFixedHeight(w.fontMetrics().lineSpacing() * 4 + 12)
            w.textChanged.connect(lambda n=spec.name: self._edited(n))
            w.installEventFilter(self)  # commit (one undo step) when the focus leaves the text
        elif spec.kind == "bool":
            w = QCheckBox(self)
            w.toggled.connect(lambda _v, n=spec.name: self._commit(n))
        elif spec.kind == "choice":
            w = QComboBox(self)
            for value, label in spec.choices:
                w.addItem(label, value)
            w.currentIndexChanged.connect(lambda _i, n=spec.name: self._commit(n))
        else:
            w = QLineEdit(self)
            w.setPlaceholderText(spec.placeholder or (
                i18n.date_pattern() if spec.kind == "date" else
                translate("fields", "e.g. 1.5 or 1:30") if spec.kind == "hours" else ""))
            w.textEdited.connect(lambda _t, n=spec.name: self._edited(n))
            w.editingFinished.connect(lambda n=spec.name: self._commit(n))
        w.setAccessibleName(spec.label)
        w.setObjectName(f"{self.table}.{spec.name}")
        return w

    def _state(self, name: str) -> Any:
        w = self.inputs[name]
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QComboBox):
            return w.currentIndex()
        return w.text()

    def _set_state(self, name: str, state: Any) -> None:
        w = self.inputs[name]
        self._loading = True
        try:
            if isinstance(w, QPlainTextEdit):
                w.setPlainText(state)
            elif isinstance(w, QCheckBox):
                w.setChecked(state)
            elif isinstance(w, QComboBox):
                w.setCurrentIndex(state)
            else:
                w.setText(state)
        finally:
            self._loading = False
        self._committed[name] = state
        self.check(name)
        self._update_dirty()

    def _to_state(self, spec: FieldSpec, value: Any) -> Any:
        if spec.kind == "bool":
            return bool(value)
        if spec.kind == "choice":
            index = next((i for i, (v, _l) in enumerate(spec.choices) if v == value), 0)
            return index
        if spec.kind == "date":
            return input_date(value)
        if spec.kind == "hours":
            return hours_text(value) if value else ""
        if spec.kind == "list":
            return ", ".join(str(v) for v in value or ())
        if spec.kind == "names":
            return "\n".join(name_line(v) for v in value or ())
        return "" if value is None else str(value)

    # -- loading and reading -----------------------------------------------------------------------
    def load(self, values: dict) -> None:
        """Show ``values`` as the saved state (clears undo history and messages)."""
        for name, spec in self.specs.items():
            self._set_state(name, self._to_state(spec, values.get(name)))
            self.messages[name].clear_message()
        self._loaded = {n: self._state(n) for n in self.specs}
        self._committed = dict(self._loaded)
        self.undo_stack.clear()
        self._update_dirty()

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self.load({})

    def value(self, name: str) -> Any:
        """The field's value as the core takes it; raises ``ValueError`` if it does not parse."""
        spec, state = self.specs[name], self._state(name)
        if spec.kind == "choice":
            return spec.choices[state][0] if spec.choices else None
        if spec.kind == "date":
            return parse_date(state, i18n.date_order())
        if spec.kind == "hours":
            return parse_minutes(state) if state.strip() else None
        if spec.kind == "list":
            return [part.strip() for part in state.replace(";", ",").split(",") if part.strip()]
        if spec.kind == "names":
            return [parse_name_line(line) for line in state.splitlines() if line.strip()]
        return state

    def changes(self) -> dict:
        """Changed fields as values (call ``validate()`` first)."""
        return {n: self.value(n) for n in self.specs if self._state(n) != self._loaded.get(n)}

    def all_values(self) -> dict:
        return {n: self.value(n) for n in self.specs}

    def is_dirty(self) -> bool:
        return any(self._state(n) != self._loaded.get(n) for n in self.specs)

    def mark_saved(self) -> None:
        self._loaded = {n: self._state(n) for n in self.specs}
        self.undo_stack.setClean()
        self._update_dirty()

    # -- validation --------------------------------------------------------------------------------
    def check(self, name: str) -> str | None:
        """Check one field now; shows and returns its problem."""
        try:
            value = self.value(name)
            problem = field_problem(self.table, name, value)
        except ValueError as exc:
            problem = str(exc)
        if problem:
            self.messages[name].show_message(problem)
        else:
            self.messages[name].clear_message()
        return problem

    def validate(self) -> bool:
        """Check every field; focus the first with a problem."""
        bad = [n for n in self.specs if self.check(n)]
        if bad:
            self.inputs[bad[0]].setFocus()
        return not bad

    def show_problems(self, problems: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Show core problems keyed ``table.field``; returns the ones that are not this form's."""
        rest = []
        for key, text in problems:
            table, _, name = key.partition(".")
            if table == self.table and name in self.messages:
                self.messages[name].show_message(text)
            else:
                rest.append((key, text))
        return rest

    # -- change tracking ---------------------------------------------------------------------------
    def _edited(self, name: str) -> None:
        if not self._loading:
            self.messages[name].clear_message()
            self._update_dirty()

    def _commit(self, name: str) -> None:
        if self._loading:
            return
        state = self._state(name)
        old = self._committed.get(name, state)
        if state != old:
            self._committed[name] = state
            self.undo_stack.push(_SetField(self, name, old, state))
        self.check(name)
        self._update_dirty()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            name = next((n for n, w in self.inputs.items() if w is watched), None)
            if name is not None:
                self._commit(name)
        return False

    def _update_dirty(self) -> None:
        dirty = self.is_dirty()
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)


def name_line(name: dict | str) -> str:
    """``{"family_name": "Reyes", "given_name": "María", "middle_name": "José"}`` -> ``Reyes, María José``."""
    if not isinstance(name, dict):
        return str(name)
    given = " ".join(p for p in (name.get("given_name"), name.get("middle_name")) if p)
    return ", ".join(p for p in (name.get("family_name") or "", given) if p)


def parse_name_line(line: str) -> dict:
    """``Family name, Given name Middle name`` (as USCIS lists other names) -> the stored dict."""
    family, _, rest = line.partition(",")
    given, _, middle = rest.strip().partition(" ")
    return {"family_name": family.strip(), "given_name": given.strip() or None, "middle_name": middle.strip() or None}


def enum_choices(labels: dict, *, empty: str | None = "—") -> tuple[tuple[Any, str], ...]:
    """Choices for an enum column from its label table (translated: call it when the form is
    built); ``empty`` adds a "not recorded" first."""
    head = ((None, empty),) if empty is not None else ()
    return head + tuple((str(k), enum_label(labels, k)) for k in labels)

