"""Where the files under ``resources/`` (and the user guide in ``docs/``) are, from a source tree
or a PyInstaller bundle.

The build puts ``resources/`` next to the package (build.spec lists it as data); a missing
file is not fatal: the app then runs with Qt's default look rather than refusing to start.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication


def resource_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def docs_dir() -> Path:
    """``docs/`` (the user guide): the repository's in a source tree, bundled beside ``resources/``
    by the build (build.spec copies ``docs/user-guide*.md``)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "docs"
    return Path(__file__).resolve().parents[2] / "docs"


def user_guide_path(language: str = "en") -> Path:
    """The user guide in ``language`` if that translation exists, else the English one."""
    if language and language != "en":
        translated = docs_dir() / f"user-guide.{language}.md"
        if translated.exists():
            return translated
    return docs_dir() / "user-guide.md"


def app_icon() -> QIcon:
    path = resource_path("icons", "workbench.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def apply_style(app: QApplication) -> None:
    """Fusion (identical on Windows, macOS and Linux) plus a small style sheet for message roles."""
    app.setStyle("Fusion")
    qss = resource_path("styles", "workbench.qss")
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
