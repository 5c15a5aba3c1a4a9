"""The hub's schema migrations (Alembic), run programmatically like ``workbench.core.migrations``.

No alembic.ini: ``config()`` points Alembic at this folder and passes the live connection in
``config.attributes``. ``workbench-hub`` upgrades on every start, so an upgraded package
migrates its database before serving (back up PostgreSQL first: docs/hub.md).
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

HERE = Path(__file__).resolve().parent


def config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    if current_revision(engine) == head_revision():
        return
    with engine.begin() as conn:
        command.upgrade(config(conn), target)
