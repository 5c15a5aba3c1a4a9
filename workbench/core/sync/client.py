"""The device side of sync: enroll, push the outbox, pull by cursor, keep conflicts.

Everything network-bound goes through one ``httpx.Client`` (the GUI runs this in its network
pool, never on the GUI thread). Failure anywhere loses nothing: outbox entries are marked
pushed only after the hub answered them, and the pull cursor moves only after the batch's
transaction committed — so an interrupted sync simply resumes.

Pull is pipelined: a helper thread (``_Prefetch``) fetches and decodes the next batch while
this thread applies the current one, so the hub's work and the network overlap with the
vault's. Only the helper touches the HTTP client during a pull, only this thread touches the
vault, and the helper is always stopped and joined before ``pull`` returns or raises. The
helper follows the cursors the hub answers; the vault's cursor still moves only when a batch
and its cursor commit together, so a pull cut anywhere (an error in either thread, a cancel)
resumes from the last committed batch: a batch fetched ahead and not applied is fetched again.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import queue
import ssl
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable

import httpx
from sqlalchemy import select, update

from ..vault import audit
from ..deadlines import store as deadline_store
from .device_keys import device_keys
from ..errors import WorkbenchError
from ..model import Document, OutboxEntry
from . import state
from .apply import apply_changes
from .auth import sign_headers

PUSH_BATCH = 500
PUSH_BYTES = 8 * 1024 * 1024  # half the hub's body limit for a push (hub/limits.py)
PULL_BATCH = 2000  # the hub's largest batch: fewer round trips and vault commits
BLOB_CHUNK = 1024 * 1024
TIMEOUT = httpx.Timeout(30.0, connect=10.0)


@functools.lru_cache(maxsize=1)
def _tls() -> ssl.SSLContext:
    """One TLS context per process: loading the CA bundle costs ~45 ms, too much per sync round."""
    return ssl.create_default_context()


def new_http(base_url: str) -> httpx.Client:
    return httpx.Client(base_url=base_url, timeout=TIMEOUT, verify=_tls())


class SyncError(WorkbenchError):
    """The hub could not be reached or refused; the message says what was kept."""


class Cancelled(WorkbenchError):
    pass


@dataclass
class SyncReport:
    pushed: int = 0
    applied: int = 0
    conflicts: int = 0
    rejected: list[str] = field(default_factory=list)
    pulled: int = 0
    cursor: int = 0
    files_sent: int = 0
    files_received: int = 0
    deadlines_recomputed: int = 0
    duplicate: bool = False  # an acknowledgement bundle that was already imported (nothing done)


def _mutation(e: OutboxEntry) -> dict:
    return {"mutation_id": e.mutation_id, "entity": e.entity, "entity_id": e.entity_id, "op": e.op,
            "changes": e.changes, "base_version": e.base_version}


def _within_size(batch: list[dict]) -> list[dict]:
    """The longest prefix of ``batch`` whose JSON stays under ``PUSH_BYTES`` (at least one mutation:
    one larger than the hub accepts is refused with 413 and stays in the outbox, said plainly)."""
    total = 0
    for i, m in enumerate(batch):
        total += len(json.dumps(m, separators=(",", ":"))) + 1
        if total > PUSH_BYTES and i:
            return batch[:i]
    return batch


class HubClient:
    """Signed HTTP calls to one hub for one device."""

    def __init__(self, vault, http: httpx.Client | None = None) -> None:
        self.vault = vault
        with vault.session() as s:
            self.info = state.hub_info(s)
        if self.info is None:
            raise SyncError("This vault is not enrolled with a hub yet: enroll it first "
                            "('workbench sync enroll --hub URL').")
        self.keys = device_keys(vault)
        self.http = http or new_http(self.info.url)

    def close(self) -> None:
        self.http.close()

    def call(self, method: str, path: str, payload=None, params: dict | None = None, *,
             raw: bytes | None = None, headers: dict | None = None, binary: bool = False,
             missing_ok: bool = False):
        """One signed request; JSON in and out, or raw bytes with ``raw``/``binary``.
        ``missing_ok`` turns a 404 into None."""
        body = raw if raw is not None else (b"" if payload is None else json.dumps(payload, separators=(",", ":")).encode())
        kind = "application/octet-stream" if raw is not None else "application/json"
        request = self.http.build_request(method, path, content=body or None, params=params,
                                          headers={**({"Content-Type": kind} if body else {}), **(headers or {})})
        target = request.url.raw_path.decode("ascii")
        request.headers.update(sign_headers(self.info.device_id, self.keys.sign, method, target, body))
        try:
            response = self.http.send(request)
        except httpx.HTTPError as exc:
            raise SyncError(f"The hub at {self.info.url} could not be reached ({type(exc).__name__}). "
                            "Nothing was lost: unsent changes stay in the outbox.") from None
        if missing_ok and response.status_code == 404:
            return None
        if response.status_code >= 400:
            try:
                reason = response.json().get("error", response.text)
            except ValueError:
                reason = response.text[:200]
            raise SyncError(f"The hub refused the request ({response.status_code}): {reason}")
        return response.content if binary else response.json()

    # -- the sync round ----------------------------------------------------------------------
    def push(self, report: SyncReport, cancelled: Callable[[], bool]) -> None:
        while True:
            if cancelled():
                raise Cancelled("Sync was cancelled; what was sent is kept, the rest waits in the outbox.")
            with self.vault.session() as s:
                batch = [_mutation(e) for e in s.scalars(select(OutboxEntry).where(OutboxEntry.pushed.is_(False))
                                                         .order_by(OutboxEntry.seq).limit(PUSH_BATCH))]
            if not batch:
                return
            batch = _within_size(batch)
            answer = self.call("POST", "/v1/push", {"mutations": batch})
            record_results(self.vault, answer["results"], report)

    def pull(self, report: SyncReport, cancelled: Callable[[], bool]) -> None:
        with self.vault.session() as s:
            current = state.cursor(s)
        prefetch = _Prefetch(self, current)
        try:
            while True:
                if cancelled():
                    raise Cancelled("Sync was cancelled; what was received is kept.")
                answer = prefetch.next()
                if answer["changes"] or answer["cursor"] != current:
                    with self.vault.session() as s:  # the batch and the new cursor commit together
                        apply_changes(s, answer["changes"])
                        state.set_cursor(s, answer["cursor"])
                current = answer["cursor"]
                report.pulled += len(answer["changes"])
                report.cursor = current
                if not answer.get("more"):
                    return
        finally:
            prefetch.stop()

    # -- attachments (content-addressed, resumable) ----------------------------------------
    def upload_blobs(self, report: SyncReport, cancelled: Callable[[], bool]) -> None:
        """Send every attachment the hub does not have complete yet, chunk by chunk."""
        with self.vault.session() as s:
            sent = set(state.blobs_sent(s))
            docs = [(d.sha256, d.blob_id) for d in s.scalars(select(Document).where(
                Document.deleted_at.is_(None), Document.blob_id.is_not(None), Document.sha256.is_not(None)))]
        for sha, blob_id in docs:
            if sha in sent:
                continue
            if cancelled():
                raise Cancelled("Sync was cancelled; files already sent are kept.")
            info = self.call("GET", f"/v1/blobs/{sha}", missing_ok=True) or {}
            if not info.get("complete"):
                data = self.vault.attachments.read(blob_id)
                have = set(info.get("have", []))
                chunks = [data[i:i + BLOB_CHUNK] for i in range(0, len(data), BLOB_CHUNK)] or [b""]
                for index, chunk in enumerate(chunks):
                    if index not in have:
                        self.call("PUT", f"/v1/blobs/{sha}/chunks/{index}", raw=chunk,
                                  headers={"X-WB-Size": str(len(data))})
                self.call("POST", f"/v1/blobs/{sha}/complete")
                report.files_sent += 1
            with self.vault.session() as s:
                state.add_blob_sent(s, sha)

    def download_blobs(self, report: SyncReport, cancelled: Callable[[], bool]) -> None:
        """Fetch the files of documents that arrived from the hub without their bytes."""
        with self.vault.session() as s:
            wanted = [(d.id, d.sha256) for d in s.scalars(select(Document).where(
                Document.deleted_at.is_(None), Document.blob_id.is_(None), Document.sha256.is_not(None)))]
        for doc_id, sha in wanted:
            if cancelled():
                raise Cancelled("Sync was cancelled; files already received are kept.")
            info = self.call("GET", f"/v1/blobs/{sha}", missing_ok=True)
            if not info or not info.get("complete"):
                continue  # not uploaded yet by the device that has it: a later sync gets it
            count = max(1, -(-info["size"] // info["chunk_size"]))
            data = b"".join(self.call("GET", f"/v1/blobs/{sha}/chunks/{i}", binary=True) for i in range(count))
            if hashlib.sha256(data).hexdigest() != sha:
                raise SyncError(f"A file from the hub does not match its content hash ({sha[:12]}…); it was not kept.")
            blob = self.vault.attachments.put(data)
            with self.vault.session() as s:
                s.info["outbox_disabled"] = True  # the file location is local to this device
                s.get(Document, doc_id).blob_id = blob.blob_id
                s.flush()
                state.add_blob_sent(s, sha)
            report.files_received += 1

    def refresh_conflicts(self, report: SyncReport) -> None:
        answer = self.call("GET", "/v1/conflicts")
        with self.vault.session() as s:
            if state.conflicts(s) != answer.get("conflicts", []):
                state.set_conflicts(s, answer.get("conflicts", []))
        report.conflicts = len(answer.get("conflicts", []))

    def resolve_conflict(self, conflict_id: str, value) -> None:
        self.call("POST", f"/v1/conflicts/{conflict_id}/resolve", {"value": value})


class _Prefetch:
    """Fetches pull batches one ahead of the caller, in a helper thread (see the module doc).

    ``next()`` returns the next decoded answer, or raises what the fetch raised (``SyncError``).
    The helper asks for the batch after the cursor of the answer it fetched last, at most one
    answer waits in the queue, and it stops after an answer with ``more`` false or on ``stop()``.
    """

    def __init__(self, client: "HubClient", cursor: int) -> None:
        self._client, self._cursor = client, cursor
        self._answers: queue.Queue = queue.Queue(maxsize=1)
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sync-pull-prefetch", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        cursor = self._cursor
        while not self._stopping.is_set():
            try:
                answer = self._client.call("GET", "/v1/pull", params={"cursor": cursor, "limit": PULL_BATCH})
                item = (answer, None)
            except BaseException as exc:  # handed to the caller's thread, which raises it
                item = (None, exc)
            while not self._stopping.is_set():
                try:
                    self._answers.put(item, timeout=0.1)
                    break
                except queue.Full:
                    continue
            if item[1] is not None or not item[0].get("more"):
                return
            cursor = item[0]["cursor"]

    def next(self) -> dict:
        while True:
            try:
                answer, error = self._answers.get(timeout=0.1)
            except queue.Empty:
                if not self._thread.is_alive() and self._answers.empty():
                    raise SyncError("The pull stopped unexpectedly; what was received is kept.") from None
                continue
            if error is not None:
                raise error
            return answer

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join()


def record_results(vault, results: list[dict], report: SyncReport) -> None:
    """Mark answered mutations as pushed (in one transaction) and count the outcome."""
    with vault.session() as s:
        done = [r["mutation_id"] for r in results if r["status"] in ("applied", "conflict", "duplicate", "rejected")]
        if done:
            s.execute(update(OutboxEntry).where(OutboxEntry.mutation_id.in_(done)).values(pushed=True))
        for r in results:
            if isinstance(r.get("needs_file"), str):  # the hub wants this file's bytes from us
                state.forget_blob_sent(s, r["needs_file"])
            if r["status"] == "rejected":
                report.rejected.append(f"{r['mutation_id']}: {r.get('reason', 'rejected')}")
            report.applied += r["status"] in ("applied", "duplicate")
            report.pushed += 1
        if report.rejected:
            audit.record(s, "sync_rejected", "vault", detail="; ".join(report.rejected[:5]))


def sync(vault, http: httpx.Client | None = None, cancelled: Callable[[], bool] = lambda: False) -> SyncReport:
    """Push, send files, pull, fetch files, then refresh the list of open conflicts."""
    client = HubClient(vault, http)
    report = SyncReport()
    with vault.session() as s:
        state.repair_once(s)  # once, after an upgrade: see state.repair_once
    try:
        client.push(report, cancelled)
        client.upload_blobs(report, cancelled)
        client.pull(report, cancelled)
        report.deadlines_recomputed = deadline_store.recompute_stale(vault)
        client.download_blobs(report, cancelled)
        client.refresh_conflicts(report)
    finally:
        if http is None:
            client.close()
    with vault.session() as s:  # one small write per round: when it last reached the hub
        state.set_last_sync(s, {"at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                                "pushed": report.pushed, "pulled": report.pulled, "conflicts": report.conflicts})
    return report


def enroll(vault, hub_url: str, code: str, device_name: str, http: httpx.Client | None = None) -> state.HubInfo:
    """Enroll this vault's device with the hub using a one-time code from the organization."""
    keys = device_keys(vault)
    client = http or new_http(hub_url)
    try:
        response = client.post("/v1/enroll", json={
            "code": code.strip(), "device_name": device_name,
            "sign_key": base64.b64encode(keys.sign_public).decode(),
            "kx_key": base64.b64encode(keys.kx_public).decode()})
    except httpx.HTTPError as exc:
        raise SyncError(f"The hub at {hub_url} could not be reached ({type(exc).__name__}).") from None
    finally:
        if http is None:
            client.close()
    if response.status_code != 200:
        try:
            reason = response.json().get("error", response.text)
        except ValueError:
            reason = response.text[:200]
        raise SyncError(f"Enrollment was refused ({response.status_code}): {reason}")
    data = response.json()
    info = state.HubInfo(url=hub_url, device_id=data["device_id"], attorney_id=data["attorney_id"],
                         attorney_email=data["attorney_email"], organization_id=data["organization_id"],
                         organization_name=data["organization_name"], hub_sign_key=data["hub_sign_key"],
                         hub_kx_key=data["hub_kx_key"])
    with vault.session() as s:
        state.set_hub_info(s, info)
        audit.record(s, "sync_enroll", "vault", detail=f"{info.organization_name} at {hub_url}")
    return info
