"""What the app's sync screens show and do, without Qt: status, conflicts, options, messages.

The GUI runs these on its database worker (the vault lives there). ``run_sync`` wraps
``client.sync`` with an HTTP transport that checks the cancel flag before every request
(so Cancel takes effect within one request, not one batch), reports the phase, and remembers
whether the hub was unreachable, for a message that says what was kept.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from typing import Callable
from urllib.parse import urlsplit

import httpx
from sqlalchemy import func, select

from .bundle_format import fingerprint
from ..errors import WorkbenchError
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..model import OutboxEntry, VaultMeta
from ..operations.base import parse_date
from . import state
from .apply import model_for
from .client import TIMEOUT, Cancelled, HubClient, SyncError, SyncReport, sync

_BUNDLE_ONLY = "sync_bundle_only"


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool = False
    bundle_only: bool = False
    pending: int = 0
    conflicts: int = 0
    last_sync_at: str | None = None  # ISO 8601 UTC
    hub_url: str = ""
    organization: str = ""
    attorney_email: str = ""
    device_id: str = ""
    fingerprint: str = ""


def pending_count(session) -> int:
    return session.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.pushed.is_(False))) or 0


def sync_status(vault) -> SyncStatus:
    with vault.session() as s:
        info, last = state.hub_info(s), state.last_sync(s)
        row = s.get(VaultMeta, _BUNDLE_ONLY)
        common = dict(bundle_only=bool(row and json.loads(row.value)), pending=pending_count(s),
                      conflicts=len(state.conflicts(s)), last_sync_at=(last or {}).get("at"))
    if info is None:
        return SyncStatus(**common)
    return SyncStatus(enrolled=True, hub_url=info.url, organization=info.organization_name,
                      attorney_email=info.attorney_email, device_id=info.device_id,
                      fingerprint=fingerprint(info.sign_key), **common)


def check_hub_url(text: str) -> str:
    """The hub address as typed, checked: ``https://hub.example.org`` (http only on this computer)."""
    url = text.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise WorkbenchError(translate("sync", "The hub address must look like https://hub.example.org."))
    if parts.scheme == "http" and parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise WorkbenchError(translate("sync", "Use https:// for a hub on another computer, so nobody on the "
                                               "network can read or change what is sent."))
    return url


def set_sync_options(vault, hub_url: str | None, bundle_only: bool | None) -> None:
    """Save the hub address (when enrolled and changed) and the bundle-only choice (unless None)."""
    with vault.session() as s:
        info = state.hub_info(s)
        if info is not None and hub_url is not None and hub_url != info.url:
            state.set_hub_info(s, replace(info, url=check_hub_url(hub_url)))
        if bundle_only is not None:
            s.merge(VaultMeta(key=_BUNDLE_ONLY, value=json.dumps(bool(bundle_only))))


# -- running a sync ---------------------------------------------------------------------------
_PHASES = (("/v1/push", QT_TRANSLATE_NOOP("sync", "Sending changes…")),
           ("/v1/pull", QT_TRANSLATE_NOOP("sync", "Receiving changes…")),
           ("/v1/conflicts", QT_TRANSLATE_NOOP("sync", "Checking for conflicts…")))


def phase_of(request: httpx.Request) -> str:
    path = request.url.path
    if path.startswith("/v1/blobs"):
        if request.method == "PUT":
            return translate("sync", "Sending files…")
        return translate("sync", "Checking files…") if "/chunks/" not in path else translate("sync", "Receiving files…")
    return translate("sync", next((text for prefix, text in _PHASES if path.startswith(prefix)),
                                  QT_TRANSLATE_NOOP("sync", "Talking to the hub…")))


class WatchedTransport(httpx.BaseTransport):
    """Checks ``cancelled`` before each request, reports its phase, remembers a network failure."""

    def __init__(self, cancelled: Callable[[], bool], progress: Callable[[str], None],
                 inner: httpx.BaseTransport | None = None) -> None:
        self.inner = inner or httpx.HTTPTransport()
        self.cancelled, self.progress = cancelled, progress
        self.unreachable = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.cancelled():
            raise Cancelled(translate("sync", "Sync was cancelled."))
        self.progress(phase_of(request))
        try:
            return self.inner.handle_request(request)
        except httpx.TransportError:
            self.unreachable = True
            raise

    def close(self) -> None:
        self.inner.close()


def changes_text(n: int) -> str:
    return translate("sync", "1 change") if n == 1 else translate("sync", "{count} changes").format(count=f"{n:,}")


def run_sync(vault, cancelled: Callable[[], bool] = lambda: False,
             progress: Callable[[str], None] = lambda _text: None) -> SyncReport:
    """One sync round; a failure is a ``SyncError`` whose sentence says what was kept."""
    status = sync_status(vault)
    if not status.enrolled:
        raise SyncError(translate("sync", "This vault is not enrolled with the organization's hub yet: enroll it in "
                                          "Settings."))
    if status.bundle_only:
        raise SyncError(translate("sync", "This vault is set to bundle-only: use Sync › Export for the "
                                          "organization, or turn bundle-only off in Settings."))
    with vault.session() as s:
        info = state.hub_info(s)
    transport = WatchedTransport(cancelled, progress)
    http = httpx.Client(base_url=info.url, transport=transport, timeout=TIMEOUT)
    try:
        return sync(vault, http=http, cancelled=cancelled)
    except Cancelled:
        raise Cancelled(translate("sync", "Sync was cancelled. Nothing was lost: {waiting}").format(
            waiting=waiting_text(vault))) from None
    except SyncError as exc:
        if transport.unreachable:
            raise SyncError(translate("sync", "The hub at {url} could not be reached. Nothing was lost: {waiting}")
                            .format(url=info.url, waiting=waiting_text(vault))) from None
        raise SyncError(f"{exc} {waiting_text(vault)}") from None
    finally:
        http.close()


def waiting_text(vault) -> str:
    with vault.session() as s:
        n = pending_count(s)
    if n == 0:
        return translate("sync", "no changes are waiting to be sent.")
    if n == 1:
        return translate("sync", "1 change waits on this computer for the next sync.")
    return translate("sync", "{count} changes wait on this computer for the next sync.").format(count=f"{n:,}")


# -- conflicts --------------------------------------------------------------------------------
@dataclass(frozen=True)
class ConflictItem:
    conflict_id: str
    entity: str
    entity_id: str
    field: str
    hub_value: object
    device_value: object
    from_this_device: bool  # whether ``device_value`` was pushed by this device
    record: str  # what the record is, for a person: "Matter NIJC-77 (Ibrahim, Amina)"


def _name(client) -> str:
    return ", ".join(p for p in (client.family_name, client.given_name) if p) if client is not None else ""


def describe_record(session, entity: str, entity_id: str) -> str:
    model = model_for(entity)
    obj = session.get(model, entity_id) if model is not None else None
    if obj is None:
        return translate("sync", "A record not on this computer ({entity})").format(entity=entity)
    if entity == "clients":
        return translate("sync", "Client {name}").format(name=_name(obj))
    what = entity.replace("_", " ").capitalize()
    matter = obj if entity == "matters" else getattr(obj, "matter", None)
    if matter is not None:
        where = (translate("sync", "Matter {number} ({name})").format(number=matter.matter_number,
                                                                       name=_name(matter.client))
                 if matter.matter_number else translate("sync", "Matter ({name})").format(name=_name(matter.client)))
        return where if entity == "matters" else translate("sync", "{what} of {where}").format(what=what, where=where)
    client = getattr(obj, "client", None)
    return translate("sync", "{what} of client {name}").format(what=what, name=_name(client)).strip()


def conflict_items(vault) -> list[ConflictItem]:
    with vault.session() as s:
        info = state.hub_info(s)
        mine = info.device_id if info else None
        return [ConflictItem(c["conflict_id"], c["entity"], c["entity_id"], c["field"], c.get("hub_value"),
                             c.get("device_value"), c.get("device_id") == mine,
                             describe_record(s, c["entity"], c["entity_id"]))
                for c in state.conflicts(s)]


def resolve_conflict(vault, conflict_id: str, value) -> None:
    """Send the attorney's answer to the hub (a sync then brings it back here)."""
    if sync_status(vault).bundle_only:
        raise SyncError(translate("sync", "Resolving a conflict needs a connection to the hub: turn bundle-only "
                                          "off in Settings once connected."))
    client = HubClient(vault)
    try:
        client.resolve_conflict(conflict_id, value)
    finally:
        client.close()


def value_text(value) -> str:
    """A conflicting value as a person reads (and edits) it; empty for none."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("sync", "Yes") if value else translate("sync", "No")
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(value)
    return json.dumps(value, ensure_ascii=False)


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
