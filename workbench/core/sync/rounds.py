"""A sync round, split between the network and the vault (issue 14).

The round itself (``SyncRound.run``) runs on a network thread: it talks to the hub through a
``HubClient`` and never touches the vault. Whatever it reads or writes in the vault is a short
step (``steps.py``) handed to a ``VaultRunner``, which runs the step where the vault lives and
returns a ``Future``:

* in the desktop app, the GUI's single database worker (``gui.tasks.WorkerVault``), so each step
  is a job queued among the user's saves and a save waits for at most one short step, never for
  the hub;
* in the CLI, tests and benchmarks, ``VaultThread``: a thread of its own for the vault, the same
  split, so the same code runs in the same order.

Order of a round: push (what waited when the round began; edits made during the round go in the
next one, so a round always ends), send files, pull (batch by batch), recompute deadlines, fetch
files, refresh the list of open conflicts, record the round. The guarantees of
docs/sync-protocol.md hold across the split:

* an outbox entry is marked pushed, by its mutation id, only after the hub answered it; an edit
  made between reading a batch and marking it is a new entry and stays unpushed;
* a pulled batch and its cursor commit in one step; the pull is pipelined (while the vault
  applies batch N, this thread already fetches N+1 with the cursor of N's answer), and a batch
  fetched ahead and not applied is fetched again next time;
* Cancel is checked before every request and between steps;
* locking the vault: the runner refuses steps once the vault is closed (``VaultLocked``), the
  round stops at its next step, and what it had not committed is simply done again next round.
  The network thread never holds the vault, a session or a connection, so the lock never
  waits for the hub.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime, timezone
from functools import partial
from typing import Callable, Protocol, TypeVar

import httpx

from ..i18n import translate
from . import form_map_sync, state, steps
from .apply import Applied
from .client import Cancelled, HubClient, SyncError, SyncReport, enroll_request, within_size

T = TypeVar("T")


class VaultRunner(Protocol):
    """Runs ``step(vault)`` where the vault lives; the future holds its result or its error."""

    def submit(self, step: Callable[..., T]) -> Future[T]: ...


def call(db: VaultRunner, step: Callable[..., T], /, **kwargs) -> T:
    """Run one vault step and wait for it."""
    return db.submit(partial(step, **kwargs) if kwargs else step).result()


class VaultThread:
    """A ``VaultRunner`` with a thread of its own, for a round outside the app (CLI, tests)."""

    def __init__(self, vault) -> None:
        self._vault = vault
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-vault")

    def submit(self, step: Callable[..., T]) -> Future[T]:
        return self._pool.submit(step, self._vault)

    def __enter__(self) -> "VaultThread":
        return self

    def __exit__(self, *_exc) -> None:
        self._pool.shutdown(wait=True)


def not_enrolled() -> SyncError:
    return SyncError(translate("sync", "This vault is not enrolled with the organization's hub yet: enroll it in "
                                       "Settings."))


def online_start(db: VaultRunner, *, repair: bool = True, bundle_only: str | None = None) -> steps.RoundStart:
    """The round's one read of the hub record and keys; refuses a vault not enrolled or bundle-only
    (``bundle_only``: the sentence for the latter, if not the sync round's)."""
    start = call(db, steps.begin_round, repair=repair)
    if start.info is None:
        raise not_enrolled()
    if start.bundle_only:
        raise SyncError(bundle_only or translate("sync", "This vault is set to bundle-only: use Sync › Export for "
                                                         "the organization, or turn bundle-only off in Settings."))
    return start


class SyncRound:
    """One round; ``run`` returns the ``SyncReport`` (``report.written``: what the vault got, also
    after a failure, for the views to refresh)."""

    def __init__(self, db: VaultRunner, *, cancelled: Callable[[], bool] = lambda: False,
                 progress: Callable[[str], None] = lambda _text: None, http: httpx.Client | None = None) -> None:
        self.db, self.cancelled, self.progress, self.http = db, cancelled, progress, http
        self.report = SyncReport()
        self.hub_url = ""  # known once the round read the hub record

    def _step(self, step: Callable[..., T], **kwargs) -> T:
        if self.cancelled():
            raise Cancelled(translate("sync", "Sync was cancelled."))
        return call(self.db, step, **kwargs)

    def run(self) -> SyncReport:
        start = online_start(self.db)
        self.hub_url = start.info.url
        self.progress(translate("sync", "Talking to the hub…"))
        client = HubClient(start.info, start.keys.sign, self.http, cancelled=self.cancelled, progress=self.progress)
        try:
            self.push(client, start.through)
            self.upload(client)
            self.pull(client)
            self.report.deadlines_recomputed = self._step(steps.recompute_deadlines, written=self.report.written)
            self.download(client)
            self.form_maps(client, start.info)
            conflicts = client.conflicts()
            self._step(steps.store_conflicts, items=conflicts, written=self.report.written)
            self.report.conflicts = len(conflicts)
        finally:
            client.close()
        summary = {"at": datetime.now(timezone.utc).isoformat(timespec="seconds"), "pushed": self.report.pushed,
                   "pulled": self.report.pulled, "conflicts": self.report.conflicts}
        call(self.db, steps.finish_round, summary=summary, written=self.report.written)
        return self.report

    def push(self, client: HubClient, through: int) -> None:
        """Batch after batch of what waited when the round began."""
        while True:
            batch = self._step(steps.push_batch, through=through)
            if not batch:
                return
            batch = within_size(batch)
            results = client.push(batch)
            # recorded even if Cancel was pressed meanwhile: the hub has applied them (a lock still
            # stops it: the step then fails, and the next round's push is answered from the hub's store)
            outcome = call(self.db, steps.record_results, results=results, written=self.report.written)
            self.report.pushed += outcome.answered
            self.report.applied += outcome.applied
            self.report.rejected.extend(outcome.rejected)

    def pull(self, client: HubClient) -> None:
        """Pipelined: the vault applies batch N while this thread fetches batch N+1."""
        current = self._step(steps.cursor)
        answer = client.pull(current)
        while True:
            if self.cancelled():
                raise Cancelled(translate("sync", "Sync was cancelled."))
            applying = self.db.submit(partial(steps.apply_batch, answer=answer, before=current,
                                              written=self.report.written))
            following = None
            try:
                if answer.get("more"):
                    following = client.pull(answer["cursor"])
            finally:
                applying.result()  # committed (or failed) before anything else happens
            current = answer["cursor"]
            self.report.pulled += len(answer["changes"])
            self.report.cursor = current
            if following is None:
                return
            answer = following

    def upload(self, client: HubClient) -> None:
        """Every attachment the hub does not hold complete yet, chunk by chunk (resumable)."""
        for sha, blob_id in self._step(steps.files_to_send):
            info = client.blob_info(sha)
            if not info.get("complete"):
                data = self._step(steps.read_file, blob_id=blob_id)
                client.upload_blob(sha, data, set(info.get("have", [])))
                self.report.files_sent += 1
            self._step(steps.file_sent, sha=sha, written=self.report.written)

    def form_maps(self, client: HubClient, info: state.HubInfo) -> None:
        """The field maps the organization published since the last round (``form_map_sync``)."""
        since, folder, expected = self._step(form_map_sync.form_maps_start)
        cursor, installed, refused = form_map_sync.fetch_form_maps(
            client, form_map_sync.store_for(folder, info, expected), since)
        self.report.form_maps_installed += [form_map_sync.label(pm) for pm in installed]
        self.report.form_maps_refused += refused
        if cursor != since or installed:
            call(self.db, form_map_sync.record_form_maps, cursor=cursor, installed=installed,
                 written=self.report.written)

    def download(self, client: HubClient) -> None:
        """The files of documents that arrived from the hub without their bytes."""
        for doc_id, sha in self._step(steps.files_wanted):
            info = client.blob_info(sha)
            if not info.get("complete"):
                continue  # not uploaded yet by the device that has it: a later sync gets it
            data = client.download_blob(sha, info)
            self._step(steps.store_file, doc_id=doc_id, sha=sha, data=data, written=self.report.written)
            self.report.files_received += 1


def enroll_device(db: VaultRunner, hub_url: str, code: str, device_name: str, *,
                  http: httpx.Client | None = None, written: Applied | None = None) -> state.HubInfo:
    """Public keys from the vault (a step), the enrollment request (network), the hub record
    stored (a step)."""
    sign_public, kx_public = call(db, steps.public_keys)
    info = enroll_request(hub_url, code, device_name, sign_public, kx_public, http)
    call(db, steps.store_enrollment, info=info, written=written if written is not None else Applied())
    return info


def resolve_remote(db: VaultRunner, conflict_id: str, value, written: Applied, *, http: httpx.Client | None = None) -> None:
    """Send the attorney's answer to a conflict to the hub, then drop it from the vault's list."""
    start = online_start(db, repair=False, bundle_only=translate(
        "sync", "Resolving a conflict needs a connection to the hub: turn bundle-only off in Settings once connected."))
    client = HubClient(start.info, start.keys.sign, http)
    try:
        client.resolve_conflict(conflict_id, value)
    finally:
        client.close()
    call(db, steps.drop_conflict, conflict_id=conflict_id, written=written)
