"""A vault with an asylum matter, the attorney's profile, the official blanks, and exhibits:
three small PDFs (one of them rotated, one A4) and a JPEG and a PNG, all stored encrypted."""

from __future__ import annotations

import io
import json
import shutil
from datetime import date

import pytest
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfgen.canvas import Canvas

from workbench.core.forms import blanks
from workbench.core.model import Client, Document, Event, Matter, enums as E

ATTORNEY = {"given_name": "Maya", "family_name": "Lindqvist", "firm": "Hale & Dorr Pro Bono", "street": "60 State St",
            "city": "Boston", "state": "MA", "zip_code": "02109", "phone": "617-555-0100",
            "email": "maya@example.org", "bar_number": "654321", "licensing_authority": "Massachusetts",
            "eoir_id": "XY123456"}


def make_pdf(marker: str, pages: int, size=letter, rotate: int = 0) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=size)
    for n in range(1, pages + 1):
        c.setFont("Helvetica", 14)
        c.drawString(72, size[1] - 100, f"{marker} page {n}")
        c.showPage()
    c.save()
    if not rotate:
        return buf.getvalue()
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    for page in w.pages:
        page.rotate(rotate)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def make_image(fmt: str, color=(200, 30, 30)) -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (1200, 900), color)
    ImageDraw.Draw(img).rectangle((100, 100, 1100, 800), outline=(255, 255, 255), width=12)
    buf = io.BytesIO()
    img.save(buf, fmt)
    return buf.getvalue()


def add_doc(vault, matter_id: str, data: bytes, title: str, media_type: str, received: date, **kw) -> str:
    blob = vault.attachments.put(data)
    with vault.session() as s:
        d = Document(matter_id=matter_id, title=title, media_type=media_type, size_bytes=blob.size,
                     sha256=blob.sha256, blob_id=blob.blob_id, received_on=received, **kw)
        s.add(d)
        s.flush()
        return d.id


@pytest.fixture(scope="session")
def blanks_folder(tmp_path_factory):
    from tests.conftest import SHARED_USCIS

    folder = tmp_path_factory.mktemp("blanks")
    for name in ("g-28", "i-589"):
        blanks.add_blank((SHARED_USCIS / f"{name}.pdf").read_bytes(), folder)
    return folder


@pytest.fixture
def packet_vault(make_vault, blanks_folder):
    vault, _ = make_vault()
    vault.set_meta("attorney_profile", json.dumps(ATTORNEY))
    with vault.session() as s:
        client = Client(family_name="Reyes", given_name="Ana", a_number="A087654321", date_of_birth=date(1991, 2, 3),
                        country_of_birth="Guatemala", nationality="Guatemala")
        m = Matter(client=client, kind=E.MatterKind.AFFIRMATIVE_ASYLUM, matter_number="NIJC-2031-0042",
                   court_location="Chicago, IL", judge="Hon. R. Ortiz")
        s.add(m)
        s.flush()
        s.add(Event(matter_id=m.id, kind=E.EventKind.HEARING, title="Individual hearing", on_date=date(2099, 5, 6)))
        matter_id = m.id
    docs = {
        "decl": add_doc(vault, matter_id, make_pdf("DECLARATION-OF-ANA", 3), "Declaration of Ana Reyes",
                        "application/pdf", date(2031, 1, 5), description="Signed, with translator certificate"),
        "photo": add_doc(vault, matter_id, make_image("JPEG"), "Photograph of injuries", "image/jpeg", date(2031, 1, 6)),
        "report": add_doc(vault, matter_id, make_pdf("COUNTRY-REPORT", 4, size=A4), "Country conditions report",
                          "application/pdf", date(2031, 1, 7)),
        "letter": add_doc(vault, matter_id, make_pdf("WITNESS-LETTER", 1, rotate=90), "Letter from witness",
                          "application/pdf", date(2031, 1, 8)),
        "scan": add_doc(vault, matter_id, make_image("PNG", (30, 30, 200)), "Police report scan", "image/png",
                        date(2031, 1, 9)),
    }
    add_doc(vault, matter_id, b"not an exhibit", "Notes.txt", "text/plain", date(2031, 1, 10))
    add_doc(vault, matter_id, make_pdf("GENERATED", 1), "I-589 filled", "application/pdf", date(2031, 1, 11),
            category="generated form")
    yield vault, matter_id, docs


def pdftotext(pdf: bytes, first: int | None = None, last: int | None = None) -> str:
    import subprocess

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    cmd = ["pdftotext", "-layout"]
    if first:
        cmd += ["-f", str(first)]
    if last:
        cmd += ["-l", str(last)]
    return subprocess.run(cmd + ["-", "-"], input=pdf, capture_output=True, check=True).stdout.decode("utf-8")
