"""The main window: dashboard, matters list, matter view and search results on one stack.

The window holds layout and navigation only: rows come from models loaded on the database
worker, changes go through operations, and every view refreshes when ``tasks.changed``
reports a change-set that touches what it shows. Locking is the app's job
(``lock_requested``); the window's part is ``clear_client_data()``, which queues a save of
valid pending edits, remembers where the user was (screen, matter, tab: ids only), and empties
every widget that could show client data, so nothing stays on screen or in memory behind the
unlock dialog; ``activate()`` brings the user back there. Only the window geometry is saved
in QSettings.

Keyboard: Ctrl+1 dashboard, Ctrl+2 matters, Ctrl+K (or Ctrl+Shift+F) search everything,
Ctrl+F filter matters, Enter opens, Alt+Left back, Ctrl+S save, Ctrl+Z / Ctrl+Shift+Z undo and
redo in the forms, Ctrl+N new matter, Ctrl+, settings, Ctrl+L lock, F5 reload, F9 sync now
(the Sync menu, its status-bar corner and the conflicts view are ``sync_ui.SyncPanel``), F1 the
user guide (``docs/user-guide.md``, or its translation, shown inside the app).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMainWindow, QMessageBox, QPushButton, QSizePolicy, QStackedWidget,
                               QTableView, QTextBrowser, QVBoxLayout, QWidget)

from ..core import operations
from .. import __version__
from ..core.i18n import translate
from ..core.operations import ChangeSet, MatterQuery, Settings
from . import i18n
from .dashboard_page import DashboardPage
from .list_editor import RowDialog
from .matter.view import MatterView
from .matters_model import MattersModel
from .new_matter_dialog import NewMatterDialog
from .resources import app_icon, user_guide_path
from .search_page import SearchPage
from .access_notice import tell_export
from .attorney_dialog import AttorneyDialog
from .calendar_dialog import CalendarExportDialog
from .session_guard import BusyIndicator, ReminderClock, ReminderNotifier
from .settings_dialog import SettingsDialog
from .sync_ui import SyncPanel
from .tasks import TaskManager, error_text, show_error
from .visit_dialogs import RecordVisitDialog, VisitKitDialog, ask_report_path, save_report
from .widgets import heading, hint

FILTER_DELAY_MS = 250  # long enough to skip queries while typing a name, short enough to feel live
SEARCH_DELAY_MS = 300
_SETTINGS = ("ProBonoWorkbench", "workbench")
_COLUMN_WIDTHS = {MattersModel.CLIENT: 220, MattersModel.KIND: 270, MattersModel.STAGE: 100,
                  MattersModel.NEXT_EVENT: 120, MattersModel.NEXT_DEADLINE: 175, MattersModel.MATTER_NUMBER: 130}
DASHBOARD, MATTERS, MATTER, SEARCH = "dashboard", "matters", "matter", "search"
SCREENS = (DASHBOARD, MATTERS, MATTER, SEARCH)


def status_text(total: int | None, filtered: bool) -> str:
    if total is None:
        return ""
    if filtered:
        if total == 0:
            return translate("MainWindow", "No matters match the filter")
        if total == 1:
            return translate("MainWindow", "1 matter matches the filter")
        return translate("MainWindow", "{count} matters match the filter").format(count=i18n.number(total))
    if total == 1:
        return translate("MainWindow", "1 matter")
    return translate("MainWindow", "{count} matters").format(count=i18n.number(total))


class UserGuideDialog(QDialog):
    """Help > User guide: ``docs/user-guide.md`` (its translation when there is one) inside the app."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("UserGuideDialog", "User guide — Pro Bono Workbench"))
        self.setObjectName("UserGuideDialog")
        self.path = user_guide_path(i18n.current_language())
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("userGuide")
        self.browser.setAccessibleName(translate("UserGuideDialog", "User guide"))
        self.browser.setOpenExternalLinks(True)
        try:
            self.browser.setMarkdown(self.path.read_text(encoding="utf-8"))
        except OSError:
            self.browser.setPlainText(translate("UserGuideDialog", "The user guide was not found ({path}).")
                                      .format(path=self.path))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)


class MainWindow(QMainWindow):
    lock_requested = Signal()
    settings_saved = Signal(object)  # Settings, for the app (auto-lock interval)

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._select_after_load: str | None = None
        self._resume: tuple[str, str | None, str | None] | None = None
        self._previous = DASHBOARD
        self._closing = False
        self.settings = Settings()
        self.app_title = "Pro Bono Workbench"  # the demo says "(demo vault)" in every title
        self.setWindowTitle(self.app_title)
        self.setWindowIcon(app_icon())
        self.setObjectName("MainWindow")

        self.model = MattersModel(self._fetch_page, self._run_on_worker, self)
        self.model.loaded.connect(self._on_loaded)
        self.model.load_failed.connect(self._on_load_failed)
        tasks.changed.connect(self._on_changed)

        self.dashboard = DashboardPage(tasks, self)
        self.matter_view = MatterView(tasks, self)
        self.search_page = SearchPage(tasks, self)
        self.reminders = ReminderNotifier(self)
        self.dashboard.loaded.connect(self.reminders.agenda_loaded)
        self.reminder_clock = ReminderClock(self)
        self.reminder_clock.tick.connect(self.recheck_reminders)
        for page in (self.dashboard, self.search_page):
            page.open_matter.connect(self.open_matter)
        self.dashboard.settings_requested.connect(self.open_settings)
        self.matter_view.back_requested.connect(self.go_back)
        self.matter_view.attorney_requested.connect(self.open_attorney_profile)
        self.matter_view.loaded.connect(self._matter_loaded)
        self.matter_view.tabs.currentChanged.connect(lambda _i: self._update_undo_stack())
        self.undo_group = QUndoGroup(self)
        for form in self.matter_view.forms():
            self.undo_group.addStack(form.undo_stack)

        self.screens = QStackedWidget(self)
        self.screens.addWidget(self.dashboard)
        self.screens.addWidget(self._matters_page())
        self.screens.addWidget(self.matter_view)
        self.screens.addWidget(self.search_page)
        self.setCentralWidget(self.screens)
        self.status = QLabel(self)
        self.status.setIndent(6)
        self.statusBar().addWidget(self.status, 1)
        self.busy = BusyIndicator(self)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().setSizeGripEnabled(False)
        tasks.busy_changed.connect(self.busy.set_busy)
        self._make_actions()
        self._restore_geometry()

    # -- construction --------------------------------------------------------------------------
    def _matters_page(self) -> QWidget:
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(translate("MainWindow", "Filter by client name, A-number, matter number or "
                                                               "court  (Ctrl+F)"))
        self.filter.setAccessibleName(translate("MainWindow", "Filter matters"))
        self.filter.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(self._filter_timer.start)
        self.filter.returnPressed.connect(self.apply_filter)

        self.table = QTableView(self)
        self.table.setObjectName("mattersTable")
        self.table.setAccessibleName(translate("MainWindow", "Matters"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
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
        self.table.activated.connect(lambda index: self.open_matter_at(index.row()))  # Enter or double-click
        self.filter.installEventFilter(self)  # Down arrow from the filter moves into the list

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.table)
        self.pages.addWidget(self._empty_page())
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 0)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        return page

    def _action(self, text: str, shortcut, slot, tip: str = "") -> QAction:
        action = QAction(text, self)
        shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
        action.setShortcuts([s if isinstance(s, QKeySequence) else QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        if tip:
            action.setStatusTip(tip)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)  # tip is already translated
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.new_matter_action = self._action(translate("MainWindow", "&New matter…"), QKeySequence(K.New),
                                              self.new_matter, translate("MainWindow", "Add a client and their matter"))
        self.lock_action = self._action(translate("MainWindow", "&Lock"), "Ctrl+L", self.lock_requested,
                                        translate("MainWindow", "Close the vault and hide all client data"))
        self.find_action = self._action(translate("MainWindow", "&Filter matters"), QKeySequence(K.Find),
                                        self.focus_filter)
        self.search_action = self._action(translate("MainWindow", "&Search everything"), ["Ctrl+K", "Ctrl+Shift+F"],
                                          self.focus_search,
                                          translate("MainWindow", "Search matters, notes and document titles"))
        self.refresh_action = self._action(translate("MainWindow", "&Reload"), QKeySequence(K.Refresh), self.reload)
        self.dashboard_action = self._action(translate("MainWindow", "&Dashboard"), "Ctrl+1",
                                             lambda: self.show_screen(DASHBOARD),
                                             translate("MainWindow", "Hearings, deadlines and tasks of the next 14 "
                                                                     "days"))
        self.matters_action = self._action(translate("MainWindow", "&Matters"), "Ctrl+2",
                                           lambda: self.show_screen(MATTERS), translate("MainWindow", "All matters"))
        self.back_action = self._action(translate("MainWindow", "&Back"),
                                        [QKeySequence(K.Back), QKeySequence("Alt+Left")], self.go_back)
        self.save_action = self._action(translate("MainWindow", "&Save"), QKeySequence(K.Save),
                                        lambda: self.matter_view.save())
        self.settings_action = self._action(translate("MainWindow", "&Settings…"),
                                            [QKeySequence(K.Preferences), QKeySequence("Ctrl+,")], self.open_settings)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.attorney_action = self._action(translate("MainWindow", "&Attorney profile…"), [],
                                            self.open_attorney_profile,
                                            translate("MainWindow", "Your details as the representative (Form G-28)"))
        self.calendar_action = self._action(translate("MainWindow", "Export &calendar (.ics)…"), [],
                                            self.export_calendar,
                                            translate("MainWindow", "Hearings and deadlines of chosen matters, for a "
                                                                    "calendar program"))
        self.visit_kit_action = self._action(translate("MainWindow", "&Visit kit…"), [], self.open_visit_kit,
                                             translate("MainWindow", "Printable detention-visit kit (English or "
                                                                     "Spanish)"))
        self.record_visit_action = self._action(translate("MainWindow", "&Record visit…"), [], self.open_record_visit,
                                                translate("MainWindow", "Add the Visit event, then type its notes"))
        self.packet_action = self._action(translate("MainWindow", "Filing &packet"), [], self.open_packet,
                                          translate("MainWindow", "Checklist, exhibit order, build and export the "
                                                                  "filing packet"))
        self.hours_report_action = self._action(translate("MainWindow", "&Hours report…"), [],
                                                lambda: self.export_report("hours"),
                                                translate("MainWindow", "Pro bono hours by matter and month (CSV or "
                                                                        "PDF)"))
        self.matters_report_action = self._action(translate("MainWindow", "&Matters report…"), [],
                                                  lambda: self.export_report("matters"),
                                                  translate("MainWindow", "Your matters' status and outcomes (CSV or "
                                                                          "PDF)"))
        self.backup_action = self._action(translate("MainWindow", "&Back up now"), [], self.back_up_now,
                                          translate("MainWindow", "An encrypted copy of the vault, in its backups "
                                                                  "folder"))
        self.restore_action = self._action(translate("MainWindow", "Res&tore from a backup…"), [], self.open_restore,
                                           translate("MainWindow", "Bring the vault back to an earlier backup"))
        self.quit_action = self._action(translate("MainWindow", "&Quit"), QKeySequence(K.Quit), self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.guide_action = self._action(translate("MainWindow", "&User guide"), "F1", self.open_user_guide,
                                         translate("MainWindow", "How to use Pro Bono Workbench"))
        self.about_action = self._action(translate("MainWindow", "&About Pro Bono Workbench"), [], self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.undo_action = self.undo_group.createUndoAction(self, translate("MainWindow", "&Undo"))
        self.undo_action.setShortcut(QKeySequence(K.Undo))
        self.redo_action = self.undo_group.createRedoAction(self, translate("MainWindow", "&Redo"))
        self.redo_action.setShortcuts([QKeySequence(K.Redo), QKeySequence("Ctrl+Shift+Z")])
        self.sync = SyncPanel(self, self._tasks)

        vault_menu = self.menuBar().addMenu(translate("MainWindow", "&Vault"))
        for a in (self.new_matter_action, None, self.calendar_action, None, self.backup_action, self.restore_action,
                  None, self.attorney_action, self.settings_action, self.lock_action, self.quit_action):
            vault_menu.addSeparator() if a is None else vault_menu.addAction(a)
            if a is self.calendar_action:
                self.reports_menu = vault_menu.addMenu(translate("MainWindow", "Re&ports"))
                self.reports_menu.addAction(self.hours_report_action)
                self.reports_menu.addAction(self.matters_report_action)
        edit_menu = self.menuBar().addMenu(translate("MainWindow", "&Edit"))
        for a in (self.undo_action, self.redo_action, None, self.save_action):
            edit_menu.addSeparator() if a is None else edit_menu.addAction(a)
        view_menu = self.menuBar().addMenu(translate("MainWindow", "V&iew"))
        for a in (self.dashboard_action, self.matters_action, self.back_action, None, self.search_action,
                  self.find_action, self.refresh_action):
            view_menu.addSeparator() if a is None else view_menu.addAction(a)
        self.matter_menu = self.menuBar().addMenu(translate("MainWindow", "&Matter"))
        for a in (self.packet_action, None, self.visit_kit_action, self.record_visit_action):
            self.matter_menu.addSeparator() if a is None else self.matter_menu.addAction(a)
        self.sync.install_menu()
        self.help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(translate("MainWindow", "Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.dashboard_action, self.matters_action, self.new_matter_action, self.sync.sync_action):
            toolbar.addAction(a)
        toolbar.addSeparator()
        for a in (self.visit_kit_action, self.record_visit_action):
            toolbar.addAction(a)
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("globalSearch")
        self.search_box.setPlaceholderText(translate("MainWindow", "Search everything  (Ctrl+K)"))
        self.search_box.setAccessibleName(translate("MainWindow", "Search all matters, notes and documents"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(260)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search_box.textEdited.connect(lambda _t: self._search_timer.start())
        self.search_box.returnPressed.connect(self.run_search)
        self.search_box.installEventFilter(self)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_box)
        toolbar.addAction(self.lock_action)
        self._update_actions()

    def _empty_page(self) -> QWidget:
        page = QWidget(self)
        button = QPushButton(translate("MainWindow", "New matter…"), page)
        button.setAccessibleName(translate("MainWindow", "Add your first matter"))
        button.clicked.connect(self.new_matter)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        for w in (heading(translate("MainWindow", "No matters yet"), page, scale=1.3),
                  hint(translate("MainWindow", "Add the matters you were assigned. Everything you enter stays "
                                               "encrypted on this computer."), page)):
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

    # -- navigation --------------------------------------------------------------------------------
    def screen(self) -> str:
        return SCREENS[self.screens.currentIndex()]

    def _leave_matter_then(self, then) -> None:
        if self.screen() == MATTER:
            self.matter_view.maybe_leave(then)
        else:
            then()

    def show_screen(self, name: str) -> None:
        def go() -> None:
            if self.screen() != name:
                self._previous = self.screen()
            self.screens.setCurrentIndex(SCREENS.index(name))
            titles = {DASHBOARD: translate("MainWindow", "Dashboard"), MATTERS: translate("MainWindow", "Matters"),
                      SEARCH: translate("MainWindow", "Search"), MATTER: translate("MainWindow", "Matter")}
            self.setWindowTitle(f"{titles[name]} — {self.app_title}")
            focus = {DASHBOARD: self.dashboard.table, MATTERS: self.table, SEARCH: self.search_page.table,
                     MATTER: self.matter_view.tabs}[name]
            focus.setFocus()
            self._update_actions()
        if name == MATTER:
            go()
        else:
            self._leave_matter_then(go)

    def go_back(self) -> None:
        if self.screen() == MATTER:
            self.show_screen(self._previous if self._previous != MATTER else MATTERS)
        elif self.screen() == SEARCH:
            self.show_screen(MATTERS)

    def open_matter_at(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_matter(self.model.row(row).id)

    def open_matter(self, matter_id: str, tab: str = "", record_id: str = "") -> None:
        def go() -> None:
            self._pending_record = (tab, record_id)
            self.matter_view.open_matter(matter_id, tab or None)
            self.show_screen(MATTER)
        if self.screen() == MATTER and self.matter_view.matter_id != matter_id:
            self.matter_view.maybe_leave(go)
        else:
            go()

    def _matter_loaded(self) -> None:
        tab, record_id = getattr(self, "_pending_record", ("", ""))
        self._pending_record = ("", "")
        if record_id and tab == "notes":
            self.matter_view.notes.select_note(record_id)
        elif record_id and tab == "events":
            self.matter_view.events.select_deadline(record_id)
        if self.detail_title():
            self.setWindowTitle(f"{self.detail_title()} — {self.app_title}")
        self._update_undo_stack()

    def detail_title(self) -> str:
        return self.matter_view.detail.title if self.matter_view.detail else ""

    def _update_undo_stack(self) -> None:
        tab = self.matter_view.current_tab()
        form = {"client": self.matter_view.client.form, "events": self.matter_view.events.form}.get(tab)
        self.undo_group.setActiveStack(form.undo_stack if form else None)

    def _update_actions(self) -> None:
        in_matter = self.screen() == MATTER
        self.save_action.setEnabled(in_matter)
        self.back_action.setEnabled(self.screen() in (MATTER, SEARCH))
        for a in (self.visit_kit_action, self.record_visit_action, self.packet_action):
            a.setEnabled(in_matter)

    # -- public ------------------------------------------------------------------------------------
    def activate(self) -> None:
        """Show the window for an unlocked vault, load it, and return to where the user was."""
        self.model.refresh()
        self.dashboard.refresh()
        resume, self._resume = self._resume, None
        if resume and resume[1]:
            self.open_matter(resume[1], resume[2] or "")
            self._previous = resume[0] if resume[0] != MATTER else DASHBOARD
        else:
            self.show_screen(resume[0] if resume and resume[0] != SEARCH else DASHBOARD)
        self.show()
        self.raise_()
        self.activateWindow()
        self.reminder_clock.start()
        self.sync.controller.refresh()

    def recheck_reminders(self) -> None:
        """Hourly and after midnight: reload the dashboard; the notifier re-checks what is due."""
        if self.isVisible():
            self.dashboard.refresh()

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.reminders.enabled = settings.notifications
        self.reminders.remind_days = settings.reminder_days

    def clear_client_data(self) -> None:
        """Empty everything that can show client data (on lock), remembering where the user was."""
        self.matter_view.save_before_lock()
        self._resume = (self.screen(), self.matter_view.matter_id, self.matter_view.current_tab())
        self.reminder_clock.stop()
        self.sync.clear()
        for dialog in self.findChildren(QDialog):
            if isinstance(dialog, (NewMatterDialog, RowDialog, AttorneyDialog, RecordVisitDialog)):
                dialog.discard()
            else:
                dialog.reject()
        self._filter_timer.stop()
        self._search_timer.stop()
        for box in (self.filter, self.search_box):
            box.blockSignals(True)
            box.clear()
            box.blockSignals(False)
        self._select_after_load = None
        self.model.clear()
        self.matter_view.clear()
        self.dashboard.clear()
        self.search_page.clear()
        self.reminders.reset()
        self.status.clear()
        self.setWindowTitle(self.app_title)
        self._save_geometry()

    def reload(self) -> None:
        self.model.refresh()
        self.dashboard.refresh()
        self.matter_view.reload()

    def focus_filter(self) -> None:
        self.show_screen(MATTERS)
        self.filter.setFocus()
        self.filter.selectAll()

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def run_search(self) -> None:
        self._search_timer.stop()
        text = self.search_box.text()
        if not text.strip():
            return
        self.search_page.search(text)
        if self.screen() != SEARCH:
            self.show_screen(SEARCH)
            self.search_box.setFocus()

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(self.filter.text())

    def new_matter(self) -> NewMatterDialog:
        dialog = NewMatterDialog(self._tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(self._on_matter_added)
        dialog.open()
        return dialog

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self._tasks, self.settings, ReminderNotifier.available(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.settings_saved)
        dialog.sync_changed.connect(self.sync.controller.refresh)
        dialog.open()
        return dialog

    def back_up_now(self) -> None:
        """Vault › Back up now (``backup_dialogs``)."""
        from .backup_dialogs import back_up_now

        back_up_now(self._tasks, self, self.status.setText)

    def open_restore(self) -> QDialog:
        """Vault › Restore from a backup: on success every view reloads from the restored vault."""
        from .backup_dialogs import RestoreDialog, restored_text

        def restored(result) -> None:
            self.status.setText(restored_text(result))
            self.reload()
        dialog = RestoreDialog(self._tasks, self, restored)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_attorney_profile(self) -> AttorneyDialog:
        dialog = AttorneyDialog(self._tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.matter_view.forms_tab.load_state)  # G-28 checks read the profile
        dialog.open()
        return dialog

    def export_calendar(self) -> CalendarExportDialog:
        """Vault > Export calendar: every matter chosen, or only the open one from a matter."""
        preselect = self.matter_view.matter_id if self.screen() == MATTER else None
        dialog = CalendarExportDialog(self._tasks, self, preselect)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_user_guide(self) -> UserGuideDialog:
        """Help > User guide (F1): one window, brought to the front when already open."""
        guide = getattr(self, "_guide", None)
        if guide is None or not shiboken6.isValid(guide) or not guide.isVisible():
            guide = UserGuideDialog(self)
            guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self._guide = guide
        guide.show()
        guide.raise_()
        guide.activateWindow()
        return guide

    def show_about(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.NoIcon, translate("MainWindow", "About Pro Bono Workbench"),
                          translate("MainWindow", "Pro Bono Workbench {version}").format(version=__version__),
                          QMessageBox.StandardButton.Ok, self)
        box.setIconPixmap(app_icon().pixmap(64, 64))
        box.setInformativeText(translate("MainWindow", "An encrypted, offline-first workbench for volunteer "
                                                       "immigration attorneys. Your client data stays encrypted on "
                                                       "this computer."))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def open_packet(self) -> None:
        if self.screen() == MATTER:
            self.matter_view.set_tab("packet")

    def open_visit_kit(self) -> VisitKitDialog | None:
        """Matter > Visit kit…: for the open matter only."""
        if self.screen() != MATTER or self.matter_view.matter_id is None:
            return None
        dialog = VisitKitDialog(self._tasks, self.matter_view.matter_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        saved = translate("MainWindow", "The visit kit was saved (a decrypted copy: keep it safe, shred it after "
                                        "the visit).")
        dialog.accepted.connect(lambda: self.status.setText(saved))
        dialog.open()
        return dialog

    def open_record_visit(self) -> RecordVisitDialog | None:
        if self.screen() != MATTER or self.matter_view.matter_id is None:
            return None
        dialog = RecordVisitDialog(self._tasks, self.matter_view.matter_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_report(self, which: str, target=None, fmt: str | None = None) -> None:
        """Vault > Reports: the file dialog's type (.csv or .pdf) decides the format (tests pass both)."""
        if target is None:
            try:
                chosen = ask_report_path(self, which)
            except Exception as exc:  # an extension that is neither .csv nor .pdf
                show_error(self, exc)
                return
            if chosen is None:
                return
            target, fmt = chosen

        def done(written) -> None:
            tell_export(self, written)
            if which == "hours":
                text = translate("MainWindow", "The hours report was written to {path}.")
            else:
                text = translate("MainWindow", "The matters report was written to {path}.")
            self.status.setText(text.format(path=target))
        save_report(self._tasks, self, which, target, fmt or target.suffix.lstrip(".").lower(), done,
                    lambda exc: show_error(self, exc))

    # -- reactions ---------------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            target = self.table if watched is self.filter else \
                self.search_page.table if watched is self.search_box and self.screen() == SEARCH else None
            if target is not None and target.model().rowCount():
                target.setFocus()
                if not target.currentIndex().isValid():
                    target.selectRow(0)
                return True
        return super().eventFilter(watched, event)

    def _on_matter_added(self, matter_id: str) -> None:
        self._select_after_load = matter_id or None
        if self.screen() != MATTERS:
            self.show_screen(MATTERS)

    def _on_changed(self, changes: ChangeSet, _initiator: object) -> None:
        if self.model.is_active and changes.affects("matters", "clients", "events", "deadlines"):
            self.model.refresh()

    def _on_loaded(self) -> None:
        total = self.model.total
        filtered = bool(self.model.query.filter_text)
        empty = total == 0 and not filtered
        self.pages.setCurrentIndex(1 if empty else 0)
        self.status.setText(status_text(total, filtered))
        if empty and self.screen() == DASHBOARD:
            self.show_screen(MATTERS)  # a new vault: "No matters yet" says what to do first
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
            self.resize(1180, 720)

    def _save_geometry(self) -> None:
        if self.isVisible():
            QSettings(*_SETTINGS).setValue("main_window/geometry", self.saveGeometry())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing and self.screen() == MATTER and self.matter_view.is_dirty():
            event.ignore()

            def close_now() -> None:
                self._closing = True
                self.close()
            self.matter_view.maybe_leave(close_now)
            return
        self._save_geometry()
        super().closeEvent(event)
