"""Keyring failures reach the user as a choice, not as "Something went wrong (KeyringError)".

Real vaults, real Argon2id/AES-GCM key files, and keyring's real backend API: the failing
backends (``keyring_backends.py``) raise what keyring's own backends raise on each system.
"""

from __future__ import annotations

import pytest

from tests.platform.keyring_backends import EXPECTED_KIND, FAILURES
from tests.support.vaults import PASSPHRASE
from workbench.core.vault.device_secret import (CHANGED, CHANGING, CREATING, UNAVAILABLE, UNLOCKING, KeyringProblem,
                                                classify_keyring_error)
from workbench.core.vault.store import KEY_NAME, UnlockFailures, Vault


@pytest.mark.parametrize("how", sorted(FAILURES))
def test_each_backend_failure_is_classified(how):
    assert classify_keyring_error(FAILURES[how]("get")) == EXPECTED_KIND[how]
    assert classify_keyring_error(FAILURES[how]("set")) == EXPECTED_KIND[how]


def test_an_error_without_a_known_cause_counts_as_unavailable():
    assert classify_keyring_error(RuntimeError("dbus went away")) == UNAVAILABLE


@pytest.mark.parametrize("how", sorted(FAILURES))
def test_unlocking_with_a_failing_keyring_changes_nothing_and_says_what_to_do(tmp_path, switchable_keyring, how):
    vault, recovery = Vault.create(tmp_path / "v", PASSPHRASE, store="auto", calibrate=False)
    assert vault.keyfile.device_secret == "keyring"
    vault.close()
    before = {p.name: p.read_bytes() for p in (tmp_path / "v").rglob("*") if p.is_file()}
    failing = switchable_keyring.fail(how)
    with pytest.raises(KeyringProblem) as info:
        Vault.open(tmp_path / "v", PASSPHRASE, auto_backup=False)
    problem = info.value
    assert failing.calls == 1 and problem.kind == EXPECTED_KIND[how] and problem.during == UNLOCKING
    text = str(problem)
    assert "recovery key" in text and "Nothing was changed" in text
    assert "KeyringError" not in text and "Keyring" not in text.replace("keyring", "")
    assert "-25293" not in text and "collection" not in text  # the backend's own words stay out
    if problem.kind == CHANGED:
        assert "Always Allow" in text
    after = {p.name: p.read_bytes() for p in (tmp_path / "v").rglob("*") if p.is_file()}
    assert after == before  # no byte of the vault changed, and no lock file was created
    assert UnlockFailures.for_vault(tmp_path / "v").failures == 0  # not a wrong passphrase
    # the ways out it names both work: the recovery key now, the passphrase once the keyring is back
    Vault.open_with_recovery(tmp_path / "v", recovery, auto_backup=False).close()
    switchable_keyring.heal()
    Vault.open(tmp_path / "v", PASSPHRASE, auto_backup=False).close()


def test_a_vault_that_needs_the_keyring_when_none_is_found_says_unavailable(tmp_path, switchable_keyring,
                                                                            monkeypatch):
    Vault.create(tmp_path / "v", PASSPHRASE, store="auto", calibrate=False)[0].close()
    monkeypatch.setenv("WORKBENCH_NO_KEYRING", "1")  # what os_keyring_store sees with no usable backend
    with pytest.raises(KeyringProblem) as info:
        Vault.open(tmp_path / "v", PASSPHRASE, auto_backup=False)
    assert info.value.kind == UNAVAILABLE


@pytest.mark.parametrize("how", ["locked", "macos-changed", "unavailable"])
def test_creating_with_a_failing_keyring_creates_nothing_and_offers_passphrase_only(tmp_path, switchable_keyring,
                                                                                    how):
    switchable_keyring.fail(how)
    with pytest.raises(KeyringProblem) as info:
        Vault.create(tmp_path / "v", PASSPHRASE, store="auto", calibrate=False)
    assert info.value.during == CREATING and "passphrase only" in str(info.value)
    assert not (tmp_path / "v" / KEY_NAME).exists()
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, store=None, calibrate=False)  # the same folder: still usable
    assert vault.keyfile.device_secret == "none"
    vault.close()


def test_changing_the_passphrase_with_a_failing_keyring_keeps_the_old_one(tmp_path, switchable_keyring):
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, store="auto", calibrate=False)
    key_before = (tmp_path / "v" / KEY_NAME).read_bytes()
    switchable_keyring.fail("macos-denied")
    with pytest.raises(KeyringProblem) as info:
        vault.change_passphrase("a brand new passphrase", calibrate=False)
    vault.close()
    assert info.value.during == CHANGING and "Nothing was changed" in str(info.value)
    assert (tmp_path / "v" / KEY_NAME).read_bytes() == key_before
    switchable_keyring.heal()
    Vault.open(tmp_path / "v", PASSPHRASE, auto_backup=False).close()
