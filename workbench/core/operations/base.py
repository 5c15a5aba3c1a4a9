"""What every operation shares: the ``ChangeSet`` a write returns, and the field checks the GUI
runs as the user types and ``save_edits`` runs again before writing."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP, translate
from ..model.validators import normalize_a_number
from .changes import ChangeSet  # noqa: F401 - where every operation module has found it


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


# ----------------------------------------------------------------------------- field checks
# Pure functions: the GUI calls them as the user types (inline validation) and ``save_edits``
# calls them again before writing, so a check can never be skipped by a path that is not a form.

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_PHONE_CHARS = set("0123456789 +-().x")
_DATE_FORMATS = {"MDY": ("%Y-%m-%d", "%m/%d/%Y", "%m-%d-%Y"), "DMY": ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y")}
PHONE_FIELDS = frozenset({"phone", "mobile_phone"})


def parse_date(text: str, order: str = "MDY") -> date | None:
    """``2026-03-04``, or ``03/04/2026`` in ``order``: ``MDY`` (US, as on USCIS forms; the CLI and
    English UI) or ``DMY`` (how a Spanish-language UI types dates). Empty gives None."""
    text = text.strip()
    if not text:
        return None
    for fmt in _DATE_FORMATS[order]:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    if order == "DMY":
        raise ValueError(translate("fields", "Enter a date as DD/MM/YYYY or YYYY-MM-DD, for example 04/03/2026."))
    raise ValueError(translate("fields", "Enter a date as MM/DD/YYYY or YYYY-MM-DD, for example 03/04/2026."))


def parse_minutes(text: str) -> int:
    """Hours typed as ``1.5``, ``1:30``, ``90m`` or ``2h`` -> whole minutes."""
    t = text.strip().lower().replace(" ", "")
    try:
        if ":" in t:
            h, m = t.split(":", 1)
            minutes = int(h or 0) * 60 + int(m)
        elif t.endswith("m"):
            minutes = int(t[:-1])
        else:
            minutes = round(float(t.rstrip("h")) * 60)
    except ValueError:
        raise ValueError(translate("fields", "Enter the time as hours, for example 1.5 or 1:30.")) from None
    if not 0 < minutes <= 24 * 60:
        raise ValueError(translate("fields", "The time must be more than 0 and at most 24 hours."))
    return minutes


def field_problem(table: str, name: str, value: Any) -> str | None:
    """What is wrong with one field's value, in a sentence, or None."""
    if value is None or value == "":
        return required_problem(table, name)
    if name == "a_number":
        try:
            normalize_a_number(value)
        except ValueError:
            return translate("fields", "An A-number has 7 to 9 digits, for example A012345678.")
    elif name == "email" and not _EMAIL.match(str(value)):
        return translate("fields", "Enter an email address like name@example.org.")
    elif name in PHONE_FIELDS:
        digits = sum(ch.isdigit() for ch in str(value))
        if not set(str(value)) <= _PHONE_CHARS or not 7 <= digits <= 15:
            return translate("fields", "Enter a phone number with 7 to 15 digits, for example (312) 555-0100.")
    elif name == "ssn" and len(re.sub(r"[\s-]", "", str(value))) != 9:
        return translate("fields", "A Social Security number has 9 digits.")
    elif name == "zip_code" and not re.fullmatch(r"\d{5}(-\d{4})?", str(value)):
        return translate("fields", "A ZIP code has 5 digits (or 5+4, like 60604-1234).")
    elif name == "date_of_birth" and isinstance(value, date) and value > date.today():
        return translate("fields", "The date of birth is in the future.")
    elif name == "minutes" and not 0 < int(value) <= 24 * 60:
        return translate("fields", "The time must be more than 0 and at most 24 hours.")
    return None


def required_problem(table: str, name: str) -> str | None:
    """The sentence asking for a required field that is empty (None: the field may stay empty)."""
    text = REQUIRED.get((table, name))
    return translate("fields", text) if text else None


# The sentence for each required field left empty, in English (translate where shown: ``required_problem``).
REQUIRED = {
    ("clients", "family_name"): QT_TRANSLATE_NOOP("fields", "Enter the client's family name (as on their documents)."),
    ("people", "family_name"): QT_TRANSLATE_NOOP("fields", "Enter the family name."),
    ("people", "relation"): QT_TRANSLATE_NOOP("fields", "Choose how this person is related to the client."),
    ("addresses", "kind"): QT_TRANSLATE_NOOP("fields", "Choose what kind of address this is."),
    ("travel_documents", "kind"): QT_TRANSLATE_NOOP("fields", "Choose the kind of document."),
    ("events", "kind"): QT_TRANSLATE_NOOP("fields", "Choose the kind of event."),
    ("events", "title"): QT_TRANSLATE_NOOP("fields", "Give the event a title."),
    ("events", "on_date"): QT_TRANSLATE_NOOP("fields", "Enter the date."),
    ("notes", "body"): QT_TRANSLATE_NOOP("fields", "The note is empty."),
    ("documents", "title"): QT_TRANSLATE_NOOP("fields", "Give the document a title."),
    ("time_entries", "work_date"): QT_TRANSLATE_NOOP("fields", "Enter the date of the work."),
    ("time_entries", "minutes"): QT_TRANSLATE_NOOP("fields", "Enter the time spent."),
    ("tasks", "title"): QT_TRANSLATE_NOOP("fields", "Give the task a title."),
    ("deadlines", "title"): QT_TRANSLATE_NOOP("fields", "Give the deadline a title."),
    ("deadlines", "due_on"): QT_TRANSLATE_NOOP("fields", "Enter the due date."),
    ("matters", "kind"): QT_TRANSLATE_NOOP("fields", "Choose the kind of matter."),
    ("contacts", "role"): QT_TRANSLATE_NOOP("fields", "Choose the contact's role."),
    ("contacts", "name"): QT_TRANSLATE_NOOP("fields", "Enter the contact's name."),
    ("education", "school"): QT_TRANSLATE_NOOP("fields", "Enter the name of the school."),
    ("employment", "employer"): QT_TRANSLATE_NOOP("fields", "Enter the employer's name."),
}
_DATE_RANGES = (("from_date", "to_date"), ("issued_on", "expires_on"))

