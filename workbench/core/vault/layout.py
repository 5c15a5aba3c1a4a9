"""What a front-end needs of a vault before it is unlocked, without the database machinery: the
file names in a vault folder, the default location, and the count of wrong passphrases with its
growing delay.

Kept apart from ``store`` (which loads SQLAlchemy, the model, migrations and the sync outbox) so the
first window — the unlock or first-run dialog — appears without importing any of that (issue 14:
startup time, ``make bench``).
"""

from __future__ import annotations

import hashlib
import json
import time
from datetime import timedelta
from pathlib import Path

import platformdirs

from ..atomic import make_private_dir, write_atomic
from ..errors import WorkbenchError
from .keyfile import KeyFile

DB_NAME = "vault.db"
KEY_NAME = "vault.key"
ATTACHMENTS = "attachments"
BACKUPS = "backups"
AUTO_BACKUP_EVERY = timedelta(hours=24)


def default_vault_path() -> Path:
    return Path(platformdirs.user_data_dir("ProBonoWorkbench", appauthor=False)) / "vault"



# ----------------------------------------------------------------------------- wrong passphrases
FREE_ATTEMPTS = 2  # typos happen: the first two failures cost nothing
MAX_DELAY = 60.0


def backoff_seconds(failures: int) -> float:
    """Seconds to wait after ``failures`` consecutive failures: 0, 0, 1, 2, 4, ... up to 60."""
    if failures <= FREE_ATTEMPTS:
        return 0.0
    return min(2.0 ** min(failures - FREE_ATTEMPTS - 1, 16), MAX_DELAY)


class UnlockFailures:
    """Consecutive wrong passphrases (or recovery keys) for one vault, kept across restarts.

    The delay is a speed bump for a person at the keyboard, not the defence (that is Argon2id and
    the device secret): someone holding the files attacks them offline. It is kept in the app's
    state folder (``<state>/unlock-failures/<vault id>.json``: a count and a time, nothing about
    the vault's content), not in the vault folder, so a wrong passphrase still changes no byte of
    the vault. An unreadable record counts as no failures; the wait never exceeds ``MAX_DELAY``
    (a clock set back cannot lock anyone out). ``scale`` shortens the delays in tests.
    """

    def __init__(self, path: Path | None, scale: float = 1.0) -> None:
        self.path, self.scale = path, scale
        self.failures, self.last = 0, 0.0
        if path is not None:
            try:
                data = json.loads(path.read_text("ascii"))
                self.failures = max(0, min(int(data["failures"]), 1_000_000))
                self.last = float(data["last"])
            except (OSError, ValueError, KeyError, TypeError):
                pass

    @classmethod
    def for_vault(cls, folder: Path, scale: float = 1.0) -> "UnlockFailures":
        try:
            name = KeyFile.load(Path(folder) / KEY_NAME).vault_id
        except WorkbenchError:
            name = hashlib.sha256(str(Path(folder).resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:32]
        state = Path(platformdirs.user_state_dir("ProBonoWorkbench", appauthor=False))
        return cls(state / "unlock-failures" / f"{name}.json", scale)

    def delay(self) -> float:
        return backoff_seconds(self.failures) * self.scale

    def wait_seconds(self, now: float | None = None) -> float:
        """How long the next attempt must still wait."""
        now = time.time() if now is None else now
        return max(0.0, min(self.last + self.delay() - now, self.delay()))

    def failed(self) -> float:
        """Record a failure; returns the delay before the next attempt."""
        self.failures += 1
        self.last = time.time()
        self._save()
        return self.delay()

    def succeeded(self) -> None:
        self.failures, self.last = 0, 0.0
        if self.path is not None:
            self.path.unlink(missing_ok=True)

    def _save(self) -> None:
        if self.path is None:
            return
        try:
            make_private_dir(self.path.parent)
            write_atomic(self.path, json.dumps({"failures": self.failures, "last": self.last}).encode("ascii"))
        except OSError:
            pass  # a read-only state folder: the delay still holds for this process
