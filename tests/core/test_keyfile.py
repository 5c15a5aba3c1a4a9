"""The key file: wrapping, recovery keys, damage versus wrong passphrase, the KDF floor."""

import json

import pytest

from workbench.core.vault import kdf
from workbench.core.vault.device_secret import KeyringStore
from workbench.core.errors import DeviceSecretMissing, VaultDamaged, WrongPassphrase, WrongRecoveryKey
from workbench.core.vault.keyfile import KeyFile, format_recovery_key, parse_recovery_key

PW = "a long enough passphrase"


@pytest.fixture(scope="module")
def created():
    kf, key, recovery = KeyFile.create("01900000-0000-7000-8000-000000000001", PW, None, calibrate=False)
    return kf, key, recovery


def test_unlock_returns_the_data_key(created):
    kf, key, recovery = created
    reread = KeyFile.from_bytes(kf.to_bytes())
    assert reread.unlock(PW, None) == key
    assert reread.unlock_with_recovery(recovery) == key
    assert len(key) == 32


def test_wrong_passphrase_is_reported_as_such(created):
    kf, _, _ = created
    with pytest.raises(WrongPassphrase):
        kf.unlock(PW + "x", None)


def test_parameters_meet_the_floor_and_are_stored(created):
    kf, _, _ = created
    body = json.loads(kf.to_bytes())
    assert body["kdf"]["name"] == "argon2id"
    assert body["kdf"]["memory_kib"] >= 65536 and body["kdf"]["iterations"] >= 3 and body["kdf"]["lanes"] >= 4
    assert body["version"] == 1 and body["device_secret"] == "none"


def test_every_flipped_byte_is_detected_as_damage_not_a_wrong_passphrase(created):
    kf, key, _ = created
    raw = bytearray(kf.to_bytes())
    outcomes = set()
    for i in range(0, len(raw), 7):
        damaged = bytearray(raw)
        damaged[i] ^= 0x01
        try:
            candidate = KeyFile.from_bytes(bytes(damaged), "vault.key")
        except VaultDamaged as exc:
            assert "vault.key" in str(exc)
            outcomes.add("damaged")
            continue
        outcomes.add(f"parsed despite flip at {i}: {candidate.unlock(PW, None) == key}")
    assert outcomes == {"damaged"}


def test_parameters_below_the_floor_are_refused(created):
    kf, _, _ = created
    body = json.loads(kf.to_bytes())
    body["kdf"]["memory_kib"] = 1024
    del body["checksum"]
    import hashlib
    from workbench.core.vault.keyfile import _canonical
    body["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
    with pytest.raises(VaultDamaged, match="floor"):
        KeyFile.from_bytes(json.dumps(body).encode())


def test_recovery_key_round_trip_and_typo_detection():
    secret = bytes(range(32))
    text = format_recovery_key(secret)
    groups = text.split("-")
    assert len(groups) == 14 and all(len(g) == 4 for g in groups)
    assert parse_recovery_key(text.lower().replace("-", " ")) == secret
    typo = text[:5] + ("A" if text[5] != "A" else "B") + text[6:]
    with pytest.raises(WrongRecoveryKey):
        parse_recovery_key(typo)
    with pytest.raises(WrongRecoveryKey):
        parse_recovery_key("too short")


def test_rewrap_changes_the_passphrase_but_not_the_key(created):
    kf, key, recovery = created
    new = kf.rewrap(key, "another passphrase entirely", None, calibrate=False)
    assert new.unlock("another passphrase entirely", None) == key
    with pytest.raises(WrongPassphrase):
        new.unlock(PW, None)
    assert new.unlock_with_recovery(recovery) == key
    assert new.params.salt != kf.params.salt


def test_device_secret_is_mixed_in(memory_keyring):
    store = KeyringStore(memory_keyring)
    kf, key, recovery = KeyFile.create("01900000-0000-7000-8000-000000000002", PW, store, calibrate=False)
    assert kf.device_secret == "keyring" and len(memory_keyring.items) == 1
    assert kf.unlock(PW, store) == key
    memory_keyring.items.clear()
    with pytest.raises(DeviceSecretMissing, match="recovery key"):
        kf.unlock(PW, store)
    # the recovery key does not depend on the device secret
    assert kf.unlock_with_recovery(recovery) == key


def test_calibration_lands_in_the_target_window():
    params, seconds = kdf.new_params(calibrate=True)
    params.check_floor()
    assert seconds >= kdf.TARGET_SECONDS[0] * 0.8 or params.iterations == kdf.MAX_ITERATIONS
