"""Alembic without alembic.ini: one migration folder, run on a live connection.

Used by the vault (``workbench.core.vault.migrations``) and the hub (``workbench.hub.migrations``):
each points an instance at its own folder; the connection travels in ``config.attributes`` so
migrations run inside the caller's transaction (the vault's encrypted connection included).
"""

from __future__ import annotations

from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine


class MigrationFolder:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def config(self, connection: Connection | None = None) -> Config:
        cfg = Config()
        cfg.set_main_option("script_location", str(self.folder))
        cfg.attributes["connection"] = connection
        return cfg

    def head_revision(self) -> str:
        return ScriptDirectory.from_config(self.config()).get_current_head()

    def known_revisions(self) -> set[str]:
        return {s.revision for s in ScriptDirectory.from_config(self.config()).walk_revisions()}

    @staticmethod
    def current_revision(engine: Engine) -> str | None:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
