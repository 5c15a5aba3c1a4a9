"""User-visible text from the Qt-free core, translatable without importing Qt.

The core (error messages a dialog shows, labels the CLI and the GUI share) marks each such string
with ``translate("Context", "Text")``. Qt's ``lupdate`` extracts those calls into the Linguist
catalogs exactly as it extracts ``QCoreApplication.translate`` in the GUI. By default the text is
returned unchanged (the CLI and the hub speak English); the desktop app installs Qt's translator
with ``set_translator`` at start-up, so the same call then answers in the user's language.

Placeholders are ``str.format`` names (``{name}``), filled *after* translation, so a translator
can move them; ``n`` selects a plural form and replaces ``%n`` (Qt's convention).
"""

from __future__ import annotations

from typing import Callable

Translator = Callable[[str, str, "str | None", int], str]


def _identity(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text


_translator: Translator = _identity


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the installed language (English when none is); ``%n`` becomes ``n``."""
    out = _translator(context, text, disambiguation, n)
    if n >= 0 and "%n" in out:  # Qt substitutes %n itself; the identity translator does not
        out = out.replace("%n", str(n))
    return out


def set_translator(fn: Translator | None) -> None:
    """Install the function that translates (``None``: back to English)."""
    global _translator
    _translator = fn or _identity


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark a string in a table built at import time; ``translate(context, value)`` it where shown."""
    return text
