"""The client profile as the field maps see it: one nested dict built from a matter.

Field maps (``forms/<form>/<edition>.json``) name values by dotted paths into this dict, so
the maps never know the ORM and the ORM can change without touching them. The vocabulary
(docs in forms/README.md):

* ``client.*``, ``matter.*``: every column of the client and the matter;
* ``addresses.residence`` / ``.mailing`` / ``.last_abroad`` / ``.feared_country``: the current
  address of each kind; ``addresses.postal``: where mail goes (the mailing address, else the home); ``addresses.history[i]``: every place lived (all kinds but mailing), most recent first;
* ``passport``, ``travel_document``: the first of each kind;
* ``entries[i]``: entries to the US, most recent first (``entries[0]`` is the last arrival);
  ``last_entry`` is the same as ``entries[0]``;
* ``spouse``; ``children[i]`` (oldest first); ``parents[i]``, ``mother``, ``father``; ``siblings[i]``;
* every address row also has ``state_or_province`` (forms print one column for both);
* every one-line place (``place``, ``last_entry_place``, ``marriage_place``, ``current_location``,
  ``location``) also has ``<column>_city``, ``<column>_state`` and ``<column>_country`` (``places.py``);
* ``education[i]``, ``employment[i]``: most recent first;
* ``contacts.<role>[i]`` and the shortcuts ``interpreter``, ``certifying_agency``; each contact also
  has ``family_name``/``given_name`` (from a name written "Family, Given") and the parts of its
  one-line address (``street``, ``unit_type``, ``unit``, ``city``, ``state``, ``zip_code``, ``province``,
  ``country``);
* ``attorney.*``: the attorney's own profile (vault setting ``attorney_profile``, a JSON object);
* ``answers.<question id>`` and ``answers.<question id>.explanation``: form questionnaire answers;
* ``today``: the date the form is prepared;
* ``member``: the family member a per-member form is about (I-918 Supplement A).

Values keep their Python types (dates, enums as strings, booleans, lists); formatting for a
form field happens in ``fieldmap``.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from ..model import Matter, VaultMeta
from ..model import enums as E
from .places import split_address, split_name, split_place

PLACE_COLUMNS = ("place", "last_entry_place", "marriage_place", "current_location", "location")

ATTORNEY_KEYS = ("family_name", "given_name", "middle_name", "firm", "bar_number", "licensing_authority",
                 "uscis_account_number", "eoir_id", "street", "unit_type", "unit", "city", "state", "zip_code",
                 "province", "postal_code", "country", "phone", "mobile_phone", "fax", "email")


def _row(obj) -> dict[str, Any]:
    if obj is None:
        return {}
    out = {}
    for attr in inspect(obj).mapper.column_attrs:
        value = getattr(obj, attr.key)
        out[attr.key] = value.value if isinstance(value, E.StrEnum) else value
    if "province" in out and "state" in out:  # forms have one "State/Province" column
        out["state_or_province"] = out["state"] or out["province"]
    for col in PLACE_COLUMNS:
        if col in out:
            out[f"{col}_city"], out[f"{col}_state"], out[f"{col}_country"] = split_place(out[col])
    return out


def _live(rows):
    return [r for r in rows if r.deleted_at is None]


def _recent_first(rows, key):
    return sorted(rows, key=lambda r: getattr(r, key) or date.min, reverse=True)


def attorney_profile(session: Session) -> dict[str, Any]:
    row = session.get(VaultMeta, "attorney_profile")
    data = json.loads(row.value) if row else {}
    return {k: data.get(k) for k in ATTORNEY_KEYS}


def build_profile(session: Session, matter_id: str, today: date | None = None,
                  member_id: str | None = None) -> dict[str, Any]:
    """The profile of ``matter_id``; ``member_id`` names the family member a per-member form
    (I-918 Supplement A) is about, available as ``member``."""
    matter = session.get(Matter, matter_id)
    if matter is None:
        from ..errors import NotFound

        raise NotFound(f"There is no matter with id {matter_id}.")
    client = matter.client
    addresses = _live(client.addresses)
    by_kind: dict[str, dict] = {}
    for a in _recent_first(addresses, "from_date"):
        by_kind.setdefault(str(a.kind.value), _row(a))
    people = _live(client.people)

    def relatives(kind):
        rows = [p for p in people if p.relation == kind]
        return [_row(p) for p in sorted(rows, key=lambda p: p.date_of_birth or date.max)]

    docs = _live(client.travel_documents)
    contacts: dict[str, list] = {}
    for c in _live(matter.contacts):
        row = _row(c)
        # the forms ask a contact's name and address in parts: read them from "Family, Given" and
        # "street, Apt N, City, ST 12345" (places.py); what cannot be read stays empty
        row["family_name"], row["given_name"] = split_name(row.get("name"))
        row.update(split_address(row.get("address")))
        contacts.setdefault(str(c.role.value), []).append(row)
    entries = [_row(e) for e in _recent_first(_live(client.entries), "entry_date")]
    answers: dict[str, Any] = {}
    # matter-wide answers first, then the member's own answers over them (per-member forms)
    for a in sorted(_live(matter.answers), key=lambda a: a.person_id is not None):
        if a.person_id is not None and a.person_id != member_id:
            continue
        answers[a.key] = a.value
        if a.explanation:
            answers[f"{a.key}.explanation"] = a.explanation
    spouse = relatives(E.Relationship.SPOUSE)
    return {
        "client": _row(client),
        "matter": _row(matter),
        "addresses": {**by_kind, "postal": by_kind.get("mailing") or by_kind.get("residence") or {},
                      "history": [_row(a) for a in _recent_first(
            [a for a in addresses if a.kind != E.AddressKind.MAILING], "from_date")]},
        "passport": next((_row(d) for d in docs if d.kind == E.TravelDocumentKind.PASSPORT), {}),
        "travel_document": next((_row(d) for d in docs if d.kind == E.TravelDocumentKind.TRAVEL_DOCUMENT), {}),
        "entries": entries,
        "last_entry": entries[0] if entries else {},
        "spouse": spouse[0] if spouse else {},
        "children": relatives(E.Relationship.CHILD),
        "parents": relatives(E.Relationship.PARENT),
        "mother": next((p for p in relatives(E.Relationship.PARENT) if p.get("sex") == "female"), {}),
        "father": next((p for p in relatives(E.Relationship.PARENT) if p.get("sex") == "male"), {}),
        "siblings": relatives(E.Relationship.SIBLING),
        "education": [_row(e) for e in _recent_first(_live(client.education), "from_date")],
        "employment": [_row(e) for e in _recent_first(_live(client.employment), "from_date")],
        "contacts": contacts,
        "interpreter": (contacts.get("interpreter") or [{}])[0],
        "certifying_agency": (contacts.get("certifying_agency") or [{}])[0],
        "attorney": attorney_profile(session),
        "answers": answers,
        "today": today or date.today(),
        "member": next((_row(p) for p in people if p.id == member_id), {}),
    }
