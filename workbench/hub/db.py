"""Engines and the write discipline that makes the change sequence gap-free.

A writing transaction does its work first, stamping each changed record with a *provisional*
number (negative, unique among transactions in flight); ``SeqWriter.finish`` then takes the
organization's lock and advances ``last_seq`` in one statement (``UPDATE organizations SET
last_seq = last_seq + n ... RETURNING``: the row lock it takes *is* the organization lock),
turns the provisional numbers into the final ones with one more ``UPDATE``, and the transaction
commits still holding the lock. So final numbers are handed out in commit order, and a reader never sees seq N+1
committed while N is still pending (the condition for "pull by cursor" never to skip a change),
while the lock is held only for the numbering and the commit, not for a push's work (issue 13:
pushes used to queue on the lock for their whole request).

Two writers of one record must still not interleave: a push locks the rows it will change
(``lock_records``, ``SELECT ... FOR UPDATE`` in id order) before reading them. Every writer takes
row locks first and the organization lock last, so the two kinds of lock cannot deadlock. Races
that row locks cannot prevent (two pushes creating the same new record or replaying the same
mutation id at once) end in a unique-key violation; ``Database.write_retrying`` runs such a
transaction again, and the second run sees what the first committed.

* PostgreSQL: the row lock on the organization's row, released by the commit (it replaced
  ``pg_advisory_xact_lock``: one round trip instead of three under the lock). A transaction that
  numbered nothing (an idle push, a push of rejections only) takes no lock at all.
* SQLite: the database has one writer; writing transactions start with ``BEGIN IMMEDIATE`` so
  they queue on the write lock (``busy_timeout``) instead of failing on upgrade from a read lock.
  Read-only sessions (``read_session``) use a plain deferred ``BEGIN`` and read a WAL snapshot.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, TypeVar

from sqlalchemy import Engine, create_engine, event, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from .models import Organization, Record

T = TypeVar("T")
WRITE_ATTEMPTS = 4
# SQLSTATEs of a transaction that lost a race and may simply run again: unique violation,
# serialization failure, deadlock detected.
_RETRYABLE = frozenset({"23505", "40001", "40P01"})

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
    # No pre-ping (a round trip per checkout): a connection the server dropped (a restart) fails
    # once, SQLAlchemy then recycles every older connection of the pool, and the request that met
    # it is answered 500 (``auth.accept`` runs its statement again on a fresh connection).
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=False)


class Database:
    """The engine plus session factories; ``write()`` is the only way to change synced state."""

    def __init__(self, url: str) -> None:
        self.url = normalize_url(url)
        self.engine = make_engine(self.url)
        self.is_postgres = self.engine.dialect.name == "postgresql"
        self._writer = sessionmaker(self.engine, expire_on_commit=False)
        self._reader = sessionmaker(self.engine.execution_options(**{_READONLY: True}), expire_on_commit=False)
        self._autocommit = self.engine.execution_options(isolation_level="AUTOCOMMIT")
        self.device_cache = None  # ``auth.DeviceCache``, made by the first authentication

    def run_alone(self, statement, params: dict) -> int:
        """One statement in a transaction of its own; its row count. PostgreSQL: in autocommit
        mode, so the statement is the only round trip (no BEGIN, no COMMIT)."""
        if self.is_postgres:
            with self._autocommit.connect() as conn:
                return conn.execute(statement, params).rowcount
        with self.session() as s:
            return s.execute(statement, params).rowcount

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
        """A writing transaction with a sequence allocator; the organization lock is taken by
        ``SeqWriter.finish`` (at the latest on leaving the block) and held until the commit."""
        with self._writer() as session, session.begin():
            token = 0
            if self.is_postgres:  # the transaction id keeps provisional numbers apart across transactions
                token = session.scalar(text("SELECT pg_current_xact_id()::text::bigint"))
            writer = SeqWriter(session, org_id, token, self.is_postgres)
            yield writer
            writer.finish()

    def write_retrying(self, org_id: str, work: Callable[["SeqWriter"], T]) -> T:
        """``work(writer)`` in a writing transaction, run again when it lost a race to a concurrent
        transaction (unique violation, deadlock): see the module docstring."""
        for attempt in range(WRITE_ATTEMPTS):
            try:
                with self.write(org_id) as w:
                    return work(w)
            except DBAPIError as exc:
                state = getattr(exc.orig, "sqlstate", None)
                if state not in _RETRYABLE or attempt == WRITE_ATTEMPTS - 1:
                    raise
        raise AssertionError("unreachable")


PROVISIONAL_BITS = 24  # at most 16,777,215 numbers per transaction


class SeqWriter:
    """Hands out the organization's sequence numbers for one writing transaction.

    ``next()`` returns a provisional number, ``-(token << 24 | k)`` for the k-th number of this
    transaction (``token``: its PostgreSQL transaction id, so two transactions in flight never
    stamp the same number: ``(org_id, seq)`` is unique). ``finish()`` maps the k-th provisional
    number to ``last_seq + k`` under the organization lock; ``final(n)`` tells a provisional
    number's final value afterwards. After ``finish()`` the lock is held, so ``next()`` hands out
    final numbers directly.
    """

    def __init__(self, session: Session, org_id: str, token: int = 0, postgres: bool = False) -> None:
        self.session, self.org_id, self.postgres = session, org_id, postgres
        self._base = token << PROVISIONAL_BITS
        self._count = 0
        self._first: int | None = None  # last_seq when the numbers were made final
        self.last: int | None = None
        self.finished = False

    def next(self) -> int:
        if self.finished:  # after finish(): a final number right away (the organization row is locked)
            self.last = self._allocate(1)
            return self.last
        self._count += 1
        if self._count >> PROVISIONAL_BITS:
            raise OverflowError("too many changes in one transaction")
        return -(self._base + self._count)

    def _allocate(self, n: int) -> int:
        """Advance ``last_seq`` by ``n``; the new value. The ``UPDATE`` locks the organization's row
        until the commit (this is the organization lock), and under READ COMMITTED it adds to the
        latest committed value once the lock is granted."""
        last = self.session.execute(update(Organization).where(Organization.id == self.org_id)
                                    .values(last_seq=Organization.last_seq + n)
                                    .returning(Organization.last_seq)).scalar()
        if last is None:
            raise LookupError(f"organization {self.org_id} does not exist")
        return last

    def final(self, number: int | None) -> int | None:
        """The final value of a number this writer handed out (non-negative numbers unchanged)."""
        if number is None or number >= 0:
            return number
        if self._first is None:
            raise RuntimeError("final numbers exist only after finish()")
        return self._first + (-number - self._base)

    def lock_records(self, ids) -> list[Record]:
        """Lock (PostgreSQL: ``FOR UPDATE``, in id order) and load the existing records among ``ids``,
        before reading them to change them; returns them (they are then in the session)."""
        ids = sorted(set(ids))
        if not ids:
            return []
        query = select(Record).where(Record.org_id == self.org_id, Record.id.in_(ids)).order_by(Record.id)
        return list(self.session.scalars(query.with_for_update() if self.postgres else query))

    def finish(self) -> None:
        """Lock the organization and make this transaction's numbers final (once). A transaction
        that handed out no number takes no lock: it has nothing to order."""
        if self.finished:
            return
        self.session.flush()  # every row lock this transaction needs is taken before the org lock
        self.finished = True
        if not self._count:
            return
        self.last = self._allocate(self._count)
        self._first = self.last - self._count
        low, high = -(self._base + self._count), -(self._base + 1)
        self.session.execute(text("UPDATE records SET seq = :first - seq - :base "
                                  "WHERE org_id = :o AND seq BETWEEN :low AND :high"),
                             {"first": self._first, "base": self._base, "o": self.org_id, "low": low, "high": high})
        for obj in list(self.session.identity_map.values()):
            if isinstance(obj, Record):
                self.session.expire(obj, ["seq"])

    def store(self) -> None:
        """Make the numbers final now (callers that read ``seq`` or ``last`` before the commit)."""
        self.finish()
        if self.last is None:
            self.last = self.session.scalar(select(Organization.last_seq).where(Organization.id == self.org_id))
