"""The moment the app's first window is on screen, and what waits for it.

``after_first_frame(app, callback)`` calls ``callback`` once, right after the first top-level window
was exposed and painted its first frame. The app uses it twice:

- to load the rest of the GUI (the main window, the operations layer) in the background only once
  the first dialog is up, so a user sees the unlock or first-run dialog as early as Qt allows;
- for the startup benchmark (benchmarks/bench_startup.py): only when ``WORKBENCH_FIRST_WINDOW_FILE``
  names a file (a normal run never has it), the wall-clock time (``time.time()``) of that moment is
  written there. This module imports nothing but Qt, so the bench's bare-PySide6 reference window
  loads it by path and is measured exactly the same way.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QWindow

ENV = "WORKBENCH_FIRST_WINDOW_FILE"


class _FirstExposure(QObject):
    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and isinstance(watched, QWindow) and watched.isExposed():
            QCoreApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self._callback)  # queued behind the paint this exposure starts
        return False


def after_first_frame(app: QCoreApplication, callback: Callable[[], None]) -> None:
    app.installEventFilter(_FirstExposure(callback, app))


def report_if_asked(app: QCoreApplication) -> None:
    """For the benchmark: write when the first window was up, if the environment asks for it."""
    target = os.environ.get(ENV)
    if target:
        after_first_frame(app, lambda: Path(target).write_text(repr(time.time())))
