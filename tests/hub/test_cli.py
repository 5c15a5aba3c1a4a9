"""The admin CLI, the key file, and `serve` with no setup (a real subprocess on loopback)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import httpx
import pytest

from workbench.hub.cli import main
from workbench.hub.db import Database
from workbench.hub.keys import HubKeys
from workbench.hub.migrations import current_revision, head_revision
from tests.conftest import assert_owner_only


def _cli(db_url, keys, *args, capsys):
    code = main(["--db", db_url, "--keys", str(keys), "--json", *args])
    out = capsys.readouterr()
    return code, (json.loads(out.out) if code == 0 and out.out.strip() else None), out.err


def test_admin_commands_end_to_end(db_url, tmp_path, capsys):
    keys = tmp_path / "keys.json"
    code, info, _ = _cli(db_url, keys, "init", "--name", "Legal Aid", capsys=capsys)
    assert code == 0 and len(info["sign_fingerprint"].split()) == 8
    assert_owner_only(keys)
    assert _cli(db_url, keys, "init", "--name", "Again", capsys=capsys)[0] == 1
    assert _cli(db_url, keys, "add-attorney", "Ana@Firm.example", capsys=capsys)[0] == 0
    assert _cli(db_url, keys, "add-attorney", "ana@firm.example", capsys=capsys)[0] == 1
    code, matter, _ = _cli(db_url, keys, "add-matter", "--kind", "sijs", "--family-name", "Doe", "--given-name", "Li",
                           "--assign", "ana@firm.example", capsys=capsys)
    assert code == 0
    code, assigned, _ = _cli(db_url, keys, "assign", matter["matter_id"], "--attorney", "ana@firm.example",
                             capsys=capsys)
    assert code == 0 and assigned["records"] == 2
    code, enroll, _ = _cli(db_url, keys, "enroll-code", "--attorney", "ana@firm.example", capsys=capsys)
    assert code == 0 and len(enroll["code"]) == 24
    code, _, err = _cli(db_url, keys, "enroll-code", "--attorney", "nobody@firm.example", capsys=capsys)
    assert code == 1 and "No attorney" in err
    assert _cli(db_url, keys, "devices", capsys=capsys)[1] == []
    assert _cli(db_url, keys, "conflicts", capsys=capsys)[1] == []
    code, _, err = _cli(db_url, keys, "revoke-device", "nope", capsys=capsys)
    assert code == 1 and "No device" in err
    code, _, _ = _cli(db_url, keys, "unassign", matter["matter_id"], "--attorney", "ana@firm.example", capsys=capsys)
    assert code == 0
    code, _, err = _cli(db_url, keys, "import-bundle", str(tmp_path / "missing"), "--ack-out", str(tmp_path / "a"),
                        capsys=capsys)
    assert code == 1 and "Cannot read" in err
    db = Database(db_url)
    assert current_revision(db.engine) == head_revision()
    db.dispose()


def test_a_key_file_of_another_hub_is_refused(db_url, tmp_path, capsys):
    keys = tmp_path / "keys.json"
    assert _cli(db_url, keys, "init", "--name", "Legal Aid", capsys=capsys)[0] == 0
    HubKeys.generate("other-org").save(tmp_path / "other.json")
    code, _, err = _cli(db_url, tmp_path / "other.json", "import-bundle", str(keys), "--ack-out",
                        str(tmp_path / "a"), capsys=capsys)
    assert code == 1 and "another organization" in err
    (tmp_path / "bad.json").write_text("{garbage")
    code, _, err = _cli(db_url, tmp_path / "bad.json", "import-bundle", str(keys), "--ack-out",
                        str(tmp_path / "a"), capsys=capsys)
    assert code == 1 and "damaged" in err


def test_serve_runs_with_no_setup(tmp_path, env_dirs):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "XDG_DATA_HOME": str(env_dirs / "data")}
    env.pop("WORKBENCH_HUB_DB", None), env.pop("WORKBENCH_HUB_KEYS", None)
    proc = subprocess.Popen([sys.executable, "-m", "workbench.hub.cli", "serve", "--port", str(port)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        for _ in range(200):
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1)
                break
            except httpx.TransportError:
                if proc.poll() is not None:
                    pytest.fail(proc.stdout.read())
                time.sleep(0.1)
        else:
            pytest.fail("the hub did not start")
        assert r.json() == {"status": "ok", "protocol": 1}
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    data = env_dirs / "data" / "workbench-hub"
    assert (data / "hub.sqlite3").exists()
    assert_owner_only(data / "hub-keys.json")
    assert_owner_only(data / "hub.sqlite3")
