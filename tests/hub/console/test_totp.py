"""TOTP against RFC 6238's own test vectors (Appendix B), and the acceptance rules."""

from __future__ import annotations

import hashlib

import pytest

from workbench.hub.console import sealing, totp

SECRETS = {hashlib.sha1: b"12345678901234567890", hashlib.sha256: b"12345678901234567890123456789012",
           hashlib.sha512: b"1234567890123456789012345678901234567890123456789012345678901234"}
VECTORS = [(59, "94287082", "46119246", "90693936"), (1111111109, "07081804", "68084774", "25091201"),
           (1111111111, "14050471", "67062674", "99943326"), (1234567890, "89005924", "91819424", "93441116"),
           (2000000000, "69279037", "90698825", "38618901"), (20000000000, "65353130", "77737706", "47863826")]


@pytest.mark.parametrize("when,sha1,sha256,sha512", VECTORS)
def test_rfc6238_appendix_b(when, sha1, sha256, sha512):
    for digest, expected in ((hashlib.sha1, sha1), (hashlib.sha256, sha256), (hashlib.sha512, sha512)):
        assert totp.code_at(SECRETS[digest], when, digits=8, digest=digest) == expected


def test_a_code_is_accepted_within_one_step_of_drift_and_only_once():
    secret, now = totp.new_secret(), 1_800_000_000.0
    step = totp.step_at(now)
    for offset in (-1, 0, 1):
        assert totp.verify(secret, totp.hotp(secret, step + offset), 0, now) == step + offset
    for offset in (-2, 2):
        assert totp.verify(secret, totp.hotp(secret, step + offset), 0, now) is None
    assert totp.verify(secret, totp.hotp(secret, step), step, now) is None  # already used
    assert totp.verify(secret, "12 34 5", 0, now) is None and totp.verify(secret, "abcdef", 0, now) is None


def test_the_provisioning_uri_names_the_parameters_apps_need():
    uri = totp.provisioning_uri(b"\x00" * 20, "ana@org.example", "Legal Aid")
    assert uri.startswith("otpauth://totp/Legal%20Aid:ana@org.example?")
    assert "secret=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" in uri and "issuer=Legal%20Aid" in uri and "period=30" in uri


def test_a_sealed_secret_opens_only_for_its_account_and_key():
    key, other = b"k" * 32, b"o" * 32
    sealed = sealing.seal(key, "staff-1", b"s" * 20)
    assert b"s" * 20 not in sealed
    assert sealing.unseal(key, "staff-1", sealed) == b"s" * 20
    assert sealing.unseal(key, "staff-2", sealed) is None and sealing.unseal(other, "staff-1", sealed) is None
