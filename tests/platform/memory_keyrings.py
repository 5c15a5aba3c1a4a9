"""Keyring backends for running ``workbench --self-test`` as its own process on a machine with no
OS keyring (this one): selected through keyring's own ``PYTHON_KEYRING_BACKEND`` variable, they
are real ``KeyringBackend`` classes that keep secrets in the process's memory."""

from __future__ import annotations

from tests.support.memory_keyring import MemoryKeyring  # noqa: F401 - selected by name through PYTHON_KEYRING_BACKEND


class ForgetfulKeyring(MemoryKeyring):
    """Says it stored the secret and then does not have it (a keyring that lost the item)."""

    def set_password(self, service, username, password):
        pass
