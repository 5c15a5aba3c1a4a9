"""Import an export bundle (offline sync) and answer with an acknowledgement bundle.

Order of checks (``core.sync.bundle_format.read_bundle``): format, recipient = this hub, sender = an
enrolled and unrevoked device (over HTTP: the very device that signed the request), signature
over every chunk; only then decryption. Then: the payload is JSON within the hub's limits
(depth, no NaN/Infinity, 64-bit integers) and names the same device that signed it, the export
id was not imported before (a re-import answers the stored acknowledgement), and the mutations
and files are applied in one locked transaction with the acknowledgement stored beside them:
all or nothing. Files carried in the bundle prove that the sender holds them, which settles the
sender's claims on them (``blobs``) once the mutations are in.
"""

from __future__ import annotations

import base64
import binascii
import io
import json
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import select

from workbench.core.sync.bundle_format import BundleRejected, read_bundle, write_bundle

from . import forms_publish
from .blobs import BlobStore, settle_claims
from .conflicts import open_conflicts
from .db import Database
from .errors import HubError
from .keys import HubKeys
from .limits import BadJson, check_json_shape, strict_loads
from .merge import InvalidMutation
from .models import Device, ImportedBundle
from .pull import all_changes
from .push import Caller, apply_mutations

MAX_BUNDLE = 1024 ** 3


@dataclass(frozen=True)
class ImportResult:
    export_id: str
    device_id: str
    ack: bytes
    duplicate: bool
    applied: int
    conflicts: int
    rejected: int


PAYLOAD_DEPTH = 32
PAYLOAD_CONTAINERS = 20_000_000


def import_bundle(db: Database, keys: HubKeys, data, sender: str | None = None) -> ImportResult:
    """Verify, decrypt and apply one export bundle; raises ``HubError`` (403/422) with the reason.

    ``data`` is bytes or any buffer (the HTTP route maps its spooled file). ``sender``: the device
    id that must have signed the bundle (the authenticated caller of ``POST /v1/bundles``)."""
    if len(data) > MAX_BUNDLE:
        raise HubError(413, "The bundle is larger than this hub accepts.")
    found: dict[str, Device] = {}

    def sender_lookup(sign_key: bytes):
        with db.read() as s:
            device = s.scalar(select(Device).where(Device.sign_key == sign_key, Device.org_id == keys.organization_id))
        if device is not None and device.revoked_at is None and (sender is None or device.id == sender):
            found["device"] = device
            return device
        return None

    try:
        opened = read_bundle(data, recipient=keys.kx, sender_lookup=sender_lookup)
    except BundleRejected as exc:
        if "not enrolled" in str(exc):
            who = "was signed by another device than the one sending it" if sender else "comes from a device " \
                  "that is not enrolled, or whose enrollment was revoked"
            raise HubError(403, f"Bundle rejected: it {who}. Nothing was imported.") from None
        raise HubError(422, f"Bundle rejected: {exc} Nothing was imported.") from None
    device = found["device"]
    if opened.header.kind != "outbox":
        raise HubError(422, f"Bundle rejected: a {opened.header.kind!r} bundle is not an export for the hub.")
    payload = _payload(opened.payload, device.id)
    caller = Caller(device.org_id, device.id, device.attorney_id)
    with db.write(caller.org_id) as w:
        done = w.session.get(ImportedBundle, opened.header.export_id)
        if done is not None:
            return ImportResult(done.export_id, done.device_id, done.ack, True, 0, 0, 0)
        store = BlobStore(db, keys.storage_key)
        for blob in payload["blobs"]:
            store.store_whole(w.session, caller, blob["sha256"], blob["data"])
        try:
            results = apply_mutations(w, caller, payload["mutations"])
        except InvalidMutation as exc:
            raise HubError(422, f"Bundle rejected: {exc}. Nothing was imported.") from None
        for blob in payload["blobs"]:  # the sender showed these bytes: their claims on them hold
            settle_claims(w.session, caller, blob["sha256"])
        w.store()
        w.session.flush()
        changes, cursor = all_changes(w.session, caller.org_id, caller.attorney_id, payload["cursor"])
        cursor = max(cursor, w.last)
        ack_payload = {"in_reply_to": opened.header.export_id, "results": results, "changes": changes,
                       "cursor": cursor, "conflicts": open_conflicts(w.session, caller.org_id, caller.attorney_id)}
        if payload["form_maps_cursor"] is not None:  # the field maps published since (hub/forms_publish.py)
            ack_payload["form_maps"] = forms_publish.documents_since(w.session, caller.org_id,
                                                                    payload["form_maps_cursor"])
        ack = _ack_bytes(keys, device.kx_key, ack_payload)
        w.session.add(ImportedBundle(export_id=opened.header.export_id, org_id=caller.org_id, device_id=device.id,
                                     ack=ack))
    count = lambda status: sum(1 for r in results if r["status"] == status)  # noqa: E731
    return ImportResult(opened.header.export_id, device.id, ack, False, count("applied"), count("conflict"),
                        count("rejected"))


def _payload(raw: bytes, device_id: str) -> dict:
    try:
        check_json_shape(raw, max_depth=PAYLOAD_DEPTH, max_containers=PAYLOAD_CONTAINERS)
        payload = strict_loads(raw)
    except BadJson as exc:
        raise HubError(422, f"Bundle rejected: its contents are not a valid export ({exc.message}) "
                            "Nothing was imported.") from None
    try:
        if not isinstance(payload, dict):
            raise ValueError("not an object")
        if payload.get("device_id") != device_id:
            raise ValueError("it names another device than the one that signed it")
        mutations = payload.get("mutations") or []
        blobs = [{"sha256": b["sha256"], "data": base64.b64decode(b["data"], validate=True)}
                 for b in payload.get("blobs") or []]
        cursor = int(payload.get("cursor") or 0)
        maps_cursor = payload.get("form_maps_cursor")  # absent: an app older than published maps (none sent)
        maps_cursor = None if maps_cursor is None else int(maps_cursor)
        if not isinstance(mutations, list) or not 0 <= cursor <= 2 ** 62 or not 0 <= (maps_cursor or 0) <= 2 ** 62:
            raise ValueError("bad mutations or cursor")
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise HubError(422, f"Bundle rejected: its contents are not a valid export ({exc}). Nothing was imported.") \
            from None
    return {"mutations": mutations, "blobs": blobs, "cursor": cursor, "form_maps_cursor": maps_cursor}


def _ack_bytes(keys: HubKeys, device_kx_key: bytes, payload: dict) -> bytes:
    out = io.BytesIO()
    write_bundle(out, [json.dumps(payload, separators=(",", ":")).encode("utf-8")], sender=keys.sign,
                 recipient=X25519PublicKey.from_public_bytes(device_kx_key), kind="ack")
    return out.getvalue()
