"""The one font every PDF the app draws uses: DejaVu Sans, bundled in ``resources/fonts``.

Packets, continuation sheets, visit kits and reports carry client names in any script (Nguyễn,
Петренко, Çağrı). Looking for a system font gave a different result on each computer and none
at all on a fresh Windows (Arial Unicode is no longer installed), and the built-in Helvetica
shows only Latin-1. So the app ships DejaVu Sans (Latin with Vietnamese, Cyrillic, Greek; see
``resources/fonts/README.md`` for its licence) and registers it here, once per process, under
names of its own. ReportLab embeds only the glyphs used (a subset), so a one-page PDF stays small.

The folder is ``resources/fonts`` beside the package in a source tree and inside the frozen
bundle (``sys._MEIPASS``, build.spec collects ``resources/``). If the files are missing (a
damaged installation), PDFs still get made, in Helvetica, and the log says why.
"""

from __future__ import annotations

import logging
import sys
from functools import lru_cache
from pathlib import Path

log = logging.getLogger("workbench.pdf")

REGULAR, BOLD = "WorkbenchSans", "WorkbenchSans-Bold"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
FALLBACK = ("Helvetica", "Helvetica-Bold")


def font_dir() -> Path:
    """``resources/fonts`` in the frozen bundle, else in the source tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    return root / "resources" / "fonts"


@lru_cache(maxsize=None)
def fonts() -> tuple[str, str]:
    """(regular, bold) font names registered with ReportLab: the bundled pair, or Helvetica's."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont, TTFError

    try:
        for name, file in FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(font_dir() / file)))
    except (OSError, TTFError) as exc:
        log.warning("bundled PDF font unavailable (%s): PDFs use Helvetica (Latin-1 only)", type(exc).__name__)
        return FALLBACK
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return REGULAR, BOLD


def is_unicode(font: str) -> bool:
    """Whether ``font`` shows more than Latin-1 (the bundled one does; the fallback does not)."""
    return font not in FALLBACK
