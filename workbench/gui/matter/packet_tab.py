"""Packet tab: the filing packet of the matter (docs/packets.md).

Left: the filing kind and its checklist, each item with its citation (how it was checked in the
tooltip). Middle: the exhibits (the matter's PDF and image documents) in the stored order,
reordered by drag and drop, Alt+Up / Alt+Down or the Move buttons; every reorder is stored at
once with ``reorder_exhibits`` (the list's model emits ``rowsMoved`` for all three ways). Right:
Under the filing: who a per-member filing is for (the I-730's relative) and the forms the packet
will enclose (``packet_plan``), each optional one with a tick box (the U visa's I-765 and I-912).
"Build packet" runs ``build_packet`` on the database worker (it reads the vault) with a progress
bar and Cancel; the result is previewed from memory (``PreviewPane``) and written only where the
user picks with "Export PDF…" (``write_atomic``, audited as an export of the matter).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QProgressBar, QPushButton, QSplitter, QVBoxLayout, QWidget)

from ...core.i18n import translate
from ...core.msg import tr
from ...core.operations import ChangeSet, DocumentContent, MatterDetail, packets
from ...core.operations.packets import Cancelled, ExhibitDoc, exhibit_order, filing_kinds, load_filing, \
    reorder_exhibits, tab_label
from ..access_notice import tell_export
from ..preview import PreviewPane
from ..tasks import QueryOp, TaskManager, VaultOp, error_text
from ..widgets import MessageLabel, heading, hint

# The filing a matter of each kind most likely needs (the user can pick another).
DEFAULT_FILING = {"affirmative_asylum": "i-589", "defensive_asylum": "i-589-court", "u_visa": "i-918",
                  "vawa_self_petition": "i-360", "sijs": "i-360", "adjustment_of_status": "i-485"}


class _Progress(QObject):
    """Carries ``build_packet``'s progress from the worker to the GUI thread (queued signal)."""

    step = Signal(str, int, int)


class ExhibitList(QListWidget):
    """The exhibits, reorderable by drag and drop (InternalMove) and Alt+Up / Alt+Down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("PacketTab", "Exhibits, in packet order"))
        self.setToolTip(translate("PacketTab", "Drag to reorder, or select one and press Alt+Up / Alt+Down"))
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(2)

    def keyPressEvent(self, event) -> None:
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def move_current(self, step: int) -> bool:
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return False
        # moveRows' destination is "before this row" in the list as it is now
        moved = self.model().moveRows(QModelIndex(), row, 1, QModelIndex(), target + (1 if step > 0 else 0))
        if moved:
            self.setCurrentRow(target)
        return moved

    def ids(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]


class PacketTab(QWidget):
    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.matter_id: str | None = None
        self.exhibits: list[ExhibitDoc] = []
        self.result = None  # the last PacketResult (bytes in memory only)
        self._session = 0  # another matter or the lock makes every pending result stale
        self._cancel: threading.Event | None = None
        self._filling = False
        self._progress = _Progress(self)
        self._progress.step.connect(self._on_step)

        # -- filing and checklist
        self.filing = QComboBox(self)
        self.filing.setAccessibleName(translate("PacketTab", "Filing"))
        for kind in filing_kinds():
            self.filing.addItem(f"{kind.upper()} — {tr(load_filing(kind).label)}", kind)
        self.filing.currentIndexChanged.connect(lambda _i: self._filing_changed())
        self.member = QComboBox(self)  # the relative of a per-member filing (I-730)
        self.member.setAccessibleName(translate("PacketTab", "The family member this petition is for"))
        self.member.currentIndexChanged.connect(lambda _i: self._load_plan())
        self.member_label = QLabel(translate("PacketTab", "&For:"), self)
        self.member_label.setBuddy(self.member)
        self.enclosed = QListWidget(self)
        self.enclosed.setAccessibleName(translate("PacketTab", "Forms in this packet"))
        self.enclosed.setToolTip(translate("PacketTab", "Untick an optional form to leave it out of the packet"))
        self.enclosed.setMaximumHeight(self.enclosed.fontMetrics().lineSpacing() * 7 + 12)
        self.enclosed.itemChanged.connect(self._enclosure_changed)
        self.plan: list = []  # the PlannedForm list shown
        self._enclose: dict[str, bool] = {}  # the attorney's choice for optional forms, per filing
        self.checklist = QListWidget(self)
        self.checklist.setAccessibleName(translate("PacketTab", "Checklist: what the instructions require"))
        self.checklist.setWordWrap(True)
        self.checklist.setSpacing(3)
        self.checklist.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(heading(translate("PacketTab", "Filing"), self, scale=1.1))
        ll.addWidget(self.filing)
        who = QHBoxLayout()
        who.addWidget(self.member_label)
        who.addWidget(self.member, 1)
        ll.addLayout(who)
        ll.addWidget(QLabel(translate("PacketTab", "Forms in this packet:"), self))
        ll.addWidget(self.enclosed)
        ll.addWidget(QLabel(translate("PacketTab", "Checklist (with the instruction each item comes from):"), self))
        ll.addWidget(self.checklist, 1)

        # -- exhibits
        self.exhibit_list = ExhibitList(self)
        self.exhibit_list.model().rowsMoved.connect(lambda *_a: self._order_changed())
        self.exhibit_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.up_button = QPushButton(translate("PacketTab", "Move &up"), self)
        self.up_button.setToolTip(translate("PacketTab", "Move the exhibit up (Alt+Up)"))
        self.down_button = QPushButton(translate("PacketTab", "Move do&wn"), self)
        self.down_button.setToolTip(translate("PacketTab", "Move the exhibit down (Alt+Down)"))
        self.up_button.clicked.connect(lambda: self.exhibit_list.move_current(-1))
        self.down_button.clicked.connect(lambda: self.exhibit_list.move_current(1))
        self.order_message = MessageLabel(self)
        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addStretch(1)
        middle = QWidget(self)
        ml = QVBoxLayout(middle)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.addWidget(heading(translate("PacketTab", "Exhibits"), self, scale=1.1))
        ml.addWidget(self.exhibit_list, 1)
        ml.addLayout(moves)
        ml.addWidget(self.order_message)
        ml.addWidget(hint(translate("PacketTab", "Every PDF or image in the Documents tab is an exhibit (filled forms "
                                    "are not: the packet fills the forms itself). Drag to set the order; it is saved "
                                    "at once."), self))

        # -- build, preview, export
        self.build_button = QPushButton(translate("PacketTab", "&Build packet"), self)
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.build)
        self.cancel_button = QPushButton(translate("PacketTab", "Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button = QPushButton(translate("PacketTab", "E&xport PDF…"), self)
        self.export_button.clicked.connect(self.export_dialog)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(translate("PacketTab", "Building the packet"))
        self.progress.setMaximumWidth(180)
        self.progress_label = hint("", self)
        self.message = MessageLabel(self)
        self.summary = hint("", self)
        self.preview = PreviewPane(tasks, self)
        self.preview.status.setText(translate("PacketTab", "Build the packet to preview it here."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.build_button)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.progress_label)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(buttons)
        rl.addWidget(self.message)
        rl.addWidget(self.summary)
        rl.addWidget(self.preview, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for w in (left, middle, right):
            self.splitter.addWidget(w)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 5)
        self.splitter.setSizes([400, 300, 500])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._filing_changed()
        self._set_building(False)

    # -- the matter ---------------------------------------------------------------------------------
    def kind(self) -> str:
        return self.filing.currentData()

    def set_filing(self, kind: str) -> None:
        index = self.filing.findData(kind)
        if index >= 0:
            self.filing.setCurrentIndex(index)

    def show_detail(self, detail: MatterDetail) -> None:
        if detail.matter.id != self.matter_id:
            self.clear()
            self.matter_id = detail.matter.id
            self.set_filing(DEFAULT_FILING.get(str(detail.matter["kind"]), "i-589"))
        self.load_members()
        self.load_exhibits()

    def clear(self) -> None:
        """Forget the matter, the exhibits and the built packet (on lock or another matter)."""
        self._session += 1
        if self._cancel is not None:
            self._cancel.set()
        self._cancel = None
        self.matter_id = None
        self.exhibits = []
        self.result = None
        self._fill_list([])
        self.plan, self._enclose = [], {}
        self.enclosed.clear()
        self.member.blockSignals(True)
        self.member.clear()
        self.member.blockSignals(False)
        self.preview.clear()
        self.preview.status.setText(translate("PacketTab", "Build the packet to preview it here."))
        self.message.clear_message()
        self.order_message.clear_message()
        self.summary.clear()
        self._set_building(False)

    def load_exhibits(self) -> None:
        if self.matter_id is None:
            return
        session, matter_id = self._session, self.matter_id

        def show(exhibits: list[ExhibitDoc]) -> None:
            if session != self._session:
                return
            if self.result is not None and [e.document_id for e in exhibits] != \
                    [e.document_id for e in self.exhibits]:
                self._mark_stale()
            self.exhibits = exhibits
            self._fill_list(exhibits)
        QueryOp(self._tasks, self, lambda v: exhibit_order(v, matter_id)).success(show) \
            .failure(lambda exc: self.order_message.show_message(error_text(exc))).run_in_background()

    def _fill_list(self, exhibits: list[ExhibitDoc]) -> None:
        current = self.exhibit_list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self._filling = True
        try:
            self.exhibit_list.clear()
            for e in exhibits:
                item = QListWidgetItem(self._item_text(e), self.exhibit_list)
                item.setData(Qt.ItemDataRole.UserRole, e.document_id)
                item.setToolTip(e.description or e.title)
                if e.document_id == keep:
                    self.exhibit_list.setCurrentItem(item)
            self._relabel()
        finally:
            self._filling = False
        self._update_buttons()

    def _item_text(self, e: ExhibitDoc) -> str:
        kind = "PDF" if e.media_type == "application/pdf" else translate("PacketTab", "Image")
        if e.received_on:
            kind = translate("PacketTab", "{kind} · received {date}").format(kind=kind, date=e.received_on.isoformat())
        return f"{e.title}\n      {kind}"

    def _relabel(self) -> None:
        """Tabs follow the position: A, B, C… (as the packet's index will print them)."""
        by_id = {e.document_id: e for e in self.exhibits}
        for i in range(self.exhibit_list.count()):
            item = self.exhibit_list.item(i)
            e = by_id.get(item.data(Qt.ItemDataRole.UserRole))
            if e is not None:
                item.setText(translate("PacketTab", "Exhibit {tab}: {exhibit}").format(tab=tab_label(i),
                                                                                      exhibit=self._item_text(e)))

    # -- order ---------------------------------------------------------------------------------------
    def _order_changed(self) -> None:
        if self._filling or self.matter_id is None:
            return
        ids = self.exhibit_list.ids()
        self._relabel()
        self._update_buttons()
        matter_id, session = self.matter_id, self._session

        def saved(_changes: ChangeSet) -> None:
            if session != self._session:
                return
            by_id = {e.document_id: e for e in self.exhibits}
            self.exhibits = [by_id[i] for i in ids if i in by_id]
            self.order_message.show_message(translate("PacketTab", "Exhibit order saved."), "info")
            if self.result is not None:
                self._mark_stale()

        def failed(exc: Exception) -> None:
            if session == self._session:
                self.order_message.show_message(error_text(exc))
                self.load_exhibits()  # show the order actually stored
        VaultOp(self._tasks, self, lambda v: reorder_exhibits(v, matter_id, ids)).success(saved).failure(failed) \
            .run_in_background()

    def _mark_stale(self) -> None:
        self.message.show_message(translate("PacketTab", "The exhibits changed since this packet was built: build it "
                                            "again before exporting."), "warning")

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Plan again when the tab is shown: an answer given in the Forms tab (which saves without
        reloading the matter) may have begun an optional form (the I-912) since the plan was read."""
        super().showEvent(event)
        if self.matter_id is not None and not self.building:
            self.load_members()

    # -- who it is for, and what it encloses ---------------------------------------------------------
    def member_id(self) -> str | None:
        return self.member.currentData() if load_filing(self.kind()).per_member else None

    def load_members(self) -> None:
        """The relatives a per-member packet may be for (the Forms tab's one-form-per-member list)."""
        if self.matter_id is None:
            return
        session, matter_id = self._session, self.matter_id

        def show(members: list[tuple[str, str]]) -> None:
            if session != self._session:
                return
            current = self.member.currentData()
            self.member.blockSignals(True)
            self.member.clear()
            for pid, name in members:
                self.member.addItem(name, pid)
            if not members:
                self.member.addItem(translate("PacketTab", "No spouse or child on the Family tab yet"), None)
            index = self.member.findData(current)
            self.member.setCurrentIndex(max(index, 0))
            self.member.blockSignals(False)
            self._load_plan()
        QueryOp(self._tasks, self, lambda v: packets.packet_members(v, matter_id)).success(show) \
            .failure(lambda exc: self.message.show_message(error_text(exc))).run_in_background()

    def _load_plan(self) -> None:
        per_member = bool(load_filing(self.kind()).per_member)
        self.member.setVisible(per_member)
        self.member_label.setVisible(per_member)
        if self.matter_id is None:
            return
        session, matter_id, filing, member = self._session, self.matter_id, self.kind(), self.member_id()
        if per_member and member is None:
            self.plan = []
            self.enclosed.clear()
            self._update_buttons()
            return
        enclose = dict(self._enclose.get(filing, {}))

        def show(plan) -> None:
            if session != self._session or filing != self.kind():
                return
            self.plan = plan
            self.enclosed.blockSignals(True)
            self.enclosed.clear()
            for form in plan:
                text = form.form_name + (f" — {form.member_name}" if form.member_name else "")
                item = QListWidgetItem(text, self.enclosed)
                item.setData(Qt.ItemDataRole.UserRole, form.choice)  # a member's own I-765: its own choice
                flags = Qt.ItemFlag.ItemIsEnabled | (Qt.ItemFlag.ItemIsUserCheckable if form.optional else
                                                     Qt.ItemFlag.NoItemFlags)
                item.setFlags(flags)
                item.setCheckState(Qt.CheckState.Checked if form.enclosed else Qt.CheckState.Unchecked)
                item.setToolTip(translate("PacketTab", "Optional: untick to leave it out") if form.optional else
                                translate("PacketTab", "Enclosed with that family member's own {form}: tick or untick "
                                                       "that line").format(form=form.goes_with.upper())
                                if form.goes_with else translate("PacketTab", "Required by this filing"))
            self.enclosed.blockSignals(False)
            self._update_buttons()
        QueryOp(self._tasks, self, lambda v: packets.packet_plan(v, matter_id, filing, member_id=member,
                                                                 enclose=enclose)) \
            .success(show).failure(lambda exc: self.message.show_message(error_text(exc))).run_in_background()

    def _enclosure_changed(self, item: QListWidgetItem) -> None:
        choice = item.data(Qt.ItemDataRole.UserRole)
        self._enclose.setdefault(self.kind(), {})[choice] = item.checkState() == Qt.CheckState.Checked
        for i in range(self.enclosed.count()):  # every copy with the same choice (one per member) follows
            other = self.enclosed.item(i)
            if other is not item and other.data(Qt.ItemDataRole.UserRole) == choice:
                self.enclosed.blockSignals(True)
                other.setCheckState(item.checkState())
                self.enclosed.blockSignals(False)
        if self.result is not None:
            self.message.show_message(translate("PacketTab", "The forms to enclose changed since this packet was "
                                                "built: build it again before exporting."), "warning")

    def enclose(self) -> dict[str, bool]:
        return dict(self._enclose.get(self.kind(), {}))

    # -- checklist -----------------------------------------------------------------------------------
    def _filing_changed(self) -> None:
        self._load_plan()
        spec = load_filing(self.kind())
        self.checklist.clear()
        sent_to = translate("PacketTab", "Sent to: {recipient}").format(
            recipient="; ".join(spec.recipient) or spec.forum)
        head = QListWidgetItem(f"{tr(spec.title)}\n{sent_to}", self.checklist)  # the forms: the list above
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        for item in spec.items:
            source = translate("PacketTab", "Source: {citation}").format(citation=item.citation)
            row = QListWidgetItem(f"☐ {tr(item.text)}\n    {source}", self.checklist)
            row.setToolTip(translate("PacketTab", "How the citation was checked: {how}").format(how=item.verified)
                           if item.verified else item.citation)
        if self.result is not None and self.result.filing.filing != spec.filing:
            self.message.show_message(translate("PacketTab", "The packet shown was built for {filing}: build it again "
                                                "for this filing.").format(filing=self.result.filing.filing.upper()),
                                      "warning")

    # -- build ---------------------------------------------------------------------------------------
    @property
    def building(self) -> bool:
        return self._cancel is not None

    def build(self) -> None:
        if self.matter_id is None or self.building:
            return
        matter_id, filing, session = self.matter_id, self.kind(), self._session
        member, enclose = self.member_id(), self.enclose()
        if load_filing(filing).per_member and member is None:
            self.message.show_message(translate("PacketTab", "This petition is filed for one relative: add the spouse "
                                                "or child on the Family tab, then choose them under For."))
            return
        cancel = threading.Event()
        self._cancel = cancel
        self.message.clear_message()
        self._set_building(True)
        signal = self._progress.step

        def work(v):
            return packets.build_packet(v, matter_id, filing, progress=signal.emit, cancelled=cancel.is_set,
                                        member_id=member, enclose=enclose)

        def built(result) -> None:
            if session != self._session:
                return
            self._cancel = None
            self.result = result
            self._set_building(False)
            self.summary.setText(self._summary(result))
            self.message.show_message(
                translate("PacketTab", "Built: {pages} pages, {exhibits} exhibit(s). It is held in memory only; use "
                          "Export PDF… to save a copy.").format(pages=result.page_count,
                                                                exhibits=len(result.exhibits))
                + "".join(f"\n{tr(w)}" for w in result.warnings), "warning" if result.warnings else "info")
            self.preview.show_content(DocumentContent(
                matter_id, translate("PacketTab", "{filing} packet").format(filing=filing.upper()), "application/pdf",
                result.pdf))

        def failed(exc: Exception) -> None:
            if session != self._session:
                return
            self._cancel = None
            self._set_building(False)
            if isinstance(exc, Cancelled):
                self.message.show_message(translate("PacketTab", "Cancelled: no packet was built."), "info")
            else:
                self.message.show_message(error_text(exc))
        QueryOp(self._tasks, self, work).success(built).failure(failed).run_in_background()

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.progress_label.setText(translate("PacketTab", "Cancelling…"))

    def _on_step(self, name: str, done: int, total: int) -> None:
        if self.building:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            self.progress_label.setText(name)

    def _summary(self, result) -> str:
        parts = [translate("PacketTab", "{part}: pages {first}–{last}").format(part=tr(p.title), first=p.first_page,
                                                                              last=p.last_page) for p in result.parts]
        return "  ·  ".join(parts)

    def _set_building(self, building: bool) -> None:
        self.progress.setVisible(building)
        self.cancel_button.setVisible(building)
        self.progress_label.setVisible(building)
        if building:
            self.progress.setRange(0, 0)
            self.progress_label.setText(translate("PacketTab", "Starting…"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        building = self.building
        self.build_button.setEnabled(self.matter_id is not None and not building)
        self.export_button.setEnabled(self.result is not None and not building)
        self.export_button.setToolTip("" if self.result is not None else
                                      translate("PacketTab", "Build the packet first."))
        row, count = self.exhibit_list.currentRow(), self.exhibit_list.count()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    # -- export --------------------------------------------------------------------------------------
    def export_dialog(self) -> None:
        if self.result is None:
            return
        start = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        name = f"{self.result.filing.filing}-packet.pdf"
        target, _ = QFileDialog.getSaveFileName(self, translate("PacketTab", "Export the packet (a decrypted copy)"),
                                                str(start / name), translate("PacketTab", "PDF files (*.pdf)"))
        if target:
            self.export_to(Path(target))

    def export_to(self, target: Path) -> None:
        if self.result is None or self.matter_id is None:
            return
        result, matter_id = self.result, self.matter_id

        def done(exported) -> None:
            self.message.show_message(translate("PacketTab", "A decrypted copy was written to {path}. Delete it when "
                                                "it is filed.").format(path=target), "warning")
            tell_export(self, exported)
        VaultOp(self._tasks, self, lambda v: packets.export_packet(v, matter_id, result, target)) \
            .success(done).failure(lambda exc: self.message.show_message(error_text(exc))).run_in_background()

