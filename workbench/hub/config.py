"""Where the hub keeps its database and key file unless told otherwise.

With no options, ``workbench-hub`` uses a SQLite file and a key file in the platform's data
directory (``platformdirs``), so ``workbench-hub serve`` runs with no setup. Production passes
``--db postgresql://...`` (or ``WORKBENCH_HUB_DB``) and ``--keys`` (or ``WORKBENCH_HUB_KEYS``).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

DEFAULT_PORT = 8470


def data_dir() -> Path:
    return Path(user_data_dir("workbench-hub", appauthor=False))


def db_url(option: str | None) -> str:
    return option or os.environ.get("WORKBENCH_HUB_DB") or str(data_dir() / "hub.sqlite3")


def keys_path(option: str | None) -> Path:
    return Path(option or os.environ.get("WORKBENCH_HUB_KEYS") or data_dir() / "hub-keys.json")
