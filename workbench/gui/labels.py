"""Words people read for the model's stable identifiers, and how dates are shown.

Enum values are storage identifiers (``affirmative_asylum``); the GUI shows these labels. They
live in one place so the list and the editors agree. The tables are built at import time, so
their words are marked with ``QT_TRANSLATE_NOOP("labels", ...)`` and translated where shown
(``matter_kind``, ``enum_label``, ``label``; ``fields.FieldForm`` for choices).
"""

from __future__ import annotations

from datetime import date, datetime

from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.operations.matters import MatterKind, MatterStage
from . import i18n

MATTER_KIND = {
    MatterKind.AFFIRMATIVE_ASYLUM: QT_TRANSLATE_NOOP("labels", "Affirmative asylum"),
    MatterKind.DEFENSIVE_ASYLUM: QT_TRANSLATE_NOOP("labels", "Defensive asylum / withholding / CAT"),
    MatterKind.U_VISA: QT_TRANSLATE_NOOP("labels", "U visa"),
    MatterKind.VAWA_SELF_PETITION: QT_TRANSLATE_NOOP("labels", "VAWA self-petition"),
    MatterKind.SIJS: QT_TRANSLATE_NOOP("labels", "SIJS"),
    MatterKind.CANCELLATION_OF_REMOVAL: QT_TRANSLATE_NOOP("labels", "Cancellation of removal"),
    MatterKind.ADJUSTMENT_OF_STATUS: QT_TRANSLATE_NOOP("labels", "Adjustment of status"),
    MatterKind.FAMILY_PETITION: QT_TRANSLATE_NOOP("labels", "Family petition"),
    MatterKind.HABEAS: QT_TRANSLATE_NOOP("labels", "Habeas"),
    MatterKind.BOND: QT_TRANSLATE_NOOP("labels", "Bond"),
}

MATTER_STAGE = {
    MatterStage.INTAKE: QT_TRANSLATE_NOOP("labels", "Intake"),
    MatterStage.PREPARATION: QT_TRANSLATE_NOOP("labels", "Preparation"),
    MatterStage.FILED: QT_TRANSLATE_NOOP("labels", "Filed"),
    MatterStage.PENDING: QT_TRANSLATE_NOOP("labels", "Pending"),
    MatterStage.HEARING: QT_TRANSLATE_NOOP("labels", "Hearing"),
    MatterStage.DECIDED: QT_TRANSLATE_NOOP("labels", "Decided"),
    MatterStage.APPEAL: QT_TRANSLATE_NOOP("labels", "Appeal"),
    MatterStage.CLOSED: QT_TRANSLATE_NOOP("labels", "Closed"),
}


def label(text: str) -> str:
    """A word from one of these tables, in the interface language."""
    return translate("labels", text)


def matter_kind(value: str) -> str:
    try:
        return label(MATTER_KIND[MatterKind(value)])
    except ValueError:
        return value


def matter_stage(value: str) -> str:
    try:
        return label(MATTER_STAGE[MatterStage(value)])
    except ValueError:
        return value


def short_date(d: date | None) -> str:
    """``Mar 4, 2026`` (``4 mar 2026`` in Spanish): the month as a word, never ambiguous."""
    if d is None:
        return ""
    return i18n.display_date(d)


def input_date(d: date | None) -> str:
    """A date as typed into a form: ``MM/DD/YYYY`` in English (the order USCIS forms use),
    ``DD/MM/YYYY`` in Spanish (``i18n.typed_date``)."""
    return "" if d is None else i18n.typed_date(d)


def hours_text(minutes: int | None) -> str:
    """Minutes as ``h:mm`` (pro bono hours are reported that way)."""
    minutes = minutes or 0
    return f"{minutes // 60}:{minutes % 60:02d}"


def hours_total(minutes: int) -> str:
    if not minutes:
        return translate("labels", "no time recorded")
    return translate("labels", "{hours} h {minutes} min").format(hours=i18n.number(minutes // 60),
                                                                 minutes=f"{minutes % 60:02d}")


def size_text(n: int | None) -> str:
    n = n or 0
    if n < 1024:
        return translate("labels", "{count} bytes").format(count=i18n.number(n))
    if n < 1024 * 1024:
        return translate("labels", "{size} KB").format(size=i18n.number(n / 1024, 1))
    return translate("labels", "{size} MB").format(size=i18n.number(n / (1024 * 1024), 1))


def when_text(at: datetime | None) -> str:
    """A UTC timestamp in local time, e.g. ``Mar 4, 2026 14:05``."""
    if at is None:
        return ""
    local = at.astimezone()
    return f"{short_date(local.date())} {local:%H:%M}"


def enum_label(labels: dict, value: str | None) -> str:
    if value is None:
        return ""
    return label(labels.get(value, str(value).replace("_", " ").capitalize()))


SEX = {"female": QT_TRANSLATE_NOOP("labels", "Female"), "male": QT_TRANSLATE_NOOP("labels", "Male"),
       "unspecified": QT_TRANSLATE_NOOP("labels", "Unspecified")}
MARITAL = {"single": QT_TRANSLATE_NOOP("labels", "Single"), "married": QT_TRANSLATE_NOOP("labels", "Married"),
           "divorced": QT_TRANSLATE_NOOP("labels", "Divorced"), "widowed": QT_TRANSLATE_NOOP("labels", "Widowed"),
           "separated": QT_TRANSLATE_NOOP("labels", "Separated"), "annulled": QT_TRANSLATE_NOOP("labels", "Annulled")}
CUSTODY = {"not_detained": QT_TRANSLATE_NOOP("labels", "Not detained"),
           "detained": QT_TRANSLATE_NOOP("labels", "Detained"), "released": QT_TRANSLATE_NOOP("labels", "Released")}
PROCEEDINGS = {"never": QT_TRANSLATE_NOOP("labels", "Never in proceedings"),
               "now": QT_TRANSLATE_NOOP("labels", "In proceedings now"),
               "past": QT_TRANSLATE_NOOP("labels", "In proceedings before")}
FLUENCY = {"fluent": QT_TRANSLATE_NOOP("labels", "Fluent"), "limited": QT_TRANSLATE_NOOP("labels", "Limited"),
           "none": QT_TRANSLATE_NOOP("labels", "None")}
ADDRESS_KIND = {"residence": QT_TRANSLATE_NOOP("labels", "Residence"),
                "mailing": QT_TRANSLATE_NOOP("labels", "Mailing"),
                "last_abroad": QT_TRANSLATE_NOOP("labels", "Last address abroad"),
                "feared_country": QT_TRANSLATE_NOOP("labels", "In the feared country"),
                "previous": QT_TRANSLATE_NOOP("labels", "Previous")}
TRAVEL_DOCUMENT = {"passport": QT_TRANSLATE_NOOP("labels", "Passport"),
                   "travel_document": QT_TRANSLATE_NOOP("labels", "Travel document"),
                   "national_id": QT_TRANSLATE_NOOP("labels", "National ID"),
                   "other": QT_TRANSLATE_NOOP("labels", "Other")}
RELATION = {"spouse": QT_TRANSLATE_NOOP("labels", "Spouse"), "child": QT_TRANSLATE_NOOP("labels", "Child"),
            "parent": QT_TRANSLATE_NOOP("labels", "Parent"), "sibling": QT_TRANSLATE_NOOP("labels", "Sibling"),
            "other": QT_TRANSLATE_NOOP("labels", "Other")}
EVENT_KIND = {"hearing": QT_TRANSLATE_NOOP("labels", "Hearing"),
              "interview": QT_TRANSLATE_NOOP("labels", "Interview"),
              "biometrics": QT_TRANSLATE_NOOP("labels", "Biometrics"), "filing": QT_TRANSLATE_NOOP("labels", "Filing"),
              "decision": QT_TRANSLATE_NOOP("labels", "Decision"),
              "detention_visit": QT_TRANSLATE_NOOP("labels", "Detention visit"),
              "notice": QT_TRANSLATE_NOOP("labels", "Notice (RFE, NOID…)"),
              "other": QT_TRANSLATE_NOOP("labels", "Other")}
HEARING_TYPE = {"master": QT_TRANSLATE_NOOP("labels", "Master calendar"),
                "individual": QT_TRANSLATE_NOOP("labels", "Individual (merits)")}
FORUM = {"uscis": QT_TRANSLATE_NOOP("labels", "USCIS"),
         "immigration_court": QT_TRANSLATE_NOOP("labels", "Immigration court"),
         "bia": QT_TRANSLATE_NOOP("labels", "BIA"), "federal_court": QT_TRANSLATE_NOOP("labels", "Federal court"),
         "state_court": QT_TRANSLATE_NOOP("labels", "State court")}
CONTACT_ROLE = {"certifying_agency": QT_TRANSLATE_NOOP("labels", "Certifying agency (U visa)"),
                "interpreter": QT_TRANSLATE_NOOP("labels", "Interpreter"),
                "co_counsel": QT_TRANSLATE_NOOP("labels", "Co-counsel"),
                "translator": QT_TRANSLATE_NOOP("labels", "Translator"),
                "expert": QT_TRANSLATE_NOOP("labels", "Expert"),
                "witness": QT_TRANSLATE_NOOP("labels", "Witness"), "other": QT_TRANSLATE_NOOP("labels", "Other")}
ACTIONS = {"create": QT_TRANSLATE_NOOP("labels", "Added"), "update": QT_TRANSLATE_NOOP("labels", "Changed"),
           "delete": QT_TRANSLATE_NOOP("labels", "Deleted"), "restore": QT_TRANSLATE_NOOP("labels", "Restored"),
           "purge": QT_TRANSLATE_NOOP("labels", "Purged"),
           "deadline_added": QT_TRANSLATE_NOOP("labels", "Deadline computed"),
           "deadline_moved": QT_TRANSLATE_NOOP("labels", "Deadline moved"),
           "deadline_removed": QT_TRANSLATE_NOOP("labels", "Deadline no longer applies"),
           "deadline_override": QT_TRANSLATE_NOOP("labels", "Deadline overridden"),
           "deadline_override_cleared": QT_TRANSLATE_NOOP("labels", "Override cleared"),
           "export": QT_TRANSLATE_NOOP("labels", "Exported a copy"),
           "bulk_create": QT_TRANSLATE_NOOP("labels", "Imported")}
# an action on one kind of record, as a whole sentence (word order and agreement differ by language)
ACTION_ON = {"create": QT_TRANSLATE_NOOP("labels", "Added {thing}"),
             "update": QT_TRANSLATE_NOOP("labels", "Changed {thing}"),
             "delete": QT_TRANSLATE_NOOP("labels", "Deleted {thing}"),
             "restore": QT_TRANSLATE_NOOP("labels", "Restored {thing}"),
             "purge": QT_TRANSLATE_NOOP("labels", "Purged {thing}"),
             "export": QT_TRANSLATE_NOOP("labels", "Exported a copy {thing}")}
ENTITIES = {"clients": QT_TRANSLATE_NOOP("labels", "client"), "matters": QT_TRANSLATE_NOOP("labels", "matter"),
            "addresses": QT_TRANSLATE_NOOP("labels", "address"),
            "travel_documents": QT_TRANSLATE_NOOP("labels", "travel document"),
            "entries": QT_TRANSLATE_NOOP("labels", "entry to the US"),
            "people": QT_TRANSLATE_NOOP("labels", "family member"), "events": QT_TRANSLATE_NOOP("labels", "event"),
            "deadlines": QT_TRANSLATE_NOOP("labels", "deadline"), "tasks": QT_TRANSLATE_NOOP("labels", "task"),
            "notes": QT_TRANSLATE_NOOP("labels", "note"), "documents": QT_TRANSLATE_NOOP("labels", "document"),
            "time_entries": QT_TRANSLATE_NOOP("labels", "time entry"),
            "education": QT_TRANSLATE_NOOP("labels", "school"),
            "employment": QT_TRANSLATE_NOOP("labels", "employer"),
            "contacts": QT_TRANSLATE_NOOP("labels", "contact"),
            "form_answers": QT_TRANSLATE_NOOP("labels", "form answer")}


def activity_text(action: str, entity: str) -> str:
    if action in ACTION_ON:
        return label(ACTION_ON[action]).format(thing=label(ENTITIES.get(entity, entity)))
    return label(ACTIONS.get(action, action.replace("_", " ").capitalize()))
