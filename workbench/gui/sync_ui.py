"""The main window's part of sync: the Sync menu, "Sync now" (F9), the status-bar corner, the
conflicts view, and offline bundles ("Export for the organization…", "Import from the
organization…"). The window creates one ``SyncPanel`` and places its actions and widget."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from ..core.i18n import translate
from ..core.operations import sync as sync_ops
from ..core.operations.sync import BundleExported, BundleRejected, SyncOutcome, changes_text
from .conflicts_dialog import ConflictsDialog
from .sync_controller import SyncController
from .sync_status import SyncStatusBar
from .tasks import TaskManager, VaultOp, error_text


def bundle_filter() -> str:
    return translate("SyncPanel", "Workbench bundles (*.wbbundle)") + ";;" + translate("SyncPanel", "All files (*)")


def bundle_error_text(exc: Exception) -> str:
    if isinstance(exc, BundleRejected):
        return translate("SyncPanel", "The file was not imported: {reason} Nothing from it was used.").format(
            reason=exc)
    return error_text(exc)


class SyncPanel(QObject):
    def __init__(self, window: QMainWindow, tasks: TaskManager) -> None:
        super().__init__(window)
        self._window, self._tasks = window, tasks
        self.controller = SyncController(tasks, window)
        self.status_widget = SyncStatusBar(self.controller, window)
        self.status_widget.conflicts_clicked.connect(self.open_conflicts)
        self.status_widget.enroll_clicked.connect(lambda: window.open_settings())
        self.last_box: QMessageBox | None = None
        action = window._action
        self.sync_action = action(translate("SyncPanel", "S&ync now"), "F9", self.controller.sync_now,
                                  translate("SyncPanel", "Send your changes to the organization and receive theirs"))
        self.conflicts_action = action(translate("SyncPanel", "&Conflicts to review…"), [], self.open_conflicts,
                                       translate("SyncPanel", "Fields changed both on the hub and on a device"))
        self.export_action = action(translate("SyncPanel", "&Export for the organization…"), [],
                                    lambda: self.export_bundle(),
                                    translate("SyncPanel", "Write your changes to an encrypted file, for when there "
                                                           "is no connection"))
        self.import_action = action(translate("SyncPanel", "&Import from the organization…"), [],
                                    lambda: self.import_ack(),
                                    translate("SyncPanel", "Import the organization's answer to an exported file"))
        self.controller.running_changed.connect(lambda running: self.sync_action.setEnabled(not running))

    def install_menu(self) -> None:
        menu = self._window.menuBar().addMenu(translate("SyncPanel", "&Sync"))
        for a in (self.sync_action, self.conflicts_action, None, self.export_action, self.import_action):
            menu.addSeparator() if a is None else menu.addAction(a)
        self._window.statusBar().addPermanentWidget(self.status_widget)

    # -- conflicts --------------------------------------------------------------------------
    def open_conflicts(self) -> ConflictsDialog:
        existing = self._window.findChild(ConflictsDialog)
        if existing is not None and existing.isVisible():
            existing.raise_()
            existing.reload()
            return existing
        dialog = ConflictsDialog(self._tasks, self.controller, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- offline bundles --------------------------------------------------------------------
    def export_bundle(self, path: str | Path | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self._window, translate("SyncPanel", "Export for the organization"),
                                                  f"workbench-{date.today().isoformat()}.wbbundle", bundle_filter())
            if not path:
                return
        target = Path(path)

        def done(summary: BundleExported) -> None:
            self._tell(translate("SyncPanel", "Wrote {name}: {changes} and {files} file(s), encrypted for the "
                                 "organization and signed by this vault. Give it to the organization (USB stick or "
                                 "secure e-mail), then import their answer with Sync › Import from the "
                                 "organization…. Your changes stay marked as waiting until then.").format(
                           name=target.name, changes=changes_text(summary.mutations), files=summary.blobs),
                       translate("SyncPanel", "Exported {name}").format(name=target.name))
        VaultOp(self._tasks, self._window, lambda v: sync_ops.export_bundle(v, target)).success(done) \
            .failure(lambda exc: self._tell(bundle_error_text(exc), translate("SyncPanel", "Export failed"),
                                            warning=True)) \
            .run_in_background()

    def import_ack(self, path: str | Path | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self._window, translate("SyncPanel", "Import from the organization"),
                                                  "", bundle_filter())
            if not path:
                return
        source = Path(path)

        def done(outcome: SyncOutcome) -> None:  # VaultOp broadcasts outcome.changes
            report = outcome.report
            text = (translate("SyncPanel", "Imported the organization's answer: {confirmed} of your changes "
                              "confirmed, {received} record(s) received; {conflicts} conflict(s) to review.")
                    if report.conflicts else
                    translate("SyncPanel", "Imported the organization's answer: {confirmed} of your changes "
                              "confirmed, {received} record(s) received."))
            self._tell(text.format(confirmed=report.pushed, received=report.pulled, conflicts=report.conflicts),
                       translate("SyncPanel", "Imported {name}").format(name=source.name))
            self.controller.refresh()
        VaultOp(self._tasks, self._window, lambda v: sync_ops.import_ack(v, source)).success(done) \
            .failure(lambda exc: self._tell(bundle_error_text(exc), translate("SyncPanel", "{name} was not imported")
                                            .format(name=source.name), warning=True)) \
            .run_in_background()

    def _tell(self, text: str, short: str, warning: bool = False) -> None:
        """The whole sentence in a message box; ``short`` stays in the status bar."""
        self.controller.say(short, "warning" if warning else "info")
        box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
                          "Pro Bono Workbench", text, QMessageBox.StandardButton.Ok, self._window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_box = box

    def clear(self) -> None:
        self.controller.clear()
        self.status_widget.clear()
