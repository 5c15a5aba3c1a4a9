"""What the Forms tab says about a form: its checks as a table model (tested without widgets),
the status line under each form in the list, and the summary above the checks."""

from __future__ import annotations

from ...core.i18n import QT_TRANSLATE_NOOP, translate
from ...core.operations import BlankStatus, CheckView, FormState
from ..record_table import Column, RecordTableModel

SEVERITY = {"error": QT_TRANSLATE_NOOP("FormChecks", "Error"), "warning": QT_TRANSLATE_NOOP("FormChecks", "Warning"),
            "info": QT_TRANSLATE_NOOP("FormChecks", "Filled for you")}
TAB_NAMES = {"client": QT_TRANSLATE_NOOP("FormChecks", "Client tab"),
             "family": QT_TRANSLATE_NOOP("FormChecks", "Family tab"),
             "events": QT_TRANSLATE_NOOP("FormChecks", "Events tab"),
             "tasks": QT_TRANSLATE_NOOP("FormChecks", "Tasks and contacts tab"),
             "forms": QT_TRANSLATE_NOOP("FormChecks", "Questionnaire")}


def fix_in(check: CheckView) -> str:
    """Where a double-click takes the user."""
    t = check.target
    if t is None:
        return ""
    if t.kind == "attorney":
        return translate("FormChecks", "Attorney profile (Vault menu)")
    return translate("FormChecks", TAB_NAMES[t.tab]) if t.tab in TAB_NAMES else t.tab


def check_model(parent=None) -> RecordTableModel:
    columns = (Column(translate("FormChecks", "Severity"), lambda c: translate("FormChecks", SEVERITY[c.severity])
                      if c.severity in SEVERITY else c.severity),
               Column(translate("FormChecks", "Where"), lambda c: c.where),
               Column(translate("FormChecks", "Check"), lambda c: c.message, tooltip=lambda c: c.message),
               Column(translate("FormChecks", "Fix in"), fix_in,
                      tooltip=lambda c: translate("FormChecks", "Double-click or press Enter to go there")
                      if c.target else None))
    return RecordTableModel(columns, parent, alert=lambda c: c.severity == "error",
                            emphasis=lambda c: c.severity == "warning")


def _errors(n: int) -> str:
    return translate("FormChecks", "1 error") if n == 1 else \
        translate("FormChecks", "{count} errors").format(count=n)


def _warnings(n: int) -> str:
    return translate("FormChecks", "1 warning") if n == 1 else \
        translate("FormChecks", "{count} warnings").format(count=n)


def summary_text(state: FormState) -> str:
    errors, warnings, infos = state.count("error"), state.count("warning"), state.count("info")
    if not errors and not warnings:
        head = translate("FormChecks", "No problems found.")
    else:
        head = ", ".join(p for p in (_errors(errors) if errors else "", _warnings(warnings) if warnings else "")
                         if p) + "."
    if infos == 1:
        tail = " " + translate("FormChecks", "1 item answered “N/A” or “None” as the instructions allow.")
    elif infos:
        tail = " " + translate("FormChecks", "{count} items answered “N/A” or “None” as the instructions "
                                             "allow.").format(count=infos)
    else:
        tail = ""
    return head + tail + " " + translate("FormChecks", "Double-click a check to go to its answer.")


def status_line(blank: BlankStatus | None, state: FormState | None = None) -> str:
    """The second line of a form in the list: its blank, and its checks once run."""
    if blank is None or not blank.added:
        return translate("FormChecks", "Blank not added")
    edition = blank.label.rsplit(" ", 1)[-1]
    text = (translate("FormChecks", "Edition {edition}") if blank.fileable else
            translate("FormChecks", "Edition {edition} — outdated, not fileable")).format(edition=edition)
    if state is not None and state.edition_label:
        errors = state.count("error")
        text += " · " + (_errors(errors) if errors else translate("FormChecks", "ready"))
    return text
