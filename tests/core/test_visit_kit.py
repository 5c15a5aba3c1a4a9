"""The detention-visit kit: rendered in English and Spanish and read back with pdftotext;
identifiers limited to the matter number unless chosen; the visit event and its notes."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime, timezone

import pytest

from workbench.core.errors import NotFound, WorkbenchError
from workbench.core.model import Client, Deadline, Event, Matter, Task, enums as E
from workbench.core.visit_kit import add_visit_notes, build_visit_kit, record_visit


def _text(pdf: bytes) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not installed")
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    return " ".join(out.decode("utf-8").split())


@pytest.fixture
def detained(make_vault):
    vault, _ = make_vault()
    with vault.session() as s:
        c = Client(family_name="Quispe", given_name="Rosa", a_number="A123456789", date_of_birth=date(1988, 4, 9),
                   custody_status=E.CustodyStatus.DETAINED, detention_facility="Broadview Processing Center",
                   interpreter_needed=True, interpreter_language="Quechua")
        m = Matter(client=c, kind=E.MatterKind.DEFENSIVE_ASYLUM, matter_number="NIJC-77", stage=E.MatterStage.HEARING)
        s.add(m)
        s.flush()
        s.add(Event(matter_id=m.id, kind=E.EventKind.HEARING, title="Master", on_date=date(2099, 1, 2),
                    hearing_type=E.HearingType.MASTER))
        s.add(Deadline(matter_id=m.id, title="Evidence due", due_on=date(2098, 12, 1)))
        s.add(Task(matter_id=m.id, title="Get birth certificate"))
        matter_id = m.id
    return vault, matter_id


def test_worksheet_in_english_and_spanish(detained):
    vault, matter_id = detained
    en = _text(build_visit_kit(vault, matter_id, "en", today=date(2031, 1, 1)))
    es = _text(build_visit_kit(vault, matter_id, "es", today=date(2031, 1, 1)))
    assert "Intake and declaration worksheet" in en and "Matter NIJC-77" in en
    assert "What harm, threats or mistreatment" in en and "Signed Form G-28" in en and "Bar card" in en
    assert "facility's rules" in en and "Quechua" in en and "01/02/2099" in en and "Evidence due" in en
    assert "Filing deadline" in en  # asylum-only section
    assert "Hoja de trabajo: entrevista y declaración" in es and "Caso NIJC-77" in es
    assert "¿Qué daño, amenazas o maltrato" in es and "Credencial del colegio de abogados" in es
    assert "reglas del centro" in es and "Plazos pendientes" in es
    for text in (en, es):  # identifiers stay off the pages by default
        assert "Quispe" not in text and "Rosa" not in text and "123456789" not in text
        assert "1988" not in text and "Broadview" not in text


def test_identifiers_only_when_chosen(detained):
    vault, matter_id = detained
    text = _text(build_visit_kit(vault, matter_id, "en", include={"name", "a_number"}))
    assert "Rosa Quispe" in text and "A123456789" in text
    assert "1988" not in text and "Broadview" not in text
    with pytest.raises(WorkbenchError, match="Unknown identifier"):
        build_visit_kit(vault, matter_id, "en", include={"ssn"})
    with pytest.raises(WorkbenchError, match="available in en, es"):
        build_visit_kit(vault, matter_id, "fr")


def test_visit_event_and_notes_typed_in_afterwards(detained):
    vault, matter_id = detained
    event_id = record_visit(vault, matter_id, date(2031, 3, 3))
    add_visit_notes(vault, event_id, "Reviewed the declaration; needs two more witness names.",
                    now=datetime(2031, 3, 3, 18, 5, tzinfo=timezone.utc))
    add_visit_notes(vault, event_id, "Client signed the G-28.", now=datetime(2031, 3, 4, 9, 0, tzinfo=timezone.utc))
    with vault.session() as s:
        e = s.get(Event, event_id)
        assert e.kind == E.EventKind.DETENTION_VISIT and e.title == "Visit"
        assert e.location == "Broadview Processing Center"
        assert e.description.index("[2031-03-03 18:05 UTC]") < e.description.index("Client signed the G-28.")
        assert "two more witness names" in e.description
    with pytest.raises(WorkbenchError):
        add_visit_notes(vault, event_id, "   ")
    with pytest.raises(NotFound):
        record_visit(vault, "missing", date(2031, 1, 1))
