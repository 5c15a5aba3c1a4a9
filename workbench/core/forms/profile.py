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
* ``answered.<question id>[i]``: every person who gave that answer (not empty, not "No"): the client
  first (a matter-wide answer; ``relation`` "self"), then the family members with their own answer
  (spouse, children oldest first, parents, siblings, others); each row is the person's columns plus
  ``answers`` (that person's answers, without explanations). ``family_answered.<question id>[i]``:
  the same without the client. ``totals.<question id>`` / ``family_totals.<question id>``: the sum
  of the numeric answers over those rows (absent when there is no row: the form's "None");
* ``today``: the date the form is prepared;
* ``member``: the family member a per-member form is about (I-918 Supplement A, I-730), with ``age``
  (whole years on ``today``);
* ``principal`` (only when the member is the form's applicant, ``member_applies``: a family member's
  own I-765): the client and her matter-wide answers, while ``client``, the addresses, ``answers`` ...
  are the member's (``applicant.py``).

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


_RELATION_ORDER = ("spouse", "child", "parent", "sibling", "other")


def _given(value: Any) -> bool:
    """An answer that puts its person on a per-member list: not empty and not "No"."""
    return value is not None and value is not False and value not in ("", [], {})


def _sum(values) -> int | float:
    return sum(v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool))


def _answers_by_person(client: dict[str, Any], people, answer_rows) -> dict[str, Any]:
    """``answered`` / ``family_answered`` / ``totals`` / ``family_totals`` (module docstring).

    Why: some forms ask per household member (I-912 Part 3's family members also requesting a
    waiver, Part 4's benefit recipients, Part 5's incomes), so a table's rows are the people who
    gave one answer. The client's own answers are the matter-wide ones (no ``person_id``)."""
    own: dict[str | None, dict[str, Any]] = {}
    for a in answer_rows:
        own.setdefault(a.person_id, {})[a.key] = a.value

    def rank(p) -> tuple:
        relation = getattr(p.relation, "value", p.relation)
        return (_RELATION_ORDER.index(relation) if relation in _RELATION_ORDER else len(_RELATION_ORDER),
                p.date_of_birth or date.max)

    family = [{**_row(p), "answers": own.get(p.id, {})} for p in sorted(people, key=rank)]
    me = {**client, "relation": "self", "answers": own.get(None, {})}
    out: dict[str, dict] = {"answered": {}, "family_answered": {}, "totals": {}, "family_totals": {}}
    for key in {k for answers in own.values() for k in answers}:
        kin = [row for row in family if _given(row["answers"].get(key))]
        everyone = ([me] if _given(me["answers"].get(key)) else []) + kin
        out["family_answered"][key], out["answered"][key] = kin, everyone
        for name, rows in (("family_totals", kin), ("totals", everyone)):
            if rows:
                out[name][key] = _sum(r["answers"].get(key) for r in rows)
    return out


def _with_age(row: dict[str, Any], today: date) -> dict[str, Any]:
    """``row`` plus ``age``: whole years completed on ``today`` (absent without a date of birth).

    Why: a part of a per-member form may apply only from an age ("if the beneficiary ... is not
    14 years of age or older, this section should be left blank", I-730 Part 6), a condition the
    map writes as ``{"path": "member.age", "at_least": 14}``."""
    born = row.get("date_of_birth")
    if not isinstance(born, date):
        return row
    return {**row, "age": today.year - born.year - ((today.month, today.day) < (born.month, born.day))}


def attorney_profile(session: Session) -> dict[str, Any]:
    row = session.get(VaultMeta, "attorney_profile")
    data = json.loads(row.value) if row else {}
    return {k: data.get(k) for k in ATTORNEY_KEYS}


def build_profile(session: Session, matter_id: str, today: date | None = None,
                  member_id: str | None = None, member_applies: bool | str = False,
                  filing: dict[str, Any] | None = None) -> dict[str, Any]:
    """The profile of ``matter_id``; ``member_id`` names the family member a per-member form
    (I-918 Supplement A) is about, available as ``member``. ``member_applies``: that member is the
    form's applicant (a family member's own I-765, or the client of their own G-28; the form id, or
    True for the I-765): the profile is seen from them (``applicant.py``).
    ``filing``: what the packet being built says of itself (``packets.assemble.filing_context``:
    the client's role and the form numbers its G-28 names), available as ``filing``."""
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
    profile = {
        **_answers_by_person(_row(client), people, _live(matter.answers)),
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
        "member": _with_age(next((_row(p) for p in people if p.id == member_id), {}), today or date.today()),
        "filing": dict(filing or {}),
    }
    if member_applies and member_id:
        from .applicant import member_as_applicant  # applicant -> checks -> fieldmap: imported when used

        return member_as_applicant(profile, member_id, _live(matter.answers),
                                   **({"form_id": member_applies} if isinstance(member_applies, str) else {}))
    return profile
