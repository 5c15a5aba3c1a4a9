"""The Forms tab names the field map that fills each form: its version and whether it shipped with
the app or was published by the organization (a real vault, a signed map installed in it, the real
I-765 blank)."""

from __future__ import annotations

import base64

from tests.core.forms.test_published_maps import ORG_ID, ORG_NAME, document, shipped_i765, upper_family_name
from tests.gui.test_gui_app_flow import WAIT
from tests.gui.test_gui_forms_tab import one_matter, open_forms
from tests.support.vaults import PASSPHRASE
from workbench.core.forms import blanks, installed_maps
from workbench.core.model.enums import MatterKind
from workbench.core.operations.form_maps import install_map_file
from workbench.core.sync import state
from workbench.core.vault.store import Vault


def test_the_forms_tab_shows_the_maps_version_and_source(qtbot, make_controller, tmp_path, uscis_dir, env_dirs):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    folder = tmp_path / "vault"
    one_matter(folder, MatterKind.AFFIRMATIVE_ASYLUM)
    with Vault.open(folder, PASSPHRASE, store=None, auto_backup=False) as vault:
        with vault.session() as s:
            state.set_hub_info(s, state.HubInfo("http://127.0.0.1:9", "d", "a", "a@firm.example", ORG_ID, ORG_NAME,
                                                base64.b64encode(key.public_key().public_bytes_raw()).decode(),
                                                base64.b64encode(b"\1" * 32).decode()))
        install_map_file(vault, document(key, upper_family_name(shipped_i765())))
    installed_maps.activate(None)  # the app activates the vault's maps itself when it opens the Forms tab
    blanks.add_blank((uscis_dir / "i-765.pdf").read_bytes())
    blanks.add_blank((uscis_dir / "g-28.pdf").read_bytes())
    try:
        ctl, view, tab = open_forms(qtbot, make_controller, folder)
        tab.form_list.setCurrentRow(1)  # G-28: the shipped map
        qtbot.waitUntil(lambda: tab.field_map.text() == "Field map: version 1, shipped with the app.", timeout=WAIT)
        tab.form_list.setCurrentRow(2)  # I-765: version 2, published by the organization
        qtbot.waitUntil(lambda: tab.field_map.text() == (f"Field map: version 2, published by {ORG_NAME} on "
                                                         "12/01/2026."), timeout=WAIT)
    finally:
        installed_maps.activate(None)
