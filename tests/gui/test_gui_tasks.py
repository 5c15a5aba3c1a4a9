"""The database worker and operations: work off the GUI thread, callbacks on it, via signals."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from tests.gui.gui_helpers import PASSPHRASE, new_vault
from workbench.core.errors import VaultLocked, WrongPassphrase
from workbench.core.operations import ChangeSet, MatterQuery, add_client_with_matter, matters_page
from workbench.core.vault.store import Vault
from workbench.gui.tasks import OpenVaultOp, QueryOp, TaskManager, VaultOp, error_text


@pytest.fixture
def tasks(qtbot):
    manager = TaskManager()
    yield manager
    qtbot.waitUntil(lambda: manager.pending == 0, timeout=10_000)
    manager.shutdown()


def open_vault(qtbot, tasks, folder):
    done = []
    OpenVaultOp(tasks, None, lambda: Vault.open(folder, PASSPHRASE, store=None, auto_backup=False)) \
        .success(done.append).run_in_background()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)


def test_work_runs_on_one_worker_and_callbacks_on_the_gui_thread(qtbot, tasks):
    gui = threading.current_thread()
    seen = []
    for i in range(3):
        tasks.run(lambda i=i: (i, threading.current_thread().name),
                  lambda f: seen.append((f.result(), threading.current_thread())))
    assert tasks.pending == 3
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert [r[0][0] for r in seen] == [0, 1, 2]  # serialized, in order
    assert {r[0][1] for r in seen} == {"workbench-db_0"}
    assert all(t is gui for _, t in seen)


def test_query_without_a_vault_fails_with_vault_locked(qtbot, tasks):
    errors = []
    QueryOp(tasks, None, lambda v: 1).success(pytest.fail).failure(errors.append).run_in_background()
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], VaultLocked)


def test_vault_op_broadcasts_its_change_set(qtbot, tasks, tmp_path):
    new_vault(tmp_path / "v").close()
    open_vault(qtbot, tasks, tmp_path / "v")
    parent = QWidget()
    qtbot.addWidget(parent)
    results = []
    with qtbot.waitSignal(tasks.changed, timeout=10_000) as blocker:
        VaultOp(tasks, parent, lambda v: add_client_with_matter(v, "Haile", "Selam", "u_visa")) \
            .success(results.append).run_in_background()
    changes, initiator = blocker.args
    assert isinstance(changes, ChangeSet) and changes.affects("matters") and initiator is parent
    assert results == [changes]
    rows = []
    QueryOp(tasks, parent, lambda v: matters_page(v, MatterQuery()).rows).success(rows.extend).run_in_background()
    qtbot.waitUntil(lambda: bool(rows))
    assert rows[0].client_name == "Haile, Selam"
    with qtbot.waitSignal(tasks.vault_state) as closed:
        tasks.lock()
    assert closed.args == [False]


def test_callbacks_for_a_deleted_widget_are_dropped(qtbot, tasks):
    parent = QWidget()
    called = []
    gate = threading.Event()
    tasks.run(gate.wait)  # keep the worker busy until the widget is gone
    QueryOp(tasks, parent, lambda v: 1).success(called.append).failure(called.append).run_in_background()
    parent.deleteLater()
    qtbot.wait(50)
    gate.set()
    qtbot.waitUntil(lambda: tasks.pending == 0)
    assert called == []


def test_wrong_passphrase_reaches_the_failure_callback(qtbot, tasks, tmp_path):
    new_vault(tmp_path / "v").close()
    errors = []
    OpenVaultOp(tasks, None, lambda: Vault.open(tmp_path / "v", "not the passphrase", store=None)) \
        .failure(errors.append).run_in_background()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert isinstance(errors[0], WrongPassphrase)
    assert "Wrong passphrase" in error_text(errors[0])
    assert "KeyError" in error_text(KeyError("x")) and "Haile" not in error_text(KeyError("Haile"))
