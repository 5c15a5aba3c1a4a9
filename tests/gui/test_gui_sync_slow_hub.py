"""Sync off the database thread (issue 14), against a real hub on 127.0.0.1 whose answer to a push
comes 5 seconds late (``tests/sync/slow_hub.py``: an ASGI middleware in front of the real hub).

While the round waits for the hub, the app goes on saving through its real database worker; the
edit made meanwhile (of the very record whose creation is in flight) is pushed by the next
round. Locking the vault while the round waits closes the vault at once, and loses nothing."""

from __future__ import annotations

import time

import pytest

from tests.gui.gui_helpers import idle
from tests.gui.test_gui_app_flow import unlock
from tests.gui.test_gui_sync import EMAIL, WAIT, in_session, make_vault, start
from tests.hub.conftest import db_url, hub_db, pg_server  # noqa: F401  (fixtures)
from tests.sync.slow_hub import start_slow_hub
from workbench.core.model import Client, Matter, enums as E
from workbench.core.operations import Edit, add_client_with_matter, save_edits
from workbench.core.sync.client import enroll, sync
from workbench.core.sync.outbox import pending_count
from workbench.core.vault.store import Vault
from workbench.gui.tasks import VaultOp
from workbench.hub import admin
from workbench.hub.enroll import issue_code

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
DELAY = 5.0


class Hub:
    def __init__(self, db, keys_path) -> None:
        self.db = db
        self.server, self.gate = start_slow_hub(db, keys_path, DELAY)
        self.url = self.server.url

    def code(self, email: str) -> str:
        return issue_code(self.db, admin.attorney_id(self.db, email))[0]


@pytest.fixture
def slow_hub(hub_db):
    db, keys_path, org_id = hub_db
    admin.add_attorney(db, org_id, EMAIL)
    hub = Hub(db, keys_path)
    yield hub
    hub.server.stop()


def _save(qtbot, ctl, controller, gate, op) -> tuple[float, bool]:
    """Run ``op(vault)`` as a VaultOp on the app's worker; (seconds it took, whether the sync was
    still waiting for the hub when the save had finished)."""
    done = []
    began = time.perf_counter()
    VaultOp(ctl.tasks, None, op).success(
        lambda _changes: done.append((time.perf_counter() - began, controller.running and gate.holding.is_set()))) \
        .failure(done.append).run_in_background()
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT)
    assert not isinstance(done[0], Exception), done[0]
    return done[0]


def _hub_copy(tmp_path, hub, matter_id: str):
    """What another device of the attorney receives from the hub: (judge, number of clients named Haile)."""
    with Vault.create(tmp_path / "other", "another passphrase long enough", store=None, calibrate=False)[0] as other:
        enroll(other, hub.url, hub.code(EMAIL), "desktop")
        sync(other)
        with other.session() as s:
            return (s.get(Matter, matter_id).judge,
                    s.query(Client).filter(Client.family_name == "Haile").count())


def test_saves_go_on_while_the_hub_takes_5_seconds_and_the_edit_goes_next_round(qtbot, make_controller, slow_hub,
                                                                                   tmp_path, capsys):
    folder = tmp_path / "vault"
    matter_id = make_vault(folder, slow_hub)  # a client and a matter wait to be sent (and an edit, below)
    ctl, window = start(qtbot, make_controller, folder)
    controller, gate = window.sync.controller, slow_hub.gate
    reports = []
    controller.synced.connect(reports.append)
    idle_took, _ = _save(qtbot, ctl, controller, gate, lambda v: save_edits(  # the reference: no sync running
        v, [Edit("matters", matter_id, {"court_location": "Chicago"})]))

    began = time.perf_counter()
    window.sync.sync_action.trigger()
    qtbot.waitUntil(gate.holding.is_set, timeout=WAIT)  # the hub has the push and holds its answer

    # the user edits the matter whose creation the hub is answering, and adds another client
    edit_took, edit_while_waiting = _save(qtbot, ctl, controller, gate, lambda v: save_edits(
        v, [Edit("matters", matter_id, {"judge": "Hon. Z"})]))
    add_took, add_while_waiting = _save(qtbot, ctl, controller, gate, lambda v: add_client_with_matter(
        v, "Haile", "Selam", E.MatterKind.U_VISA, None))
    assert edit_while_waiting and add_while_waiting  # both finished while the round still waited
    assert in_session(qtbot, ctl, lambda s: s.get(Matter, matter_id).judge) == "Hon. Z"

    with qtbot.waitSignal(controller.finished, timeout=WAIT + int(DELAY * 1000)):
        pass
    round_took = time.perf_counter() - began
    assert reports and reports[0].pushed == 3 and not reports[0].rejected  # what waited when it began
    assert round_took >= DELAY and gate.held == 1
    assert in_session(qtbot, ctl, pending_count) == 3  # the edit and the new client and matter: next round
    with capsys.disabled():
        print(f"\n[slow hub, answer held {DELAY:.0f} s] edit saved in {edit_took * 1000:.0f} ms, new matter in "
              f"{add_took * 1000:.0f} ms, while the round waited (an edit with no sync running: "
              f"{idle_took * 1000:.0f} ms); round took {round_took:.1f} s")

    with qtbot.waitSignal(controller.synced, timeout=WAIT + int(DELAY * 1000)) as second:
        window.sync.sync_action.trigger()
    assert second.args[0].pushed == 3 and not second.args[0].rejected  # the judge edit, the new client and matter
    assert in_session(qtbot, ctl, pending_count) == 0
    assert _hub_copy(tmp_path, slow_hub, matter_id) == ("Hon. Z", 1)


def test_locking_while_the_hub_holds_its_answer_closes_the_vault_at_once_and_loses_nothing(
        qtbot, make_controller, slow_hub, tmp_path):
    folder = tmp_path / "vault"
    matter_id = make_vault(folder, slow_hub)
    ctl, window = start(qtbot, make_controller, folder)
    controller, gate = window.sync.controller, slow_hub.gate
    VaultOp(ctl.tasks, None, lambda v: save_edits(v, [Edit("matters", matter_id, {"judge": "Hon. Y"})])) \
        .run_in_background()
    idle(qtbot, ctl)

    window.sync.sync_action.trigger()
    qtbot.waitUntil(gate.holding.is_set, timeout=WAIT)
    with qtbot.waitSignal(ctl.tasks.vault_state, timeout=WAIT) as closed:
        ctl.lock()
    assert closed.args == [False] and gate.holding.is_set()  # closed while the hub still held its answer
    with qtbot.waitSignal(controller.finished, timeout=WAIT + int(DELAY * 1000)):
        pass
    text, kind = controller.last_message
    assert text.startswith("Sync was cancelled. Nothing was lost") and kind == "info"

    # the hub applied the push, but its answer came after the lock: the changes still wait here
    window = unlock(qtbot, ctl)
    qtbot.waitUntil(lambda: window.sync.controller.status.enrolled, timeout=WAIT)
    assert window.sync.controller.status.pending == 3
    assert in_session(qtbot, ctl, lambda s: s.get(Matter, matter_id).judge) == "Hon. Y"
    gate.delay = 0
    with qtbot.waitSignal(window.sync.controller.synced, timeout=WAIT) as again:
        window.sync.sync_action.trigger()
    report = again.args[0]
    assert report.pushed == 3 and report.applied == 3 and not report.rejected  # replayed answers, applied once
    assert in_session(qtbot, ctl, pending_count) == 0
    assert _hub_copy(tmp_path, slow_hub, matter_id) == ("Hon. Y", 0)
