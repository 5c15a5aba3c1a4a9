"""The choices the command line offers (sort keys, filing kinds), without loading the database
layer or the PDF machinery: ``workbench`` builds its parser before it starts the desktop app, so
whatever the parser imports delays the first window (issue 14: startup time, ``make bench``)."""

from __future__ import annotations

from pathlib import Path

from ..queries.sort_keys import SORT_KEYS

__all__ = ["SORT_KEYS", "filing_kinds"]

_CHECKLISTS = Path(__file__).resolve().parent.parent / "packets" / "checklists"


def filing_kinds() -> list[str]:
    """The filings a packet can be built for: one checklist file each (``core.packets.filings``
    reads the same folder; a test holds the two lists equal)."""
    return sorted(p.stem for p in _CHECKLISTS.glob("*.json"))
