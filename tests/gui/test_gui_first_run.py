"""The guided first run, driven like a person: a vault in a folder the user chose, the passphrase,
the recovery key, the organization (enrolling with a real hub on 127.0.0.1 and confirming its
fingerprint, or bundle-only), and the attorney's profile; then the main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.gui_helpers import PASSPHRASE, fill, idle
from tests.gui.test_gui_sync import EMAIL, on_worker
from tests.hub.conftest import db_url, hub, hub_db, pg_server  # noqa: F401  (fixtures)
from workbench.core import preferences
from workbench.core.sync.bundle_format import fingerprint
from workbench.core.operations import load_attorney_profile
from workbench.core.operations.sync import sync_status
from workbench.core.vault.store import KEY_NAME, Vault
from workbench.gui.attorney_dialog import AttorneyDialog
from workbench.gui.create_vault_dialog import CreateVaultDialog, RecoveryKeyDialog
from workbench.gui.first_run import OrganizationStep
from workbench.hub.keys import HubKeys

WAIT = 20_000


def create_in(qtbot, ctl, chosen) -> None:
    ctl.start()
    idle(qtbot, ctl)
    dialog = ctl.dialog
    assert isinstance(dialog, CreateVaultDialog)
    assert dialog.choose_location(chosen)
    assert dialog.folder == chosen / "Pro Bono Workbench vault" or dialog.folder == chosen
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.confirm, PASSPHRASE)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(ctl.dialog, RecoveryKeyDialog), timeout=WAIT)
    ctl.dialog.confirm.setChecked(True)
    ctl.dialog.accept()
    qtbot.waitUntil(lambda: isinstance(ctl.dialog, OrganizationStep), timeout=WAIT)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_first_run_with_a_chosen_folder_the_hub_and_the_attorney_profile(qtbot, make_controller, hub, tmp_path):
    hub.attorney(EMAIL)
    chosen = tmp_path / "encrypted drive"
    chosen.mkdir()
    (chosen / "something else.txt").write_text("not empty")
    ctl = make_controller(tmp_path / "default location")
    create_in(qtbot, ctl, chosen)
    folder = chosen / "Pro Bono Workbench vault"
    assert (folder / KEY_NAME).exists() and not (tmp_path / "default location").exists()
    assert preferences.remembered_vault_path() == folder.resolve()  # the next start and the CLI find it

    step = ctl.dialog
    assert "3" in step.windowTitle() and step.later.isChecked() and step.next_button.isEnabled()
    step.hub.setChecked(True)
    assert not step.next_button.isEnabled()  # the hub was chosen: enroll first
    enroll = step.open_enroll()
    enroll.hub.setText(hub.url)
    enroll.code.setText(hub.code(EMAIL))
    qtbot.mouseClick(enroll.enroll_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: step.enrolled_fingerprint is not None, timeout=WAIT)
    enroll.accept()
    assert step.fingerprint.text() == fingerprint(HubKeys.load(hub.keys_path).sign_public)
    assert not step.next_button.isEnabled()  # ... and say the fingerprint matches
    step.matches.setChecked(True)
    qtbot.mouseClick(step.next_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: isinstance(ctl.dialog, AttorneyDialog), timeout=WAIT)
    profile = ctl.dialog
    assert "4" in profile.windowTitle()
    qtbot.waitUntil(lambda: profile.save_button.isEnabled(), timeout=WAIT)
    fill(profile.form, family_name="Okonkwo", given_name="Ada", bar_number="6312345", email="ada@firm.example")
    qtbot.mouseClick(profile.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctl.window is not None and ctl.window.isVisible(), timeout=WAIT)
    idle(qtbot, ctl)
    saved = on_worker(qtbot, ctl, load_attorney_profile)
    assert (saved["family_name"], saved["bar_number"], saved["email"]) == ("Okonkwo", "6312345", "ada@firm.example")
    status = on_worker(qtbot, ctl, sync_status)
    assert status.enrolled and status.hub_url == hub.url and not status.bundle_only


def test_first_run_bundle_only_and_skipping_the_profile(qtbot, make_controller, tmp_path):
    chosen = tmp_path / "empty folder"
    chosen.mkdir()
    ctl = make_controller(tmp_path / "default location")
    create_in(qtbot, ctl, chosen)
    assert (chosen / KEY_NAME).exists()  # an empty folder is used as it is
    step = ctl.dialog
    step.bundle_only.setChecked(True)
    qtbot.mouseClick(step.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(ctl.dialog, AttorneyDialog), timeout=WAIT)
    qtbot.keyClick(ctl.dialog, Qt.Key.Key_Escape)  # "Skip for now"
    qtbot.waitUntil(lambda: ctl.window is not None and ctl.window.isVisible(), timeout=WAIT)
    assert ctl.quits == []
    status = on_worker(qtbot, ctl, sync_status)
    assert status.bundle_only and not status.enrolled
    assert not any(on_worker(qtbot, ctl, load_attorney_profile).values())


def test_a_folder_holding_a_vault_is_refused_as_a_new_location(qtbot, make_controller, tmp_path):
    existing = tmp_path / "old"
    Vault.create(existing, PASSPHRASE, store=None, calibrate=False)[0].close()
    ctl = make_controller(tmp_path / "default location")
    ctl.start()
    idle(qtbot, ctl)
    dialog = ctl.dialog
    before = dialog.folder
    assert not dialog.choose_location(existing)
    assert dialog.folder == before and dialog.location_message.isVisible()
    assert "already holds a vault" in dialog.location_message.text()


def test_settings_show_the_vault_folder_and_choose_another_for_next_time(qtbot, make_controller, vault_folder,
                                                                         tmp_path):
    from tests.gui.test_gui_app_flow import unlock

    ctl = make_controller(vault_folder)
    ctl.start()
    window = unlock(qtbot, ctl)
    settings = window.open_settings()
    qtbot.waitUntil(lambda: settings.vault_folder.toolTip() == str(vault_folder), timeout=WAIT)
    assert not settings.use_vault_next_time(tmp_path)  # no vault there
    assert "no vault" in settings.vault_message.text()
    other = tmp_path / "second"
    Vault.create(other, PASSPHRASE, store=None, calibrate=False)[0].close()
    assert settings.use_vault_next_time(other)
    assert preferences.remembered_vault_path() == other.resolve()
    settings.reject()
