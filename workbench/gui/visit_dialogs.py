"""Matter > Visit kit… and Record visit…, and Vault > Reports (docs/packets.md).

Visit kit: language (English / Español) and the extra identifiers, all unchecked: by default the
only identifier on the pages is the matter number, because the pages leave the attorney's hands.
The PDF is built in memory on the database worker and written only where the user picks
(``write_atomic``; the export is noted in the audit log).

Record visit: creates the "Visit" event (``record_visit``) on the date chosen; the dialog then
asks for the notes, typed in after the visit and appended with a timestamp (``add_visit_notes``).

Reports: the file dialog's choice (.csv or .pdf) decides the format; matters are named by their
matter number, client names only when asked.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QGroupBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.operations import reports, visits
from . import i18n
from .access_notice import tell_export
from .tasks import TaskManager, VaultOp, error_text
from .widgets import MessageLabel, hint

# marked here, translated where shown (context "VisitKitDialog")
IDENTIFIER_LABELS = {"name": QT_TRANSLATE_NOOP("VisitKitDialog", "Client's &name"),
                     "a_number": QT_TRANSLATE_NOOP("VisitKitDialog", "&A-Number"),
                     "date_of_birth": QT_TRANSLATE_NOOP("VisitKitDialog", "&Date of birth"),
                     "facility": QT_TRANSLATE_NOOP("VisitKitDialog", "Detention &facility")}
# the worksheet's language, in the interface's words (each language's own name stays in it)
LANGUAGES = (("en", QT_TRANSLATE_NOOP("VisitKitDialog", "English")),
             ("es", QT_TRANSLATE_NOOP("VisitKitDialog", "Español (Spanish)")))


def display_format() -> str:
    """The ``QDateEdit`` format: month first in English (as on USCIS forms), day first otherwise."""
    return "MM/dd/yyyy" if i18n.date_order() == "MDY" else "dd/MM/yyyy"


def _documents_dir() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


class VisitKitDialog(QDialog):
    def __init__(self, tasks: TaskManager, matter_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks, self.matter_id = tasks, matter_id
        self.setWindowTitle(translate("VisitKitDialog", "Detention-visit kit"))
        self.language = QComboBox(self)
        self.language.setAccessibleName(translate("VisitKitDialog", "Language of the worksheet"))
        for code, label in LANGUAGES:
            self.language.addItem(translate("VisitKitDialog", label), code)
        box = QGroupBox(translate("VisitKitDialog", "Also print (off by default: the pages leave your hands)"), self)
        box_layout = QVBoxLayout(box)
        self.identifiers: dict[str, QCheckBox] = {}
        for key, label in IDENTIFIER_LABELS.items():
            check = QCheckBox(translate("VisitKitDialog", label), box)
            check.setChecked(False)
            self.identifiers[key] = check
            box_layout.addWidget(check)
        self.message = MessageLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.addButton(translate("VisitKitDialog", "&Save kit…"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("VisitKitDialog", "&Language:"), self.language)
        self.language.setFocus()
        layout = QVBoxLayout(self)
        layout.addWidget(hint(translate("VisitKitDialog", "For facilities where laptops are not allowed: a pre-visit "
                                        "checklist, a client summary and the intake and declaration-interview "
                                        "worksheet, to print. Only the matter number identifies the client unless "
                                        "you choose more below."), self))
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def lang(self) -> str:
        return self.language.currentData()

    def include(self) -> frozenset[str]:
        return frozenset(k for k, c in self.identifiers.items() if c.isChecked())

    def choose_file(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, translate("VisitKitDialog", "Save the visit kit (a decrypted "
                                                                                  "copy)"),
                                                str(_documents_dir() / f"visit-kit-{self.lang()}.pdf"),
                                                translate("VisitKitDialog", "PDF files (*.pdf)"))
        if target:
            self.save_to(Path(target))

    def save_to(self, target: Path) -> None:
        matter_id, lang, include = self.matter_id, self.lang(), self.include()
        self.save_button.setEnabled(False)
        self.message.show_message(translate("VisitKitDialog", "Preparing the kit…"), "info")

        def work(v):
            return visits.export_visit_kit(v, matter_id, target, lang, include=include)

        def failed(exc: Exception) -> None:
            self.save_button.setEnabled(True)
            self.message.show_message(error_text(exc))
        def done(exported) -> None:
            self.accept()
            tell_export(self.parentWidget(), exported)  # the dialog is gone: over the window it came from
        VaultOp(self._tasks, self, work).success(done).failure(failed).run_in_background()


class RecordVisitDialog(QDialog):
    """Two steps: record the visit (the event exists at once), then type the notes."""

    recorded = Signal(str)  # the event id

    def __init__(self, tasks: TaskManager, matter_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks, self.matter_id = tasks, matter_id
        self.event_id: str | None = None
        self.setWindowTitle(translate("RecordVisitDialog", "Record a visit"))
        self.on_date = QDateEdit(QDate.currentDate(), self)
        self.on_date.setCalendarPopup(True)
        self.on_date.setDisplayFormat(display_format())
        self.location = QLineEdit(self)
        self.location.setPlaceholderText(translate("RecordVisitDialog", "The client's detention facility if left "
                                                                        "empty"))
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(translate("RecordVisitDialog", "Notes of the visit"))
        self.notes.setPlaceholderText(translate("RecordVisitDialog", "Record the visit first; then type what you "
                                                                     "wrote down on paper."))
        self.notes.setEnabled(False)
        self.message = MessageLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.record_button = self.buttons.addButton(translate("RecordVisitDialog", "&Record visit"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.notes_button = self.buttons.addButton(translate("RecordVisitDialog", "&Add notes"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.notes_button.setEnabled(False)
        self.record_button.clicked.connect(self.record)
        self.notes_button.clicked.connect(self.add_notes)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("RecordVisitDialog", "&Date:"), self.on_date)
        form.addRow(translate("RecordVisitDialog", "&Location:"), self.location)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(520, 380)

    def record(self) -> None:
        if self.event_id is not None:
            return
        matter_id, location = self.matter_id, self.location.text().strip() or None
        d = self.on_date.date()
        on_date = date(d.year(), d.month(), d.day())
        self.record_button.setEnabled(False)

        def work(v):
            return visits.record_visit(v, matter_id, on_date, location=location)

        def done(result: visits.RecordedVisit) -> None:
            self.event_id = result.event_id
            self.notes.setEnabled(True)
            self.notes_button.setEnabled(True)
            self.on_date.setEnabled(False)
            self.location.setEnabled(False)
            self.notes.setFocus()
            self.message.show_message(translate("RecordVisitDialog", "Visit of {date} recorded (Events tab). Type "
                                                "your notes and choose Add notes; you can add more later.")
                                      .format(date=i18n.typed_date(on_date)), "info")
            self.recorded.emit(result.event_id)

        def failed(exc: Exception) -> None:
            self.record_button.setEnabled(True)
            self.message.show_message(error_text(exc))
        VaultOp(self._tasks, self, work).success(done).failure(failed).run_in_background()

    def add_notes(self) -> None:
        text, event_id = self.notes.toPlainText(), self.event_id
        if event_id is None:
            return
        if not text.strip():
            self.message.show_message(translate("RecordVisitDialog", "The notes are empty; nothing was added."))
            return
        self.notes_button.setEnabled(False)

        def work(v):
            return visits.add_visit_notes(v, event_id, text)

        def done(_c) -> None:
            self.notes.clear()
            self.notes_button.setEnabled(True)
            self.message.show_message(translate("RecordVisitDialog", "Notes added to the visit."), "info")

        def failed(exc: Exception) -> None:
            self.notes_button.setEnabled(True)
            self.message.show_message(error_text(exc))
        VaultOp(self._tasks, self, work).success(done).failure(failed).run_in_background()

    def discard(self) -> None:
        """On lock: drop typed notes with the rest of the screen."""
        self.notes.clear()
        self.reject()


# ------------------------------------------------------------------------------------ reports
def report_format(path: Path, selected_filter: str = "") -> str:
    suffix = path.suffix.lower()
    if suffix in (".csv", ".pdf"):
        return suffix[1:]
    if "pdf" in selected_filter.lower():
        return "pdf"
    if "csv" in selected_filter.lower():
        return "csv"
    return reports.report_format(path)  # says what it accepts


def ask_report_path(parent: QWidget, which: str) -> tuple[Path, str] | None:
    title = {"hours": translate("reports", "Save the hours report"),
             "matters": translate("reports", "Save the matters report")}[which]
    target, chosen = QFileDialog.getSaveFileName(parent, title, str(_documents_dir() / f"{which}-report.csv"),
                                                 translate("reports", "CSV spreadsheet (*.csv)") + ";;"
                                                 + translate("reports", "PDF document (*.pdf)"))
    if not target:
        return None
    path = Path(target)
    fmt = report_format(path, chosen)
    if path.suffix.lower() != f".{fmt}":
        path = path.with_name(path.name + f".{fmt}")
    return path, fmt


def save_report(tasks: TaskManager, parent: QWidget, which: str, target: Path, fmt: str, done, failed) -> None:
    def work(v):
        return reports.export_report(v, which, target, fmt)
    VaultOp(tasks, parent, work).success(done).failure(failed).run_in_background()
