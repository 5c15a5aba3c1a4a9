"""The "New matter" dialog: a client and their first matter, in one operation.

The dialog collects text and hands it to ``operations.add_client_with_matter`` on the worker;
validation lives in the core so the CLI and import agree with the GUI. Problems come back as a
``ValidationError`` keyed by field and are shown under the matching input, keeping what the
user typed. On success the operation's ``ChangeSet`` refreshes the matters list.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from ..core.errors import ValidationError
from ..core.i18n import translate
from ..core.operations.matters import MatterKind
from ..core.operations import ChangeSet, add_client_with_matter
from . import labels
from .tasks import TaskManager, VaultOp, error_text
from .widgets import MessageLabel, fit_to_contents, hint, stacked


class NewMatterDialog(QDialog):
    """Emits ``added(matter_id)`` after the matter was saved."""

    added = Signal(str)

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._busy = False
        self.setWindowTitle(translate("NewMatterDialog", "New matter"))
        self.setObjectName("NewMatterDialog")

        self.family_name = self._line(translate("NewMatterDialog", "Family name"),
                                      translate("NewMatterDialog", "As on the client's documents"))
        self.given_name = self._line(translate("NewMatterDialog", "Given name"), "")
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(translate("NewMatterDialog", "Kind of matter"))
        for kind in MatterKind:
            self.kind.addItem(labels.matter_kind(kind), kind.value)
        self.matter_number = self._line(translate("NewMatterDialog", "Matter number"),
                                        translate("NewMatterDialog", "The organization's number, if it gave one"))
        self.a_number = self._line(translate("NewMatterDialog", "A-number"),
                                   translate("NewMatterDialog", "Optional, e.g. A012345678"))
        self.errors = {name: MessageLabel(self, for_widget=getattr(self, name))
                       for name in ("family_name", "given_name", "kind", "matter_number", "a_number")}
        self.message = MessageLabel(self)

        form = QFormLayout()
        for label, name in ((translate("NewMatterDialog", "&Family name:"), "family_name"),
                            (translate("NewMatterDialog", "&Given name:"), "given_name"),
                            (translate("NewMatterDialog", "&Kind:"), "kind"),
                            (translate("NewMatterDialog", "Matter &number:"), "matter_number"),
                            (translate("NewMatterDialog", "&A-number:"), "a_number")):
            field = QLabel(label, self)
            field.setBuddy(getattr(self, name))
            form.addRow(field, stacked(self, getattr(self, name), self.errors[name]))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.addButton(translate("NewMatterDialog", "&Add matter"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(hint(translate("NewMatterDialog", "Add a client and the matter you were assigned. You can "
                                                           "fill in the client's profile afterwards."), self))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        fit_to_contents(self)
        self.family_name.setFocus()

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMinimumWidth(300)
        return edit

    def _save(self) -> None:
        if self._busy:
            return
        for label in self.errors.values():
            label.clear_message()
        self.message.clear_message()
        if not self.family_name.text().strip():  # answer at once: no round trip for the obvious
            self.errors["family_name"].show_message(translate("NewMatterDialog", "Enter the client's family name."))
            self.family_name.setFocus()
            return
        values = dict(family_name=self.family_name.text(), given_name=self.given_name.text(),
                      kind=self.kind.currentData(), matter_number=self.matter_number.text(),
                      a_number=self.a_number.text())
        self._set_busy(True)
        VaultOp(self._tasks, self, lambda vault: add_client_with_matter(
            vault, values["family_name"], values["given_name"], values["kind"], values["matter_number"],
            a_number=values["a_number"])).success(self._on_saved).failure(self._on_failed).run_in_background()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)
        for name in self.errors:
            getattr(self, name).setEnabled(not busy)

    def _on_saved(self, changes: ChangeSet) -> None:
        self._set_busy(False)
        self.added.emit(changes.created_id("matters") or "")
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationError):
            first = None
            for name, text in exc.problems:
                target = self.errors.get(name)
                if target is None:
                    self.message.show_message(text)
                else:
                    target.show_message(text)
                    first = first or getattr(self, name)
            if first is not None:
                first.setFocus()
            return
        self.message.show_message(error_text(exc))

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def discard(self) -> None:
        """Close without saving and forget what was typed (used when the vault locks)."""
        self._busy = False
        for name in ("family_name", "given_name", "matter_number", "a_number"):
            getattr(self, name).clear()
        super().reject()
