"""What answers each field of a form, in words a lawyer reviewing the map can check.

A field map is JSON written for the engine; a reviewer wants one line per box: the question, and
"the client's family name", "the mother's current location, only if she is not in the U.S.,
else N/A", "left to the applicant: signed by hand". ``describe`` turns one rule into that line;
the review sheets (``docs/forms/<form>-review.tsv``, made by ``make review-sheets``) put it beside
each golden client's expected value so a form can be reviewed in one sitting.
"""

from __future__ import annotations

import json

from .fieldmap import FieldMap, FieldRule

_FORMATS = {"date": "mm/dd/yyyy", "month_year": "mm/yyyy", "year": "yyyy", "a_number": "9 digits",
            "ssn": "9 digits", "number": "digits", "phone": "10 digits", "phone_area": "area code",
            "phone_number": "NNN-NNNN", "zip": "ZIP (5)", "zip4": "ZIP+4 (4)", "upper": "capitals",
            "name": "Family, Given Middle", "names": "names joined with ';'", "yes_no": "Yes/No", "list": "list",
            "capitalize": "a word (Married)"}


def condition_text(cond: dict) -> str:
    if "path" in cond:
        if "is" in cond:
            return f"{cond['path']} is {json.dumps(cond['is'])}"
        if "in" in cond:
            return f"{cond['path']} in {json.dumps(cond['in'])}"
        if "at_least" in cond:
            return f"{cond['path']} at least {cond['at_least']}"
        return f"{cond['path']} {'answered' if cond['answered'] else 'not answered'}"
    if "not" in cond:
        return f"not ({condition_text(cond['not'])})"
    joiner = " and " if "all" in cond else " or "
    return "(" + joiner.join(condition_text(c) for c in cond.get("all", cond.get("any", []))) + ")"


def describe(rule: FieldRule, fmap: FieldMap) -> str:
    """One line: what fills the field, how it is written, and when it applies."""
    if rule.additional_info:
        return "Additional Information slot: entries (explanations, answers too long for their box, list rows " \
               "past the form) in the order of the form"
    if rule.left_to_user:
        return f"left to the user ({rule.left_to_user}): {rule.why}"
    if rule.literal is not None:
        text = f"always {json.dumps(rule.literal)}"
    else:
        sources = " + ".join(rule.sources) if rule.join is not None else " or ".join(rule.sources)
        text = sources
        if rule.checked_when is not None:
            text += f" ticked when {json.dumps(rule.checked_when)}"
        elif rule.format != "text":
            text += f" as {_FORMATS.get(rule.format, rule.format)}"
        if rule.if_blank:
            text += f"; blank: {json.dumps(rule.if_blank)}"
        if rule.if_no_row is not None:
            text += f"; no such row: {json.dumps(rule.if_no_row)}"
        if rule.required:
            text += "; required"
    if rule.when is not None:
        text += f"; only when {condition_text(rule.when)}"
        not_when = rule.if_blank if rule.if_not_when is None else rule.if_not_when
        text += f", else {json.dumps(not_when)}" if not_when else ", else empty"
    if rule.only_if is not None:
        text += f"; the whole item only if {condition_text(rule.only_if)} (else empty)"
    part = fmap.parts.get(rule.part or "")
    if part:
        text += f"; Part {rule.part} only when {condition_text(part['when'])}"
    for gid, rows in fmap.lists.items():
        if rows.pointer == rule.name:
            text += f"; says 'See continuation sheet' when there are more than {rows.capacity} {gid}"
    return text
