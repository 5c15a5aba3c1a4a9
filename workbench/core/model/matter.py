"""A matter (one case for one client) and what hangs off it: events, deadlines, tasks, notes,
documents, time entries and contacts."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from . import enums as E
from .base import Base, Record
from .client import Client


class Matter(Record, Base):
    __tablename__ = "matters"

    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"), index=True)
    matter_number: Mapped[str | None] = mapped_column(String(40), index=True)  # the organization's number
    kind: Mapped[E.MatterKind] = mapped_column(E.column_type(E.MatterKind))
    stage: Mapped[E.MatterStage] = mapped_column(E.column_type(E.MatterStage), default=E.MatterStage.INTAKE)
    forum: Mapped[E.Forum | None] = mapped_column(E.column_type(E.Forum))
    court_location: Mapped[str | None] = mapped_column(String(200))
    judge: Mapped[str | None] = mapped_column(String(120))
    court_time_zone: Mapped[str | None] = mapped_column(String(64))  # IANA name; deadlines are court-local dates
    detained_docket: Mapped[bool] = mapped_column(Boolean, default=False)
    attorneys: Mapped[list] = mapped_column(default=list)  # names of the assigned attorneys
    opened_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[E.Outcome | None] = mapped_column(E.column_type(E.Outcome))
    outcome_on: Mapped[date | None] = mapped_column(Date)
    summary: Mapped[str | None] = mapped_column(Text)
    # Facts the deadline rules read (workbench/core/deadlines); each names the rule it feeds.
    ij_decision_on: Mapped[date | None] = mapped_column(Date)  # IJ decision: BIA appeal, motions
    ij_decision_oral: Mapped[bool | None] = mapped_column(Boolean)  # True oral, False written
    ij_decision_served_on: Mapped[date | None] = mapped_column(Date)  # mailing/service of a written one
    bia_final_order_on: Mapped[date | None] = mapped_column(Date)  # petition for review, BIA motions
    asylum_filed_on: Mapped[date | None] = mapped_column(Date)  # complete I-589 filed: the EAD clock
    asylum_granted_on: Mapped[date | None] = mapped_column(Date)  # adjustment one year after the grant
    sijs_state_order_on: Mapped[date | None] = mapped_column(Date)  # state juvenile-court order obtained
    supp_b_signed_on: Mapped[date | None] = mapped_column(Date)  # I-918 Supplement B certification signed
    unaccompanied_child: Mapped[bool] = mapped_column(Boolean, default=False)

    client: Mapped[Client] = relationship()
    events: Mapped[list["Event"]] = relationship(back_populates="matter", cascade="all, delete-orphan",
                                                 order_by="Event.on_date")
    deadlines: Mapped[list["Deadline"]] = relationship(back_populates="matter", cascade="all, delete-orphan",
                                                       order_by="Deadline.due_on")
    tasks: Mapped[list["Task"]] = relationship(back_populates="matter", cascade="all, delete-orphan")
    notes: Mapped[list["Note"]] = relationship(back_populates="matter", cascade="all, delete-orphan",
                                               order_by="Note.created_at")
    documents: Mapped[list["Document"]] = relationship(back_populates="matter", cascade="all, delete-orphan")
    time_entries: Mapped[list["TimeEntry"]] = relationship(back_populates="matter", cascade="all, delete-orphan",
                                                           order_by="TimeEntry.work_date")
    contacts: Mapped[list["Contact"]] = relationship(back_populates="matter", cascade="all, delete-orphan")
    answers: Mapped[list["FormAnswer"]] = relationship(back_populates="matter", cascade="all, delete-orphan")


class _MatterChild:
    """Mixin for records that belong to one matter."""

    matter_id: Mapped[str] = mapped_column(ForeignKey("matters.id"), index=True)


class Event(_MatterChild, Record, Base):
    __tablename__ = "events"

    kind: Mapped[E.EventKind] = mapped_column(E.column_type(E.EventKind))
    title: Mapped[str] = mapped_column(String(200))
    on_date: Mapped[date] = mapped_column(Date, index=True)
    at_time: Mapped[time | None] = mapped_column(Time)  # local time at the location
    time_zone: Mapped[str | None] = mapped_column(String(64))
    hearing_type: Mapped[E.HearingType | None] = mapped_column(E.column_type(E.HearingType))
    location: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    result: Mapped[str | None] = mapped_column(Text)
    notice_type: Mapped[str | None] = mapped_column(String(20))  # for NOTICE events: "RFE", "NOID", ...
    response_due_on: Mapped[date | None] = mapped_column(Date)  # the date printed on an RFE/NOID
    judge_set_due_on: Mapped[date | None] = mapped_column(Date)  # filing deadline a judge set (detained)

    matter: Mapped[Matter] = relationship(back_populates="events")


class Deadline(_MatterChild, Record, Base):
    __tablename__ = "deadlines"

    title: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date] = mapped_column(Date, index=True)
    rule_id: Mapped[str | None] = mapped_column(String(80))  # set when computed by the rules engine
    rule_key: Mapped[str | None] = mapped_column(String(120), index=True)  # rule instance (rule id + event)
    computed_due_on: Mapped[date | None] = mapped_column(Date)
    override_reason: Mapped[str | None] = mapped_column(Text)
    status: Mapped[E.DeadlineStatus] = mapped_column(E.column_type(E.DeadlineStatus), default=E.DeadlineStatus.OPEN)
    completed_on: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str | None] = mapped_column(Text)

    matter: Mapped[Matter] = relationship(back_populates="deadlines")


class Task(_MatterChild, Record, Base):
    __tablename__ = "tasks"

    title: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    assignee: Mapped[str | None] = mapped_column(String(120))
    description: Mapped[str | None] = mapped_column(Text)

    matter: Mapped[Matter] = relationship(back_populates="tasks")


class Note(_MatterChild, Record, Base):
    """A timestamped note; sync treats notes as append-only."""

    __tablename__ = "notes"

    title: Mapped[str | None] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(120))

    matter: Mapped[Matter] = relationship(back_populates="notes")


class Document(_MatterChild, Record, Base):
    """Metadata of an encrypted attachment; the bytes live in ``attachments/<blob_id>``."""

    __tablename__ = "documents"

    title: Mapped[str] = mapped_column(String(200))
    category: Mapped[str | None] = mapped_column(String(80))
    original_filename: Mapped[str | None] = mapped_column(String(255))
    media_type: Mapped[str | None] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str | None] = mapped_column(String(64))  # of the plaintext: content address for sync
    blob_id: Mapped[str | None] = mapped_column(String(32))
    received_on: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str | None] = mapped_column(Text)

    matter: Mapped[Matter] = relationship(back_populates="documents")


class TimeEntry(_MatterChild, Record, Base):
    """Pro bono hours, kept in whole minutes so sums are exact."""

    __tablename__ = "time_entries"

    work_date: Mapped[date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(Integer)
    activity: Mapped[str | None] = mapped_column(String(80))
    description: Mapped[str | None] = mapped_column(Text)
    attorney: Mapped[str | None] = mapped_column(String(120))

    matter: Mapped[Matter] = relationship(back_populates="time_entries")


class Contact(_MatterChild, Record, Base):
    """Someone the matter involves: certifying agency, interpreter, co-counsel, expert."""

    __tablename__ = "contacts"

    role: Mapped[E.ContactRole] = mapped_column(E.column_type(E.ContactRole))
    name: Mapped[str] = mapped_column(String(200))
    organization: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    matter: Mapped[Matter] = relationship(back_populates="contacts")


class FormAnswer(_MatterChild, Record, Base):
    """An answer to a form-specific question that is not a fact of the profile.

    Yes/no eligibility questions (I-589 Part B, I-918 Part 3, I-360 petition-type parts) and
    their explanations. ``key`` is the question id a field map declares (e.g. ``i589.b.1a``);
    ``value`` is JSON: a string, a boolean, a number or a list.
    """

    __tablename__ = "form_answers"

    key: Mapped[str] = mapped_column(String(120), index=True)
    # set for answers about one family member (I-918 Supplement A is filed per qualifying member)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    value: Mapped[dict] = mapped_column(JSON, nullable=True)
    explanation: Mapped[str | None] = mapped_column(Text)

    matter: Mapped[Matter] = relationship(back_populates="answers")
