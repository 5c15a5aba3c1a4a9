"""Which filled forms a packet encloses, in order, for one matter: the plan the packet builder
follows and the front-ends show (with a tick box for each optional form).

Why a plan before the build: a U visa filing is the I-918 with Supplement B, one Supplement A per
qualifying family member, usually an I-765 (for the petitioner, and one for each qualifying family
member in the United States, each after that member's own G-28) and sometimes an I-912 fee waiver.
The attorney must see what will be enclosed (and for whom) before a 60-page PDF is built, and may
leave out a form the client does not need; the cover letter then lists exactly what is in the envelope.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import WorkbenchError
from ..forms.applicant import MEMBER_APPLICANT_FORMS
from ..forms.members import display_name, qualifying_members
from ..i18n import translate
from ..model import FormAnswer, Matter, Person
from .filings import Filing

ENCLOSED, NOT_ENCLOSED, IF_ANSWERED = "enclosed", "not_enclosed", "if_answered"
DEFAULTS = (ENCLOSED, NOT_ENCLOSED, IF_ANSWERED)


@dataclass(frozen=True)
class PlannedForm:
    form_id: str
    member_id: str | None = None  # the family member this copy is for (Supplement A, I-730, a member's I-765)
    member_name: str = ""  # ... their name; or the client's, on the client's copy beside members' copies (I-765)
    optional: bool = False
    enclosed: bool = True
    own_choice: bool = False  # this copy is enclosed or left out on its own ("i-765:<person id>"), not per form
    goes_with: str = ""  # the form whose copy for the same member decides this one (a member's G-28: "i-765")

    @property
    def choice(self) -> str:
        """The key of the attorney's choice for this copy (``enclose``): the form id, or for a family
        member's own copy of a form filed for the client and each member (the I-765),
        ``"<form id>:<person id>"``; a member's G-28 has no choice of its own: its I-765's."""
        return f"{self.goes_with or self.form_id}:{self.member_id}" if self.own_choice else self.form_id

    @property
    def form_name(self) -> str:
        """As USCIS prints it ("I-918 Supplement A"), from the edition registry."""
        from ..forms.editions import known_editions

        editions = known_editions(self.form_id)
        return editions[0].form_name if editions else self.form_id.upper()

    @property
    def key(self) -> str:
        return f"{self.form_id}:{self.member_id or ''}"


def _answered_forms(session: Session, matter_id: str, form_ids) -> set[str]:
    """Those of ``form_ids`` with at least one answer to the form's own questions (the ones its
    map names with the form's prefix, ``i912_...``; shared items such as the interpreter's do not
    count: answering them for another form says nothing about this one)."""
    from ..forms.questionnaire import map_for

    keys = set(session.scalars(select(FormAnswer.key).where(FormAnswer.matter_id == matter_id,
                                                            FormAnswer.deleted_at.is_(None))))
    out = set()
    for form_id in form_ids:
        prefix = form_id.replace("-", "") + "_"
        if any(q.startswith(prefix) for q in keys & set(map_for(form_id).questions)):
            out.add(form_id)
    return out


def _wants(session: Session, matter_id: str, key: str) -> dict[str, bool]:
    """person id -> that member's own yes/no answer ``key`` (Supplement A's "would like an EAD")."""
    if not key:
        return {}
    rows = session.scalars(select(FormAnswer).where(FormAnswer.matter_id == matter_id, FormAnswer.key == key,
                                                    FormAnswer.person_id.is_not(None), FormAnswer.deleted_at.is_(None)))
    return {r.person_id: r.value for r in rows if isinstance(r.value, bool)}


def _members_copies(session: Session, matter: Matter, form_id: str, answer_key: str, optional: bool,
                    default: bool, enclose: dict[str, bool], with_g28: bool) -> list[PlannedForm]:
    """One copy of ``form_id`` per qualifying member in the United States (none for a member abroad:
    no U.S. work permit before admission), each enclosed by the attorney's choice for that copy,
    else the member's own answer ``answer_key``, else the form's default; ``with_g28`` (a filing
    with a G-28): each member's own application after the member's own G-28 (``_own_g28``)."""
    wants = _wants(session, matter.id, answer_key)
    out = []
    for p in qualifying_members(matter):
        if p.in_united_states is not True:
            continue
        choice = f"{form_id}:{p.id}"
        enclosed = enclose.get(choice, wants.get(p.id, default)) if optional else True
        copy = PlannedForm(form_id, p.id, display_name(p), optional, enclosed, own_choice=True)
        out += [*(_own_g28(copy) if with_g28 else []), copy]
    return out


def _own_g28(copy: PlannedForm) -> list[PlannedForm]:
    """The member's own Form G-28, immediately before the member's own application (``copy``): the
    packet's G-28 is the client's, and an attorney "must file Form G-28 in each case", signed by
    that case's client (Form G-28 Instructions). Enclosed exactly when the application is, by the
    same tick box (no choice of its own); none for a form the member does not apply on."""
    if copy.form_id not in MEMBER_APPLICANT_FORMS or copy.form_id == "g-28":
        return []
    return [PlannedForm("g-28", copy.member_id, copy.member_name, False, copy.enclosed, own_choice=True,
                        goes_with=copy.form_id)]


def plan_forms(session: Session, matter: Matter, spec: Filing, *, member_id: str | None = None,
               enclose: dict[str, bool] | None = None) -> list[PlannedForm]:
    """The forms ``spec`` encloses for ``matter``, in the checklist's order.

    ``member_id``: the relative a per-member filing (the I-730) is for (required for one).
    ``enclose``: the attorney's choice for optional forms (form id -> enclosed; for a family member's
    own copy of an ``each_member_in_us`` form, ``"<form id>:<person id>"``); a form not named
    keeps its default. Naming a form the filing does not make optional is refused."""
    optional = dict(spec.optional)
    in_us = dict(spec.each_member_in_us)
    enclose = dict(enclose or {})
    copies = {k for k in enclose if k.partition(":")[0] in in_us and k.partition(":")[2]}
    unknown = sorted(set(enclose) - set(optional) - copies)
    if unknown:
        raise WorkbenchError(translate("packets", "{forms}: not an optional form of this filing (optional: {optional}).")
                             .format(forms=", ".join(f.upper() for f in unknown),
                                     optional=", ".join(f.upper() for f in optional) or "none"))
    if spec.per_member and not member_id:
        raise WorkbenchError(translate("packets", "A {form} packet is built for one family member: choose the relative "
                                                  "it petitions for.").format(form=spec.per_member.upper()))
    answered = _answered_forms(session, matter.id, [f for f, d in optional.items() if d == IF_ANSWERED])
    out: list[PlannedForm] = []
    for form_id in spec.forms:
        is_optional = form_id in optional
        default = optional.get(form_id, ENCLOSED)
        enclosed = enclose.get(form_id, default == ENCLOSED or (default == IF_ANSWERED and form_id in answered))
        if form_id == spec.per_member:
            person = session.get(Person, member_id)
            if person is None or person.deleted_at is not None or person.client_id != matter.client_id:
                raise WorkbenchError(translate("packets", "That family member is not part of this matter."))
            out.append(PlannedForm(form_id, person.id, display_name(person), is_optional, enclosed))
        elif form_id in spec.each_member:
            out += [PlannedForm(form_id, p.id, display_name(p), is_optional, enclosed)
                    for p in qualifying_members(matter)]
        elif form_id in in_us:
            members = _members_copies(session, matter, form_id, in_us[form_id], is_optional,
                                      default == ENCLOSED or (default == IF_ANSWERED and form_id in answered), enclose,
                                      "g-28" in spec.forms)
            out.append(PlannedForm(form_id, None, display_name(matter.client) if members else "", is_optional,
                                   enclosed))
            out += members
        else:
            out.append(PlannedForm(form_id, None, "", is_optional, enclosed))
    stray = sorted(copies - {p.choice for p in out})
    if stray:
        raise WorkbenchError(translate("packets", "{copies}: no such family member's copy in this filing (a copy is "
                                                  "planned for each qualifying family member in the United States).")
                             .format(copies=", ".join(stray)))
    return out
