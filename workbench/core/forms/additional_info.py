"""Additional Information entries: what a form cannot hold in its own boxes, and where it goes.

USCIS forms say the same thing in their instructions ("Additional Information" / "Additional
Sheets"): when more space is needed, write the page, part and item number the answer belongs to,
then the answer, in the form's Additional Information part, then on extra sheets that carry the
applicant's name and A-number and are signed and dated. Three things become entries:

* list rows beyond the form's rows (a seventh child, a fourth entry to the U.S.): the form's last
  row of that list says "See continuation sheet" and the rows from there on are entries;
* answers longer than their box at the smallest readable size (``MIN_FONT_SIZE``): the box says
  "See continuation sheet" and the answer is an entry;
* explanations the form asks for but has no box for (the I-918's Part 3 "Yes" answers): each is
  an entry at its question.

Entries are kept in the order of the form (by page, then by the position of the box they come
from) and fill the form's own Additional Information slots first, one entry per slot, then the
continuation sheets. This module is pure: the service does the PDF work.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Callable

from .fieldmap import SEE_CONTINUATION as POINTER_TEXT
from .fieldmap import FieldMap, FieldRule, Overflow, format_value, lookup, rule_applies, skipped_parts

MIN_FONT_SIZE = 8.0  # below this an answer is hard to read on paper: it goes to Additional Information
# the pointer's words (fieldmap.SEE_CONTINUATION) and shorter ones for boxes that take fewer characters
SEE_CONTINUATION = (POINTER_TEXT, "See cont. sheet", "See cont.", "See")


@dataclass(frozen=True)
class AdditionalEntry:
    """One answer continued elsewhere: the question's page, part and item, the text, and where it
    went (``"slot 1"`` ... for the form's own Additional Information part, ``"sheet"`` for a
    continuation sheet). ``anchor`` is the field it comes from (for ordering)."""

    page: int | None
    part: str | None
    item: str | None
    text: str
    where: str = ""
    anchor: str = ""


@dataclass(frozen=True)
class Explanation:
    """A question whose answer needs an explanation (``explain_when``): its text, if given."""

    question_id: str
    question: dict
    text: str | None
    anchor: str | None  # the question's first box, when no box of the form shows the explanation
    field: str | None = None  # the question's first box (where a check about it points)


def _shown(value: Any, rule: FieldRule) -> str:
    if rule.checked_when is not None:
        if isinstance(value, bool):
            return "Yes" if value else "No"
        return str(value).replace("_", " ").capitalize()
    return format_value(value, rule.format)


def _label(column: str) -> str:
    return column.replace("_", " ").capitalize() if column else "Name"


def cell_text(fmap: FieldMap, rule: FieldRule, value: str) -> str:
    """The words an overflowed box's entry carries: for a box in a row of the form's table, the row
    and the column it belongs to, written as a list's overflowed rows are ("Family Member 2. Full
    name: Navarro Ortega, Daniela Sofia"); a box outside a table keeps its value alone (its part and
    item already say where it goes).

    Why: Part 3 of the I-912 has four rows of the same three columns; "Navarro Ortega, Daniela
    Sofia" under "Part 3, Item 1" does not say which row's name, or which box, continues there. A table
    row that is no list's row (the I-912's line 1, the requestor's own) is named by the rule's ``cell``."""
    if rule.cell:
        return f"{rule.cell}: {value}"
    group = fmap.lists.get(rule.group or "")
    if group is None or not rule.sources:
        return value
    for n, row in enumerate(group.rows, start=1):
        if rule in row:
            tail = rule.sources[0].split("]", 1)[1].lstrip(".") if "]" in rule.sources[0] else ""
            return f"{group.label} {n}. {group.columns.get(tail) or _label(tail)}: {value}"
    return value


def list_entries(overflow: Overflow, page: int | None) -> list[AdditionalEntry]:
    """One entry per row of a list beyond the form's rows, written with the form's column names."""
    group = overflow.group
    columns: dict[str, FieldRule] = {}
    for rule in group.rows[0]:
        for source in rule.sources:  # every fact of the row (a box may join several: employer and address)
            if "]" in source:
                columns.setdefault(source.split("]", 1)[1].lstrip("."), rule)
    order = list(group.columns) if group.columns else list(columns)
    out = []
    for n, row in enumerate(overflow.rows, start=overflow.first):
        bits, joined = [], set()
        for col in order:
            rule = columns.get(col)
            if rule is None and col in group.columns and isinstance(row, dict):
                # a column the map names though no box of the row reads it (the I-485's "unit_line", "Apt. 4B":
                # the form's unit boxes are gone in the entry): its text as the row holds it
                value = lookup(row, col)
                if value not in (None, "", [], {}):
                    bits.append(f"{group.columns[col]}: {value}")
                continue
            if rule is None or id(rule) in joined:
                continue
            if rule.join is not None and len(rule.sources) > 1 and isinstance(row, dict):
                # a box that joins several facts (employer and address, street and unit, city and country)
                # continues as the box would show it, under its column's label: none of its facts is lost
                joined.add(id(rule))
                tails = [s.split("]", 1)[1].lstrip(".") for s in rule.sources if "]" in s]
                parts = [format_value(v, rule.format) for v in (lookup(row, t) for t in tails)
                         if v not in (None, "", [], {})]
                if parts:
                    bits.append(f"{group.columns.get(col) or _label(col)}: {rule.join.join(parts)}")
                continue
            value = row if not col else (lookup(row, col) if isinstance(row, dict) else None)
            if value in (None, "", [], {}):
                continue
            bits.append(f"{group.columns.get(col) or _label(col)}: {_shown(value, rule)}")
        out.append(AdditionalEntry(page, group.part, group.item, f"{group.label} {n}. " + "; ".join(bits),
                                   anchor=overflow.anchor))
    return out


def _needs_explanation(question: dict, answer: Any) -> bool:
    if not question.get("explanation") or answer in (None, ""):
        return False
    when = question.get("explain_when", True)
    if when == "any":
        return True
    wanted = when if isinstance(when, list) else [when]
    return any(answer is w if isinstance(w, bool) else str(answer).lower() == str(w).lower() for w in wanted)


def explanations(fmap: FieldMap, profile: dict) -> list[Explanation]:
    """Questions answered in a way that needs an explanation, with the text given (or None)."""
    shown = {p for r in fmap.rules.values() for p in r.sources if p.endswith(".explanation")}
    first_field: dict[str, str] = {}
    for rule in fmap.rules.values():
        for p in rule.sources:
            if p.startswith("answers.") and not p.endswith(".explanation"):
                first_field.setdefault(p[len("answers."):], rule.name)
    skipped = skipped_parts(fmap, profile)
    out = []
    for qid, q in fmap.questions.items():
        if q.get("part") in skipped or not _needs_explanation(q, lookup(profile, f"answers.{qid}")):
            continue  # a part that does not apply to this matter asks for no explanation
        box = first_field.get(qid)
        if box and not rule_applies(fmap, fmap.rules[box], profile, skipped):
            continue  # nor does a question the form does not ask in this case (its box's when/only_if)
        text = lookup(profile, f"answers.{qid}.explanation")
        box = box or q.get("anchor")  # a question no box reads names the box it belongs to
        out.append(Explanation(qid, q, text if isinstance(text, str) and text.strip() else None,
                               None if f"answers.{qid}.explanation" in shown else box, box))
    return out


def order(entries: list[AdditionalEntry], position: Callable[[str], tuple]) -> list[AdditionalEntry]:
    """The order of the form: by the reading position of each entry's anchor (page, column, top to
    bottom; ``FormFiller.position``); stable, so a list's rows keep their order."""
    return sorted(entries, key=lambda e: position(e.anchor))


def placed(entry: AdditionalEntry, where: str) -> AdditionalEntry:
    return replace(entry, where=where)
