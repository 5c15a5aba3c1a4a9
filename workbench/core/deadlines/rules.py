"""The deadline rules, one small declarative entry each.

Why declarative: a rule is legal knowledge, and legal knowledge has to be reviewable by a
lawyer who does not read Python. Each :class:`Rule` says what it is (id, title), where it
comes from (``authority``, with the exact INA / CFR / manual section), which facts it reads
(``trigger``), how the date is computed (``computation``, one of a handful of spec types the
engine interprets), when to remind, and what the engine cannot know (``nuance``). The
``verification`` field records what was checked against which source, so a reviewer knows
how far to trust the entry. ``docs/deadlines.md`` is the long-form companion.

Nothing here runs a computation: :mod:`workbench.core.deadlines.engine` interprets these
specs. Changing a period or a citation is a data change in this file and nowhere else.

The content is a tool for lawyers, not legal advice: every explanation tells the user to
check the notice, the order and the current rule, and the nuance texts say where the law
turns on facts the engine does not have.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from types import MappingProxyType

from ..i18n import QT_TRANSLATE_NOOP
from ..msg import Msg
from .business_days import Overflow

__all__ = [
    "RULES",
    "RULES_BY_ID",
    "After",
    "AsGiven",
    "Before",
    "DayBeforeAnniversary",
    "DeadlineKind",
    "EachBiometrics",
    "EachHearing",
    "EachNotice",
    "FactDate",
    "FlagNote",
    "HearingKind",
    "IjDecision",
    "JudgeSet",
    "Track",
    "NoticeKind",
    "Period",
    "Reminder",
    "ReminderAnchor",
    "Roll",
    "Rule",
    "Unit",
]


# --------------------------------------------------------------------------- translatable text
# The texts a user reads (titles, labels, notes, nuances) are marked with QT_TRANSLATE_NOOP where
# they are written and become ``Msg`` values when a spec is built: the English string everywhere
# (stored deadlines, the CLI, the calendar export), translated where the GUI shows it (``msg.tr``).
# Ids, field names and ``verification`` (for reviewers of this file) are never translated.


def _text(value: str) -> str:
    return value if isinstance(value, Msg) or not value else Msg("deadlines", value)


def _translatable(spec: object, *names: str) -> None:
    for name in names:
        object.__setattr__(spec, name, _text(getattr(spec, name)))


def _join(*parts: str) -> Msg:
    """Paragraphs of a nuance (a shared one and the rule's own), each translated on its own."""
    return Msg.join(*(_text(p) for p in parts))


# --------------------------------------------------------------------------- vocabulary


class Track(Enum):
    """The legal track a rule belongs to; some rules only make sense on some tracks.

    Coarser than the vault's ``MatterKind`` (several matter kinds share one track: cancellation of
    removal and bond matters are both removal defense); ``deadlines.store`` maps one onto the other.
    """

    ASYLUM = "asylum"  # affirmative asylum before USCIS
    REMOVAL_DEFENSE = "removal_defense"  # proceedings before the immigration court / BIA
    SIJS = "sijs"
    U_VISA = "u_visa"
    T_VISA = "t_visa"
    VAWA = "vawa"
    ASYLEE_ADJUSTMENT = "asylee_adjustment"
    OTHER = "other"


class HearingKind(Enum):
    MASTER = "master"
    INDIVIDUAL = "individual"


class NoticeKind(Enum):
    RFE = "RFE"  # Request for Evidence
    NOID = "NOID"  # Notice of Intent to Deny


class DeadlineKind(Enum):
    """DEADLINE: the last day to act. ELIGIBILITY: the first day one may act (acting
    earlier is also fatal). APPOINTMENT: a date someone else fixed."""

    DEADLINE = "deadline"
    ELIGIBILITY = "eligibility"
    APPOINTMENT = "appointment"


class Roll(Enum):
    """What happens when the computed day is a Saturday, Sunday or federal holiday.

    FORWARD: the rule itself extends the period to the next business day.
    BACKWARD: the engine moves the date to the preceding business day (counting back
    from an event, or caution where no rule extends the period).
    NONE: the date stands as given (a date printed on a notice, an appointment).
    """

    FORWARD = "forward"
    BACKWARD = "backward"
    NONE = "none"


class Unit(Enum):
    DAYS = "days"
    MONTHS = "months"
    YEARS = "years"


class ReminderAnchor(Enum):
    TRIGGER = "trigger"  # N units after the triggering fact (asylum: 9 months after arrival)
    DUE = "due"  # N units before the due date (or the computation's anchor, e.g. a birthday)


# --------------------------------------------------------------------------- spec types


@dataclass(frozen=True)
class Period:
    """A length of time: ``amount`` ``unit``; months/years use ``overflow`` when the
    corresponding day does not exist (see :class:`~.business_days.Overflow`)."""

    amount: int
    unit: Unit
    overflow: Overflow = Overflow.CLAMP
    #: True when the period ends the day *before* the corresponding date ("within the six
    #: months immediately preceding": the anniversary itself is outside).
    minus_one_day: bool = False


@dataclass(frozen=True)
class Reminder:
    amount: int
    unit: Unit
    anchor: ReminderAnchor = ReminderAnchor.DUE


def _before(*days: int) -> tuple[Reminder, ...]:
    return tuple(Reminder(n, Unit.DAYS) for n in days)


# Triggers: where the starting date(s) come from in MatterFacts.


@dataclass(frozen=True)
class FactDate:
    """One date field of MatterFacts; ``floor`` is a date the period never starts before."""

    field: str
    label: str
    floor: date | None = None
    floor_reason: str = ""

    def __post_init__(self) -> None:
        _translatable(self, "label", "floor_reason")


@dataclass(frozen=True)
class IjDecision:
    """The immigration judge's decision: the oral decision date if there was one, else the
    date the written decision was mailed or electronically served."""


@dataclass(frozen=True)
class EachHearing:
    kind: HearingKind
    detained: bool


@dataclass(frozen=True)
class EachNotice:
    kind: NoticeKind


@dataclass(frozen=True)
class EachBiometrics:
    pass


Trigger = FactDate | IjDecision | EachHearing | EachNotice | EachBiometrics


# Computations: how the date follows from the trigger.


@dataclass(frozen=True)
class After:
    """Trigger + period, then ``roll`` off a closed day (``roll_authority`` says why)."""

    period: Period
    roll: Roll
    roll_authority: str = ""

    def __post_init__(self) -> None:
        _translatable(self, "roll_authority")


@dataclass(frozen=True)
class Before:
    """Count back from an event (a hearing). The period is ``days`` or, when ``setting`` is
    given, the value of that :class:`EngineSettings` field. A judge-set date wins."""

    roll: Roll
    roll_note: str
    days: int | None = None
    setting: str | None = None

    def __post_init__(self) -> None:
        _translatable(self, "roll_note")


@dataclass(frozen=True)
class AsGiven:
    """The date is the one on the notice / appointment letter; ``what`` names it."""

    what: str

    def __post_init__(self) -> None:
        _translatable(self, "what")


@dataclass(frozen=True)
class DayBeforeAnniversary:
    """The last day before the ``years``-th anniversary (last day "under 21"), then roll."""

    years: int
    anniversary_label: str
    roll: Roll
    roll_note: str

    def __post_init__(self) -> None:
        _translatable(self, "anniversary_label", "roll_note")


@dataclass(frozen=True)
class JudgeSet:
    """No computed date: the tribunal sets it; the judge's date is used when recorded.
    With ``only_if_set`` the rule yields nothing until a date is recorded."""

    note: str
    only_if_set: bool = False

    def __post_init__(self) -> None:
        _translatable(self, "note")


Computation = After | Before | AsGiven | DayBeforeAnniversary | JudgeSet


@dataclass(frozen=True)
class FlagNote:
    """A step added to the explanation when the boolean fact ``field`` equals ``when``."""

    field: str
    when: bool
    text: str

    def __post_init__(self) -> None:
        _translatable(self, "text")


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    kind: DeadlineKind
    authority: str
    trigger: Trigger
    computation: Computation
    reminders: tuple[Reminder, ...]
    nuance: str
    verification: str
    #: Matter kinds the rule applies to; ``None`` = any matter that has the trigger fact.
    applies_to: frozenset[Track] | None = None
    #: Other MatterFacts fields the rule reads (shown among the explanation's inputs).
    also_reads: tuple[str, ...] = field(default=())
    #: The rule is skipped when any of these MatterFacts fields is set (e.g. the
    #: appeal deadline once the Board has ruled).
    unless_present: tuple[str, ...] = field(default=())
    #: Steps added when a yes/no fact has a given value (e.g. no state-court order yet).
    flag_notes: tuple[FlagNote, ...] = field(default=())
    #: A MatterFacts date field recording when the act was done (the I-589 was filed):
    #: the explanation then says whether that was on or before the last day.
    done_by: str | None = None

    def __post_init__(self) -> None:
        _translatable(self, "title", "authority", "nuance")


# --------------------------------------------------------------------------- shared text

_DAY_DEFINITION = QT_TRANSLATE_NOOP(
    "deadlines",
    "8 CFR 1001.1(h) (and 8 CFR 1.2 for DHS): a period's last day that falls on a "
    "Saturday, Sunday or legal holiday runs to the end of the next day that is none of those"
)

_COUNT_BACK_NOTE = QT_TRANSLATE_NOOP(
    "deadlines",
    "EOIR's manual counts back in calendar days (the hearing is day 0, the day before is "
    "day 1). Where that day is a Saturday, Sunday or legal holiday, the manual's text as "
    "restated in the sources checked construes the deadline to fall on the NEXT business "
    "day; the engine instead shows the PRECEDING business day, which is timely under either "
    "reading. Check the manual's current Chapter 3.1(c) before relying on the later date."
)

_IJ_DECISION_NUANCE = QT_TRANSLATE_NOOP(
    "deadlines",
    "The period runs from the oral decision when one was stated in court, even if a "
    "written memorandum of it is mailed later (Matter of Iskandarani, 29 I&N Dec. 26 (BIA "
    "2025)); from the mailing or electronic notification for a written decision."
)

# --------------------------------------------------------------------------- the rules

_REMOVAL = frozenset({Track.ASYLUM, Track.REMOVAL_DEFENSE})

ASYLUM_ONE_YEAR = Rule(
    id="asylum.one_year",
    title=QT_TRANSLATE_NOOP("deadlines", "Asylum application (I-589): one-year filing deadline"),
    kind=DeadlineKind.DEADLINE,
    authority=QT_TRANSLATE_NOOP(
        "deadlines",
        "INA § 208(a)(2)(B), 8 U.S.C. § 1158(a)(2)(B); 8 CFR § 208.4(a)(2) "
        "(immigration court: 8 CFR § 1208.4(a)(2))"
    ),
    trigger=FactDate(
        "last_arrival_date",
        QT_TRANSLATE_NOOP("deadlines", "Date of last arrival in the United States"),
        floor=date(1997, 4, 1),
        floor_reason=QT_TRANSLATE_NOOP(
            "deadlines",
            "8 CFR 208.4(a)(2)(ii): the period runs from the last arrival or 1 April 1997, whichever is later",
        ),
    ),
    computation=After(
        Period(1, Unit.YEARS, Overflow.CLAMP),
        Roll.FORWARD,
        QT_TRANSLATE_NOOP(
            "deadlines",
            "8 CFR 208.4(a)(2)(ii) (the last day on a Saturday, Sunday or legal holiday runs to "
            "the end of the next day that is none of those)"
        ),
    ),
    reminders=(
        Reminder(9, Unit.MONTHS, ReminderAnchor.TRIGGER),
        Reminder(10, Unit.MONTHS, ReminderAnchor.TRIGGER),
        Reminder(11, Unit.MONTHS, ReminderAnchor.TRIGGER),
    ),
    nuance=QT_TRANSLATE_NOOP(
        "deadlines",
        "The application is filed when USCIS (or the immigration court) RECEIVES it; a "
        "mailing date counts only with clear and convincing documentary proof of mailing "
        "within the year (8 CFR 208.4(a)(2)(ii)). The arrival day is day 0, so the last day "
        "is the anniversary (Minasyan v. Mukasey, 553 F.3d 1224 (9th Cir. 2009)). A late "
        "application may still be accepted for changed circumstances materially affecting "
        "eligibility (8 CFR 208.4(a)(4)) or extraordinary circumstances related to the delay "
        "(8 CFR 208.4(a)(5)), if filed within a reasonable period after them; the engine "
        "cannot judge either. The one-year bar does not apply to an unaccompanied alien child "
        "(INA § 208(a)(2)(E)). What counts as the 'last arrival' (e.g. a return on advance "
        "parole) differs between circuits, and class-action settlements (Mendez Rojas v. "
        "Johnson, W.D. Wash.) may change the date for class members. Withholding of removal "
        "and CAT protection have no one-year bar."
    ),
    verification=(
        "INA 208(a)(2)(B) and 8 CFR 208.4(a)(2), (a)(4), (a)(5) as cited by USCIS training "
        "material (RAIO One-Year Filing Deadline lesson) and practitioner summaries; the "
        "weekend/holiday extension and the mailing rule are the text of 8 CFR 208.4(a)(2)(ii) "
        "as recalled and consistent with those summaries; re-check against eCFR."
    ),
    applies_to=_REMOVAL,
    also_reads=("unaccompanied_child",),
    done_by="asylum_application_filed_date",
    flag_notes=(
        FlagNote(
            "unaccompanied_child",
            True,
            QT_TRANSLATE_NOOP(
                "deadlines",
                "The client is recorded as an unaccompanied alien child: INA 208(a)(2)(E) makes "
                "the one-year bar inapplicable; the date is shown for reference only."
            ),
        ),
    ),
)

BIA_APPEAL = Rule(
    id="bia.appeal",
    title=QT_TRANSLATE_NOOP("deadlines", "Notice of Appeal to the BIA (EOIR-26) must be received"),
    kind=DeadlineKind.DEADLINE,
    authority="8 CFR § 1003.38(b), (c); 8 CFR § 1003.3(a)(1); 8 CFR § 1240.15",
    trigger=IjDecision(),
    computation=After(
        Period(30, Unit.DAYS),
        Roll.FORWARD,
        QT_TRANSLATE_NOOP(
            "deadlines",
            "8 CFR 1003.38(b) (if the final date falls on a Saturday, Sunday or legal holiday, "
            "the appeal time is extended to the next business day)"
        ),
    ),
    reminders=_before(21, 14, 7, 3, 1),
    nuance=_join(
        _IJ_DECISION_NUANCE,
        QT_TRANSLATE_NOOP(
            "deadlines",
            "The Notice of Appeal is filed when the Board RECEIVES it (8 CFR 1003.38(c)); "
            "there is no mailbox rule, so allow for delivery time or file through ECAS. It must "
            "come with the fee or a fee-waiver request (EOIR-26A) and proof of service "
            "(8 CFR 1003.3(a)). No appeal lies if appeal was waived (8 CFR 1003.38(b)) or from an "
            "in absentia order (8 CFR 1240.15). The Board may take a late appeal by certification "
            "only in rare, exceptional circumstances; do not count on it. Ad hoc closures of the "
            "Board (weather, executive orders) are not known to the engine."
        ),
    ),
    verification=(
        "8 CFR 1003.38(b)-(c) text (30 calendar days; weekend/holiday to next business day; "
        "date of receipt) checked in a published copy of the CFR and in EOIR's Immigration "
        "Court Practice Manual ch. 6.2(b); 8 CFR 1240.15 checked at law.cornell.edu; "
        "Iskandarani checked in a practitioner digest."
    ),
    unless_present=("bia_final_order_date",),
)

IJ_MOTION_TO_REOPEN = Rule(
    id="ij.motion_to_reopen",
    title=QT_TRANSLATE_NOOP("deadlines", "Motion to reopen before the immigration judge"),
    kind=DeadlineKind.DEADLINE,
    authority="INA § 240(c)(7)(C)(i), 8 U.S.C. § 1229a(c)(7)(C)(i); 8 CFR § 1003.23(b)(1)",
    trigger=IjDecision(),
    computation=After(Period(90, Unit.DAYS), Roll.FORWARD, _DAY_DEFINITION),
    reminders=_before(30, 14, 7, 3),
    nuance=_join(
        _IJ_DECISION_NUANCE,
        QT_TRANSLATE_NOOP(
            "deadlines",
            "The regulation runs the 90 days from the entry of a final administrative order. "
            "An immigration judge's order becomes final when appeal is waived or the appeal time "
            "expires (8 CFR 1241.1), which can be later than the decision; the engine counts from "
            "the decision, the earlier and therefore safe date. Exceptions the engine cannot "
            "judge: changed country conditions for asylum (INA 240(c)(7)(C)(ii)), in absentia "
            "orders (180 days for exceptional circumstances, any time for lack of notice, INA "
            "240(b)(5)(C)), VAWA (INA 240(c)(7)(C)(iv)), joint motions, equitable tolling under "
            "circuit law, and the one-motion limit. If the case was appealed, file with the "
            "Board instead."
        ),
    ),
    verification=(
        "90-day period per 8 CFR 1003.23(b)(1) and EOIR Practice Manual Appendix C "
        "(deadlines table); weekend/holiday extension per the CFR definition of 'day' "
        "(8 CFR 1001.1(h); applied to an INA period in Monsalvo Velázquez v. Bondi (U.S. 2025))."
    ),
    unless_present=("bia_final_order_date",),
)

IJ_MOTION_TO_RECONSIDER = Rule(
    id="ij.motion_to_reconsider",
    title=QT_TRANSLATE_NOOP("deadlines", "Motion to reconsider before the immigration judge"),
    kind=DeadlineKind.DEADLINE,
    authority="INA § 240(c)(6)(B), 8 U.S.C. § 1229a(c)(6)(B); 8 CFR § 1003.23(b)(1)",
    trigger=IjDecision(),
    computation=After(Period(30, Unit.DAYS), Roll.FORWARD, _DAY_DEFINITION),
    reminders=_before(14, 7, 3, 1),
    nuance=_join(
        _IJ_DECISION_NUANCE,
        QT_TRANSLATE_NOOP(
            "deadlines",
            "Counted from the decision, the earlier and safe reading of 'entry of a final "
            "administrative order' (see 8 CFR 1241.1). Only one motion to reconsider is allowed. "
            "A motion to reconsider does not extend the time to appeal to the Board."
        ),
    ),
    verification="30-day period per 8 CFR 1003.23(b)(1) and EOIR Practice Manual Appendix C.",
    unless_present=("bia_final_order_date",),
)

BIA_MOTION_TO_REOPEN = Rule(
    id="bia.motion_to_reopen",
    title=QT_TRANSLATE_NOOP("deadlines", "Motion to reopen before the BIA"),
    kind=DeadlineKind.DEADLINE,
    authority="INA § 240(c)(7)(C)(i), 8 U.S.C. § 1229a(c)(7)(C)(i); 8 CFR § 1003.2(c)(2)",
    trigger=FactDate("bia_final_order_date", QT_TRANSLATE_NOOP("deadlines", "Date of the BIA's final order")),
    computation=After(Period(90, Unit.DAYS), Roll.FORWARD, _DAY_DEFINITION),
    reminders=_before(30, 14, 7, 3),
    nuance=QT_TRANSLATE_NOOP(
        "deadlines",
        "90 days after the date the final administrative decision was rendered. Exceptions "
        "the engine cannot judge: changed country conditions for asylum, VAWA, joint "
        "motions, equitable tolling under circuit law; one motion only (8 CFR 1003.2(c)(2)-(3)). "
        "Filing a motion does not stop the 30-day petition-for-review clock (Stone v. INS, "
        "514 U.S. 386 (1995))."
    ),
    verification="8 CFR 1003.2(c)(2) (90 days) per EOIR deadline tables; day definition as above.",
)

BIA_MOTION_TO_RECONSIDER = Rule(
    id="bia.motion_to_reconsider",
    title=QT_TRANSLATE_NOOP("deadlines", "Motion to reconsider before the BIA"),
    kind=DeadlineKind.DEADLINE,
    authority="INA § 240(c)(6)(B), 8 U.S.C. § 1229a(c)(6)(B); 8 CFR § 1003.2(b)(2)",
    trigger=FactDate("bia_final_order_date", QT_TRANSLATE_NOOP("deadlines", "Date of the BIA's final order")),
    computation=After(Period(30, Unit.DAYS), Roll.FORWARD, _DAY_DEFINITION),
    reminders=_before(14, 7, 3, 1),
    nuance=QT_TRANSLATE_NOOP(
        "deadlines",
        "The regulation runs the 30 days from the MAILING of the Board's decision; the "
        "engine counts from the order date, which is the same or earlier (safe). One motion "
        "only. It does not extend the time for a petition for review (Stone v. INS)."
    ),
    verification="8 CFR 1003.2(b)(2) (30 days after mailing) per EOIR deadline tables.",
)

PETITION_FOR_REVIEW = Rule(
    id="circuit.petition_for_review",
    title=QT_TRANSLATE_NOOP("deadlines", "Petition for review in the court of appeals"),
    kind=DeadlineKind.DEADLINE,
    authority=QT_TRANSLATE_NOOP(
        "deadlines",
        "INA § 242(b)(1), 8 U.S.C. § 1252(b)(1); computed under Fed. R. App. P. 26(a); "
        "filed under Fed. R. App. P. 15(a)"
    ),
    trigger=FactDate("bia_final_order_date", QT_TRANSLATE_NOOP("deadlines", "Date of the BIA's final order")),
    computation=After(
        Period(30, Unit.DAYS),
        Roll.FORWARD,
        QT_TRANSLATE_NOOP(
            "deadlines",
            "Fed. R. App. P. 26(a)(1)(C) (a last day on a Saturday, Sunday or legal holiday "
            "runs until the end of the next day that is none of those)"
        ),
    ),
    reminders=_before(21, 14, 7, 3, 1),
    nuance=QT_TRANSLATE_NOOP(
        "deadlines",
        "'Not later than 30 days after the date of the final order of removal': the court of "
        "appeals must RECEIVE the petition. The count follows FRAP 26(a), whose 'legal "
        "holiday' also includes days declared holidays by the President or Congress and, for "
        "periods measured after an event, state holidays where the circuit clerk's office is "
        "(FRAP 26(a)(6)); the engine knows only federal holidays. A motion to reopen or "
        "reconsider does not toll the period (Stone v. INS, 514 U.S. 386 (1995)). The "
        "Supreme Court holds the deadline a mandatory claim-processing rule, not "
        "jurisdictional (Riley v. Bondi, 606 U.S. ___ (2025)), but the government can still "
        "enforce it: treat it as strict. Riley also holds that in withholding-only cases "
        "(reinstated or administrative removal orders) the 30 days run from the removal order "
        "itself, NOT from the BIA's later decision: this rule's date is wrong for those "
        "cases. A petition does not stay removal; a stay must be requested separately."
    ),
    verification=(
        "INA 242(b)(1) 30-day text and FRAP 26(a) counting checked against secondary sources "
        "(FRAP 26 committee notes as quoted); Riley v. Bondi (June 26, 2025) holdings checked "
        "in the syllabus and case summaries."
    ),
)

_PREHEARING_NUANCE = QT_TRANSLATE_NOOP(
    "deadlines",
    "Unless the immigration judge sets another date, which then controls. The manual's "
    "filing deadlines do not apply to exhibits or witnesses offered solely to rebut or "
    "impeach. Filings are timely when the court RECEIVES them (no mailbox rule). Responses "
    "to the other side's filings are due 10 days after that filing is received."
)

INDIVIDUAL_HEARING_FILING = Rule(
    id="court.prehearing_filing.individual",
    title=QT_TRANSLATE_NOOP("deadlines", "Pre-hearing filings due (non-detained individual hearing)"),
    kind=DeadlineKind.DEADLINE,
    authority=QT_TRANSLATE_NOOP(
        "deadlines",
        "EOIR Policy Manual, Part II (Immigration Court Practice Manual), ch. 3.1(b)(2) and "
        "3.1(c) (computation of time); EOIR Appendix C (deadlines)"
    ),
    trigger=EachHearing(HearingKind.INDIVIDUAL, detained=False),
    computation=Before(
        Roll.BACKWARD,
        _COUNT_BACK_NOTE,
        setting="individual_hearing_lead_days",
    ),
    reminders=_before(14, 7, 3, 1),
    nuance=_join(
        _PREHEARING_NUANCE,
        QT_TRANSLATE_NOOP(
            "deadlines",
            "The default lead time has changed repeatedly: 15 days (2008-2020), 30 days "
            "(Dec. 2020 Policy Manual), 15 days again (ICPM 3.1(b)(2), 2021-2025, DM 22-04), and "
            "30 days after EOIR cancelled DM 22-04 in February 2025 (the current EOIR Policy "
            "Manual Appendix C lists 30 days). The engine uses the lead time in its settings "
            "(30 by default, the longer and safe figure); filing 30 days ahead also satisfies a "
            "15-day rule, but not the reverse. Check the manual in force and any scheduling order."
        ),
    ),
    verification=(
        "ICPM 3.1(b)(2) 15-day text (2022 edition) seen in EOIR's shared Appendix C and "
        "CLINIC's 2022 summary; the 30-day figure seen in the current EOIR Policy Manual "
        "Appendix C (justice.gov) and in reports of the February 2025 cancellation of DM 22-04. "
        "The count-back weekend rule ('next business day') seen only in restatements of the "
        "manual's ch. 3.1(c); not verified against the current text: flagged."
    ),
)

MASTER_HEARING_FILING = Rule(
    id="court.prehearing_filing.master",
    title=QT_TRANSLATE_NOOP(
        "deadlines",
        "Filings due if a ruling is wanted at the master calendar hearing (non-detained)",
    ),
    kind=DeadlineKind.DEADLINE,
    authority=QT_TRANSLATE_NOOP(
        "deadlines",
        "EOIR Policy Manual, Part II (Immigration Court Practice Manual), ch. 3.1(b)(1) and "
        "3.1(c) (computation of time)"
    ),
    trigger=EachHearing(HearingKind.MASTER, detained=False),
    computation=Before(Roll.BACKWARD, _COUNT_BACK_NOTE, days=15),
    reminders=_before(7, 3, 1),
    nuance=_join(
        _PREHEARING_NUANCE,
        QT_TRANSLATE_NOOP(
            "deadlines",
            "This deadline matters only for a filing on which a ruling is requested at or "
            "before the master calendar hearing; other filings may be made in advance or in open "
            "court."
        ),
    ),
    verification=(
        "15 days for master calendar hearings (non-detained, if requesting a ruling) per "
        "EOIR Appendix C in both the 2022 and the current edition."
    ),
)

DETAINED_HEARING_FILING = Rule(
    id="court.prehearing_filing.detained",
    title=QT_TRANSLATE_NOOP("deadlines", "Pre-hearing filings due (detained case): as the immigration court sets"),
    kind=DeadlineKind.DEADLINE,
    authority=QT_TRANSLATE_NOOP(
        "deadlines",
        "EOIR Policy Manual, Part II (Immigration Court Practice Manual), ch. 3.1(b)(1)(B) and "
        "3.1(b)(2)(B): detained filing deadlines are set by the immigration court"
    ),
    trigger=EachHearing(HearingKind.INDIVIDUAL, detained=True),
    computation=JudgeSet(
        QT_TRANSLATE_NOOP(
            "deadlines",
            "For detained cases the manual sets no default: filing deadlines are as the "
            "immigration court (judge) specifies. Record the date the judge set on the hearing "
            "and the engine will track it; until then there is no computed date."
        )
    ),
    reminders=_before(7, 3, 1),
    nuance=QT_TRANSLATE_NOOP(
        "deadlines",
        "Detained dockets move fast and judges often set deadlines orally at the master "
        "calendar hearing; ask for the date on the record. The engine computes nothing it "
        "was not given."
    ),
    verification="Detained deadlines 'determined by the immigration court' per EOIR Appendix C.",
)

DETAINED_MASTER_FILING = Rule(
    id="court.prehearing_filing.detained_master",
    title=QT_TRANSLATE_NOOP("deadlines", "Filings due before a detained master calendar hearing: as the court sets"),
    kind=DeadlineKind.DEADLINE,
    authority=DETAINED_HEARING_FILING.authority,
    trigger=EachHearing(HearingKind.MASTER, detained=True),
    computation=JudgeSet(DETAINED_HEARING_FILING.computation.note, only_if_set=True),  # type: ignore[union-attr]
    reminders=_before(7, 3, 1),
    nuance=DETAINED_HEARING_FILING.nuance,
    verification=DETAINED_HEARING_FILING.verification,
)

_NOTICE_NUANCE = QT_TRANSLATE_NOOP(
    "deadlines",
    "Use the date printed on the notice: the response must be RECEIVED by USCIS by then "
    "(8 CFR 103.2(b)(8)(iv), 103.2(a)(7)). By regulation an RFE allows at most 12 weeks and a "
    "NOID at most 30 days; the printed date normally already includes the 3 days added for a "
    "mailed notice (8 CFR 103.8(b)). Submit everything at once: a partial response is "
    "treated as a request for a decision on the record (8 CFR 103.2(b)(11)), and no "
    "response leads to denial as abandoned or on the record (8 CFR 103.2(b)(13)). USCIS does "
    "not extend the time (8 CFR 103.2(b)(8)(iv)). A date on a weekend or holiday is not "
    "moved by the engine: respond before it."
)

RFE_RESPONSE = Rule(
    id="uscis.rfe_response",
    title=QT_TRANSLATE_NOOP("deadlines", "Response to USCIS Request for Evidence due"),
    kind=DeadlineKind.DEADLINE,
    authority="8 CFR § 103.2(b)(8)(iv); 8 CFR § 103.2(b)(11), (b)(13)",
    trigger=EachNotice(NoticeKind.RFE),
    computation=AsGiven(QT_TRANSLATE_NOOP("deadlines", "response due date printed on the Request for Evidence")),
    reminders=_before(28, 14, 7, 3),
    nuance=_NOTICE_NUANCE,
    verification="8 CFR 103.2(b)(8)(iv) time limits recalled from the regulation; re-check eCFR.",
)

NOID_RESPONSE = Rule(
    id="uscis.noid_response",
    title=QT_TRANSLATE_NOOP("deadlines", "Response to USCIS Notice of Intent to Deny due"),
    kind=DeadlineKind.DEADLINE,
    authority="8 CFR § 103.2(b)(8)(iv); 8 CFR § 103.2(b)(16)(i); 8 CFR § 103.2(b)(13)",
    trigger=EachNotice(NoticeKind.NOID),
    computation=AsGiven(QT_TRANSLATE_NOOP("deadlines", "response due date printed on the Notice of Intent to Deny")),
    reminders=_before(14, 7, 3, 1),
    nuance=_NOTICE_NUANCE,
    verification=RFE_RESPONSE.verification,
)

BIOMETRICS = Rule(
    id="uscis.biometrics",
    title=QT_TRANSLATE_NOOP("deadlines", "Biometrics appointment (Application Support Center)"),
    kind=DeadlineKind.APPOINTMENT,
    authority="8 CFR § 103.2(b)(9); 8 CFR § 103.2(b)(13)(ii)",
    trigger=EachBiometrics(),
    computation=AsGiven(
        QT_TRANSLATE_NOOP(
            "deadlines",
            "appointment date on the biometrics notice (ASC appointment notice)",
        )
    ),
    reminders=_before(7, 2, 1),
    nuance=QT_TRANSLATE_NOOP(
        "deadlines",
        "Rescheduling must be requested before the appointment and for good cause "
        "(8 CFR 103.2(b)(9)). Missing it without rescheduling can lead to denial as abandoned "
        "(8 CFR 103.2(b)(13)(ii)); for an asylum application in court, failing to comply with "
        "biometrics requirements can be treated as abandonment (8 CFR 1003.47(c)-(d)), and it "
        "stops the asylum EAD clock (8 CFR 208.7(a)(2)). Bring the notice and photo ID."
    ),
    verification="Regulation sections recalled; the engine only repeats the appointment date.",
)

SIJS_AGE_OUT = Rule(
    id="sijs.age_out",
    title=QT_TRANSLATE_NOOP("deadlines", "SIJS: I-360 must be filed before the 21st birthday (age-out)"),
    kind=DeadlineKind.DEADLINE,
    authority=QT_TRANSLATE_NOOP(
        "deadlines",
        "INA § 101(a)(27)(J), 8 U.S.C. § 1101(a)(27)(J); 8 CFR § 204.11(b)(1) (under 21 at "
        "filing); TVPRA 2008 § 235(d)(6), 8 U.S.C. § 1232(d)(6) (age-out protection)"
    ),
    trigger=FactDate("client_date_of_birth", QT_TRANSLATE_NOOP("deadlines", "Client's date of birth")),
    computation=DayBeforeAnniversary(
        21,
        QT_TRANSLATE_NOOP(
            "deadlines",
            "21st birthday"
        ),
        Roll.BACKWARD,
        QT_TRANSLATE_NOOP(
            "deadlines",
            "Age is a fact, not a filing period, so no rule extends this date; paper filings "
            "are receipted only on business days, so the engine moves a closed day to the "
            "preceding business day."
        ),
    ),
    reminders=(
        Reminder(6, Unit.MONTHS),
        Reminder(3, Unit.MONTHS),
        Reminder(1, Unit.MONTHS),
    ),
    nuance=QT_TRANSLATE_NOOP(
        "deadlines",
        "The petitioner must be under 21 when USCIS RECEIVES the I-360 (8 CFR 204.11(b)(1)). "
        "Once it is filed before the 21st birthday, USCIS may not deny SIJ classification "
        "because of age (TVPRA 2008 § 235(d)(6)). The juvenile-court order with the SIJ "
        "findings must already exist when the I-360 is filed (8 CFR 204.11(c)-(d)), and many "
        "state courts lose jurisdiction over the youth at 18 (some at 19 to 21): in practice "
        "the state-court deadline can be years earlier than this one, and the engine does "
        "not know the state's age limit. Reminders are counted back from the 21st birthday."
    ),
    verification=(
        "Under-21-at-filing and the TVPRA age-out protection per INA 101(a)(27)(J), "
        "8 CFR 204.11 (2022 rule) and TVPRA 235(d)(6), recalled; re-check eCFR paragraph "
        "letters."
    ),
    applies_to=frozenset({Track.SIJS}),
    also_reads=("sijs_state_court_order_obtained",),
    flag_notes=(
        FlagNote(
            "sijs_state_court_order_obtained",
            False,
            QT_TRANSLATE_NOOP(
                "deadlines",
                "No juvenile-court order with the SIJ findings is recorded yet. The I-360 cannot "
                "be filed without it (8 CFR 204.11(c)-(d)), and the state court may lose "
                "jurisdiction long before the 21st birthday: get the order first."
            ),
        ),
    ),
)

U_VISA_SUPPLEMENT_B = Rule(
    id="u_visa.supplement_b",
    title=QT_TRANSLATE_NOOP(
        "deadlines",
        "U visa: file I-918 while the Supplement B certification is less than 6 months old",
    ),
    kind=DeadlineKind.DEADLINE,
    authority="8 CFR § 214.14(c)(2)(i); INA § 214(p)(1), 8 U.S.C. § 1184(p)(1)",
    trigger=FactDate(
        "supplement_b_signed_date",
        QT_TRANSLATE_NOOP(
            "deadlines",
            "Date the certifying official signed Supplement B",
        )
    ),
    computation=After(
        Period(6, Unit.MONTHS, Overflow.CLAMP, minus_one_day=True),
        Roll.BACKWARD,
        QT_TRANSLATE_NOOP(
            "deadlines",
            "no rule extends this period; a closed day is moved to the preceding business day "
            "out of caution"
        ),
    ),
    reminders=_before(60, 30, 14, 7),
    nuance=QT_TRANSLATE_NOOP(
        "deadlines",
        "The regulation requires a Supplement B 'signed by a certifying official within the "
        "six months immediately preceding the filing of Form I-918'. Whether the 6-month "
        "anniversary itself is still inside that window is not settled in the sources "
        "checked, so the engine's last day is the day before it. If the window is missed "
        "the I-918 is not barred: obtain a new, freshly signed certification."
    ),
    verification="Quoted wording of 8 CFR 214.14(c)(2)(i) recalled; re-check eCFR.",
)

_EAD_NUANCE = QT_TRANSLATE_NOOP(
    "deadlines",
    "The clock starts when a COMPLETE application is filed (8 CFR 208.3(c)(3): an "
    "application not returned as incomplete within 30 days is deemed complete). Delay "
    "requested or caused by the applicant (rescheduling the interview, asking for a "
    "continuance, missing biometrics) does not count and stops the clock (8 CFR "
    "208.7(a)(2)); the engine counts plain calendar days and cannot see stops: check the "
    "USCIS or EOIR asylum clock. History: the June 2020 DHS rules (85 FR 38532, 85 FR "
    "37502) lengthened the wait to 365 days and added bars; CASA de Maryland v. Wolf "
    "(D. Md. 2020) enjoined them for members of CASA and ASAP, and Asylumworks v. Mayorkas "
    "(D.D.C. Feb. 7, 2022) vacated both rules; DHS restored the earlier regulatory text in "
    "a 2022 final rule effective Feb. 7, 2022, so the 150/180-day periods apply. Fees and "
    "later changes may apply: check current USCIS guidance."
)

ASYLUM_EAD_APPLY = Rule(
    id="asylum.ead_may_apply",
    title=QT_TRANSLATE_NOOP("deadlines", "Asylum EAD (I-765, category (c)(8)): earliest filing date"),
    kind=DeadlineKind.ELIGIBILITY,
    authority="8 CFR § 208.7(a)(1)-(2); 8 CFR § 208.3(c)(3); 8 CFR § 274a.12(c)(8)",
    trigger=FactDate(
        "asylum_application_filed_date",
        QT_TRANSLATE_NOOP(
            "deadlines",
            "Date the complete asylum application was filed",
        )
    ),
    computation=After(Period(150, Unit.DAYS), Roll.NONE),
    reminders=_before(14, 1),
    nuance=_join(
        QT_TRANSLATE_NOOP(
            "deadlines",
            "The I-765 may be filed no earlier than 150 days after the complete application; "
            "one filed earlier is denied."
        ),
        _EAD_NUANCE,
    ),
    verification=(
        "150 days per 8 CFR 208.7(a)(1) and USCIS's Asylumworks implementation notice; "
        "Asylumworks/CASA history checked in USCIS and practitioner notices."
    ),
)

ASYLUM_EAD_GRANT = Rule(
    id="asylum.ead_may_be_granted",
    title=QT_TRANSLATE_NOOP("deadlines", "Asylum EAD: earliest date it may be granted (180-day clock)"),
    kind=DeadlineKind.ELIGIBILITY,
    authority="INA § 208(d)(2), 8 U.S.C. § 1158(d)(2); 8 CFR § 208.7(a)(1)-(2)",
    trigger=FactDate(
        "asylum_application_filed_date",
        QT_TRANSLATE_NOOP(
            "deadlines",
            "Date the complete asylum application was filed",
        )
    ),
    computation=After(Period(180, Unit.DAYS), Roll.NONE),
    reminders=(),
    nuance=_join(
        QT_TRANSLATE_NOOP(
            "deadlines",
            "By statute no asylum-based employment authorization may be granted before 180 "
            "days after the application is filed, counted on the asylum EAD clock."
        ),
        _EAD_NUANCE,
    ),
    verification="INA 208(d)(2) 180-day bar; 8 CFR 208.7 as restored in 2022.",
)

ASYLEE_ADJUSTMENT = Rule(
    id="asylee.adjustment_eligible",
    title=QT_TRANSLATE_NOOP("deadlines", "Asylee may apply to adjust status (I-485): one year after the grant"),
    kind=DeadlineKind.ELIGIBILITY,
    authority="INA § 209(b)(2), 8 U.S.C. § 1159(b)(2); 8 CFR § 209.2(a)(1)(ii)",
    trigger=FactDate("asylum_grant_date", QT_TRANSLATE_NOOP("deadlines", "Date asylum was granted")),
    computation=After(Period(1, Unit.YEARS, Overflow.NEXT_DAY), Roll.NONE),
    reminders=_before(60, 30),
    nuance=QT_TRANSLATE_NOOP(
        "deadlines",
        "The asylee must have been physically present in the United States for at least one "
        "year after the grant; time abroad may push the date later, and the engine does not "
        "know about trips. The grant date is the date on the USCIS approval or the judge's / "
        "Board's order. The asylee must still be a refugee and admissible or have a waiver "
        "(INA 209(b)-(c)). For a grant on 29 February the engine uses 1 March as the first "
        "eligible day (the later, safe reading for a first day)."
    ),
    verification="INA 209(b)(2) and 8 CFR 209.2(a)(1)(ii) one-year physical presence, recalled.",
)

ASYLEE_RELATIVE_PETITION = Rule(
    id="asylee.relative_petition",
    title=QT_TRANSLATE_NOOP(
        "deadlines",
        "Asylee's relative petition (I-730) for a spouse or child: two years after the grant",
    ),
    kind=DeadlineKind.DEADLINE,
    authority="INA § 208(b)(3), 8 U.S.C. § 1158(b)(3); 8 CFR § 208.21(d) (immigration court: 8 CFR § 1208.21(d))",
    trigger=FactDate("asylum_grant_date", QT_TRANSLATE_NOOP("deadlines", "Date asylum was granted")),
    computation=After(
        # A grant on 29 February: the second anniversary does not exist, and CLAMP takes 28
        # February (the earlier, safe reading for a last day) before the closed-day roll.
        Period(2, Unit.YEARS, Overflow.CLAMP),
        Roll.FORWARD,
        _DAY_DEFINITION,
    ),
    reminders=(
        Reminder(18, Unit.MONTHS, ReminderAnchor.TRIGGER),
        Reminder(90, Unit.DAYS),
        Reminder(30, Unit.DAYS),
    ),
    nuance=QT_TRANSLATE_NOOP(
        "deadlines",
        "One Form I-730 is filed for each spouse or unmarried child, each within two years of the "
        "date the petitioner was granted asylum (8 CFR 208.21(d)); the date is the day the asylum "
        "office approved or the judge or the Board granted asylum, and the petition counts as filed "
        "when USCIS receives it. Humanitarian exception: USCIS may extend the two-year period for "
        "humanitarian reasons; a late petition answers Part 3 'Yes', explains the delay and attaches "
        "evidence, and the extension is discretionary, never assured. The relationship must have "
        "existed on the day asylum was granted (a spouse married before the grant; a child born or "
        "conceived before it), and the child must be unmarried and under 21 as the law measures it "
        "(the Child Status Protection Act may fix the age on the date the asylum application was "
        "filed); the engine checks none of that. A refugee counts the two years from admission to "
        "the United States as a refugee (8 CFR 207.7(d)); the engine knows only the asylum grant "
        "date, so a refugee's date must be entered by hand."
    ),
    verification=(
        "8 CFR 208.21(d) as adopted by 63 FR 3792 (Jan. 27, 1998), read in its Federal Register "
        "text: the request must be filed within two years of the date the asylee was granted asylum "
        "status, unless the Service determines that the period should be extended for humanitarian "
        "reasons; the current eCFR wording (USCIS for the Service) was not fetched. The weekend and "
        "holiday roll follows the definition of 'day' in 8 CFR 1.2 (DHS) / 1001.1(h), as recalled. "
        "I-730 Part 3 (edition 01/20/25) asks the question and the explanation, read from the blank."
    ),
)

ASYLUM_ANNUAL_FEE = Rule(
    id="asylum.annual_fee",
    title=QT_TRANSLATE_NOOP("deadlines", "Annual Asylum Fee ($100) becomes due: first anniversary of the I-589 filing"),
    kind=DeadlineKind.DEADLINE,
    authority=QT_TRANSLATE_NOOP(
        "deadlines",
        "Pub. L. 119-21 (H.R. 1, 2025); USCIS notice of H.R. 1 fees, 90 FR 34511 (July 22, 2025)"
    ),
    trigger=FactDate(
        "asylum_application_filed_date",
        QT_TRANSLATE_NOOP(
            "deadlines",
            "Date the complete asylum application was filed",
        )
    ),
    computation=After(Period(1, Unit.YEARS, Overflow.CLAMP), Roll.NONE),
    reminders=_before(30, 7),
    nuance=QT_TRANSLATE_NOOP(
        "deadlines",
        "A $100 Annual Asylum Fee is owed for each calendar year an asylum application stays pending, "
        "with USCIS or the immigration court; the first comes due around the first anniversary of "
        "the filing, and later ones on each anniversary while the application is pending (only the "
        "first is computed here). The fee cannot be waived. USCIS or the court sends a notice with the "
        "date to pay: enter it as a notice event with its due date so that date is tracked, because "
        "an unpaid fee can lead to the application being rejected or dismissed. Applications pending "
        "when the law took effect, or filed before October 1, 2024, follow different timing. The fee "
        "has been litigated (ASAP v. USCIS, D. Md.): collection was stayed on October 30, 2025 and the "
        "stay was lifted on February 2, 2026. The engine cannot know the current state of that case, "
        "nor whether a decision ended the application before the anniversary."
    ),
    verification=(
        "$100 I-589 fee and $100 Annual Asylum Fee per calendar year pending, non-waivable: 90 FR 34511 "
        "(FR Doc. 2025-13738, govinfo.gov). The ASAP v. USCIS stay (Oct. 30, 2025) and its lifting "
        "(Feb. 2, 2026): USCIS alert as reported by practitioners and ASAP's own notice; the court "
        "docket itself was not checked."
    ),
    applies_to=_REMOVAL,
)

RULES: tuple[Rule, ...] = (
    ASYLUM_ONE_YEAR,
    BIA_APPEAL,
    IJ_MOTION_TO_REOPEN,
    IJ_MOTION_TO_RECONSIDER,
    BIA_MOTION_TO_REOPEN,
    BIA_MOTION_TO_RECONSIDER,
    PETITION_FOR_REVIEW,
    INDIVIDUAL_HEARING_FILING,
    MASTER_HEARING_FILING,
    DETAINED_HEARING_FILING,
    DETAINED_MASTER_FILING,
    RFE_RESPONSE,
    NOID_RESPONSE,
    BIOMETRICS,
    SIJS_AGE_OUT,
    U_VISA_SUPPLEMENT_B,
    ASYLUM_EAD_APPLY,
    ASYLUM_EAD_GRANT,
    ASYLUM_ANNUAL_FEE,
    ASYLEE_ADJUSTMENT,
    ASYLEE_RELATIVE_PETITION,
)

RULES_BY_ID = MappingProxyType({rule.id: rule for rule in RULES})
assert len(RULES_BY_ID) == len(RULES), "rule ids must be unique"
