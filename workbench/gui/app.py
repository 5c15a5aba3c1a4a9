"""The desktop application: QApplication, the vault life cycle, and which window is showing.

``AppController`` is the small state machine the windows hang on::

    no vault  -> CreateVaultDialog -> RecoveryKeyDialog -> OrganizationStep -> AttorneyDialog -> MainWindow
                 (the guided first run: location and passphrase, recovery key, hub or bundle-only,
                  the attorney's profile; the last two can be skipped and changed later)
    vault     -> UnlockDialog ----------------------------> MainWindow
    MainWindow --Lock (Ctrl+L)--> clear widgets, close the vault -> UnlockDialog

``demo=True`` runs the same machine on a separate vault of fictional clients whose passphrase
is public (``demo.DEMO_PASSPHRASE``): it opens without asking, so a new user can explore.

It owns the ``TaskManager`` (the database worker that holds the open vault), the unlock
throttle (so a lock/unlock cycle keeps the failure count) and the ``IdleWatcher`` that locks
after the vault's "auto-lock after N minutes" setting (read from the vault after each unlock). Options that tests need (no OS
keyring, no KDF calibration, short delays) are constructor arguments, not globals.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, Sequence

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog

from ..core.demo import DEMO_PASSPHRASE, add_demo_matters
from ..core.device_secret import SecretStore, os_keyring_store
from ..core.i18n import translate
from ..core.operations import Settings, load_settings
from ..core.preferences import remember_vault_path, remembered_vault_path
from ..core.vault import DB_NAME, KEY_NAME, Vault, default_vault_path
from . import i18n
from .attorney_dialog import AttorneyDialog
from .create_vault_dialog import CreateVaultDialog, RecoveryKeyDialog
from .first_run import OrganizationStep
from .main_window import MainWindow
from .resources import app_icon, apply_style
from .session_guard import IdleWatcher
from .tasks import OpenVaultOp, QueryOp, TaskManager, show_error
from .unlock_dialog import UnlockDialog, UnlockThrottle

APP_NAME = "Pro Bono Workbench"


class AppController(QObject):
    def __init__(self, vault_path: Path, *, store: SecretStore | None | str = "auto", calibrate: bool = True,
                 auto_backup: bool = True, backoff_scale: float = 1.0, demo: bool = False,
                 quit_app: Callable[[], None] | None = None, auto_lock_ms: int | None = None,
                 parent: QObject | None = None) -> None:
        """``auto_lock_ms`` overrides the vault's auto-lock setting (tests use a short one)."""
        super().__init__(parent)
        self.vault_path = Path(vault_path)
        self.demo = demo
        self._store, self._calibrate, self._auto_backup = store, calibrate, auto_backup
        self._quit = quit_app or QApplication.quit
        self.tasks = TaskManager(self)
        self.throttle = UnlockThrottle(backoff_scale)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self._auto_lock_ms = auto_lock_ms
        self.window: MainWindow | None = None
        self.dialog: QDialog | None = None  # the dialog currently in front (unlock, create, recovery key)

    # -- what the worker runs ------------------------------------------------------------------
    def _opener(self, secret: str, recovery: bool) -> Callable[[], Vault]:
        path, store, backup = self.vault_path, self._store, self._auto_backup
        if recovery:
            return lambda: Vault.open_with_recovery(path, secret, auto_backup=backup)
        return lambda: Vault.open(path, secret, store=store, auto_backup=backup)

    def _creator(self, passphrase: str, folder: Path) -> Callable[[], tuple[Vault, str]]:
        store, calibrate = self._store, self._calibrate

        def create() -> tuple[Vault, str]:
            created = Vault.create(folder, passphrase, store=store, calibrate=calibrate)
            if Path(folder) != default_vault_path():  # so the next start (and the CLI) find it
                remember_vault_path(folder)
            return created
        self.vault_path = Path(folder)
        return create

    def _open_demo(self) -> Vault:
        """Open the demo vault, creating and filling it on first use (no keyring: nothing to protect)."""
        if self.vault_exists():
            return Vault.open(self.vault_path, DEMO_PASSPHRASE, store=None, auto_backup=False)
        vault, _recovery = Vault.create(self.vault_path, DEMO_PASSPHRASE, store=None, calibrate=False)
        add_demo_matters(vault)
        return vault

    def _keyring_available(self) -> bool:
        return (os_keyring_store() if self._store == "auto" else self._store) is not None

    # -- states ----------------------------------------------------------------------------------
    def vault_exists(self) -> bool:
        return (self.vault_path / KEY_NAME).exists() or (self.vault_path / DB_NAME).exists()

    def start(self) -> None:
        if self.demo:
            OpenVaultOp(self.tasks, None, self._open_demo).success(lambda _: self.show_main()) \
                .failure(self._demo_failed).run_in_background()
        elif self.vault_exists():
            self.show_unlock()
        else:
            self.show_create()

    def _demo_failed(self, exc: Exception) -> None:
        show_error(None, exc)
        self._quit()

    def show_unlock(self) -> UnlockDialog:
        note = translate("AppController", "This is the demo vault; its passphrase is “{passphrase}”.") \
            .format(passphrase=DEMO_PASSPHRASE) if self.demo else None
        self.throttle.bind(self.vault_path)  # the count survives restarts (and is shared with the CLI)
        dialog = UnlockDialog(self.tasks, self.vault_path, self._opener, self.throttle, note=note)
        dialog.unlocked.connect(self.show_main)
        return self._present(dialog)

    def show_create(self) -> CreateVaultDialog:
        dialog = CreateVaultDialog(self.tasks, self.vault_path, self._creator)
        dialog.created.connect(self._show_recovery_key)
        dialog.demo_requested.connect(lambda: self.switch_to_demo(dialog))

        def keyring_known(future) -> None:
            if shiboken6.isValid(dialog) and future.exception() is None:
                dialog.set_keyring_available(future.result())
        self.tasks.run(self._keyring_available, keyring_known)  # probing a keyring can take a while
        return self._present(dialog)

    def switch_to_demo(self, dialog: QDialog | None = None) -> None:
        """First run, "Explore the demo first": the same app on the separate demo vault. The user's
        own vault is not created; the next start without ``--demo`` offers to create it again."""
        self.demo = True
        self.vault_path = self.vault_path.with_name("demo-vault")  # beside the real one (the --demo default)
        if dialog is not None:
            dialog.rejected.disconnect(self._dialog_rejected)
            dialog.reject()
        self.start()

    def _show_recovery_key(self, recovery_key: str) -> None:
        dialog = RecoveryKeyDialog(recovery_key)
        dialog.accepted.connect(self.show_organization_step)
        self._present(dialog)

    # -- guided first run, after the vault exists (steps 3 and 4; see first_run.py) ------------------
    def show_organization_step(self) -> OrganizationStep:
        """Hub, bundle-only or later. Closing it is "later", never quitting: the vault exists now."""
        dialog = OrganizationStep(self.tasks)
        dialog.finished.connect(lambda _result: self.show_attorney_step())
        return self._present(dialog, cancel_quits=False)

    def show_attorney_step(self) -> AttorneyDialog:
        dialog = AttorneyDialog(self.tasks, first_run=True)
        dialog.finished.connect(lambda _result: self.show_main())
        return self._present(dialog, cancel_quits=False)

    def _present(self, dialog: QDialog, *, cancel_quits: bool = True) -> QDialog:
        """Show ``dialog`` in front; cancelling it while no main window is up quits the app (unless
        ``cancel_quits`` is False: a skippable first-run step)."""
        if cancel_quits:
            dialog.rejected.connect(self._dialog_rejected)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _dialog_rejected(self) -> None:
        if self.window is None or not self.window.isVisible():
            self._quit()

    def show_main(self) -> MainWindow:
        if self.window is None:
            self.window = MainWindow(self.tasks)
            if self.demo:
                self.window.app_title = translate("AppController", "Pro Bono Workbench (demo vault)")
            self.window.lock_requested.connect(self.lock)
            self.window.settings_saved.connect(self._apply_settings)
        self.window.activate()
        self.dialog = None
        self._apply_settings(Settings())  # the defaults until the vault's own settings arrive
        QueryOp(self.tasks, self.window, load_settings).success(self._apply_settings).run_in_background()
        return self.window

    def _apply_settings(self, settings: Settings) -> None:
        if self.window is None or not self.window.isVisible():
            return
        self.window.apply_settings(settings)
        self.idle.start(self._auto_lock_ms or settings.auto_lock_minutes * 60_000)

    def lock(self) -> None:
        """Clear every widget, close the vault (after queued work), and ask for the passphrase."""
        if self.window is None or not self.window.isVisible():
            return
        self.idle.stop()
        self.window.clear_client_data()
        self.tasks.lock()
        self.show_unlock()  # shown before the window hides, so the app never has zero windows
        self.window.hide()

    def shutdown(self) -> None:
        """Close the vault and stop the worker (at exit)."""
        self.idle.stop()
        if self.window is not None:
            self.window.clear_client_data()
        self.tasks.shutdown()


def demo_vault_path() -> Path:
    return default_vault_path().with_name("demo-vault")


def _install_excepthook() -> None:
    """An exception no operation caught (a bug in a slot) becomes one sentence in a message box and one
    line on stderr naming its type: never a traceback, whose text may hold client data
    (``WORKBENCH_DEBUG=1`` shows it for a bug report)."""
    import os

    def hook(kind, exc, tb) -> None:
        if os.environ.get("WORKBENCH_DEBUG"):
            sys.__excepthook__(kind, exc, tb)
        else:
            print(f"error: something went wrong that Pro Bono Workbench did not expect ({kind.__name__})",
                  file=sys.stderr)
        try:
            from PySide6.QtWidgets import QMessageBox

            from .tasks import error_text

            QMessageBox.warning(None, APP_NAME, error_text(exc))
        except Exception:  # noqa: BLE001 - no window can be shown: the stderr line stands
            pass

    sys.excepthook = hook


def main(argv: Sequence[str] | None = None, vault_path: Path | str | None = None, *, demo: bool = False) -> int:
    """Run the desktop app on ``vault_path`` (default: the per-user data folder); returns the exit code.

    ``demo=True`` opens the demo vault of fictional clients instead (at ``vault_path`` if given).
    """
    argv = list(sys.argv if argv is None else argv)
    _install_excepthook()
    app = QApplication.instance() or QApplication(argv)
    i18n.install(app)  # before any window: the OS language, or the one chosen in Settings
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("ProBonoWorkbench")
    app.setWindowIcon(app_icon())
    apply_style(app)
    default = demo_vault_path() if demo else remembered_vault_path() or default_vault_path()
    controller = AppController(Path(vault_path) if vault_path else default, demo=demo)
    controller.start()
    try:
        return app.exec()
    finally:
        controller.shutdown()
