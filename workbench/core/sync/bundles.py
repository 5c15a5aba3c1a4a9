"""Offline sync: an export bundle for the organization, and its acknowledgement back.

With no connection (a detention visit, a firm network that blocks the hub) the attorney writes
the outbox and the new attachments into one encrypted, signed bundle for a USB stick or secure
e-mail (``core.sync.bundle_format``); the hub imports it and answers with an acknowledgement bundle, which
this device imports like a pull. Outbox entries stay pending until an acknowledgement names
them, so a lost bundle costs nothing: the next one carries the same mutations (the hub dedups
by mutation id).

Acknowledgements may arrive late, twice, or out of order (a USB stick found in a drawer after
an online sync). Importing one never moves anything backwards: an ack already imported is a
no-op (``state.acks_imported``); record states at or below this vault's cursor are dropped
(the vault has applied them or newer ones already, including records it has since purged);
the rest are applied by version (``apply``), the cursor only grows, and the ack's list of open
conflicts replaces the vault's only when the ack is at least as recent as the vault's cursor.
"""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import select

from ..vault import audit
from ..deadlines import store as deadline_store
from ..atomic import write_atomic
from .bundle_format import read_bundle, write_bundle
from .device_keys import device_keys
from ..model import AuditEntry, Document
from . import outbox, state
from .apply import Applied, apply_changes
from .client import SyncError, SyncReport
from .form_map_sync import install_from_ack
from .steps import record_results


def export_bundle(vault, destination: Path) -> dict:
    """Write the pending outbox (and the attachments it names) as a bundle; returns a summary."""
    keys = device_keys(vault)
    with vault.session() as s:
        info = state.hub_info(s)
        # before the cursor is read: the ack of this bundle then repairs
        rewound = info is not None and state.repair_once(s)
        if info is None:
            raise SyncError("This vault is not enrolled with a hub: the bundle would have no recipient. "
                            "Enroll it once while connected, or ask the organization for its enrollment file.")
        pending = outbox.pending(s)
        doc_ids = {e.entity_id for e in pending if e.entity == "documents" and e.op == "create"}
        docs = list(s.scalars(select(Document).where(Document.id.in_(doc_ids)))) if doc_ids else []
        payload = {"device_id": info.device_id, "cursor": state.cursor(s),
                   "form_maps_cursor": state.form_maps_cursor(s),  # the ack brings maps published since
                   "mutations": [outbox.as_mutation(e) for e in pending], "blobs": []}
    for doc in docs:
        if doc.blob_id and doc.sha256:
            data = vault.attachments.read(doc.blob_id)
            payload["blobs"].append({"sha256": doc.sha256, "data": base64.b64encode(data).decode("ascii")})
    out = io.BytesIO()
    header = write_bundle(out, [json.dumps(payload).encode("utf-8")], sender=keys.sign,
                          recipient=X25519PublicKey.from_public_bytes(info.kx_key), kind="outbox")
    write_atomic(Path(destination), out.getvalue())
    with vault.session() as s:
        audit.record(s, "bundle_export", "vault",
                     detail=f"{header.export_id}: {len(payload['mutations'])} changes, {len(payload['blobs'])} files")
    written = Applied()
    written.touch(AuditEntry.__tablename__)
    if rewound:
        written.touch(state.META, state.CURSOR_KEY)
    return {"export_id": header.export_id, "mutations": len(payload["mutations"]), "blobs": len(payload["blobs"]),
            "written": written}


def import_ack(vault, source: Path) -> SyncReport:
    """Import the hub's acknowledgement bundle: results, changes, cursor and open conflicts."""
    keys = device_keys(vault)
    with vault.session() as s:
        info = state.hub_info(s)
    if info is None:
        raise SyncError("This vault is not enrolled with a hub, so it cannot check who signed the bundle.")
    opened = read_bundle(Path(source).read_bytes(), recipient=keys.kx,
                         sender_lookup=lambda key: key == info.sign_key)
    if opened.header.kind != "ack":
        raise SyncError(f"This bundle is a {opened.header.kind!r} bundle, not an acknowledgement from the hub.")
    try:
        payload = json.loads(opened.payload)
        if not isinstance(payload, dict):
            raise ValueError("not an object")
        changes = [c for c in payload.get("changes") or [] if isinstance(c, dict)]
        ack_cursor = int(payload.get("cursor") or 0)
    except (ValueError, TypeError):
        raise SyncError("The acknowledgement's contents are not readable; nothing was imported.") from None
    export_id = opened.header.export_id
    report = SyncReport()
    with vault.session() as s:
        state.repair_once(s, rewind=False)
        if export_id in state.acks_imported(s):
            report.duplicate, report.cursor = True, state.cursor(s)
            return report
    outcome = record_results(vault, payload.get("results") or [], report.written)
    report.pushed, report.applied, report.rejected = outcome.answered, outcome.applied, list(outcome.rejected)
    with vault.session() as s:
        current = state.cursor(s)
        fresh = [c for c in changes if _version(c) > current]  # at or below the cursor: already here, or newer
        counts = apply_changes(s, fresh, report.written)
        new_cursor = max(current, ack_cursor)
        state.set_cursor(s, new_cursor)
        if ack_cursor >= current:  # an older ack's conflict list is older than what the vault knows
            state.set_conflicts(s, payload.get("conflicts") or [])
        state.add_ack_imported(s, export_id)
        audit.record(s, "bundle_import", "vault", detail=export_id)
        conflicts = len(state.conflicts(s))
    for key in (state.CURSOR_KEY, state.CONFLICTS_KEY):
        report.written.touch(state.META, key)
    if deadline_store.recompute_stale(vault):
        report.written.touch("deadlines")
    report.pulled, report.cursor = counts["created"] + counts["updated"], new_cursor
    report.conflicts = conflicts
    install_from_ack(vault, info, payload, report)
    return report


def _version(change: dict) -> int:
    try:
        return int(change.get("server_version") or 0)
    except (TypeError, ValueError):
        return 0
