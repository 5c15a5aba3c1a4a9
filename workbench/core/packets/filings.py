"""Filing kinds and their checklists: data files in ``checklists/<filing>.json``.

Each file names the filing (``filing``), where it goes (``forum``: ``uscis`` or
``immigration_court``), the forms it encloses in order (``forms``: field-map form ids), the
cover letter's recipient and fee line, and ``items``: what the instructions require, each with
``citation`` (the USCIS or EOIR instruction, regulation or statute) and ``verified`` (how the
citation was checked; items marked "not confirmed" must be re-read against the current edition
before relying on them). ``per_member`` names a form filed for one family member (the I-730: one
petition per relative): such a packet is built for the member it is given. ``each_member`` names
forms enclosed once per qualifying family member (the U visa's Supplement A, ``forms.members``).
``each_member_in_us`` names forms enclosed for the client AND once more for each qualifying family
member recorded as in the United States, with the per-member answer that says whether that member
asks for it (the U visa's I-765: one for the petitioner and one per member, defaulting to the
member's Supplement A Part 4 item 8 answer, "would like an Employment Authorization Document"); a
member abroad gets none (no U.S. work permit before admission).
``g28_role`` is the client's role in the filing, as Form G-28 Part 3 item 5 asks it ("applicant" for an
application, "petitioner" for a petition, after the filing's own title): the packet's G-28 says it, with
the filing's form numbers in item 1.b, whatever the matter-wide answers say (``build_packet``).
``optional`` names forms the attorney may leave out, each with its default: ``"enclosed"``,
``"not_enclosed"``, or ``"if_answered"`` (enclosed when the matter has an answer to one of that
form's own questions: the attorney has begun it, e.g. a fee waiver); ``packets.plan`` applies them.
Adding a filing kind is adding a file (and its label and item texts to ``checklist_texts.py``, so
they can be translated).

``label`` and each item's ``text`` are ``Msg`` values: English as strings (the cover letter quotes the
label), in the interface language where the GUI shows them (``msg.tr``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import NotFound
from ..i18n import translate
from ..msg import Msg

CHECKLIST_DIR = Path(__file__).resolve().parent / "checklists"


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    text: str
    citation: str
    verified: str


@dataclass(frozen=True)
class Filing:
    filing: str
    label: str
    forum: str
    forms: tuple[str, ...]
    title: str
    recipient: tuple[str, ...]
    fee_line: str
    items: tuple[ChecklistItem, ...]
    per_member: str | None = None  # the form filled for one family member (one packet per relative)
    each_member: tuple[str, ...] = ()  # forms enclosed once per qualifying family member
    # (form id, per-member answer key or ""): forms enclosed for the client and for each member in the U.S.
    each_member_in_us: tuple[tuple[str, str], ...] = ()
    optional: tuple[tuple[str, str], ...] = ()  # (form id, default): forms the attorney may leave out
    g28_role: str | None = None  # the client's role on this filing's G-28 (Part 3 item 5)

    @property
    def is_court(self) -> bool:
        return self.forum == "immigration_court"


@lru_cache(maxsize=None)
def load_filing(filing: str) -> Filing:
    path = CHECKLIST_DIR / f"{filing}.json"
    if not path.is_file():
        raise NotFound(translate("packets", "There is no filing kind {filing}; known kinds: {kinds}.")
                       .format(filing=repr(filing), kinds=", ".join(filing_kinds())))
    data = json.loads(path.read_text("utf-8"))
    return Filing(filing=data["filing"], label=Msg("checklists", data["label"]), forum=data["forum"],
                  forms=tuple(data["forms"]), title=data["title"], recipient=tuple(data.get("recipient", ())),
                  fee_line=data.get("fee_line", ""),
                  items=tuple(ChecklistItem(i["id"], Msg("checklists", i["text"]), i["citation"], i.get("verified", ""))
                              for i in data["items"]), per_member=data.get("per_member"),
                  each_member=tuple(data.get("each_member", ())), optional=tuple(data.get("optional", {}).items()),
                  each_member_in_us=tuple((f, k or "") for f, k in data.get("each_member_in_us", {}).items()),
                  g28_role=data.get("g28_role"))


def filing_kinds() -> list[str]:
    return sorted(p.stem for p in CHECKLIST_DIR.glob("*.json"))
