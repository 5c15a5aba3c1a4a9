"""A family member as the applicant of a form: the matter's profile seen from that member.

(The same view makes the member the client of their own Form G-28: ``MEMBER_APPLICANT_FORMS``.)

Why: a U visa principal files one Form I-765 for herself and USCIS invites one more for each
qualifying family member in the United States (the bona fide determination work permit). Those
copies ask the same questions of a different person, so the SAME field map fills them: this module
rewrites the profile so that ``client``, the addresses, the passport, the last entry, the parents
and the ``answers`` are the member's, and the map never knows the difference. A copied map would
drift from the original at the next edition.

What each part becomes, and why (the model holds one ``Person`` row per member, the forms' own
per-member questionnaire answers, and nothing else about them):

* ``client``: every ``Client`` column, taken from the member's row where it has the same name
  (names, other names, birth, sex, marital status, A-number, SSN, nationality, phone); the rest is
  empty unless the member's own Supplement A answers record it (``SUPPLEMENT_A``: mobile phone,
  email, USCIS online account number, whether an interpreter is needed and the language). A member
  who needs no interpreter reads English (``english_fluency`` "fluent"); when that answer is
  missing, neither statement of the form is ticked and a check says so.
* ``addresses``: the member's own ``address`` (one line, ``places.split_address``) is both the home
  and the mailing address; when none is recorded, the member's Supplement A residence answers.
  Never the principal's home: a child may live with the other parent, and an I-765 mailed to the
  wrong address loses the card. No address is a pre-filing error, not a guess.
* ``passport``: the member's passport number with the Supplement A country and dates;
  ``entries``/``last_entry``: the member's last arrival (date, place, status, I-94).
* ``parents``/``mother``/``father`` (a child member): the principal and the principal's spouse
  when one is recorded (the model records no other parent); ``spouse`` (a spouse member): the
  principal. Anything else about the member's family is unknown here and stays empty.
* ``answers``: only the member's own answers (``person_id``): the principal's answers to the same
  questions (her status, her previous I-765) are not the member's; except the answers about the
  attorney (``ATTORNEY_ANSWERS``, the G-28's "am not subject to any order"), which are the matter's.
  ``principal`` keeps the client and her answers, for a judgment that may fall back on them
  (``ead_category`` says so when it does).
* the interpreter: the matter's, for a member who needs one (none for a member who reads English);
  the certifying agency, the attorney (the preparer), the matter: the matter's.

``checks``: what the view could not find, as pre-filing checks (``checks.check_facts`` adds them);
and a member under 14: the instructions let a parent or legal guardian sign for the applicant
(8 CFR 103.2(a)(2); the I-765 instructions' own sentence was not read this session).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP
from ..msg import Msg
from .checks import ERROR, INFO, WARNING, Check
from .places import split_address

# Forms whose applicant is the person the copy is filed for (a family member's own I-765), as
# opposed to forms the principal files about a member (Supplement A, the I-730). ONE rule: a form of
# this table filled with a ``member_id`` is that member's own copy, seen from the member; without one
# it is the client's. The G-28 is here because the attorney's appearance for a member's own
# application needs a G-28 in which the member is the client (G-28 instructions: an attorney "must
# file Form G-28 in each case"); the client's G-28 is the one filled without a member. Each form
# says where the view's own checks point on it (part, item), or None where it has no such item.
MEMBER_APPLICANT_FORMS: dict[str, dict[str, tuple[str, str] | None]] = {
    "i-765": {"address": ("2", "5"), "english": ("3", "1"), "signs": ("3", "7.a")},
    # Part 3 13.a the client's mailing address; Part 4 2.a the client's signature; no English statement
    "g-28": {"address": ("3", "13.a"), "english": None, "signs": ("4", "2.a")},
}
# The member's own applications a member's G-28 appears on when it is filled outside a packet (a
# packet names the forms it encloses for the member): the MEMBER_APPLICANT_FORMS other than the G-28.
MEMBER_OWN_APPLICATIONS = tuple(f for f in MEMBER_APPLICANT_FORMS if f != "g-28")
# Answers about the attorney, not about the applicant: the matter's answer stands on the member's
# own G-28 too (the member's own answer, if one was given, wins), since the same attorney appears.
ATTORNEY_ANSWERS = frozenset({"g28_attorney_subject_to_order"})

# Client column -> the member's own Supplement A answer that records it (the model's Person row
# has no such column; the attorney answered it for this person already).
SUPPLEMENT_A = {"mobile_phone": "i918a_member_mobile_phone", "email": "i918a_member_email",
                "uscis_account_number": "i918a_member_uscis_account_number",
                "interpreter_needed": "i918a_member_interpreter_needed",
                "interpreter_language": "i918a_member_interpreter_language"}
_PASSPORT = {"issuing_country": "i918a_member_passport_country", "issued_on": "i918a_member_passport_issued_on",
             "expires_on": "i918a_member_passport_expires_on"}
_RESIDENCE = ("street", "unit_type", "unit", "city", "state", "zip_code")
SIGNS_OWN_FORM_AT = 14  # 8 CFR 103.2(a)(2): a parent or legal guardian may sign for an applicant under 14


def _t(source: str, **args: object) -> Msg:
    return Msg("forms", source, **args)


def _date(value: Any) -> date | None:
    if isinstance(value, date) or value is None:
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def _address(member: dict, own: dict) -> dict[str, Any]:
    """The member's home: their own one-line address, else their Supplement A residence answers."""
    parts = split_address(member.get("address"))
    if not (parts["street"] and parts["city"]):
        parts = {k: own.get(f"i918a_member_residence_{k}") or "" for k in _RESIDENCE}
        parts["country"] = "United States" if parts["street"] else ""
    if not (parts["street"] and parts["city"]):
        return {}
    row = {**parts, "kind": "residence", "in_care_of": None}
    row["state_or_province"] = row.get("state") or row.get("province")
    return row


def _client(member: dict, client_columns, own: dict) -> dict[str, Any]:
    row = {col: member.get(col) for col in client_columns if col != "id"}
    row["id"] = member.get("id")
    for col, key in SUPPLEMENT_A.items():
        if own.get(key) not in (None, ""):
            row[col] = own[key]
    needed = row.get("interpreter_needed")
    row["english_fluency"] = None if needed is None else ("limited" if needed else "fluent")
    return row


def member_filing(form_numbers: str | None = None) -> dict[str, str]:
    """The filing context (``profile["filing"]``) of a member's own G-28: the member is the applicant
    of their own application (Part 3 item 5), and item 1.b names the forms it appears on:
    ``form_numbers`` as the packet encloses them for the member, else the member's own applications
    (``MEMBER_OWN_APPLICATIONS``: "I-765"). The packet and a G-28 filled alone use this one function,
    so both say the same."""
    return {"g28_role": "applicant",
            "form_numbers": form_numbers or ", ".join(f.upper() for f in MEMBER_OWN_APPLICATIONS)}


def _checks(member: dict, view: dict, form_id: str) -> list[Check]:
    name = " ".join(x for x in (member.get("given_name"), member.get("family_name")) if x)
    where = MEMBER_APPLICANT_FORMS.get(form_id) or MEMBER_APPLICANT_FORMS["i-765"]
    out = []
    if not view["addresses"].get("residence"):
        out.append(Check(ERROR, _t(QT_TRANSLATE_NOOP(
            "forms", "No address is recorded for {name}: record it on the Family tab (the form's mailing and "
                     "physical address are the family member's own, never assumed to be the client's)."), name=name),
            None, *where["address"]))
    if view["client"].get("interpreter_needed") is None and where["english"]:
        out.append(Check(WARNING, _t(QT_TRANSLATE_NOOP(
            "forms", "Whether {name} reads English or needs an interpreter is not recorded (Supplement A's question "
                     "for this family member): the applicant's statement is left unticked."), name=name),
            None, *where["english"]))
    age = member.get("age")
    if isinstance(age, int) and age < SIGNS_OWN_FORM_AT:
        out.append(Check(INFO, _t(QT_TRANSLATE_NOOP(
            "forms", "{name} is under 14: a parent or legal guardian may sign the applicant's statement for the "
                     "child (8 CFR 103.2(a)(2))."), name=name), None, *where["signs"]))
    return out


def member_as_applicant(profile: dict[str, Any], member_id: str, answer_rows, form_id: str = "i-765") -> dict[str, Any]:
    """``profile`` (``build_profile``'s, with ``member``) seen from the family member ``member_id``,
    the applicant (or client) of their own copy of ``form_id``."""
    member = profile["member"]
    if not member:
        return profile
    # the attorney's own answers (matter-wide) first, the member's answers over them
    rows = ([a for a in answer_rows if a.person_id is None and a.key in ATTORNEY_ANSWERS]
            + [a for a in answer_rows if a.person_id == member_id])
    own = {a.key: a.value for a in rows}
    explained = {f"{a.key}.explanation": a.explanation for a in rows}
    own_explained = {k: v for k, v in explained.items() if v}
    principal = profile["client"]
    home = _address(member, own)
    passport = {"number": member.get("passport_number"), "kind": "passport",
                **{col: _date(own.get(key)) if col != "issuing_country" else own.get(key)
                   for col, key in _PASSPORT.items()}} if member.get("passport_number") else {}
    entry = {"entry_date": member.get("last_entry_date"), "place": member.get("last_entry_place"),
             "status": member.get("status_at_last_entry"), "i94_number": member.get("i94_number"),
             "status_expires_on": member.get("status_expires_on")}
    for key in ("place_city", "place_state", "place_country"):
        entry[key] = member.get(key.replace("place", "last_entry_place"))
    relation = member.get("relation")
    parents: list[dict] = []
    if relation == "child":
        parents = [principal] + ([profile["spouse"]] if profile.get("spouse") else [])
    view = {
        **profile,
        "client": _client(member, principal.keys(), own),
        "addresses": {"residence": home, "postal": home, "history": [home] if home else []} if home else
                     {"postal": {}, "history": []},
        "passport": passport,
        "travel_document": {},
        "entries": [entry] if member.get("last_entry_date") else [],
        "last_entry": entry if member.get("last_entry_date") else {},
        "spouse": {**principal, "marriage_date": member.get("marriage_date"),
                   "marriage_place": member.get("marriage_place")} if relation == "spouse" else {},
        "children": [], "siblings": [], "education": [], "employment": [],
        "parents": parents,
        "mother": next((p for p in parents if p.get("sex") == "female"), {}),
        "father": next((p for p in parents if p.get("sex") == "male"), {}),
        "answers": {**own, **own_explained},
        # the matter's interpreter reads the form to a member who needs one; to a member who reads
        # English, nobody does (the form's interpreter part then stays empty, with nothing to report)
        "interpreter": profile.get("interpreter", {}) if own.get(SUPPLEMENT_A["interpreter_needed"]) else {},
        "contacts": {role: rows for role, rows in profile.get("contacts", {}).items()
                     if role != "interpreter" or own.get(SUPPLEMENT_A["interpreter_needed"])},
        "principal": {"client": principal, "answers": {a.key: a.value for a in answer_rows if a.person_id is None}},
    }
    view["checks"] = _checks(member, view, form_id)
    return view
