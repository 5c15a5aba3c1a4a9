"""The device side of sync: enroll, push the outbox, pull by cursor, keep conflicts.

Everything network-bound goes through one ``httpx.Client`` (the GUI runs this in its network
pool, never on the GUI thread). Failure anywhere loses nothing: outbox entries are marked
pushed only after the hub answered them, and the pull cursor moves only after the batch's
transaction committed — so an interrupted sync simply resumes.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable

import httpx
from sqlalchemy import select, update

from .. import audit
from ..device_keys import device_keys
from ..errors import WorkbenchError
from ..model import OutboxEntry
from . import state
from .apply import apply_changes
from .auth import sign_headers

PUSH_BATCH = 500
PULL_BATCH = 500
TIMEOUT = httpx.Timeout(30.0, connect=10.0)


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


def _mutation(e: OutboxEntry) -> dict:
    return {"mutation_id": e.mutation_id, "entity": e.entity, "entity_id": e.entity_id, "op": e.op,
            "changes": e.changes, "base_version": e.base_version}


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
        self.http = http or httpx.Client(base_url=self.info.url, timeout=TIMEOUT)

    def close(self) -> None:
        self.http.close()

    def call(self, method: str, path: str, payload=None, params: dict | None = None):
        body = b"" if payload is None else json.dumps(payload, separators=(",", ":")).encode()
        request = self.http.build_request(method, path, content=body or None, params=params,
                                          headers={"Content-Type": "application/json"} if body else {})
        target = request.url.raw_path.decode("ascii")
        request.headers.update(sign_headers(self.info.device_id, self.keys.sign, method, target, body))
        try:
            response = self.http.send(request)
        except httpx.HTTPError as exc:
            raise SyncError(f"The hub at {self.info.url} could not be reached ({type(exc).__name__}). "
                            "Nothing was lost: unsent changes stay in the outbox.") from None
        if response.status_code >= 400:
            try:
                reason = response.json().get("error", response.text)
            except ValueError:
                reason = response.text[:200]
            raise SyncError(f"The hub refused the request ({response.status_code}): {reason}")
        return response.json()

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
            answer = self.call("POST", "/v1/push", {"mutations": batch})
            record_results(self.vault, answer["results"], report)

    def pull(self, report: SyncReport, cancelled: Callable[[], bool]) -> None:
        while True:
            if cancelled():
                raise Cancelled("Sync was cancelled; what was received is kept.")
            with self.vault.session() as s:
                current = state.cursor(s)
            answer = self.call("GET", "/v1/pull", params={"cursor": current, "limit": PULL_BATCH})
            with self.vault.session() as s:  # the batch and the new cursor commit together
                apply_changes(s, answer["changes"])
                state.set_cursor(s, answer["cursor"])
            report.pulled += len(answer["changes"])
            report.cursor = answer["cursor"]
            if not answer.get("more"):
                return

    def refresh_conflicts(self, report: SyncReport) -> None:
        answer = self.call("GET", "/v1/conflicts")
        with self.vault.session() as s:
            state.set_conflicts(s, answer.get("conflicts", []))
        report.conflicts = len(answer.get("conflicts", []))

    def resolve_conflict(self, conflict_id: str, value) -> None:
        self.call("POST", f"/v1/conflicts/{conflict_id}/resolve", {"value": value})


def record_results(vault, results: list[dict], report: SyncReport) -> None:
    """Mark answered mutations as pushed (in one transaction) and count the outcome."""
    with vault.session() as s:
        done = [r["mutation_id"] for r in results if r["status"] in ("applied", "conflict", "duplicate", "rejected")]
        if done:
            s.execute(update(OutboxEntry).where(OutboxEntry.mutation_id.in_(done)).values(pushed=True))
        for r in results:
            if r["status"] == "rejected":
                report.rejected.append(f"{r['mutation_id']}: {r.get('reason', 'rejected')}")
            report.applied += r["status"] in ("applied", "duplicate")
            report.pushed += 1
        if report.rejected:
            audit.record(s, "sync_rejected", "vault", detail="; ".join(report.rejected[:5]))


def sync(vault, http: httpx.Client | None = None, cancelled: Callable[[], bool] = lambda: False) -> SyncReport:
    """Push, then pull, then refresh the list of open conflicts."""
    client = HubClient(vault, http)
    report = SyncReport()
    try:
        client.push(report, cancelled)
        client.pull(report, cancelled)
        client.refresh_conflicts(report)
    finally:
        if http is None:
            client.close()
    with vault.session() as s:
        state.set_last_sync(s, {"at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                                "pushed": report.pushed, "pulled": report.pulled, "conflicts": report.conflicts})
    return report


def enroll(vault, hub_url: str, code: str, device_name: str, http: httpx.Client | None = None) -> state.HubInfo:
    """Enroll this vault's device with the hub using a one-time code from the organization."""
    keys = device_keys(vault)
    client = http or httpx.Client(base_url=hub_url, timeout=TIMEOUT)
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
