"""Drive the real app: a separate process on a virtual X display, typed at through the keyboard.

The pytest-qt tests build widgets inside the test's own process and never run ``app.exec()``, so
they cannot see what only the real event loop does (the app quitting when its last window closes
while a vault opens in the background was such a bug). Here the app is the installed ``workbench``
command (or the frozen ``ProBonoWorkbench`` binary) started as its own process on an Xvfb display,
with private HOME/XDG/APPDATA folders and no OS keyring, and driven as a person would: keys sent
with ``xdotool`` (XTEST, so Qt sees real key presses) to the window that has the focus. Windows
are found by title and told apart by their EWMH type (a dialog or the normal main window) with
``xprop``; screenshots are grabbed from the X server itself (Pillow's ``ImageGrab``).

Used by tests/gui/process/test_real_app.py and, for the frozen app, by .ci/run::

    python -m tests.gui.process.drive --app dist/ProBonoWorkbench/ProBonoWorkbench demo

Needs the Debian packages ``xvfb`` and ``xdotool`` (and x11-utils' ``xprop``), listed in
.ci/debian-packages.txt.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

TOOLS = ("Xvfb", "xdotool", "xprop")
PASSPHRASE = "correct horse battery staple"
WAIT = float(os.environ.get("WORKBENCH_PROCESS_WAIT", "45"))  # seconds for a window to appear


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


class DriveError(AssertionError):
    """The app did not do what a person would have seen it do (a window missing, an early exit)."""


class VirtualDisplay:
    """An Xvfb server on a display number it picks itself (``-displayfd``: no races between runs)."""

    def __init__(self, size: str = "1280x800x24") -> None:
        read, write = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", size, "-nolisten", "tcp", "-noreset"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            self.process.kill()
            raise DriveError("Xvfb did not start")
        self.name = f":{number}"

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def __enter__(self) -> "VirtualDisplay":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def private_env(home: Path, display: str, extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a first start on a new computer: own HOME, XDG and APPDATA folders, no
    keyring, no session bus, English, the X11 platform plugin (the suite's offscreen one is dropped)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "QT_", "DBUS_", "WAYLAND_", "WORKBENCH_", "PYTEST_"))
           and k not in ("DISPLAY", "XAUTHORITY", "TMPDIR", "LANGUAGE", "LC_ALL", "LANG")}
    folders = {"HOME": "home", "XDG_CONFIG_HOME": "config", "XDG_DATA_HOME": "data", "XDG_CACHE_HOME": "cache",
               "XDG_STATE_HOME": "state", "XDG_RUNTIME_DIR": "runtime", "TMPDIR": "tmp",
               "APPDATA": "appdata", "LOCALAPPDATA": "localappdata"}
    for name, sub in folders.items():
        (home / sub).mkdir(parents=True, exist_ok=True, mode=0o700)
        env[name] = str(home / sub)
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", WORKBENCH_NO_KEYRING="1", NO_AT_BRIDGE="1",
               LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="en")
    env.update(extra or {})
    return env


@dataclass(frozen=True)
class Window:
    id: str
    title: str
    dialog: bool  # _NET_WM_WINDOW_TYPE_DIALOG (Qt sets it for every QDialog); else the main window


class RunningApp:
    """One run of the app. ``windows()`` lists what is on screen; ``keys``/``type`` go to ``focus``-ed window."""

    def __init__(self, command: Sequence[str], display: VirtualDisplay, home: Path, *,
                 env: dict[str, str] | None = None) -> None:
        self.display = display.name
        self.home = home
        home.mkdir(parents=True, exist_ok=True)
        self.log = home / f"app-{time.monotonic_ns()}.log"
        with open(self.log, "wb") as out:
            self.process = subprocess.Popen(list(command), env=private_env(home, display.name, env),
                                            stdout=out, stderr=subprocess.STDOUT, start_new_session=True)

    # -- what is on screen ------------------------------------------------------------------------
    def _x(self, *args: str, check: bool = False) -> str:
        done = subprocess.run(args, env={**os.environ, "DISPLAY": self.display}, capture_output=True,
                              encoding="utf-8", errors="replace", timeout=30)
        if check and done.returncode:
            raise DriveError(f"{args[0]} failed: {done.stderr.strip()}")
        return done.stdout

    def windows(self) -> list[Window]:
        """The mapped top-level windows with a title (the display is this run's own: all of them are the app's)."""
        found = []
        for wid in self._x("xdotool", "search", "--onlyvisible", "--name", ".").split():
            title = self._x("xdotool", "getwindowname", wid).rstrip("\n")
            kind = self._x("xprop", "-id", wid, "_NET_WM_WINDOW_TYPE")
            if title:
                found.append(Window(wid, title, "_NET_WM_WINDOW_TYPE_DIALOG" in kind))
        return found

    def describe(self) -> str:
        shown = "; ".join(f"{'dialog' if w.dialog else 'window'} {w.title!r}" for w in self.windows())
        state = "running" if self.alive else f"exited with {self.process.returncode}"
        return f"app {state}; on screen: {shown or 'nothing'}; output: {self.output()[-800:]!r}"

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def wait_window(self, title: str, *, dialog: bool | None = None, timeout: float = WAIT) -> Window:
        """The window whose title matches the regular expression ``title`` (and is, or is not, a dialog),
        once it is on screen. Fails at once if the app exits meanwhile."""
        deadline = time.monotonic() + timeout
        while True:
            for window in self.windows():
                if re.search(title, window.title) and (dialog is None or window.dialog == dialog):
                    return window
            if not self.alive:
                raise DriveError(f"the app exited while waiting for {title!r}: {self.describe()}")
            if time.monotonic() > deadline:
                raise DriveError(f"no window {title!r} after {timeout:.0f} s: {self.describe()}")
            time.sleep(0.1)

    def wait_gone(self, window: Window, timeout: float = WAIT) -> None:
        deadline = time.monotonic() + timeout
        while any(w.id == window.id for w in self.windows()):
            if time.monotonic() > deadline:
                raise DriveError(f"{window.title!r} still on screen: {self.describe()}")
            time.sleep(0.1)

    def main_window(self, timeout: float = WAIT) -> Window:
        return self.wait_window(r"Pro Bono Workbench", dialog=False, timeout=timeout)

    def stays_up(self, seconds: float) -> None:
        """The app is still running ``seconds`` later (it does not quit behind the user's back)."""
        time.sleep(seconds)
        if not self.alive:
            raise DriveError(f"the app quit by itself: {self.describe()}")

    # -- the keyboard ------------------------------------------------------------------------------
    def focus(self, window: Window) -> None:
        """Give ``window`` the keyboard focus, as clicking its title bar would (Xvfb has no window manager).

        Qt may replace a top-level's X window while it settles (a window re-created on showing, for
        instance after the background imports finish): when the id found a moment ago is gone, the
        window now on screen with the same title and kind is the one a person would click."""
        try:
            self._x("xdotool", "windowfocus", "--sync", window.id, check=True)
        except DriveError as exc:
            if "BadWindow" not in str(exc):
                raise
            time.sleep(0.3)
            same = self.wait_window(re.escape(window.title.split(" — ")[-1]), dialog=window.dialog)
            self._x("xdotool", "windowfocus", "--sync", same.id, check=True)
        time.sleep(0.2)  # Qt activates the window when the focus-in event arrives

    def keys(self, *keys: str) -> None:
        """X key names: ``alt+d``, ``Return``, ``ctrl+l``."""
        for key in keys:
            self._x("xdotool", "key", "--clearmodifiers", "--delay", "40", key, check=True)
            time.sleep(0.15)

    def type(self, text: str) -> None:
        self._x("xdotool", "type", "--clearmodifiers", "--delay", "20", text, check=True)
        time.sleep(0.15)

    # -- evidence -----------------------------------------------------------------------------------
    def screenshot(self, path: Path) -> Path:
        """The whole virtual screen, as the X server has it (what a person would see)."""
        from PIL import ImageGrab

        path.parent.mkdir(parents=True, exist_ok=True)
        ImageGrab.grab(xdisplay=self.display).save(path)
        return path

    # -- the end ------------------------------------------------------------------------------------
    def wait_exit(self, timeout: float = WAIT) -> int:
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            raise DriveError(f"the app did not exit within {timeout:.0f} s: {self.describe()}") from None

    def stop(self) -> None:
        """Kill whatever is left (after a failed test); the app's own process group only."""
        if self.alive:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)


# -- the flows a new user goes through ------------------------------------------------------------------
# Each takes a started app and a folder for screenshots (None: none taken), and leaves the app running.

def _shot(app: RunningApp, shots: Path | None, name: str) -> None:
    if shots is not None:
        app.screenshot(shots / f"{name}.png")


def explore_demo_first(app: RunningApp, shots: Path | None = None) -> Window:
    """First run on a fresh computer: "Explore the demo first" opens the demo vault's main window."""
    create = app.wait_window(r"^Create your vault", dialog=True)
    app.focus(create)
    _shot(app, shots, "demo-1-create-vault")
    app.keys("alt+d")  # "Explore the &demo first"
    window = app.wait_window(r"\(demo vault\)", dialog=False)
    app.stays_up(1.5)
    app.wait_gone(create)
    _shot(app, shots, "demo-2-main-window")
    return window


def create_vault(app: RunningApp, shots: Path | None = None, passphrase: str = PASSPHRASE) -> Window:
    """The guided first run: passphrase twice, recovery key, bundle-only, the profile skipped."""
    create = app.wait_window(r"^Create your vault", dialog=True)
    app.focus(create)
    app.keys("alt+p")
    app.type(passphrase)
    app.keys("alt+r")
    app.type(passphrase)
    _shot(app, shots, "create-1-passphrase")
    app.keys("Return")  # "Create vault" is the default button
    recovery = app.wait_window(r"^Your recovery key", dialog=True)
    app.focus(recovery)
    _shot(app, shots, "create-2-recovery-key")
    app.keys("alt+w", "Return")  # "I have &written it down", then Continue
    organization = app.wait_window(r"^Step 3 of 4", dialog=True)
    app.focus(organization)
    app.keys("alt+b")  # "&Bundle-only"
    _shot(app, shots, "create-3-organization")
    app.keys("Return")  # Next
    profile = app.wait_window(r"^Step 4 of 4", dialog=True)
    app.focus(profile)
    _shot(app, shots, "create-4-profile")
    app.keys("alt+s")  # "&Skip for now"
    window = app.main_window()
    app.stays_up(1.0)
    _shot(app, shots, "create-5-main-window")
    return window


def unlock(app: RunningApp, shots: Path | None = None, passphrase: str = PASSPHRASE, name: str = "unlock") -> Window:
    dialog = app.wait_window(r"^Unlock", dialog=True)
    app.focus(dialog)
    _shot(app, shots, f"{name}-1-dialog")
    app.type(passphrase)
    app.keys("Return")
    window = app.main_window()
    app.wait_gone(dialog)
    app.stays_up(1.0)
    _shot(app, shots, f"{name}-2-main-window")
    return window


def lock(app: RunningApp, window: Window, shots: Path | None = None) -> Window:
    """Ctrl+L: the main window goes away and the unlock dialog takes its place; the app stays up."""
    app.focus(window)
    app.keys("ctrl+l")
    dialog = app.wait_window(r"^Unlock", dialog=True)
    app.wait_gone(window)
    app.stays_up(1.0)
    _shot(app, shots, "lock-1-unlock-dialog")
    return dialog


def quit_app(app: RunningApp, window: Window) -> int:
    """Ctrl+Q in the main window; returns the exit code."""
    app.focus(window)
    app.keys("ctrl+q")
    return app.wait_exit()


FLOWS = {"demo": explore_demo_first}


def main(argv: list[str] | None = None) -> int:
    """Run one flow against ``--app`` on a fresh Xvfb display and private folders; 0 if it went as a person
    would see it (the windows appeared, the app stayed up, Ctrl+Q quit it with exit code 0)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", required=True, help="the app's executable (the frozen binary or `workbench`)")
    parser.add_argument("--screenshots", type=Path, help="folder for screenshots of the real windows")
    parser.add_argument("flow", choices=sorted(FLOWS))
    args = parser.parse_args(argv)
    if missing_tools():
        print(f"drive: missing {', '.join(missing_tools())} (Debian: bash .ci/system-deps)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="workbench-drive-") as home, VirtualDisplay() as display:
        app = RunningApp([args.app], display, Path(home))
        try:
            window = FLOWS[args.flow](app, args.screenshots)
            code = quit_app(app, window)
        except DriveError as exc:
            print(f"drive: {args.flow}: {exc}", file=sys.stderr)
            return 1
        finally:
            app.stop()
    if code != 0:
        print(f"drive: {args.flow}: the app exited with {code} after Ctrl+Q", file=sys.stderr)
        return 1
    print(f"drive: {args.flow}: ok ({args.app})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
