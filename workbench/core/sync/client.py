"""The device's signed HTTP calls to its hub: network only, never the vault.

A ``HubClient`` holds what it needs to sign (the hub record and the device's signing key, read
from the vault once per round by ``steps.begin_round``) and one ``httpx.Client``. It never
touches the vault, so a sync round (``rounds.py``) runs it on a network thread while every read
and write of the vault runs as a short step on the database thread: a slow or unreachable hub
holds up nobody's save (DESIGN: "Network I/O never runs on the database worker").

Before each request it checks the cancel flag (so Cancel takes effect within one request) and
reports the phase ("Sending changes…") to whoever shows progress; a request that cannot reach
the hub becomes a ``SyncError`` marked ``unreachable``, so the caller can say what was kept.
"""

from __future__ import annotations

import base64
import functools
import json
import ssl
from dataclasses import dataclass, field
from typing import Callable

import httpx

from ..errors import WorkbenchError
from ..i18n import QT_TRANSLATE_NOOP, translate
from . import state
from .apply import Applied
from .auth import sign_headers
from .tls import system_trust_context

PUSH_BATCH = 500
PUSH_BYTES = 8 * 1024 * 1024  # half the hub's body limit for a push (hub/limits.py)
PULL_BATCH = 2000  # the hub's largest batch: fewer round trips and vault commits
BLOB_CHUNK = 1024 * 1024
TIMEOUT = httpx.Timeout(30.0, connect=10.0)


@functools.lru_cache(maxsize=1)
def _tls() -> ssl.SSLContext:
    """One TLS context per process: loading the CA bundle costs ~45 ms, too much per sync round."""
    return system_trust_context()  # the OS trust store (tls.py)


def new_http(base_url: str) -> httpx.Client:
    return httpx.Client(base_url=base_url, timeout=TIMEOUT, verify=_tls())


class SyncError(WorkbenchError):
    """The hub could not be reached or refused; the message says what was kept."""

    unreachable = False  # True when no answer came back at all (the network, not the hub)


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
    form_maps_installed: list[str] = field(default_factory=list)  # "I-765 08/21/25 version 2" (form_map_sync.py)
    form_maps_refused: list[str] = field(default_factory=list)  # why each published map was not installed
    written: Applied = field(default_factory=Applied)  # what the vault got: the views refresh from it


def within_size(batch: list[dict]) -> list[dict]:
    """The longest prefix of ``batch`` whose JSON stays under ``PUSH_BYTES`` (at least one mutation:
    one larger than the hub accepts is refused with 413 and stays in the outbox, said plainly)."""
    total = 0
    for i, m in enumerate(batch):
        total += len(json.dumps(m, separators=(",", ":"))) + 1
        if total > PUSH_BYTES and i:
            return batch[:i]
    return batch


_PHASES = (("/v1/push", QT_TRANSLATE_NOOP("sync", "Sending changes…")),
           ("/v1/pull", QT_TRANSLATE_NOOP("sync", "Receiving changes…")),
           ("/v1/conflicts", QT_TRANSLATE_NOOP("sync", "Checking for conflicts…")))


def phase_of(method: str, path: str) -> str:
    """What a request is doing, for the progress shown while a sync runs."""
    if path.startswith("/v1/blobs"):
        if method == "PUT":
            return translate("sync", "Sending files…")
        return translate("sync", "Checking files…") if "/chunks/" not in path else translate("sync", "Receiving files…")
    return translate("sync", next((text for prefix, text in _PHASES if path.startswith(prefix)),
                                  QT_TRANSLATE_NOOP("sync", "Talking to the hub…")))


def _refusal(response: httpx.Response) -> str:
    try:
        return response.json().get("error", response.text)
    except ValueError:
        return response.text[:200]


class HubClient:
    """Signed HTTP calls to one hub for one device; see the module docstring."""

    def __init__(self, info: state.HubInfo, sign_key, http: httpx.Client | None = None, *,
                 cancelled: Callable[[], bool] = lambda: False,
                 progress: Callable[[str], None] = lambda _text: None) -> None:
        self.info, self.sign_key = info, sign_key
        self.cancelled, self.progress = cancelled, progress
        self._own_http = http is None
        self.http = http or new_http(info.url)

    def close(self) -> None:
        if self._own_http:
            self.http.close()

    def call(self, method: str, path: str, payload=None, params: dict | None = None, *,
             raw: bytes | None = None, headers: dict | None = None, binary: bool = False,
             missing_ok: bool = False):
        """One signed request; JSON in and out, or raw bytes with ``raw``/``binary``.
        ``missing_ok`` turns a 404 into None."""
        if self.cancelled():
            raise Cancelled(translate("sync", "Sync was cancelled."))
        self.progress(phase_of(method, path))
        body = raw if raw is not None else (b"" if payload is None else json.dumps(payload, separators=(",", ":")).encode())
        kind = "application/octet-stream" if raw is not None else "application/json"
        request = self.http.build_request(method, path, content=body or None, params=params,
                                          headers={**({"Content-Type": kind} if body else {}), **(headers or {})})
        target = request.url.raw_path.decode("ascii")
        request.headers.update(sign_headers(self.info.device_id, self.sign_key, method, target, body))
        try:
            response = self.http.send(request)
        except httpx.HTTPError as exc:
            error = SyncError(f"The hub at {self.info.url} could not be reached ({type(exc).__name__}). "
                              "Nothing was lost: unsent changes stay in the outbox.")
            error.unreachable = isinstance(exc, httpx.TransportError)
            raise error from None
        if missing_ok and response.status_code == 404:
            return None
        if response.status_code >= 400:
            raise SyncError(f"The hub refused the request ({response.status_code}): {_refusal(response)}")
        return response.content if binary else response.json()

    # -- the requests of a round ---------------------------------------------------------------
    def push(self, mutations: list[dict]) -> list[dict]:
        return self.call("POST", "/v1/push", {"mutations": mutations})["results"]

    def pull(self, cursor: int) -> dict:
        return self.call("GET", "/v1/pull", params={"cursor": cursor, "limit": PULL_BATCH})

    def blob_info(self, sha: str) -> dict:
        return self.call("GET", f"/v1/blobs/{sha}", missing_ok=True) or {}

    def upload_blob(self, sha: str, data: bytes, have: set[int]) -> None:
        """Send the chunks the hub lacks, then ask it to check the whole file (resumable)."""
        chunks = [data[i:i + BLOB_CHUNK] for i in range(0, len(data), BLOB_CHUNK)] or [b""]
        for index, chunk in enumerate(chunks):
            if index not in have:
                self.call("PUT", f"/v1/blobs/{sha}/chunks/{index}", raw=chunk, headers={"X-WB-Size": str(len(data))})
        self.call("POST", f"/v1/blobs/{sha}/complete")

    def download_blob(self, sha: str, info: dict) -> bytes:
        count = max(1, -(-info["size"] // info["chunk_size"]))
        return b"".join(self.call("GET", f"/v1/blobs/{sha}/chunks/{i}", binary=True) for i in range(count))

    def conflicts(self) -> list[dict]:
        return self.call("GET", "/v1/conflicts").get("conflicts", [])

    def form_maps(self, since: int) -> dict:
        """The organization's published field maps after ``since`` (``{"maps": [...], "latest": N}``)."""
        return self.call("GET", "/v1/form-maps", params={"since": since}, missing_ok=True) or {}  # 404: an older hub

    def form_map(self, seq: int) -> bytes:
        """One published map, the signed document exactly as the hub stored it."""
        return self.call("GET", f"/v1/form-maps/{seq}", binary=True)

    def resolve_conflict(self, conflict_id: str, value) -> None:
        self.call("POST", f"/v1/conflicts/{conflict_id}/resolve", {"value": value})


def enroll_request(hub_url: str, code: str, device_name: str, sign_public: bytes, kx_public: bytes,
                   http: httpx.Client | None = None) -> state.HubInfo:
    """``POST /v1/enroll`` with a one-time code: the hub record this device then keeps."""
    client = http or new_http(hub_url)
    try:
        response = client.post("/v1/enroll", json={
            "code": code.strip(), "device_name": device_name,
            "sign_key": base64.b64encode(sign_public).decode(), "kx_key": base64.b64encode(kx_public).decode()})
    except httpx.HTTPError as exc:
        raise SyncError(f"The hub at {hub_url} could not be reached ({type(exc).__name__}).") from None
    finally:
        if http is None:
            client.close()
    if response.status_code != 200:
        raise SyncError(f"Enrollment was refused ({response.status_code}): {_refusal(response)}")
    data = response.json()
    return state.HubInfo(url=hub_url, device_id=data["device_id"], attorney_id=data["attorney_id"],
                         attorney_email=data["attorney_email"], organization_id=data["organization_id"],
                         organization_name=data["organization_name"], hub_sign_key=data["hub_sign_key"],
                         hub_kx_key=data["hub_kx_key"])


# -- whole operations on a vault (tests, benchmarks, scripts); the app uses core.operations.sync ----
def sync(vault, http: httpx.Client | None = None, cancelled: Callable[[], bool] = lambda: False) -> SyncReport:
    """One sync round of ``vault`` (``rounds.SyncRound``, its vault steps on a thread of their own)."""
    from .rounds import VaultThread, SyncRound

    with VaultThread(vault) as db:
        return SyncRound(db, cancelled=cancelled, http=http).run()


def enroll(vault, hub_url: str, code: str, device_name: str, http: httpx.Client | None = None) -> state.HubInfo:
    """Enroll this vault's device with the hub using a one-time code from the organization."""
    from .rounds import VaultThread, enroll_device

    with VaultThread(vault) as db:
        return enroll_device(db, hub_url, code, device_name, http=http)
