"""What the device remembers about its hub, inside the vault (``vault_meta``, encrypted)."""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass

from ..model import VaultMeta

_KEY = "sync_hub"
_CURSOR = "sync_cursor"
_CONFLICTS = "sync_conflicts"
_LAST = "sync_last"
_BLOBS = "sync_blobs_sent"


@dataclass(frozen=True)
class HubInfo:
    url: str
    device_id: str
    attorney_id: str
    attorney_email: str
    organization_id: str
    organization_name: str
    hub_sign_key: str  # base64
    hub_kx_key: str  # base64

    @property
    def sign_key(self) -> bytes:
        return base64.b64decode(self.hub_sign_key)

    @property
    def kx_key(self) -> bytes:
        return base64.b64decode(self.hub_kx_key)


def _get(session, key: str):
    row = session.get(VaultMeta, key)
    return json.loads(row.value) if row else None


def _put(session, key: str, value) -> None:
    session.merge(VaultMeta(key=key, value=json.dumps(value)))


def hub_info(session) -> HubInfo | None:
    data = _get(session, _KEY)
    return HubInfo(**data) if data else None


def set_hub_info(session, info: HubInfo) -> None:
    _put(session, _KEY, asdict(info))


def cursor(session) -> int:
    return int(_get(session, _CURSOR) or 0)


def set_cursor(session, value: int) -> None:
    _put(session, _CURSOR, int(value))


def conflicts(session) -> list[dict]:
    return _get(session, _CONFLICTS) or []


def set_conflicts(session, items: list[dict]) -> None:
    _put(session, _CONFLICTS, items)


def last_sync(session) -> dict | None:
    return _get(session, _LAST)


def set_last_sync(session, summary: dict) -> None:
    _put(session, _LAST, summary)


def blobs_sent(session) -> list[str]:
    """Content hashes the hub is known to hold (sent or received), so they are not re-sent."""
    return _get(session, _BLOBS) or []


def add_blob_sent(session, sha256: str) -> None:
    known = blobs_sent(session)
    if sha256 not in known:
        _put(session, _BLOBS, known + [sha256])
