"""Sync state and the "Sync now" round, for the status bar, the menus and the conflicts view.

The round runs on the network worker (``NetworkOp``): only its short vault steps (read an
outbox batch, mark it sent, apply a pulled batch, store the conflicts...) are jobs on the
database worker, so the user's saves go on while the hub is slow (``core.sync.rounds``). Cancel
sets a flag that the round checks before every request and every step; locking sets it too, and
the round's next step finds the vault closed. Phase texts come back through a queued signal.
Views refresh from the round's change-set: what it actually applied. A "Sync now" asked for
while a round runs (say, right after resolving a conflict) runs once more when it ends.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ..core.i18n import translate
from ..core.operations import sync as sync_ops
from ..core.operations.sync import Cancelled, SyncOutcome, SyncReport, SyncStatus, changes_text
from .tasks import NetworkOp, QueryOp, TaskManager, error_text

REFRESH_DELAY_MS = 300  # a burst of saves costs one count of pending changes


def report_text(report: SyncReport) -> str:
    parts = [translate("SyncController", "Synced: sent {sent}, received {received}").format(
        sent=changes_text(report.pushed), received=changes_text(report.pulled))]
    if report.files_sent or report.files_received:
        parts.append(translate("SyncController", "files sent {sent}, received {received}").format(
            sent=report.files_sent, received=report.files_received))
    if report.rejected:
        parts.append(translate("SyncController", "{count} refused by the hub").format(count=len(report.rejected)))
    if report.form_maps_installed:  # field maps the organization published (docs/forms-updates.md)
        parts.append(translate("SyncController", "field maps installed: {names}").format(
            names=", ".join(report.form_maps_installed)))
    if report.form_maps_refused:
        parts.append(translate("SyncController", "{count} published field map(s) refused (see the log)").format(
            count=len(report.form_maps_refused)))
    if report.conflicts:
        parts.append(conflicts_text(report.conflicts))
    return "; ".join(parts) + "."


def conflicts_text(n: int) -> str:
    return translate("SyncController", "1 conflict to review") if n == 1 else \
        translate("SyncController", "{count} conflicts to review").format(count=n)


def cancelling_text() -> str:
    return translate("SyncController", "Cancelling…")


class SyncController(QObject):
    status_changed = Signal(object)  # SyncStatus
    running_changed = Signal(bool)
    progress = Signal(str)
    message = Signal(str, str)  # text, kind ("info", "warning"; "" clears)
    synced = Signal(object)  # SyncReport, after a round that succeeded
    finished = Signal()  # after every round, whatever its outcome

    def __init__(self, tasks: TaskManager, owner: QWidget) -> None:
        super().__init__(owner)
        self._tasks, self._owner = tasks, owner
        self.status = SyncStatus()
        self.running = False
        self.last_message = ("", "")
        self._again = False
        self._cancel = threading.Event()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        tasks.changed.connect(lambda *_: self._timer.start())

    def refresh(self) -> None:
        QueryOp(self._tasks, self._owner, sync_ops.sync_status).success(self._set_status) \
            .failure(lambda _exc: None).run_in_background()  # locked meanwhile: nothing to show

    def _set_status(self, status: SyncStatus) -> None:
        self.status = status
        self.status_changed.emit(status)

    def say(self, text: str, kind: str = "info") -> None:
        self.last_message = (text, kind)
        self.message.emit(text, kind)

    def sync_now(self) -> None:
        if self.running:
            self._again = True
            return
        self._again = False
        self._cancel = threading.Event()
        cancel, progress = self._cancel, self._emit_progress
        self._set_running(True)
        self.say("")
        NetworkOp(self._tasks, self._owner, lambda db: sync_ops.sync_round(db, cancel.is_set, progress)) \
            .success(self._done).failure(self._failed).run_in_background()

    def cancel(self) -> None:
        if self.running:
            self._again = False
            self._cancel.set()
            self.progress.emit(cancelling_text())

    def _emit_progress(self, text: str) -> None:  # on the network worker: queued to the GUI
        try:
            self.progress.emit(text)
        except RuntimeError:  # the window went away meanwhile
            pass

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.running_changed.emit(running)

    def _done(self, outcome: SyncOutcome) -> None:  # NetworkOp has broadcast outcome.changes
        report = outcome.report
        self._set_running(False)
        self.say(report_text(report), "warning" if report.conflicts or report.rejected else "info")
        self.synced.emit(report)
        self._finish()

    def _failed(self, exc: Exception) -> None:
        self._set_running(False)
        changes = getattr(exc, "changes", None)  # what the round committed before it stopped
        if changes is not None and changes.tables():
            self._tasks.changed.emit(changes, None)
        self.say(error_text(exc), "info" if isinstance(exc, Cancelled) else "warning")
        self._finish()

    def _finish(self) -> None:
        self.refresh()
        self.finished.emit()
        if self._again:
            self.sync_now()

    def clear(self) -> None:
        """On lock: stop a running round and forget what was shown."""
        self.cancel()
        self._timer.stop()
        self.status = SyncStatus()
        self.last_message = ("", "")
