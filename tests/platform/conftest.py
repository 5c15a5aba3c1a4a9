"""Fixtures for the platform tests: a keyring that can be made to fail, through keyring's own API."""

from __future__ import annotations

import pytest
from keyring.backend import KeyringBackend

from tests.conftest import installed_keyring
from tests.platform.keyring_backends import FAILURES
from tests.support.memory_keyring import MemoryKeyring


class SwitchableKeyring(KeyringBackend):
    """One installed backend (the app keeps the object it found), which works as an in-memory
    store until ``fail(how)`` and again after ``heal()``, as a real keyring that gets locked
    and unlocked does. ``calls`` counts the calls that failed."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store, self.how, self.calls = MemoryKeyring(), None, 0

    def fail(self, how: str) -> "SwitchableKeyring":
        self.how, self.calls = how, 0
        return self

    def heal(self) -> None:
        self.how = None

    def _check(self, op: str) -> None:
        if self.how is not None:
            self.calls += 1
            raise FAILURES[self.how](op)

    def get_password(self, service, username):
        self._check("get")
        return self.store.get_password(service, username)

    def set_password(self, service, username, password):
        self._check("set")
        self.store.set_password(service, username, password)

    def delete_password(self, service, username):
        self._check("delete")
        self.store.delete_password(service, username)


@pytest.fixture
def switchable_keyring():
    yield from installed_keyring(SwitchableKeyring())
