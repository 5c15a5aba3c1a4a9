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
    """Point the temp dir and the platform config/data dirs at fresh per-test folders."""
    base = tmp_path_factory.mktemp("env")
    for name in ("tmp", "config", "data", "cache", "state"):
        (base / name).mkdir()
    monkeypatch.setenv("TMPDIR", str(base / "tmp"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(base / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(base / "state"))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(base / "tmp"))
    yield base


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


@pytest.fixture
def memory_keyring():
    """Install an in-memory keyring backend for the test; restore the previous one after."""
    import keyring

    from tests.support.memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


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
