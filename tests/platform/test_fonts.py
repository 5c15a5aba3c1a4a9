"""Every PDF the app draws uses the bundled DejaVu Sans, and names in Vietnamese and Cyrillic come
back out of it: ``pdffonts`` shows the embedded font, ``pdftotext`` reads the names back."""

from __future__ import annotations

import subprocess

import pytest

from workbench.core import pdf_fonts
from workbench.core.forms.continuation import ContinuationEntry, render as continuation_sheets
from workbench.core.queries.reports import HoursRow, hours_pdf

VIETNAMESE, CYRILLIC = "Nguyễn Thị Lan", "Петренко Олена"


def pdffonts(path) -> str:
    return subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout


def pdftotext(path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_the_font_comes_from_the_bundle_not_the_system():
    folder = pdf_fonts.font_dir()
    assert folder.parts[-2:] == ("resources", "fonts")
    assert all((folder / name).stat().st_size > 100_000 for name in pdf_fonts.FILES.values())
    assert (folder / "LICENSE-DejaVu.txt").read_text().count("Bitstream") > 2
    assert pdf_fonts.fonts() == (pdf_fonts.REGULAR, pdf_fonts.BOLD)


def check_pdf(tmp_path, name: str, data: bytes) -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(data)
    fonts = pdffonts(path)
    embedded = [line for line in fonts.splitlines() if "DejaVuSans" in line]
    assert embedded, fonts
    assert all(" yes " in line for line in embedded)  # embedded (as a subset), not looked up on the reader's system
    assert "Helvetica" not in fonts  # no text falls back to a Latin-1 font
    return pdftotext(path)


def test_continuation_sheets_show_vietnamese_and_cyrillic(tmp_path):
    data = continuation_sheets([ContinuationEntry(5, "1", "8", f"Sibling: {CYRILLIC}; mother: {VIETNAMESE}.")],
                               form_label="I-589", family_name="Nguyễn", given_name="Thị Lan", middle_name=None,
                               a_number="012345678")
    text = check_pdf(tmp_path, "continuation", data)
    assert VIETNAMESE in text and CYRILLIC in text and "Family Name: Nguyễn" in text


def test_reports_show_vietnamese_and_cyrillic(tmp_path):
    rows = [HoursRow("m1", f"NIJC-1 {VIETNAMESE}", "2026-03", 90), HoursRow("m2", f"NIJC-2 {CYRILLIC}", "2026-03", 30)]
    text = check_pdf(tmp_path, "report", hours_pdf(rows))
    assert VIETNAMESE in text and CYRILLIC in text


@pytest.mark.parametrize("module", ["workbench.core.forms.continuation", "workbench.core.packets._pdf"])
def test_no_pdf_module_looks_for_system_fonts(module):
    import importlib
    import inspect

    source = inspect.getsource(importlib.import_module(module))
    for system_path in ("/usr/share/fonts", "/Library/Fonts", "C:/Windows/Fonts", "TTFont("):
        assert system_path not in source
