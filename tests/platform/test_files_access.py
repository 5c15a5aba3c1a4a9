"""Owner-only access for the vault folder and exports, and SQLite's full fsync on macOS.

Linux and macOS: the modes are checked on real files. Windows: the ACL is set with ``icacls``,
which does not exist here; what runs here is the command line it would get (the current user's
SID from ``whoami /user`` output, inheritance removed, full control for that SID only) and the
warning when the rights cannot be set. That the ACL really keeps another account out can only be
shown on Windows (the CI workflow for windows-latest runs this file too).
"""

from __future__ import annotations

import os
import stat

import pytest

from tests.support.vaults import PASSPHRASE
from workbench.core import atomic, owner_only
from workbench.core.vault import db
from workbench.core.vault.store import DB_NAME, Vault

POSIX = os.name != "nt"


def owner_only_mode(path) -> bool:
    """Owner-only where modes mean something; on Windows modes say nothing about other accounts."""
    return not POSIX or stat.S_IMODE(path.stat().st_mode) & 0o077 == 0


@pytest.mark.skipif(not POSIX, reason="POSIX modes")
def test_a_vault_copied_in_with_loose_modes_is_tightened_on_open(tmp_path):
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, store=None, calibrate=False)
    vault.close()
    for p in [tmp_path / "v", *(tmp_path / "v").rglob("*")]:
        os.chmod(p, 0o777 if p.is_dir() else 0o666)
    with Vault.open(tmp_path / "v", PASSPHRASE, store=None, auto_backup=False) as vault:
        assert vault.access_warning is None
    assert all(owner_only_mode(p) for p in [tmp_path / "v", *(tmp_path / "v").rglob("*")])


def test_exports_are_owner_only(tmp_path):
    target = tmp_path / "shared folder" / "packet.pdf"
    assert atomic.write_atomic(target, b"%PDF-1.7") is None
    assert owner_only_mode(target) and target.read_bytes() == b"%PDF-1.7"


@pytest.mark.skipif(not POSIX, reason="POSIX modes")
def test_a_file_system_that_ignores_modes_gets_a_warning(tmp_path, monkeypatch):
    """A FAT-formatted USB stick keeps 0o777 whatever chmod asks; the chmod here is the real one,
    the file system's refusal is played by a chmod that does nothing."""
    folder = tmp_path / "usb"
    folder.mkdir(mode=0o777)
    os.chmod(folder, 0o777)
    monkeypatch.setattr(owner_only.os, "chmod", lambda *a, **k: None)
    warning = owner_only.restrict(folder)
    assert warning and "Other accounts" in warning and "usb" in warning


def test_the_windows_acl_command(tmp_path):
    sid = owner_only.parse_whoami_sid('"laptop\\\\ana","S-1-5-21-1004336348-1177238915-682003330-1001"\r\n')
    assert sid == "S-1-5-21-1004336348-1177238915-682003330-1001"
    assert owner_only.parse_whoami_sid("ERROR: no such user") is None
    folder_cmd = owner_only.icacls_arguments(tmp_path, sid)
    assert folder_cmd[:3] == ["icacls", str(tmp_path), "/inheritance:r"]
    assert folder_cmd[3:5] == ["/grant:r", f"*{sid}:(OI)(CI)F"]  # inherited by what is created inside
    (tmp_path / "f").write_bytes(b"")
    assert owner_only.icacls_arguments(tmp_path / "f", sid)[4] == f"*{sid}:F"


@pytest.mark.skipif(os.name != "nt", reason="icacls exists only on Windows")
def test_the_windows_acl_is_set(tmp_path):  # pragma: no cover - runs on the Windows CI runner
    folder = tmp_path / "vault"
    folder.mkdir()
    assert owner_only.restrict(folder) is None
    import subprocess

    listing = subprocess.run(["icacls", str(folder)], capture_output=True, text=True).stdout
    assert "Everyone" not in listing and "Users" not in listing


def test_sqlite_full_fsync_on_macos(tmp_path, monkeypatch):
    """The pragmas reach a real SQLCipher connection (on Linux SQLite accepts and ignores them)."""
    assert "PRAGMA fullfsync = ON" not in db.connection_pragmas() or atomic.FULLFSYNC
    monkeypatch.setattr(atomic, "FULLFSYNC", True)
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, store=None, calibrate=False)
    try:
        with vault.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA fullfsync").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA checkpoint_fullfsync").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL, everywhere
    finally:
        vault.close()
    assert (tmp_path / "v" / DB_NAME).exists()
