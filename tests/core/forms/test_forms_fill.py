"""Filling the real official blanks, read back by three independent readers (pypdf, pdftk-java,
qpdf), checked by ``qpdf --check``, and rendered by poppler and PDFium to see the values."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from forms_testkit import (
    FORMS, LONG_TEXT, SAMPLES, SCREENSHOTS, SHARED_USCIS, changed_pixels, page_height, pdftk_values, pypdf_values,
    qpdf_check, qpdf_fields, render_pdfium, render_poppler, run, sample_values,
)

from workbench.core.forms.pdf_fill import fill_pdf, list_fields


@pytest.fixture(scope="module")
def blanks() -> dict[str, bytes]:
    if not SHARED_USCIS.is_dir():
        pytest.fail(f"{SHARED_USCIS} is missing: the tests need ../shared/uscis beside the repository")
    return {f: (SHARED_USCIS / f"{f}.pdf").read_bytes() for f in FORMS}


@pytest.fixture(scope="module")
def filled(blanks) -> dict[str, tuple[bytes, dict, list]]:
    """Each form filled once with its sample values: (pdf, values, fields)."""
    out = {}
    for form_id, blank in blanks.items():
        fields = list_fields(blank)
        values = sample_values(form_id, fields)
        result = fill_pdf(blank, values)
        assert result.report.ok, result.report.refused
        assert set(result.report.filled) == set(values)
        out[form_id] = (result.pdf, values, fields)
    return out


def _tsv(uscis_dir: Path, form_id: str) -> list[dict]:
    with open(uscis_dir / f"FIELDS-{form_id}.tsv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


@pytest.mark.parametrize("form_id", FORMS)
def test_field_list_matches_the_shared_field_list(uscis_dir, form_id):
    """Names, types, MaxLen, comb/multiline/read-only, pages, exact on-states, option counts and
    tooltips agree with FIELDS-<form>.tsv, which was produced independently of this engine."""
    fields = {f.name: f for f in list_fields((uscis_dir / f"{form_id}.pdf").read_bytes())}
    rows = _tsv(uscis_dir, form_id)
    assert set(fields) == {r["fully_qualified_name"] for r in rows}
    for r in rows:
        f = fields[r["fully_qualified_name"]]
        subtype = set(r["subtype"].split(","))
        assert f.field_type == r["type"], f.name
        assert f.max_length == (int(r["max_length"]) if r["max_length"] else None), f.name
        assert f.page == int(r["page"]), f.name
        assert f.comb == ("comb" in subtype), f.name
        assert f.multiline == ("multiline" in subtype), f.name
        if f.field_type == "/Tx":  # the list marks read-only on text fields only
            assert f.read_only == ("readonly" in subtype), f.name
        for kind in ("combo", "checkbox"):
            assert (f.kind == kind) == (kind in subtype), f.name
        if r["on_states"]:
            assert f.on_states == (r["on_states"][1:],), f.name  # the TSV writes the name with its slash
        assert len(f.options) == (int(r["options"].split()[0]) if r["options"] else 0), f.name
        assert " ".join((f.tooltip or "").split()) == " ".join(r["tooltip_TU"].split()), f.name


def test_the_forms_have_what_the_samples_need(blanks):
    """Spaced export values and combo boxes exist where the samples use them; the I-589 has none."""
    for form_id, blank in blanks.items():
        fields = list_fields(blank)
        spaced = [f for f in fields if any(s != s.strip() for s in f.on_states)]
        combos = [f for f in fields if f.kind == "combo"]
        if form_id == "i-589":
            assert not combos and not spaced
        else:
            assert spaced and combos, form_id
        # the PDF417 barcode (FIELDS-<form>.tsv lists it too): every blank but these three has one
        assert any(f.barcode for f in fields) == (form_id not in ("i-918supa", "i-918supb", "g-28")), form_id


@pytest.mark.parametrize("form_id", FORMS)
def test_values_read_back_by_three_readers(filled, tmp_path, form_id):
    pdf, values, _ = filled[form_id]
    path = tmp_path / f"{form_id}.pdf"
    path.write_bytes(pdf)
    s = SAMPLES[form_id]
    box, state = s["checkbox"]

    by_pypdf = pypdf_values(path)
    by_pdftk = pdftk_values(path)
    by_qpdf = qpdf_fields(path)
    for name, value in values.items():
        if name == box:
            assert by_pypdf[name] == "/" + state
            assert by_pdftk[name] == state  # pdftk prints the export value with its spaces
            assert by_qpdf[name]["value"] == "/" + state
        else:
            assert by_pypdf[name] == value, name
            assert by_pdftk[name] == value, name
            assert by_qpdf[name]["value"] == "u:" + value, name
    # the check box shows its 'on' appearance state; the comb field is still a comb field
    assert by_qpdf[box]["annotation"]["appearancestate"] == "/" + state
    assert by_qpdf[s["comb"]]["fieldflags"] & (1 << 24)
    if s["combo"]:
        assert by_pdftk[s["combo"][0]] == s["combo"][1]
        assert by_qpdf[s["combo"][0]]["ischoice"]


@pytest.mark.parametrize("form_id", FORMS)
def test_output_is_clean_plain_acroform(filled, tmp_path, form_id):
    """Unencrypted, passes qpdf --check, no /XFA, no /Perms, fields still editable."""
    from pypdf import PdfReader

    pdf, values, _ = filled[form_id]
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    check = qpdf_check(path)
    assert check.returncode == 0, check.stdout + check.stderr
    assert b"No syntax or stream encoding errors found" in check.stdout
    assert b"File is not encrypted" in check.stdout
    reader = PdfReader(str(path))
    assert not reader.is_encrypted
    root = reader.trailer["/Root"]
    assert "/Perms" not in root
    acro = root["/AcroForm"].get_object()
    assert "/XFA" not in acro
    assert not acro.get("/NeedAppearances", False)
    assert b"/XFA" not in pdf and b"/UR3" not in pdf
    assert "/JavaScript" not in root.get("/Names", {})
    fields = reader.get_fields()
    for name in values:
        ff = int(fields[name].get("/Ff", 0))
        assert not ff & 1, f"{name} became read-only"


@pytest.mark.parametrize("form_id", FORMS)
def test_values_are_visible_in_poppler_and_pdfium(blanks, filled, tmp_path, uscis_dir, form_id):
    """Each sample field's box looks different from the blank's, in both renderers; one PNG per
    form goes to screenshots/forms/ for a person to look at."""
    pdf, values, fields = filled[form_id]
    blank_path = uscis_dir / f"{form_id}.pdf"
    path = tmp_path / f"{form_id}-filled.pdf"
    path.write_bytes(pdf)
    by_name = {f.name: f for f in fields}
    s = SAMPLES[form_id]
    names = [s["text"], s["maxlen"], s["comb"], s["multiline"], s["checkbox"][0]] + ([s["combo"][0]] if s["combo"] else [])
    blank_dir = tmp_path / "blank"
    blank_dir.mkdir()
    renders: dict[tuple, object] = {}

    def render(renderer: str, which: str, page: int):
        key = (renderer, which, page)
        if key not in renders:
            source = blank_path if which == "blank" else path
            renders[key] = (render_poppler(source, page, blank_dir if which == "blank" else tmp_path)
                            if renderer == "poppler" else render_pdfium(source, page))
        return renders[key]

    for name in names:
        f = by_name[name]
        height = page_height(path, f.page)
        for renderer in ("poppler", "pdfium"):
            changed = changed_pixels(render(renderer, "blank", f.page), render(renderer, "filled", f.page), f.rect, height)
            assert changed >= 10, f"{renderer}: nothing visible in {name} on page {f.page}"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = by_name[s["text"]].page
    shutil.copyfile(tmp_path / f"{path.stem}-p{page}.png", SCREENSHOTS / f"{form_id}.png")


@pytest.mark.parametrize("form_id", FORMS)
def test_flatten_paints_values_and_removes_fields(blanks, tmp_path, form_id):
    from pypdf import PdfReader

    blank = blanks[form_id]
    fields = list_fields(blank)
    values = sample_values(form_id, fields)
    result = fill_pdf(blank, values, flatten_form=True)
    assert result.report.ok and result.report.flattened
    path = tmp_path / "flat.pdf"
    path.write_bytes(result.pdf)
    assert qpdf_check(path).returncode == 0
    reader = PdfReader(str(path))
    assert not reader.get_fields()
    assert "/AcroForm" not in reader.trailer["/Root"]
    for page in reader.pages:
        for a in page.get("/Annots", []) or []:
            assert a.get_object().get("/Subtype") != "/Widget"
    assert pdftk_values(path) == {}
    text = run(["pdftotext", "-layout", str(path), "-"]).stdout.decode("utf-8")
    assert "DOE-MARTINEZ" in text
    assert "SAMPLE 3" in text
    words = set(text.split())
    assert set(LONG_TEXT.split()) <= words  # the multiline answer, wrapped at word boundaries
    assert values[SAMPLES[form_id]["comb"]] in text.replace(" ", "")  # comb digits, one per cell


def test_refill_of_an_output_replaces_values(blanks, tmp_path):
    blank = blanks["g-28"]
    s = SAMPLES["g-28"]
    first = fill_pdf(blank, {s["text"]: "FIRST", s["checkbox"][0]: s["checkbox"][1]}).pdf
    second = fill_pdf(first, {s["text"]: "SECOND", s["checkbox"][0]: False})
    assert second.report.ok
    path = tmp_path / "again.pdf"
    path.write_bytes(second.pdf)
    values = pdftk_values(path)
    assert values[s["text"]] == "SECOND"
    assert values[s["checkbox"][0]] == "Off"
    assert qpdf_check(path).returncode == 0
