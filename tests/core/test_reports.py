"""Reports against known data: hours by matter and month (totals computed by hand), the
matters report, CSV formula-injection guard, PDFs read back with pdftotext."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from datetime import date

import pytest

from workbench.core.queries import reports
from workbench.core.model import Client, Matter, TimeEntry, enums as E


@pytest.fixture
def hours_vault(make_vault):
    vault, _ = make_vault()
    with vault.session() as s:
        a = Matter(client=Client(family_name="Alvarez", given_name="Luis"), kind=E.MatterKind.U_VISA,
                   matter_number="M-001", outcome=E.Outcome.APPROVED, outcome_on=date(2031, 6, 1),
                   stage=E.MatterStage.DECIDED)
        b = Matter(client=Client(family_name="Bui", given_name="Lan"), kind=E.MatterKind.SIJS, matter_number="M-002")
        c = Matter(client=Client(family_name="Cruz", given_name="Eva"), kind=E.MatterKind.SIJS, matter_number="=cmd")
        s.add_all([a, b, c])
        s.flush()
        entries = [(a, date(2031, 1, 5), 90), (a, date(2031, 1, 20), 45), (a, date(2031, 2, 1), 20),
                   (b, date(2031, 1, 31), 60), (b, date(2031, 2, 28), 125), (c, date(2031, 3, 1), 10)]
        for m, d, minutes in entries:
            s.add(TimeEntry(matter_id=m.id, work_date=d, minutes=minutes))
        gone = TimeEntry(matter_id=a.id, work_date=date(2031, 1, 6), minutes=600)
        s.add(gone)
        s.flush()
        gone.soft_delete()
    return vault


def test_hours_by_matter_and_month(hours_vault):
    with hours_vault.session() as s:
        rows = reports.hours_by_matter_month(s)
    got = [(r.matter, r.month, r.minutes, r.hours) for r in rows]
    # by hand: M-001 Jan 90+45=135 (2.25 h), Feb 20 (0.33 h); M-002 Jan 60 (1.00), Feb 125 (2.08)
    assert got == [("=cmd", "2031-03", 10, "0.17"), ("M-001", "2031-01", 135, "2.25"), ("M-001", "2031-02", 20, "0.33"),
                   ("M-002", "2031-01", 60, "1.00"), ("M-002", "2031-02", 125, "2.08")]
    table = list(csv.reader(io.StringIO(reports.hours_csv(rows).decode())))
    assert table[0] == ["matter", "month", "minutes", "hours"]
    assert table[1][0] == "'=cmd"  # never a live formula in a spreadsheet
    assert table[-1] == ["TOTAL", "", "350", "5.83"]  # 10+135+20+60+125 = 350 min = 5.833 h
    with hours_vault.session() as s:
        feb = reports.hours_by_matter_month(s, start=date(2031, 2, 1), end=date(2031, 2, 28), with_client_names=True)
    assert [(r.matter, r.minutes) for r in feb] == [("M-001 (Alvarez, Luis)", 20), ("M-002 (Bui, Lan)", 125)]


def test_matters_report(hours_vault):
    with hours_vault.session() as s:
        rows = reports.matters_report(s)
    by = {r.matter: r for r in rows}
    assert by["M-001"].outcome == "approved" and by["M-001"].outcome_on == date(2031, 6, 1)
    assert by["M-001"].minutes == 155 and by["M-002"].minutes == 185 and by["M-002"].outcome == ""
    table = list(csv.reader(io.StringIO(reports.matters_csv(rows).decode())))
    assert table[0][:3] == ["matter", "kind", "stage"] and ["M-001", "u_visa", "decided"] == table[2][:3]
    assert "Alvarez" not in reports.matters_csv(rows).decode()


def test_pdfs_read_back(hours_vault):
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not installed")
    with hours_vault.session() as s:
        hours = reports.hours_pdf(reports.hours_by_matter_month(s), today=date(2031, 7, 1))
        matters = reports.matters_pdf(reports.matters_report(s), today=date(2031, 7, 1))
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=hours, capture_output=True).stdout.decode()
    assert "Pro bono hours by matter and month" in text and "5.83" in text and "2.25" in text and "2031-02" in text
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=matters, capture_output=True).stdout.decode()
    assert "approved (06/01/2031)" in text and "M-002" in text and "Alvarez" not in text
