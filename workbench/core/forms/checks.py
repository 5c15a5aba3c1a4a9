"""Checks before a form is output, each one pointing at the field, part and item to fix.

* required answers missing (the map's ``required``);
* formats: A-number 9 digits, dates mm/dd/yyyy and real, US phone 10 digits, ZIP 5 digits, SSN 9;
* blank items filled with "N/A"/"None" where the instructions allow (reported, not errors);
* contradictions in the facts: a child born before the client, an entry to the US after today or
  before birth, a marriage before the client's birth, an asylum filing before the last arrival,
  a period that ends before it starts, a person said to be in the U.S. with a location abroad,
  a parent whose sex is not recorded (the forms ask for the mother and the father separately);
* an answer that needs an explanation ("If you answered 'Yes' ..., explain") without one;
* answers given for a part the form says to complete only in another case (reported, left off).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from ..i18n import QT_TRANSLATE_NOOP
from ..msg import Msg
from .fieldmap import FieldMap, Resolution, north_american
from .places import UNITED_STATES, split_place

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
        if (isinstance(value, bool) or name in res.defaults or name in res.pointers
                or rule.format not in _FORMAT_RULES):
            continue
        pattern, why = _FORMAT_RULES[rule.format]
        if rule.format.startswith("phone") and north_american(value) is None and not value.isdigit():
            continue  # another country's number, written as given (fieldmap.north_american)
        if not pattern.match(value):
            out.append(Check(ERROR, _t(QT_TRANSLATE_NOOP("forms", "Wrong format ({why}): {question}"), why=_t(why),
                                       question=rule.q), name, rule.part, rule.item))
        elif rule.format == "date":
            try:
                datetime.strptime(value, "%m/%d/%Y")
            except ValueError:
                out.append(Check(ERROR, _t(QT_TRANSLATE_NOOP("forms", "Not a real date: {question}"), question=rule.q),
                                 name, rule.part, rule.item))
    for rule in res.unasked:
        out.append(Check(WARNING, _t(QT_TRANSLATE_NOOP("forms", "Answered, but this item does not apply here, so the "
                                                                "answer is not on the form: {question}"),
                                     question=rule.q), rule.name, rule.part, rule.item))
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
    out.extend(_periods(profile))
    out.extend(_locations(profile))
    out.extend(profile.get("checks", ()))  # what the profile builder could not find (a member's view: applicant.py)
    for i, parent in enumerate(profile.get("parents", [])):
        if parent.get("sex") not in ("female", "male"):
            out.append(Check(ERROR, _t(QT_TRANSLATE_NOOP("forms", "Parent {number} ({name}): record whether this is "
                                                                  "the mother or the father (their sex); the forms "
                                                                  "ask for each on its own row."), number=i + 1,
                                       name=str(parent.get("given_name")))))
    return out


_PERIODS = (("addresses.history", QT_TRANSLATE_NOOP("forms", "Residence {number}: the end date is before the start "
                                                               "date.")),
            ("education", QT_TRANSLATE_NOOP("forms", "School {number}: the end date is before the start date.")),
            ("employment", QT_TRANSLATE_NOOP("forms", "Job {number}: the end date is before the start date.")))


def _periods(profile: dict) -> list[Check]:
    out = []
    for path, text in _PERIODS:
        node: object = profile
        for key in path.split("."):
            node = node.get(key, {}) if isinstance(node, dict) else {}
        for i, row in enumerate(node if isinstance(node, list) else []):
            start, end = row.get("from_date"), row.get("to_date")
            if start and end and end < start:
                out.append(Check(ERROR, _t(text, number=i + 1)))
    return out


def _locations(profile: dict) -> list[Check]:
    """A person recorded as in the United States whose current location names another country."""
    people = [profile.get("spouse") or {}] + list(profile.get("children", []))
    out = []
    for person in people:
        country = split_place(person.get("current_location"))[2]
        if person.get("in_united_states") is True and country and country != UNITED_STATES:
            out.append(Check(WARNING, _t(QT_TRANSLATE_NOOP("forms", "{name} is recorded as in the United States, but "
                                                                    "the current location names another country: "
                                                                    "check both."), name=str(person.get("given_name")))))
    return out


def check_explanations(needed) -> list[Check]:
    """Every answer the form says must be explained has its explanation (``additional_info.explanations``)."""
    return [Check(ERROR, _t(QT_TRANSLATE_NOOP("forms", "This answer needs an explanation (the form asks for one): "
                                                       "{question}"), question=ex.question.get("text", ex.question_id)),
                  ex.field, ex.question.get("part"), ex.question.get("item"))
            for ex in needed if not ex.text] + [
        Check(ERROR, _t(QT_TRANSLATE_NOOP("forms", "This explanation has no place on the form (the field map names no "
                                                   "box for its question): {question}"),
                        question=ex.question.get("text", ex.question_id)), None, ex.question.get("part"),
              ex.question.get("item"))
        for ex in needed if ex.text and ex.field is None]


def check_skipped_parts(fmap: FieldMap, res: Resolution) -> list[Check]:
    """Answers given for a part that does not apply to this matter were left off the form: say so."""
    return [Check(WARNING, _t(QT_TRANSLATE_NOOP("forms", "Part {part} was left empty ({why}); %n answer(s) given for "
                                                         "it are not on the form."), part=part,
                              why=fmap.parts[part].get("why", ""), n=len(rules)), None, part, None)
            for part, rules in res.skipped_parts.items()]
