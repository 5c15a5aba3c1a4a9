"""The organization's private keys, kept in a key file beside (never inside) the database.

Why a file: a database dump or a PostgreSQL replica must not be enough to read export bundles
or forge acknowledgements. The file holds the Ed25519 signing key, the X25519 key that
receives bundles, and the 256-bit storage key that encrypts attachments at rest. It is written
atomically with owner-only permissions (``core.atomic``); back it up separately (docs/hub.md).
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from workbench.core.atomic import write_atomic
from workbench.core.sync.device_keys import PublicHalves

from .errors import HubError

FORMAT = "workbench-hub-keys"


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


@dataclass(frozen=True)
class HubKeys(PublicHalves):
    organization_id: str
    sign: Ed25519PrivateKey
    kx: X25519PrivateKey
    storage_key: bytes

    @classmethod
    def generate(cls, organization_id: str) -> "HubKeys":
        return cls(organization_id, Ed25519PrivateKey.generate(), X25519PrivateKey.generate(), os.urandom(32))

    def save(self, path: Path) -> None:
        body = {"format": FORMAT, "version": 1, "organization_id": self.organization_id,
                "sign_key": _b64(self.sign.private_bytes_raw()), "kx_key": _b64(self.kx.private_bytes_raw()),
                "storage_key": _b64(self.storage_key)}
        write_atomic(Path(path), json.dumps(body, indent=1).encode("ascii"))

    @classmethod
    def load(cls, path: Path) -> "HubKeys":
        path = Path(path)
        try:
            body = json.loads(path.read_text(encoding="ascii"))
            if body.get("format") != FORMAT or body.get("version") != 1:
                raise ValueError("not a hub key file")
            storage = base64.b64decode(body["storage_key"], validate=True)
            if len(storage) != 32:
                raise ValueError("bad storage key")
            return cls(body["organization_id"],
                       Ed25519PrivateKey.from_private_bytes(base64.b64decode(body["sign_key"], validate=True)),
                       X25519PrivateKey.from_private_bytes(base64.b64decode(body["kx_key"], validate=True)), storage)
        except FileNotFoundError:
            raise HubError(500, f"The hub key file {path} is missing: run 'workbench-hub init' or pass --keys.") from None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise HubError(500, f"The hub key file {path} is unreadable or damaged ({exc}).") from None
