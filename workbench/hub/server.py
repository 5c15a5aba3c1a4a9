"""Running the hub under uvicorn, in the foreground (``serve``) or in a thread (tests, benchmarks).

``serve`` with no setup creates the organization on first start (SQLite in the data directory)
and prints the key fingerprints, so a trial hub needs no other command. The ``ThreadedHub``
binds port 0 and reports the port it got, so parallel runs never collide.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import uvicorn
from sqlalchemy import select

from . import admin
from .app import create_app
from .db import Database
from .models import Organization


def _ensure_org(db: Database, keys: Path, name: str) -> None:
    with db.read() as s:
        exists = s.scalar(select(Organization.id)) is not None
    if not exists:
        info = admin.init_org(db, keys, name)
        print(f"Created organization {name}; key file {keys}.\n  signing key  {info['sign_fingerprint']}\n"
              f"  exchange key {info['kx_fingerprint']}", flush=True)


def serve(db: Database, keys: Path, *, host: str, port: int, workers: int = 1, org_name: str) -> None:
    _ensure_org(db, keys, org_name)
    options = dict(host=host, port=port, proxy_headers=True, server_header=False, log_level="info")
    if workers > 1:  # worker processes import the app themselves, from the environment
        os.environ["WORKBENCH_HUB_DB"], os.environ["WORKBENCH_HUB_KEYS"] = db.url, str(keys)
        uvicorn.run("workbench.hub.server:app_from_environment", factory=True, workers=workers, **options)
    else:
        uvicorn.run(create_app(db, keys), **options)


def app_from_environment():
    """The app for one of several uvicorn worker processes (``serve --workers N``)."""
    from . import config

    return create_app(Database(config.db_url(None)), config.keys_path(None))


class ThreadedHub:
    """A real uvicorn server on 127.0.0.1 in a background thread; ``url`` once started."""

    def __init__(self, db: Database, keys: Path, limits=None) -> None:
        self.app = create_app(db, keys, limits)
        config = uvicorn.Config(self.app, host="127.0.0.1", port=0, log_level="warning",
                                lifespan="off", server_header=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="hub", daemon=True)
        self.url = ""

    def start(self, timeout: float = 20.0) -> "ThreadedHub":
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the hub did not start")
            time.sleep(0.01)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)
