"""Sync from the desktop app against a real hub on 127.0.0.1 (SQLite hub: the PostgreSQL runs are
tests/hub and tests/sync): enrollment, Sync now, conflicts, the hub going away, bundles."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from tests.gui.gui_helpers import idle, new_vault
from tests.gui.test_gui_app_flow import unlock
from tests.gui.test_gui_screenshots import save
from tests.hub.conftest import db_url, hub, hub_db, pg_server  # noqa: F401  (fixtures)
from workbench.core.sync.bundle_format import fingerprint
from workbench.core.model import Client, Matter, enums as E
from workbench.core.operations import add_client_with_matter
from workbench.core.sync.client import enroll, sync
from workbench.core.sync.outbox import pending_count
from workbench.core.vault.store import Vault
from workbench.gui.conflicts_dialog import ConflictsDialog
from workbench.gui.enroll_dialog import EnrollDialog
from workbench.gui.resources import apply_style
from workbench.gui.tasks import QueryOp, VaultOp
from workbench.hub.bundles import import_bundle
from workbench.hub.keys import HubKeys
from workbench.hub.server import ThreadedHub

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
EMAIL = "volunteer@firm.example"
WAIT = 20_000


def make_vault(folder, hub=None, matter: bool = True) -> str | None:
    """A vault with one matter, enrolled with ``hub`` when given; returns the matter id."""
    vault = new_vault(folder)
    try:
        matter_id = None
        if matter:
            with vault.session() as s:
                m = Matter(client=Client(family_name="Ibrahim", given_name="Amina", date_of_birth=date(1990, 4, 2)),
                           kind=E.MatterKind.DEFENSIVE_ASYLUM, matter_number="NIJC-77", judge="Hon. A")
                s.add(m)
                s.flush()
                matter_id = m.id
        if hub is not None:
            enroll(vault, hub.url, hub.code(EMAIL), "gui")
        return matter_id
    finally:
        vault.close()


def start(qtbot, make_controller, folder):
    ctl = make_controller(folder)
    ctl.start()
    window = unlock(qtbot, ctl)
    qtbot.waitUntil(lambda: window.sync.controller.status.enrolled or
                    "Not enrolled" in window.sync.status_widget.state.text(), timeout=WAIT)
    return ctl, window


def on_worker(qtbot, ctl, op):
    """Run ``op(vault)`` on the app's database worker and return its result."""
    box = []
    QueryOp(ctl.tasks, None, op).success(box.append).failure(box.append).run_in_background()
    qtbot.waitUntil(lambda: bool(box), timeout=WAIT)
    assert not isinstance(box[0], Exception), box[0]
    return box[0]


def in_session(qtbot, ctl, read):
    """``read(session)`` on the app's vault, on its worker."""
    def op(v):
        with v.session() as s:
            return read(s)
    return on_worker(qtbot, ctl, op)


def sync_now(qtbot, window) -> None:
    controller = window.sync.controller
    with qtbot.waitSignal(controller.finished, timeout=WAIT):
        window.sync.sync_action.trigger()
    qtbot.waitUntil(lambda: not controller.running, timeout=WAIT)


@contextmanager
def styled(qapp):
    """The app's style sheet, for screenshots only (other tests run with Qt's plain look)."""
    apply_style(qapp)
    try:
        yield
    finally:
        qapp.setStyleSheet("")


def window_shot(qapp, qtbot, ctl, name: str) -> None:
    with styled(qapp):
        ctl.window.resize(1280, 420)
        ctl.window.show_screen("matters")
        idle(qtbot, ctl)
        save(ctl.window, name)


def status_after_refresh(qtbot, window):
    with qtbot.waitSignal(window.sync.controller.status_changed, timeout=WAIT) as blocker:
        window.sync.controller.refresh()
    return blocker.args[0]


def test_enroll_through_the_dialog_then_sync_now_sends_everything(qtbot, qapp, make_controller, hub, tmp_path):
    hub.attorney(EMAIL)
    folder = tmp_path / "vault"
    make_vault(folder)
    ctl, window = start(qtbot, make_controller, folder)
    assert window.sync.status_widget.state.text() == "Not enrolled with a hub"
    assert window.sync.sync_action.shortcut() == QKeySequence("F9")

    settings = window.open_settings()
    qtbot.waitUntil(lambda: settings.sync.loaded, timeout=WAIT)
    assert not settings.sync.hub.isEnabled()
    dialog = settings.sync.open_enroll()
    assert isinstance(dialog, EnrollDialog)
    dialog.hub.setText(hub.url)
    qtbot.keyClicks(dialog.code, "not-a-code")
    qtbot.mouseClick(dialog.enroll_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=WAIT)
    assert "refused" in dialog.message.text()
    dialog.code.setText(hub.code(EMAIL))
    with qtbot.waitSignal(settings.sync_changed, timeout=WAIT):
        qtbot.mouseClick(dialog.enroll_button, Qt.MouseButton.LeftButton)
    expected = fingerprint(HubKeys.load(hub.keys_path).sign_public)
    assert dialog.fingerprint.text() == expected and dialog.result.isVisible()
    assert "Legal Aid Test" in dialog.result_text.text()
    dialog.accept()
    qtbot.waitUntil(lambda: settings.sync.status.enrolled, timeout=WAIT)
    assert settings.sync.fingerprint.text() == expected and settings.sync.hub.text() == hub.url
    settings.reject()

    status = status_after_refresh(qtbot, window)
    assert status.enrolled and status.pending >= 2  # the client and the matter made offline
    assert f"{status.pending} changes waiting" in window.sync.status_widget.state.text()
    # a change made in the app is counted too
    VaultOp(ctl.tasks, None, lambda v: add_client_with_matter(v, "Haile", "Selam", E.MatterKind.U_VISA, None)) \
        .run_in_background()
    qtbot.waitUntil(lambda: window.sync.controller.status.pending > status.pending, timeout=WAIT)

    reports = []
    window.sync.controller.synced.connect(reports.append)
    sync_now(qtbot, window)
    assert reports and reports[0].pushed >= 4 and not reports[0].rejected
    status = status_after_refresh(qtbot, window)
    assert status.pending == 0 and status.last_sync_at
    text = window.sync.status_widget.state.text()
    assert text.startswith("Last sync today") and "nothing waiting" in text
    assert window.sync.status_widget.note.text().startswith("Synced: sent")
    assert not window.sync.status_widget.conflicts.isVisible()


def test_a_conflict_is_shown_side_by_side_and_resolved_for_both_devices(qtbot, qapp, make_controller, hub, tmp_path):
    hub.attorney(EMAIL)
    folder = tmp_path / "gui-vault"
    make_vault(folder, hub, matter=False)
    other, _ = Vault.create(tmp_path / "other", "another passphrase long enough", store=None, calibrate=False)
    try:
        enroll(other, hub.url, hub.code(EMAIL), "desktop")
        with other.session() as s:
            m = Matter(client=Client(family_name="Ibrahim", given_name="Amina"),
                       kind=E.MatterKind.DEFENSIVE_ASYLUM, matter_number="NIJC-77", judge="Hon. A")
            s.add(m)
            s.flush()
            matter_id = m.id
        sync(other)
        ctl, window = start(qtbot, make_controller, folder)
        sync_now(qtbot, window)  # the matter arrives
        assert in_session(qtbot, ctl, lambda s: s.get(Matter, matter_id).judge) == "Hon. A"

        # both change the judge before syncing: the other device first
        with other.session() as s:
            s.get(Matter, matter_id).judge = "Hon. B"
        sync(other)

        def edit(v):
            with v.session() as s:
                s.get(Matter, matter_id).judge = "Hon. C"
        on_worker(qtbot, ctl, lambda v: edit(v) or True)
        sync_now(qtbot, window)
        bar = window.sync.status_widget
        qtbot.waitUntil(lambda: bar.conflicts.isVisible(), timeout=WAIT)
        assert bar.conflicts.text() == "1 conflict to review"
        window_shot(qapp, qtbot, ctl, "30-status-bar-conflicts")
        qtbot.mouseClick(bar.conflicts, Qt.MouseButton.LeftButton)
        dialog = window.findChild(ConflictsDialog)
        qtbot.waitUntil(lambda: len(dialog.cards) == 1, timeout=WAIT)
        card = dialog.cards[0]
        values = [w.text() for w in card.findChildren(QLabel) if w.objectName() == "conflictValue"]
        assert values == ["Hon. B", "Hon. C"]
        assert "Matter NIJC-77 (Ibrahim, Amina): Judge" == card.title()
        assert card.keep_device.text() == "Keep this device's value"
        with styled(qapp):
            save(dialog, "31-conflicts-view")
        with qtbot.waitSignal(window.sync.controller.synced, timeout=WAIT):
            qtbot.mouseClick(card.keep_hub, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.cards == [] and "Nothing to review" in dialog.summary.text(), timeout=WAIT)
        qtbot.waitUntil(lambda: not bar.conflicts.isVisible(), timeout=WAIT)
        sync(other)
        with other.session() as s:
            assert s.get(Matter, matter_id).judge == "Hon. B"
        assert in_session(qtbot, ctl, lambda s: s.get(Matter, matter_id).judge) == "Hon. B"
        dialog.reject()
    finally:
        other.close()


def test_an_edited_value_resolves_a_conflict(qtbot, make_controller, hub, tmp_path):
    """Neither value is right: the attorney types the hearing date they confirmed with the court."""
    from workbench.core.model import Deadline

    hub.attorney(EMAIL)
    folder = tmp_path / "gui-vault"
    matter_id = make_vault(folder, hub)
    ctl, window = start(qtbot, make_controller, folder)
    sync_now(qtbot, window)

    def add_deadline(v):
        with v.session() as s:
            d = Deadline(matter_id=matter_id, title="Brief", due_on=date(2031, 3, 1))
            s.add(d)
            s.flush()
            return d.id
    deadline_id = on_worker(qtbot, ctl, add_deadline)
    sync_now(qtbot, window)
    with Vault.create(tmp_path / "other", "another passphrase long enough", store=None, calibrate=False)[0] as other:
        enroll(other, hub.url, hub.code(EMAIL), "desktop")
        sync(other)
        with other.session() as s:
            s.get(Deadline, deadline_id).due_on = date(2031, 3, 8)
        sync(other)

    def move(v):
        with v.session() as s:
            s.get(Deadline, deadline_id).due_on = date(2031, 3, 15)
        return True
    on_worker(qtbot, ctl, move)
    sync_now(qtbot, window)
    dialog = window.sync.open_conflicts()
    qtbot.waitUntil(lambda: len(dialog.cards) == 1, timeout=WAIT)
    card = dialog.cards[0]
    assert card.title().startswith("Deadlines of Matter NIJC-77")
    card.edit.setText("not a date")
    card.use_edit.click()
    assert "date" in card.message.text() and card.isEnabled()
    card.edit.setText("03/22/2031")
    with qtbot.waitSignal(window.sync.controller.synced, timeout=WAIT):
        card.use_edit.click()
    qtbot.waitUntil(lambda: dialog.cards == [], timeout=WAIT)
    got = in_session(qtbot, ctl, lambda s: s.get(Deadline, deadline_id).due_on)
    assert got == date(2031, 3, 22)
    dialog.reject()


def test_hub_gone_says_nothing_was_lost_and_keeps_the_change(qtbot, qapp, make_controller, hub_db, tmp_path):
    db, keys_path, _org = hub_db
    from workbench.hub import admin
    from workbench.hub.enroll import issue_code

    admin.add_attorney(db, _org, EMAIL)
    server = ThreadedHub(db, keys_path).start()
    folder = tmp_path / "vault"
    vault = new_vault(folder)
    enroll(vault, server.url, issue_code(db, admin.attorney_id(db, EMAIL))[0], "gui")
    sync(vault)
    vault.close()
    server.stop()

    ctl, window = start(qtbot, make_controller, folder)
    VaultOp(ctl.tasks, None, lambda v: add_client_with_matter(v, "Haile", "Selam", E.MatterKind.U_VISA, None)) \
        .run_in_background()
    qtbot.waitUntil(lambda: window.sync.controller.status.pending == 2, timeout=WAIT)
    sync_now(qtbot, window)
    text, kind = window.sync.controller.last_message
    assert kind == "warning"
    assert text == (f"The hub at {server.url} could not be reached. Nothing was lost: 2 changes wait on this "
                    "computer for the next sync.")
    assert window.sync.status_widget.note.toolTip() == text and window.sync.status_widget.note.isVisible()
    assert in_session(qtbot, ctl, pending_count) == 2
    assert "2 changes waiting" in window.sync.status_widget.state.text()
    assert window.sync.sync_action.isEnabled()
    window_shot(qapp, qtbot, ctl, "33-status-bar-hub-unreachable")


def test_cancel_stops_the_round_and_keeps_what_waits(qtbot, make_controller, hub, tmp_path):
    hub.attorney(EMAIL)
    folder = tmp_path / "vault"
    make_vault(folder, hub)
    ctl, window = start(qtbot, make_controller, folder)
    controller = window.sync.controller
    # hold the worker so the round cannot begin before Cancel is pressed
    import threading
    gate = threading.Event()
    ctl.tasks.run(lambda: gate.wait(10))
    window.sync.sync_action.trigger()
    assert controller.running and window.sync.status_widget.cancel.isVisible()
    assert not window.sync.sync_action.isEnabled()
    window.sync.status_widget.cancel.click()
    assert window.sync.status_widget.state.text() == "Cancelling…"
    with qtbot.waitSignal(controller.finished, timeout=WAIT):
        gate.set()
    assert controller.last_message == ("Sync was cancelled. Nothing was lost: 2 changes wait on this computer for "
                                       "the next sync.", "info")
    assert not window.sync.status_widget.cancel.isVisible()


def test_bundles_through_the_menu_and_bundle_only_mode(qtbot, qapp, make_controller, hub, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    hub.attorney(EMAIL)
    folder = tmp_path / "vault"
    make_vault(folder, hub)
    ctl, window = start(qtbot, make_controller, folder)

    # bundle-only, chosen in Settings
    settings = window.open_settings()
    qtbot.waitUntil(lambda: settings.sync.loaded, timeout=WAIT)
    assert settings.sync.hub.text() == hub.url and settings.sync.hub.isEnabled()
    with styled(qapp):
        save(settings, "32-sync-settings")
    settings.sync.hub.setText("http://hub.example.org")
    settings._save()
    assert "https://" in settings.sync.hub_message.text()
    settings.sync.hub.setText(hub.url + "/")
    settings.sync.bundle_only.setChecked(True)
    with qtbot.waitSignal(settings.sync_changed, timeout=WAIT):
        settings._save()
    qtbot.waitUntil(lambda: window.sync.controller.status.bundle_only, timeout=WAIT)
    assert window.sync.status_widget.state.text() == "Bundle-only · 2 changes to export"
    sync_now(qtbot, window)
    assert "bundle-only" in window.sync.controller.last_message[0]

    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Sync")
    texts = [a.text() for a in menu.actions()]
    assert "&Export for the organization…" in texts and "&Import from the organization…" in texts
    out = tmp_path / "to-org.wbbundle"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.sync.export_action.trigger()
    qtbot.waitUntil(lambda: out.exists() and window.sync.last_box is not None, timeout=WAIT)
    assert "Wrote to-org.wbbundle: 2 changes" in window.sync.last_box.text()
    window.sync.last_box.accept()
    assert b"Ibrahim" not in out.read_bytes()

    ack = tmp_path / "ack.wbbundle"
    ack.write_bytes(import_bundle(hub.db, hub.keys, out.read_bytes()).ack)
    tampered = tmp_path / "tampered.wbbundle"
    raw = bytearray(ack.read_bytes())
    raw[len(raw) // 2] ^= 1
    tampered.write_bytes(bytes(raw))
    chosen = [str(tampered)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen[0], ""))
    window.sync.last_box = None
    window.sync.import_action.trigger()
    qtbot.waitUntil(lambda: window.sync.last_box is not None, timeout=WAIT)
    assert window.sync.last_box.text().startswith("The file was not imported:")
    assert "Nothing from it was used." in window.sync.last_box.text()
    assert window.sync.controller.last_message == ("tampered.wbbundle was not imported", "warning")
    window.sync.last_box.accept()
    assert status_after_refresh(qtbot, window).pending == 2

    chosen[0] = str(ack)
    window.sync.last_box = None
    window.sync.import_action.trigger()
    qtbot.waitUntil(lambda: window.sync.last_box is not None, timeout=WAIT)
    assert "2 of your changes confirmed" in window.sync.last_box.text()
    window.sync.last_box.accept()
    qtbot.waitUntil(lambda: window.sync.controller.status.pending == 0, timeout=WAIT)
    assert window.sync.status_widget.state.text() == "Bundle-only · nothing to export"


def test_locking_cancels_a_running_sync_and_closes_the_conflicts_view(qtbot, make_controller, hub, tmp_path):
    import threading

    from workbench.gui.unlock_dialog import UnlockDialog

    hub.attorney(EMAIL)
    folder = tmp_path / "vault"
    make_vault(folder, hub)
    ctl, window = start(qtbot, make_controller, folder)
    dialog = window.sync.open_conflicts()
    gate = threading.Event()
    ctl.tasks.run(lambda: gate.wait(10))
    window.sync.sync_action.trigger()
    ctl.lock()
    assert isinstance(ctl.dialog, UnlockDialog) and not window.isVisible()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    with qtbot.waitSignal(window.sync.controller.finished, timeout=WAIT):
        gate.set()
    assert window.sync.controller.last_message[0].startswith("Sync was cancelled.")
    idle(qtbot, ctl)
    window = unlock(qtbot, ctl)
    qtbot.waitUntil(lambda: window.sync.controller.status.enrolled, timeout=WAIT)
    assert window.sync.controller.status.pending == 2
