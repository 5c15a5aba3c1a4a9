"""The vault folder: create, open, passphrases, keyring, backups, restore, migrations."""

import os

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from tests.support.vaults import PASSPHRASE, add_sample_matter, file_hashes
from workbench.core.vault import migrations
from workbench.core.vault.device_secret import KeyringStore
from workbench.core.errors import (DeviceSecretMissing, VaultDamaged, VaultExists, VaultNotFound,
                                   WorkbenchError, WrongPassphrase)
from workbench.core.model import AuditEntry, Base, Client, Matter
from workbench.core.vault.store import Vault

ALLOWED = {"vault.key", "vault.db", "vault.db-wal", "vault.db-shm", "attachments", "backups",
           "vault.lock"}  # the single-program lock: a description of the holder, nothing of the content


def test_create_open_and_read_back(make_vault):
    vault, recovery = make_vault()
    matter_id = add_sample_matter(vault)
    folder = vault.folder
    vault.close()
    assert set(os.listdir(folder)) <= ALLOWED
    with Vault.open(folder, PASSPHRASE) as again, again.session() as s:
        matter = s.get(Matter, matter_id)
        assert matter.client.family_name == "Doe" and matter.client.a_number == "012345678"
        assert [e.title for e in matter.events] == ["Master calendar hearing"]
    with Vault.open_with_recovery(folder, recovery) as by_recovery, by_recovery.session() as s:
        assert s.get(Matter, matter_id) is not None


def test_database_is_encrypted_on_disk(make_vault):
    vault, _ = make_vault()
    add_sample_matter(vault, family="Zyxwvutsrq")
    vault.close()
    raw = (vault.folder / "vault.db").read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"Zyxwvutsrq" not in raw and b"CREATE TABLE" not in raw


def test_wrong_passphrase_changes_no_byte(make_vault):
    vault, _ = make_vault()
    add_sample_matter(vault)
    vault.close()
    before = file_hashes(vault.folder)
    with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
        Vault.open(vault.folder, "not the passphrase")
    assert file_hashes(vault.folder) == before


def test_missing_and_existing_vaults_get_clear_errors(tmp_path, make_vault):
    with pytest.raises(VaultNotFound, match="no vault"):
        Vault.open(tmp_path / "nowhere", PASSPHRASE)
    vault, _ = make_vault()
    with pytest.raises(VaultExists):
        Vault.create(vault.folder, PASSPHRASE, store=None, calibrate=False)
    with pytest.raises(WorkbenchError, match="too short"):
        Vault.create(tmp_path / "short", "abc", store=None, calibrate=False)


def test_missing_key_file_is_named(make_vault):
    vault, _ = make_vault()
    vault.close()
    (vault.folder / "vault.key").unlink()
    with pytest.raises(VaultDamaged) as info:
        Vault.open(vault.folder, PASSPHRASE)
    assert info.value.path.name == "vault.key"


def test_passphrase_change_rewraps_only(make_vault):
    vault, recovery = make_vault()
    matter_id = add_sample_matter(vault)
    vault.close()
    db_before = (vault.folder / "vault.db").read_bytes()
    with Vault.open(vault.folder, PASSPHRASE, auto_backup=False) as v:
        v.change_passphrase("a brand new passphrase", calibrate=False)
    with pytest.raises(WrongPassphrase):
        Vault.open(vault.folder, PASSPHRASE)
    with Vault.open(vault.folder, "a brand new passphrase") as v, v.session() as s:
        assert s.get(Matter, matter_id) is not None
        assert s.scalars(select(AuditEntry.action)).all()[-1] == "change_passphrase"
    with Vault.open_with_recovery(vault.folder, recovery):
        pass
    # the key file copy kept with the backups follows the change, so the old passphrase is dead there too
    assert (vault.folder / "backups" / "keyfile.json").read_bytes() == (vault.folder / "vault.key").read_bytes()
    assert len(db_before) > 0


def test_keyring_device_secret(tmp_path, memory_keyring):
    vault, recovery = Vault.create(tmp_path / "v", PASSPHRASE, store="auto", calibrate=False)
    assert vault.keyfile.device_secret == "keyring"
    vault.close()
    assert Vault.status(tmp_path / "v").device_secret == "keyring"
    with Vault.open(tmp_path / "v", PASSPHRASE):
        pass
    memory_keyring.items.clear()  # the keyring lost its secret (a Linux backend changed, say)
    with pytest.raises(DeviceSecretMissing):
        Vault.open(tmp_path / "v", PASSPHRASE)
    with Vault.open_with_recovery(tmp_path / "v", recovery) as v:
        v.change_passphrase("new passphrase here", calibrate=False, store=KeyringStore(memory_keyring))
    with Vault.open(tmp_path / "v", "new passphrase here"):
        pass


def test_no_keyring_means_passphrase_only(tmp_path, no_keyring):
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, calibrate=False)
    assert vault.keyfile.device_secret == "none"
    vault.close()


def test_backup_restore_round_trip(make_vault):
    vault, _ = make_vault()
    first = add_sample_matter(vault, family="Before")
    backup = vault.backup("manual")
    assert not backup.path.read_bytes().startswith(b"SQLite format 3")
    second = add_sample_matter(vault, family="After")
    restored = vault.restore(backup.name)
    assert restored.name == backup.name
    with vault.session() as s:
        assert s.get(Matter, first) is not None
        assert s.get(Matter, second) is None
    names = [b.name for b in __import__("workbench.core.vault.backups", fromlist=["x"]).list_backups(vault.backup_dir)]
    assert any("pre-restore" in n for n in names), "the current database is saved before a restore"
    assert vault.check().ok


def test_backups_keep_the_last_n(make_vault):
    vault, _ = make_vault()
    vault.set_meta("backup_keep", "3")
    for _ in range(5):
        vault.backup("manual")
    from workbench.core.vault.backups import list_backups
    assert len(list_backups(vault.backup_dir)) == 3


def test_auto_backup_once_a_day(make_vault):
    vault, _ = make_vault()
    vault.close()
    from workbench.core.vault.backups import list_backups
    for _ in range(2):
        Vault.open(vault.folder, PASSPHRASE).close()
    assert [b.reason for b in list_backups(vault.backup_dir)] == ["auto"]


def test_migrations_build_exactly_the_model(make_vault):
    vault, _ = make_vault()
    assert migrations.current_revision(vault.engine) == migrations.head_revision()
    def orm_tables_only(obj, name, type_, reflected, compare_to):
        # the search index (migration 0004) is raw SQL: an FTS5 table, its shadow tables and a map
        return not (type_ == "table" and name.startswith("search_"))

    with vault.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": orm_tables_only})
        diffs = compare_metadata(context, Base.metadata)
    assert diffs == []


def test_vault_from_a_newer_app_is_refused_untouched(make_vault):
    vault, _ = make_vault()
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    vault.close()
    before = file_hashes(vault.folder)
    with pytest.raises(WorkbenchError, match="newer version"):
        Vault.open(vault.folder, PASSPHRASE, auto_backup=False)
    assert file_hashes(vault.folder) == before


def test_optimistic_row_version(make_vault):
    vault, _ = make_vault()
    add_sample_matter(vault)
    with vault.session() as s:
        client = s.scalars(select(Client)).one()
        assert client.row_version == 1
        client.religion = "Catholic"
    with vault.session() as s:
        assert s.scalars(select(Client)).one().row_version == 2


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_every_vault_file_is_private(make_vault):
    vault, _ = make_vault()
    add_sample_matter(vault)
    vault.attachments.put(b"scan")
    vault.backup("manual")
    paths = [vault.folder, *vault.folder.rglob("*")]
    loose = [f"{p}: {oct(p.stat().st_mode & 0o777)}" for p in paths
             if p.stat().st_mode & 0o077]
    assert loose == []
