"""Deadlines of one matter: the table, "Why this date", and overriding a date with a reason.

The explanation comes from the rules engine (``operations.Explained``: rule, inputs, authority,
computation, nuance) and is laid out as sections rather than one block of text, because a
volunteer checks the inputs first ("is the arrival date right?") and the authority second.
All text is escaped before it goes into rich text: names and notes are user data.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QVBoxLayout, QWidget)

from ...core.i18n import QT_TRANSLATE_NOOP, translate
from ...core.operations import DeadlineView, parse_date
from .. import i18n
from .. import labels as L
from ..record_table import Column, RecordTableModel
from ..widgets import MessageLabel, fit_to_contents, hint, stacked

STATUS = {"open": QT_TRANSLATE_NOOP("DeadlinesTab", "Open"), "done": QT_TRANSLATE_NOOP("DeadlinesTab", "Done"),
          "waived": QT_TRANSLATE_NOOP("DeadlinesTab", "Waived")}


def deadline_model(parent=None, today: Callable[[], date] = date.today) -> RecordTableModel:
    def overdue(d: DeadlineView) -> bool:
        return d.status == "open" and d.due_on < today()

    def due(d: DeadlineView) -> str:
        text = L.short_date(d.due_on)
        return translate("DeadlinesTab", "{date} (overdue)").format(date=text) if overdue(d) else text

    def origin(d: DeadlineView) -> str:
        if not d.is_computed:
            return translate("DeadlinesTab", "Entered by hand")
        if d.is_overridden:
            return translate("DeadlinesTab", "Overridden (computed {date})").format(
                date=L.short_date(d.computed_due_on))
        return translate("DeadlinesTab", "Computed")

    def status(d: DeadlineView) -> str:
        return translate("DeadlinesTab", STATUS[d.status]) if d.status in STATUS else d.status

    columns = (Column(translate("DeadlinesTab", "Due"), due),
               Column(translate("DeadlinesTab", "Deadline"), lambda d: d.title, tooltip=lambda d: d.title),
               Column(translate("DeadlinesTab", "Source"), origin, tooltip=lambda d: d.override_reason),
               Column(translate("DeadlinesTab", "Status"), status))
    return RecordTableModel(columns, parent, alert=overdue, emphasis=lambda d: d.is_overridden)


def why_html(d: DeadlineView | None, today: date | None = None) -> str:
    """The "Why this date" panel's text for ``d``; the next of its reminder dates is in bold."""
    today = today or date.today()
    if d is None:
        return "<p>" + translate("DeadlinesTab", "Select a deadline to see why it falls on its date.") + "</p>"
    e = escape
    parts = [f"<h3>{e(d.title)}</h3>",
             "<p><b>" + e(translate("DeadlinesTab", "Due {date}").format(date=L.short_date(d.due_on))) + "</b>"]
    if d.is_overridden:
        parts.append(" " + e(translate("DeadlinesTab", "— set by hand; the rules compute {date}.")
                             .format(date=L.short_date(d.computed_due_on)))
                     + "<br><i>" + e(translate("DeadlinesTab", "Reason:")) + f"</i> {e(d.override_reason or '')}")
    parts.append("</p>")
    x = d.explanation
    if x is None:
        text = d.description or (translate("DeadlinesTab", "This deadline was entered by hand.")
                                 if not d.is_computed else
                                 translate("DeadlinesTab", "The rule that computed this deadline no longer "
                                                           "applies to the facts."))
        return "".join(parts) + f"<p style='white-space:pre-wrap'>{e(text)}</p>"
    rule, inputs, authority = (translate("DeadlinesTab", "Rule"), translate("DeadlinesTab", "Inputs"),
                               translate("DeadlinesTab", "Authority"))
    computation, reminders = translate("DeadlinesTab", "Computation"), translate("DeadlinesTab", "Reminders")
    unknown = translate("DeadlinesTab", "What the engine cannot know")
    parts += [f"<p><b>{e(rule)}</b><br>{e(x.rule_title)} <span style='color:#555a60'>[{e(x.rule_id)}]</span></p>",
              f"<p><b>{e(inputs)}</b></p><ul>"]
    parts += [f"<li>{e(label)}: <b>{e(value)}</b></li>" for label, value in x.inputs]
    parts += ["</ul>", f"<p><b>{e(authority)}</b><br>{e(x.authority)}</p>", f"<p><b>{e(computation)}</b></p><ol>"]
    parts += [f"<li>{e(step)}</li>" for step in x.steps]
    parts.append("</ol>")
    if d.reminders:
        upcoming = [r for r in d.reminders if r >= today]
        shown = ", ".join(("<b>" + e(L.short_date(r)) + "</b>") if r in upcoming[:1] else e(L.short_date(r))
                          for r in d.reminders)
        passed = e(translate("DeadlinesTab", "(all passed)"))
        parts.append(f"<p><b>{e(reminders)}</b><br>{shown}"
                     + ("" if upcoming else f" <span style='color:#555a60'>{passed}</span>") + "</p>")
    parts.append(f"<p><b>{e(unknown)}</b><br>{e(x.nuance)}</p>")
    return "".join(parts)


class WhyPanel(QLabel):
    """Rich text, selectable and readable by screen readers (its accessible name is the title)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whyPanel")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse |
                                     Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setAccessibleName(translate("DeadlinesTab", "Why this date"))
        self.show_deadline(None)

    def show_deadline(self, d: DeadlineView | None) -> None:
        self.setText(why_html(d))
        self.setAccessibleDescription(d.title if d else "")


class OverrideDialog(QDialog):
    """A new date and the reason for it (required: it is kept in the audit log)."""

    chosen = Signal(object, str)  # date, reason

    def __init__(self, deadline: DeadlineView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("OverrideDialog", "Override deadline"))
        self.date = QLineEdit(i18n.typed_date(deadline.due_on) if deadline.due_on else "", self)
        self.date.setAccessibleName(translate("OverrideDialog", "New due date"))
        self.date.setPlaceholderText(i18n.date_pattern())
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(translate("OverrideDialog", "Reason for the override"))
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(translate("OverrideDialog", "e.g. The judge set a different filing deadline "
                                                                   "at the master hearing."))
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 12)
        self.date_error = MessageLabel(self, for_widget=self.date)
        self.reason_error = MessageLabel(self, for_widget=self.reason)
        form = QFormLayout()
        form.addRow(translate("OverrideDialog", "New &date:"), stacked(self, self.date, self.date_error))
        form.addRow(translate("OverrideDialog", "&Reason:"), stacked(self, self.reason, self.reason_error))
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            label.setBuddy(self.date if row == 0 else self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.addButton(translate("OverrideDialog", "&Override"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        computed = L.short_date(deadline.computed_due_on) if deadline.computed_due_on else "—"
        layout = QVBoxLayout(self)
        layout.addWidget(hint(translate("OverrideDialog", "“{title}”. The rules compute {date}. The computed date "
                                        "keeps being recomputed and shown beside yours; the override and its reason "
                                        "go to the activity log.").format(title=deadline.title, date=computed), self))
        layout.addLayout(form)
        layout.addWidget(buttons)
        fit_to_contents(self)
        self.reason.setFocus()

    def _accept(self) -> None:
        self.date_error.clear_message()
        self.reason_error.clear_message()
        try:
            new = parse_date(self.date.text(), i18n.date_order())
        except ValueError as exc:
            self.date_error.show_message(str(exc))
            return
        if new is None:
            self.date_error.show_message(translate("OverrideDialog", "Enter the date to use instead."))
            return
        if not self.reason.toPlainText().strip():
            self.reason_error.show_message(translate("OverrideDialog", "Say why: an override needs a reason (it is "
                                                                       "kept in the activity log)."))
            self.reason.setFocus()
            return
        self.chosen.emit(new, self.reason.toPlainText().strip())
        self.accept()
