"""`make run` and `make test` on every system: the Makefile finds the venv's Python where each
system's venv puts it (bin/python on Linux and macOS, Scripts/python.exe on Windows, where GNU make
runs from Git Bash and sets OS=Windows_NT), and its Qt tools the same way. `make -n` prints what
would run without running it, so both branches are read here; the Windows branch runs for real on
the Windows job of .github/workflows/desktop.yml (test_workflows.py ties that job to `make test`)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from .targets import ROOT


def planned(target: str, venv, os_name: str) -> str:
    make = shutil.which("make")
    if make is None:
        pytest.fail("GNU make is needed (Debian: build-essential/make; Windows: choco install make)")
    done = subprocess.run([make, "-n", "-C", str(ROOT), target, f"VENV={venv.as_posix()}", f"OS={os_name}"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("target", ["test", "run"])
def test_windows_uses_the_scripts_folder(tmp_path, target):
    venv = tmp_path / "venv"
    plan = planned(target, venv, "Windows_NT")
    assert f"python -m venv {venv.as_posix()}" in plan  # `python`: python3 may be the Store stub
    assert f"{venv.as_posix()}/Scripts/python.exe -m pip install" in plan
    assert f"{venv.as_posix()}/Scripts/pyside6-lrelease.exe" in plan
    assert "/bin/python" not in plan and "/bin/pyside6" not in plan
    runs = {"test": f"QT_QPA_PLATFORM=offscreen {venv.as_posix()}/Scripts/python.exe -m pytest",
            "run": f"{venv.as_posix()}/Scripts/python.exe -m workbench"}
    assert runs[target] in plan


@pytest.mark.parametrize("target", ["test", "run"])
def test_linux_and_macos_use_bin(tmp_path, target):
    venv = tmp_path / "venv"
    plan = planned(target, venv, "")
    assert f"python3 -m venv {venv.as_posix()}" in plan
    assert f"{venv.as_posix()}/bin/python -m pip install" in plan
    assert f"{venv.as_posix()}/bin/pyside6-lrelease" in plan and "Scripts" not in plan
    runs = {"test": f"QT_QPA_PLATFORM=offscreen {venv.as_posix()}/bin/python -m pytest",
            "run": f"{venv.as_posix()}/bin/python -m workbench"}
    assert runs[target] in plan
