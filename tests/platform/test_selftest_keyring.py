"""The self-test's keyring step (workbench/selftest.py) round-trips a secret through the keyring
the app would use, and fails when the keyring does not give it back.

Run as a real process with keyring's ``PYTHON_KEYRING_BACKEND`` naming an in-memory backend
(tests/platform/memory_keyrings.py): this Linux machine has no Secret Service. The OS keyrings
themselves (Keychain, Credential Manager) are exercised by the frozen self-test in the desktop
workflow, where a missing keyring fails the step.
"""

from __future__ import annotations

import os
import subprocess
import sys

from .targets import ROOT


def self_test(backend: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": f"tests.platform.memory_keyrings.{backend}",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    env.pop("WORKBENCH_NO_KEYRING", None)
    return subprocess.run([sys.executable, "-m", "workbench", "--self-test"], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=180)


def test_the_self_test_round_trips_a_secret_through_the_keyring():
    r = self_test("MemoryKeyring")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "ok   keyring: round trip through tests.support.memory_keyring" in r.stdout


def test_the_self_test_fails_when_the_keyring_loses_the_secret():
    r = self_test("ForgetfulKeyring")
    assert r.returncode == 1
    assert "FAIL" in r.stdout and "keyring" in r.stdout.lower()
