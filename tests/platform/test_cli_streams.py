"""The command line on Windows consoles and in the windowed app (workbench/cli.py's entry).

Run as real processes. What Linux can show: a cp1252 output encoding (what Windows gives a
redirected stdout) forced with PYTHONIOENCODING, and standard streams set to None (what
PyInstaller's windowed build gives the process). What it cannot: a real Windows console and the
frozen ``console=False`` executable; the Windows workflow runs these tests and the frozen
``workbench-cli.exe`` there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

PW = "streams passphrase long enough"
NAME = "Nguyễn Thị Ánh"  # "ễ" and "ị" are not in cp1252


def workbench(*args, env=None, stdin=None, code=None):
    command = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "workbench", *args]
    return subprocess.run(command, capture_output=True, env={**os.environ, **(env or {})}, input=stdin, timeout=120)


def _vault_with_client(tmp_path):
    folder = tmp_path / "vault"
    r = workbench("--vault", str(folder), "vault", "init", "--no-keyring", stdin=f"{PW}\n".encode())
    assert r.returncode == 0, r.stderr
    doc = {"format": "probono-workbench-matter", "version": 1,
           "matter": {"id": "01900000-0000-7000-8000-0000000000aa", "kind": "sijs", "matter_number": "M-1"},
           "client": {"id": "01900000-0000-7000-8000-0000000000bb", "family_name": "Nguyễn", "given_name": "Thị Ánh"}}
    source = tmp_path / "matter.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    r = workbench("--vault", str(folder), "import", str(source), env={"WORKBENCH_PASSPHRASE": PW})
    assert r.returncode == 0, r.stderr
    return folder


def test_a_client_name_prints_as_utf8_on_a_cp1252_console(tmp_path):
    folder = _vault_with_client(tmp_path)
    r = workbench("--vault", str(folder), "matters", "list",
                  env={"WORKBENCH_PASSPHRASE": PW, "PYTHONIOENCODING": "cp1252", "PYTHONUTF8": "0"})
    assert r.returncode == 0, r.stderr.decode("utf-8", "replace")
    assert "Nguyễn, Thị Ánh" in r.stdout.decode("utf-8")


def test_a_passphrase_piped_as_utf8_with_a_bom_unlocks_on_a_cp1252_system(tmp_path):
    folder = tmp_path / "vault"
    passphrase = "contraseña larga de prueba ñandú"
    r = workbench("--vault", str(folder), "vault", "init", "--no-keyring",
                  env={"PYTHONIOENCODING": "cp1252"}, stdin=("\ufeff" + passphrase + "\n").encode("utf-8"))
    assert r.returncode == 0, r.stderr.decode("utf-8", "replace")
    r = workbench("--vault", str(folder), "matters", "list", env={"WORKBENCH_PASSPHRASE": passphrase})
    assert r.returncode == 0, r.stderr.decode("utf-8", "replace")


ENTRY_WITHOUT_STREAMS = """
import sys
sys.stdin = sys.stdout = sys.stderr = None  # what a console=False executable starts with
from workbench.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_windowed_entry_runs_commands_without_standard_streams(tmp_path):
    folder = _vault_with_client(tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "WORKBENCH_PASSPHRASE"}
    # no passphrase anywhere: a clear refusal (exit 2), not a crash on sys.stdin being None
    r = subprocess.run([sys.executable, "-c", ENTRY_WITHOUT_STREAMS, "--vault", str(folder), "matters", "list"],
                       capture_output=True, env=env, timeout=120)
    assert r.returncode == 2 and b"Traceback" not in r.stderr
    # a script that sets the passphrase: a command that writes to standard output runs (into nothing)
    r = workbench("--vault", str(folder), "export", "01900000-0000-7000-8000-0000000000aa",
                  code=ENTRY_WITHOUT_STREAMS, env={"WORKBENCH_PASSPHRASE": PW})
    assert r.returncode == 0 and b"Traceback" not in r.stderr
