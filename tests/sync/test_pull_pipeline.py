"""The pipelined pull (the round's thread fetches the next batch while the vault's thread applies
one): whatever cuts it — a failing batch, a lost connection, a cancel — the vault keeps exactly
the batches that committed, its cursor is the last committed one (never one only fetched
ahead), the vault's thread is gone, and the next sync completes the download."""

import threading

import httpx
import pytest
from sqlalchemy import func, select

from workbench.core.model import Client, Matter, enums as E
from workbench.core.sync import client as sync_client, state, steps
from workbench.core.sync.client import Cancelled, HubClient, SyncError, sync
from workbench.core.sync.rounds import SyncRound, VaultThread

MATTERS = 9  # 18 records (a client and a matter each): 6 batches of 3


@pytest.fixture
def devices(devices):
    """The two enrolled vaults, the laptop having sent MATTERS matters to the hub."""
    a = devices[0]
    for i in range(MATTERS):
        with a.session() as s:
            s.add(Matter(client=Client(family_name=f"Pipe{i}", given_name="X"), kind=E.MatterKind.U_VISA))
    sync(a)
    return devices


@pytest.fixture
def small_batches(monkeypatch):
    monkeypatch.setattr(sync_client, "PULL_BATCH", 3)


@pytest.fixture
def answers(monkeypatch):
    """Every pull answer the hub gave, in order (fetched, whether applied or not)."""
    seen: list[dict] = []
    real = HubClient.call

    def call(self, method, path, *args, **kwargs):
        answer = real(self, method, path, *args, **kwargs)
        if path == "/v1/pull":
            seen.append(answer)
        return answer

    monkeypatch.setattr(HubClient, "call", call)
    return seen


def _helpers_alive() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("sync-vault")]


def _held(vault) -> tuple[int, set[str]]:
    with vault.session() as s:
        ids = set(s.scalars(select(Matter.id))) | set(s.scalars(select(Client.id)))
        return state.cursor(s), ids


def _ids(batch_answers) -> set[str]:
    return {c["entity_id"] for a in batch_answers for c in a["changes"]}


def _assert_complete(a, b) -> None:
    sync(b)
    cursor, ids = _held(b)
    with a.session() as s:
        expected = set(s.scalars(select(Matter.id))) | set(s.scalars(select(Client.id)))
    assert ids == expected and len(ids) == 2 * MATTERS
    assert not _helpers_alive()


def test_a_batch_failing_to_apply_keeps_the_committed_ones_and_their_cursor(devices, small_batches, answers,
                                                                             monkeypatch):
    a, b = devices
    real, applied = steps.apply_changes, []

    def apply_changes(session, changes, written=None):
        applied.append(changes)
        if len(applied) == 3:
            raise RuntimeError("disk full")
        return real(session, changes, written)

    monkeypatch.setattr(steps, "apply_changes", apply_changes)
    with pytest.raises(RuntimeError, match="disk full"):
        sync(b)
    assert not _helpers_alive()
    assert len(answers) >= 3  # the helper had fetched ahead of the failing batch
    cursor, ids = _held(b)
    assert cursor == answers[1]["cursor"] and ids == _ids(answers[:2])
    monkeypatch.setattr(steps, "apply_changes", real)
    answers.clear()
    _assert_complete(a, b)
    assert answers[0]["changes"][0]["seq"] > cursor  # resumed after the last committed batch


class CutTransport(httpx.BaseTransport):
    """Loses the connection on the n-th pull request."""

    def __init__(self, n: int) -> None:
        self.inner, self.n, self.pulls = httpx.HTTPTransport(), n, 0

    def handle_request(self, request):
        if request.url.path == "/v1/pull":
            self.pulls += 1
            if self.pulls == self.n:
                raise httpx.ReadError("cut", request=request)
        return self.inner.handle_request(request)


def test_a_connection_lost_mid_pull_keeps_what_arrived(hub, devices, small_batches, answers):
    a, b = devices
    http = httpx.Client(base_url=hub.url, transport=CutTransport(4), timeout=10)
    try:
        with pytest.raises(SyncError, match="could not be reached"):
            sync(b, http=http)
    finally:
        http.close()
    assert not _helpers_alive()
    cursor, ids = _held(b)
    assert len(answers) == 3 and cursor == answers[2]["cursor"] and ids == _ids(answers)
    _assert_complete(a, b)


def test_cancel_stops_the_round_and_keeps_the_committed_batches(devices, small_batches, answers):
    a, b = devices
    with VaultThread(b) as db:
        cut = SyncRound(db, cancelled=lambda: cut.report.pulled >= 6)
        with pytest.raises(Cancelled):
            cut.run()
    assert not _helpers_alive()
    cursor, ids = _held(b)
    assert cut.report.pulled == 6 and cursor == answers[1]["cursor"] and ids == _ids(answers[:2])
    assert len(answers) == 3  # the third batch was fetched ahead, and not applied
    _assert_complete(a, b)


def test_an_idle_pull_makes_one_request_and_writes_nothing(devices, answers):
    a, b = devices
    sync(b)
    with b.session() as s:
        before = state.cursor(s)
    answers.clear()
    report = sync(b)
    assert len(answers) == 1 and answers[0]["changes"] == [] and report.cursor == before
    assert not _helpers_alive()
    with b.session() as s:
        assert s.scalar(select(func.count()).select_from(Matter)) == MATTERS
