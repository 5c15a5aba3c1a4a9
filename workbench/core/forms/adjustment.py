"""What the I-485 (adjustment of status) asks that is computed from several facts (``"derived": ["adjustment"]``).

Why a derivation and not map conditions:

* Part 4 Item 7 asks for ALL employment AND schooling of the last five years in one list, current or
  most recent first, and Item 8 for the most recent employer or school outside the United States.
  The model keeps jobs (``employment``) and schools (``education``) apart, each with its own way of
  writing the place (a job's one-line address, a school's "City, Country"), so the list the form
  asks for is built here: ``adjustment.activities[i]`` and ``adjustment.abroad[i]``, each row with
  ``name``, ``occupation`` ("Student" for a school), the address parts the form's boxes ask
  (``street``, ``unit_type``, ``unit``, ``city``, ``state``, ``zip_code``, ``province``, ``country``),
  ``from_date``, ``to_date``, ``kind`` ("employment" or "education") and ``type`` ("Employer" or "School",
  what the item's "Employer or School" box asks).
* Part 1 Item 18's prior addresses (every address but the present one), Part 6 Item 8's spouse address
  in the boxes' parts (the model keeps it on one line), Part 7's children with each one's
  relationship (a per-child answer) and the number of living children ("None" when there are none).
* An asylee may apply only after one year of physical presence after the grant (INA 209(b)(2),
  8 CFR 209.2(a)(1)(ii)). The deadline engine already computes that first day (rule
  ``asylee.adjustment_eligible``); filling the form for the asylum category before it is a
  pre-filing error naming the day, and choosing the asylum category with no grant date recorded is
  an error too (the form's Item 3.d asks that date). ``adjustment.asylee_eligible_on`` holds the day.
* Two Part 1 answers that the facts can contradict (five years at the address, first arrival) are
  compared with the address's date and the entries recorded: a warning when they disagree.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP
from ..msg import Msg
from .checks import ERROR, WARNING, Check
from .places import UNITED_STATES, split_address, split_place

ASYLUM_CATEGORY = "Asylum Status (INA 208)"  # the option of the map's i485_category question
#: The Part 2 category a matter's kind implies on its own (the map's ``answer_defaults`` proposes it when
#: the question is unanswered): an SIJ's approved I-360 (INA 245(h)), a U nonimmigrant (INA 245(m)), an
#: asylee once the grant date is recorded (INA 209(b)). A VAWA self-petitioner is a spouse, child or
#: parent (three boxes): the attorney answers.
PROPOSED_CATEGORY = {"sijs": "Special Immigrant Juvenile (Form I-360)",
                     "u_visa": "Victim of qualifying criminal activity (U nonimmigrant)"}
# Part 2 categories that tick no box of Part 9 Item 56 by themselves (the map's Item 56 boxes read the category for
# the others): "Other eligibility" may be exempt (NACARA) or not; the 1982 Amerasian Act is not Item 56's Amerasian
# Homecoming Act. The attorney must answer Item 56 for them.
NO_PUBLIC_CHARGE_BOX = ("Other eligibility", "Amerasian Act (October 22, 1982)")
ADDRESS_KEYS = ("street", "unit_type", "unit", "city", "state", "zip_code", "province", "postal_code", "country")


def _t(source: str, **args: object) -> Msg:
    return Msg("forms", source, **args)


def _job_address(text: str | None) -> dict[str, str]:
    """A job's one-line address in the form's boxes. A line of two parts is a place without a street ("Tegucigalpa,
    Honduras", "San Antonio, TX": the street is often unknown for a job abroad) when its first part has no number (a
    street line has one): read as an address it put the city in the Street box and the country in the City box."""
    parts = split_address(text)
    lines = [p.strip() for p in (text or "").replace("\n", ",").split(",") if p.strip()]
    if len(lines) == 2 and not any(c.isdigit() for c in lines[0]):
        city, state, country = split_place(text)
        parts = {**dict.fromkeys(parts, ""), "city": city, "state": state, "country": country}
    return parts


def _job(row: dict[str, Any]) -> dict[str, Any]:
    parts = _job_address(row.get("address"))
    return {"kind": "employment", "type": "Employer", "name": row.get("employer"), "occupation": row.get("occupation"),
            **{k: parts.get(k) or None for k in ADDRESS_KEYS}, "from_date": row.get("from_date"),
            "to_date": row.get("to_date")}


def _school(row: dict[str, Any]) -> dict[str, Any]:
    city, state, country = split_place(row.get("location"))
    return {"kind": "education", "type": "School", "name": row.get("school"), "occupation": "Student",
            **dict.fromkeys(ADDRESS_KEYS), "city": city or None, "state": state or None, "country": country or None,
            "from_date": row.get("from_date"), "to_date": row.get("to_date")}


def activities(profile: dict) -> list[dict[str, Any]]:
    """Jobs and schools in one list: current ones (no end date) first, then by end date, most recent first."""
    rows = [_job(r) for r in profile.get("employment") or []] + [_school(r) for r in profile.get("education") or []]
    return sorted(rows, key=lambda r: (r["to_date"] is None, r["to_date"] or date.min, r["from_date"] or date.min),
                  reverse=True)


def _abroad(row: dict[str, Any]) -> bool:
    return bool(row.get("country")) and row["country"] != UNITED_STATES


def asylee_eligible_on(grant: date) -> date:
    """The first day an asylee granted on ``grant`` may file the I-485 (rule asylee.adjustment_eligible)."""
    from ..deadlines import MatterFacts, Track, compute_deadlines
    from ..deadlines.rules import ASYLEE_ADJUSTMENT

    found = compute_deadlines(MatterFacts(track=Track.ASYLEE_ADJUSTMENT, asylum_grant_date=grant),
                              rules=(ASYLEE_ADJUSTMENT,))
    return found[0].due_date


def proposed_category(profile: dict) -> str | None:
    """The category the matter implies (``PROPOSED_CATEGORY``; asylum once granted), or None."""
    matter = profile.get("matter") or {}
    kind = str(getattr(matter.get("kind"), "value", matter.get("kind")) or "")
    if kind in ("affirmative_asylum", "defensive_asylum", "adjustment_of_status"):
        # an adjustment matter is an asylee's when the grant date is recorded (its other categories:
        # family, employment, ... are the attorney's to choose)
        return ASYLUM_CATEGORY if isinstance(matter.get("asylum_granted_on"), date) else None
    return PROPOSED_CATEGORY.get(kind)


def asylee_checks(profile: dict) -> tuple[date | None, list[Check]]:
    """The asylee's first filing day and the errors of the asylum category (Part 2, Item 3.d), the
    category answered or, unanswered, the one the matter implies."""
    answers = profile.get("answers") or {}
    grant = (profile.get("matter") or {}).get("asylum_granted_on")
    if (answers.get("i485_category") or proposed_category(profile)) != ASYLUM_CATEGORY:
        return (asylee_eligible_on(grant) if isinstance(grant, date) else None), []
    if not isinstance(grant, date):
        return None, [Check(ERROR, _t(QT_TRANSLATE_NOOP(
            "forms", "The asylum category needs the date asylum was granted: record it on the matter (Item 3.d asks "
                     "it, and an asylee may apply only one year after it).")), None, "2", "3.d")]
    first = asylee_eligible_on(grant)
    today = profile.get("today") or date.today()
    if today < first:
        return first, [Check(ERROR, _t(QT_TRANSLATE_NOOP(
            "forms", "Too early: an asylee may apply for adjustment no earlier than {date}, one year after asylum was "
                     "granted on {grant} (INA 209(b)(2), 8 CFR 209.2(a)(1)(ii); rule asylee.adjustment_eligible). "
                     "Filed earlier, the application is denied and its fee lost."),
            date=f"{first:%m/%d/%Y}", grant=f"{grant:%m/%d/%Y}"), None, "2", "3.d")]
    return first, []


def prior_addresses(profile: dict) -> list[dict[str, Any]]:
    """Every address before the current one (Part 1, Item 18 "prior address(es)"), most recent first:
    the address history without the present residence; none when the client has lived at the present
    address for five years (the form asks prior addresses only after "No", so none may reach Part 14)."""
    if (profile.get("answers") or {}).get("i485_resided_5_years") is True:
        return []
    addresses = profile.get("addresses") or {}
    current = (addresses.get("residence") or {}).get("id")
    return [a for a in addresses.get("history") or [] if a.get("id") != current]


_UNIT_WORDS = {"APT": "Apt.", "STE": "Ste.", "FLR": "Flr."}


def with_unit_line(row: dict[str, Any]) -> dict[str, Any]:
    """The row with ``unit_line``, "Apt. 4B": a row that goes to Part 14 is written as text, where the form's
    Apt./Ste./Flr. boxes are gone, so the number alone ("4B") would lose which of the three it is."""
    unit = row.get("unit")
    kind = _UNIT_WORDS.get(str(row.get("unit_type") or "").upper())
    return {**row, "unit_line": (f"{kind} {unit}" if kind else str(unit)) if unit else None}


def children(profile: dict) -> list[dict[str, Any]]:
    """The children (oldest first) with ``relationship``: each child's own answer to
    ``i485_child_relationship`` (Part 7 asks "biological child, stepchild, legally adopted child")."""
    said = {row.get("id"): (row.get("answers") or {}).get("i485_child_relationship")
            for row in (profile.get("family_answered") or {}).get("i485_child_relationship", [])}
    return [{**c, "relationship": said.get(c.get("id"))} for c in profile.get("children") or []]


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def answer_checks(profile: dict) -> list[Check]:
    """Answers of Part 1 that contradict the recorded facts (a warning each: the attorney decides which is right):
    Item 18's "at least 5 years at the current address" against the date the client moved in, and Item 13's
    "first time physically present" against the entries recorded."""
    answers = profile.get("answers") or {}
    today = profile.get("today") or date.today()
    out = []
    since = ((profile.get("addresses") or {}).get("residence") or {}).get("from_date")
    five = answers.get("i485_resided_5_years")
    if isinstance(since, date) and isinstance(five, bool) and five != (since <= _years_before(today, 5)):
        said = (QT_TRANSLATE_NOOP("forms", "Item 18 says the client has lived at the current address for at least "
                                           "5 years, but the address is recorded from {date}: check the answer or "
                                           "the date.")
                if five else
                QT_TRANSLATE_NOOP("forms", "Item 18 says the client has lived at the current address for less than "
                                           "5 years, but the address is recorded from {date}: check the answer or "
                                           "the date."))
        out.append(Check(WARNING, _t(said, date=f"{since:%m/%d/%Y}"), None, "1", "18"))
    category = answers.get("i485_category")
    if category in NO_PUBLIC_CHARGE_BOX and answers.get("i485_p9_56") in (None, ""):
        out.append(Check(ERROR, _t(QT_TRANSLATE_NOOP(
            "forms", "Part 9 Item 56 (public charge) has no box for the category \"{category}\", so the form would be "
                     "filed with Item 56 unanswered: answer Item 56 (the exempt category that applies, or \"I do not "
                     "fall under any of the exempt categories\" and Items 57-66)."), category=category), None, "9", "56"))
    entries = [e for e in profile.get("entries") or [] if e.get("entry_date")]
    if answers.get("i485_first_arrival") is True and len(entries) > 1:
        out.append(Check(WARNING, _t(QT_TRANSLATE_NOOP(
            "forms", "Item 13 says the last arrival was the first time in the United States, but {count} entries are "
                     "recorded: check the answer or the entries."), count=len(entries)), None, "1", "13"))
    return out


# A stretch without any job or school shorter than this is not reported (a move between jobs).
GAP_DAYS = 31


def history_gaps(rows: list[dict[str, Any]], today: date) -> list[tuple[date, date]]:
    """The periods of the last five years that no job or school covers (``(first day, last day)``, the last one
    ending today when nothing is current), each longer than ``GAP_DAYS``.

    Why: Part 4 Item 7 asks for ALL employment and education of the last five years "include periods of ...
    unemployment" with the source of financial support; the model records jobs and schools only, so a period of
    unemployment would reach the signed form as an unexplained hole unless the attorney is told."""
    start, gaps = _years_before(today, 5), []
    spans = sorted((r["from_date"], r.get("to_date") or today) for r in rows if isinstance(r.get("from_date"), date))
    cursor = start
    for first, last in spans:
        if last < cursor:
            continue
        if (first - cursor).days > GAP_DAYS:
            gaps.append((cursor, first - timedelta(days=1)))
        cursor = max(cursor, last + timedelta(days=1))
    if (today - cursor).days > GAP_DAYS:
        gaps.append((cursor, today))
    return gaps


def history_checks(profile: dict, rows: list[dict[str, Any]]) -> list[Check]:
    """A warning naming each period of the last five years with no job or school recorded (``history_gaps``)."""
    today = profile.get("today") or date.today()
    gaps = history_gaps(rows, today)
    if not gaps:
        return []
    periods = "; ".join(f"{a:%m/%d/%Y} - {b:%m/%d/%Y}" for a, b in gaps)
    return [Check(WARNING, _t(QT_TRANSLATE_NOOP(
        "forms", "Part 4 Item 7 asks for every period of employment, school, unemployment or retirement in the last "
                 "five years, but no job or school is recorded for {periods}: record it, or explain the period of "
                 "unemployment and the source of financial support in Part 14 before filing."), periods=periods),
        None, "4", "7")]


def derive(profile: dict) -> tuple[dict, list[Check]]:
    """The profile section ``adjustment`` and the checks, for a map that declares ``"derived": ["adjustment"]``."""
    rows = activities(profile)
    first, checks = asylee_checks(profile)
    checks = checks + answer_checks(profile) + history_checks(profile, rows)
    kids = children(profile)
    living = [c for c in kids if not c.get("deceased")]
    spouse_address = split_address((profile.get("spouse") or {}).get("address"))
    rows = [with_unit_line(r) for r in rows]
    return {"activities": rows, "abroad": [r for r in rows if _abroad(r)], "asylee_eligible_on": first,
            "proposed_category": proposed_category(profile),
            "prior_addresses": [with_unit_line(a) for a in prior_addresses(profile)], "children": kids,
            "children_count": len(living) or None,
            "spouse_address": {k: v or None for k, v in spouse_address.items()}}, checks
