"""Every plaintext copy the CLI writes — a matter file, a calendar, a filled form, a packet, a
visit kit, a report — goes through the one export operation: written whole, readable by the owner
only, and recorded in the vault's audit log with what it was and where it went (issue 14)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest
from sqlalchemy import select

from tests.conftest import SHARED_USCIS
from tests.support.vaults import PASSPHRASE
from workbench.cli import main
from workbench.core.model import AuditEntry
from workbench.core.operations import write_export
from workbench.core.vault.store import Vault


def exports_in(folder) -> list[str]:
    with Vault.open(folder, PASSPHRASE, store=None, auto_backup=False) as vault, vault.session() as s:
        return [e.detail for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "export")
                                            .order_by(AuditEntry.seq))]


def owner_only(path) -> bool:
    if os.name != "posix":
        return True  # Windows: the ACL is the platform layer's to set and check (tests/platform)
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def test_each_plaintext_output_of_the_cli_is_audited(packet_vault, tmp_path, monkeypatch):
    vault, matter_id, _docs = packet_vault
    folder = vault.folder
    vault.close()
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("WORKBENCH_NO_KEYRING", "1")
    for form in ("g-28", "i-589"):
        assert main(["forms", "add-blank", str(SHARED_USCIS / f"{form}.pdf")]) == 0
    out = tmp_path / "out"
    commands = {
        "matter interchange file": (["export", matter_id, "--out", str(out / "matter.json")], out / "matter.json"),
        "calendar of every matter": (["calendar", "export", "--out", str(out / "cal.ics")], out / "cal.ics"),
        "g-28 filled": (["forms", "fill", "g-28", "--matter", matter_id, "--out", str(out / "g28.pdf")],
                        out / "g28.pdf"),
        "i-589 packet": (["packet", "build", "--matter", matter_id, "--filing", "i-589", "--out",
                          str(out / "packet.pdf")], out / "packet.pdf"),
        "visit kit (es)": (["visit-kit", "--matter", matter_id, "--lang", "es", "--out", str(out / "kit.pdf")],
                           out / "kit.pdf"),
        "hours report (csv)": (["report", "hours", "--out", str(out / "hours.csv")], out / "hours.csv"),
    }
    before = exports_in(folder)
    for what, (args, path) in commands.items():
        assert main(["--vault", str(folder), *args]) == 0, what
        assert path.stat().st_size > 0 and owner_only(path), what
        assert not [p for p in out.iterdir() if p.name.startswith(".tmp-")], "a temporary file was left behind"
    logged = exports_in(folder)[len(before):]
    assert len(logged) == len(commands)
    for (what, (_args, path)), detail in zip(commands.items(), logged):
        assert detail == f"{what}: a copy written to {path}"


def test_a_matter_written_to_standard_output_is_audited_too(packet_vault):
    vault, matter_id, _docs = packet_vault
    folder = vault.folder
    vault.close()
    env = {**os.environ, "WORKBENCH_PASSPHRASE": PASSPHRASE, "WORKBENCH_NO_KEYRING": "1"}
    r = subprocess.run([sys.executable, "-m", "workbench", "--vault", str(folder), "export", matter_id],
                       capture_output=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert b'"family_name": "Reyes"' in r.stdout
    assert exports_in(folder)[-1] == "matter interchange file: a copy written to standard output"


def test_an_export_that_cannot_be_written_records_nothing_and_says_why(make_vault, tmp_path):
    vault, _ = make_vault()
    blocked = tmp_path / "a file, not a folder"
    blocked.write_bytes(b"x")
    with pytest.raises(OSError):
        write_export(vault, blocked / "copy.pdf", b"%PDF-1.7 client data", what="test copy")
    with vault.session() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all() == []
    written = write_export(vault, tmp_path / "copy.pdf", [b"%PDF-1.7 ", b"client data"], what="test copy",
                           entity_id="m1")
    assert written.size == 20 and (tmp_path / "copy.pdf").read_bytes() == b"%PDF-1.7 client data"
    assert written.changes.affects("audit_log")
