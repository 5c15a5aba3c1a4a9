"""What the device remembers about its hub, inside the vault (``vault_meta``, encrypted)."""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass

from sqlalchemy import select

from ..model import AuditEntry, VaultMeta

META = VaultMeta.__tablename__  # where these keys live: a change-set names (META, key)
HUB_KEY = "sync_hub"
CURSOR_KEY = "sync_cursor"
CONFLICTS_KEY = "sync_conflicts"
LAST_KEY = "sync_last"
BLOBS_KEY = "sync_blobs_sent"
_ACKS = "sync_acks_imported"
_RULES = "sync_apply_rules"
BUNDLE_ONLY_KEY = "sync_bundle_only"
FORM_MAPS_KEY = "sync_form_maps_cursor"  # the hub's sequence of published field maps, fetched up to here
INSTALLED_MAPS_KEY = "form_maps_installed"  # [form, edition, newest version installed] (installed_maps.expected)
RULES_VERSION = 2  # 2: hub records are applied by version only forward (issue 12)
ACKS_KEPT = 500


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
    data = _get(session, HUB_KEY)
    return HubInfo(**data) if data else None


def set_hub_info(session, info: HubInfo) -> None:
    _put(session, HUB_KEY, asdict(info))


def cursor(session) -> int:
    return int(_get(session, CURSOR_KEY) or 0)


def set_cursor(session, value: int) -> None:
    _put(session, CURSOR_KEY, int(value))


def conflicts(session) -> list[dict]:
    return _get(session, CONFLICTS_KEY) or []


def set_conflicts(session, items: list[dict]) -> None:
    _put(session, CONFLICTS_KEY, items)


def last_sync(session) -> dict | None:
    return _get(session, LAST_KEY)


def set_last_sync(session, summary: dict) -> None:
    _put(session, LAST_KEY, summary)


def form_maps_cursor(session) -> int:
    return int(_get(session, FORM_MAPS_KEY) or 0)


def set_form_maps_cursor(session, value: int) -> None:
    _put(session, FORM_MAPS_KEY, int(value))


def installed_form_maps(session) -> dict[tuple[str, str], int]:
    """(form, edition) -> the newest field-map version this vault installed: kept in the encrypted
    database so a map file deleted from the vault's folder is noticed (``installed_maps``)."""
    return {(form, edition): int(version) for form, edition, version in _get(session, INSTALLED_MAPS_KEY) or []}


def note_installed_form_maps(session, newest: dict[tuple[str, str], int]) -> bool:
    """Record ``newest`` versions (only ever upward); returns whether the record changed."""
    known = installed_form_maps(session)
    merged = {**known, **{k: v for k, v in newest.items() if v > known.get(k, 0)}}
    if merged == known:
        return False
    _put(session, INSTALLED_MAPS_KEY, [[form, edition, version] for (form, edition), version in sorted(merged.items())])
    return True


def bundle_only(session) -> bool:
    """Whether the attorney chose never to connect (exchange bundles only)."""
    return bool(_get(session, BUNDLE_ONLY_KEY))


def set_bundle_only(session, value: bool) -> None:
    _put(session, BUNDLE_ONLY_KEY, bool(value))


def blobs_sent(session) -> list[str]:
    """Content hashes the hub is known to hold (sent or received), so they are not re-sent."""
    return _get(session, BLOBS_KEY) or []


def add_blob_sent(session, sha256: str) -> None:
    known = blobs_sent(session)
    if sha256 not in known:
        _put(session, BLOBS_KEY, known + [sha256])


def forget_blob_sent(session, sha256: str) -> None:
    """The hub asked for this file again (``needs_file``): send it at the next sync."""
    known = blobs_sent(session)
    if sha256 in known:
        _put(session, BLOBS_KEY, [k for k in known if k != sha256])


def acks_imported(session) -> list[str]:
    """Export ids of the acknowledgement bundles already imported (the most recent ``ACKS_KEPT``)."""
    return _get(session, _ACKS) or []


def add_ack_imported(session, export_id: str) -> None:
    known = [k for k in acks_imported(session) if k != export_id]
    _put(session, _ACKS, (known + [export_id])[-ACKS_KEPT:])


def repair_once(session, *, rewind: bool = True) -> bool:
    """Rewind the pull cursor to 0, once, if this vault may hold records rolled back by an old
    acknowledgement imported before versions were respected (any ack import before this rule).

    The next pull (or the acknowledgement of the next export bundle, which carries the cursor)
    then brings every record's current state again, and the version rule lets through exactly
    the ones this vault holds at an older version: the rolled-back ones. Returns whether it rewound.
    ``rewind=False`` (importing an ack, whose cursor would undo the rewind) only marks a vault
    that never imported an ack, and leaves the repair of one that did to its next sync or export.
    """
    if _get(session, _RULES) == RULES_VERSION:
        return False
    imported = session.scalar(select(AuditEntry.seq).where(AuditEntry.action == "bundle_import").limit(1))
    if imported is not None:
        if not rewind:
            return False
        set_cursor(session, 0)
    _put(session, _RULES, RULES_VERSION)
    return imported is not None
