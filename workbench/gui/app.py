"""The desktop application: QApplication, the vault life cycle, and which window is showing.

``AppController`` is the small state machine the windows hang on::

    no vault  -> CreateVaultDialog -> RecoveryKeyDialog -> OrganizationStep -> AttorneyDialog -> MainWindow
                 (the guided first run: location and passphrase, recovery key, hub or bundle-only,
                  the attorney's profile; the last two can be skipped and changed later)
    vault     -> UnlockDialog ----------------------------> MainWindow
    MainWindow --Lock (Ctrl+L)--> clear widgets, close the vault -> UnlockDialog
    CreateVaultDialog --"Explore the demo first"--> (the dialog says "Opening…") -> demo MainWindow

The controller, not Qt, decides when the app ends: ``main`` turns off Qt's "quit when the last
window closes", and the controller quits when the user cancels a dialog with no main window
behind it or closes the main window. Qt's rule cannot tell "the user closed everything" from "one
window closed and the next is still being prepared on the worker" (the demo vault is created in
the background): relying on it once quit the app, exit code 0 and nothing on screen, right after
"Explore the demo first". Every hand-off still shows the next window before the previous one
closes, so the user is never left looking at nothing.

``demo=True`` runs the same machine on a separate vault of fictional clients whose passphrase
is public (``demo.DEMO_PASSPHRASE``): it opens without asking, so a new user can explore.

It owns the ``TaskManager`` (the database worker that holds the open vault), the unlock
throttle (so a lock/unlock cycle keeps the failure count) and the ``IdleWatcher`` that locks
after the vault's "auto-lock after N minutes" setting (read from the vault after each unlock). Options that tests need (no OS
keyring, no KDF calibration, short delays) are constructor arguments, not globals.
"""

from __future__ import annotations

import importlib
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ..core.i18n import translate
from ..core.operations.vaults import (DB_NAME, KEY_NAME, SecretStore, default_vault_path, demo_passphrase,
                                      open_demo_vault, os_keyring_store, remember_vault_path,
                                      remembered_vault_path)
from . import first_window, i18n
from .access_notice import tell_access
from .create_vault_dialog import CreateVaultDialog, RecoveryKeyDialog
from .resources import app_icon, apply_style
from .session_guard import IdleWatcher
from .tasks import OpenVaultOp, QueryOp, TaskManager, error_text, show_error
from .unlock_dialog import UnlockDialog, UnlockThrottle

if TYPE_CHECKING:
    from ..core.operations import Settings
    from ..core.operations.vaults import Vault
    from .attorney_dialog import AttorneyDialog
    from .first_run import OrganizationStep
    from .main_window import MainWindow

APP_NAME = "Pro Bono Workbench"

# Not needed for the first window (the unlock or first-run dialog), so imported only after it is up
# (``_load_in_background``) or when first used: the app shows its first dialog sooner (`make bench`).
LATER = ("workbench.gui.main_window", "workbench.gui.attorney_dialog", "workbench.gui.first_run",
         "workbench.core.operations.detail", "workbench.core.operations.forms", "workbench.core.interchange.demo")


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
        # Vault.access_warning: shown over the main window when it next appears, once per app run
        # (unlocking again after an auto-lock does not repeat it)
        self._access_pending: str | None = None
        self._access_told: set[str] = set()
        self.access_box: QMessageBox | None = None
        self.tasks.access_warning.connect(self._vault_access)

    # -- what the worker runs ------------------------------------------------------------------
    def _opener(self, secret: str, recovery: bool) -> Callable[[], Vault]:
        from ..core.operations.vaults import Vault  # loads the store: not needed for the first window

        path, store, backup = self.vault_path, self._store, self._auto_backup
        if recovery:
            return lambda: Vault.open_with_recovery(path, secret, auto_backup=backup)
        return lambda: Vault.open(path, secret, store=store, auto_backup=backup)

    def _creator(self, passphrase: str, folder: Path, use_keyring: bool = True) -> Callable[[], tuple[Vault, str]]:
        store, calibrate = (self._store if use_keyring else None), self._calibrate

        def create() -> tuple[Vault, str]:
            from ..core.operations.vaults import Vault

            created = Vault.create(folder, passphrase, store=store, calibrate=calibrate)
            if Path(folder) != default_vault_path():  # so the next start (and the CLI) find it
                remember_vault_path(folder)
            return created
        self.vault_path = Path(folder)
        return create

    def _open_demo(self) -> Vault:
        """Open the demo vault, creating and filling it on first use (no keyring: nothing to protect)."""
        _loaded()
        return open_demo_vault(self.vault_path)

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
        note = None
        if self.demo:
            _loaded()
            note = translate("AppController", "This is the demo vault; its passphrase is “{passphrase}”.") \
                .format(passphrase=demo_passphrase())
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

    def switch_to_demo(self, dialog: CreateVaultDialog | None = None) -> None:
        """First run, "Explore the demo first": the same app on the separate demo vault. The user's
        own vault is not created; the next start without ``--demo`` offers to create it again.

        ``dialog`` (the first-run dialog) stays on screen, saying the demo is opening, until the
        demo's main window is up; if the demo cannot open, it says why and stays usable."""
        own_folder = self.vault_path
        self.demo = True
        self.vault_path = own_folder.with_name("demo-vault")  # beside the real one (the --demo default)
        if dialog is None:
            self.start()
            return
        controls = (dialog.buttons, dialog.passphrase, dialog.confirm, dialog.change_location)
        for control in controls:
            control.setEnabled(False)
        dialog.message.show_message(translate("AppController", "Opening the demo vault…"), "info")

        def opened(_extra: object) -> None:
            self.show_main()
            if shiboken6.isValid(dialog):
                dialog.rejected.disconnect(self._dialog_rejected)
                dialog.reject()

        def failed(exc: Exception) -> None:
            self.demo, self.vault_path = False, own_folder
            if shiboken6.isValid(dialog):
                for control in controls:
                    control.setEnabled(True)
                dialog.message.show_message(error_text(exc))

        OpenVaultOp(self.tasks, None, self._open_demo).success(opened).failure(failed).run_in_background()

    def _show_recovery_key(self, recovery_key: str) -> None:
        dialog = RecoveryKeyDialog(recovery_key)
        dialog.accepted.connect(self.show_organization_step)
        self._present(dialog)

    # -- guided first run, after the vault exists (steps 3 and 4; see first_run.py) ------------------
    def show_organization_step(self) -> OrganizationStep:
        """Hub, bundle-only or later. Closing it is "later", never quitting: the vault exists now."""
        _loaded()
        from .first_run import OrganizationStep

        dialog = OrganizationStep(self.tasks)
        dialog.finished.connect(lambda _result: self.show_attorney_step())
        return self._present(dialog, cancel_quits=False)

    def show_attorney_step(self) -> AttorneyDialog:
        _loaded()
        from .attorney_dialog import AttorneyDialog

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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Watches the main window's close: whether it really closed is known only after its
        ``closeEvent`` ran (an unsaved matter can keep it open), so the check is queued."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            QTimer.singleShot(0, self._main_window_closed)
        return False

    def _main_window_closed(self) -> None:
        """Closing the main window (Quit, Ctrl+Q, the title bar's close button) ends the app; hiding
        it to lock does not (that sends no close event)."""
        if self.window is not None and shiboken6.isValid(self.window) and not self.window.isVisible():
            self._quit()

    def show_main(self) -> MainWindow:
        _loaded()
        from ..core.operations import Settings, load_settings
        from .main_window import MainWindow

        if self.window is None:
            self.window = MainWindow(self.tasks)
            if self.demo:
                self.window.app_title = translate("AppController", "Pro Bono Workbench (demo vault)")
            self.window.lock_requested.connect(self.lock)
            self.window.installEventFilter(self)
            self.window.settings_saved.connect(self._apply_settings)
        self.window.activate()
        self.dialog = None
        if self._access_pending:
            self._access_told.add(self._access_pending)
            self.access_box = tell_access(self.window, self._access_pending)
            self._access_pending = None
        self._apply_settings(Settings())  # the defaults until the vault's own settings arrive
        QueryOp(self.tasks, self.window, load_settings).success(self._apply_settings).run_in_background()
        return self.window

    def _vault_access(self, warning: str) -> None:
        """The vault just unlocked (or created) is in a folder other accounts may read: say so
        when the main window appears, unless it was said already in this run."""
        self._access_pending = None if warning in self._access_told else warning

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


_loading: threading.Thread | None = None


def _load_in_background() -> None:
    """Import ``LATER`` on a thread of its own while the user reads the first dialog. An import that
    fails here fails again, on the GUI thread, where it is needed, and is reported there."""
    global _loading

    def load() -> None:
        for name in LATER:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - see the docstring
                return
    _loading = threading.Thread(target=load, name="workbench-preload", daemon=True)
    _loading.start()


def _loaded() -> None:
    """Wait for ``_load_in_background`` before importing any of ``LATER`` here: two threads importing
    the same modules at once can deadlock where those modules import each other."""
    if _loading is not None and _loading is not threading.current_thread():
        _loading.join()


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
    app.setQuitOnLastWindowClosed(False)  # the controller decides when the app ends (see the module's notes)
    first_window.report_if_asked(app)  # only with WORKBENCH_FIRST_WINDOW_FILE set (`make bench`)
    first_window.after_first_frame(app, _load_in_background)
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
