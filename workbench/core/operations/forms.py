"""The matter's Forms tab, as operations: which forms apply, their blanks, checks, the
questionnaire, filling (stored in the vault) and the attorney's own profile (G-28 Part 1).

Which forms apply to a matter's kind (the volunteer's usual filings):

* asylum (affirmative or defensive): I-589, G-28, the I-765 (the (c)(8) work permit once the
  clock allows; an asylee's (a)(5)) and the I-131 (advance parole while the claim is pending, a
  Refugee Travel Document after the grant); once asylum is granted (the matter's grant date), one
  I-730 per spouse or child, within two years of the grant (8 CFR 208.21(d)), and the I-485 (a year
  after the grant, INA 209(b));
* U visa: I-918, one I-918 Supplement A per qualifying family member, Supplement B, G-28, and the
  I-765 and I-912 fee waiver that usually go with it, then the I-485 (INA 245(m)) and the I-131
  (advance parole while it is pending); and one more I-765 per qualifying family member in the
  United States, filled with that member as the applicant (``forms.applicant``; the bona fide
  determination work permit USCIS invites with Supplement A). The qualifying members are the family members
  marked "include in the application"; when none is marked, the spouse and the children (the usual
  qualifying relatives of a U-1 petitioner; an asylee's I-730 relatives likewise; ``forms.members``);
* SIJS and VAWA self-petitions: I-360, G-28, and the I-765, I-912, I-485 and I-131 of the follow-on
  filing (adjustment with a work permit, a fee waiver and advance parole);
* adjustment of status (a matter of its own, e.g. an asylee's a year after the grant): I-485, G-28,
  I-765, I-131 and I-912;
* anything else: G-28.

Blanks are public USCIS files kept outside the vault (``forms.blanks``); everything about the
client stays in the vault: answers are ``FormAnswer`` rows and a filled PDF is an encrypted
document of the matter, exported only on purpose (``documents.export_document``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from ..forms import blanks as blank_store, installed_maps, questionnaire as qn
from ..forms.applicant import MEMBER_APPLICANT_FORMS
from ..forms.editions import known_editions
from ..forms.members import display_name, qualifying_members
from ..forms.profile import ATTORNEY_KEYS, attorney_profile
from ..forms.questionnaire import Answer, Question, Target, parse_answer  # noqa: F401 - the front-ends' vocabulary
from ..forms.service import fill_matter_form, store_output
from ..i18n import translate
from ..errors import NotFound
from ..model import Matter, Person
from ..model.enums import MatterKind, Relationship
from ..msg import tr
from ..vault.store import Vault
from .base import ChangeSet
from .form_maps import use_vault_maps

_ASYLUM = ("i-589", "g-28", "i-765", "i-131")
_SPECIAL_IMMIGRANT = ("i-360", "g-28", "i-765", "i-912", "i-485", "i-131")
FORMS_BY_KIND: dict[str, tuple[str, ...]] = {
    MatterKind.AFFIRMATIVE_ASYLUM: _ASYLUM, MatterKind.DEFENSIVE_ASYLUM: _ASYLUM,
    MatterKind.U_VISA: ("i-918", "i-918supa", "i-918supb", "g-28", "i-765", "i-912", "i-485", "i-131"),
    MatterKind.SIJS: _SPECIAL_IMMIGRANT, MatterKind.VAWA_SELF_PETITION: _SPECIAL_IMMIGRANT,
    MatterKind.ADJUSTMENT_OF_STATUS: ("i-485", "g-28", "i-765", "i-131", "i-912"),
}
PER_MEMBER = frozenset({"i-918supa", "i-730"})
# Forms a matter of the kind files for the client AND for each qualifying member in the United States,
# each member being the applicant of their own copy (a U derivative's bona fide determination I-765).
MEMBER_COPIES: dict[str, frozenset[str]] = {MatterKind.U_VISA: frozenset({"i-765"})}
#: Forms an asylee files once asylum is granted (the matter's grant date is known).
AFTER_ASYLUM_GRANT = ("i-730", "i-485")


def forms_for_kind(kind: str) -> tuple[str, ...]:
    return FORMS_BY_KIND.get(kind, ("g-28",))


@dataclass(frozen=True)
class BlankStatus:
    form_id: str
    form_name: str
    added: bool
    label: str  # "Form I-589 edition 01/20/25", or the editions known when none was added (interface language)
    fileable: bool
    warning: str | None


@dataclass(frozen=True)
class FormSlot:
    """One form to file for the matter (a Supplement A: one per qualifying member)."""

    matter_id: str
    form_id: str
    form_name: str
    title: str
    member_id: str | None = None
    member_name: str = ""

    @property
    def key(self) -> str:
        return f"{self.form_id}:{self.member_id or ''}"

    @property
    def display(self) -> str:
        return f"{self.form_name} — {self.member_name}" if self.member_name else self.form_name


@dataclass(frozen=True)
class FormsOverview:
    matter_id: str
    slots: tuple[FormSlot, ...]
    blanks: dict[str, BlankStatus]


def blank_status(form_id: str, folder: Path | None = None) -> BlankStatus:
    editions = known_editions(form_id)
    name = editions[0].form_name if editions else form_id.upper()
    try:
        blank = blank_store.blank_for(form_id, folder)
    except Exception:  # noqa: BLE001 - not added (NotFound), or the folder is unreadable
        known = ", ".join(e.edition if e.fileable else translate("forms", "{edition} (outdated)")
                          .format(edition=e.edition) for e in editions)
        return BlankStatus(form_id, name, False,
                           translate("forms", "Not added yet (known editions: {known})").format(known=known),
                           False, None)
    e = blank.edition
    return BlankStatus(form_id, name, True, tr(e.label), e.fileable, tr(e.warning))


def forms_overview(vault: Vault, matter_id: str, blanks_folder: Path | None = None) -> FormsOverview:
    use_vault_maps(vault)  # the maps the organization published, installed in this vault (form_maps.py)
    with vault.session() as s:
        matter = s.get(Matter, matter_id)
        form_ids = forms_for_kind(str(matter.kind.value))
        if form_ids == _ASYLUM and matter.asylum_granted_on is not None:
            form_ids += AFTER_ASYLUM_GRANT
        qualifying = qualifying_members(matter)
        members = [(p.id, display_name(p)) for p in qualifying]
        in_us = [(p.id, display_name(p)) for p in qualifying if p.in_united_states is True]
        copies = MEMBER_COPIES.get(str(matter.kind.value), frozenset())
    slots = []
    for form_id in form_ids:
        editions = known_editions(form_id)
        name, title = (editions[0].form_name, editions[0].title) if editions else (form_id.upper(), "")
        if form_id in PER_MEMBER:
            slots += [FormSlot(matter_id, form_id, name, title, pid, pname) for pid, pname in members]
            if not members:
                slots.append(FormSlot(matter_id, form_id, name, title, None,
                                      translate("forms", "no qualifying family member yet")))
        else:
            slots.append(FormSlot(matter_id, form_id, name, title))
            if form_id in copies:  # a member abroad gets none: no U.S. work permit before admission
                slots += [FormSlot(matter_id, form_id, name, title, pid, pname) for pid, pname in in_us]
    return FormsOverview(matter_id, tuple(slots), {f: blank_status(f, blanks_folder) for f in form_ids})


# ----------------------------------------------------------------------------- checks and filling
@dataclass(frozen=True)
class CheckView:
    """A form check as the GUI shows it (``message`` and ``where`` in the interface language)."""

    severity: str
    message: str
    where: str
    field: str | None
    target: qn.Target | None


@dataclass(frozen=True)
class FormState:
    """A form's questionnaire (with the saved answers) and its current check results."""

    slot: FormSlot
    edition_label: str
    fileable: bool
    warnings: tuple[str, ...]
    checks: tuple[CheckView, ...]
    questions: tuple[qn.Question, ...]
    answers: dict[str, qn.Answer]
    filled: int = 0  # fields given a value
    entries_in_form: int = 0  # Additional Information entries in the form's own part
    entries_continued: int = 0  # ... and on continuation pages
    household: tuple[tuple[str, str], ...] = ()  # (person id, name): who answers the household questions
    member_answers: dict[str, dict[str, qn.Answer]] | None = None  # person id -> their own answers
    map_version: int = 0  # the field map that filled: its version (0: none yet) ...
    map_source: str = ""  # ... and "shipped with the app" or "published by <organization> on <date>"

    def count(self, severity: str) -> int:
        return sum(1 for c in self.checks if c.severity == severity)


_ORDER = {"error": 0, "warning": 1, "info": 2}


def _household(session, slot: FormSlot, questions: list[qn.Question]) -> dict[str, Any]:
    """The family members who answer a form's household questions (I-912: each one's forms, benefit
    and income), in the order the form's tables list them, with the answers each has given.

    Why: the I-912 tables are built from per-person answers (``profile.answered``); without a line
    per member the attorney could answer only for the client."""
    if slot.member_id or not any(q.household for q in questions):
        return {}
    matter = session.get(Matter, slot.matter_id)
    people = sorted((p for p in matter.client.people if p.deleted_at is None),
                    key=lambda p: (_RELATION_RANK.get(p.relation, len(_RELATION_RANK)), p.date_of_birth or date.max))
    return {"household": tuple((p.id, display_name(p)) for p in people),
            "member_answers": qn.own_answers(session, slot.matter_id)}


_RELATION_RANK = {r: n for n, r in enumerate((Relationship.SPOUSE, Relationship.CHILD))}


def _member_applies(slot: FormSlot) -> bool:
    """The slot is a family member's own copy of a form (their I-765): every question is theirs."""
    return bool(slot.member_id) and slot.form_id in MEMBER_APPLICANT_FORMS


def _slot_questions(slot: FormSlot, questions: list[qn.Question]) -> list[qn.Question]:
    """A member's own copy asks every question of the member (stored with their ``person_id``)."""
    return [replace(q, per_member=True, household=False) for q in questions] if _member_applies(slot) else questions


def _slot_answers(session, slot: FormSlot) -> dict[str, qn.Answer]:
    """The answers the slot's form reads: on a member's own copy only the member's (the client's
    answers to the same questions, her status or her earlier I-765, are not the member's)."""
    answers = qn.answers(session, slot.matter_id, slot.member_id)
    if _member_applies(slot):
        return {k: a for k, a in answers.items() if a.person_id == slot.member_id}
    return answers


def _state(slot: FormSlot, result, answers: dict[str, qn.Answer], household: dict | None = None) -> FormState:
    fmap = qn.map_for(slot.form_id, result.edition.edition)
    checks = tuple(sorted((CheckView(c.severity, tr(c.message), tr(c.where), c.field,
                                     qn.target_for(fmap, c.field) or qn.target_for_message(c.message))
                           for c in result.checks), key=lambda c: _ORDER.get(c.severity, 3)))
    warnings = tuple(tr(w) for w in result.warnings) + installed_maps.installed().problems_for(slot.form_id)
    return FormState(slot, tr(result.edition.label), result.edition.fileable, warnings,
                     checks, tuple(_slot_questions(slot, qn.questions(fmap))), answers, len(result.report.filled),
                     len(result.entries) - len(result.continuation), len(result.continuation), **(household or {}),
                     map_version=fmap.version,
                     map_source=installed_maps.source_text(fmap))


def form_state(vault: Vault, slot: FormSlot, blanks_folder: Path | None = None,
               today: date | None = None) -> FormState:
    """Run the form's checks (``fill_matter_form``, in memory) and read its questionnaire."""
    use_vault_maps(vault)
    with vault.session() as s:
        result = fill_matter_form(s, slot.form_id, slot.matter_id, member_id=slot.member_id, today=today,
                                  blanks_folder=blanks_folder)
        answers = _slot_answers(s, slot)
        household = _household(s, slot, qn.questions(qn.map_for(slot.form_id, result.edition.edition)))
    return _state(slot, result, answers, household)


def questionnaire(vault: Vault, slot: FormSlot) -> FormState:
    """The questionnaire alone (no blank needed): the newest mapped edition's questions."""
    use_vault_maps(vault)
    fmap = qn.map_for(slot.form_id)
    questions = _slot_questions(slot, qn.questions(fmap))
    with vault.session() as s:
        answers = _slot_answers(s, slot)
        household = _household(s, slot, questions)
    return FormState(slot, "", False, (), (), tuple(questions), answers, **household)


@dataclass(frozen=True)
class FilledForm:
    """A filled form stored in the vault: ``pdf`` stays in memory for the preview."""

    changes: ChangeSet
    document_id: str
    title: str
    pdf: bytes
    state: FormState


def fill_form(vault: Vault, slot: FormSlot, flatten: bool = False, blanks_folder: Path | None = None,
              today: date | None = None) -> FilledForm:
    """Fill the form, keep the PDF in the vault (encrypted) as a document of the matter."""
    use_vault_maps(vault)
    with vault.session() as s:
        result = fill_matter_form(s, slot.form_id, slot.matter_id, member_id=slot.member_id, flatten=flatten,
                                  today=today, blanks_folder=blanks_folder)
        answers = _slot_answers(s, slot)
    document_id = store_output(vault, slot.matter_id, result, when=today)
    if slot.member_id:
        title = translate("forms", "{form} filled ({member})").format(form=result.edition.form_name,
                                                                     member=slot.member_name)
    else:
        title = translate("forms", "{form} filled").format(form=result.edition.form_name)
    return FilledForm(ChangeSet(created=frozenset({("documents", document_id)})), document_id, title, result.pdf,
                      _state(slot, result, answers))


def save_form_answer(vault: Vault, slot: FormSlot, question: qn.Question, raw: Any,
                     explanation: str | None = None, person_id: str | None = None) -> ChangeSet:
    """Check and store one questionnaire answer (``ValueError`` with a sentence if it does not fit);
    a per-member question of Supplement A is stored for the slot's family member, a household
    question for ``person_id`` (one of the client's family members) or, without it, the client."""
    value = qn.parse_answer(question, raw)
    if person_id is not None and not question.household:
        raise ValueError(translate("forms", "This question is answered once for the matter, not per family member."))
    person_id = slot.member_id if question.per_member or _member_applies(slot) else person_id
    with vault.session() as s:
        if person_id is not None and question.household:
            person = s.get(Person, person_id)
            matter = s.get(Matter, slot.matter_id)
            if person is None or person.deleted_at is not None or person.client_id != matter.client_id:
                raise NotFound(translate("forms", "That family member is not part of this matter."))
        done = qn.save_answer(s, slot.matter_id, question.id, value, explanation, person_id)
    if done is None:
        return ChangeSet()
    change, answer_id = done
    return ChangeSet(**{change: frozenset({("form_answers", answer_id)})})


def load_attorney_profile(vault: Vault) -> dict[str, Any]:
    with vault.session() as s:
        return attorney_profile(s)


def save_attorney_profile(vault: Vault, values: dict[str, Any]) -> ChangeSet:
    """The attorney's own details for G-28 Part 1 (a vault setting, encrypted like everything)."""
    clean = {k: (str(values[k]).strip() or None) if values.get(k) is not None else None for k in ATTORNEY_KEYS}
    vault.set_meta("attorney_profile", json.dumps(clean))
    return ChangeSet(updated=frozenset({("vault_meta", "attorney_profile")}))


def slot_for(vault: Vault, matter_id: str, form_id: str, member_id: str | None = None) -> FormSlot:
    """The slot for one form of a matter (the CLI names it by id; the GUI picks it from the overview)."""
    editions = known_editions(form_id)
    name, title = (editions[0].form_name, editions[0].title) if editions else (form_id.upper(), "")
    member_name = ""
    if member_id:
        with vault.session() as s:
            person = s.get(Person, member_id)
            if person is None or person.deleted_at is not None:
                raise NotFound(translate("forms", "There is no family member with id {id}.").format(id=member_id))
            member_name = f"{person.given_name or ''} {person.family_name or ''}".strip()
    return FormSlot(matter_id, form_id, name, title, member_id, member_name)


@dataclass(frozen=True)
class ScratchFill:
    """A form filled from an interchange file, without a vault (nothing is stored)."""

    pdf: bytes
    state: FormState


def fill_from_interchange(text: str | bytes, form_id: str, flatten: bool = False,
                          blanks_folder: Path | None = None) -> ScratchFill:
    """Fill ``form_id`` from a matter interchange file held in a throw-away in-memory database
    (for a check or a fill before the matter is in any vault)."""
    from ..interchange.scratch import matter_from_json

    with matter_from_json(text) as (session, matter_id):
        result = fill_matter_form(session, form_id, matter_id, flatten=flatten, blanks_folder=blanks_folder)
        answers = qn.answers(session, matter_id, None)
    editions = known_editions(form_id)
    slot = FormSlot(matter_id, form_id, editions[0].form_name if editions else form_id.upper(), "")
    return ScratchFill(result.pdf, _state(slot, result, answers))


# ----------------------------------------------------------------------------- the blanks and maps catalogue
@dataclass(frozen=True)
class EditionRow:
    form_name: str
    edition: str
    fileable: bool
    blank: str  # "yes", "not official" or "no"
    mapped: bool


def forms_catalog() -> tuple[EditionRow, ...]:
    """Every edition the app knows: current or outdated, whether its blank was added, whether it has a map."""
    from ..forms.fieldmap import available_maps

    added: dict[tuple[str, str], str] = {}
    for b in blank_store.stored_blanks():
        key = (b.edition.form_id, b.edition.edition)
        if added.get(key) != "yes":
            added[key] = "yes" if b.edition.official else "not official"
    maps = set(available_maps())
    return tuple(EditionRow(e.form_name, e.edition, e.fileable, added.get((e.form_id, e.edition), "no"),
                            (e.form_id, e.edition) in maps) for e in known_editions())


@dataclass(frozen=True)
class BlankAdded:
    label: str
    fileable: bool
    warning: str | None


def add_official_blank(data: bytes, not_official: bool = False, folder: Path | None = None) -> BlankAdded:
    """Identify and keep a blank form (a public USCIS file; it holds no client data)."""
    stored = blank_store.add_blank(data, folder, not_official=not_official)
    e = stored.edition
    return BlankAdded(tr(e.label), e.fileable, tr(e.warning) if e.warning else None)


def prepare_blank(form_id: str, blanks_folder: Path | None = None) -> None:
    """Parse the form's blank ahead of the first fill (the Forms tab calls it on a CPU worker)."""
    from ..forms.service import prepare_blank as prepare

    prepare(form_id, blanks_folder)
