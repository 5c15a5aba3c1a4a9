"""``workbench sync`` and ``workbench bundle``, run as real processes against a real hub: the same
operations as the app's Sync menu (``core.operations.sync``): enroll, sync, status, the list of
conflicts and their answer, and an offline bundle and its acknowledgement."""

from __future__ import annotations

import json
import re

import pytest

from tests.core.test_cli import PW, run
from tests.sync.conftest import EMAIL
from workbench.core.model import Matter
from workbench.core.sync.client import enroll, sync
from workbench.core.vault.store import Vault
from workbench.hub.bundles import import_bundle

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
MATTER = "01900000-0000-7000-8000-0000000000aa"
ENV = {"WORKBENCH_PASSPHRASE": PW}


def cli(folder, *args, **env) -> str:
    r = run("--vault", str(folder), *args, env_extra={**ENV, **env})
    assert r.returncode == 0, r.stderr
    return r.stdout


def _set_judge(folder, judge: str) -> None:
    with Vault.open(folder, PW, store=None, auto_backup=False) as vault:
        with vault.session() as s:
            s.get(Matter, MATTER).judge = judge


def test_sync_conflicts_and_bundles_from_the_command_line(hub, tmp_path):
    hub.attorney(EMAIL)
    folder = tmp_path / "v"
    assert run("--vault", str(folder), "vault", "init", "--no-keyring", stdin=f"{PW}\n").returncode == 0
    doc = {"format": "probono-workbench-matter", "version": 1,
           "matter": {"id": MATTER, "kind": "sijs", "matter_number": "M-77", "judge": "Hon. A"},
           "client": {"id": "01900000-0000-7000-8000-0000000000bb", "family_name": "Okafor", "given_name": "Chidi"}}
    (tmp_path / "in.json").write_text(json.dumps(doc))
    cli(folder, "import", str(tmp_path / "in.json"))

    out = cli(folder, "sync", "enroll", "--hub", hub.url, "--device-name", "cli", WORKBENCH_ENROLL_CODE=hub.code(EMAIL))
    assert "Enrolled with Legal Aid Test as volunteer@firm.example" in out and "Hub key fingerprint:" in out
    assert "pending:    2 change(s)" in cli(folder, "sync", "status")
    assert cli(folder, "sync").startswith("Sent 2 change(s), received ")
    status = cli(folder, "sync", "status")
    assert "pending:    0 change(s)" in status and "last sync:  never" not in status

    # the same field changed on another device and here: a conflict, answered from the command line
    with Vault.create(tmp_path / "other", "another passphrase long enough", store=None, calibrate=False)[0] as other:
        enroll(other, hub.url, hub.code(EMAIL), "desktop")
        sync(other)
        with other.session() as s:
            s.get(Matter, MATTER).judge = "Hon. B"
        sync(other)
        _set_judge(folder, "Hon. C")
        assert "1 conflict(s) to resolve" in cli(folder, "sync")
        listed = cli(folder, "sync", "conflicts")
        assert "Matter M-77 (Okafor, Chidi): judge" in listed and "hub:    Hon. B" in listed
        assert "device: Hon. C  (this device)" in listed
        conflict_id = re.match(r"(\S+)", listed).group(1)
        bad = run("--vault", str(folder), "sync", "resolve", "no-such-id", "--keep", "hub", env_extra=ENV)
        assert bad.returncode != 0 and "No open conflict has that id" in bad.stderr and "Traceback" not in bad.stderr
        cli(folder, "sync", "resolve", conflict_id, "--value", "Hon. D")
        assert cli(folder, "sync", "conflicts") == ""
        assert "0 conflict(s)" in cli(folder, "sync")
        sync(other)
        with other.session() as s:
            assert s.get(Matter, MATTER).judge == "Hon. D"

    # offline: a bundle for the organization, and its acknowledgement back
    _set_judge(folder, "Hon. E")
    out = cli(folder, "bundle", "export", "--out", str(tmp_path / "out.wbbundle"))
    assert "1 change(s), 0 file(s)" in out
    (tmp_path / "ack.wbbundle").write_bytes(import_bundle(hub.db, hub.keys, (tmp_path / "out.wbbundle").read_bytes()).ack)
    assert "Imported the acknowledgement" in cli(folder, "bundle", "import", str(tmp_path / "ack.wbbundle"))
    assert "pending:    0 change(s)" in cli(folder, "sync", "status")
