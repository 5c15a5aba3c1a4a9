"""Startup time: from starting the process to the first window on screen (target, issue 14: <= 2x a bare window).

Each run starts a new process with private HOME/XDG folders on a virtual X display (Xvfb; Qt's
offscreen platform when Xvfb is not installed, said in the output) and stops it once its first window
has painted. The moment is written by ``workbench.gui.first_window`` (only when
``WORKBENCH_FIRST_WINDOW_FILE`` asks for it), and the reference, a bare PySide6 window started with
the same interpreter, loads that same module by path, so both are measured the same way:

- ``bare_pyside6_window``: QApplication + one QWidget with a label (the floor any Qt app pays);
- ``app_first_run``: ``workbench`` on a new computer, up to the "Create your vault" dialog;
- ``app_unlock``: ``workbench`` with a vault, up to the unlock dialog (every later start);
- ``frozen_app_unlock``: the same with dist/ProBonoWorkbench/ProBonoWorkbench, if ``make dist`` built it.

Median of ``RUNS`` after one unmeasured warm-up of each (a cold disk cache is not what users see twice).
The display and window helpers are those of the real-process tests (tests/gui/process/drive.py).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path

from tests.gui.process.drive import VirtualDisplay, private_env
from workbench.gui import first_window

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("BENCH_STARTUP_RUNS", "7"))
TARGET_RATIO = 2.0
FROZEN = ROOT / "dist" / "ProBonoWorkbench" / "ProBonoWorkbench"

BARE_WINDOW = f"""
import importlib.util, sys
spec = importlib.util.spec_from_file_location("first_window", {str(Path(first_window.__file__))!r})
probe = importlib.util.module_from_spec(spec); spec.loader.exec_module(probe)
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
app = QApplication(sys.argv)
probe.report_if_asked(app)
window = QWidget(); window.setWindowTitle("bare"); QVBoxLayout(window).addWidget(QLabel("a bare PySide6 window"))
window.resize(400, 200); window.show()
app.exec()
"""


class _Offscreen:
    """Stands in for the virtual display when Xvfb is not installed."""
    name = ""


def _first_window_ms(command: list[str], home: Path, display, platform: str) -> float:
    stamp = home / "first-window"
    stamp.unlink(missing_ok=True)
    extra = {first_window.ENV: str(stamp)}
    if platform == "offscreen":
        extra["QT_QPA_PLATFORM"] = "offscreen"
    env = private_env(home, display.name, extra)
    started = time.time()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not stamp.exists() or not stamp.read_text():
            if process.poll() is not None:
                raise RuntimeError(f"{command[0]} exited with {process.returncode} before showing a window")
            if time.monotonic() > deadline:
                raise RuntimeError(f"{command[0]} showed no window within 60 s")
            time.sleep(0.005)
        return (float(stamp.read_text()) - started) * 1000
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _with_vault(home: Path) -> Path:
    """A home whose data folder holds a vault (so the app starts at the unlock dialog)."""
    from workbench.core.vault.store import Vault

    env = private_env(home, "")
    vault, _ = Vault.create(Path(env["XDG_DATA_HOME"]) / "ProBonoWorkbench" / "vault", "startup benchmark only",
                            store=None, calibrate=False)
    vault.close()
    return home


def run() -> dict:
    python = sys.executable
    script = Path(python).parent / "workbench"
    app = [str(script)] if script.exists() else [python, "-m", "workbench"]
    platform = "xvfb" if shutil.which("Xvfb") else "offscreen"
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp, \
            (VirtualDisplay() if platform == "xvfb" else nullcontext(_Offscreen())) as display:
        tmp = Path(tmp)
        cases = {"bare_pyside6_window": ([python, "-c", BARE_WINDOW], lambda i: tmp / f"bare-{i}"),
                 "app_first_run": (app, lambda i: tmp / f"first-{i}"),  # a new home each time: always a first run
                 "app_unlock": (app, lambda i: tmp / "unlock")}
        if FROZEN.exists():
            cases["frozen_app_unlock"] = ([str(FROZEN)], lambda i: tmp / "unlock")
        _with_vault(tmp / "unlock")
        times: dict[str, list[float]] = {name: [] for name in cases}
        for i in range(RUNS + 1):  # interleaved, so a slow moment of the machine hits every case alike
            for name, (command, home) in cases.items():
                ms = _first_window_ms(command, home(i), display, platform)
                if i:
                    times[name].append(ms)
    bare = statistics.median(times["bare_pyside6_window"])
    out: dict = {"display": platform, "runs": RUNS, "target_ratio_to_bare": TARGET_RATIO}
    for name, values in times.items():
        median = statistics.median(values)
        out[name] = {"median_ms": round(median, 1), "min_ms": round(min(values), 1),
                     "ratio_to_bare": round(median / bare, 2)}
    out["meets_target"] = all(v["ratio_to_bare"] <= TARGET_RATIO for k, v in out.items()
                              if k.startswith("app_"))
    return out


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
