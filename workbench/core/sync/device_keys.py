"""This device's long-term keys for talking to the organization's hub.

An Ed25519 key signs requests and export bundles; an X25519 key receives acknowledgement
bundles. Their private halves live inside the vault (the encrypted ``vault_meta`` table), so
they are as protected as the client data and leave with a restored backup, never in a
settings file or the OS keyring.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from ..vault import audit
from .bundle_format import fingerprint
from ..model import VaultMeta

_SIGN, _KX = "device_sign_key", "device_kx_key"


def _raw_private(key) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


class PublicHalves:
    """The raw public keys of a party holding ``sign`` (Ed25519) and ``kx`` (X25519) private keys:
    a device here, the organization in the hub (``hub.keys.HubKeys``)."""

    sign: Ed25519PrivateKey
    kx: X25519PrivateKey

    @property
    def sign_public(self) -> bytes:
        return self.sign.public_key().public_bytes_raw()

    @property
    def kx_public(self) -> bytes:
        return self.kx.public_key().public_bytes_raw()


@dataclass(frozen=True)
class DeviceKeys(PublicHalves):
    sign: Ed25519PrivateKey
    kx: X25519PrivateKey

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_public)


def device_keys(vault) -> DeviceKeys:
    """This vault's device keys, made on first use."""
    with vault.session() as s:
        sign_row, kx_row = s.get(VaultMeta, _SIGN), s.get(VaultMeta, _KX)
        if sign_row and kx_row:
            return DeviceKeys(Ed25519PrivateKey.from_private_bytes(base64.b64decode(sign_row.value)),
                              X25519PrivateKey.from_private_bytes(base64.b64decode(kx_row.value)))
        keys = DeviceKeys(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
        s.merge(VaultMeta(key=_SIGN, value=base64.b64encode(_raw_private(keys.sign)).decode("ascii")))
        s.merge(VaultMeta(key=_KX, value=base64.b64encode(_raw_private(keys.kx)).decode("ascii")))
        audit.record(s, "create_device_keys", "vault", detail=keys.fingerprint)
        return keys
