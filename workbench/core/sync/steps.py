"""The short vault steps of a sync round: each one short transaction where the vault lives.

A sync round (``rounds.SyncRound``) runs on a network thread and never holds the vault. It
hands each of these functions to a ``VaultRunner``, which runs it on the thread that owns the
vault (the app's database worker, or the CLI's vault thread) as a job of its own. Each step is
short (one outbox batch, one pulled batch, one file, one list), so a save the user makes while
the hub is slow waits for at most one of them, never for the network.

Every step takes the vault and plain values and returns plain values (no ORM object or session
lives across steps), commits everything it writes or nothing, and adds what it wrote to an
``Applied`` (table, id) so the views refresh exactly that. A step run after the vault locked
fails in the runner with ``VaultLocked`` before it starts, which ends the round: since each
step committed or not, a round cut there resumes at the next sync (docs/sync-protocol.md).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import select

from ..deadlines import store as deadline_store
from ..model import Document, OutboxEntry
from ..vault import audit
from . import outbox, state
from .apply import Applied, apply_changes
from .client import PUSH_BATCH, SyncError
from .device_keys import DeviceKeys, device_keys


@dataclass(frozen=True)
class RoundStart:
    """What a round reads once, at its start: the hub record (read once per round), the device's
    keys, the bundle-only choice, and the newest outbox entry (the round pushes up to it)."""

    info: state.HubInfo | None
    keys: DeviceKeys | None
    bundle_only: bool
    through: int


def begin_round(vault, *, repair: bool = True) -> RoundStart:
    """``repair``: a sync round first rewinds the cursor once if an old ack may have rolled records
    back (``state.repair_once``); resolving a conflict only needs the hub record and keys."""
    with vault.session() as s:
        info, bundle_only = state.hub_info(s), state.bundle_only(s)
        if repair and info is not None and not bundle_only:
            state.repair_once(s)
        through = outbox.last_seq(s)
    return RoundStart(info, device_keys(vault) if info is not None else None, bundle_only, through)


# -- push ----------------------------------------------------------------------------------------
def push_batch(vault, through: int) -> list[dict]:
    """The next unpushed mutations (at most ``PUSH_BATCH``), none newer than ``through``."""
    with vault.session() as s:
        return [outbox.as_mutation(e) for e in outbox.pending(s, limit=PUSH_BATCH, through=through)]


@dataclass(frozen=True)
class PushResults:
    answered: int
    applied: int
    rejected: tuple[str, ...]


def record_results(vault, results: list[dict], written: Applied) -> PushResults:
    """Mark the answered mutations as pushed (by mutation id, so an edit made meanwhile, which is
    a new entry, stays unpushed) and note the files the hub asked for; one transaction."""
    answered = [r["mutation_id"] for r in results if r["status"] in ("applied", "conflict", "duplicate", "rejected")]
    rejected = tuple(f"{r['mutation_id']}: {r.get('reason', 'rejected')}" for r in results if r["status"] == "rejected")
    with vault.session() as s:
        outbox.mark_pushed(s, answered)
        for r in results:
            if isinstance(r.get("needs_file"), str):  # the hub wants this file's bytes from us
                state.forget_blob_sent(s, r["needs_file"])
                written.touch(state.META, state.BLOBS_KEY)
        if rejected:
            audit.record(s, "sync_rejected", "vault", detail="; ".join(rejected[:5]))
    for mutation_id in answered:
        written.touch(OutboxEntry.__tablename__, mutation_id)
    return PushResults(len(results), sum(r["status"] in ("applied", "duplicate") for r in results), rejected)


# -- pull ----------------------------------------------------------------------------------------
def cursor(vault) -> int:
    with vault.session() as s:
        return state.cursor(s)


def apply_batch(vault, answer: dict, before: int, written: Applied) -> None:
    """A pulled batch and its cursor, committed together (nothing written for an idle answer)."""
    if not answer["changes"] and answer["cursor"] == before:
        return
    batch = Applied()
    with vault.session() as s:
        apply_changes(s, answer["changes"], batch)
        state.set_cursor(s, answer["cursor"])
    written.merge(batch)  # only once the batch committed
    written.touch(state.META, state.CURSOR_KEY)


def recompute_deadlines(vault, written: Applied) -> int:
    """Deadlines of the matters the pull touched, once the whole pull is in."""
    count = deadline_store.recompute_stale(vault)
    if count:
        written.touch("deadlines")
    return count


# -- files ---------------------------------------------------------------------------------------
def files_to_send(vault) -> list[tuple[str, str]]:
    """(sha256, blob id) of this vault's attachments the hub is not known to hold."""
    with vault.session() as s:
        sent = set(state.blobs_sent(s))
        docs = s.execute(select(Document.sha256, Document.blob_id).where(
            Document.deleted_at.is_(None), Document.blob_id.is_not(None), Document.sha256.is_not(None))).all()
    return [(sha, blob_id) for sha, blob_id in dict(docs).items() if sha not in sent]


def read_file(vault, blob_id: str) -> bytes:
    return vault.attachments.read(blob_id)


def file_sent(vault, sha: str, written: Applied) -> None:
    with vault.session() as s:
        state.add_blob_sent(s, sha)
    written.touch(state.META, state.BLOBS_KEY)


def files_wanted(vault) -> list[tuple[str, str]]:
    """(document id, sha256) of documents that arrived from the hub without their bytes."""
    with vault.session() as s:
        return [tuple(row) for row in s.execute(select(Document.id, Document.sha256).where(
            Document.deleted_at.is_(None), Document.blob_id.is_(None), Document.sha256.is_not(None)))]


def store_file(vault, doc_id: str, sha: str, data: bytes, written: Applied) -> None:
    """Keep a received file (checked against its hash first) and point its document at it."""
    if hashlib.sha256(data).hexdigest() != sha:
        raise SyncError(f"A file from the hub does not match its content hash ({sha[:12]}…); it was not kept.")
    blob = vault.attachments.put(data)
    with vault.session() as s:
        s.info["outbox_disabled"] = True  # the file location is local to this device
        s.get(Document, doc_id).blob_id = blob.blob_id
        s.flush()
        state.add_blob_sent(s, sha)
    written.touch(Document.__tablename__, doc_id)


# -- conflicts, the round's summary, enrollment ----------------------------------------------------
def _replace_conflicts(session, items: list[dict], written: Applied) -> None:
    if state.conflicts(session) != items:  # written (and refreshed) only when it changed
        state.set_conflicts(session, items)
        written.touch(state.META, state.CONFLICTS_KEY)


def store_conflicts(vault, items: list[dict], written: Applied) -> None:
    with vault.session() as s:
        _replace_conflicts(s, items, written)


def drop_conflict(vault, conflict_id: str, written: Applied) -> None:
    """A conflict answered at the hub leaves the list now (the next sync brings the chosen value)."""
    with vault.session() as s:
        _replace_conflicts(s, [c for c in state.conflicts(s) if c.get("conflict_id") != conflict_id], written)


def finish_round(vault, summary: dict, written: Applied) -> None:
    """One small write per round: when it last reached the hub, and what it did."""
    with vault.session() as s:
        state.set_last_sync(s, summary)
    written.touch(state.META, state.LAST_KEY)


def waiting(vault) -> int:
    """How many changes wait in the outbox (for the message after a round that stopped)."""
    with vault.session() as s:
        return outbox.pending_count(s)


def public_keys(vault) -> tuple[bytes, bytes]:
    """The device's public keys for enrolling (the key pairs are made on first use)."""
    keys = device_keys(vault)
    return keys.sign_public, keys.kx_public


def store_enrollment(vault, info: state.HubInfo, written: Applied) -> None:
    with vault.session() as s:
        state.set_hub_info(s, info)
        audit.record(s, "sync_enroll", "vault", detail=f"{info.organization_name} at {info.url}")
    written.touch(state.META, state.HUB_KEY)
