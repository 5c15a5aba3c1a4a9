"""Running the hub under uvicorn: supervised worker processes (``serve``) or a thread (tests).

``serve`` with no setup creates the organization on first start (SQLite in the data directory)
and prints the key fingerprints, so a trial hub needs no other command. The ``ThreadedHub``
binds port 0 and reports the port it got, so parallel runs never collide.

Workers run under a supervisor by default, one worker included (issue 13: a single-process
hub that died stayed down): the parent process binds the socket, starts ``--workers`` worker
processes (uvicorn's ``Multiprocess``), pings each twice a second and starts a new one in place
of a worker that died or stopped answering for ``--worker-timeout`` seconds. A worker that fails
before it serves (a broken database URL, say) stops the whole hub instead of restarting in a
loop. ``--no-supervisor`` runs one process in the foreground (debugging). Every process has
``faulthandler`` on, so a crash in native code leaves the Python stack of every thread in the
log. Every app is wrapped in ``timing.TimingMiddleware`` (per-route latency, loopback only).
"""

from __future__ import annotations

import faulthandler
import os
import threading
import time
from pathlib import Path

import uvicorn
from sqlalchemy import select
from uvicorn.supervisors import Multiprocess

from . import admin
from .app import create_app
from .db import Database
from .models import Organization
from .timing import TimingMiddleware

DEFAULT_WORKER_TIMEOUT = 30
# Threads per worker process for the routes' synchronous database work (anyio's default is 40).
# More threads than a few per core only queue on the GIL and the connection pool: on 2 cores
# with 4 workers, 40 threads each doubled the no-op p99 at 32 syncs in flight (docs/hub.md, Scale).
THREADS_ENV, DEFAULT_THREADS = "WORKBENCH_HUB_THREADS", 8


class ThreadBudget:
    """Sets the process's thread budget for synchronous routes when the first request arrives
    (anyio's limiter belongs to the running event loop, so it cannot be set before)."""

    def __init__(self, app, threads: int) -> None:
        self.app, self.threads, self.done = app, threads, False

    async def __call__(self, scope, receive, send) -> None:
        if not self.done:
            import anyio.to_thread

            anyio.to_thread.current_default_thread_limiter().total_tokens = self.threads
            self.done = True
        await self.app(scope, receive, send)


def _threads() -> int:
    value = os.environ.get(THREADS_ENV, "")
    return int(value) if value.isdigit() and int(value) > 0 else DEFAULT_THREADS


def _ensure_org(db: Database, keys: Path, name: str) -> None:
    with db.read() as s:
        exists = s.scalar(select(Organization.id)) is not None
    if not exists:
        info = admin.init_org(db, keys, name)
        print(f"Created organization {name}; key file {keys}.\n  signing key  {info['sign_fingerprint']}\n"
              f"  exchange key {info['kx_fingerprint']}", flush=True)


def serve(db: Database, keys: Path, *, host: str, port: int, workers: int = 1, org_name: str,
          supervise: bool = True, worker_timeout: int = DEFAULT_WORKER_TIMEOUT) -> None:
    faulthandler.enable()
    _ensure_org(db, keys, org_name)
    options = dict(host=host, port=port, proxy_headers=True, server_header=False, log_level="info")
    if not supervise:
        uvicorn.run(ThreadBudget(TimingMiddleware(create_app(db, keys)), _threads()), **options)
        return
    # worker processes build the app themselves, from the environment
    os.environ["WORKBENCH_HUB_DB"], os.environ["WORKBENCH_HUB_KEYS"] = db.url, str(keys)
    db.dispose()  # the parent keeps no database connections
    config = uvicorn.Config("workbench.hub.server:app_from_environment", factory=True, workers=max(1, workers),
                            timeout_worker_healthcheck=worker_timeout, **options)
    Multiprocess(config, sockets=[config.bind_socket()]).run()


def app_from_environment():
    """The app of one supervised worker process (``serve``)."""
    from . import config

    faulthandler.enable()
    return ThreadBudget(TimingMiddleware(create_app(Database(config.db_url(None)), config.keys_path(None))), _threads())


class ThreadedHub:
    """A real uvicorn server on 127.0.0.1 in a background thread; ``url`` once started."""

    def __init__(self, db: Database, keys: Path, limits=None) -> None:
        self.app = create_app(db, keys, limits)
        config = uvicorn.Config(TimingMiddleware(self.app), host="127.0.0.1", port=0, log_level="warning",
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
