"""Sample vaults of every schema version keep opening (and upgrading) in this version."""

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from workbench.core.vault import migrations
from workbench.core.model import Document, Matter
from workbench.core.vault.store import Vault

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "vaults"


@pytest.mark.parametrize("sample", sorted(p.name for p in FIXTURES.iterdir() if p.is_dir()))
def test_sample_vault_opens_upgrades_and_checks(tmp_path, sample):
    folder = tmp_path / sample
    shutil.copytree(FIXTURES / sample, folder)
    recovery = (folder / "RECOVERY-KEY.txt").read_text().strip()
    (folder / "RECOVERY-KEY.txt").unlink()
    from workbench.core.vault.backups import list_backups

    sample_rev = sample.removeprefix("schema-")
    with Vault.open(folder, "sample vault passphrase", store=None) as vault:
        assert migrations.current_revision(vault.engine) == migrations.head_revision()
        reasons = [b.reason for b in list_backups(vault.backup_dir)]
        if sample_rev != migrations.head_revision():
            assert f"pre-migration-{sample_rev}" in reasons, "the vault is backed up before a migration"
        with vault.session() as s:
            matter = s.scalars(select(Matter)).one()
            assert matter.client.family_name == "Sample" and matter.client.last_arrival.place == "San Ysidro, CA"
            doc = s.scalars(select(Document)).one()
        assert vault.attachments.read(doc.blob_id) == b"sample attachment bytes"
        assert vault.check().ok
    Vault.open_with_recovery(folder, recovery).close()
