"""The SQLCipher engine: SQLAlchemy 2 over ``sqlcipher3``, keyed with the raw 256-bit data key.

* ``URL.create("sqlite+pysqlcipher", password="x'<64 hex>'")``: SQLCipher takes the quoted
  blob literal as the raw key, so opening costs ~2 ms instead of a PBKDF2 run per connection.
* QueuePool (SingletonThreadPool has crashed with sqlcipher3 elsewhere).
* WAL with ``synchronous=FULL``: a committed transaction survives a killed process and a power cut.
  On macOS ``fsync`` leaves the data in the drive's cache, so there ``PRAGMA fullfsync`` and
  ``PRAGMA checkpoint_fullfsync`` make SQLite use ``F_FULLFSYNC`` (as ``atomic.full_fsync`` does
  for the other files); elsewhere these pragmas do nothing and are not sent.
* ``temp_store=MEMORY``: sorts and temp tables never spill plaintext into the temp folder.
* Explicit ``BEGIN``: the driver's implicit transaction handling would run SELECTs outside a
  transaction; SQLAlchemy's documented recipe makes every session a real snapshot.
* SQLite's "file is not a database" / "malformed" / HMAC failures become ``VaultDamaged`` naming
  the database file, because with a key that unwrapped correctly they can only mean damage.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError
from sqlalchemy.pool import QueuePool

from .. import atomic
from ..errors import VaultDamaged
from ..i18n import translate

_DAMAGE_MARKERS = ("file is not a database", "malformed", "hmac", "not a database", "corrupt")


def is_damage(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(marker in text for marker in _DAMAGE_MARKERS)


def connection_pragmas(foreign_keys: bool = True) -> list[str]:
    """The pragmas every connection runs, in order (macOS adds the full-fsync pair)."""
    pragmas = [f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}", "PRAGMA journal_mode = WAL",
               "PRAGMA synchronous = FULL", "PRAGMA temp_store = MEMORY", "PRAGMA busy_timeout = 10000",
               "PRAGMA secure_delete = ON"]
    if atomic.FULLFSYNC:
        pragmas += ["PRAGMA fullfsync = ON", "PRAGMA checkpoint_fullfsync = ON"]
    return pragmas


def engine_for(db_path: Path, data_key: bytes, *, pool_size: int = 2, foreign_keys: bool = True) -> Engine:
    """The vault's engine. ``foreign_keys=False`` only for migrations: SQLite's table rebuilds
    (Alembic batch mode) must run with enforcement off, then ``PRAGMA foreign_key_check``."""
    if len(data_key) != 32:
        raise ValueError("the data key must be 32 bytes")
    url = URL.create("sqlite+pysqlcipher", password=f"x'{data_key.hex()}'", database=str(db_path))
    engine = create_engine(url, hide_parameters=True, poolclass=QueuePool, pool_size=pool_size, max_overflow=4,
                           connect_args={"check_same_thread": False, "isolation_level": None})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_conn, _record):
        cur = dbapi_conn.cursor()
        for pragma in connection_pragmas(foreign_keys):
            cur.execute(pragma).fetchall()
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN")

    @event.listens_for(engine, "handle_error")
    def _damage(ctx):
        if isinstance(ctx.sqlalchemy_exception, DatabaseError) and is_damage(ctx.original_exception):
            return VaultDamaged(db_path, translate("vault", "the encrypted database failed its integrity check "
                                                            "({problem}); run 'workbench vault check' and restore "
                                                            "from a backup ('workbench vault "
                                                            "restore')").format(problem=ctx.original_exception))
        return None

    return engine
