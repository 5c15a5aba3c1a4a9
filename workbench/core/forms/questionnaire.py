"""The form-specific questionnaire: questions a field map declares that are not facts of the
profile (eligibility yes/no items and their explanations, a receipt number, a petition type),
their answers as ``FormAnswer`` rows, and where each check of a form points the user.

Why here and Qt-free: the GUI's Forms tab, the CLI and tests all read the same questions and
store answers the same way, so ``fieldmap.resolve`` finds them under ``answers.<id>`` (and
``answers.<id>.explanation``) exactly as the map names them.

Answer values are JSON: yes/no -> bool, number -> int, date -> ISO text (``fieldmap`` turns it
back into a date), text and choice -> str. An empty answer deletes the row (a tombstone), so
"no answer" and "answered" are never confused. Answers about one family member (I-918
Supplement A is filed per qualifying member) carry ``person_id`` and override matter-wide ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..i18n import translate
from ..model import FormAnswer
from .fieldmap import ANSWER_LISTS, FieldMap, available_maps, load_map

TYPES = ("yes_no", "text", "date", "choice", "number")
_DATE_FORMATS = ("%m/%d/%Y", "%Y-%m-%d")


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    type: str = "text"
    options: tuple[str, ...] = ()
    explanation: bool = False  # also asks for an explanation (shown beside a yes/no)
    part: str | None = None
    item: str | None = None
    per_member: bool = False  # answered for each family member (Supplement A's own items; "per_member" in a map)
    household: bool = False  # answered for the client (matter-wide) and for each family member it applies to
    # (I-912: the forms each one files, each benefit recipient's benefit, each earner's income; "household" in a
    # map); the map reads them as lists of people (``answered.<id>``, ``family_answered.<id>``, ``totals.<id>``)

    @property
    def where(self) -> str:
        bits = [f"Part {self.part}" if self.part else "", f"Item {self.item}" if self.item else ""]
        return ", ".join(b for b in bits if b)


@dataclass(frozen=True)
class Answer:
    key: str
    value: Any
    explanation: str | None
    person_id: str | None


def map_for(form_id: str, edition: str | None = None) -> FieldMap:
    """The field map of ``edition``, or of the newest edition mapped when none is given."""
    if edition is None:
        editions = [e for f, e in available_maps() if f == form_id]
        if not editions:
            from .fieldmap import FieldMapError

            raise FieldMapError(f"There is no field map for {form_id}.")
        edition = max(editions, key=lambda e: (e[-2:], e))  # mm/dd/yy: the year decides first
    return load_map(form_id, edition)


def is_member_question(form_id: str, qid: str) -> bool:
    """Supplement A is filed once per qualifying family member: its own items (``i918a_*``) are
    answered per member; the principal's status, the interpreter and G-28 items once per matter."""
    return form_id == "i-918supa" and qid.startswith("i918a_") and not qid.startswith("i918a_principal")


def questions(fmap: FieldMap) -> list[Question]:
    out = []
    for qid, q in fmap.questions.items():
        kind = q.get("type", "text")
        out.append(Question(qid, q.get("text", qid), kind if kind in TYPES else "text",
                            tuple(str(o) for o in q.get("options", ())), bool(q.get("explanation")),
                            q.get("part"), q.get("item"),
                            bool(q.get("per_member")) or is_member_question(fmap.form, qid),
                            bool(q.get("household"))))
    return out


def parse_answer(question: Question, raw: Any) -> Any:
    """The JSON value to store for ``raw`` (as typed or picked); None means no answer.

    Raises ``ValueError`` with a sentence for the user when the answer does not fit the question.
    """
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if question.type == "yes_no":
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("yes", "y", "true", "1", "sí", "si", "s"):
            return True
        if text in ("no", "n", "false", "0"):
            return False
        raise ValueError(translate("questionnaire", "Answer yes or no."))
    if question.type == "number":
        try:
            number = int(str(raw).strip())
        except ValueError:
            raise ValueError(translate("questionnaire", "Enter a whole number, for example 0 or 2.")) from None
        if number < 0:
            raise ValueError(translate("questionnaire", "The number cannot be negative."))
        return number
    if question.type == "date":
        if isinstance(raw, date):
            return raw.isoformat()
        for fmt in _DATE_FORMATS:
            try:
                return datetime.strptime(str(raw).strip(), fmt).date().isoformat()
            except ValueError:
                continue
        raise ValueError(translate("questionnaire", "Enter a date as MM/DD/YYYY, for example 03/04/2026."))
    if question.type == "choice" and question.options and str(raw) not in question.options:
        raise ValueError(translate("questionnaire", "Choose one of: {options}.").format(options=", ".join(question.options)))
    return str(raw).strip()


def answers(session: Session, matter_id: str, person_id: str | None = None) -> dict[str, Answer]:
    """The answers that apply to a form of ``matter_id`` (about ``person_id``, if given):
    matter-wide ones, with the member's own answers over them."""
    rows = session.scalars(select(FormAnswer).where(FormAnswer.matter_id == matter_id,
                                                    FormAnswer.deleted_at.is_(None)))
    out: dict[str, Answer] = {}
    for row in sorted(rows, key=lambda r: r.person_id is not None):
        if row.person_id is not None and row.person_id != person_id:
            continue
        out[row.key] = Answer(row.key, row.value, row.explanation, row.person_id)
    return out


def own_answers(session: Session, matter_id: str) -> dict[str, dict[str, Answer]]:
    """Each family member's own answers (``person_id`` -> key -> answer), without the matter-wide
    ones: what a household question (I-912) shows on each member's line."""
    rows = session.scalars(select(FormAnswer).where(FormAnswer.matter_id == matter_id,
                                                    FormAnswer.person_id.is_not(None),
                                                    FormAnswer.deleted_at.is_(None)))
    out: dict[str, dict[str, Answer]] = {}
    for row in rows:
        out.setdefault(row.person_id, {})[row.key] = Answer(row.key, row.value, row.explanation, row.person_id)
    return out


def save_answer(session: Session, matter_id: str, key: str, value: Any, explanation: str | None = None,
                person_id: str | None = None) -> tuple[str, str] | None:
    """Create, change or (when both value and explanation are empty) remove one answer.

    Returns ``(change, id)`` with change "created", "updated" or "deleted", or None if nothing changed.
    """
    explanation = (explanation or "").strip() or None
    row = session.scalars(select(FormAnswer).where(
        FormAnswer.matter_id == matter_id, FormAnswer.key == key, FormAnswer.deleted_at.is_(None),
        FormAnswer.person_id.is_(None) if person_id is None else FormAnswer.person_id == person_id)).first()
    if value is None and explanation is None:
        if row is None:
            return None
        row.soft_delete()
        return "deleted", row.id
    if row is None:
        row = FormAnswer(matter_id=matter_id, key=key, value=value, explanation=explanation, person_id=person_id)
        session.add(row)
        session.flush()
        return "created", row.id
    if row.value == value and row.explanation == explanation:
        return None
    row.value, row.explanation = value, explanation
    return "updated", row.id


# ----------------------------------------------------------------------------- where a check points
# A profile path's root -> the matter view's tab that edits it, and the table it lives in.
_ROOT_TARGETS = {
    "client": ("client", "clients"), "addresses": ("client", "addresses"), "passport": ("client", "travel_documents"),
    "travel_document": ("client", "travel_documents"), "entries": ("client", "entries"),
    "last_entry": ("client", "entries"), "education": ("client", "education"),
    "employment": ("client", "employment"), "spouse": ("family", "people"), "children": ("family", "people"),
    "parents": ("family", "people"), "mother": ("family", "people"), "father": ("family", "people"),
    "siblings": ("family", "people"), "member": ("family", "people"), "matter": ("events", "matters"),
    "contacts": ("tasks", "contacts"), "interpreter": ("tasks", "contacts"),
    "certifying_agency": ("tasks", "contacts"), "attorney": ("attorney", "attorney"),
}


@dataclass(frozen=True)
class Target:
    """Where to fix a check: ``kind`` "answer" (``name`` = question id) or "profile" (``tab`` of
    the matter view, ``table`` and column ``name``), or "attorney" (the attorney's profile)."""

    kind: str
    tab: str = ""
    table: str = ""
    name: str = ""


def target_for(fmap: FieldMap, field: str | None) -> Target | None:
    """Where the answer to AcroForm ``field`` comes from, or None (a fixed or unmapped field)."""
    rule = fmap.rules.get(field) if field else None
    if rule is None:
        return None
    for path in rule.sources:
        parts = path.split(".")
        if parts[0] == "answers" and len(parts) > 1:
            return Target("answer", "forms", "form_answers", parts[1])
        if parts[0] in ANSWER_LISTS and len(parts) > 1:  # a per-member list: the answer (or person fact) it reads
            if "answers" in parts[2:-1]:
                return Target("answer", "forms", "form_answers", parts[parts.index("answers", 2) + 1])
            if len(parts) > 2:
                return Target("profile", "family", "people", parts[-1])
            return Target("answer", "forms", "form_answers", parts[1].split("[")[0])
    for path in rule.sources:
        parts = path.split(".")
        root = parts[0].split("[")[0]
        if root in _ROOT_TARGETS:
            tab, table = _ROOT_TARGETS[root]
            name = parts[-1].split("[")[0] if len(parts) > 1 else ""
            if root in ("addresses",) and len(parts) > 2:
                name = parts[-1]
            return Target("attorney" if tab == "attorney" else "profile", tab, table, name)
    return None


def target_for_message(message: str) -> Target | None:
    """Checks about contradicting facts name no field: point at the records they are about."""
    text = message.lower()
    if text.startswith("child") or "marriage" in text:
        return Target("profile", "family", "people", "date_of_birth")
    if text.startswith("entry") or "last arrival" in text:
        return Target("profile", "client", "entries", "entry_date")
    if "client's date of birth" in text:
        return Target("profile", "client", "clients", "date_of_birth")
    return None
