"""One program at a time on a vault: the lock across two real processes.

A second process (a Python process opening the vault with the core, standing in for the app, and
the real ``workbench`` command) is refused while the first holds the vault, with a message naming
the holder; nothing of the vault changes; and the lock goes away with its holder, even when the
holder is killed (the operating system releases it: no stale lock file can lock anyone out).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from tests.support.vaults import PASSPHRASE, add_sample_matter, file_hashes
from workbench.core.operations import backups as backup_ops
from workbench.core.vault import backups, lock
from workbench.core.vault.lock import VaultInUse
from workbench.core.vault.store import DB_NAME, Vault

HOLDER = textwrap.dedent("""
    import sys
    from workbench.core.vault.store import Vault
    vault = Vault.open(sys.argv[1], sys.argv[2], store=None, auto_backup=False)
    print("holding", flush=True)
    sys.stdin.readline()
    vault.close()
    print("released", flush=True)
""")


@pytest.fixture
def vault_with_backup(tmp_path):
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, store=None, calibrate=False)
    add_sample_matter(vault)
    vault.backup("manual")
    add_sample_matter(vault, family="Later")
    vault.close()
    return tmp_path / "v"


def start_holder(folder) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder), PASSPHRASE], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "holding"
    return proc


def test_a_second_process_is_refused_naming_the_holder(vault_with_backup):
    folder = vault_with_backup
    holder = start_holder(folder)
    try:
        before = file_hashes(folder)
        with pytest.raises(VaultInUse) as info:
            Vault.open(folder, PASSPHRASE, store=None, auto_backup=False)
        text = str(info.value)
        assert f"process {holder.pid}" in text and "Nothing was changed" in text
        assert info.value.holder["pid"] == str(holder.pid)
        # what `workbench vault restore` does with a closed vault: refused before anything is written
        key = Vault.unwrap(folder, Vault._load_keyfile(folder), lambda k: k.unlock(PASSPHRASE, None))
        with pytest.raises(VaultInUse):
            backup_ops.restore_closed(folder, key)
        with pytest.raises(VaultInUse):
            backups.restore_database(folder / DB_NAME, backups.find_backup(folder / "backups", None), key)
        assert file_hashes(folder) == before
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "released"
        holder.wait(30)
    Vault.open(folder, PASSPHRASE, store=None, auto_backup=False).close()  # free again


def test_the_real_cli_restore_is_refused_while_this_process_has_the_vault_open(vault_with_backup):
    folder = vault_with_backup
    with Vault.open(folder, PASSPHRASE, store=None, auto_backup=False) as vault:
        db_before = (folder / DB_NAME).read_bytes()
        env = {**os.environ, "WORKBENCH_PASSPHRASE": PASSPHRASE}
        done = subprocess.run([sys.executable, "-m", "workbench", "--vault", str(folder), "vault", "restore"],
                              capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode != 0
        assert "in use by" in done.stderr and f"process {os.getpid()}" in done.stderr
        assert "Traceback" not in done.stderr
        assert (folder / DB_NAME).read_bytes() == db_before
        assert vault.get_meta("backup_keep") is None  # still readable: nothing was swapped underneath
    done = subprocess.run([sys.executable, "-m", "workbench", "--vault", str(folder), "vault", "restore"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr  # once the vault is closed here, the restore goes ahead


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX; TerminateProcess releases the lock likewise")
def test_a_killed_holder_leaves_no_stale_lock(vault_with_backup):
    holder = start_holder(vault_with_backup)
    with pytest.raises(VaultInUse):
        Vault.open(vault_with_backup, PASSPHRASE, store=None, auto_backup=False)
    holder.send_signal(signal.SIGKILL)
    holder.wait(30)
    assert (vault_with_backup / lock.LOCK_NAME).exists()  # the file stays; its lock went with the process
    Vault.open(vault_with_backup, PASSPHRASE, store=None, auto_backup=False).close()


def test_within_one_process_the_lock_is_reentrant_and_released_with_the_last_close(vault_with_backup):
    first = Vault.open(vault_with_backup, PASSPHRASE, store=None, auto_backup=False)
    second = Vault.open(vault_with_backup, PASSPHRASE, store=None, auto_backup=False)
    assert lock.holds(vault_with_backup)
    first.close()
    assert lock.holds(vault_with_backup)
    second.close()
    assert not lock.holds(vault_with_backup)
