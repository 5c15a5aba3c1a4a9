"""A throwaway PostgreSQL cluster for the hub tests (or the one WORKBENCH_TEST_PG_URL names).

As root (CI containers) the server runs as the ``postgres`` user via ``runuser``, in a folder
under /tmp owned by it; otherwise as the current user. It listens on 127.0.0.1 on a free port
with trust authentication, and is stopped and deleted at the end of the session.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


class PgUnavailable(RuntimeError):
    pass


def _bin_dir() -> Path:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(candidate, "pg_ctl").exists():
            return Path(candidate)
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    raise PgUnavailable("PostgreSQL binaries (pg_ctl, initdb) are not installed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self) -> None:
        self.bin = _bin_dir()
        self.as_root = hasattr(os, "geteuid") and os.geteuid() == 0  # Windows has no euid (and no root)
        self.base = Path(tempfile.mkdtemp(prefix="wb-hub-pg-", dir="/tmp" if self.as_root else None))
        self.data = self.base / "data"
        self.port = _free_port()
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str, timeout: float = 120) -> None:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        if done.returncode != 0:
            raise PgUnavailable(f"{args[0]} failed: {done.stderr.strip()[-600:]}")

    def start(self) -> "Cluster":
        if self.as_root:
            shutil.chown(self.base, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")
        options = f"-p {self.port} -k {self.base} -h 127.0.0.1 -c fsync=off -c max_connections=200"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.base / "log"), "-w", "-t", "60",
                  "start")
        return self

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop", timeout=60)
        except (PgUnavailable, subprocess.TimeoutExpired):
            pass
        shutil.rmtree(self.base, ignore_errors=True)
