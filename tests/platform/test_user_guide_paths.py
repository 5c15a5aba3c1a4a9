"""The user guides' "Where the vault lives" table is what the code uses on each system: the real
``default_vault_path`` runs with platformdirs' own class for Windows, macOS and Linux (Windows'
known folders read from the environment, platformdirs' own fallback when there is no Windows API),
and its answer must be the row each guide prints, in English and in Spanish."""

from __future__ import annotations

import re

import platformdirs
import pytest
from platformdirs import windows as pd_windows
from platformdirs.macos import MacOS
from platformdirs.unix import Unix
from platformdirs.windows import Windows

from workbench.core.vault import layout

from .targets import ROOT

GUIDES = {"docs/user-guide.md": "<you>", "docs/user-guide.es.md": "<usted>"}
HOME = "/home/placeholder-home"


def guide_rows(path: str) -> dict[str, str]:
    text = (ROOT / path).read_text(encoding="utf-8")
    return dict(re.findall(r"^\| (Windows|macOS|Linux) \| `([^`]+)` \|$", text, re.M))


@pytest.mark.parametrize("system, dirs", [("Windows", Windows), ("macOS", MacOS), ("Linux", Unix)])
def test_the_guides_say_where_the_vault_lives(monkeypatch, system, dirs):
    monkeypatch.setenv("HOME", HOME)
    monkeypatch.setenv("USERPROFILE", HOME)  # what expanduser reads when this test runs on Windows
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("LOCALAPPDATA", r"C:\Users\USER\AppData\Local")
    monkeypatch.setattr(pd_windows, "_RESOLVE_WIN_FOLDER", pd_windows.get_win_folder_from_env_vars)
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *a, **k: dirs(*a, **k).user_data_dir)
    # platformdirs and Path join with the separator of the system running the test: compare with the row's
    path = str(layout.default_vault_path()).replace("\\", "/").replace(HOME, "~")
    if system == "Windows":
        path = path.replace("/", "\\")
    for guide, you in GUIDES.items():
        assert guide_rows(guide).get(system) == path.replace("USER", you), guide
