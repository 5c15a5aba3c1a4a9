"""The vault: one folder holding the encrypted database, the key file, encrypted attachments
and encrypted backups — and nothing else.

::

    <vault>/vault.key          key file (see keyfile.py)
    <vault>/vault.db           SQLCipher 4 database (+ -wal/-shm while open; pages encrypted)
    <vault>/attachments/*.wbat AES-256-GCM chunked files named by random id
    <vault>/backups/*.wbdb     encrypted database copies, and keyfile.json

Kept outside the folder, in the app's state folder: the count of consecutive wrong passphrases
for each vault (``UnlockFailures``), so the growing delay survives a restart of the app or of
the command while a wrong passphrase still changes no byte of the vault.

Opening order matters for "bad input loses nothing": the key file is read and the data key
unwrapped *before* the database is touched, so a wrong passphrase changes no byte; with a key
that unwrapped, any database read failure can only be damage, and is reported naming the file.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

import platformdirs
from sqlalchemy import Engine, inspect as sa_inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

from . import audit, backups
from ..deadlines import store as deadline_store
from . import migrations
from ..sync import outbox
from ..atomic import make_private_dir
from .attachments import AttachmentStore
from .db import engine_for
from .device_secret import SecretStore, os_keyring_store
from ..errors import (DeviceSecretMissing, VaultDamaged, VaultExists, VaultLocked, VaultNotFound, WorkbenchError, WrongPassphrase,
                     WrongRecoveryKey)
from ..i18n import translate
from ..ids import new_id
from ..atomic import write_atomic
from .keyfile import KeyFile
from ..model import Document, VaultMeta

DB_NAME = "vault.db"
KEY_NAME = "vault.key"
ATTACHMENTS = "attachments"
BACKUPS = "backups"
AUTO_BACKUP_EVERY = timedelta(hours=24)


def default_vault_path() -> Path:
    return Path(platformdirs.user_data_dir("ProBonoWorkbench", appauthor=False)) / "vault"


@dataclass
class CheckReport:
    problems: list[tuple[str, str]] = field(default_factory=list)  # (file, what is wrong)
    checked: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class VaultStatus:
    folder: Path
    vault_id: str
    created_at: str
    device_secret: str
    kdf: dict
    database_bytes: int
    attachments: int
    backups: list[str]


class Vault:
    """An unlocked vault. Create with ``Vault.create`` / ``Vault.open``; ``close()`` locks it."""

    def __init__(self, folder: Path, keyfile: KeyFile, data_key: bytes, store: SecretStore | None) -> None:
        self.folder = Path(folder)
        self.keyfile = keyfile
        self._data_key: bytes | None = data_key
        self._store = store
        self.engine: Engine | None = engine_for(self.db_path, data_key)
        self._sessions = self._sessionmaker()
        self.attachments = AttachmentStore(self.folder / ATTACHMENTS, data_key)
        self.actor = _user_name()

    def _sessionmaker(self) -> sessionmaker:
        """A sessionmaker with the audit, outbox and deadline hooks, installed exactly once."""
        sessions = sessionmaker(self.engine, expire_on_commit=False)
        audit.install(sessions)
        outbox.install(sessions)
        deadline_store.install(sessions)
        return sessions

    # -- paths ------------------------------------------------------------------------------
    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    @property
    def key_path(self) -> Path:
        return self.folder / KEY_NAME

    @property
    def backup_dir(self) -> Path:
        return self.folder / BACKUPS

    # -- lifecycle --------------------------------------------------------------------------
    @classmethod
    def create(cls, folder: Path, passphrase: str, *, store: SecretStore | None | str = "auto",
               calibrate: bool = True) -> tuple["Vault", str]:
        """Create a new vault; returns it (unlocked) and the recovery key to show the user once."""
        folder = Path(folder)
        if (folder / KEY_NAME).exists() or (folder / DB_NAME).exists():
            raise VaultExists(translate("vault", "A vault already exists in {folder}.").format(folder=folder))
        if folder.exists() and any(folder.iterdir()):
            raise VaultExists(translate("vault", "{folder} is not empty: choose an empty or new folder for the "
                                                 "vault.").format(folder=folder))
        if len(passphrase) < 8:
            raise WorkbenchError(translate("vault", "The passphrase is too short: use at least 8 characters (a few "
                                                    "words is best)."))
        store = os_keyring_store() if store == "auto" else store
        make_private_dir(folder)
        vault_id = new_id()
        kf, data_key, recovery = KeyFile.create(vault_id, passphrase, store, calibrate=calibrate)
        vault = cls(folder, kf, data_key, store)
        _private_file(vault.db_path)  # before the schema or any data is written
        migrations.upgrade(vault.db_path, data_key)
        kf.save(vault.key_path)  # written last: a half-created folder has no key file and is not a vault
        backups.save_keyfile_copy(vault.backup_dir, kf.to_bytes())
        return vault, recovery

    @classmethod
    def open(cls, folder: Path, passphrase: str, *, store: SecretStore | None | str = "auto",
             auto_backup: bool = True) -> "Vault":
        kf = cls._load_keyfile(folder)
        store = (os_keyring_store() if kf.device_secret == "keyring" else None) if store == "auto" else store
        data_key = cls.unwrap(folder, kf, lambda k: k.unlock(passphrase, store))
        return cls._opened(folder, kf, data_key, store, auto_backup)

    @classmethod
    def open_with_recovery(cls, folder: Path, recovery_key: str, *, auto_backup: bool = True) -> "Vault":
        kf = cls._load_keyfile(folder)
        data_key = cls.unwrap(folder, kf, lambda k: k.unlock_with_recovery(recovery_key))
        return cls._opened(folder, kf, data_key, None, auto_backup)

    @staticmethod
    def unwrap(folder: Path, kf: KeyFile, unlock) -> bytes:
        """``unlock(kf)``, telling a changed key file from a wrong passphrase where that can be told.

        A key file edited with a recomputed checksum (another vault id, other KDF parameters, a
        changed wrapped key) fails exactly like a wrong passphrase: AES-GCM only says "no". The
        copy in ``backups/keyfile.json`` can tell them apart: when it differs from ``vault.key``
        and *it* opens with the same passphrase, ``vault.key`` was changed, and the message says so
        (and how to repair it) instead of "wrong passphrase". This costs one more Argon2id run, and
        only after a failure with a key file that differs from its copy.
        """
        try:
            return unlock(kf)
        except (WrongPassphrase, WrongRecoveryKey, DeviceSecretMissing) as wrong:
            if not Vault._copy_opens(folder, kf, unlock):
                raise wrong from None
        raise VaultDamaged(Path(folder) / KEY_NAME, translate(
            "vault", "the key file was changed (it differs from its backup copy, and the copy opens with what "
                     "you typed); copy backups/keyfile.json over vault.key and unlock again"))

    @staticmethod
    def _copy_opens(folder: Path, kf: KeyFile, unlock) -> bool:
        """Whether ``backups/keyfile.json`` differs from ``kf`` and opens with ``unlock``."""
        copy_path = Path(folder) / BACKUPS / backups.KEYFILE_COPY
        try:
            copy = KeyFile.from_bytes(copy_path.read_bytes(), copy_path)
            if copy.slots == kf.slots and copy.header() == kf.header():
                return False  # the same file: the passphrase is what is wrong
            unlock(copy)
            return True
        except (OSError, WorkbenchError):
            return False  # no copy, a damaged copy, or it refuses too: a wrong passphrase as far as can be told

    @staticmethod
    def _load_keyfile(folder: Path) -> KeyFile:
        folder = Path(folder)
        if not (folder / KEY_NAME).exists():
            if (folder / DB_NAME).exists():
                return KeyFile.load(folder / KEY_NAME)  # raises VaultDamaged: key file missing
            raise VaultNotFound(translate("vault", "There is no vault in {folder}. Create one with 'workbench vault "
                                                   "init'.").format(folder=folder))
        return KeyFile.load(folder / KEY_NAME)

    @classmethod
    def _opened(cls, folder, kf, data_key, store, auto_backup) -> "Vault":
        folder = Path(folder)
        if not (folder / DB_NAME).exists():
            raise VaultDamaged(folder / DB_NAME, translate("vault", "the database file is missing; restore it with "
                                                                   "'workbench vault restore'"))
        vault = cls(folder, kf, data_key, store)
        _tighten_permissions(folder)
        try:
            with vault.engine.connect() as conn:
                conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
            vault._migrate()
            if auto_backup:
                vault.maybe_auto_backup()
        except BaseException:
            vault.close()
            raise
        return vault

    def _migrate(self) -> None:
        current, head = migrations.current_revision(self.engine), migrations.head_revision()
        if current == head:
            return
        known = migrations.known_revisions()
        if current is not None and current not in known:
            raise WorkbenchError(translate("vault", "This vault was written by a newer version of Pro Bono Workbench "
                                                    "(schema {schema}); update the app to open it. Nothing was "
                                                    "changed.").format(schema=current))
        has_tables = bool(sa_inspect(self.engine).get_table_names())
        if has_tables:
            self.backup(f"pre-migration-{current or 'none'}")
        migrations.upgrade(self.db_path, self._key())

    def close(self) -> None:
        """Lock: close every connection and forget the key."""
        if self.engine is not None:
            self.engine.dispose()
        self.engine = None
        self._data_key = None
        self.attachments = None  # type: ignore[assignment]

    def __enter__(self) -> "Vault":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        return self.engine is not None

    def _key(self) -> bytes:
        if self._data_key is None:
            raise VaultLocked()
        return self._data_key

    # -- sessions ---------------------------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short unit of work: commits on success, rolls back on error, audits every change."""
        if self.engine is None:
            raise VaultLocked()
        with self._sessions() as s:
            s.info["actor"] = self.actor
            with s.begin():
                yield s

    # -- keys -------------------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str, *, calibrate: bool = True,
                          store: SecretStore | None | str = "keep") -> None:
        """Rewrap the data key under a new passphrase; the database is not re-encrypted."""
        if len(new_passphrase) < 8:
            raise WorkbenchError(translate("vault", "The new passphrase is too short: use at least 8 characters."))
        if store == "keep":
            store = self._store if self.keyfile.device_secret == "keyring" else None
        elif store == "auto":
            store = os_keyring_store()
        new = self.keyfile.rewrap(self._key(), new_passphrase, store, calibrate=calibrate)
        new.save(self.key_path)
        backups.save_keyfile_copy(self.backup_dir, new.to_bytes())
        self.keyfile, self._store = new, store
        with self.session() as s:
            audit.record(s, "change_passphrase", "vault")

    # -- backups ----------------------------------------------------------------------------
    def backup(self, reason: str = "manual") -> backups.BackupInfo:
        """An encrypted copy of the database; the key-file copy beside the backups is refreshed too."""
        if self.engine is None:
            raise VaultLocked()
        info = backups.create_backup(self.engine, self._key(), self.backup_dir, reason, self.backup_keep)
        backups.save_keyfile_copy(self.backup_dir, self.keyfile.to_bytes())
        return info

    @property
    def backup_keep(self) -> int:
        try:
            return int(self.get_meta("backup_keep") or backups.DEFAULT_KEEP)
        except Exception:
            return backups.DEFAULT_KEEP

    def maybe_auto_backup(self) -> backups.BackupInfo | None:
        existing = backups.list_backups(self.backup_dir)
        if existing and datetime.now(timezone.utc) - existing[-1].created < AUTO_BACKUP_EVERY:
            return None
        return self.backup("auto")

    def restore(self, name: str | None = None) -> backups.BackupInfo:
        """Swap in a backup (the newest by default) after saving the current database."""
        chosen = backups.find_backup(self.backup_dir, name)
        key = self._key()
        backups.check_backup(chosen, key)  # before anything is written: a refused backup leaves no copy behind
        self.engine.dispose()
        backups.save_before_restore(self.db_path, key, self.backup_dir)
        backups.restore_database(self.db_path, chosen, key)
        self.engine = engine_for(self.db_path, key)
        self._sessions = self._sessionmaker()
        self._migrate()
        with self.session() as s:
            audit.record(s, "restore", "vault", detail=chosen.name)
        return chosen

    # -- metadata ---------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        with self.session() as s:
            row = s.get(VaultMeta, key)
            return row.value if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.session() as s:
            s.merge(VaultMeta(key=key, value=value))
            audit.record(s, "set_setting", "vault", detail=key)

    # -- checks -----------------------------------------------------------------------------
    def check(self) -> CheckReport:
        """Verify every page (cipher_integrity_check), every attachment chunk and the audit chain."""
        report = CheckReport()
        for problem in backups.verify_database(self.db_path, self._key()):
            report.problems.append((str(self.db_path), problem))
        report.checked["database"] = 1
        if report.problems:
            return report  # reading further would only repeat the damage
        with self.session() as s:
            docs = s.execute(select(Document.blob_id, Document.sha256).where(Document.blob_id.is_not(None))).all()
            for p in audit.verify_chain(s):
                report.problems.append((str(self.db_path), p))
            report.checked["audit_entries"] = s.execute(text("SELECT count(*) FROM audit_log")).scalar_one()
        referenced = set()
        for blob_id, sha in docs:
            referenced.add(blob_id)
            try:
                self.attachments.verify(blob_id, sha)
            except VaultDamaged as exc:
                report.problems.append((str(exc.path), exc.detail))
        report.checked["attachments"] = len(referenced)
        for orphan in sorted(set(self.attachments.blob_ids()) - referenced):
            report.checked.setdefault("unreferenced_attachments", 0)
            report.checked["unreferenced_attachments"] += 1
        self._check_backups(report)
        return report

    def _check_backups(self, report: CheckReport) -> None:
        """Every backup read-only, page by page, under the data key; and the key-file copy beside them
        (it must be the current key file: it is what repairs a damaged ``vault.key``)."""
        checked = 0
        for b in backups.list_backups(self.backup_dir):
            if b.reason == backups.DAMAGED:  # a raw copy kept because it was damaged: not a backup to trust
                report.checked["damaged_copies_kept"] = report.checked.get("damaged_copies_kept", 0) + 1
                continue
            problems = backups.verify_backup(b.path, self._key())
            if problems:
                report.problems.append((str(b.path), "; ".join(problems[:3])))
            checked += 1
        report.checked["backups"] = checked
        copy = self.backup_dir / backups.KEYFILE_COPY
        try:
            raw = copy.read_bytes()
        except FileNotFoundError:
            report.problems.append((str(copy), translate("vault", "the key-file copy is missing; 'workbench vault "
                                                                  "backup' writes it again")))
            return
        try:
            KeyFile.from_bytes(raw, copy)
        except VaultDamaged:
            report.problems.append((str(copy), translate("vault", "the key-file copy is damaged; 'workbench vault "
                                                                  "backup' writes it again")))
            return
        if raw != self.keyfile.to_bytes():
            report.problems.append((str(copy), translate("vault", "the key-file copy differs from vault.key, so it "
                                                                  "would not repair it; 'workbench vault backup' "
                                                                  "writes it again")))

    @staticmethod
    def status(folder: Path) -> VaultStatus:
        """What can be told without the passphrase."""
        folder = Path(folder)
        kf = Vault._load_keyfile(folder)
        db = folder / DB_NAME
        att = folder / ATTACHMENTS
        return VaultStatus(
            folder=folder, vault_id=kf.vault_id, created_at=kf.created_at, device_secret=kf.device_secret,
            kdf=kf.params.as_dict(), database_bytes=db.stat().st_size if db.exists() else 0,
            attachments=len(list(att.glob("*.wbat"))) if att.is_dir() else 0,
            backups=[b.name for b in backups.list_backups(folder / BACKUPS)],
        )


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


def _private_file(path: Path) -> None:
    """Create ``path`` empty with owner-only permissions (SQLite keeps them for -wal/-shm too)."""
    import os

    fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    os.close(fd)
    if os.name != "nt":
        os.chmod(path, 0o600)


def _tighten_permissions(folder: Path) -> None:
    """Owner-only access for a vault copied in with looser modes (a restored copy, a USB stick)."""
    import os

    if os.name == "nt":
        return
    for path in [folder, *folder.rglob("*")]:
        want = 0o700 if path.is_dir() else 0o600
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            os.chmod(path, mode & want)


def _user_name() -> str:
    """The OS account name for the audit log (getpass raises where no user database exists)."""
    try:
        return getpass.getuser()
    except Exception:
        return "local user"
