from tests.support.vaults import PASSPHRASE
from workbench.core.sync.device_keys import device_keys
from workbench.core.vault.store import Vault


def test_device_keys_are_made_once_and_kept_inside_the_vault(make_vault):
    vault, _ = make_vault()
    first = device_keys(vault)
    assert first.sign_public == device_keys(vault).sign_public
    raw_private = first.sign.private_bytes_raw()
    vault.close()
    for path in vault.folder.rglob("*"):
        if path.is_file():
            assert raw_private not in path.read_bytes()
    with Vault.open(vault.folder, PASSPHRASE) as again:
        assert device_keys(again).kx_public == first.kx_public
    assert len(first.fingerprint.split()) == 8
