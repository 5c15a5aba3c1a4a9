"""The status bar's sync corner: last sync, changes waiting, conflicts (a button), progress.

It only shows what ``SyncController`` says; clicking the conflicts count opens the conflicts
view, clicking "Not enrolled" opens the settings.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from ..core.i18n import translate
from ..core.operations.sync import SyncStatus, changes_text
from .labels import short_date
from .sync_controller import SyncController, cancelling_text, conflicts_text

NOTE_WIDTH = 520  # pixels of the last outcome shown; the whole sentence is in the tooltip


def sync_time_text(at_iso: str | None, today: date | None = None) -> str:
    if not at_iso:
        return translate("SyncStatusBar", "never")
    at = datetime.fromisoformat(at_iso).astimezone()
    clock = at.strftime("%H:%M")
    if at.date() == (today or date.today()):
        return translate("SyncStatusBar", "today {time}").format(time=clock)
    return f"{short_date(at.date())} {clock}"


def state_text(status: SyncStatus) -> str:
    waiting = changes_text(status.pending)
    if status.bundle_only:
        return translate("SyncStatusBar", "Bundle-only · {changes} to export").format(changes=waiting) \
            if status.pending else translate("SyncStatusBar", "Bundle-only · nothing to export")
    if not status.enrolled:
        return translate("SyncStatusBar", "Not enrolled with a hub")
    waits = translate("SyncStatusBar", "{changes} waiting").format(changes=waiting) if status.pending else \
        translate("SyncStatusBar", "nothing waiting")
    return translate("SyncStatusBar", "Last sync {when} · {waiting}").format(when=sync_time_text(status.last_sync_at),
                                                                            waiting=waits)


def state_tip(status: SyncStatus) -> str:
    if status.bundle_only:
        return translate("SyncStatusBar", "Bundle-only: exchange files with Sync › Export / Import")
    if status.enrolled:
        return translate("SyncStatusBar", "Hub of {organization}: {address}").format(
            organization=status.organization, address=status.hub_url)
    return translate("SyncStatusBar", "Click to enroll with the organization's hub (Settings)")


class SyncStatusBar(QWidget):
    conflicts_clicked = Signal()
    enroll_clicked = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.note = QLabel(self)  # the outcome of the last round, or why it failed
        self.note.setObjectName("syncNote")
        self.note.setWordWrap(False)
        self.state = QToolButton(self)
        self.state.setObjectName("syncState")
        self.state.setAutoRaise(True)
        self.state.clicked.connect(self._state_clicked)
        self.conflicts = QToolButton(self)
        self.conflicts.setObjectName("syncConflicts")
        self.conflicts.setAutoRaise(True)
        self.conflicts.setToolTip(translate("SyncStatusBar", "Review the values the hub and this device disagree on"))
        self.conflicts.clicked.connect(self.conflicts_clicked)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("syncProgress")
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(90)
        self.bar.setMaximumHeight(10)
        self.bar.setAccessibleName(translate("SyncStatusBar", "Syncing"))
        self.cancel = QToolButton(self)
        self.cancel.setText(translate("SyncStatusBar", "Cancel"))
        self.cancel.setToolTip(translate("SyncStatusBar", "Stop the sync: what was sent or received is kept"))
        self.cancel.clicked.connect(controller.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for w in (self.note, self.state, self.conflicts, self.bar, self.cancel):
            layout.addWidget(w)
        controller.status_changed.connect(self.show_status)
        controller.running_changed.connect(self.show_running)
        controller.progress.connect(self._progress)
        controller.message.connect(self.show_message)
        self.show_status(controller.status)
        self.show_running(False)
        self.show_message("", "")

    def show_status(self, status: SyncStatus) -> None:
        if not self._controller.running:
            self.state.setText(state_text(status))
        self.state.setToolTip(state_tip(status))
        self.conflicts.setText(conflicts_text(status.conflicts))
        self.conflicts.setVisible(status.conflicts > 0)

    def show_running(self, running: bool) -> None:
        self.bar.setVisible(running)
        self.cancel.setVisible(running)
        self.cancel.setEnabled(running)
        if running:
            self.state.setText(translate("SyncStatusBar", "Syncing…"))
        else:
            self.state.setText(state_text(self._controller.status))

    def _progress(self, text: str) -> None:
        if self._controller.running:
            self.state.setText(text)
            if text == cancelling_text():
                self.cancel.setEnabled(False)

    def show_message(self, text: str, kind: str) -> None:
        self.note.setProperty("kind", kind or "info")
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)
        self.note.setText(self.note.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, NOTE_WIDTH))
        self.note.setToolTip(text)
        self.note.setAccessibleName(text)
        self.note.setVisible(bool(text))

    def _state_clicked(self) -> None:
        if not self._controller.status.enrolled:
            self.enroll_clicked.emit()

    def clear(self) -> None:
        self.show_message("", "")
        self.show_status(SyncStatus())
