"""Sync with the organization, as both front-ends use it: status, a sync round, conflicts,
options, enrollment and offline bundles (issue 14).

Two kinds of functions, by where they run:

* **on the vault** (first argument ``vault``): short reads and writes, run where the vault lives
  (the GUI's database worker, as a ``QueryOp``/``VaultOp``): ``sync_status``, ``conflict_items``,
  ``set_sync_options``, ``export_bundle``, ``import_ack``;
* **with the hub** (first argument ``db``, a ``VaultRunner``): they talk to the hub on the
  calling thread (the GUI's network worker, as a ``NetworkOp``) and do every vault read and write
  as a short step through ``db``, so the database worker never waits for the network:
  ``sync_round``, ``enroll``, ``resolve_conflict``. The CLI gives them ``vault_steps(vault)``,
  a thread of its own for the vault, and runs them one after the other (``run_sync``).

Every write returns a ``ChangeSet`` (or a value carrying one in ``.changes``) built from what the
vault actually got — records a pull applied, outbox entries marked sent, the sync keys of
``vault_meta`` it changed — never from a fixed list of tables. A round that stops part-way
raises a ``WorkbenchError`` whose ``changes`` say what it had already committed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..errors import VaultLocked, WorkbenchError
from ..i18n import translate
from ..sync import bundles, steps
from ..sync.apply import Applied
from ..sync.bundle_format import BundleRejected, fingerprint
from ..sync.client import Cancelled, SyncError, SyncReport
from ..sync.conflicts import ConflictItem, conflict_items, value_text
from ..sync.rounds import SyncRound, VaultRunner, VaultThread, call, enroll_device, resolve_remote
from ..sync.status import SyncStatus, changes_text, check_hub_url, sync_status, waiting_text
from ..sync import status as _status
from .base import ChangeSet, parse_date

__all__ = ["BundleExported", "BundleRejected", "Cancelled", "ConflictItem", "Enrolled", "SyncError", "SyncOutcome",
           "SyncReport", "SyncStatus", "VaultRunner", "changes_text", "check_hub_url", "conflict_items", "enroll",
           "export_bundle", "fingerprint", "import_ack", "parse_value", "resolve_conflict", "run_sync",
           "set_sync_options", "sync_round", "sync_status", "value_text", "vault_steps", "waiting_text"]


def change_set(written: Applied) -> ChangeSet:
    return ChangeSet(created=frozenset(written.created), updated=frozenset(written.updated),
                     deleted=frozenset(written.deleted))


@dataclass(frozen=True)
class SyncOutcome:
    """A round (or an imported acknowledgement): what happened, and what the views must refresh."""

    report: SyncReport
    changes: ChangeSet


def vault_steps(vault) -> VaultThread:
    """A ``VaultRunner`` for the CLI: ``with vault_steps(vault) as db: sync_round(db)``."""
    return VaultThread(vault)


# -- on the vault --------------------------------------------------------------------------------
def set_sync_options(vault, hub_url: str | None, bundle_only: bool | None) -> ChangeSet:
    """Save the hub address (when enrolled and changed) and the bundle-only choice (unless None)."""
    return change_set(_status.set_sync_options(vault, hub_url, bundle_only))


@dataclass(frozen=True)
class BundleExported:
    export_id: str
    mutations: int
    blobs: int
    changes: ChangeSet


def export_bundle(vault, destination: Path) -> BundleExported:
    """The pending changes as an encrypted, signed file for the organization (``core.sync.bundles``)."""
    summary = bundles.export_bundle(vault, Path(destination))
    return BundleExported(summary["export_id"], summary["mutations"], summary["blobs"], change_set(summary["written"]))


def import_ack(vault, source: Path) -> SyncOutcome:
    """The organization's answer to an exported bundle, applied like a pull."""
    report = bundles.import_ack(vault, Path(source))
    return SyncOutcome(report, change_set(report.written))


# -- with the hub --------------------------------------------------------------------------------
def _waiting(db: VaultRunner) -> str:
    """The sentence on what waits for the next sync; vague if the vault locked meanwhile."""
    try:
        return waiting_text(call(db, steps.waiting))
    except (WorkbenchError, RuntimeError):  # locked (the app), or the runner is gone
        return waiting_text(None)


def _stopped(error: WorkbenchError, written: Applied) -> WorkbenchError:
    error.changes = change_set(written)
    return error


def sync_round(db: VaultRunner, cancelled: Callable[[], bool] = lambda: False,
               progress: Callable[[str], None] = lambda _text: None) -> SyncOutcome:
    """One sync round (``core.sync.rounds``); a stop is a ``SyncError`` or ``Cancelled`` whose
    sentence says what was kept and whose ``changes`` say what was committed before it."""
    sync = SyncRound(db, cancelled=cancelled, progress=progress)
    try:
        report = sync.run()
    except (Cancelled, VaultLocked):  # locking the vault cancels the round too
        raise _stopped(Cancelled(translate("sync", "Sync was cancelled. Nothing was lost: {waiting}").format(
            waiting=_waiting(db))), sync.report.written) from None
    except SyncError as exc:
        if exc.unreachable:
            raise _stopped(SyncError(translate("sync", "The hub at {url} could not be reached. Nothing was lost: "
                                                       "{waiting}").format(url=sync.hub_url, waiting=_waiting(db))),
                           sync.report.written) from None
        raise _stopped(SyncError(f"{exc} {_waiting(db)}"), sync.report.written) from None
    return SyncOutcome(report, change_set(report.written))


def run_sync(vault, cancelled: Callable[[], bool] = lambda: False,
             progress: Callable[[str], None] = lambda _text: None) -> SyncOutcome:
    """``sync_round`` for a front-end that holds the vault itself (the CLI)."""
    with vault_steps(vault) as db:
        return sync_round(db, cancelled, progress)


@dataclass(frozen=True)
class Enrolled:
    organization_name: str
    attorney_email: str
    device_id: str
    hub_url: str
    fingerprint: str  # of the hub's signing key, for the attorney to compare with the published one
    changes: ChangeSet


def enroll(db: VaultRunner, hub_url: str, code: str, device_name: str) -> Enrolled:
    """Enroll this vault with the hub using the organization's one-time code."""
    written = Applied()
    info = enroll_device(db, check_hub_url(hub_url), code, device_name, written=written)
    return Enrolled(info.organization_name, info.attorney_email, info.device_id, info.url,
                    fingerprint(info.sign_key), change_set(written))


def resolve_conflict(db: VaultRunner, conflict_id: str, value) -> ChangeSet:
    """Send the attorney's answer to the hub; the conflict leaves this vault's list at once, and the
    chosen value arrives with the next sync (here and on every other device)."""
    written = Applied()
    resolve_remote(db, conflict_id, value, written)
    return change_set(written)


# -- reading an answer typed by a person -----------------------------------------------------------
def parse_value(text: str, like: object):
    """An edited value back in the kind of ``like`` (one of the two conflicting values)."""
    text = text.strip()
    if not text:
        return None
    if isinstance(like, bool):
        answer = text.lower()
        if answer in ("yes", "true", "y", "1", translate("sync", "Yes").lower()):
            return True
        if answer in ("no", "false", "n", "0", translate("sync", "No").lower()):
            return False
        raise WorkbenchError(translate("sync", "Type Yes or No."))
    if isinstance(like, (int, float)):
        try:
            number = float(text)
        except ValueError:
            raise WorkbenchError(translate("sync", "Type a number.")) from None
        return int(number) if isinstance(like, int) and number.is_integer() else number
    if isinstance(like, list):
        return [part.strip() for part in text.split(",") if part.strip()]
    if isinstance(like, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", like):
        try:
            return parse_date(text).isoformat()
        except ValueError as exc:
            raise WorkbenchError(str(exc)) from None
    if isinstance(like, dict):
        try:
            return json.loads(text)
        except ValueError:
            raise WorkbenchError(translate("sync", "This value is structured; keep its form.")) from None
    return text
