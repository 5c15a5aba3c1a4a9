"""Every dependency installs from wheels on the platforms the attorneys use: no compiler needed.

For Windows (win_amd64) and macOS (arm64 and x86_64) at the floor declared in pyproject, and each
declared Python (3.11-3.13), pip resolves the app's dependencies plus what CI installs on those
runners (the test and hub extras) with ``--only-binary=:all:`` against the real index; a package
that only has a source release there fails the test by name. One pip call per platform and
Python, metadata only (no wheel is downloaded), cached under .pytest_cache.

pip evaluates environment markers (``sys_platform == 'darwin'``) for the machine it runs on, even
with ``--platform``; the resolution here therefore runs pip with its marker environment set to the
target's (the report's ``environment`` proves it took effect), so a Windows-only dependency is
resolved for Windows and the macOS PySide6 range for macOS.

A second check covers the build Mac: the CI runner (and a release manager's Mac) runs a newer macOS
than the floor, and pip there may pick a wheel built for that newer macOS, which the app would then
ship to Macs it cannot run on. Resolving the app's own dependencies as the newest macOS would, every
chosen wheel must still run on the floor (its macosx tag at or below it); a package that fails this
needs an upper bound in pyproject (as PySide6 has).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement

from .targets import MACOS_MINIMUM, PROJECT, PYTHONS, Target, floor_targets, macos, macos_floor_tuple

NEWEST_MACOS = "26.0"  # what a build Mac may run; wheels chosen there must still fit the floor

# pip with its marker environment replaced by the target's (see the module docstring)
PIP_FOR_TARGET = r"""
import json, sys
import pip._vendor.packaging.markers as markers
target = json.loads(sys.argv[1])
markers.default_environment = lambda: dict(target)
from pip._internal.cli.main import main
sys.exit(main(sys.argv[2:]))
"""


def _requirements(target: Target, extras: tuple[str, ...]) -> list[str]:
    """The requirements that apply on ``target`` (markers evaluated there, then dropped)."""
    wanted = list(PROJECT["dependencies"])
    for extra in extras:
        for line in PROJECT["optional-dependencies"][extra]:
            req = Requirement(line)
            if req.name == PROJECT["name"]:  # the self-reference probono-workbench[hub]
                wanted += [r for e in req.extras for r in PROJECT["optional-dependencies"][e]]
            else:
                wanted.append(line)
    chosen = []
    for line in wanted:
        req = Requirement(line)
        if req.marker is None or req.marker.evaluate({**target.markers, "extra": ""}):
            req.marker = None
            chosen.append(str(req))
    return chosen


def _resolve(target: Target, requirements: list[str], cache: Path, report: Path) -> tuple[dict | None, str]:
    command = [sys.executable, "-c", PIP_FOR_TARGET, json.dumps(target.markers),
               "install", "--dry-run", "--ignore-installed", "--quiet", "--only-binary=:all:",
               "--platform", target.pip_platform, "--python-version", target.python,
               "--implementation", "cp", "--cache-dir", str(cache), "--retries", "2", "--timeout", "60",
               "--report", str(report), *requirements]
    r = subprocess.run(command, capture_output=True, text=True, timeout=900)
    if r.returncode != 0:
        return None, (r.stderr or r.stdout)[-3000:]
    return json.loads(report.read_text()), ""


@pytest.fixture(scope="module")
def pip_cache(request) -> Path:
    return Path(request.config.cache.mkdir("pip-wheel-resolution"))


@pytest.fixture(scope="module")
def index_reachable(pip_cache):
    """A clear failure (never a pass, never a skip) when the package index cannot be reached."""
    r = subprocess.run([sys.executable, "-m", "pip", "index", "versions", "sqlcipher3", "--retries", "1",
                        "--timeout", "30", "--cache-dir", str(pip_cache)], capture_output=True, text=True, timeout=300)
    if r.returncode != 0 or "sqlcipher3" not in r.stdout:
        pytest.fail("PyPI could not be reached, so the Windows/macOS wheel check could not run (it needs the "
                    f"network): {(r.stderr or r.stdout).strip()[-500:]}")


def _resolve_all(jobs: list[tuple[Target, list[str]]], pip_cache: Path, tmp_path: Path) -> list:
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(_resolve, target, reqs, pip_cache, tmp_path / f"{target.name}.json")
                   for target, reqs in jobs]
        return [(target, *f.result()) for (target, _), f in zip(jobs, futures)]


def _wheel_name(item: dict) -> str:
    return item["download_info"]["url"].rsplit("/", 1)[-1]


def test_pyproject_declares_the_platforms():
    assert PYTHONS and all(re.fullmatch(r"3\.1[1-9]", p) for p in PYTHONS), PYTHONS
    assert re.fullmatch(r"\d+\.\d+", MACOS_MINIMUM), MACOS_MINIMUM


def test_every_dependency_installs_from_wheels_at_the_floors(index_reachable, pip_cache, tmp_path):
    jobs = [(t, _requirements(t, ("test", "hub"))) for t in floor_targets()]
    failures = []
    for target, report, error in _resolve_all(jobs, pip_cache, tmp_path):
        if report is None:
            missing = re.findall(r"No matching distribution found for (\S+)", error)
            failures.append(f"{target.name}: {'no wheel for ' + ', '.join(missing) if missing else error}")
            continue
        # the resolution really was for the target (markers included), not for this Linux machine
        assert report["environment"]["sys_platform"] == target.markers["sys_platform"], report["environment"]
        names = {i["metadata"]["name"].lower().replace("_", "-") for i in report["install"]}
        assert {"sqlcipher3", "pyside6-essentials", "truststore", "pypdfium2", "cryptography"} <= names, names
        assert all(_wheel_name(i).endswith(".whl") for i in report["install"])
    assert not failures, "dependencies that would need a compiler (or have no wheel):\n" + "\n".join(failures)


def _macos_tags(wheel: str) -> list[tuple[int, int]]:
    platform = wheel[:-4].split("-")[-1]
    return [(int(m.group(1)), int(m.group(2))) for m in re.finditer(r"macosx_(\d+)_(\d+)_", platform + "_")]


def test_a_build_on_a_newer_mac_ships_wheels_that_run_on_the_floor(index_reachable, pip_cache, tmp_path):
    jobs = [(t, _requirements(t, ())) for py in PYTHONS for t in (macos("arm64", py, NEWEST_MACOS),
                                                                  macos("x86_64", py, NEWEST_MACOS))]
    floor, too_new = macos_floor_tuple(), []
    for target, report, error in _resolve_all(jobs, pip_cache, tmp_path):
        assert report is not None, f"{target.name}: {error}"
        assert report["environment"]["sys_platform"] == "darwin"
        for item in report["install"]:
            wheel = _wheel_name(item)
            tags = _macos_tags(wheel)
            if tags and min(tags) > floor:
                too_new.append(f"{target.name}: {wheel} needs macOS {min(tags)[0]}.{min(tags)[1]}")
    assert not too_new, (f"built on macOS {NEWEST_MACOS}, the app would ship wheels that need a macOS newer than "
                         f"its floor {MACOS_MINIMUM} (bound them in pyproject):\n" + "\n".join(sorted(set(too_new))))


def test_the_markers_in_pyproject_are_valid_for_every_target():
    """A typo in a marker (``sys_platfrom``) would silently drop a dependency everywhere."""
    for line in PROJECT["dependencies"]:
        req = Requirement(line)
        if req.marker is not None:
            Marker(str(req.marker)).evaluate({**floor_targets()[0].markers, "extra": ""})
