"""The platforms the app ships for, read from pyproject.toml (the one place they are declared):
Python versions from the classifiers, the macOS floor from [tool.workbench.macos], and the
environment-marker values pip would see on each target (for evaluating requirements there)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]
MACOS_MINIMUM = PYPROJECT["tool"]["workbench"]["macos"]["minimum-version"]
PYTHONS = sorted(m.group(1) for c in PROJECT["classifiers"]
                 if (m := re.fullmatch(r"Programming Language :: Python :: (3\.\d+)", c)))
# macOS major version -> Darwin kernel major (platform_release on that system), for markers
_DARWIN = {11: 20, 12: 21, 13: 22, 14: 23, 15: 24, 26: 25}


@dataclass(frozen=True)
class Target:
    name: str  # pytest id
    pip_platform: str  # pip --platform
    python: str  # "3.12"
    markers: dict  # environment-marker values on that system

    @property
    def is_macos(self) -> bool:
        return self.pip_platform.startswith("macosx_")


def windows(python: str) -> Target:
    return Target(f"win_amd64-py{python}", "win_amd64", python, {
        "implementation_name": "cpython", "implementation_version": f"{python}.0", "os_name": "nt",
        "platform_machine": "AMD64", "platform_python_implementation": "CPython", "platform_release": "10",
        "platform_system": "Windows", "platform_version": "10.0.19045", "python_full_version": f"{python}.0",
        "python_version": python, "sys_platform": "win32"})


def macos(arch: str, python: str, version: str = MACOS_MINIMUM) -> Target:
    major, minor = (int(x) for x in (version.split(".") + ["0"])[:2])
    darwin = _DARWIN[major]  # a new macOS: add its Darwin version above
    return Target(f"macosx_{major}_{minor}_{arch}-py{python}", f"macosx_{major}_{minor}_{arch}", python, {
        "implementation_name": "cpython", "implementation_version": f"{python}.0", "os_name": "posix",
        "platform_machine": arch, "platform_python_implementation": "CPython", "platform_release": f"{darwin}.0.0",
        "platform_system": "Darwin", "platform_version": f"Darwin Kernel Version {darwin}.0.0",
        "python_full_version": f"{python}.0", "python_version": python, "sys_platform": "darwin"})


def floor_targets() -> list[Target]:
    """Every shipped platform at its oldest supported version, for every declared Python."""
    return [t for py in PYTHONS for t in (windows(py), macos("arm64", py), macos("x86_64", py))]


def macos_floor_tuple() -> tuple[int, int]:
    major, minor = (int(x) for x in (MACOS_MINIMUM.split(".") + ["0"])[:2])
    return major, minor
