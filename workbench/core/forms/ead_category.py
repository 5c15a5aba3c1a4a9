"""The I-765 eligibility category (Part 2, Item 27) from the matter, and whether the facts support it.

Why a module and not a map condition: the category is a legal judgment made from several facts
(the matter's kind, the asylum filing and grant dates, what USCIS decided on a U, VAWA or SIJ
petition, whether an I-485 is pending), and the (c)(8) category has a clock that the deadline
engine already computes (``asylum.ead_may_apply``, ``asylum.ead_may_be_granted``). Writing the
wrong category gets the application denied and its fee lost, so the proposal is always checked:
every category has a list of what the facts must show, and a fact that contradicts the category in
use is a pre-filing error, whether the workbench proposed it or the attorney chose it.

Sources (what was and was not confirmed this session; the current instructions for the 08/21/25
edition could not be downloaded, so every category is marked for re-checking against them):

* the 08/21/25 blank itself (uscis.gov bytes, ../shared/uscis/SOURCES-more.md): Item 27 prints
  three boxes between parentheses, "(a)(8), (c)(17)(iii)" as examples, and Item 30 asks the
  (c)(8) applicant about arrests and convictions: confirmed;
* (c)(8) pending asylum: the instructions' "Pending Asylum and Withholding of Removal Applicants
  ... --(c)(8)" paragraph and its Special Filing Instructions, quoted in the USCIS table of changes
  of 08/31/2022 (omb.report ICR 202208-1615-005); the 150-day wait restored after Asylumworks
  (USCIS notice quoted at mondaq.com, 2023; 8 CFR 208.7(a)(1)): confirmed from those copies;
* (c)(14) deferred action: the instructions' "Deferred Action--(c)(14)" paragraph (same table of
  changes, with the I-765WS economic-necessity worksheet): confirmed from that copy. That USCIS
  issues the U visa bona fide determination EAD under (c)(14): USCIS Policy Manual Vol. 3, Part C
  (bona fide determination), recalled and seen only in practitioners' summaries of the 08/2023
  update: NOT confirmed in the instructions;
* (c)(31) approved VAWA self-petitioner: INA 204(a)(1)(K) ("upon the approval of a petition as a
  VAWA self-petitioner, the alien is eligible for work authorization") read in the U.S. Code text,
  and practitioners' guides naming (c)(31); the instructions' own paragraph was NOT seen. The
  category requires an APPROVED self-petition: a pending one alone gives no EAD;
* (a)(5) asylee, (a)(19) U-1 principal, (a)(20) U-2 to U-5 family member, (c)(9) pending
  adjustment: 8 CFR 274a.12 as recalled; the instructions' paragraphs were NOT seen this session.
* a qualifying family member's own I-765 (the profile seen from the member, ``applicant.py``):
  the USCIS Policy Manual, Vol. 3, Part C, Ch. 5 (uscis.gov, read in part: a bona fide petition
  brings a BFD EAD and deferred action) and USCIS's policy alert PA-2021-13 (a copy at docslib.org:
  BFD EADs and deferred action "to petitioners ... and qualifying family members"; waiting-list
  employment authorization "generally ... under 8 CFR 274a.12(c)(14)"; the U-1's EAD is issued
  automatically on approval, so a family member's approved U-2 to U-5 status is the (a)(20) case)
  and USCIS's announcement of 08/11/2023 (reprinted by eiglaw.com, visaserve.com: family members
  are encouraged to file the I-765 with Supplement A). That the BFD EAD's category on Item 27 is
  (c)(14) was NOT confirmed in the I-765 instructions; neither was (a)(20)'s paragraph. A member
  abroad gets no U.S. work permit before admission (none of these categories reaches them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from ..i18n import QT_TRANSLATE_NOOP
from ..msg import Msg
from .checks import ERROR, INFO, WARNING, Check
from .matter_facts import MatterFacts

PART, ITEM = "2", "27"
# "(c)(8)", "(a)(19)", "(c)(17)(iii)": a letter and one or two bracketed numbers, as Item 27 asks
CODE = re.compile(r"^\(\s*([abc])\s*\)\s*\(\s*(\d{1,2})\s*\)\s*(?:\(\s*([a-z0-9]{1,4})\s*\))?$", re.IGNORECASE)

U_DECISIONS = ("pending", "bona_fide_determination", "waiting_list_deferred_action", "approved")


def _t(source: str, **args: object) -> Msg:
    return Msg("forms", source, **args)


@dataclass(frozen=True)
class Category:
    code: str  # as Item 27 takes it: "(c)(8)"
    title: str
    citation: str
    confirmed: str  # what of it was confirmed against the instructions, and from where

    @property
    def boxes(self) -> tuple[str, str, str]:
        """The three boxes of Item 27 (the parentheses are printed): ("c", "8", "")."""
        return boxes(self.code)


def boxes(code: str) -> tuple[str, str, str]:
    m = CODE.match(code.strip())
    if not m:
        raise ValueError(code)
    return m.group(1).lower(), m.group(2), (m.group(3) or "").lower()


def normalize(code: str) -> str | None:
    """``"C 8"``-style typing is refused; ``"(C)(8)"`` -> ``"(c)(8)"``; None when it is not a category."""
    try:
        letter, number, sub = boxes(code)
    except ValueError:
        return None
    return f"({letter})({number})" + (f"({sub})" if sub else "")


@dataclass(frozen=True)
class Facts(MatterFacts):
    """What the categories read, taken from the form profile (``derive``): the matter's facts and
    these answers."""

    u_decision: str | None = None  # one of U_DECISIONS
    vawa_approved: bool | None = None
    i485_pending: bool | None = None
    deferred_action: bool | None = None
    # the applicant is a family member of the client (their own I-765; ``applicant.py``), not the client
    member_relation: str | None = None
    member_in_us: bool | None = None
    member_name: str = ""
    decision_from_principal: bool = False  # the member's U decision is not recorded: the principal's is read

    @property
    def is_member(self) -> bool:
        return self.member_relation is not None

    @classmethod
    def from_profile(cls, profile: dict) -> "Facts":
        answers = profile.get("answers", {})
        member: dict = {}
        decision, borrowed = answers.get("i765_u_decision"), False
        if "principal" in profile:  # a family member's own form: the member's answers, the principal's as fallback
            member = profile.get("member") or {}
            if not decision and profile["principal"]["answers"].get("i765_u_decision"):
                decision, borrowed = profile["principal"]["answers"]["i765_u_decision"], True
        return cls(**MatterFacts.read(profile),
                   u_decision=decision, vawa_approved=answers.get("i765_vawa_approved"),
                   i485_pending=answers.get("i765_i485_pending"), deferred_action=answers.get("i765_deferred_action"),
                   member_relation=(member.get("relation") or "other") if member else None,
                   member_in_us=member.get("in_united_states"),
                   member_name=" ".join(x for x in (member.get("given_name"), member.get("family_name")) if x),
                   decision_from_principal=borrowed)


# ----------------------------------------------------------------------------- what each category needs
# Each returns the facts that contradict the category (empty: the facts support it).

def _asylee(f: Facts) -> list[Msg]:
    if not f.asylum_granted_on:
        return [_t(QT_TRANSLATE_NOOP("forms", "(a)(5) is for an asylee: no asylum grant date is recorded on the "
                                              "matter."))]
    return []


def _pending_asylum(f: Facts) -> list[Msg]:
    out = []
    if f.asylum_granted_on:
        out.append(_t(QT_TRANSLATE_NOOP("forms", "Asylum was granted on {date}: the asylee category is (a)(5), not "
                                                  "the pending-application category (c)(8)."),
                      date=f"{f.asylum_granted_on:%m/%d/%Y}"))
    if not f.asylum_filed_on:
        out.append(_t(QT_TRANSLATE_NOOP("forms", "(c)(8) needs a pending asylum application: record the date the "
                                                  "complete I-589 was filed on the matter.")))
    return out


def _abroad(f: Facts) -> list[Msg]:
    """A family member outside the United States cannot get a U.S. work permit before admission."""
    if f.is_member and f.member_in_us is not True:
        return [_t(QT_TRANSLATE_NOOP("forms", "{name} is not recorded as in the United States: a family member "
                                              "abroad gets no U.S. work permit before admission (file after entering "
                                              "in U status)."), name=f.member_name)]
    return []


def _u_principal(f: Facts) -> list[Msg]:
    if f.is_member:
        return [_t(QT_TRANSLATE_NOOP("forms", "(a)(19) is the U-1 principal's category; this I-765 is for a family "
                                              "member (U-2 to U-5: (a)(20) once approved, (c)(14) while pending)."))]
    if f.kind != "u_visa" or f.u_decision != "approved":
        return [_t(QT_TRANSLATE_NOOP("forms", "(a)(19) is for a U-1 principal whose U status USCIS has approved: the "
                                              "questionnaire does not say the petition was approved."))]
    return []


def _u_family(f: Facts) -> list[Msg]:
    if not f.is_member:
        return [_t(QT_TRANSLATE_NOOP("forms", "(a)(20) is for a qualifying family member (U-2 to U-5) with approved U "
                                              "status; this form is filed for the matter's client, the principal "
                                              "petitioner."))]
    out = _abroad(f)
    if f.kind != "u_visa" or f.u_decision != "approved":
        out.append(_t(QT_TRANSLATE_NOOP("forms", "(a)(20) is for a family member whose own U status (Supplement A) "
                                                  "USCIS has approved: the questionnaire does not say it was "
                                                  "approved.")))
    return out


def _deferred_action(f: Facts) -> list[Msg]:
    if f.is_member and f.kind == "u_visa":  # a member's BFD or waiting-list EAD rests on their own Supplement A
        out = _abroad(f)
        if f.u_decision not in ("pending", "bona_fide_determination", "waiting_list_deferred_action"):
            out.append(_t(QT_TRANSLATE_NOOP("forms", "(c)(14) for a family member needs a pending Supplement A (bona "
                                                      "fide determination or waiting list): the questionnaire does "
                                                      "not say what USCIS decided on it.")))
        return out
    if f.kind == "u_visa" and f.u_decision in ("pending", "bona_fide_determination", "waiting_list_deferred_action"):
        return []
    if f.deferred_action:
        return []
    return [_t(QT_TRANSLATE_NOOP("forms", "(c)(14) needs a grant of deferred action (or, for a U visa petitioner, a "
                                          "bona fide determination or a pending petition awaiting one): the "
                                          "questionnaire records none."))]


def _vawa(f: Facts) -> list[Msg]:
    if f.kind != "vawa_self_petition" or f.vawa_approved is not True:
        return [_t(QT_TRANSLATE_NOOP("forms", "(c)(31) is for a VAWA self-petitioner whose Form I-360 USCIS has "
                                              "APPROVED; a pending self-petition alone gives no work permit."))]
    return []


def _adjustment(f: Facts) -> list[Msg]:
    if f.i485_pending is True or (f.kind == "adjustment_of_status" and f.i485_pending is not False):
        return []
    return [_t(QT_TRANSLATE_NOOP("forms", "(c)(9) needs a pending Form I-485 (filed before or with this I-765): the "
                                          "questionnaire does not say one is pending."))]


@dataclass(frozen=True)
class Known:
    category: Category
    contradictions: Callable[[Facts], list[Msg]]


_UNCONFIRMED = "not seen in the current I-765 instructions this session: re-check the Who May File section"

KNOWN: dict[str, Known] = {k.category.code: k for k in (
    Known(Category("(a)(5)", "Asylee (granted asylum)", "8 CFR 274a.12(a)(5)", _UNCONFIRMED), _asylee),
    Known(Category("(c)(8)", "Pending asylum and withholding of removal application", "8 CFR 274a.12(c)(8); "
                   "8 CFR 208.7(a)", "instructions' (c)(8) paragraph and Special Filing Instructions, as quoted in "
                   "the USCIS table of changes of 08/31/2022; the 150-day wait per the 2022 restoration"),
          _pending_asylum),
    Known(Category("(a)(19)", "U-1 principal with approved U nonimmigrant status", "8 CFR 274a.12(a)(19); "
                   "8 CFR 214.14(c)(7)", _UNCONFIRMED), _u_principal),
    Known(Category("(a)(20)", "U-2 to U-5 qualifying family member with approved U status", "8 CFR 274a.12(a)(20); "
                   "8 CFR 214.14(f)(7)", _UNCONFIRMED + "; that a family member's EAD is not automatic (the U-1's "
                   "is): USCIS policy alert PA-2021-13"), _u_family),
    Known(Category("(c)(14)", "Deferred action (including a U visa bona fide determination or waiting-list "
                   "deferred action, and SIJ deferred action)", "8 CFR 274a.12(c)(14)",
                   "instructions' Deferred Action (c)(14) paragraph, as quoted in the USCIS table of changes of "
                   "08/31/2022; its use for the U visa bona fide determination is from the USCIS Policy Manual as "
                   "summarized by practitioners, not from the instructions"), _deferred_action),
    Known(Category("(c)(31)", "Principal beneficiary or qualified child of an APPROVED VAWA self-petition",
                   "8 CFR 274a.12(c)(31); INA 204(a)(1)(K)", "INA 204(a)(1)(K) text; the instructions' paragraph "
                   "was " + _UNCONFIRMED.split(": ")[0]), _vawa),
    Known(Category("(c)(9)", "Pending application for adjustment of status (Form I-485)", "8 CFR 274a.12(c)(9)",
                   _UNCONFIRMED), _adjustment),
)}

# The categories a matter of each kind may use, most specific first: the first the facts support
# is proposed (an asylee is (a)(5) even though the I-589 was once pending).
BY_KIND: dict[str, tuple[str, ...]] = {
    "affirmative_asylum": ("(a)(5)", "(c)(8)"),
    "defensive_asylum": ("(a)(5)", "(c)(8)"),
    "u_visa": ("(a)(19)", "(c)(14)"),
    "u_visa member": ("(a)(20)", "(c)(14)"),  # a qualifying family member's own I-765
    "vawa_self_petition": ("(c)(31)", "(c)(9)"),
    "sijs": ("(c)(14)", "(c)(9)"),
    "adjustment_of_status": ("(c)(9)",),
}


@dataclass(frozen=True)
class Proposal:
    """The category Item 27 gets (None: none fits), who chose it, and the checks to show before filing."""

    code: str | None
    by: str  # "workbench" (proposed from the facts), "attorney" (questionnaire answer) or "none"
    checks: tuple[Check, ...] = field(default=())

    @property
    def category(self) -> Category | None:
        return KNOWN[self.code].category if self.code in KNOWN else None


def _check(severity: str, message: Msg) -> Check:
    return Check(severity, message, None, PART, ITEM)


def asylum_clock(f: Facts) -> list[Check]:
    """The (c)(8) waiting periods from the deadline engine: filing before ``asylum.ead_may_apply`` is an
    error naming the first day; the 180-day grant date is given for information."""
    from ..deadlines import MatterFacts, Track, compute_deadlines
    from ..deadlines.rules import ASYLUM_EAD_APPLY, ASYLUM_EAD_GRANT

    if not f.asylum_filed_on:
        return []
    results = {d.rule_id: d for d in compute_deadlines(
        MatterFacts(track=Track.ASYLUM, asylum_application_filed_date=f.asylum_filed_on),
        rules=(ASYLUM_EAD_APPLY, ASYLUM_EAD_GRANT))}
    apply_on = results[ASYLUM_EAD_APPLY.id].due_date
    grant_on = results[ASYLUM_EAD_GRANT.id].due_date
    filed = f"{f.asylum_filed_on:%m/%d/%Y}"
    out = []
    if f.today < apply_on:
        out.append(_check(ERROR, _t(QT_TRANSLATE_NOOP(
            "forms", "Too early for category (c)(8): the I-765 may be filed no earlier than {date}, 150 days after "
                     "the asylum application filed on {filed} (8 CFR 208.7(a)(1); rule asylum.ead_may_apply). Filed "
                     "earlier, it is denied."), date=f"{apply_on:%m/%d/%Y}", filed=filed)))
    out.append(_check(INFO, _t(QT_TRANSLATE_NOOP(
        "forms", "Category (c)(8): the work permit cannot be granted before {date} (180 days on the asylum EAD "
                 "clock from {filed}; delay the applicant asks for or causes stops the clock: check the USCIS or "
                 "EOIR clock)."), date=f"{grant_on:%m/%d/%Y}", filed=filed)))
    return out


def _notes(code: str, f: Facts) -> list[Check]:
    """What goes with a supported category: the (c)(8) clock; for a U petition still pending, that the
    (c)(14) permit waits for the bona fide determination."""
    if code == "(c)(8)":
        return asylum_clock(f)
    out = []
    if f.decision_from_principal and code in ("(a)(20)", "(c)(14)"):
        out.append(_check(INFO, _t(QT_TRANSLATE_NOOP(
            "forms", "What USCIS decided on {name}'s own Supplement A is not recorded: the workbench read the "
                     "principal's answer ({decision}). Answer the U visa question for this family member."),
            name=f.member_name, decision=f.u_decision)))
    if code == "(c)(14)" and f.kind == "u_visa" and f.u_decision == "pending":
        out.append(_check(INFO, _t(QT_TRANSLATE_NOOP(
            "forms", "Category (c)(14) with a pending U petition: USCIS decides this application only after it "
                     "makes a bona fide determination on the I-918 (file it with or after the petition).")
            if not f.is_member else QT_TRANSLATE_NOOP(
            "forms", "Category (c)(14) for a family member with a pending Supplement A: USCIS decides this "
                     "application after its bona fide determination on the principal's I-918 and on this "
                     "Supplement A (file it with or after the supplement)."))))
    return out


def propose(profile: dict) -> Proposal:
    """The category for Item 27: the attorney's answer ``i765_category`` when given, else the first
    category of the matter's kind the facts support; with every contradiction as an error."""
    f = Facts.from_profile(profile)
    chosen = (profile.get("answers", {}).get("i765_category") or "").strip()
    if chosen:
        code = normalize(chosen)
        if code is None:
            bad = _t(QT_TRANSLATE_NOOP("forms", "The eligibility category answer is not a category as Item 27 takes "
                                                "it (a letter and numbers in parentheses, for example (c)(8) or "
                                                "(c)(17)(iii))."))
            return Proposal(None, "attorney", (_check(ERROR, bad),))
        if code not in KNOWN:
            return Proposal(code, "attorney", (_check(WARNING, _t(QT_TRANSLATE_NOOP(
                "forms", "Category {code} was chosen by the attorney; the workbench cannot check the facts for "
                         "it."), code=code)),))
        checks = [_check(ERROR, m) for m in KNOWN[code].contradictions(f)]
        return Proposal(code, "attorney", tuple(checks + _notes(code, f)))
    candidates = BY_KIND.get(f"{f.kind} member" if f.is_member else f.kind or "", ())
    for code in candidates:
        if not KNOWN[code].contradictions(f):
            return Proposal(code, "workbench", tuple(_notes(code, f)))
    if not candidates:
        none = _t(QT_TRANSLATE_NOOP("forms", "The workbench proposes no I-765 category for this kind of matter: "
                                             "choose it in the questionnaire (eligibility category)."))
        return Proposal(None, "none", (_check(ERROR, none),))
    reasons = Msg.join(*(m for code in candidates for m in KNOWN[code].contradictions(f)))
    return Proposal(None, "none", (_check(ERROR, _t(QT_TRANSLATE_NOOP(
        "forms", "No work-permit category fits the facts recorded: {reasons}"), reasons=reasons)),))


def derive(profile: dict) -> tuple[dict, list[Check]]:
    """The profile section ``ead`` (``ead.code``, ``ead.letter``, ``ead.number``, ``ead.subsection``,
    ``ead.by``) and the checks, for a field map that declares ``"derived": ["ead"]``."""
    p = propose(profile)
    letter, number, sub = boxes(p.code) if p.code else ("", "", "")
    section = {"code": p.code or "", "letter": letter, "number": number, "subsection": sub, "by": p.by}
    return section, list(p.checks)
