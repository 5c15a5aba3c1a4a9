"""Fixtures for GUI tests: real vaults in tmp_path (no OS keyring, no KDF calibration) and an
``AppController`` wired for tests (short unlock delays, quitting recorded instead of done)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.gui.gui_helpers import new_vault, seed


@pytest.fixture
def vault_folder(tmp_path) -> Path:
    """A closed vault holding the sample matters."""
    folder = tmp_path / "vault"
    vault = new_vault(folder)
    seed(vault)
    vault.close()
    return folder


@pytest.fixture
def make_controller(qtbot):
    from workbench.gui.app import AppController

    made = []

    def make(folder: Path, **options):
        options = {"store": None, "calibrate": False, "auto_backup": False, "backoff_scale": 0.05,
                   "quit_app": lambda: quits.append(True), **options}
        ctl = AppController(folder, **options)
        ctl.quits = quits
        made.append(ctl)
        return ctl

    quits: list[bool] = []
    yield make
    for ctl in made:
        qtbot.waitUntil(lambda: ctl.tasks.pending == 0, timeout=10_000)
        ctl.shutdown()
        for widget in (ctl.window, ctl.dialog):
            if widget is not None:
                try:
                    widget.hide()
                    widget.deleteLater()
                except RuntimeError:  # already deleted by Qt
                    pass



@pytest.fixture
def pseudo_language(qapp, tmp_path):
    """Install a catalog whose every translation is ``⟦source⟧`` (see tests/support/i18n.py); widgets
    built afterwards show which of their texts skipped ``translate``. English again afterwards."""
    from tests.support.i18n import extract, write_pseudo_catalog
    from workbench.gui import i18n

    qm = tmp_path / "pseudo.qm"
    write_pseudo_catalog(extract(tmp_path), qm)
    assert i18n.install(qapp, "eo", catalog=qm) == "eo"
    yield
    i18n.install(qapp, "en")
