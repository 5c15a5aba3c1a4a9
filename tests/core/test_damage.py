"""A flipped byte anywhere in the database gives a clear error naming the file, never wrong data."""

import random

import pytest
from sqlalchemy import select

from tests.support.vaults import PASSPHRASE, add_sample_matter
from workbench.core.errors import VaultDamaged
from workbench.core.model import Client, Document, Matter
from workbench.core.vault.store import Vault

PAGE = 4096


@pytest.fixture
def closed_vault(make_vault):
    vault, _ = make_vault()
    for i in range(30):
        add_sample_matter(vault, family=f"Family{i:03d}", given="Given" * 20)
    blob = vault.attachments.put(b"scan " * 30000)
    with vault.session() as s:
        s.add(Document(matter_id=s.scalars(select(Matter.id)).first(), title="Passport",
                       blob_id=blob.blob_id, sha256=blob.sha256, size_bytes=blob.size))
    vault.close()
    return vault.folder


def _read_everything(folder):
    with Vault.open(folder, PASSPHRASE, auto_backup=False) as v, v.session() as s:
        return sorted((c.family_name, c.given_name) for c in s.scalars(select(Client)))


def test_flipped_byte_in_every_page_is_caught(closed_vault):
    db = closed_vault / "vault.db"
    original = db.read_bytes()
    expected = _read_everything(closed_vault)
    rng = random.Random(1234)
    pages = len(original) // PAGE
    assert pages > 5
    for page in range(pages):
        damaged = bytearray(original)
        damaged[page * PAGE + rng.randrange(PAGE)] ^= 1 << rng.randrange(8)
        db.write_bytes(bytes(damaged))
        # reading either gives exactly the right data or a clear error naming the file...
        try:
            assert _read_everything(closed_vault) == expected
        except VaultDamaged as exc:
            assert exc.path == db and "damaged" in str(exc)
        # ...and the check always finds it
        try:
            with Vault.open(closed_vault, PASSPHRASE, auto_backup=False) as v:
                report = v.check()
            assert not report.ok, f"flip in page {page} not found"
            assert report.problems[0][0] == str(db)
        except VaultDamaged as exc:
            assert exc.path == db
    db.write_bytes(original)
    with Vault.open(closed_vault, PASSPHRASE, auto_backup=False) as v:
        assert v.check().ok


def test_check_names_a_damaged_attachment(closed_vault):
    att = next((closed_vault / "attachments").glob("*.wbat"))
    raw = bytearray(att.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    att.write_bytes(bytes(raw))
    with Vault.open(closed_vault, PASSPHRASE, auto_backup=False) as v:
        report = v.check()
    assert not report.ok
    assert report.problems == [(str(att), report.problems[0][1])]


def test_check_finds_a_missing_attachment(closed_vault):
    next((closed_vault / "attachments").glob("*.wbat")).unlink()
    with Vault.open(closed_vault, PASSPHRASE, auto_backup=False) as v:
        report = v.check()
    assert any("missing" in p for _, p in report.problems)


def test_damaged_database_can_be_restored_from_backup(make_vault, monkeypatch):
    vault, _ = make_vault()
    add_sample_matter(vault, family="Kept")
    vault.backup("manual")
    vault.close()
    db = vault.folder / "vault.db"
    raw = bytearray(db.read_bytes())
    raw[100] ^= 0xFF  # page 1: nothing can be read any more
    db.write_bytes(bytes(raw))
    with pytest.raises(VaultDamaged):
        Vault.open(vault.folder, PASSPHRASE)
    from workbench.cli import main
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", PASSPHRASE)
    assert main(["--vault", str(vault.folder), "vault", "restore"]) == 0
    assert ("Kept", "Jane") in _read_everything(vault.folder)
