"""build.spec on each system: two executables in one folder, and the macOS floor from pyproject.

The spec is executed as PyInstaller executes it (its globals: SPECPATH, Analysis, PYZ, EXE,
COLLECT, BUNDLE), with PyInstaller's build steps replaced by recorders and ``sys.platform`` set to
the system under study, so the branches for macOS and Windows run here too; the spec's own code
(pyproject reading, icon rendering with Qt, PyInstaller's copy_metadata) runs for real. The real
build on Linux is `make dist` (.ci/run runs its --self-test); on Windows and macOS it is the desktop
workflow (the frozen self-test of both executables, and check-minos.sh on every Mach-O file).
"""

from __future__ import annotations

import re
import sys
from types import SimpleNamespace

import pytest
from PyInstaller.utils import hooks  # noqa: F401 - imported before sys.platform is changed below

from .targets import MACOS_MINIMUM, ROOT


class _Recorder(SimpleNamespace):
    pass


@pytest.fixture
def run_spec(monkeypatch, qapp):
    """The spec's icon step would otherwise create a bare QGuiApplication, which the widget tests
    after this one cannot use (pytest-qt's QApplication comes first here)."""
    return lambda platform: _run_spec(monkeypatch, platform)


def _run_spec(monkeypatch, platform: str) -> dict:
    built: dict[str, list] = {"EXE": [], "COLLECT": [], "BUNDLE": []}

    def analysis(scripts, **kw):
        return _Recorder(scripts=scripts, pure=["pure"], binaries=["binaries"], options=kw,
                         hiddenimports=kw["hiddenimports"], datas=kw["datas"])

    def record(kind):
        def make(*args, **kw):
            item = _Recorder(args=args, **kw)
            built[kind].append(item)
            return item
        return make

    monkeypatch.setattr(sys, "platform", platform)
    spec_globals = {"__name__": "__main__", "__file__": str(ROOT / "build.spec"), "SPECPATH": str(ROOT),
                    "Analysis": analysis, "PYZ": lambda pure: _Recorder(pure=pure),
                    "EXE": record("EXE"), "COLLECT": record("COLLECT"), "BUNDLE": record("BUNDLE")}
    exec(compile((ROOT / "build.spec").read_text(encoding="utf-8"), "build.spec", "exec"), spec_globals)
    return {**built, "globals": spec_globals}


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_one_folder_holds_the_windowed_app_and_the_console_cli(run_spec, platform):
    built = run_spec(platform)
    (collect,) = built["COLLECT"]
    exes = [a for a in collect.args if a in built["EXE"]]
    assert [(e.name, e.console) for e in exes] == [("ProBonoWorkbench", False), ("workbench-cli", True)]
    assert exes[0].args[0] is exes[1].args[0], "both executables must run the same collected program"
    assert collect.name == "ProBonoWorkbench"


def test_the_mac_app_declares_the_floor_from_pyproject_and_stays_a_normal_app(run_spec):
    (bundle,) = run_spec("darwin")["BUNDLE"]
    assert bundle.info_plist["LSMinimumSystemVersion"] == MACOS_MINIMUM
    # the app (first executable) is the bundle's; the console cli must not make it background-only
    assert bundle.info_plist["LSBackgroundOnly"] is False
    assert bundle.args[0].args[0].name == "ProBonoWorkbench"


def test_the_preview_and_the_trust_store_are_collected(run_spec):
    analysis_args = run_spec("linux")["globals"]["a"]
    assert {"pypdfium2", "pypdfium2_raw", "truststore"} <= set(analysis_args.hiddenimports)


def test_the_windows_installer_ships_the_spec_s_executables():
    iss = (ROOT / "packaging/windows/ProBonoWorkbench.iss").read_text(encoding="utf-8")
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    name = re.search(r'NAME, VERSION = "(\w+)"', spec).group(1)
    assert f'#define AppExe "{name}.exe"' in iss
    assert re.search(r'#define Source Root \+ "\\dist\\' + name + '"', iss)


def test_the_user_guides_state_the_macos_floor():
    major = MACOS_MINIMUM.split(".")[0]
    for guide in sorted((ROOT / "docs").glob("user-guide*.md")):
        text = guide.read_text(encoding="utf-8")
        assert re.search(rf"macOS {major}\b", text), f"{guide.name} does not say macOS {major} is the oldest supported"
