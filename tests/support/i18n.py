"""Tools for the translation tests: extract the catalog from the sources with the real
``pyside6-lupdate``, read Linguist .ts files, build a pseudo-language catalog, and collect every
text a window shows (so a string that skipped ``translate`` is found on screen)."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import REPO_ROOT

OPEN, CLOSE = "\u27e6", "\u27e7"  # ⟦ ⟧ wrap every pseudo translation
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?::[^}]*)?\}|%n|%\d")


@dataclass
class Message:
    context: str
    source: str
    translations: list[str]  # one, or one per plural form
    finished: bool
    numerus: bool


def read_ts(path: Path) -> dict[tuple[str, str], Message]:
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            numerus = msg.get("numerus") == "yes"
            forms = [f.text or "" for f in tr.iter("numerusform")] if numerus else [tr.text or ""]
            kind = tr.get("type")
            out[(name, source)] = Message(name, source, forms, kind not in ("unfinished", "vanished", "obsolete")
                                          and all(forms), numerus)
    return out


def extract(tmp_path: Path) -> dict[tuple[str, str], Message]:
    """Every translatable string in the sources now, as lupdate sees them."""
    from workbench.gui.i18n import qt_tool

    ts = tmp_path / "extracted.ts"
    subprocess.run([qt_tool("lupdate"), "-silent", "-extensions", "py", str(REPO_ROOT / "workbench"), "-ts", str(ts),
                    "-locations", "none"], check=True, capture_output=True)
    return read_ts(ts)


def write_pseudo_catalog(messages: dict[tuple[str, str], Message], qm: Path) -> None:
    """A catalog whose every translation is ``⟦source⟧`` (placeholders and mnemonics kept)."""
    from workbench.gui.i18n import qt_tool

    root = ET.Element("TS", version="2.1", language="eo", sourcelanguage="en")
    by_context: dict[str, list[Message]] = {}
    for m in messages.values():
        by_context.setdefault(m.context, []).append(m)
    for name, msgs in by_context.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        for m in msgs:
            el = ET.SubElement(ctx, "message", numerus="yes") if m.numerus else ET.SubElement(ctx, "message")
            ET.SubElement(el, "source").text = m.source
            tr = ET.SubElement(el, "translation")
            if m.numerus:
                ET.SubElement(tr, "numerusform").text = f"{OPEN}{m.source}{CLOSE}"
            else:
                tr.text = f"{OPEN}{m.source}{CLOSE}"
    ts = qm.with_suffix(".ts")
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)


# -- what a window shows ---------------------------------------------------------------------------
_TAGS = re.compile(r"<[^>]+>|&[a-z]+;|&#\d+;")


def _plain(text: str) -> str:
    return _TAGS.sub(" ", text or "")


def _qt_own(w) -> bool:
    """Widgets whose text Qt supplies and translates with its own catalog (qtbase_<lang>.qm, which
    the pseudo-language lacks): standard dialog buttons, a tab bar's scroll arrows."""
    from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QTabBar, QToolButton

    parent = w.parentWidget()
    if isinstance(w, QPushButton) and isinstance(parent, QDialogButtonBox):
        return parent.standardButton(w) != QDialogButtonBox.StandardButton.NoButton
    return isinstance(w, QToolButton) and isinstance(parent, QTabBar)


def visible_texts(top) -> list[tuple[str, str]]:
    """(where, text) for every text the user can see or hear in ``top`` and its children."""
    from PySide6.QtWidgets import (QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QMenu, QPlainTextEdit,
                                   QTableView, QTabWidget, QTextEdit, QTreeView, QWidget)
    from PySide6.QtCore import Qt

    found: list[tuple[str, str]] = []

    def add(where: str, text: str | None) -> None:
        if text and text.strip():
            found.append((where, _plain(text)))

    widgets = [top] + top.findChildren(QWidget)
    for w in widgets:
        if _qt_own(w):
            continue
        kind = type(w).__name__
        if w.isWindow():
            add(f"{kind}.windowTitle", w.windowTitle())
        add(f"{kind}.toolTip", w.toolTip())
        add(f"{kind}.accessibleName", w.accessibleName())
        if isinstance(w, QLabel):
            add(f"{kind}.text", w.text())
        elif isinstance(w, QAbstractButton):
            add(f"{kind}.text", w.text())
        elif isinstance(w, QGroupBox):
            add(f"{kind}.title", w.title())
        elif isinstance(w, QLineEdit):
            add(f"{kind}.placeholder", w.placeholderText())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            add(f"{kind}.placeholder", w.placeholderText())
            if w.isReadOnly():
                add(f"{kind}.text", w.toPlainText())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(f"{kind}.item", w.itemText(i))
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(f"{kind}.tab", w.tabText(i))
        elif isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            header = w.horizontalHeader() if isinstance(w, QTableView) else w.header()
            if not header.isHidden():
                for col in range(header.count()):
                    add(f"{kind}.header", w.model().headerData(col, Qt.Orientation.Horizontal,
                                                               Qt.ItemDataRole.DisplayRole))
        if isinstance(w, QMenu):
            add("QMenu.title", w.title())
        for action in w.actions():
            add("QAction.text", action.text())
            add("QAction.toolTip", action.toolTip() if action.toolTip() != action.text().replace("&", "") else "")
            if action.menu() is not None:
                add("QAction.menu", action.menu().title())
                for sub in action.menu().actions():
                    add("QAction.text", sub.text())
    return found


_WORD = re.compile(r"[A-Za-z]{3,}")


_PATH = re.compile(r"(?:[A-Za-z]:)?[/\\][^\s]*|\S+\.(?:pdf|png|jpe?g|csv|ics|wbbundle|txt)\b|https?://\S+")


def untranslated(texts: list[tuple[str, str]], allowed: set[str]) -> list[tuple[str, str]]:
    """Texts with an English word outside every ⟦…⟧ span, other than ``allowed`` words (data the
    test typed in, product and form names) and file paths, file names and addresses."""
    bad = []
    allowed_lower = {a.lower() for a in allowed}
    for where, text in texts:
        outside = text
        innermost = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
        while innermost.search(outside):  # a translation can hold another one: ⟦“⟦title⟧”. The rules…⟧
            outside = innermost.sub(" ", outside)
        outside = _PATH.sub(" ", outside)
        words = [w for w in _WORD.findall(outside) if w.lower() not in allowed_lower]
        if words:
            bad.append((where, text))
    return sorted(set(bad))


def assert_all_translated(seen: list[tuple[str, str]], allowed: set[str]) -> None:
    """Fail listing each untranslated text once, with the first place it was seen."""
    first: dict[str, str] = {}
    for where, text in untranslated(seen, allowed):
        first.setdefault(text, where)
    assert not first, f"{len(first)} text(s) shown without translate():\n  " + "\n  ".join(
        f"{where}: {text!r}" for text, where in list(first.items())[:80])


# Words that are not English text: the product's name, form numbers, agency acronyms, and Qt's
# own key names in shortcut tooltips (Qt translates those itself).
NAMES = {"Pro", "Bono", "Workbench", "USCIS", "EOIR", "BIA", "PDF", "CSV", "ICS", "FTS", "SIJS", "VAWA", "AES", "GCM",
         "Ctrl", "Shift", "Alt"}


def official_words() -> set[str]:
    """Words quoted from the official forms and instructions, which stay in English on purpose:
    the questions in forms/*/*.json and the checklist items and citations in the packet checklists."""
    import json

    words: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            words.update(_WORD.findall(value))
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
    for path in [*(REPO_ROOT / "forms").glob("*/*.json"),
                 *(REPO_ROOT / "workbench" / "core" / "packets" / "checklists").glob("*.json")]:
        walk(json.loads(path.read_text(encoding="utf-8")))
    return words


def locale_words() -> set[str]:
    """Month and day names of the current locale (dates on screen are the locale's, not ours)."""
    from PySide6.QtCore import QLocale

    loc = QLocale()
    names = set()
    for fmt in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat):
        names |= {loc.monthName(m, fmt) for m in range(1, 13)} | {loc.dayName(d, fmt) for d in range(1, 8)}
        names |= {loc.standaloneMonthName(m, fmt) for m in range(1, 13)}
    return {w for name in names for w in _WORD.findall(name)}


def data_words(vault) -> set[str]:
    """Every word stored in the vault's text columns (client names, notes...): data, not UI."""
    from sqlalchemy import String, select

    from workbench.core.model import Base

    words: set[str] = set()
    with vault.session() as s:
        for table in Base.metadata.sorted_tables:
            cols = [c for c in table.columns if isinstance(c.type, String)]
            if not cols:
                continue
            for row in s.execute(select(*cols)):
                for value in row:
                    if isinstance(value, str):
                        words.update(re.findall(r"[A-Za-z]{3,}", value))
    return words
