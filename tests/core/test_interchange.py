"""The JSON interchange format: schema, exact round trip, and every problem reported by path."""

import copy
import json
from datetime import date, time
from pathlib import Path

import pytest

from workbench.core.errors import ValidationError
from workbench.core.interchange import build_schema, export_matter, import_matter, import_matter_json
from workbench.core.interchange.schema import SCHEMA_FILE
from workbench.core.model import (Address, Client, Contact, Deadline, Document, Entry, Event, Matter, Note,
                                  Person, Task, TimeEntry, TravelDocument, enums as E)


def _full_matter(vault) -> str:
    with vault.session() as s:
        c = Client(family_name="Ramírez López", given_name="José", middle_name="Ángel",
                   other_names=[{"family_name": "Ramirez", "given_name": "Jose", "middle_name": None}],
                   a_number="12345678", date_of_birth=date(1988, 2, 29), sex=E.Sex.MALE,
                   marital_status=E.MaritalStatus.MARRIED, country_of_birth="Guatemala", nationality="Guatemala",
                   languages=["Spanish", "K'iche'"], native_language="K'iche'", interpreter_needed=True,
                   custody_status=E.CustodyStatus.DETAINED, detention_facility="Broadview",
                   court_proceedings=E.CourtProceedings.NOW)
        c.addresses = [Address(kind=E.AddressKind.RESIDENCE, street="1 Main St", unit_type="APT", unit="2",
                               city="Chicago", state="IL", zip_code="60601", country="United States")]
        c.travel_documents = [TravelDocument(kind=E.TravelDocumentKind.PASSPORT, number="P123",
                                             issuing_country="Guatemala", expires_on=date(2030, 1, 1))]
        c.entries = [Entry(entry_date=date(2025, 12, 31), place="El Paso, TX", status="EWI")]
        c.people = [Person(relation=E.Relationship.SPOUSE, family_name="López", given_name="Rosa",
                           marriage_date=date(2010, 6, 1), include_in_application=True),
                    Person(relation=E.Relationship.CHILD, family_name="Ramírez", given_name="Luis",
                           date_of_birth=date(2012, 3, 3), a_number="A-222-333-444")]
        m = Matter(client=c, kind=E.MatterKind.DEFENSIVE_ASYLUM, matter_number="NIJC-2026-0042",
                   forum=E.Forum.IMMIGRATION_COURT, court_location="Chicago", judge="Hon. Smith",
                   attorneys=["A. Volunteer"], opened_on=date(2026, 1, 5), summary="Line one\nline two")
        m.events = [Event(kind=E.EventKind.HEARING, title="Individual hearing", on_date=date(2027, 2, 1),
                          at_time=time(9, 30), time_zone="America/Chicago", hearing_type=E.HearingType.INDIVIDUAL)]
        m.deadlines = [Deadline(title="Pre-hearing filing", due_on=date(2027, 1, 15), rule_id="eoir-15-day")]
        m.tasks = [Task(title="Get country conditions", due_on=date(2026, 12, 1))]
        m.notes = [Note(body="First meeting 😀", author="AV")]
        m.time_entries = [TimeEntry(work_date=date(2026, 1, 5), minutes=90, activity="intake")]
        m.contacts = [Contact(role=E.ContactRole.INTERPRETER, name="K. Interpreter", phone="312-555-0100")]
        m.documents = [Document(title="Birth certificate", sha256="ab" * 32, size_bytes=10)]
        s.add(m)
        s.flush()
        return m.id


def _strip(doc):
    doc = copy.deepcopy(doc)
    doc.pop("exported_at")
    return doc


def test_export_then_import_round_trips_exactly(make_vault):
    source, _ = make_vault("a")
    matter_id = _full_matter(source)
    with source.session() as s:
        first = export_matter(s, matter_id)
    text = json.dumps(first, ensure_ascii=False)
    target, _ = make_vault("b")
    with target.session() as s:
        result = import_matter_json(s, text.encode("utf-8"))
    assert result.matter_id == matter_id and result.counts["events"] == 1 and result.counts["people"] == 2
    with target.session() as s:
        second = export_matter(s, matter_id)
    assert _strip(second) == _strip(first)
    assert first["client"]["a_number"] == "012345678"
    assert first["client"]["date_of_birth"] == "1988-02-29"
    assert first["events"][0]["at_time"] == "09:30:00"


def test_committed_schema_matches_the_model():
    committed = json.loads((Path(__file__).resolve().parents[2] / "workbench/core/interchange" / SCHEMA_FILE)
                           .read_text())
    assert committed == build_schema(), "run: python -m workbench.core.interchange.schema"


def test_every_problem_is_reported_with_its_path(make_vault):
    source, _ = make_vault("a")
    matter_id = _full_matter(source)
    with source.session() as s:
        doc = export_matter(s, matter_id)
    bad = copy.deepcopy(doc)
    bad["matter"]["kind"] = "asylum-ish"
    bad["client"]["date_of_birth"] = "1988-02-30"
    bad["events"][0]["on_date"] = None
    bad["client"]["people"][1]["a_number"] = "A12"
    bad["notes"][0]["surprise"] = 1
    del bad["client"]["family_name"]
    target, _ = make_vault("b")
    with pytest.raises(ValidationError) as info, target.session() as s:
        import_matter(s, bad)
    paths = {p for p, _ in info.value.problems}
    assert {"$.matter.kind", "$.client.date_of_birth", "$.events[0].on_date", "$.notes[0]", "$.client"} <= paths
    assert "6 problem" in str(info.value) or len(info.value.problems) >= 5
    # the A-number check runs once the document is schema-valid
    bad2 = copy.deepcopy(doc)
    bad2["client"]["people"][1]["a_number"] = "A12"
    with pytest.raises(ValidationError) as info2, target.session() as s:
        import_matter(s, bad2)
    assert info2.value.problems[0][0] == "$.client.people[1].a_number"
    with target.session() as s:
        assert s.query(Matter).count() == 0, "nothing is imported when anything is wrong"


def test_malformed_json_and_duplicates(make_vault):
    vault, _ = make_vault()
    with pytest.raises(ValidationError, match="line 1 column"), vault.session() as s:
        import_matter_json(s, b'{"format": ')
    matter_id = _full_matter(vault)
    with vault.session() as s:
        doc = export_matter(s, matter_id)
    with pytest.raises(ValidationError, match="already in the vault"), vault.session() as s:
        import_matter(s, doc)
    dup = copy.deepcopy(doc)
    dup["notes"].append(dict(dup["notes"][0]))
    with pytest.raises(ValidationError, match="used twice"), vault.session() as s:
        import_matter(s, dup)
