"""Telling the user, once and where they acted, that other accounts may be able to read a file.

The core says so in a sentence and goes on: ``Exported.warning`` when a decrypted copy was written
where its access could not be limited to the owner (a FAT stick or a network share, anywhere; an
ACL Windows refused), ``Vault.access_warning`` when the vault's folder could not be made
owner-only. The sentence is already in the interface language (core ``translate``). Nothing
failed (the copy exists, the vault is open), so it is an information box beside the action, not
the error box, and it is not repeated by refreshes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.i18n import translate


def export_warning(result: Any) -> str | None:
    """The warning an export operation's result carries: an ``Exported``, or a value holding one as
    ``.exported`` (a report); ``None`` when the copy is owner-only."""
    return getattr(getattr(result, "exported", result), "warning", None)


def tell_access(parent: QWidget | None, warning: str | None) -> QMessageBox | None:
    """Show ``warning`` in a non-modal information box over ``parent``; nothing when it is ``None``.
    Returns the box (tests read it and close it)."""
    if not warning:
        return None
    box = QMessageBox(QMessageBox.Icon.Information, translate("AccessNotice", "Who can read this file"), warning,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("access-notice")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def tell_export(parent: QWidget | None, result: Any) -> QMessageBox | None:
    """After an export written from the GUI: its warning, if it has one."""
    return tell_access(parent, export_warning(result))
