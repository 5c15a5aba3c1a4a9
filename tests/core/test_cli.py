"""The ``workbench`` command, run as a real process."""

import json
import os
import subprocess
import sys

import pytest

PW = "cli passphrase long enough"


def run(*args, env_extra=None, stdin=None):
    env = {**os.environ, **(env_extra or {})}
    env.pop("WORKBENCH_PASSPHRASE", None) if env_extra is None else None
    return subprocess.run([sys.executable, "-m", "workbench", *args], capture_output=True, text=True,
                          env=env, input=stdin, timeout=120)


@pytest.fixture
def cli_vault(tmp_path):
    folder = tmp_path / "v"
    r = run("--vault", str(folder), "vault", "init", "--no-keyring", stdin=f"{PW}\n")
    assert r.returncode == 0, r.stderr
    return folder, r.stdout


def test_help_lists_the_subcommands():
    r = run("--help")
    assert r.returncode == 0
    for word in ("vault", "import", "export", "matters"):
        assert word in r.stdout
    r = run("vault", "--help")
    for word in ("init", "status", "passwd", "backup", "restore", "check"):
        assert word in r.stdout


def test_init_prints_the_recovery_key_once_and_status_needs_no_passphrase(cli_vault):
    folder, out = cli_vault
    assert "RECOVERY KEY" in out and "passphrase only" in out.lower()
    r = run("--vault", str(folder), "vault", "status", stdin="")
    assert r.returncode == 0 and "Argon2id m=64 MiB" in r.stdout and "passphrase only" in r.stdout


def test_import_list_export_check_backup(cli_vault, tmp_path):
    folder, _ = cli_vault
    doc = {"format": "probono-workbench-matter", "version": 1,
           "matter": {"id": "01900000-0000-7000-8000-0000000000aa", "kind": "sijs", "matter_number": "M-77"},
           "client": {"id": "01900000-0000-7000-8000-0000000000bb", "family_name": "Okafor",
                      "given_name": "Chidi", "a_number": "A-123-456-789"},
           "events": [{"id": "01900000-0000-7000-8000-0000000000cc", "kind": "hearing", "title": "Master",
                       "on_date": "2030-04-01"}]}
    src = tmp_path / "in.json"
    src.write_text(json.dumps(doc))
    env = {"WORKBENCH_PASSPHRASE": PW}
    r = run("--vault", str(folder), "import", str(src), env_extra=env)
    assert r.returncode == 0, r.stderr
    r = run("--vault", str(folder), "matters", "list", env_extra=env)
    assert "Okafor, Chidi" in r.stdout and "2030-04-01" in r.stdout and "1 of 1" in r.stdout
    out = tmp_path / "out.json"
    r = run("--vault", str(folder), "export", doc["matter"]["id"], "--out", str(out), env_extra=env)
    assert r.returncode == 0, r.stderr
    exported = json.loads(out.read_text())
    assert exported["client"]["a_number"] == "123456789" and exported["events"][0]["on_date"] == "2030-04-01"
    r = run("--vault", str(folder), "vault", "check", env_extra=env)
    assert r.returncode == 0 and r.stdout.startswith("OK")
    r = run("--vault", str(folder), "vault", "backup", env_extra=env)
    assert r.returncode == 0 and "Backup written" in r.stdout
    r = run("--vault", str(folder), "vault", "restore", "--list", env_extra=env)
    assert "manual" in r.stdout


def test_bad_input_gets_a_clear_message(cli_vault, tmp_path):
    folder, _ = cli_vault
    r = run("--vault", str(folder), "matters", "list", env_extra={"WORKBENCH_PASSPHRASE": "wrong one"})
    assert r.returncode == 2 and "Wrong passphrase" in r.stderr and "Traceback" not in r.stderr
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "probono-workbench-matter", "version": 1, "matter": {}, "client": {}}')
    r = run("--vault", str(folder), "import", str(bad), env_extra={"WORKBENCH_PASSPHRASE": PW})
    assert r.returncode == 2 and "$.matter" in r.stderr and "Traceback" not in r.stderr
    r = run("--vault", str(tmp_path / "none"), "matters", "list", env_extra={"WORKBENCH_PASSPHRASE": PW})
    assert r.returncode == 2 and "no vault" in r.stderr


def test_passwd_from_stdin_and_check_reports_damage(cli_vault):
    folder, _ = cli_vault
    r = run("--vault", str(folder), "vault", "passwd", stdin=f"{PW}\nthe new passphrase\n")
    assert r.returncode == 0, r.stderr
    r = run("--vault", str(folder), "vault", "check", env_extra={"WORKBENCH_PASSPHRASE": "the new passphrase"})
    assert r.returncode == 0
    key = folder / "vault.key"
    raw = bytearray(key.read_bytes())
    raw[40] ^= 0x01
    key.write_bytes(bytes(raw))
    r = run("--vault", str(folder), "vault", "check", env_extra={"WORKBENCH_PASSPHRASE": "the new passphrase"})
    assert r.returncode == 1 and "DAMAGED" in r.stdout and "vault.key" in r.stdout
    r = run("--vault", str(folder), "matters", "list", env_extra={"WORKBENCH_PASSPHRASE": "the new passphrase"})
    assert r.returncode == 2 and "vault.key is damaged" in r.stderr and "backups/keyfile.json" in r.stderr


def test_deadlines_explain_and_calendar_export(cli_vault, tmp_path):
    folder, _ = cli_vault
    doc = {"format": "probono-workbench-matter", "version": 1,
           "matter": {"id": "01900000-0000-7000-8000-0000000000a1", "kind": "defensive_asylum",
                      "matter_number": "NIJC-9", "ij_decision_on": "2026-10-27", "ij_decision_oral": True},
           "client": {"id": "01900000-0000-7000-8000-0000000000b1", "family_name": "Mensah", "given_name": "Kofi"}}
    src = tmp_path / "in.json"
    src.write_text(json.dumps(doc))
    env = {"WORKBENCH_PASSPHRASE": PW}
    assert run("--vault", str(folder), "import", str(src), env_extra=env).returncode == 0
    r = run("--vault", str(folder), "deadlines", "--explain", env_extra=env)
    assert r.returncode == 0, r.stderr
    # Tue 2026-10-27 + 30 days = Thu 2026-11-26 (Thanksgiving) -> Fri 2026-11-27
    assert "2026-11-27" in r.stdout and "8 CFR" in r.stdout and "Thanksgiving" in r.stdout
    out = tmp_path / "cal.ics"
    r = run("--vault", str(folder), "calendar", "export", "--out", str(out), env_extra=env)
    assert r.returncode == 0, r.stderr
    text = out.read_text()
    assert "BEGIN:VCALENDAR" in text and "NIJC-9" in text and "Mensah" not in text
    r = run("--vault", str(folder), "deadlines", "--matter", "nope", env_extra=env)
    assert r.returncode == 2 and "no matter" in r.stderr
