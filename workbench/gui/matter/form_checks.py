"""What the Forms tab says about a form: its checks as a table model (tested without widgets),
the status line under each form in the list, and the summary above the checks."""

from __future__ import annotations

from ...core.operations import BlankStatus, CheckView, FormState
from ..record_table import Column, RecordTableModel

SEVERITY = {"error": "Error", "warning": "Warning", "info": "Filled for you"}
TAB_NAMES = {"client": "Client tab", "family": "Family tab", "events": "Events tab",
             "tasks": "Tasks and contacts tab", "forms": "Questionnaire"}


def fix_in(check: CheckView) -> str:
    """Where a double-click takes the user."""
    t = check.target
    if t is None:
        return ""
    if t.kind == "attorney":
        return "Attorney profile (Vault menu)"
    return TAB_NAMES.get(t.tab, t.tab)


def check_model(parent=None) -> RecordTableModel:
    columns = (Column("Severity", lambda c: SEVERITY.get(c.severity, c.severity)),
               Column("Where", lambda c: c.where),
               Column("Check", lambda c: c.message, tooltip=lambda c: c.message),
               Column("Fix in", fix_in, tooltip=lambda c: "Double-click or press Enter to go there"
                      if c.target else None))
    return RecordTableModel(columns, parent, alert=lambda c: c.severity == "error",
                            emphasis=lambda c: c.severity == "warning")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary_text(state: FormState) -> str:
    errors, warnings, infos = state.count("error"), state.count("warning"), state.count("info")
    if not errors and not warnings:
        head = "No problems found."
    else:
        head = ", ".join(p for p in (_plural(errors, "error") if errors else "",
                                     _plural(warnings, "warning") if warnings else "") if p) + "."
    tail = f" {_plural(infos, 'item')} answered “N/A” or “None” as the instructions allow." if infos else ""
    return head + tail + " Double-click a check to go to its answer."


def status_line(blank: BlankStatus | None, state: FormState | None = None) -> str:
    """The second line of a form in the list: its blank, and its checks once run."""
    if blank is None or not blank.added:
        return "Blank not added"
    edition = blank.label.rsplit(" ", 1)[-1]
    text = f"Edition {edition}" + ("" if blank.fileable else " — outdated, not fileable")
    if state is not None and state.edition_label:
        errors = state.count("error")
        text += f" · {_plural(errors, 'error')}" if errors else " · ready"
    return text
