"""Closed vocabularies of the domain model, stored as their string values.

Values are stable identifiers (they appear in the JSON interchange format and in sync); labels
for people live in the GUI. Adding a member is a schema-compatible change; renaming is not.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Enum as SAEnum

from ..matter_kinds import MatterKind  # noqa: F401 - defined outside the model so the hub can name the kinds


def column_type(enum_cls: type[StrEnum]) -> SAEnum:
    """A non-native, validated string column holding ``enum_cls`` values."""
    return SAEnum(enum_cls, native_enum=False, create_constraint=False, validate_strings=True,
                  length=40, values_callable=lambda cls: [m.value for m in cls])


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    UNSPECIFIED = "unspecified"


class MaritalStatus(StrEnum):
    SINGLE = "single"
    MARRIED = "married"
    DIVORCED = "divorced"
    WIDOWED = "widowed"
    SEPARATED = "separated"
    ANNULLED = "annulled"


class CustodyStatus(StrEnum):
    NOT_DETAINED = "not_detained"
    DETAINED = "detained"
    RELEASED = "released"


class CourtProceedings(StrEnum):
    """I-589 Part A.I item 18: never, now, or not now but in the past."""

    NEVER = "never"
    NOW = "now"
    PAST = "past"


class EnglishFluency(StrEnum):
    FLUENT = "fluent"
    LIMITED = "limited"
    NONE = "none"


class AddressKind(StrEnum):
    RESIDENCE = "residence"
    MAILING = "mailing"
    LAST_ABROAD = "last_abroad"
    FEARED_COUNTRY = "feared_country"
    PREVIOUS = "previous"


class TravelDocumentKind(StrEnum):
    PASSPORT = "passport"
    TRAVEL_DOCUMENT = "travel_document"
    NATIONAL_ID = "national_id"
    OTHER = "other"


class Relationship(StrEnum):
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"
    OTHER = "other"


class MatterStage(StrEnum):
    INTAKE = "intake"
    PREPARATION = "preparation"
    FILED = "filed"
    PENDING = "pending"
    HEARING = "hearing"
    DECIDED = "decided"
    APPEAL = "appeal"
    CLOSED = "closed"


class Forum(StrEnum):
    USCIS = "uscis"
    IMMIGRATION_COURT = "immigration_court"
    BIA = "bia"
    FEDERAL_COURT = "federal_court"
    STATE_COURT = "state_court"


class Outcome(StrEnum):
    GRANTED = "granted"
    DENIED = "denied"
    WITHHOLDING_GRANTED = "withholding_granted"
    CAT_DEFERRAL = "cat_deferral"
    CAT_WITHHOLDING = "cat_withholding"
    REFERRED = "referred"
    TERMINATED = "terminated"
    DISMISSED = "dismissed"
    ADMINISTRATIVELY_CLOSED = "administratively_closed"
    REMANDED = "remanded"
    WITHDRAWN = "withdrawn"
    APPROVED = "approved"
    OTHER = "other"


class EventKind(StrEnum):
    HEARING = "hearing"
    INTERVIEW = "interview"
    BIOMETRICS = "biometrics"
    FILING = "filing"
    DECISION = "decision"
    DETENTION_VISIT = "detention_visit"
    NOTICE = "notice"
    OTHER = "other"


class HearingType(StrEnum):
    MASTER = "master"
    INDIVIDUAL = "individual"


class DeadlineStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    WAIVED = "waived"


class ContactRole(StrEnum):
    CERTIFYING_AGENCY = "certifying_agency"
    INTERPRETER = "interpreter"
    CO_COUNSEL = "co_counsel"
    TRANSLATOR = "translator"
    EXPERT = "expert"
    WITNESS = "witness"
    OTHER = "other"
