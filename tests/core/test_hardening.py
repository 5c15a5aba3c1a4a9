"""Issue 12 (device side): every hostile input ends in one clear message and exit 2, nothing is written,
client data never reaches stderr, backups are checked, key files cannot exhaust the machine.

Each test names the hole it closes; each failed on the code before the fix (see the report of
the change: run against ``git archive`` of the previous commit)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.support.vaults import PASSPHRASE, add_sample_matter
from workbench.cli import main
from workbench.core.errors import DeviceSecretMissing, ValidationError, VaultDamaged, WrongPassphrase
from workbench.core.vault.keyfile import _canonical
from workbench.core.model import Client, Document, Matter
from workbench.core.vault.store import Vault

MATTER_ID = "01900000-0000-7000-8000-0000000000aa"
CLIENT_ID = "01900000-0000-7000-8000-0000000000bb"


def matter_doc(**client) -> dict:
    return {"format": "probono-workbench-matter", "version": 1,
            "matter": {"id": MATTER_ID, "kind": "sijs", "matter_number": "M-77"},
            "client": {"id": CLIENT_ID, "family_name": "Okafor", "given_name": "Chidi", **client}}


@pytest.fixture
def cli_vault(make_vault, monkeypatch):
    """A closed vault with one backup, and the CLI's passphrase in the environment."""
    vault, _ = make_vault()
    vault.backup("manual")
    vault.close()
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", PASSPHRASE)
    return vault.folder


def run_cli(capsys, folder: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--vault", str(folder), *args])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_clear_error(code: int, err: str) -> None:
    assert code == 2, err
    assert "Traceback" not in err
    assert err.startswith("error: ")
    assert len(err) < 4000


def count(folder: Path, model) -> int:
    with Vault.open(folder, PASSPHRASE, store=None, auto_backup=False) as v, v.session() as s:
        return s.scalar(select(func.count()).select_from(model))


# ----------------------------------------------------------------------------- 4. hostile import files
HOSTILE_FILES = {
    "lone surrogate": json.dumps(matter_doc(family_name="\ud800x")),
    "lone surrogate in a key": json.dumps({**matter_doc(), "\udc00": 1}),
    "deep nesting": "[" * 100_000 + "]" * 100_000,
    "deep nesting in a form answer": json.dumps(matter_doc())[:-1] + ', "x": ' + "[" * 5000 + "]" * 5000 + "}",
    "20,000-digit integer": '{"format": "probono-workbench-matter", "version": ' + "9" * 20_000 + "}",
    "NaN": '{"format": "probono-workbench-matter", "version": NaN}',
    "Infinity as 1e999": json.dumps({**matter_doc(), "form_answers": [
        {"id": "01900000-0000-7000-8000-0000000000cc", "key": "k", "value": 1}]}).replace(
        '"value": 1', '"value": 1e999'),
    "NUL byte": json.dumps(matter_doc(family_name="Oka\x00for")),
    "bidi override": json.dumps(matter_doc(family_name="Oka\u202efor")),
    "bidi isolate": json.dumps(matter_doc(given_name="\u2067Chidi\u2069")),
    "integer beyond 64 bits": json.dumps({**matter_doc(), "time_entries": [
        {"id": "01900000-0000-7000-8000-0000000000dd", "work_date": "2026-01-05", "minutes": 10 ** 20}]}),
    "month 13 in a date-time": json.dumps({**matter_doc(), "notes": [
        {"id": "01900000-0000-7000-8000-0000000000ee", "body": "x", "created_at": "2026-13-01T00:00:00Z"}]}),
    "not UTF-8": b'{"format": "\xff\xfe"}',
}


@pytest.mark.parametrize("name", list(HOSTILE_FILES))
def test_hostile_import_files_end_in_one_message_and_write_nothing(cli_vault, capsys, tmp_path, name):
    src = tmp_path / "in.json"
    data = HOSTILE_FILES[name]
    src.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
    code, out, err = run_cli(capsys, cli_vault, "import", str(src))
    assert_one_clear_error(code, err)
    assert "Oka" not in err and "Chidi" not in err  # the field is named, not the value
    assert count(cli_vault, Matter) == 0 and count(cli_vault, Client) == 0


def test_import_messages_name_the_field_never_the_value(cli_vault, capsys, tmp_path):
    """A 10 MB value gives a short message; names and A-numbers never reach stderr."""
    secret = "Zyxwvutsrqponmlk"
    for doc, field in ((matter_doc(family_name=secret * 700_000), "$.client.family_name"),
                       (matter_doc(a_number="A" + secret), "$.client.a_number"),
                       ({**matter_doc(), "matter": {**matter_doc()["matter"], "kind": secret}}, "$.matter.kind")):
        src = tmp_path / "in.json"
        src.write_text(json.dumps(doc))
        code, _, err = run_cli(capsys, cli_vault, "import", str(src))
        assert_one_clear_error(code, err)
        assert field in err and secret not in err


def test_a_validation_error_with_many_problems_stays_short():
    exc = ValidationError([(f"$.notes[{i}]." + "k" * 1000, "v" * 10_000) for i in range(100_000)], "The file")
    assert len(str(exc)) < 10_000 and "and 99980 more" in str(exc)


def test_original_filename_is_reduced_to_a_base_name_on_import(make_vault):
    from workbench.core.interchange import import_matter
    from workbench.core.interchange.text import safe_file_name

    names = {"/etc/passwd": "passwd", "../../x": "x", "C:\\Windows\\evil.exe": "evil.exe", "..": None,
             "a/b/..": None, "ok name.pdf": "ok name.pdf", "C:report.pdf": "report.pdf", "": None}
    for raw, expected in names.items():
        assert safe_file_name(raw) == expected, raw
    doc = {**matter_doc(), "documents": [
        {"id": f"01900000-0000-7000-8000-00000000010{i}", "title": "t", "original_filename": raw}
        for i, raw in enumerate(names)]}
    vault, _ = make_vault()
    with vault.session() as s:
        import_matter(s, doc)
    with vault.session() as s:
        stored = {d.id[-1]: d.original_filename for d in s.scalars(select(Document))}
    assert [stored[str(i)] for i in range(len(names))] == list(names.values())


def test_a_record_id_already_in_the_vault_is_a_message_not_a_crash(cli_vault, capsys, tmp_path):
    src = tmp_path / "in.json"
    note = {"id": "01900000-0000-7000-8000-0000000000ee", "body": "x"}
    src.write_text(json.dumps({**matter_doc(), "notes": [note]}))
    assert run_cli(capsys, cli_vault, "import", str(src))[0] == 0
    other = {**matter_doc(), "matter": {"id": "01900000-0000-7000-8000-0000000000ab", "kind": "sijs"},
             "notes": [note]}
    src.write_text(json.dumps(other))
    code, _, err = run_cli(capsys, cli_vault, "import", str(src))
    assert_one_clear_error(code, err)
    assert "$.notes[0].id" in err and count(cli_vault, Matter) == 1
    answer = {"id": "01900000-0000-7000-8000-0000000000ef", "key": "k", "value": 1,
              "person_id": "01900000-0000-7000-8000-0000000000f0"}  # no such person
    other["matter"]["id"], other["notes"] = "01900000-0000-7000-8000-0000000000ac", []
    other["form_answers"] = [answer]
    src.write_text(json.dumps(other))
    code, _, err = run_cli(capsys, cli_vault, "import", str(src))
    assert_one_clear_error(code, err)
    assert count(cli_vault, Matter) == 1


# ----------------------------------------------------------------------------- 4. key files with a valid checksum
def edit_keyfile(folder: Path, change) -> None:
    path = folder / "vault.key"
    body = json.loads(path.read_text())
    del body["checksum"]
    change(body)
    body["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
    path.write_text(json.dumps(body))


NONSENSE = {
    "short nonce": lambda b: b["slots"]["passphrase"].update(nonce="AAAA"),
    "memory_kib 2^33": lambda b: b["kdf"].update(memory_kib=2 ** 33),
    "lanes 2^24": lambda b: b["kdf"].update(lanes=2 ** 24),
    "iterations 2^40": lambda b: b["kdf"].update(iterations=2 ** 40),
    "1 GiB x 64 passes": lambda b: b["kdf"].update(memory_kib=2 ** 20, iterations=64),
    "memory as text": lambda b: b["kdf"].update(memory_kib="65536"),
    "memory as true": lambda b: b["kdf"].update(memory_kib=True),
    "slot as a list": lambda b: b["slots"].update(passphrase=[]),
    "short wrapped key": lambda b: b["slots"]["passphrase"].update(ciphertext="AAAA"),
    "vault id not an id": lambda b: b.update(vault_id="x" * 100_000),
    "created_at a number": lambda b: b.update(created_at=5),
    "salt not base64": lambda b: b["kdf"].update(salt="!!!"),
    "an extra field": lambda b: b.update(extra=1),
}


@pytest.mark.parametrize("name", list(NONSENSE))
def test_key_files_with_nonsense_parameters_are_damaged_not_a_crash(cli_vault, capsys, name):
    edit_keyfile(cli_vault, NONSENSE[name])
    code, _, err = run_cli(capsys, cli_vault, "matters", "list")
    assert_one_clear_error(code, err)
    assert "vault.key is damaged" in err and "x" * 200 not in err
    code, out, _ = run_cli(capsys, cli_vault, "vault", "check")
    assert code == 1 and "DAMAGED" in out and "vault.key" in out


@pytest.mark.parametrize("change", [
    lambda b: b.update(vault_id="01900000-0000-7000-8000-000000000001"),
    lambda b: b["kdf"].update(iterations=4),
    lambda b: b.update(device_secret="keyring"),
], ids=["vault id", "iterations", "device-secret mode"])
def test_a_key_file_edited_with_a_valid_checksum_is_called_damaged(cli_vault, change):
    edit_keyfile(cli_vault, change)
    with pytest.raises(VaultDamaged) as info:
        Vault.open(cli_vault, PASSPHRASE, store=None, auto_backup=False)
    assert "vault.key" in str(info.value) and "backups/keyfile.json" in str(info.value)
    with pytest.raises((WrongPassphrase, DeviceSecretMissing)):  # a wrong passphrase: what the file asks for
        Vault.open(cli_vault, "not the passphrase at all", store=None, auto_backup=False)
    (cli_vault / "vault.key").write_bytes((cli_vault / "backups" / "keyfile.json").read_bytes())
    Vault.open(cli_vault, PASSPHRASE, store=None, auto_backup=False).close()  # the documented repair works


def test_the_kdf_refuses_parameters_beyond_the_ceiling_before_deriving():
    from workbench.core.vault import kdf

    for params in (kdf.Argon2Params(b"s" * 16, memory_kib=2 ** 33), kdf.Argon2Params(b"s" * 16, lanes=2 ** 24),
                   kdf.Argon2Params(b"s" * 16, iterations=65), kdf.Argon2Params(b"s" * 65)):
        with pytest.raises(ValueError, match="out of range"):
            kdf.argon2id(b"x", params)


# ----------------------------------------------------------------------------- 4/5. restore and check backups
def damage(path: Path, how: str) -> None:
    raw = bytearray(path.read_bytes())
    if how == "page 1":
        raw[100] ^= 0xFF
    elif how == "page 2":
        raw[5000] ^= 0x01
    elif how == "truncated":
        raw = raw[: len(raw) // 2 + 7]
    elif how == "empty":
        raw = bytearray()
    path.write_bytes(bytes(raw))


@pytest.mark.parametrize("how", ["page 1", "page 2", "truncated", "empty"])
def test_a_restore_from_a_damaged_backup_is_refused_and_leaves_nothing_behind(cli_vault, capsys, how):
    backup = next((cli_vault / "backups").glob("*.wbdb"))
    damage(backup, how)
    before = sorted(p.name for p in (cli_vault / "backups").iterdir())
    db = (cli_vault / "vault.db").read_bytes()
    for _ in range(2):
        code, _, err = run_cli(capsys, cli_vault, "vault", "restore")
        assert_one_clear_error(code, err)
        assert backup.name in err and "damaged" in err
    assert sorted(p.name for p in (cli_vault / "backups").iterdir()) == before  # no pre-restore copy per attempt
    assert (cli_vault / "vault.db").read_bytes() == db


def test_vault_check_verifies_every_backup_read_only_and_the_key_file_copy(cli_vault, capsys):
    backup = next((cli_vault / "backups").glob("*.wbdb"))
    code, out, _ = run_cli(capsys, cli_vault, "vault", "check")
    assert code == 0 and "backups: 1" in out
    sound = backup.read_bytes()
    assert not list((cli_vault / "backups").glob("*-wal")) and not list((cli_vault / "backups").glob("*-shm"))
    damage(backup, "page 2")
    code, out, _ = run_cli(capsys, cli_vault, "vault", "check")
    assert code == 1 and f"DAMAGED {backup}" in out
    backup.write_bytes(sound)
    copy = cli_vault / "backups" / "keyfile.json"
    raw = bytearray(copy.read_bytes())
    raw[60] ^= 0x01
    copy.write_bytes(bytes(raw))
    code, out, _ = run_cli(capsys, cli_vault, "vault", "check")
    assert code == 1 and f"DAMAGED {copy}" in out
    copy.unlink()
    code, out, _ = run_cli(capsys, cli_vault, "vault", "check")
    assert code == 1 and "key-file copy is missing" in out
    assert run_cli(capsys, cli_vault, "vault", "backup")[0] == 0  # writes the copy again
    code, out, _ = run_cli(capsys, cli_vault, "vault", "check")
    assert code == 0 and "backups: 2" in out


def test_restoring_over_a_damaged_database_keeps_it_as_a_damaged_copy_never_restored_by_default(make_vault, capsys,
                                                                                              monkeypatch):
    vault, _ = make_vault()
    add_sample_matter(vault, family="Kept")
    vault.backup("manual")
    vault.close()
    damage(vault.folder / "vault.db", "page 1")
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", PASSPHRASE)
    code, out, _ = run_cli(capsys, vault.folder, "vault", "restore")
    assert code == 0 and "it is damaged" in out
    names = [p.name for p in (vault.folder / "backups").glob("*.wbdb")]
    assert sum(n.endswith("-damaged.wbdb") for n in names) == 1
    code, out, _ = run_cli(capsys, vault.folder, "vault", "check")
    assert code == 0 and "damaged copies kept: 1" in out  # known damaged, not a new problem
    code, out, _ = run_cli(capsys, vault.folder, "vault", "restore")  # the newest sound backup, not the damaged copy
    assert code == 0 and "-damaged.wbdb" not in out.splitlines()[-1]


# ----------------------------------------------------------------------------- 7. stderr, exit codes, the delay
def run_process(*args, env=None, timeout=120):
    return subprocess.run([sys.executable, "-m", "workbench", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=timeout)


def test_sqlcipher_log_lines_never_reach_the_terminal(cli_vault):
    damage(cli_vault / "vault.db", "page 1")
    r = run_process("--vault", str(cli_vault), "matters", "list", env={"WORKBENCH_PASSPHRASE": PASSPHRASE})
    assert r.returncode == 2 and r.stderr.startswith("error: The file") and "vault.db is damaged" in r.stderr
    assert "hmac" not in r.stderr.lower() and "ERROR CORE" not in r.stderr
    assert r.stderr.count("\n") == 1


def test_an_unexpected_failure_is_one_line_and_exit_2_without_its_message(cli_vault, capsys, monkeypatch):
    import workbench.cli as cli

    def boom(*_):
        raise RuntimeError("Okafor A012345678")
    monkeypatch.setattr(cli, "cmd_matters_list", boom)
    code, _, err = run_cli(capsys, cli_vault, "matters", "list")
    assert_one_clear_error(code, err)
    assert "RuntimeError" in err and "Okafor" not in err and err.count("\n") == 1


def test_the_desktop_entry_point_ends_in_one_message_and_exit_2(capsys, monkeypatch, tmp_path):
    import types

    fake = types.ModuleType("workbench.gui.app")

    def gui_main(*_a, **_k):
        raise ImportError("libEGL.so.1: cannot open shared object file")
    fake.main = gui_main
    monkeypatch.setitem(sys.modules, "workbench.gui.app", fake)
    code = main(["--vault", str(tmp_path / "v")])
    err = capsys.readouterr().err
    assert_one_clear_error(code, err)


def test_wrong_passphrases_make_the_cli_wait_and_the_count_survives_a_restart(cli_vault):
    from workbench.core.vault.store import UnlockFailures, backoff_seconds

    env = {"WORKBENCH_PASSPHRASE": "a wrong passphrase"}
    for _ in range(3):
        r = run_process("--vault", str(cli_vault), "matters", "list", env=env)
        assert r.returncode == 2 and "Wrong passphrase" in r.stderr and "waiting" not in r.stderr
    assert backoff_seconds(3) == 1 and UnlockFailures.for_vault(cli_vault).failures == 3  # kept on disk

    def last_failure_in(seconds: float) -> None:
        """Date the last failure a little ahead (the wait is capped at the delay, so it stays 1 s), so
        it still runs when the next process reads the record: start-up alone can take over a second
        on a loaded machine."""
        record = UnlockFailures.for_vault(cli_vault)
        record.last = time.time() + seconds
        record._save()

    last_failure_in(3)
    r = run_process("--vault", str(cli_vault), "matters", "list", env=env)  # a new process: it remembers
    assert "3 failed attempts in a row: waiting 1 s" in r.stderr and r.returncode == 2
    last_failure_in(3)
    r = run_process("--vault", str(cli_vault), "matters", "list", env={"WORKBENCH_PASSPHRASE": PASSPHRASE})
    assert "4 failed attempts in a row: waiting" in r.stderr and r.returncode == 0
    assert UnlockFailures.for_vault(cli_vault).failures == 0  # success resets it
    assert list(cli_vault.parent.glob("*.json")) == []  # nothing written beside the vault folder's files


def test_unlock_failures_are_kept_outside_the_vault_and_bounded(make_vault):
    from workbench.core.vault.store import UnlockFailures

    vault, _ = make_vault()
    vault.close()
    before = {p: p.read_bytes() for p in vault.folder.rglob("*") if p.is_file()}
    record = UnlockFailures.for_vault(vault.folder)
    for _ in range(40):
        record.failed()
    again = UnlockFailures.for_vault(vault.folder)
    assert again.failures == 40 and 59 < again.wait_seconds() <= 60
    assert {p: p.read_bytes() for p in vault.folder.rglob("*") if p.is_file()} == before
    again.path.write_text("not json")
    assert UnlockFailures.for_vault(vault.folder).wait_seconds() == 0
    again.path.write_text(json.dumps({"failures": 10, "last": 1e12}))  # a clock far ahead: still at most 60 s
    assert UnlockFailures.for_vault(vault.folder).wait_seconds() <= 60


def test_export_never_writes_invalid_json(make_vault, capsys, monkeypatch, tmp_path):
    """NaN cannot come in by import any more; if it is in the vault anyway, export refuses to write ``NaN``."""
    from workbench.core.model import FormAnswer

    vault, _ = make_vault()
    matter_id = add_sample_matter(vault)
    with vault.session() as s:
        s.add(FormAnswer(matter_id=matter_id, key="k", value=float("nan")))
    vault.close()
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "out.json"
    code, _, err = run_cli(capsys, vault.folder, "export", matter_id, "--out", str(out))
    assert_one_clear_error(code, err)
    assert "NaN" in err and not out.exists()
