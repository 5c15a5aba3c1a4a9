"""One database worker thread, and operations that run on it (DESIGN "Shape" rules 2 and 3).

Why one thread: SQLCipher connections and the unlocked ``Vault`` are then touched by exactly
one thread, work is serialized (a lock queued after a save runs after the save), and the GUI
thread never waits on Argon2id (~0.3-1 s), the disk or a query.

Why signals: a worker must never call a widget. Each finished job is wrapped in a closure and
emitted through a queued signal, so callbacks run on the GUI thread (Anki ``taskman.py``,
Electrum ``TaskThread``). A callback whose parent widget has been deleted is dropped.

Operations follow Anki's ``aqt.operations``::

    VaultOp(tasks, self, lambda v: add_client_with_matter(v, ...)) \\
        .success(on_added).failure(on_error).run_in_background()

``VaultOp`` writes and returns a ``ChangeSet``, which is also broadcast on ``tasks.changed``
so every view can refresh what it shows; ``QueryOp`` reads; ``OpenVaultOp`` unlocks or creates
the vault on the worker and keeps it there. Widgets never receive the ``Vault`` itself.

Network work (a sync round, enrolling, answering a conflict) never runs on the database worker,
or a slow hub would hold up every save (DESIGN, second review). ``NetworkOp`` runs it on the
network worker; the operation gets a ``WorkerVault`` and does each vault read or write as a
short step through it, which ``WorkerVault`` queues on the database worker like any other job.
The network worker is a daemon thread: quitting never waits for a hub that does not answer.
"""

from __future__ import annotations

import logging
import queue
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import TYPE_CHECKING, Any, Callable, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

import os

from ..core.errors import VaultLocked, WorkbenchError
from ..core.i18n import translate
from ..core.operations.changes import ChangeSet

if TYPE_CHECKING:
    from ..core.operations.vaults import Vault

T = TypeVar("T")
log = logging.getLogger(__name__)


def _details(exc: BaseException | None) -> BaseException | None:
    """The traceback to log: only with WORKBENCH_DEBUG=1, since an exception's text and its
    frames can hold client data (a name in a validation error, a value in a statement)."""
    return exc if os.environ.get("WORKBENCH_DEBUG") else None


class TaskManager(QObject):
    """Owns the database worker and the unlocked vault, which lives only on that worker."""

    changed = Signal(object, object)  # ChangeSet, the widget that started the operation (or None)
    vault_state = Signal(bool)  # True after a vault was attached, False after it was closed
    access_warning = Signal(str)  # the vault just attached is in a folder other accounts may read: why
    busy_changed = Signal(bool)  # True when work starts while none was pending, False when all is done
    _deliver = Signal(object)  # a closure to call on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="workbench-db")
        # PDF rendering and other CPU work: never queued behind (or in front of) database work.
        self._cpu = ThreadPoolExecutor(max_workers=2, thread_name_prefix="workbench-cpu")
        self._network = _DaemonWorker("workbench-network")  # talking to the hub (see the module doc)
        self._vault: Vault | None = None  # read and written on the worker thread only
        self._attached_warning: str | None = None  # the last attached vault's access_warning
        self._pending = 0
        self._stopped = False
        self._deliver.connect(self._run_closure, Qt.ConnectionType.QueuedConnection)

    # -- low level --------------------------------------------------------------------------
    @property
    def pending(self) -> int:
        """Jobs submitted whose callbacks have not run yet (tests wait for 0)."""
        return self._pending

    def run(self, work: Callable[[], T], done: Callable[[Future[T]], None] | None = None) -> None:
        """Run ``work`` on the worker; then ``done(future)`` on the GUI thread."""
        self._submit(self._executor, work, done)

    def run_cpu(self, work: Callable[[], T], done: Callable[[Future[T]], None] | None = None) -> None:
        """Run ``work`` (no vault access: e.g. render a PDF page held in memory) on the CPU pool."""
        self._submit(self._cpu, work, done)

    def run_network(self, work: Callable[[], T], done: Callable[[Future[T]], None] | None = None) -> None:
        """Run ``work`` (talking to the hub; the vault only through ``WorkerVault``) on the network worker."""
        self._submit(self._network, work, done)

    def _submit(self, executor: ThreadPoolExecutor, work: Callable[[], T],
                done: Callable[[Future[T]], None] | None) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        if self._stopped:  # after shutdown: fail like a locked vault instead of raising here
            future: Future = Future()
            future.set_exception(VaultLocked())
        else:
            future = executor.submit(work)
        future.add_done_callback(partial(self._post, done))

    def _post(self, done: Callable[[Future], None] | None, future: Future) -> None:
        try:
            self._deliver.emit(partial(self._finish, done, future))
        except RuntimeError:  # the manager was deleted while the job ran: nobody is listening
            pass

    def _finish(self, done: Callable[[Future], None] | None, future: Future) -> None:
        self._pending -= 1
        try:
            if done is not None:
                done(future)
            elif future.exception() is not None:
                log.error("background job failed (%s)", type(future.exception()).__name__, exc_info=_details(future.exception()))
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)

    @staticmethod
    def _run_closure(closure: Callable[[], None]) -> None:
        closure()

    # -- the vault (worker side) -----------------------------------------------------------
    def _with_vault(self, op: Callable[[Vault], T]) -> Callable[[], T]:
        def work() -> T:
            if self._vault is None or not self._vault.is_open:
                raise VaultLocked()
            return op(self._vault)
        return work

    def _attach(self, opener: Callable[[], Vault | tuple[Vault, Any]]) -> Callable[[], Any]:
        def work() -> Any:
            if self._vault is not None:
                self._vault.close()
                self._vault = None
            opened = opener()
            vault, extra = opened if isinstance(opened, tuple) else (opened, None)
            self._vault = vault
            self._attached_warning = getattr(vault, "access_warning", None)  # read on the GUI thread after
            return extra
        return work

    def _detach(self) -> None:
        if self._vault is not None:
            self._vault.close()
        self._vault = None

    def lock(self, done: Callable[[], None] | None = None) -> None:
        """Close the vault after every job already queued; ``vault_state(False)`` follows."""
        def finished(future: Future) -> None:
            if future.exception() is not None:
                log.error("closing the vault failed (%s)", type(future.exception()).__name__, exc_info=_details(future.exception()))
            self.vault_state.emit(False)
            if done is not None:
                done()
        self.run(self._detach, finished)

    def shutdown(self) -> None:
        """Lock and stop the worker, waiting for it (used when the application exits)."""
        if self._stopped:
            return
        self._stopped = True
        self._executor.submit(self._detach)
        self._executor.shutdown(wait=True)
        self._cpu.shutdown(wait=True, cancel_futures=True)
        self._network.shutdown()

    def vault_steps(self) -> "WorkerVault":
        """A runner for a network operation's vault steps (``core.sync.rounds.VaultRunner``)."""
        return WorkerVault(self)

    def vault_for_worker(self) -> Vault:
        """The open vault, for code already running on the worker (e.g. a model's page fetcher)."""
        if self._vault is None or not self._vault.is_open:
            raise VaultLocked()
        return self._vault


class _DaemonWorker:
    """One daemon thread running jobs in order; ``submit`` returns a ``Future`` like an executor's.

    Not a ``ThreadPoolExecutor``: Python joins those threads at exit, so a request waiting on an
    unreachable hub (up to its 30-second timeout) would keep the app from quitting.
    """

    def __init__(self, name: str) -> None:
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while (job := self._jobs.get()) is not None:
            future, work = job
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(work())
                except BaseException as exc:
                    future.set_exception(exc)

    def submit(self, work: Callable[[], T]) -> Future[T]:
        future: Future = Future()
        self._jobs.put((future, work))
        return future

    def shutdown(self) -> None:
        """Stop after the job in hand (the ones queued behind it are dropped); does not wait."""
        try:
            while True:
                job = self._jobs.get_nowait()
                if job is not None:
                    job[0].cancel()
        except queue.Empty:
            pass
        self._jobs.put(None)


class WorkerVault:
    """Runs a network operation's vault steps on the database worker, one job each.

    A step queued after the vault was locked (or after a lock and a new unlock: a different
    vault) fails with ``VaultLocked`` without touching anything, so a round that was waiting
    on the hub when the user locked stops at its next step.
    """

    def __init__(self, tasks: TaskManager) -> None:
        self._tasks = tasks
        self._vault: Vault | None = None  # the vault of the first step; set and read on the worker

    def submit(self, step: Callable[[Vault], T]) -> Future[T]:
        def work() -> T:
            vault = self._tasks._vault
            if vault is None or not vault.is_open or (self._vault is not None and vault is not self._vault):
                raise VaultLocked()
            self._vault = vault
            return step(vault)
        try:
            return self._tasks._executor.submit(work)
        except RuntimeError:  # the app is shutting down: the worker takes no new jobs
            future: Future = Future()
            future.set_exception(VaultLocked())
            return future


class _Op(Generic[T]):
    """Shared plumbing: callbacks are skipped if ``parent`` was deleted meanwhile."""

    def __init__(self, tasks: TaskManager, parent: QWidget | None, work: Callable[[], T]) -> None:
        self._tasks, self._parent, self._work = tasks, parent, work
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[Exception], None] | None = None

    def success(self, callback: Callable[[T], None]) -> "_Op[T]":
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> "_Op[T]":
        self._on_failure = callback
        return self

    def run_in_background(self) -> None:
        self._tasks.run(self._work, self._done)

    def _done(self, future: Future) -> None:
        if self._parent is not None and not shiboken6.isValid(self._parent):
            return
        exc = future.exception()
        if exc is not None:
            if self._on_failure is not None:
                self._on_failure(exc)
            else:
                show_error(self._parent, exc)
            return
        self._succeeded(future.result())

    def _succeeded(self, result: T) -> None:
        if self._on_success is not None:
            self._on_success(result)


class QueryOp(_Op[T]):
    """Read from the vault: ``op(vault) -> plain values``."""

    def __init__(self, tasks: TaskManager, parent: QWidget | None, op: Callable[[Vault], T]) -> None:
        super().__init__(tasks, parent, tasks._with_vault(op))


class VaultOp(_Op[Any]):
    """Change the vault: ``op(vault) -> ChangeSet`` (or a value carrying one as ``.changes``, such
    as a filled form); views hear of the change-set through ``tasks.changed``."""

    def __init__(self, tasks: TaskManager, parent: QWidget | None, op: Callable[[Vault], Any]) -> None:
        super().__init__(tasks, parent, tasks._with_vault(op))

    def _succeeded(self, result: Any) -> None:
        super()._succeeded(result)
        changes = result if isinstance(result, ChangeSet) else getattr(result, "changes", None)
        if changes is not None:
            self._tasks.changed.emit(changes, self._parent)


class NetworkOp(VaultOp):
    """Talk to the hub: ``op(vault_steps) -> result`` on the network worker, where ``vault_steps``
    (a ``WorkerVault``) runs each vault step on the database worker; a ``ChangeSet`` in the result
    is broadcast as ``VaultOp`` does."""

    def __init__(self, tasks: TaskManager, parent: QWidget | None, op: Callable[["WorkerVault"], Any]) -> None:
        _Op.__init__(self, tasks, parent, lambda: op(tasks.vault_steps()))

    def run_in_background(self) -> None:
        self._tasks.run_network(self._work, self._done)


class OpenVaultOp(_Op[Any]):
    """Unlock or create a vault on the worker: ``opener() -> Vault`` or ``(Vault, extra)``.

    The worker keeps the vault; ``success`` receives only ``extra`` (the recovery key after a
    create, ``None`` after an unlock).
    """

    def __init__(self, tasks: TaskManager, parent: QWidget | None,
                 opener: Callable[[], Vault | tuple[Vault, Any]]) -> None:
        super().__init__(tasks, parent, tasks._attach(opener))

    def _succeeded(self, result: Any) -> None:
        self._tasks.vault_state.emit(True)
        if self._tasks._attached_warning:
            self._tasks.access_warning.emit(self._tasks._attached_warning)
        super()._succeeded(result)


def error_text(exc: BaseException) -> str:
    """A sentence for the user: ours say what to do; anything else is a bug, said plainly."""
    if isinstance(exc, WorkbenchError):
        return str(exc)
    return translate("tasks", "Something went wrong that Pro Bono Workbench did not expect ({error}). Nothing "
                              "you saved before this was lost.").format(error=type(exc).__name__)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if not isinstance(exc, WorkbenchError):
        log.error("operation failed (%s)", type(exc).__name__, exc_info=_details(exc))  # stderr only, no client data
    QMessageBox.warning(parent, "Pro Bono Workbench", error_text(exc))
