"""Auto-lock after idle time, the busy indicator, and desktop reminders.

``IdleWatcher``: an application-wide event filter restarts a timer on every key press, click,
mouse move or wheel; when it fires, the app locks (the same path as Ctrl+L). It watches input,
not work: a long import does not keep an unattended laptop unlocked.

``BusyIndicator``: work on the worker that is still running after 200 ms shows an indeterminate
progress bar ("Working…") in the status bar, so nothing longer looks frozen; quicker work
shows nothing, so the bar does not flicker.

``ReminderClock``: while the app stays open (laptops are left running for days), ``tick`` fires
every hour and just after midnight, so the dashboard reloads and the notifier re-checks what is
due: a deadline entering the "N days before" window on a new day is announced that day.

``ReminderNotifier``: shows a system-tray notification for deadlines and hearings within the
"N days before" setting, once per unlock and day. The text carries counts and dates only
(``core.dashboard.reminder_text``): notification centres keep history on disk. Without a system
tray nothing is shown and the dashboard remains the reminder.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QSystemTrayIcon, QWidget

from ..core.i18n import translate
from .resources import app_icon

if TYPE_CHECKING:
    from ..core.operations.settings import AgendaItem

BUSY_DELAY_MS = 200
_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
          QEvent.Type.TouchBegin, QEvent.Type.Shortcut}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._installed = False

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self, interval_ms: int) -> None:
        if not self._installed:
            QApplication.instance().installEventFilter(self)
            self._installed = True
        self._timer.start(interval_ms)

    def stop(self) -> None:
        self._timer.stop()
        if self._installed:
            QApplication.instance().removeEventFilter(self)
            self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self._timer.isActive():
            self._timer.start()
        return False


class BusyIndicator(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QHBoxLayout
        self.label = QLabel(translate("BusyIndicator", "Working…"), self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # indeterminate
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(10)
        self.bar.setAccessibleName(translate("BusyIndicator", "Working"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BUSY_DELAY_MS)
        self._timer.timeout.connect(self.show)
        self.hide()

    def set_busy(self, busy: bool) -> None:
        if busy:
            self._timer.start()
        else:
            self._timer.stop()
            self.hide()


RECHECK_MS = 60 * 60 * 1000  # hourly


def ms_until_after_midnight(now: datetime) -> int:
    """Milliseconds from ``now`` to one minute past the next midnight (local time)."""
    tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), now.tzinfo)
    return max(1000, int((tomorrow - now).total_seconds() * 1000) + 60_000)


class ReminderClock(QObject):
    tick = Signal()

    def __init__(self, parent: QObject | None = None, interval_ms: int = RECHECK_MS) -> None:
        super().__init__(parent)
        self.hourly = QTimer(self)
        self.hourly.setInterval(interval_ms)
        self.hourly.timeout.connect(self.tick)
        self.midnight = QTimer(self)
        self.midnight.setSingleShot(True)
        self.midnight.timeout.connect(self._midnight)

    @property
    def running(self) -> bool:
        return self.hourly.isActive()

    def start(self) -> None:
        self.hourly.start()
        self.midnight.start(ms_until_after_midnight(datetime.now()))

    def stop(self) -> None:
        self.hourly.stop()
        self.midnight.stop()

    def _midnight(self) -> None:
        self.tick.emit()
        self.midnight.start(ms_until_after_midnight(datetime.now()))


class ReminderNotifier(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = True
        self.remind_days = 3
        self.shown: list[str] = []  # what was notified (tests read it; nothing is written anywhere)
        self._notified_on: date | None = None
        self._tray: QSystemTrayIcon | None = None

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def reset(self) -> None:
        """On lock: the next unlock may remind again."""
        self._notified_on = None
        if self._tray is not None:
            self._tray.hide()

    def agenda_loaded(self, items: list[AgendaItem], today: date | None = None) -> None:
        from ..core.operations.settings import due_reminders, reminder_text  # after unlock: not at start

        today = today or date.today()
        if not self.enabled or self._notified_on == today:
            return
        due = due_reminders(items, today, self.remind_days)
        if not due:
            return
        self._notified_on = today
        text = reminder_text(due, today)
        self.shown.append(text)
        if self.available():
            if self._tray is None:
                self._tray = QSystemTrayIcon(app_icon(), self)
                self._tray.setToolTip("Pro Bono Workbench")
            self._tray.show()
            self._tray.showMessage("Pro Bono Workbench", text, QSystemTrayIcon.MessageIcon.Information, 15_000)
