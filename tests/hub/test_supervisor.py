"""``workbench-hub serve`` runs its workers under a supervisor: a worker that dies is replaced.

Issue 13: a single-process hub died (a segfault) and stayed down. Here the real command runs
with one worker on a real database, a signed request succeeds, the worker process is killed
(SIGKILL: nothing in it gets a chance to clean up, as with a crash), and the next requests
succeed again, answered by a new worker process.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest

from workbench.hub import admin
from workbench.hub.db import Database
from workbench.hub.enroll import issue_code

from .support import Device

ANA = "ana@firm.example"
KILL = getattr(signal, "SIGKILL", signal.SIGTERM)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _worker_pid(url: str, timeout: float = 60) -> int:
    """The pid of the worker answering (the loopback-only timing endpoint names it)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            return httpx.get(f"{url}/_hub/timings", timeout=2).json()["pid"]
        except (httpx.TransportError, ValueError):
            time.sleep(0.1)
    raise AssertionError("no worker answered")


def test_a_killed_worker_is_replaced_and_requests_succeed_again(hub_db, tmp_path):
    db, keys_path, org_id = hub_db
    admin.add_attorney(db, org_id, ANA)
    port = _free_port()
    env = {**os.environ, "PYTHONFAULTHANDLER": "1"}
    log = open(tmp_path / "hub.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "workbench.hub.cli", "--db", db.url, "--keys", str(keys_path),
                             "serve", "--port", str(port), "--workers", "1"], env=env, stdout=log,
                            stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    device = Device(url)
    try:
        first = _worker_pid(url)
        assert first != proc.pid  # the worker is a child of the supervisor, not the process we started
        assert device.enroll(issue_code(Database(db.url), admin.attorney_id(db, ANA))[0]).status_code == 200
        assert device.pull().status_code == 200

        os.kill(first, KILL)
        second = _worker_pid(url)
        assert second != first and proc.poll() is None
        for _ in range(5):  # every request is answered again, signed ones included
            assert device.pull().status_code == 200
            assert httpx.get(f"{url}/v1/health", timeout=5).status_code == 200
    finally:
        device.close()
        proc.terminate()
        try:
            proc.wait(timeout=30)
        finally:
            log.close()
    assert "died" in (tmp_path / "hub.log").read_text()  # the supervisor said what happened


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_no_supervisor_runs_one_process(hub_db, tmp_path):
    db, keys_path, _ = hub_db
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "workbench.hub.cli", "--db", db.url, "--keys", str(keys_path),
                             "serve", "--port", str(port), "--no-supervisor"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        assert _worker_pid(f"http://127.0.0.1:{port}") == proc.pid
    finally:
        proc.terminate()
        proc.wait(timeout=30)
