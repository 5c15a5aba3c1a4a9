"""A device's "last seen" (the console's roster and device list) covers every request, pulls
included, long after the nonces that record each request are purged (issue 13)."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import func, select

from workbench.hub.auth import NONCE_WINDOW, purge_nonces
from workbench.hub.console.roster import device_seen
from workbench.hub.models import Device, SeenNonce


def latest_nonce(db, device_id: str) -> int:
    with db.read() as s:
        return s.scalar(select(func.max(SeenNonce.seen_at)).where(SeenNonce.device_id == device_id))


def folded(db, device_id: str) -> int | None:
    with db.read() as s:
        return s.scalar(select(Device.last_seen).where(Device.id == device_id))


def test_a_pull_is_remembered_after_its_nonce_is_purged(hub):
    hub.attorney("ana@firm.example")
    ana, other = hub.device("ana@firm.example"), hub.device("ana@firm.example")
    assert ana.pull().status_code == 200 and ana.pull().status_code == 200  # pulls only: no push applied
    pulled_at = latest_nonce(hub.db, ana.id)
    assert folded(hub.db, ana.id) is None

    purge_nonces(hub.db, pulled_at + NONCE_WINDOW)  # not yet older than the window: kept, not folded
    assert latest_nonce(hub.db, ana.id) == pulled_at and folded(hub.db, ana.id) is None

    purge_nonces(hub.db, pulled_at + NONCE_WINDOW + 1)
    assert latest_nonce(hub.db, ana.id) is None  # purged ...
    assert folded(hub.db, ana.id) == pulled_at  # ... and remembered
    assert folded(hub.db, other.id) is None  # a device that made no signed request has no time
    with hub.db.read() as s:
        seen = device_seen(s, [ana.id, other.id])
    assert seen == {ana.id: datetime.fromtimestamp(pulled_at, timezone.utc)}


def test_last_seen_never_moves_back(hub):
    hub.attorney("ana@firm.example")
    ana = hub.device("ana@firm.example")
    assert ana.pull().status_code == 200
    first = latest_nonce(hub.db, ana.id)
    purge_nonces(hub.db, first + NONCE_WINDOW + 1)
    with hub.db.session() as s:  # an older nonce arriving late (another worker's clock): it must not win
        s.add(SeenNonce(device_id=ana.id, nonce="0" * 32, seen_at=first - 100))
    purge_nonces(hub.db, first + NONCE_WINDOW + 1)
    assert folded(hub.db, ana.id) == first
