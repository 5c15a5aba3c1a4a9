"""Words people read for the model's stable identifiers, and how dates are shown.

Enum values are storage identifiers (``affirmative_asylum``); the GUI shows these labels. They
live in one place so the list and the editors agree (and translation has one place to hook in).
"""

from __future__ import annotations

from datetime import date, datetime

from ..core.model.enums import MatterKind, MatterStage


MATTER_KIND = {
    MatterKind.AFFIRMATIVE_ASYLUM: "Affirmative asylum",
    MatterKind.DEFENSIVE_ASYLUM: "Defensive asylum / withholding / CAT",
    MatterKind.U_VISA: "U visa",
    MatterKind.VAWA_SELF_PETITION: "VAWA self-petition",
    MatterKind.SIJS: "SIJS",
    MatterKind.CANCELLATION_OF_REMOVAL: "Cancellation of removal",
    MatterKind.ADJUSTMENT_OF_STATUS: "Adjustment of status",
    MatterKind.FAMILY_PETITION: "Family petition",
    MatterKind.HABEAS: "Habeas",
    MatterKind.BOND: "Bond",
}

MATTER_STAGE = {
    MatterStage.INTAKE: "Intake",
    MatterStage.PREPARATION: "Preparation",
    MatterStage.FILED: "Filed",
    MatterStage.PENDING: "Pending",
    MatterStage.HEARING: "Hearing",
    MatterStage.DECIDED: "Decided",
    MatterStage.APPEAL: "Appeal",
    MatterStage.CLOSED: "Closed",
}


def matter_kind(value: str) -> str:
    try:
        return MATTER_KIND[MatterKind(value)]
    except ValueError:
        return value


def matter_stage(value: str) -> str:
    try:
        return MATTER_STAGE[MatterStage(value)]
    except ValueError:
        return value


def short_date(d: date | None) -> str:
    """``Mar 4, 2026``: unambiguous for US readers, unlike 03/04/2026 is for everyone else."""
    if d is None:
        return ""
    return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"


# Not strftime("%b"): QCoreApplication calls setlocale(), which would mix languages in an English UI.
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def input_date(d: date | None) -> str:
    """A date as typed into a form (``MM/DD/YYYY``, the order USCIS forms use)."""
    return "" if d is None else f"{d.month:02d}/{d.day:02d}/{d.year:04d}"


def hours_text(minutes: int | None) -> str:
    """Minutes as ``h:mm`` (pro bono hours are reported that way)."""
    minutes = minutes or 0
    return f"{minutes // 60}:{minutes % 60:02d}"


def hours_total(minutes: int) -> str:
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes else "no time recorded"


def size_text(n: int | None) -> str:
    n = n or 0
    for unit in ("bytes", "KB", "MB"):
        if n < 1024 or unit == "MB":
            return f"{n:,} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return ""


def when_text(at: datetime | None) -> str:
    """A UTC timestamp in local time, e.g. ``Mar 4, 2026 14:05``."""
    if at is None:
        return ""
    local = at.astimezone()
    return f"{short_date(local.date())} {local:%H:%M}"


def enum_label(labels: dict, value: str | None) -> str:
    if value is None:
        return ""
    return labels.get(value, str(value).replace("_", " ").capitalize())


SEX = {"female": "Female", "male": "Male", "unspecified": "Unspecified"}
MARITAL = {"single": "Single", "married": "Married", "divorced": "Divorced", "widowed": "Widowed",
           "separated": "Separated", "annulled": "Annulled"}
CUSTODY = {"not_detained": "Not detained", "detained": "Detained", "released": "Released"}
PROCEEDINGS = {"never": "Never in proceedings", "now": "In proceedings now", "past": "In proceedings before"}
FLUENCY = {"fluent": "Fluent", "limited": "Limited", "none": "None"}
ADDRESS_KIND = {"residence": "Residence", "mailing": "Mailing", "last_abroad": "Last address abroad",
                "feared_country": "In the feared country", "previous": "Previous"}
TRAVEL_DOCUMENT = {"passport": "Passport", "travel_document": "Travel document", "national_id": "National ID",
                   "other": "Other"}
RELATION = {"spouse": "Spouse", "child": "Child", "parent": "Parent", "sibling": "Sibling", "other": "Other"}
EVENT_KIND = {"hearing": "Hearing", "interview": "Interview", "biometrics": "Biometrics", "filing": "Filing",
              "decision": "Decision", "detention_visit": "Detention visit", "notice": "Notice (RFE, NOID…)",
              "other": "Other"}
HEARING_TYPE = {"master": "Master calendar", "individual": "Individual (merits)"}
FORUM = {"uscis": "USCIS", "immigration_court": "Immigration court", "bia": "BIA",
         "federal_court": "Federal court", "state_court": "State court"}
CONTACT_ROLE = {"certifying_agency": "Certifying agency (U visa)", "interpreter": "Interpreter",
                "co_counsel": "Co-counsel", "translator": "Translator", "expert": "Expert", "witness": "Witness",
                "other": "Other"}
ACTIONS = {"create": "Added", "update": "Changed", "delete": "Deleted", "restore": "Restored", "purge": "Purged",
           "deadline_added": "Deadline computed", "deadline_moved": "Deadline moved",
           "deadline_removed": "Deadline no longer applies", "deadline_override": "Deadline overridden",
           "deadline_override_cleared": "Override cleared", "export": "Exported a copy",
           "bulk_create": "Imported"}
ENTITIES = {"clients": "client", "matters": "matter", "addresses": "address", "travel_documents": "travel document",
            "entries": "entry to the US", "people": "family member", "events": "event", "deadlines": "deadline",
            "tasks": "task", "notes": "note", "documents": "document", "time_entries": "time entry",
            "education": "school", "employment": "employer", "contacts": "contact", "form_answers": "form answer"}


def activity_text(action: str, entity: str) -> str:
    what = ACTIONS.get(action, action.replace("_", " ").capitalize())
    return f"{what} {ENTITIES.get(entity, entity)}" if action in ("create", "update", "delete", "restore", "purge",
                                                                  "export") else what
