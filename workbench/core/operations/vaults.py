"""The vault itself: where it is, creating it, unlocking it (with the growing delay after wrong
passphrases), its status, its passphrase and its integrity check.

The unlock and first-run dialogs and the CLI's ``vault`` commands call these; an open ``Vault`` is
then the handle every other operation takes. Secrets never travel through here as arguments a
front-end keeps: ``ask_secret`` is called only after the wait, so a prompt appears when it can be used.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import WrongPassphrase, WrongRecoveryKey
from ..preferences import remember_vault_path, remembered_vault_path
from ..vault.device_secret import CREATING, KeyringProblem, SecretStore, keyring_status, os_keyring_store
from ..vault.layout import DB_NAME, KEY_NAME, MAX_DELAY, UnlockFailures, backoff_seconds, default_vault_path

if TYPE_CHECKING:
    from ..vault.store import CheckReport, Vault, VaultStatus

_LOADED_LATER = ("Vault", "CheckReport", "VaultStatus")


def __getattr__(name: str):
    """``Vault`` and its reports load with the store (SQLAlchemy, the model, migrations) on first
    use, so a dialog importing this module shows without them (issue 14: startup time)."""
    if name in _LOADED_LATER:
        from ..vault import store

        return getattr(store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _vault():
    from ..vault.store import Vault

    return Vault

__all__ = ["CREATING", "DB_NAME", "KEY_NAME", "KeyringProblem", "MAX_DELAY", "CheckReport", "SecretStore", "UnlockFailures", "Vault", "VaultStatus",
           "backoff_seconds", "change_passphrase", "check_vault", "create_vault", "default_vault_path", "demo_passphrase", "keyring_status",
           "backups_in", "open_counting_failures", "open_demo_vault", "unwrap_counting_failures", "os_keyring_store", "remember_vault_path", "remembered_vault_path",
           "vault_folder", "vault_status"]


def vault_folder(explicit: Path | str | None = None) -> Path:
    """``explicit``, else the folder chosen at the app's first run, else the default location."""
    return Path(explicit).expanduser() if explicit else remembered_vault_path() or default_vault_path()


def create_vault(folder: Path, passphrase: str, *, use_keyring: bool = True,
                 calibrate: bool = True) -> tuple[Vault, str]:
    """A new vault (unlocked) and its recovery key, to be shown once."""
    return _vault().create(folder, passphrase, store="auto" if use_keyring else None, calibrate=calibrate)


def unwrap_counting_failures(folder: Path, ask_secret: Callable[[], str], *, recovery: bool = False,
                             on_wait: Callable[[int, float], None] | None = None,
                             sleep: Callable[[float], None] | None = None):
    """The vault's data key from a passphrase (and this computer's keyring secret) or the recovery
    key, after the growing delay that follows wrong attempts; each failure and success is recorded
    for the next attempt, whichever front-end makes it. A missing or damaged key file is reported
    before ``ask_secret`` is called; ``on_wait(failures, seconds)`` is told about a wait before it
    happens. Returns (key file, data key, keyring store used): the database is not touched, so a
    restore can use it on a database too damaged to open."""
    import time

    folder = Path(folder)
    kf = _vault()._load_keyfile(folder)
    failures = UnlockFailures.for_vault(folder)
    wait = failures.wait_seconds()
    if wait > 0:
        if on_wait is not None:
            on_wait(failures.failures, wait)
        (sleep or time.sleep)(wait)
    store = None
    try:
        secret = ask_secret()
        if recovery:
            key = _vault().unwrap(folder, kf, lambda k: k.unlock_with_recovery(secret))
        else:
            store = os_keyring_store() if kf.device_secret == "keyring" else None
            key = _vault().unwrap(folder, kf, lambda k: k.unlock(secret, store))
    except (WrongPassphrase, WrongRecoveryKey):
        failures.failed()
        raise
    failures.succeeded()
    return kf, key, store


def open_counting_failures(folder: Path, ask_secret: Callable[[], str], *, recovery: bool = False,
                           on_wait: Callable[[int, float], None] | None = None,
                           sleep: Callable[[float], None] | None = None) -> Vault:
    """``unwrap_counting_failures``, then the vault opened (migrated, backed up daily)."""
    kf, key, store = unwrap_counting_failures(folder, ask_secret, recovery=recovery, on_wait=on_wait, sleep=sleep)
    return _vault()._opened(Path(folder), kf, key, store, True)


def backups_in(folder: Path) -> list:
    """The backups in a vault folder, oldest first, without unlocking it (names, times, reasons, sizes)."""
    from ..vault import backups as vault_backups
    from ..vault.store import BACKUPS

    return vault_backups.list_backups(Path(folder) / BACKUPS)


def vault_status(folder: Path) -> VaultStatus:
    """What can be told without the passphrase."""
    return _vault().status(folder)


def change_passphrase(vault: Vault, new_passphrase: str) -> None:
    """Rewrap the data key under a new passphrase (the database is not rewritten)."""
    vault.change_passphrase(new_passphrase)


def check_vault(vault: Vault) -> CheckReport:
    """Read every page, attachment and backup and say what is damaged."""
    return vault.check()


def demo_passphrase() -> str:
    """The demo vault's published passphrase (it holds fictional clients only)."""
    from ..interchange.demo import DEMO_PASSPHRASE

    return DEMO_PASSPHRASE


def open_demo_vault(folder: Path) -> Vault:
    """Open the demo vault in ``folder``, creating and filling it on first use (no keyring: it holds
    nothing to protect, and a keyring prompt would only confuse someone trying the app)."""
    from ..interchange.demo import DEMO_PASSPHRASE, add_demo_matters

    folder = Path(folder)
    if (folder / KEY_NAME).exists() or (folder / DB_NAME).exists():
        return _vault().open(folder, DEMO_PASSPHRASE, store=None, auto_backup=False)
    vault, _recovery = _vault().create(folder, DEMO_PASSPHRASE, store=None, calibrate=False)
    add_demo_matters(vault)
    return vault
