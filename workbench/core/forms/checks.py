"""Checks before a form is output, each one pointing at the field, part and item to fix.

* required answers missing (the map's ``required``);
* formats: A-number 9 digits, dates mm/dd/yyyy and real, US phone 10 digits, ZIP 5 digits, SSN 9;
* blank items filled with "N/A"/"None" where the instructions allow (reported, not errors);
* contradictions in the facts: a child born before the client, an entry to the US after today or
  before birth, a marriage before the client's birth, an asylum filing before the last arrival.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from ..i18n import QT_TRANSLATE_NOOP
from ..msg import Msg
from .fieldmap import FieldMap, Resolution

ERROR, WARNING, INFO = "error", "warning", "info"


def _t(source: str, **args: object) -> Msg:
    """A check's text (marked with QT_TRANSLATE_NOOP("forms", ...)): English as a string (the CLI, the
    questionnaire's matching), translated where the GUI shows it (``msg.tr``)."""
    return Msg("forms", source, **args)


@dataclass(frozen=True)
class Check:
    severity: str
    message: str
    field: str | None = None
    part: str | None = None
    item: str | None = None

    @property
    def where(self) -> str:
        if self.part and self.item:
            return _t(QT_TRANSLATE_NOOP("forms", "Part {part}, Item {item}"), part=self.part, item=self.item)
        if self.part:
            return _t(QT_TRANSLATE_NOOP("forms", "Part {part}"), part=self.part)
        if self.item:
            return _t(QT_TRANSLATE_NOOP("forms", "Item {item}"), item=self.item)
        return _t(QT_TRANSLATE_NOOP("forms", "profile"))


_FORMAT_RULES = {
    "a_number": (re.compile(r"^\d{9}$"), QT_TRANSLATE_NOOP("forms", "an A-number has 9 digits")),
    "date": (re.compile(r"^(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/\d{4}$"),
             QT_TRANSLATE_NOOP("forms", "dates are written mm/dd/yyyy")),
    "phone": (re.compile(r"^\d{10}$"), QT_TRANSLATE_NOOP("forms", "a US phone number has 10 digits")),
    "phone_area": (re.compile(r"^\d{3}$"), QT_TRANSLATE_NOOP("forms", "an area code has 3 digits")),
    "zip": (re.compile(r"^\d{5}$"), QT_TRANSLATE_NOOP("forms", "a ZIP code has 5 digits")),
    "ssn": (re.compile(r"^\d{9}$"), QT_TRANSLATE_NOOP("forms", "a Social Security number has 9 digits")),
}


def check_resolution(fmap: FieldMap, res: Resolution) -> list[Check]:
    out: list[Check] = []
    for rule in res.missing_required:
        out.append(Check(ERROR, _t(QT_TRANSLATE_NOOP("forms", "No answer: {question}"), question=rule.q), rule.name,
                         rule.part, rule.item))
    for name, value in res.values.items():
        rule = fmap.rules[name]
        if isinstance(value, bool) or value in ("N/A", "None") or rule.format not in _FORMAT_RULES:
            continue
        pattern, why = _FORMAT_RULES[rule.format]
        if not pattern.match(value):
            out.append(Check(ERROR, _t(QT_TRANSLATE_NOOP("forms", "Wrong format ({why}): {question}"), why=_t(why),
                                       question=rule.q), name, rule.part, rule.item))
        elif rule.format == "date":
            try:
                datetime.strptime(value, "%m/%d/%Y")
            except ValueError:
                out.append(Check(ERROR, _t(QT_TRANSLATE_NOOP("forms", "Not a real date: {question}"), question=rule.q),
                                 name, rule.part, rule.item))
    for name, text in res.auto_filled:
        rule = fmap.rules[name]
        out.append(Check(INFO, _t(QT_TRANSLATE_NOOP("forms", 'Answered "{text}" (no answer; the instructions allow '
                                                             'it): {question}'), text=text, question=rule.q),
                         name, rule.part, rule.item))
    return out


def check_facts(profile: dict) -> list[Check]:
    """Contradictions between facts, whatever the form."""
    out: list[Check] = []
    client = profile.get("client", {})
    born = client.get("date_of_birth")
    today = profile.get("today") or date.today()
    for i, child in enumerate(profile.get("children", [])):
        cb = child.get("date_of_birth")
        if born and cb and cb <= born:
            out.append(Check(ERROR, _t(QT_TRANSLATE_NOOP("forms", "Child {number} ({name}) is born on or before the "
                                                                  "client."), number=i + 1,
                                       name=str(child.get("given_name")))))
    for i, entry in enumerate(profile.get("entries", [])):
        d = entry.get("entry_date")
        if d and d > today:
            out.append(Check(ERROR, _t(QT_TRANSLATE_NOOP("forms", "Entry {number} to the US is dated after today "
                                                                  "({date})."), number=i + 1, date=f"{d:%m/%d/%Y}")))
        if d and born and d < born:
            out.append(Check(ERROR, _t(QT_TRANSLATE_NOOP("forms", "Entry {number} to the US is dated before the "
                                                                  "client's birth."), number=i + 1)))
    spouse = profile.get("spouse", {})
    if spouse.get("marriage_date") and born and spouse["marriage_date"] < born:
        out.append(Check(ERROR, _t(QT_TRANSLATE_NOOP("forms", "The marriage date is before the client's birth."))))
    filed = profile.get("matter", {}).get("asylum_filed_on")
    last = profile.get("last_entry", {}).get("entry_date")
    if filed and last and filed < last:
        out.append(Check(WARNING, _t(QT_TRANSLATE_NOOP("forms", "The asylum application is dated before the last "
                                                                "arrival: check both dates."))))
    if born and born > today:
        out.append(Check(ERROR, _t(QT_TRANSLATE_NOOP("forms", "The client's date of birth is in the future."))))
    return out
