"""Device preferences that must be known before any vault is open: where the vault lives.

Kept in the per-user config folder as a small JSON file, shared by the app and the ``workbench``
command (so a vault placed elsewhere at first run is found by both). It holds no client data, only
a folder path; everything about the matters stays inside the encrypted vault. A damaged or
unreadable file is ignored (the default location is used), never fatal.
"""

from __future__ import annotations

import json
from pathlib import Path

import platformdirs

from .atomic import write_atomic

_FILE = "preferences.json"


def preferences_path() -> Path:
    return Path(platformdirs.user_config_dir("ProBonoWorkbench", appauthor=False)) / _FILE


def _read() -> dict:
    try:
        data = json.loads(preferences_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def remembered_vault_path() -> Path | None:
    """The vault folder chosen at first run, if one was chosen and it is not the default."""
    value = _read().get("vault_path")
    return Path(value) if isinstance(value, str) and value else None


def remember_vault_path(folder: Path | None) -> None:
    """Remember ``folder`` as this user's vault (``None``: back to the default location)."""
    data = _read()
    if folder is None:
        data.pop("vault_path", None)
    else:
        data["vault_path"] = str(Path(folder).expanduser().resolve())
    path = preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(data, indent=2).encode("utf-8"))
