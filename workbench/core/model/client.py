"""The client and what the forms ask about them: names, identity, addresses, documents, entries
to the United States and family members (``Person``)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from . import enums as E
from .base import Base, Record
from .validators import normalize_a_number


class Client(Record, Base):
    __tablename__ = "clients"

    family_name: Mapped[str] = mapped_column(String(120))
    given_name: Mapped[str] = mapped_column(String(120))
    middle_name: Mapped[str | None] = mapped_column(String(120))
    # other names used (aliases, maiden names): [{"family_name":..,"given_name":..,"middle_name":..}]
    other_names: Mapped[list] = mapped_column(default=list)
    names_native_alphabet: Mapped[str | None] = mapped_column(String(240))
    a_number: Mapped[str | None] = mapped_column(String(9), index=True)
    uscis_account_number: Mapped[str | None] = mapped_column(String(12))
    ssn: Mapped[str | None] = mapped_column(String(11))
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[E.Sex | None] = mapped_column(E.column_type(E.Sex))
    marital_status: Mapped[E.MaritalStatus | None] = mapped_column(E.column_type(E.MaritalStatus))
    city_of_birth: Mapped[str | None] = mapped_column(String(120))
    country_of_birth: Mapped[str | None] = mapped_column(String(120))
    nationality: Mapped[str | None] = mapped_column(String(120))
    nationality_at_birth: Mapped[str | None] = mapped_column(String(120))
    race_ethnic_tribal_group: Mapped[str | None] = mapped_column(String(120))
    religion: Mapped[str | None] = mapped_column(String(120))
    native_language: Mapped[str | None] = mapped_column(String(80))
    languages: Mapped[list] = mapped_column(default=list)  # other languages spoken fluently
    english_fluency: Mapped[E.EnglishFluency | None] = mapped_column(E.column_type(E.EnglishFluency))
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    interpreter_language: Mapped[str | None] = mapped_column(String(80))
    phone: Mapped[str | None] = mapped_column(String(40))
    mobile_phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    custody_status: Mapped[E.CustodyStatus] = mapped_column(E.column_type(E.CustodyStatus),
                                                            default=E.CustodyStatus.NOT_DETAINED)
    detention_facility: Mapped[str | None] = mapped_column(String(200))
    court_proceedings: Mapped[E.CourtProceedings | None] = mapped_column(E.column_type(E.CourtProceedings))
    notes: Mapped[str | None] = mapped_column(Text)

    addresses: Mapped[list["Address"]] = relationship(back_populates="client", cascade="all, delete-orphan",
                                                      order_by="Address.kind, Address.from_date")
    travel_documents: Mapped[list["TravelDocument"]] = relationship(back_populates="client",
                                                                    cascade="all, delete-orphan")
    entries: Mapped[list["Entry"]] = relationship(back_populates="client", cascade="all, delete-orphan",
                                                  order_by="Entry.entry_date")
    people: Mapped[list["Person"]] = relationship(back_populates="client", cascade="all, delete-orphan")
    education: Mapped[list["EducationEntry"]] = relationship(back_populates="client", cascade="all, delete-orphan",
                                                             order_by="EducationEntry.from_date")
    employment: Mapped[list["EmploymentEntry"]] = relationship(back_populates="client", cascade="all, delete-orphan",
                                                               order_by="EmploymentEntry.from_date")

    @validates("a_number")
    def _check_a_number(self, _key, value):
        return normalize_a_number(value)

    @property
    def display_name(self) -> str:
        return f"{self.family_name}, {self.given_name}".strip(", ")

    @property
    def last_arrival(self) -> "Entry | None":
        """The most recent entry to the United States (the one-year asylum clock starts here)."""
        live = [e for e in self.entries if e.deleted_at is None and e.entry_date is not None]
        return max(live, key=lambda e: e.entry_date, default=None)


class Address(Record, Base):
    __tablename__ = "addresses"

    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"), index=True)
    kind: Mapped[E.AddressKind] = mapped_column(E.column_type(E.AddressKind))
    in_care_of: Mapped[str | None] = mapped_column(String(120))
    street: Mapped[str | None] = mapped_column(String(200))
    unit_type: Mapped[str | None] = mapped_column(String(8))  # APT, STE, FLR as on USCIS forms
    unit: Mapped[str | None] = mapped_column(String(20))
    city: Mapped[str | None] = mapped_column(String(120))
    state: Mapped[str | None] = mapped_column(String(40))
    zip_code: Mapped[str | None] = mapped_column(String(10))
    province: Mapped[str | None] = mapped_column(String(120))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    country: Mapped[str | None] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(40))
    from_date: Mapped[date | None] = mapped_column(Date)
    to_date: Mapped[date | None] = mapped_column(Date)

    client: Mapped[Client] = relationship(back_populates="addresses")


class TravelDocument(Record, Base):
    __tablename__ = "travel_documents"

    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"), index=True)
    kind: Mapped[E.TravelDocumentKind] = mapped_column(E.column_type(E.TravelDocumentKind))
    number: Mapped[str | None] = mapped_column(String(40))
    issuing_country: Mapped[str | None] = mapped_column(String(120))
    issued_on: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)

    client: Mapped[Client] = relationship(back_populates="travel_documents")


class Entry(Record, Base):
    """One entry to the United States (I-589 Part A.I item 19 asks for each one)."""

    __tablename__ = "entries"

    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"), index=True)
    entry_date: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(String(200))  # port of entry: city and state
    status: Mapped[str | None] = mapped_column(String(80))  # e.g. B-2, F-1, EWI (entered without inspection)
    i94_number: Mapped[str | None] = mapped_column(String(11))
    status_expires_on: Mapped[date | None] = mapped_column(Date)

    client: Mapped[Client] = relationship(back_populates="entries")


class Person(Record, Base):
    """A family member (spouse, child, parent, sibling) with the facts the forms ask about them."""

    __tablename__ = "people"

    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"), index=True)
    relation: Mapped[E.Relationship] = mapped_column(E.column_type(E.Relationship))
    family_name: Mapped[str] = mapped_column(String(120))
    given_name: Mapped[str] = mapped_column(String(120))
    middle_name: Mapped[str | None] = mapped_column(String(120))
    other_names: Mapped[list] = mapped_column(default=list)
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[E.Sex | None] = mapped_column(E.column_type(E.Sex))
    marital_status: Mapped[E.MaritalStatus | None] = mapped_column(E.column_type(E.MaritalStatus))
    a_number: Mapped[str | None] = mapped_column(String(9))
    ssn: Mapped[str | None] = mapped_column(String(11))
    passport_number: Mapped[str | None] = mapped_column(String(40))
    city_of_birth: Mapped[str | None] = mapped_column(String(120))
    country_of_birth: Mapped[str | None] = mapped_column(String(120))
    nationality: Mapped[str | None] = mapped_column(String(120))
    race_ethnic_tribal_group: Mapped[str | None] = mapped_column(String(120))
    deceased: Mapped[bool] = mapped_column(Boolean, default=False)
    current_location: Mapped[str | None] = mapped_column(String(200))  # city and country if not in the US
    in_united_states: Mapped[bool | None] = mapped_column(Boolean)
    last_entry_date: Mapped[date | None] = mapped_column(Date)
    last_entry_place: Mapped[str | None] = mapped_column(String(200))
    i94_number: Mapped[str | None] = mapped_column(String(11))
    status_at_last_entry: Mapped[str | None] = mapped_column(String(80))
    current_status: Mapped[str | None] = mapped_column(String(80))
    status_expires_on: Mapped[date | None] = mapped_column(Date)
    in_court_proceedings: Mapped[bool | None] = mapped_column(Boolean)
    include_in_application: Mapped[bool] = mapped_column(Boolean, default=False)
    marriage_date: Mapped[date | None] = mapped_column(Date)
    marriage_place: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    client: Mapped[Client] = relationship(back_populates="people")

    @validates("a_number")
    def _check_a_number(self, _key, value):
        return normalize_a_number(value)


class EducationEntry(Record, Base):
    """A school attended (I-589 Part A.III item 5 asks for every one, most recent first)."""

    __tablename__ = "education"

    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"), index=True)
    school: Mapped[str] = mapped_column(String(200))
    school_type: Mapped[str | None] = mapped_column(String(80))  # primary, secondary, university, trade
    location: Mapped[str | None] = mapped_column(String(200))  # city and country
    from_date: Mapped[date | None] = mapped_column(Date)
    to_date: Mapped[date | None] = mapped_column(Date)

    client: Mapped[Client] = relationship(back_populates="education")


class EmploymentEntry(Record, Base):
    """An employer (I-589 Part A.III item 6 asks for the last five years, most recent first)."""

    __tablename__ = "employment"

    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"), index=True)
    employer: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))
    occupation: Mapped[str | None] = mapped_column(String(120))
    from_date: Mapped[date | None] = mapped_column(Date)
    to_date: Mapped[date | None] = mapped_column(Date)

    client: Mapped[Client] = relationship(back_populates="employment")
