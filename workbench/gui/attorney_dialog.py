"""Vault > Attorney profile: the volunteer's own details, which G-28 Part 1 (and the preparer
blocks) ask for. Kept in the vault, encrypted, like everything else; checked inline with the
same field checks as the client's profile (phone, email, ZIP)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ..core.i18n import translate
from ..core.operations import ChangeSet, load_attorney_profile, save_attorney_profile
from .fields import FieldForm, FieldSpec as F
from .first_run import step_title
from .tasks import QueryOp, TaskManager, VaultOp, error_text
from .widgets import MessageLabel, hint

def attorney_specs() -> list[F]:
    """The profile's fields, in the interface language (built when the dialog is)."""
    return [
        F("family_name", translate("AttorneyDialog", "Family name"), forms="G-28"),
        F("given_name", translate("AttorneyDialog", "Given name"), forms="G-28"),
        F("middle_name", translate("AttorneyDialog", "Middle name")),
        F("firm", translate("AttorneyDialog", "Law firm or organization"), forms="G-28"),
        F("bar_number", translate("AttorneyDialog", "Bar number"), forms="G-28"),
        F("licensing_authority", translate("AttorneyDialog", "Licensing authority"), forms="G-28",
          placeholder=translate("AttorneyDialog", "e.g. Supreme Court of Illinois")),
        F("uscis_account_number", translate("AttorneyDialog", "USCIS online account number")),
        F("eoir_id", translate("AttorneyDialog", "EOIR ID")),
        F("street", translate("AttorneyDialog", "Street"), forms="G-28"),
        F("unit_type", translate("AttorneyDialog", "Unit type"), "choice",
          ((None, "—"), ("APT", translate("AttorneyDialog", "Apt.")), ("STE", translate("AttorneyDialog", "Suite")),
           ("FLR", translate("AttorneyDialog", "Floor")))),
        F("unit", translate("AttorneyDialog", "Unit")),
        F("city", translate("AttorneyDialog", "City"), forms="G-28"),
        F("state", translate("AttorneyDialog", "State"), forms="G-28"),
        F("zip_code", translate("AttorneyDialog", "ZIP code"), forms="G-28"),
        F("province", translate("AttorneyDialog", "Province")),
        F("postal_code", translate("AttorneyDialog", "Postal code")),
        F("country", translate("AttorneyDialog", "Country")),
        F("phone", translate("AttorneyDialog", "Daytime phone"), forms="G-28", placeholder="(312) 555-0100"),
        F("mobile_phone", translate("AttorneyDialog", "Mobile phone")),
        F("fax", translate("AttorneyDialog", "Fax")),
        F("email", translate("AttorneyDialog", "Email"), forms="G-28"),
    ]


class AttorneyDialog(QDialog):
    saved = Signal()

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None, *, first_run: bool = False) -> None:
        """``first_run``: the last step of the guided first run (its Cancel reads "Skip for now")."""
        super().__init__(parent)
        self._tasks = tasks
        self.setWindowTitle(translate("AttorneyDialog", "Attorney profile"))
        self.form = FieldForm("attorney", attorney_specs(), self, columns=2)
        self.message = MessageLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        layout = QVBoxLayout(self)
        if first_run:
            self.setWindowTitle(step_title(4, translate("AttorneyDialog", "Your attorney profile")))
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("AttorneyDialog",
                                                                                     "&Skip for now"))
            layout.addWidget(hint(step_title(4, translate("AttorneyDialog", "Your attorney profile")), self))
            layout.addWidget(hint(translate("AttorneyDialog", "You can fill in or change this later from Vault › "
                                                              "Attorney profile."), self))
        layout.addWidget(hint(translate("AttorneyDialog", "Your own details as the representative: Form G-28 "
                                        "Part 1 and the preparer's blocks use them for every matter in this "
                                        "vault."), self))
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(760)
        QueryOp(tasks, self, load_attorney_profile).success(self._loaded) \
            .failure(lambda exc: self.message.show_message(error_text(exc))).run_in_background()

    def _loaded(self, values: dict) -> None:
        self.form.load(values)
        self.save_button.setEnabled(True)

    def save(self) -> None:
        if not self.form.validate():
            return
        values = self.form.all_values()
        self.save_button.setEnabled(False)

        def done(_changes: ChangeSet) -> None:
            self.saved.emit()
            self.accept()

        def failed(exc: Exception) -> None:
            self.save_button.setEnabled(True)
            self.message.show_message(error_text(exc))
        VaultOp(self._tasks, self, lambda v: save_attorney_profile(v, values)).success(done).failure(failed) \
            .run_in_background()

    def discard(self) -> None:
        self.form.clear()
        super().reject()
