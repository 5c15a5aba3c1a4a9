"""The I-131 application type (Part 1) from the matter, whether the facts support it, and the travel
warnings that go with it.

Why a module and not a map condition: the document a volunteer's client asks for follows from several
facts (an asylum grant recorded on the matter, a pending I-485, permanent residence, the attorney's
choice), and the wrong box costs the fee and, worse, the client's status: an asylee who travels on an
advance parole document, or to the country of persecution, can lose the protection the matter won.
So the type is proposed from the facts, the attorney may choose another, and every type the facts do
not support is a pre-filing error, whoever chose it (the same pattern as ``ead_category``).

How the type is decided (``propose``):

1. the attorney's answer ``i131_type``, when given, checked against the facts;
2. else an asylum grant on the matter (``matter.asylum_granted_on``) or refugee status (Part 1, Item 13
   answered Yes): a Refugee Travel Document, Item 3 for a permanent resident (``i131_permanent_resident``),
   else Item 2;
3. else a pending Form I-485 (``i131_i485_pending`` Yes, or an adjustment matter not answered No): an
   Advance Parole Document on Item 5.A;
4. else a pending asylum application (an asylum matter with ``asylum_filed_on``, no grant): Item 5.B;
5. else none: the attorney chooses (a reentry permit, Item 1, is only ever chosen, never proposed).

Sources and what was confirmed this session (the 01/20/25 instructions could not be downloaded here):

* the 01/20/25 blank itself (uscis.gov bytes, ../shared/uscis/SOURCES-more.md): the Part 1 types, Part 6
  "Complete Only If Applying for a Refugee Travel Document (Part 1., Item Number 2. or 3.)" with "If you
  answer 'Yes' to Item Numbers 2. - 6.c. below, use the space provided in Part 13 ... to provide an
  explanation", Part 7 for Advance Parole only, Part 4's "If you are applying for an Advance Parole
  Document, SKIP to Part 7": confirmed;
* the instructions' opening page (omb.report ICR 202408-1615-010, the edition expiring 06/30/2027 as this
  blank does): asylees and refugees who are not permanent residents "must have a Refugee Travel Document to
  reenter the United States after traveling abroad unless they possess an Advance Parole Document":
  confirmed from that excerpt;
* filing the Refugee Travel Document application before leaving, and abroad only within one year of
  departure at USCIS's discretion: earlier I-131 instructions (12/31/2018 expiry) and 9 FAM 203.7-1(b):
  confirmed from those texts, NOT from the 01/20/25 instructions;
* termination of asylum for an asylee who voluntarily re-avails himself or herself of the protection of
  the country of nationality (returning, a national passport) or acquires a new nationality: INA
  208(c)(2)(D)-(E) as recalled; the 01/20/25 instructions' own travel warnings were NOT seen;
* an asylum applicant who returns to the country of claimed persecution on advance parole is presumed to
  have abandoned the application (8 CFR 208.8(b)); leaving without advance parole abandons a pending
  I-485 (8 CFR 245.2(a)(4)(ii)): as recalled, NOT confirmed against the instructions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..i18n import QT_TRANSLATE_NOOP
from ..msg import Msg
from .checks import ERROR, INFO, WARNING, Check
from .matter_facts import MatterFacts

PART = "1"

REENTRY = "reentry_permit"
RTD = "refugee_travel_document"
RTD_LPR = "refugee_travel_document_lpr"
AP_I485 = "advance_parole_i485"
AP_I589 = "advance_parole_i589"
AP_U = "advance_parole_u"
TYPES = (REENTRY, RTD, RTD_LPR, AP_I485, AP_I589, AP_U)
REFUGEE_TRAVEL = (RTD, RTD_LPR)
ADVANCE_PAROLE = (AP_I485, AP_I589, AP_U)
#: Part 1 item of each type, as the form numbers it
ITEMS = {REENTRY: "1", RTD: "2", RTD_LPR: "3", AP_I485: "5.A", AP_I589: "5.B", AP_U: "5.G"}
ASYLUM_KINDS = ("affirmative_asylum", "defensive_asylum")

# Part 6 questions whose "Yes" puts the asylee's or refugee's status at risk (the form asks each)
PART6_RISKS = ("i131_travel_to_refugee_country", "i131_returned", "i131_national_passport", "i131_benefit",
               "i131_reacquired_nationality", "i131_new_nationality", "i131_other_asylum")
PART6_ITEMS = {"i131_travel_to_refugee_country": "2", "i131_returned": "3.a", "i131_national_passport": "3.b",
               "i131_benefit": "3.c", "i131_reacquired_nationality": "4.a", "i131_new_nationality": "4.b",
               "i131_other_asylum": "4.c"}


def _t(source: str, **args: object) -> Msg:
    return Msg("forms", source, **args)


@dataclass(frozen=True)
class Facts(MatterFacts):
    """What the types read, taken from the form profile: the matter's facts and these answers."""

    refugee: bool | None = None  # Part 1, Item 13
    permanent_resident: bool | None = None
    i485_pending: bool | None = None
    u_approved: bool | None = None

    @classmethod
    def from_profile(cls, profile: dict) -> "Facts":
        answers = profile.get("answers", {})
        return cls(**MatterFacts.read(profile),
                   refugee=answers.get("i131_refugee"), permanent_resident=answers.get("i131_permanent_resident"),
                   i485_pending=answers.get("i131_i485_pending"), u_approved=answers.get("i131_u_approved"))

    @property
    def protected(self) -> bool:
        """An asylee (grant recorded on the matter) or a refugee (Part 1, Item 13)."""
        return bool(self.asylum_granted_on) or self.refugee is True

    @property
    def adjustment_pending(self) -> bool:
        return self.i485_pending is True or (self.kind == "adjustment_of_status" and self.i485_pending is not False)


# ----------------------------------------------------------------------------- what each type needs
def contradictions(code: str, f: Facts) -> list[Msg]:
    """The facts that contradict ``code`` (empty: the facts support it)."""
    out: list[Msg] = []
    if code in REFUGEE_TRAVEL and not f.protected:
        out.append(_t(QT_TRANSLATE_NOOP("forms", "A Refugee Travel Document is for a person who holds asylee or "
                                                 "refugee status (or became a permanent resident from it): no asylum "
                                                 "grant date is recorded on the matter and Part 1, Item 13 (refugee "
                                                 "status) is not answered Yes.")))
    if code == RTD and f.permanent_resident is True:
        out.append(_t(QT_TRANSLATE_NOOP("forms", "The client is a permanent resident: a Refugee Travel Document is "
                                                 "then asked under Part 1, Item 3, not Item 2.")))
    if code == RTD_LPR and f.permanent_resident is not True:
        out.append(_t(QT_TRANSLATE_NOOP("forms", "Part 1, Item 3 is for a permanent resident who became one as a "
                                                 "direct result of asylee or refugee status: the questionnaire does "
                                                 "not say the client is a permanent resident.")))
    if code == REENTRY and f.permanent_resident is not True:
        out.append(_t(QT_TRANSLATE_NOOP("forms", "A reentry permit is for a lawful permanent or conditional "
                                                 "permanent resident: the questionnaire does not say the client is "
                                                 "one.")))
    if code == AP_I485 and not f.adjustment_pending:
        out.append(_t(QT_TRANSLATE_NOOP("forms", "Advance parole under Part 1, Item 5.A needs a pending Form I-485 "
                                                 "(or one filed with this application): the questionnaire does not "
                                                 "say one is pending.")))
    if code == AP_I589:
        if f.asylum_granted_on:
            out.append(_t(QT_TRANSLATE_NOOP("forms", "Asylum was granted on {date}: the application is no longer "
                                                     "pending, so Part 1, Item 5.B does not apply (an asylee asks for "
                                                     "a Refugee Travel Document)."),
                          date=f"{f.asylum_granted_on:%m/%d/%Y}"))
        elif not f.asylum_filed_on:
            out.append(_t(QT_TRANSLATE_NOOP("forms", "Part 1, Item 5.B needs a pending asylum application: record the "
                                                     "date the I-589 was filed on the matter.")))
    if code == AP_U and (f.kind != "u_visa" or f.u_approved is not True):
        out.append(_t(QT_TRANSLATE_NOOP("forms", "Part 1, Item 5.G needs an approved Form I-918 (or Supplement A): "
                                                 "the questionnaire does not say USCIS approved the U petition.")))
    return out


@dataclass(frozen=True)
class Proposal:
    """The type Part 1 gets (None: none fits), who chose it ("workbench", "attorney" or "none"), the checks."""

    code: str | None
    by: str
    checks: tuple[Check, ...] = field(default=())


def _check(severity: str, message: Msg, code: str | None = None, part: str = PART, item: str | None = None) -> Check:
    return Check(severity, message, None, part, item if item is not None else ITEMS.get(code or ""))


def proposed_code(f: Facts) -> str | None:
    """The type the facts support, in the order of the module docstring (a reentry permit is never proposed)."""
    if f.protected:
        return RTD_LPR if f.permanent_resident is True else RTD
    if f.adjustment_pending:
        return AP_I485
    if f.kind in ASYLUM_KINDS and f.asylum_filed_on and not f.asylum_granted_on:
        return AP_I589
    return None


def travel_notes(code: str, f: Facts, answers: dict) -> list[Check]:
    """What the attorney must tell the client before filing, for the type in use: the form's own Part 6
    questions answered Yes (each a risk to asylee or refugee status), and the travel warnings."""
    out: list[Check] = []
    if code in REFUGEE_TRAVEL:
        for qid in PART6_RISKS:
            if answers.get(qid) is True:
                out.append(_check(WARNING, _t(QT_TRANSLATE_NOOP(
                    "forms", "Part 6, Item {item} is answered Yes: returning to the country of persecution, using or "
                             "renewing its passport, taking its benefits or a new nationality can end asylee or refugee "
                             "status (INA 208(c)(2)). Discuss it with the client before filing and explain it in Part "
                             "13."), item=PART6_ITEMS[qid]), part="6", item=PART6_ITEMS[qid]))
        out.append(_check(INFO, _t(QT_TRANSLATE_NOOP(
            "forms", "Refugee Travel Document: file before the client leaves the United States and attend the "
                     "biometrics appointment before leaving (an application filed from abroad is accepted only within "
                     "one year of departure, at USCIS's discretion). Warn the client not to travel to the country of "
                     "persecution and not to travel on its passport.")), code))
    if code in ADVANCE_PAROLE:
        out.append(_check(INFO, _t(QT_TRANSLATE_NOOP(
            "forms", "Advance parole: the client must not leave the United States before the document is issued; "
                     "leaving without it abandons a pending application (8 CFR 245.2(a)(4)(ii), 8 CFR 208.8(a)). "
                     "Parole on return is discretionary: review any unlawful presence (INA 212(a)(9)(B)) before the "
                     "client travels.")), code))
    if code == AP_I589:
        out.append(_check(WARNING, _t(QT_TRANSLATE_NOOP(
            "forms", "An asylum applicant who returns to the country of claimed persecution, even with advance "
                     "parole, is presumed to have abandoned the asylum application (8 CFR 208.8(b)).")), code))
    if code in ADVANCE_PAROLE and f.protected:
        out.append(_check(WARNING, _t(QT_TRANSLATE_NOOP(
            "forms", "The client holds asylee or refugee status: the document for travel is normally a Refugee Travel "
                     "Document (Part 1, Item 2 or 3).")), code))
    return out


def propose(profile: dict) -> Proposal:
    """The Part 1 type: the attorney's answer ``i131_type`` when given, else the one the facts support;
    every contradiction is an error, and the travel warnings of the type in use are added."""
    f = Facts.from_profile(profile)
    answers = profile.get("answers", {})
    chosen = (answers.get("i131_type") or "").strip()
    if chosen:
        if chosen not in TYPES:
            bad = _t(QT_TRANSLATE_NOOP("forms", "The application type answer is not one the workbench fills: choose a "
                                                "Refugee Travel Document, an Advance Parole Document or a reentry "
                                                "permit, or tick another Part 1 box by hand."))
            return Proposal(None, "attorney", (_check(ERROR, bad),))
        checks = [_check(ERROR, m, chosen) for m in contradictions(chosen, f)]
        return Proposal(chosen, "attorney", tuple(checks + travel_notes(chosen, f, answers)))
    code = proposed_code(f)
    if code is None:
        none = _t(QT_TRANSLATE_NOOP("forms", "The workbench proposes no I-131 application type for these facts (no "
                                             "asylum grant, refugee status or pending I-485 is recorded): choose it "
                                             "in the questionnaire (application type)."))
        return Proposal(None, "none", (_check(ERROR, none),))
    checks = [_check(ERROR, m, code) for m in contradictions(code, f)]  # e.g. an asylee who is a resident: Item 3
    return Proposal(code, "workbench", tuple(checks + travel_notes(code, f, answers)))


def derive(profile: dict) -> tuple[dict, list[Check]]:
    """The profile section ``travel`` (``travel.type``, ``travel.by``) and the checks, for a field map that
    declares ``"derived": ["travel"]``."""
    p = propose(profile)
    return {"type": p.code or "", "by": p.by}, list(p.checks)
