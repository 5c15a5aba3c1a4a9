"""The installed app as a person meets it: its own process, a real X display (Xvfb), the keyboard.

Each test starts ``workbench`` (the console script of this venv; ``WORKBENCH_PROCESS_APP`` names
another executable, such as the frozen app) with private HOME/XDG folders, so every run is a first
start on a new computer, and drives it through tests/gui/process/drive.py. What they assert is what
the user would see: which windows are on screen, that the app stays up between them, and that
quitting ends it with exit code 0. Screenshots of the real screen go to screenshots/process/.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from tests.gui.process import drive

SHOTS = REPO_ROOT / "screenshots" / "process"


def app_command() -> list[str]:
    chosen = os.environ.get("WORKBENCH_PROCESS_APP")
    if chosen:
        return [chosen]
    script = Path(sys.executable).parent / "workbench"
    return [str(script)] if script.exists() else [sys.executable, "-m", "workbench"]


@pytest.fixture
def display():
    missing = drive.missing_tools()
    if missing:
        message = f"real-process tests need {', '.join(missing)} (Debian packages xvfb, xdotool: bash .ci/system-deps)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with drive.VirtualDisplay() as screen:
        yield screen


@pytest.fixture
def start(display, tmp_path):
    """``start()`` runs the app on the test's display and private home (the same home on each call)."""
    started: list[drive.RunningApp] = []

    def run() -> drive.RunningApp:
        app = drive.RunningApp(app_command(), display, tmp_path / "computer")
        started.append(app)
        return app

    yield run
    for app in started:
        app.stop()


def data_dir(app: drive.RunningApp) -> Path:
    return app.home / "data" / "ProBonoWorkbench"


def test_explore_the_demo_first_opens_the_demo_and_stays_up(start):
    app = start()
    window = drive.explore_demo_first(app, SHOTS)
    assert window.title.endswith("Pro Bono Workbench (demo vault)"), window.title
    assert [w.dialog for w in app.windows()] == [False], app.describe()  # the create dialog is gone
    assert (data_dir(app) / "demo-vault").is_dir() and not (data_dir(app) / "vault").exists()
    assert drive.quit_app(app, window) == 0, app.output()


def test_first_run_then_lock_unlock_restart_and_quit(start):
    app = start()
    window = drive.create_vault(app, SHOTS)
    assert (data_dir(app) / "vault").is_dir() and not (data_dir(app) / "demo-vault").exists()
    drive.lock(app, window, SHOTS)
    window = drive.unlock(app, SHOTS)
    assert drive.quit_app(app, window) == 0, app.output()

    again = start()  # the next start finds the vault and asks for its passphrase
    window = drive.unlock(again, SHOTS, name="restart")
    assert drive.quit_app(again, window) == 0, again.output()


def test_quit_buttons_of_the_first_dialogs_end_the_app(start):
    app = start()
    dialog = app.wait_window(r"^Create your vault", dialog=True)
    app.focus(dialog)
    app.keys("alt+q")
    assert app.wait_exit() == 0, app.output()
    assert not (data_dir(app) / "vault").exists()

    with_vault = start()
    window = drive.create_vault(with_vault)
    assert drive.quit_app(with_vault, window) == 0
    unlock = start()
    dialog = unlock.wait_window(r"^Unlock", dialog=True)
    unlock.focus(dialog)
    unlock.keys("alt+q")
    assert unlock.wait_exit() == 0, unlock.output()
