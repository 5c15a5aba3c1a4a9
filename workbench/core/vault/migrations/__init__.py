"""Schema migrations (Alembic, from the first revision), run programmatically on an open vault.

There is no alembic.ini: ``config()`` points Alembic at this folder and hands it the vault's
live connection through ``config.attributes``, so migrations run inside the encrypted database
with the data key already applied. The vault backs itself up before any upgrade
(``Vault._migrate``).
"""

from __future__ import annotations

from pathlib import Path

from alembic import command

from ...alembic_folder import MigrationFolder

HERE = Path(__file__).resolve().parent
FOLDER = MigrationFolder(HERE)
config, head_revision, current_revision = FOLDER.config, FOLDER.head_revision, FOLDER.current_revision
known_revisions = FOLDER.known_revisions


def upgrade(db_path: Path, data_key: bytes, target: str = "head") -> None:
    """Upgrade on a connection with foreign-key enforcement off (SQLite table rebuilds need it),
    then check every foreign key before the transaction commits."""
    from ..db import engine_for

    migrating = engine_for(db_path, data_key, pool_size=1, foreign_keys=False)
    try:
        with migrating.begin() as conn:
            command.upgrade(config(conn), target)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"migration left {len(broken)} broken foreign keys, e.g. {broken[0]}")
    finally:
        migrating.dispose()
