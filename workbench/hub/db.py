"""Engines and the write discipline that makes the change sequence gap-free.

Every writing transaction first takes the organization's lock, then reads ``last_seq``, hands
out numbers, stores the new ``last_seq`` and commits while still holding the lock. So numbers
are handed out in commit order: a reader never sees seq N+1 committed while N is still pending
(the condition for "pull by cursor" to never skip a change).

* PostgreSQL: ``pg_advisory_xact_lock(org key)``, released by the commit.
* SQLite: the database has one writer; writing transactions start with ``BEGIN IMMEDIATE`` so
  they queue on the write lock (``busy_timeout``) instead of failing on upgrade from a read lock.
  Read-only sessions (``read_session``) use a plain deferred ``BEGIN`` and read a WAL snapshot.
"""

from __future__ import annotations

import hashlib
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, create_engine, event, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from .models import Organization

_READONLY = "hub_readonly"


def normalize_url(url: str) -> str:
    """Accept a plain path for SQLite and ``postgresql://`` for psycopg 3."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(_READONLY) else "BEGIN IMMEDIATE")


def _private_file(path: Path) -> None:
    """Create a new SQLite file (and its folder) owner-only; SQLite gives -wal/-shm the same mode."""
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))


def make_engine(url: str) -> Engine:
    url = normalize_url(url)
    if make_url(url).get_backend_name() == "sqlite":
        path = make_url(url).database
        if path and path != ":memory:":
            _private_file(Path(path))
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                               pool_size=8, max_overflow=16)
        _sqlite_setup(engine)
        return engine
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


class Database:
    """The engine plus session factories; ``write()`` is the only way to change synced state."""

    def __init__(self, url: str) -> None:
        self.url = normalize_url(url)
        self.engine = make_engine(self.url)
        self.is_postgres = self.engine.dialect.name == "postgresql"
        self._writer = sessionmaker(self.engine, expire_on_commit=False)
        self._reader = sessionmaker(self.engine.execution_options(**{_READONLY: True}), expire_on_commit=False)

    def migrate(self) -> None:
        from .migrations import upgrade

        upgrade(self.engine)

    def dispose(self) -> None:
        self.engine.dispose()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session, session.begin():
            yield session

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A plain writing transaction (admin data: attorneys, devices, nonces): no sequence."""
        with self._writer() as session, session.begin():
            yield session

    @contextmanager
    def write(self, org_id: str) -> Iterator["SeqWriter"]:
        """A writing transaction holding the organization lock, with a sequence allocator."""
        with self._writer() as session, session.begin():
            if self.is_postgres:
                session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": lock_key(org_id)})
            writer = SeqWriter(session, org_id)
            yield writer
            writer.store()


def lock_key(org_id: str) -> int:
    return int.from_bytes(hashlib.sha256(b"workbench-hub-seq|" + org_id.encode()).digest()[:8], "big", signed=True)


class SeqWriter:
    """Hands out the organization's next sequence numbers inside one locked transaction."""

    def __init__(self, session: Session, org_id: str) -> None:
        self.session, self.org_id = session, org_id
        self.last = session.scalar(select(Organization.last_seq).where(Organization.id == org_id))
        if self.last is None:
            raise LookupError(f"organization {org_id} does not exist")
        self._start = self.last

    def next(self) -> int:
        self.last += 1
        return self.last

    def store(self) -> None:
        if self.last != self._start:
            self.session.execute(update(Organization).where(Organization.id == self.org_id)
                                 .values(last_seq=self.last))
            self._start = self.last
