"""Run by test_gui_screenshots at QT_SCALE_FACTOR=2: open the demo vault, show the client tab
of a matter and save a screenshot (``python scaled_screenshot.py VAULT_FOLDER OUT.png``)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication


def main(folder: str, out: str) -> int:
    from workbench.gui.app import AppController
    from workbench.gui.resources import apply_style

    app = QApplication(sys.argv[:1])
    apply_style(app)
    ctl = AppController(Path(folder), store=None, calibrate=False, auto_backup=False, demo=True,
                        quit_app=lambda: None)
    ctl.start()

    def wait(condition, timeout=60.0) -> None:
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError
            app.processEvents()
            time.sleep(0.01)

    wait(lambda: ctl.window is not None and ctl.window.isVisible() and ctl.tasks.pending == 0)
    window = ctl.window
    window.resize(1280, 800)  # device-independent pixels: 2560 x 1600 on screen
    wait(lambda: window.model.rowCount() > 0)
    window.open_matter_at(0)
    wait(lambda: window.matter_view.detail is not None and ctl.tasks.pending == 0)
    app.processEvents()
    ok = window.grab().save(out)
    ctl.shutdown()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
