"""Filing packets: one PDF per filing (cover letter, G-28, filled forms, exhibit index, exhibits,
page numbers, bookmarks, proof of service), with checklists as data. See docs/packets.md.

The GUI reorders exhibits with ``reorder_exhibits(vault, matter_id, ids)`` and rebuilds with
``build_packet(vault, matter_id, filing)``; both are Qt-free and return plain values.
"""

from .assemble import Cancelled, PacketPart, PacketResult, build_packet, tab_label
from .exhibits import ExhibitDoc, ExhibitUnreadable, exhibit_documents, reorder_exhibits
from .filings import ChecklistItem, Filing, filing_kinds, load_filing


def exhibit_order(vault, matter_id: str) -> list[ExhibitDoc]:
    """The matter's exhibits in the order the next packet will use (for the GUI's list)."""
    with vault.session() as s:
        return exhibit_documents(s, matter_id)


__all__ = ["Cancelled", "ChecklistItem", "ExhibitDoc", "ExhibitUnreadable", "Filing", "PacketPart", "PacketResult",
           "build_packet", "exhibit_documents", "exhibit_order", "filing_kinds", "load_filing", "reorder_exhibits",
           "tab_label"]
