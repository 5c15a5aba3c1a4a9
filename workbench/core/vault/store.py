"""The vault: one folder holding the encrypted database, the key file, encrypted attachments
and encrypted backups — and nothing else.

::

    <vault>/vault.key          key file (see keyfile.py)
    <vault>/vault.db           SQLCipher 4 database (+ -wal/-shm while open; pages encrypted)
    <vault>/attachments/*.wbat AES-256-GCM chunked files named by random id
    <vault>/backups/*.wbdb     encrypted database copies, and keyfile.json
    <vault>/vault.lock         held open while a program has the vault open (see lock.py)

Kept outside the folder, in the app's state folder: the count of consecutive wrong passphrases
for each vault (``UnlockFailures``), so the growing delay survives a restart of the app or of
the command while a wrong passphrase still changes no byte of the vault.

Opening order matters for "bad input loses nothing": the key file is read and the data key
unwrapped *before* the database is touched, so a wrong passphrase changes no byte; with a key
that unwrapped, any database read failure can only be damage, and is reported naming the file.
The single-program lock (``lock.py``) is taken only after the key unwrapped, for the same
reason: a wrong passphrase creates no file. The folder is limited to its owner (mode or, on
Windows, an ACL: ``owner_only``); where that cannot be done, ``access_warning`` says so.
"""

from __future__ import annotations

import getpass
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, inspect as sa_inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

from . import audit, backups, lock
from ..deadlines import store as deadline_store
from . import migrations
from ..sync import outbox
from .attachments import AttachmentStore
from .db import engine_for
from .device_secret import CHANGING, CREATING, UNAVAILABLE, KeyringProblem, SecretStore, os_keyring_store
from ..errors import (DeviceSecretMissing, VaultDamaged, VaultExists, VaultLocked, VaultNotFound, WorkbenchError, WrongPassphrase,
                     WrongRecoveryKey)
from ..i18n import translate
from ..ids import new_id
from .keyfile import KeyFile
from .layout import (ATTACHMENTS, AUTO_BACKUP_EVERY, BACKUPS, DB_NAME, FREE_ATTEMPTS, KEY_NAME,  # noqa: F401
                     MAX_DELAY, UnlockFailures, backoff_seconds, default_vault_path)
from ..model import Document, VaultMeta
from ..owner_only import private_mode, restrict

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
        self.access_warning: str | None = None  # set when the folder could not be limited to its owner

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
        if folder.exists() and any(p.name != lock.LOCK_NAME for p in folder.iterdir()):
            raise VaultExists(translate("vault", "{folder} is not empty: choose an empty or new folder for the "
                                                 "vault.").format(folder=folder))
        if len(passphrase) < 8:
            raise WorkbenchError(translate("vault", "The passphrase is too short: use at least 8 characters (a few "
                                                    "words is best)."))
        store = os_keyring_store() if store == "auto" else store
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        warning = restrict(folder)
        lock.acquire(folder)
        try:
            vault_id = new_id()
            try:
                kf, data_key, recovery = KeyFile.create(vault_id, passphrase, store, calibrate=calibrate)
            except KeyringProblem as problem:
                raise problem.said_for(CREATING) from problem.__cause__
            vault = cls(folder, kf, data_key, store)
        except BaseException:
            lock.release(folder)
            raise
        vault.access_warning = warning
        _private_file(vault.db_path)  # before the schema or any data is written
        migrations.upgrade(vault.db_path, data_key)
        kf.save(vault.key_path)  # written last: a half-created folder has no key file and is not a vault
        backups.save_keyfile_copy(vault.backup_dir, kf.to_bytes())
        return vault, recovery

    @classmethod
    def open(cls, folder: Path, passphrase: str, *, store: SecretStore | None | str = "auto",
             auto_backup: bool = True) -> "Vault":
        kf = cls._load_keyfile(folder)
        auto, store = store == "auto", ((os_keyring_store() if kf.device_secret == "keyring" else None)
                                        if store == "auto" else store)
        if auto and store is None and kf.device_secret == "keyring":
            raise KeyringProblem(UNAVAILABLE)  # the secret is there, the keyring is not (no D-Bus, no session)
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
        lock.acquire(folder)  # before the database is touched; raises VaultInUse naming the holder
        try:
            vault = cls(folder, kf, data_key, store)
        except BaseException:
            lock.release(folder)
            raise
        vault.access_warning = _tighten_permissions(folder)
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
            lock.release(self.folder)
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
        try:
            new = self.keyfile.rewrap(self._key(), new_passphrase, store, calibrate=calibrate)
        except KeyringProblem as problem:
            raise problem.said_for(CHANGING) from problem.__cause__
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


def _private_file(path: Path) -> None:
    """Create ``path`` empty with owner-only permissions (SQLite keeps them for -wal/-shm too)."""
    import os

    fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    os.close(fd)
    private_mode(path)


def _tighten_permissions(folder: Path) -> str | None:
    """Owner-only access for a vault copied in with looser modes (a restored copy, a USB stick);
    on Windows one ACL on the folder, inherited by everything in it. A warning when it cannot be."""
    import os

    if os.name == "nt":
        return restrict(folder)
    for path in [folder, *folder.rglob("*")]:
        want = 0o700 if path.is_dir() else 0o600
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            try:
                os.chmod(path, mode & want)
            except OSError:
                pass
    return restrict(folder)


def _user_name() -> str:
    """The OS account name for the audit log (getpass raises where no user database exists)."""
    try:
        return getpass.getuser()
    except Exception:
        return "local user"
