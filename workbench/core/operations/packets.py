"""Filing packets: the filing kinds, the exhibit order, building a packet and writing it out.

A packet is built in memory (the GUI previews it; building may take seconds, with progress and
cancel) and leaves the vault only through ``write_export`` (audited). The packet's own machinery
lives in ``core.packets``; this module is what the two front-ends call.
"""

from __future__ import annotations

from pathlib import Path

from .. import packets
from ..packets import Cancelled, ChecklistItem, ExhibitDoc, Filing, PacketResult, tab_label
from ..packets.plan import PlannedForm, plan_forms
from ..vault.store import Vault
from .base import ChangeSet
from .exports import Exported, write_export

__all__ = ["Cancelled", "ChecklistItem", "ExhibitDoc", "Filing", "PacketResult", "PlannedForm", "build_packet",
           "exhibit_order", "export_packet", "filing_kinds", "load_filing", "packet_members", "packet_plan",
           "reorder_exhibits",
           "tab_label"]


def filing_kinds(*, per_member: bool = True) -> list[str]:
    """The filings a packet can be built for (one checklist file each); ``per_member=False`` leaves
    out those built for one family member (the I-730), for a front-end that cannot name one."""
    return [k for k in packets.filing_kinds() if per_member or not packets.load_filing(k).per_member]


def load_filing(filing: str) -> Filing:
    return packets.load_filing(filing)


def exhibit_order(vault: Vault, matter_id: str) -> list[ExhibitDoc]:
    """The matter's exhibits in the order the next packet will use."""
    return packets.exhibit_order(vault, matter_id)


def reorder_exhibits(vault: Vault, matter_id: str, ordered_document_ids: list[str]) -> ChangeSet:
    """Store the exhibit order (exactly these documents, in this order)."""
    return packets.reorder_exhibits(vault, matter_id, ordered_document_ids)


def packet_plan(vault: Vault, matter_id: str, filing: str, *, member_id: str | None = None,
                enclose: dict[str, bool] | None = None) -> list[PlannedForm]:
    """The forms the packet will enclose, in order, each for whom and whether optional (the GUI's
    tick boxes, the CLI's list before it builds)."""
    from ..errors import NotFound
    from ..i18n import translate
    from ..model import Matter

    spec = packets.load_filing(filing)
    with vault.session() as s:
        matter = s.get(Matter, matter_id)
        if matter is None or matter.deleted_at is not None:
            raise NotFound(translate("errors", "There is no matter with id {id}.").format(id=matter_id))
        return plan_forms(s, matter, spec, member_id=member_id, enclose=enclose)


def packet_members(vault: Vault, matter_id: str) -> list[tuple[str, str]]:
    """(person id, name) of the relatives a per-member packet (the I-730) may be built for: the
    same members the Forms tab offers one form each (``forms.members``)."""
    from ..forms.members import display_name, qualifying_members
    from ..model import Matter

    with vault.session() as s:
        matter = s.get(Matter, matter_id)
        return [(p.id, display_name(p)) for p in qualifying_members(matter)] if matter is not None else []


def build_packet(vault: Vault, matter_id: str, filing: str, *, fee_line: str | None = None, progress=None,
                 cancelled=None, member_id: str | None = None, enclose: dict[str, bool] | None = None) -> PacketResult:
    """Assemble the packet in memory (``progress(step, done, total)``; ``cancelled()`` stops it);
    ``member_id``: the relative a per-member filing (the I-730) is for; ``enclose``: the attorney's
    choice for the filing's optional forms (form id -> enclosed)."""
    return packets.build_packet(vault, matter_id, filing, fee_line=fee_line, progress=progress, cancelled=cancelled,
                                member_id=member_id, enclose=enclose)


def export_packet(vault: Vault, matter_id: str, result: PacketResult, destination: Path) -> Exported:
    """Write a built packet where the user chose."""
    return write_export(vault, Path(destination), result.pdf, what=f"{result.filing.filing} packet",
                        entity_id=matter_id)
