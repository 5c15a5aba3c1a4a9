"""Shared test set-up.

QT_QPA_PLATFORM is set before anything can create a QApplication, so the whole suite runs
headless. Every test gets private temp, config and data directories, so scans for leaked
plaintext (the canary tests) see exactly what the code under test wrote.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_USCIS = REPO_ROOT.parent / "shared" / "uscis"


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path_factory, monkeypatch):
    """Point the temp dir, the home folder and every platform's config/data dirs at fresh per-test
    folders: XDG_* (Linux), HOME (macOS: platformdirs uses ~/Library/...), APPDATA, LOCALAPPDATA
    and USERPROFILE (Windows), so no test reads or writes the real user's files."""
    base = tmp_path_factory.mktemp("env")
    for name in ("tmp", "config", "data", "cache", "state", "home", "appdata", "localappdata"):
        (base / name).mkdir()
    monkeypatch.setenv("TMPDIR", str(base / "tmp"))
    monkeypatch.setenv("TEMP", str(base / "tmp"))
    monkeypatch.setenv("TMP", str(base / "tmp"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(base / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(base / "state"))
    monkeypatch.setenv("HOME", str(base / "home"))
    monkeypatch.setenv("APPDATA", str(base / "appdata"))
    monkeypatch.setenv("LOCALAPPDATA", str(base / "localappdata"))
    if os.name == "nt":  # os.path.expanduser reads USERPROFILE on Windows
        monkeypatch.setenv("USERPROFILE", str(base / "home"))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(base / "tmp"))
    _private_qsettings(base / "config", monkeypatch)
    yield base


def _private_qsettings(folder: Path, monkeypatch) -> None:
    """QSettings (the language choice, window geometry) in ``folder``, under a test-only name.

    ``setPath`` moves the INI files (Linux, and macOS/Windows INI format); the Windows registry and
    macOS plist (the native formats) ignore it, so the organization name is a test one as well:
    a test never reads or writes the user's real ``ProBonoWorkbench`` preferences. Only when Qt is
    already loaded (the GUI tests import it when collected): core tests never import it.
    """
    import sys

    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, str(folder))
    test_names = (f"ProBonoWorkbench-test-{folder.parent.name}", "workbench")
    if "workbench.gui" not in sys.modules:
        return
    import importlib

    for module, name in (("workbench.gui.i18n", "PREFERENCES"), ("workbench.gui.main_window", "_SETTINGS")):
        monkeypatch.setattr(importlib.import_module(module), name, test_names)


@pytest.fixture
def env_dirs(_private_dirs) -> Path:
    """The per-test folder holding tmp/, config/, data/, cache/ and state/."""
    return _private_dirs


@pytest.fixture
def uscis_dir() -> Path:
    """../shared/uscis: the official blank PDFs and field lists (never shipped by the product)."""
    if not SHARED_USCIS.is_dir():
        pytest.fail(f"{SHARED_USCIS} is missing: the tests need ../shared/uscis beside the repository")
    return SHARED_USCIS


def installed_keyring(backend):
    """Install ``backend`` through keyring's own API for a test (a generator fixture body); the
    previous backend comes back after."""
    import keyring

    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring():
    """Install an in-memory keyring backend for the test; restore the previous one after."""
    from tests.support.memory_keyring import MemoryKeyring

    yield from installed_keyring(MemoryKeyring())


@pytest.fixture
def no_keyring(monkeypatch):
    monkeypatch.setenv("WORKBENCH_NO_KEYRING", "1")


@pytest.fixture
def make_vault(tmp_path):
    """Factory for real vaults: ``make_vault(name="v", store=None) -> (vault, recovery_key)``."""
    from workbench.core.vault.store import Vault
    from tests.support.vaults import PASSPHRASE

    opened = []

    def factory(name: str = "vault", store=None, passphrase: str = PASSPHRASE):
        vault, recovery = Vault.create(tmp_path / name, passphrase, store=store, calibrate=False)
        opened.append(vault)
        return vault, recovery

    yield factory
    for v in opened:
        v.close()


def assert_owner_only(path: Path) -> None:
    """``path`` is readable by its owner only, where file modes say so (POSIX). On Windows modes do
    not describe other accounts' access (that is the ACL, ``tests/platform/test_files_access.py``)."""
    if os.name == "nt":
        return
    mode = path.stat().st_mode & 0o777
    assert mode & 0o077 == 0, f"{path.name}: {oct(mode)}"
