"""The hub's schema migrations (Alembic), run programmatically like ``workbench.core.vault.migrations``.

No alembic.ini: ``config()`` points Alembic at this folder and passes the live connection in
``config.attributes``. ``workbench-hub`` upgrades on every start, so an upgraded package
migrates its database before serving (back up PostgreSQL first: docs/hub.md).
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import Engine

from workbench.core.alembic_folder import MigrationFolder

HERE = Path(__file__).resolve().parent
FOLDER = MigrationFolder(HERE)
config, head_revision, current_revision = FOLDER.config, FOLDER.head_revision, FOLDER.current_revision


def upgrade(engine: Engine, target: str = "head") -> None:
    if current_revision(engine) == head_revision():
        return
    with engine.begin() as conn:
        command.upgrade(config(conn), target)
