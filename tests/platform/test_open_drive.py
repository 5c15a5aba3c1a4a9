"""A vault and exports on a real drive without permissions (bindfs, see open_drive.py): the vault
is created, opened, backed up and checked there as anywhere else, and each place says, in a
sentence for the user, that other accounts may read what is on it. Before this, a drive whose
chmod fails (Linux vfat) made creating a vault there end in a bare OSError, and an export to such
a drive on macOS or Linux carried no warning at all (only Windows' ACL path made one)."""

from __future__ import annotations

import stat

import pytest
from sqlalchemy import select

from tests.platform.open_drive import IGNORES, REFUSES, drive_without_permissions
from tests.support.vaults import PASSPHRASE
from workbench.core.operations import write_export
from workbench.core.model.audit import AuditEntry
from workbench.core.vault.store import Vault


@pytest.mark.parametrize("how", [IGNORES, REFUSES], ids=["chmod-ignored", "chmod-refused"])
def test_a_vault_on_a_drive_without_permissions_works_and_says_so(tmp_path, how):
    with drive_without_permissions(tmp_path, how) as drive:
        folder = drive / "Cases vault"
        vault, _recovery = Vault.create(folder, PASSPHRASE, store=None, calibrate=False)
        try:
            assert vault.access_warning and "Cases vault" in vault.access_warning
            assert "Other accounts" in vault.access_warning
        finally:
            vault.close()
        assert stat.S_IMODE((folder / "vault.key").stat().st_mode) & 0o077  # the drive really shows it open
        with Vault.open(folder, PASSPHRASE, store=None) as vault:
            assert vault.access_warning and "Cases vault" in vault.access_warning
            vault.backup("on-the-stick")
            assert vault.check().ok
            exported = write_export(vault, drive / "G-28 filled.pdf", b"%PDF-1.7 fictional", what="G-28 filled")
            with vault.session() as s:
                entries = list(s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "export")))
        assert exported.warning and "G-28 filled.pdf" in exported.warning and ".tmp-" not in exported.warning
        assert (drive / "G-28 filled.pdf").read_bytes() == b"%PDF-1.7 fictional"
        assert entries and "G-28 filled" in entries[-1]  # written and audited, warning or not


def test_an_export_to_a_private_folder_has_no_warning(tmp_path):
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, store=None, calibrate=False)
    try:
        assert vault.access_warning is None
        assert write_export(vault, tmp_path / "out" / "kit.pdf", b"%PDF", what="kit").warning is None
    finally:
        vault.close()
