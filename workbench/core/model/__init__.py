"""The domain model (SQLAlchemy 2 typed ORM). Import everything from here."""

from . import enums
from .audit import AuditEntry, VaultMeta
from .base import Base, Record, utcnow
from .client import Address, Client, EducationEntry, EmploymentEntry, Entry, Person, TravelDocument
from .sync import OutboxEntry
from .matter import Contact, Deadline, Document, Event, FormAnswer, Matter, Note, Task, TimeEntry

__all__ = [
    "Address", "AuditEntry", "EducationEntry", "EmploymentEntry", "FormAnswer", "Base", "Client", "Contact", "Deadline", "Document", "Entry", "Event",
    "Matter", "Note", "OutboxEntry", "Person", "Record", "Task", "TimeEntry", "TravelDocument", "VaultMeta", "enums",
    "utcnow",
]
