"""What the app and the CLI say about sync: the vault's sync status, the hub address check, the
options, and the sentences about changes waiting (Qt-free; translated through ``core.i18n``)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from ..errors import WorkbenchError
from ..i18n import translate
from . import outbox, state
from .apply import Applied
from .bundle_format import fingerprint


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


def sync_status(vault) -> SyncStatus:
    with vault.session() as s:
        info, last = state.hub_info(s), state.last_sync(s)
        common = dict(bundle_only=state.bundle_only(s), pending=outbox.pending_count(s),
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


def set_sync_options(vault, hub_url: str | None, bundle_only: bool | None) -> Applied:
    """Save the hub address (when enrolled and changed) and the bundle-only choice (unless None)."""
    written = Applied()
    with vault.session() as s:
        info = state.hub_info(s)
        if info is not None and hub_url is not None and hub_url != info.url:
            state.set_hub_info(s, replace(info, url=check_hub_url(hub_url)))
            written.touch(state.META, state.HUB_KEY)
        if bundle_only is not None and bundle_only != state.bundle_only(s):
            state.set_bundle_only(s, bundle_only)
            written.touch(state.META, state.BUNDLE_ONLY_KEY)
    return written


def changes_text(n: int) -> str:
    return translate("sync", "1 change") if n == 1 else translate("sync", "{count} changes").format(count=f"{n:,}")


def waiting_text(n: int | None) -> str:
    """What waits on this computer (``None``: unknown, the vault having locked meanwhile)."""
    if n is None:
        return translate("sync", "unsent changes wait on this computer for the next sync.")
    if n == 0:
        return translate("sync", "no changes are waiting to be sent.")
    if n == 1:
        return translate("sync", "1 change waits on this computer for the next sync.")
    return translate("sync", "{count} changes wait on this computer for the next sync.").format(count=f"{n:,}")
