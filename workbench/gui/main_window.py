"""The main window: the matters list with its filter, "New matter" and "Lock".

The window holds layout only: rows come from ``MattersModel`` (loaded on the database worker),
changes go through operations, and every view refreshes when ``tasks.changed`` reports a
change-set that touches what it shows. Locking is the app's job (``lock_requested``); the
window's part is ``clear_client_data()``, which empties every widget that could show client
data (the table, the filter text, the status line, open dialogs), so nothing stays on screen
or in memory behind the unlock dialog. Only the window geometry is saved in QSettings.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMainWindow, QPushButton, QStackedWidget, QTableView, QVBoxLayout, QWidget)

from ..core import operations
from ..core.operations import ChangeSet, MatterQuery
from .matters_model import MattersModel
from .new_matter_dialog import NewMatterDialog
from .resources import app_icon
from .tasks import TaskManager, error_text
from .widgets import heading, hint

FILTER_DELAY_MS = 250  # long enough to skip queries while typing a name, short enough to feel live
_SETTINGS = ("ProBonoWorkbench", "workbench")
_COLUMN_WIDTHS = {MattersModel.CLIENT: 220, MattersModel.KIND: 270, MattersModel.STAGE: 100,
                  MattersModel.NEXT_EVENT: 120, MattersModel.NEXT_DEADLINE: 175, MattersModel.MATTER_NUMBER: 130}


def status_text(total: int | None, filtered: bool) -> str:
    if total is None:
        return ""
    if filtered:
        return ("No matters match the filter" if total == 0 else "1 matter matches the filter" if total == 1
                else f"{total:,} matters match the filter")
    return "1 matter" if total == 1 else f"{total:,} matters"


class MainWindow(QMainWindow):
    lock_requested = Signal()

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._select_after_load: str | None = None
        self.setWindowTitle("Matters — Pro Bono Workbench")
        self.setWindowIcon(app_icon())
        self.setObjectName("MainWindow")

        self.model = MattersModel(self._fetch_page, self._run_on_worker, self)
        self.model.loaded.connect(self._on_loaded)
        self.model.load_failed.connect(self._on_load_failed)
        tasks.changed.connect(self._on_changed)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("Filter by client name, A-number, matter number or court  (Ctrl+F)")
        self.filter.setAccessibleName("Filter matters")
        self.filter.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(self._filter_timer.start)
        self.filter.returnPressed.connect(self.apply_filter)

        self.table = QTableView(self)
        self.table.setObjectName("mattersTable")
        self.table.setAccessibleName("Matters")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSortIndicator(MattersModel.CLIENT, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in _COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.table)
        self.pages.addWidget(self._empty_page())
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.status = QLabel(self)
        self.status.setIndent(6)
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().setSizeGripEnabled(False)
        self._make_actions()
        self._restore_geometry()

    # -- construction --------------------------------------------------------------------------
    def _make_actions(self) -> None:
        self.new_matter_action = QAction("&New matter…", self)
        self.new_matter_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_matter_action.triggered.connect(self.new_matter)
        self.lock_action = QAction("&Lock", self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setStatusTip("Close the vault and hide all client data")
        self.lock_action.triggered.connect(self.lock_requested)
        self.find_action = QAction("&Filter matters", self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_filter)
        self.refresh_action = QAction("&Reload", self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(lambda: self.model.refresh())
        self.quit_action = QAction("&Quit", self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        vault_menu = self.menuBar().addMenu("&Vault")
        vault_menu.addAction(self.new_matter_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.lock_action)
        vault_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu("V&iew")
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.refresh_action)
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_matter_action)
        toolbar.addAction(self.lock_action)

    def _empty_page(self) -> QWidget:
        page = QWidget(self)
        button = QPushButton("New matter…", page)
        button.setAccessibleName("Add your first matter")
        button.clicked.connect(self.new_matter)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        for w in (heading("No matters yet", page, scale=1.3),
                  hint("Add the matters you were assigned. Everything you enter stays encrypted on this "
                       "computer.", page)):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(w)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        return page

    # -- loading (runs on the database worker) -------------------------------------------------
    def _fetch_page(self, query: MatterQuery, offset: int, limit: int, with_total: bool) -> operations.MatterPage:
        return operations.matters_page(self._tasks.vault_for_worker(), query, offset, limit, with_total=with_total)

    def _run_on_worker(self, work, deliver) -> None:
        def done(future) -> None:
            exc = future.exception()
            deliver(None, exc) if exc is not None else deliver(future.result(), None)
        self._tasks.run(work, done)

    # -- public ------------------------------------------------------------------------------------
    def activate(self) -> None:
        """Show the window for an unlocked vault and load the list."""
        self.model.refresh()
        self.show()
        self.raise_()
        self.activateWindow()
        self.table.setFocus()

    def clear_client_data(self) -> None:
        """Empty everything that can show client data (on lock)."""
        for dialog in self.findChildren(QDialog):
            if isinstance(dialog, NewMatterDialog):
                dialog.discard()
            else:
                dialog.reject()
        self._filter_timer.stop()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self._select_after_load = None
        self.model.clear()
        self.status.clear()
        self._save_geometry()

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(self.filter.text())

    def new_matter(self) -> NewMatterDialog:
        dialog = NewMatterDialog(self._tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(self._on_matter_added)
        dialog.open()
        return dialog

    # -- reactions ---------------------------------------------------------------------------------
    def _on_matter_added(self, matter_id: str) -> None:
        self._select_after_load = matter_id or None

    def _on_changed(self, changes: ChangeSet, _initiator: object) -> None:
        if self.model.is_active and changes.affects("matters", "clients", "events", "deadlines"):
            self.model.refresh()

    def _on_loaded(self) -> None:
        total = self.model.total
        filtered = bool(self.model.query.filter_text)
        empty = total == 0 and not filtered
        self.pages.setCurrentIndex(1 if empty else 0)
        self.status.setText(status_text(total, filtered))
        if self._select_after_load:
            row = self.model.row_for_id(self._select_after_load)
            if row is not None:
                index = self.model.index(row, MattersModel.CLIENT)
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
            self._select_after_load = None

    def _on_load_failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))

    # -- geometry (the only thing this window writes to settings) ----------------------------------
    def _restore_geometry(self) -> None:
        geometry = QSettings(*_SETTINGS).value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 640)

    def _save_geometry(self) -> None:
        if self.isVisible():
            QSettings(*_SETTINGS).setValue("main_window/geometry", self.saveGeometry())

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_geometry()
        super().closeEvent(event)
