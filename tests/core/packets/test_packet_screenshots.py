"""Rendered pages of each kind (fictional data), saved under screenshots/packets/ for the README
and for a person to look at: cover letter, exhibit index, a numbered exhibit page, the visit
worksheet in English and Spanish, the hours report."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from workbench.core.queries import reports
from workbench.core.model import Client, Matter, TimeEntry, enums as E
from workbench.core.packets import build_packet
from workbench.core.visit_kit import build_visit_kit

OUT = Path(__file__).resolve().parents[3] / "screenshots" / "packets"


def _shot(pdf: bytes, page: int, name: str) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    prefix = OUT / name
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-singlefile", "-f", str(page), "-l", str(page), "-",
                    str(prefix)], input=pdf, check=True, capture_output=True)
    path = prefix.with_suffix(".png")
    assert path.stat().st_size > 1000
    return path


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="pdftoppm (poppler-utils) is not installed")
def test_save_rendered_pages(packet_vault, blanks_folder):
    vault, matter_id, _ = packet_vault
    packet = build_packet(vault, matter_id, "i-589", today=date(2031, 2, 1), blanks_folder=blanks_folder)
    index = next(p for p in packet.parts if p.title == "Index of documents")
    _shot(packet.pdf, 1, "cover-letter")
    _shot(packet.pdf, index.first_page, "exhibit-index")
    _shot(packet.pdf, packet.exhibits[1].first_page + 1, "exhibit-page-numbered")
    for lang in ("en", "es"):
        _shot(build_visit_kit(vault, matter_id, lang, today=date(2031, 2, 1)), 2, f"worksheet-{lang}")
    with vault.session() as s:
        m = s.get(Matter, matter_id)
        other = Matter(client=Client(family_name="Okoro", given_name="Ike"), kind=E.MatterKind.SIJS,
                       matter_number="NIJC-2031-0057")
        s.add(other)
        s.flush()
        for mid, d, minutes in ((m.id, date(2031, 1, 9), 150), (m.id, date(2031, 2, 3), 95),
                                (other.id, date(2031, 2, 14), 240), (other.id, date(2031, 3, 2), 30)):
            s.add(TimeEntry(matter_id=mid, work_date=d, minutes=minutes))
    with vault.session() as s:
        _shot(reports.hours_pdf(reports.hours_by_matter_month(s), today=date(2031, 3, 31)), 1, "hours-report")
