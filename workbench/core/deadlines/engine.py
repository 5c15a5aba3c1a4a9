"""Compute a matter's deadlines from its facts, and explain every one.

Why it looks like this: the engine is a pure function from plain frozen dataclasses to
plain frozen dataclasses (:func:`compute_deadlines`). It knows no database, no clock and no
GUI, so it is trivially testable and can run on any thread; the vault integration later
turns ORM rows into :class:`MatterFacts`, stores overrides and their audit trail, and calls
it again whenever a fact changes ("recompute when facts change" is just calling it again).

Every result carries an :class:`Explanation`: the rule, the inputs with their values, the
authority, the computation step by step and the nuance the engine cannot judge. A user
override never replaces the computed date: both are kept and shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime

from ..i18n import QT_TRANSLATE_NOOP
from ..msg import Lowered, Msg
from . import business_days as bd
from .rules import (
    RULES,
    After,
    AsGiven,
    Before,
    DayBeforeAnniversary,
    DeadlineKind,
    EachBiometrics,
    EachHearing,
    EachNotice,
    FactDate,
    HearingKind,
    IjDecision,
    JudgeSet,
    Track,
    NoticeKind,
    Period,
    ReminderAnchor,
    Roll,
    Rule,
    Unit,
)

__all__ = [
    "BiometricsAppointment",
    "ComputedDeadline",
    "EngineSettings",
    "Explanation",
    "Hearing",
    "InputUsed",
    "MatterFacts",
    "Override",
    "UscisNotice",
    "compute_deadlines",
    "unused_override_keys",
]


# --------------------------------------------------------------------------- text
# Every text of an explanation is a ``Msg``: English wherever it is stored or printed, translated
# where the GUI shows it (``msg.tr``). Dates inside it stay ISO (2026-03-04), unambiguous in any
# language.


def _t(source: str, **args: object) -> Msg:
    """``source`` (marked with QT_TRANSLATE_NOOP("deadlines", ...)) with its placeholders filled."""
    return Msg("deadlines", source, **args)


# --------------------------------------------------------------------------- inputs


def _check_date(name: str, value: object, *, optional: bool = True) -> None:
    if value is None and optional:
        return
    # datetime is a subclass of date; refusing it keeps time zones out of date arithmetic.
    if not isinstance(value, date) or isinstance(value, datetime):
        raise TypeError(f"{name} must be a datetime.date (not {type(value).__name__})")


@dataclass(frozen=True)
class Hearing:
    """An immigration-court hearing. ``key`` is the caller's stable id (e.g. the event's
    UUID); it names the deadline instance so overrides survive a change of hearing date."""

    date: date
    kind: HearingKind
    detained: bool = False
    judge_set_filing_deadline: date | None = None
    key: str | None = None

    def __post_init__(self) -> None:
        _check_date("Hearing.date", self.date, optional=False)
        _check_date("Hearing.judge_set_filing_deadline", self.judge_set_filing_deadline)
        object.__setattr__(self, "kind", HearingKind(self.kind))


@dataclass(frozen=True)
class UscisNotice:
    """A USCIS Request for Evidence or Notice of Intent to Deny with its printed due date."""

    kind: NoticeKind
    response_due: date
    issued: date | None = None
    key: str | None = None

    def __post_init__(self) -> None:
        _check_date("UscisNotice.response_due", self.response_due, optional=False)
        _check_date("UscisNotice.issued", self.issued)
        object.__setattr__(self, "kind", NoticeKind(self.kind))


@dataclass(frozen=True)
class BiometricsAppointment:
    date: date
    key: str | None = None

    def __post_init__(self) -> None:
        _check_date("BiometricsAppointment.date", self.date, optional=False)


@dataclass(frozen=True)
class MatterFacts:
    """The facts of one matter that deadlines depend on. Every date is a calendar date in
    the time zone of the court or office concerned; unknown facts stay ``None``."""

    track: Track
    last_arrival_date: date | None = None
    #: Date the immigration judge stated an oral decision in court.
    ij_oral_decision_date: date | None = None
    #: Date a written IJ decision was mailed or electronically served (not the date on it).
    ij_written_decision_served_date: date | None = None
    bia_final_order_date: date | None = None
    hearings: tuple[Hearing, ...] = ()
    notices: tuple[UscisNotice, ...] = ()
    biometrics_appointments: tuple[BiometricsAppointment, ...] = ()
    client_date_of_birth: date | None = None
    sijs_state_court_order_obtained: bool = False
    supplement_b_signed_date: date | None = None
    #: Date the complete I-589 was filed (starts the EAD clock; checks the one-year rule).
    asylum_application_filed_date: date | None = None
    asylum_grant_date: date | None = None
    unaccompanied_child: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "track", Track(self.track))
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name.endswith("_date") or f.name == "client_date_of_birth":
                _check_date(f"MatterFacts.{f.name}", value)
        for name, cls in (
            ("hearings", Hearing),
            ("notices", UscisNotice),
            ("biometrics_appointments", BiometricsAppointment),
        ):
            items = tuple(getattr(self, name))
            for item in items:
                if not isinstance(item, cls):
                    raise TypeError(f"MatterFacts.{name} must hold {cls.__name__} objects")
            object.__setattr__(self, name, items)
        for name in ("sijs_state_court_order_obtained", "unaccompanied_child"):
            if not isinstance(getattr(self, name), bool):
                raise TypeError(f"MatterFacts.{name} must be True or False")


@dataclass(frozen=True)
class Override:
    """A user's replacement date for one deadline instance, with the reason (audited)."""

    date: date
    reason: str

    def __post_init__(self) -> None:
        _check_date("Override.date", self.date, optional=False)
        if not isinstance(self.reason, str) or not self.reason.strip():
            raise ValueError("an override needs a reason")


@dataclass(frozen=True)
class EngineSettings:
    """User/organization settings that change computations.

    ``individual_hearing_lead_days``: days before a non-detained individual hearing that
    filings are due (30 by default: see the rule's nuance for the 15/30 history).
    ``extra_reminder_days``: an extra reminder N days before every dated deadline (the
    "remind me N days before" setting). ``extra_closed_days``: closures the engine should
    honour in both directions (a court closed by order).
    """

    individual_hearing_lead_days: int = 30
    extra_reminder_days: tuple[int, ...] = ()
    extra_closed_days: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        if not 1 <= self.individual_hearing_lead_days <= 365:
            raise ValueError("individual_hearing_lead_days must be between 1 and 365")
        object.__setattr__(self, "extra_reminder_days", tuple(self.extra_reminder_days))
        if any(n < 0 for n in self.extra_reminder_days):
            raise ValueError("extra_reminder_days must not be negative")
        object.__setattr__(self, "extra_closed_days", frozenset(self.extra_closed_days))


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class InputUsed:
    name: str
    label: str
    value: object

    def display(self) -> str:
        if isinstance(self.value, date):
            return bd.describe(self.value)
        if isinstance(self.value, bool):
            return _t(QT_TRANSLATE_NOOP("deadlines", "yes")) if self.value else _t(QT_TRANSLATE_NOOP("deadlines", "no"))
        if self.value is None:
            return _t(QT_TRANSLATE_NOOP("deadlines", "not recorded"))
        if isinstance(self.value, Msg):
            return self.value
        return str(getattr(self.value, "value", self.value))


@dataclass(frozen=True)
class Explanation:
    """Why this date: rule, inputs, authority, computation steps and nuance."""

    rule_id: str
    rule_title: str
    authority: str
    inputs: tuple[InputUsed, ...]
    steps: tuple[str, ...]
    nuance: str

    def as_text(self) -> str:
        lines = [f"{self.rule_title} [{self.rule_id}]", f"Authority: {self.authority}", "Inputs:"]
        lines += [f"  - {i.label}: {i.display()}" for i in self.inputs]
        lines.append("Computation:")
        lines += [f"  {n}. {s}" for n, s in enumerate(self.steps, 1)]
        lines.append(f"What the engine cannot know: {self.nuance}")
        return "\n".join(lines)


@dataclass(frozen=True)
class ComputedDeadline:
    """One deadline instance. ``key`` is stable across recomputations (rule id, plus the
    hearing / notice key for per-event rules) and is what overrides are keyed by."""

    key: str
    rule_id: str
    title: str
    kind: DeadlineKind
    computed_date: date | None
    override: Override | None
    reminders: tuple[date, ...]
    explanation: Explanation

    @property
    def due_date(self) -> date | None:
        """The date to act on: the override if there is one, else the computed date."""
        return self.override.date if self.override else self.computed_date

    @property
    def is_overridden(self) -> bool:
        return self.override is not None


# --------------------------------------------------------------------------- interpreter

_LABELS = {
    "last_arrival_date": _t(QT_TRANSLATE_NOOP("deadlines", "Date of last arrival in the United States")),
    "ij_oral_decision_date": _t(QT_TRANSLATE_NOOP("deadlines", "Date of the immigration judge's oral decision")),
    "ij_written_decision_served_date": _t(QT_TRANSLATE_NOOP("deadlines",
                                                            "Date the IJ's written decision was mailed or served")),
    "bia_final_order_date": _t(QT_TRANSLATE_NOOP("deadlines", "Date of the BIA's final order")),
    "client_date_of_birth": _t(QT_TRANSLATE_NOOP("deadlines", "Client's date of birth")),
    "sijs_state_court_order_obtained": _t(QT_TRANSLATE_NOOP("deadlines",
                                                            "State juvenile-court order with SIJ findings obtained")),
    "supplement_b_signed_date": _t(QT_TRANSLATE_NOOP("deadlines", "Date the certifying official signed Supplement B")),
    "asylum_application_filed_date": _t(QT_TRANSLATE_NOOP("deadlines",
                                                          "Date the complete asylum application was filed")),
    "asylum_grant_date": _t(QT_TRANSLATE_NOOP("deadlines", "Date asylum was granted")),
    "unaccompanied_child": _t(QT_TRANSLATE_NOOP("deadlines", "Unaccompanied alien child")),
}
_HEARING_DATE = {
    HearingKind.MASTER: _t(QT_TRANSLATE_NOOP("deadlines", "Master hearing date")),
    HearingKind.INDIVIDUAL: _t(QT_TRANSLATE_NOOP("deadlines", "Individual hearing date")),
}
_HEARING_KIND = {
    HearingKind.MASTER: _t(QT_TRANSLATE_NOOP("deadlines", "master")),
    HearingKind.INDIVIDUAL: _t(QT_TRANSLATE_NOOP("deadlines", "individual")),
}


def hearing_title(rule_title: str, hearing: str) -> Msg:
    """The title of a per-hearing deadline: the rule's title and the hearing's ISO date."""
    return _t(QT_TRANSLATE_NOOP("deadlines", "{title}: hearing of {date}"), title=rule_title, date=hearing)


@dataclass(frozen=True)
class _Instance:
    key: str
    title: str
    trigger: date
    trigger_label: str
    inputs: tuple[InputUsed, ...]
    notes: tuple[str, ...] = ()
    judge_set: date | None = None


@dataclass
class _Outcome:
    computed: date | None
    steps: list[str] = field(default_factory=list)
    anchor: date | None = None  # what "N before" reminders count back from
    skip: bool = False


class _CautiousClosed:
    """Closed days for moves that make a date earlier: statutory holidays are checked by
    business_days itself; this adds executive-order closures and the user's closures."""

    def __init__(self, extra: frozenset[date]) -> None:
        self._extra = extra

    def __contains__(self, d: object) -> bool:
        return isinstance(d, date) and (d in self._extra or d in bd.executive_closures(d.year))


def _closed_reason(d: date, extra: frozenset[date]) -> Msg:
    """What kind of day ``d`` is, as the complement of "<date> is ...". """
    name = bd.holiday_name(d)
    if name:
        return _t(QT_TRANSLATE_NOOP("deadlines", "a federal holiday ({holiday})"), holiday=bd.day_name(name))
    if bd.is_weekend(d):
        return (_t(QT_TRANSLATE_NOOP("deadlines", "a Saturday")) if d.weekday() == 5
                else _t(QT_TRANSLATE_NOOP("deadlines", "a Sunday")))
    closure = bd.executive_closures(d.year).get(d)
    if closure:
        return _t(QT_TRANSLATE_NOOP("deadlines", "a day federal offices were closed by executive order ({closure})"),
                  closure=bd.day_name(closure))
    if d in extra:
        return _t(QT_TRANSLATE_NOOP("deadlines", "a day recorded as closed in the settings"))
    return _t(QT_TRANSLATE_NOOP("deadlines", "a business day"))


def _add(d: date, period: Period, sign: int = 1) -> date:
    if period.unit is Unit.DAYS:
        return bd.add_days(d, sign * period.amount)
    months = period.amount * (12 if period.unit is Unit.YEARS else 1)
    return bd.add_months(d, sign * months, period.overflow)


_PERIODS = {  # (unit, singular): text
    (Unit.DAYS, True): QT_TRANSLATE_NOOP("deadlines", "{count} day"),
    (Unit.DAYS, False): QT_TRANSLATE_NOOP("deadlines", "{count} days"),
    (Unit.MONTHS, True): QT_TRANSLATE_NOOP("deadlines", "{count} month"),
    (Unit.MONTHS, False): QT_TRANSLATE_NOOP("deadlines", "{count} months"),
    (Unit.YEARS, True): QT_TRANSLATE_NOOP("deadlines", "{count} year"),
    (Unit.YEARS, False): QT_TRANSLATE_NOOP("deadlines", "{count} years"),
}


def _period_text(period: Period) -> Msg:
    return _t(_PERIODS[(period.unit, period.amount == 1)], count=period.amount)


def _roll(
    d: date,
    roll: Roll,
    why: str,
    steps: list[str],
    settings: EngineSettings,
    kind: DeadlineKind = DeadlineKind.DEADLINE,
) -> date:
    extra = settings.extra_closed_days
    cautious = _CautiousClosed(extra)
    if roll is Roll.FORWARD:
        if bd.is_closed(d, extra):
            rolled = bd.roll_forward_if_closed(d, extra)
            steps.append(_t(
                QT_TRANSLATE_NOOP("deadlines", "{date} is {reason}. Rule: {rule}. The last day moves to the next "
                                               "business day: {result}."),
                date=d.isoformat(), reason=_closed_reason(d, extra), rule=why, result=bd.describe(rolled)))
        else:
            rolled = d
            steps.append(_t(QT_TRANSLATE_NOOP("deadlines", "{date} is a business day: no adjustment."),
                            date=d.isoformat()))
        closure = bd.executive_closures(rolled.year).get(rolled)
        if closure:
            steps.append(_t(
                QT_TRANSLATE_NOOP("deadlines", "Caution: federal offices were closed on {date} by executive order "
                                               "({closure}). A tribunal may treat that as a legal holiday and extend "
                                               "the period, but the engine does not rely on it: file by the day "
                                               "before, or electronically where allowed."),
                date=rolled.isoformat(), closure=bd.day_name(closure)))
        return rolled
    if roll is Roll.BACKWARD:
        if bd.is_closed(d, cautious):
            rolled = bd.roll_back_if_closed(d, cautious)
            steps.append(_t(QT_TRANSLATE_NOOP("deadlines", "{date} is {reason}. {note} Result: {result}."),
                            date=d.isoformat(), reason=_closed_reason(d, extra), note=why,
                            result=bd.describe(rolled)))
            return rolled
        steps.append(_t(QT_TRANSLATE_NOOP("deadlines", "{date} is a business day: no adjustment."),
                        date=d.isoformat()))
        return d
    if not bd.is_closed(d, cautious):
        return d
    reason = _closed_reason(d, extra)
    if kind is DeadlineKind.ELIGIBILITY:
        steps.append(_t(QT_TRANSLATE_NOOP("deadlines", "{date} is {reason}. It is the first day one may act, so "
                                                       "it is not moved; a filing must not be received before it."),
                        date=d.isoformat(), reason=reason))
    elif kind is DeadlineKind.APPOINTMENT:
        steps.append(_t(QT_TRANSLATE_NOOP("deadlines", "{date} is {reason}: check the appointment notice."),
                        date=d.isoformat(), reason=reason))
    else:
        prev = bd.previous_business_day(d, cautious)
        steps.append(_t(QT_TRANSLATE_NOOP("deadlines", "{date} is {reason}. The date is not moved; plan to act by "
                                                       "the last business day before it ({previous})."),
                        date=d.isoformat(), reason=reason, previous=bd.describe(prev)))
    return d


def _run(rule: Rule, inst: _Instance, settings: EngineSettings) -> _Outcome:
    comp = rule.computation
    start = _t(QT_TRANSLATE_NOOP("deadlines", "Start: {label}: {date}."), label=inst.trigger_label,
               date=bd.describe(inst.trigger))
    if isinstance(comp, After):
        out = _Outcome(None, [start])
        raw = _add(inst.trigger, comp.period)
        if comp.period.unit is Unit.DAYS:
            out.steps.append(_t(
                QT_TRANSLATE_NOOP("deadlines", "Add {period} (calendar days; the {label} is day 0, weekends and "
                                               "holidays count): {date}."),
                period=_period_text(comp.period), label=Lowered(inst.trigger_label), date=bd.describe(raw)))
        else:
            out.steps.append(_t(
                QT_TRANSLATE_NOOP("deadlines", "Add {period} by the anniversary (corresponding-date) method: {date}."),
                period=_period_text(comp.period), date=bd.describe(raw)))
            months = comp.period.amount * (12 if comp.period.unit is Unit.YEARS else 1)
            if bd.month_overflows(inst.trigger, months):
                other = bd.add_months(
                    inst.trigger,
                    months,
                    bd.Overflow.NEXT_DAY if comp.period.overflow is bd.Overflow.CLAMP else bd.Overflow.CLAMP,
                )
                if comp.period.overflow is bd.Overflow.CLAMP:
                    text = QT_TRANSLATE_NOOP("deadlines", "That month has no day {day}. No source fixes this case; "
                                                          "the engine uses the earlier reading ({date}), which cannot "
                                                          "make the user late; the other reading is {other}.")
                else:
                    text = QT_TRANSLATE_NOOP("deadlines", "That month has no day {day}. No source fixes this case; "
                                                          "the engine uses the later reading ({date}), which cannot "
                                                          "make the user late; the other reading is {other}.")
                out.steps.append(_t(text, day=inst.trigger.day, date=raw.isoformat(), other=other.isoformat()))
        if comp.period.minus_one_day:
            raw = bd.add_days(raw, -1)
            out.steps.append(_t(
                QT_TRANSLATE_NOOP("deadlines", "The anniversary itself may fall outside the period, so the last day "
                                               "is the day before: {date}."),
                date=bd.describe(raw)))
        out.computed = _roll(raw, comp.roll, comp.roll_authority, out.steps, settings, rule.kind)
        return out
    if isinstance(comp, Before):
        days = comp.days if comp.days is not None else getattr(settings, comp.setting or "")
        out = _Outcome(None, [start])
        raw = bd.add_days(inst.trigger, -days)
        if comp.setting:
            out.steps.append(_t(
                QT_TRANSLATE_NOOP("deadlines", "Count back {days} calendar days (setting {setting}) from the hearing "
                                               "(the hearing is day 0, the day before is day 1): {date}."),
                days=days, setting=comp.setting, date=bd.describe(raw)))
        else:
            out.steps.append(_t(
                QT_TRANSLATE_NOOP("deadlines", "Count back {days} calendar days from the hearing (the hearing is "
                                               "day 0, the day before is day 1): {date}."),
                days=days, date=bd.describe(raw)))
        default = _roll(raw, comp.roll, comp.roll_note, out.steps, settings)
        if inst.judge_set is not None:
            out.steps.append(_t(
                QT_TRANSLATE_NOOP("deadlines", "The immigration judge set the filing deadline: {date}. A date set by "
                                               "the judge controls over the manual's default ({default})."),
                date=bd.describe(inst.judge_set), default=default.isoformat()))
            out.computed = inst.judge_set
        else:
            out.computed = default
        return out
    if isinstance(comp, AsGiven):
        out = _Outcome(inst.trigger, [_t(QT_TRANSLATE_NOOP("deadlines", "The date is the {what}: {date}."),
                                         what=comp.what, date=bd.describe(inst.trigger))])
        _roll(inst.trigger, Roll.NONE, "", out.steps, settings, rule.kind)
        return out
    if isinstance(comp, DayBeforeAnniversary):
        out = _Outcome(None, [start])
        anniversary = bd.add_years(inst.trigger, comp.years, bd.Overflow.CLAMP)
        out.steps.append(_t(QT_TRANSLATE_NOOP("deadlines", "{label}: {date}."), label=comp.anniversary_label,
                            date=bd.describe(anniversary)))
        if bd.month_overflows(inst.trigger, 12 * comp.years):
            out.steps.append(_t(
                QT_TRANSLATE_NOOP("deadlines", "Born on 29 February; {year} has no 29 February. The engine takes "
                                               "28 February as the birthday (the earlier reading; some jurisdictions "
                                               "use 1 March), so it cannot make the filing late."),
                year=anniversary.year))
        last = bd.add_days(anniversary, -1)
        out.steps.append(_t(QT_TRANSLATE_NOOP("deadlines", "The last day before the {label}: {date}."),
                            label=comp.anniversary_label, date=bd.describe(last)))
        out.computed = _roll(last, comp.roll, comp.roll_note, out.steps, settings)
        out.anchor = anniversary
        return out
    if isinstance(comp, JudgeSet):
        if inst.judge_set is None:
            return _Outcome(None, [start, comp.note], skip=comp.only_if_set)
        return _Outcome(
            inst.judge_set,
            [start, _t(QT_TRANSLATE_NOOP("deadlines", "Filing deadline set by the immigration judge: {date}."),
                       date=bd.describe(inst.judge_set))],
        )
    raise TypeError(f"unknown computation {comp!r}")  # pragma: no cover


def _inputs(facts: MatterFacts, names: Iterable[str]) -> tuple[InputUsed, ...]:
    return tuple(InputUsed(n, _LABELS.get(n, n), getattr(facts, n)) for n in names)


def _instances(rule: Rule, facts: MatterFacts) -> list[_Instance]:
    trig = rule.trigger
    extra = _inputs(facts, rule.also_reads + ((rule.done_by,) if rule.done_by else ()))
    if isinstance(trig, FactDate):
        value = getattr(facts, trig.field)
        if value is None:
            return []
        notes: tuple[str, ...] = ()
        start = value
        if trig.floor and value < trig.floor:
            start = trig.floor
            notes = (_t(QT_TRANSLATE_NOOP("deadlines", "{reason}: the period starts on {date}."),
                        reason=trig.floor_reason, date=trig.floor.isoformat()),)
        return [
            _Instance(rule.id, rule.title, start, trig.label, _inputs(facts, [trig.field]) + extra, notes)
        ]
    if isinstance(trig, IjDecision):
        oral, written = facts.ij_oral_decision_date, facts.ij_written_decision_served_date
        if oral is None and written is None:
            return []
        used = _inputs(facts, ["ij_oral_decision_date", "ij_written_decision_served_date"])
        if oral is not None:
            notes = ()
            if written is not None:
                notes = (_t(
                    QT_TRANSLATE_NOOP("deadlines", "A written decision was also served on {date}; when an oral "
                                                   "decision was stated the period runs from it (Matter of "
                                                   "Iskandarani, 29 I&N Dec. 26 (BIA 2025))."),
                    date=written.isoformat()),)
            return [_Instance(rule.id, rule.title, oral, _LABELS["ij_oral_decision_date"], used, notes)]
        return [
            _Instance(
                rule.id, rule.title, written, _LABELS["ij_written_decision_served_date"], used  # type: ignore[arg-type]
            )
        ]
    if isinstance(trig, EachHearing):
        out = []
        for h in facts.hearings:
            if h.kind is not trig.kind or h.detained is not trig.detained:
                continue
            inputs = (
                InputUsed("hearing.date", _t(QT_TRANSLATE_NOOP("deadlines", "Hearing date")), h.date),
                InputUsed("hearing.kind", _t(QT_TRANSLATE_NOOP("deadlines", "Hearing type")), _HEARING_KIND[h.kind]),
                InputUsed("hearing.detained", _t(QT_TRANSLATE_NOOP("deadlines", "Detained")), h.detained),
                InputUsed("hearing.judge_set_filing_deadline",
                          _t(QT_TRANSLATE_NOOP("deadlines", "Filing deadline set by the judge")),
                          h.judge_set_filing_deadline),
            )
            out.append(
                _Instance(
                    f"{rule.id}:{h.key or h.date.isoformat()}",
                    hearing_title(rule.title, h.date.isoformat()),
                    h.date,
                    _HEARING_DATE[h.kind],
                    inputs,
                    judge_set=h.judge_set_filing_deadline,
                )
            )
        return out
    if isinstance(trig, EachNotice):
        return [
            _Instance(
                f"{rule.id}:{n.key or n.response_due.isoformat()}",
                rule.title,
                n.response_due,
                _t(QT_TRANSLATE_NOOP("deadlines", "{notice} response due date"), notice=n.kind.value),
                (
                    InputUsed("notice.issued",
                              _t(QT_TRANSLATE_NOOP("deadlines", "{notice} issued"), notice=n.kind.value), n.issued),
                    InputUsed("notice.response_due", _t(QT_TRANSLATE_NOOP("deadlines", "Response due (as printed)")),
                              n.response_due),
                ),
            )
            for n in facts.notices
            if n.kind is trig.kind
        ]
    if isinstance(trig, EachBiometrics):
        return [
            _Instance(
                f"{rule.id}:{a.key or a.date.isoformat()}",
                rule.title,
                a.date,
                _t(QT_TRANSLATE_NOOP("deadlines", "Biometrics appointment")),
                (InputUsed("biometrics.date", _t(QT_TRANSLATE_NOOP("deadlines", "Appointment date")), a.date),),
            )
            for a in facts.biometrics_appointments
        ]
    raise TypeError(f"unknown trigger {trig!r}")  # pragma: no cover


def _reminders(
    rule: Rule, inst: _Instance, outcome: _Outcome, override: Override | None, settings: EngineSettings
) -> tuple[date, ...]:
    due = override.date if override else outcome.computed
    if due is None:
        return ()
    before_base = override.date if override else (outcome.anchor or due)
    dates: set[date] = set()
    for r in rule.reminders:
        period = Period(r.amount, r.unit)
        if r.anchor is ReminderAnchor.TRIGGER:
            dates.add(_add(inst.trigger, period))
        else:
            dates.add(_add(before_base, period, sign=-1))
    for n in settings.extra_reminder_days:
        dates.add(bd.add_days(due, -n))
    return tuple(sorted(d for d in dates if d < due))


def _applies(rule: Rule, facts: MatterFacts) -> bool:
    if rule.applies_to is not None and facts.track not in rule.applies_to:
        return False
    return not any(getattr(facts, name) is not None for name in rule.unless_present)


def _normalize_overrides(
    overrides: Mapping[str, Override | tuple[date, str]] | None,
) -> dict[str, Override]:
    result: dict[str, Override] = {}
    for key, value in (overrides or {}).items():
        result[key] = value if isinstance(value, Override) else Override(*value)
    return result


def compute_deadlines(
    facts: MatterFacts,
    overrides: Mapping[str, Override | tuple[date, str]] | None = None,
    settings: EngineSettings | None = None,
    rules: Sequence[Rule] = RULES,
) -> list[ComputedDeadline]:
    """Every deadline the rules derive from ``facts``, sorted by due date.

    ``overrides`` maps a deadline key (:attr:`ComputedDeadline.key`) to an
    :class:`Override` or a ``(date, reason)`` pair; the result then shows both dates and the
    explanation records the reason. Keys that match nothing are reported by
    :func:`unused_override_keys`, never silently applied elsewhere. Deadlines without a
    date (a detained case awaiting the judge's date) sort last.
    """
    settings = settings or EngineSettings()
    by_key = _normalize_overrides(overrides)
    results: list[ComputedDeadline] = []
    seen: dict[str, int] = {}
    for rule in rules:
        if not _applies(rule, facts):
            continue
        for inst in _instances(rule, facts):
            outcome = _run(rule, inst, settings)
            if outcome.skip:
                continue
            key = inst.key
            seen[key] = seen.get(key, 0) + 1
            if seen[key] > 1:  # two same-day hearings without keys: keep both, distinctly
                key = f"{key}#{seen[key]}"
            steps = list(inst.notes) + outcome.steps
            for note in rule.flag_notes:
                if getattr(facts, note.field) is note.when:
                    steps.append(note.text)
            if rule.done_by and outcome.computed is not None:
                done = getattr(facts, rule.done_by)
                if done is not None:
                    if done <= outcome.computed:
                        text = QT_TRANSLATE_NOOP("deadlines", "Recorded as done on {date}: on or before the last day.")
                    else:
                        text = QT_TRANSLATE_NOOP("deadlines", "Recorded as done on {date}: AFTER the engine's last "
                                                              "day: check the steps above for another reading, "
                                                              "otherwise an exception must be shown.")
                    steps.append(_t(text, date=done.isoformat()))
            override = by_key.get(key)
            if override is not None:
                computed = (outcome.computed.isoformat() if outcome.computed
                            else _t(QT_TRANSLATE_NOOP("deadlines", "no computed date")))
                steps.append(_t(
                    QT_TRANSLATE_NOOP("deadlines", "Overridden by the user to {date} (computed: {computed}). "
                                                   "Reason: {reason}"),
                    date=bd.describe(override.date), computed=computed, reason=override.reason))
            explanation = Explanation(
                rule_id=rule.id,
                rule_title=rule.title,
                authority=rule.authority,
                inputs=inst.inputs,
                steps=tuple(steps),
                nuance=rule.nuance,
            )
            results.append(
                ComputedDeadline(
                    key=key,
                    rule_id=rule.id,
                    title=inst.title,
                    kind=rule.kind,
                    computed_date=outcome.computed,
                    override=override,
                    reminders=_reminders(rule, inst, outcome, override, settings),
                    explanation=explanation,
                )
            )
    results.sort(key=lambda d: (d.due_date or date.max, d.key))
    return results


def unused_override_keys(
    results: Iterable[ComputedDeadline], overrides: Mapping[str, object] | None
) -> frozenset[str]:
    """Override keys that matched no deadline (e.g. the hearing was removed): the caller
    should show them to the user rather than drop them."""
    return frozenset(overrides or {}) - {d.key for d in results}

