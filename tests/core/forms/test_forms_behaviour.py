"""How the filler treats values it must not take silently: MaxLen, export values, options,
fonts, box sizes, read-only and barcode fields; and that nothing is written to disk."""

from __future__ import annotations

import builtins
import os
import tempfile

import pytest
from forms_testkit import SAMPLES, SHARED_USCIS, pdftk_values, qpdf_check, qpdf_fields, radio_with_opt_pdf

from workbench.core.forms.pdf_fill import FillRefused, fill_pdf, list_fields


@pytest.fixture(scope="module")
def g28() -> bytes:
    return (SHARED_USCIS / "g-28.pdf").read_bytes()


@pytest.fixture(scope="module")
def i589() -> bytes:
    return (SHARED_USCIS / "i-589.pdf").read_bytes()


def _value(pdf: bytes, name: str, tmp_path) -> str | None:
    path = tmp_path / "v.pdf"
    path.write_bytes(pdf)
    return pdftk_values(path).get(name)


def test_maxlen_violation_is_reported_not_truncated(g28, tmp_path):
    phone = SAMPLES["g-28"]["maxlen"]  # MaxLen 10
    comb = SAMPLES["g-28"]["comb"]  # comb, MaxLen 12
    result = fill_pdf(g28, {phone: "312-555-01234", comb: "1234567890123", SAMPLES["g-28"]["text"]: "OK"})
    refused = {r.name: r.reason for r in result.report.refused}
    assert refused[phone] == "13 characters; the box takes at most 10"
    assert refused[comb] == "13 characters; the box takes at most 12"
    assert "312" not in refused[phone]  # reasons never repeat the (private) value
    assert result.report.filled == (SAMPLES["g-28"]["text"],)
    assert _value(result.pdf, phone, tmp_path) in ("", None)


def test_strict_mode_raises_and_writes_nothing(g28):
    phone = SAMPLES["g-28"]["maxlen"]
    with pytest.raises(FillRefused) as info:
        fill_pdf(g28, {phone: "1" * 11}, strict=True)
    assert info.value.report.refused[0].name == phone
    assert "at most 10" in str(info.value)


def test_export_values_must_match_exactly(g28, tmp_path):
    box = SAMPLES["g-28"]["checkbox"][0]  # exports "/ STE " with spaces
    result = fill_pdf(g28, {box: "STE"})
    assert result.report.refused[0].reason == "not an export value of this box; it takes exactly one of [' STE ']"
    ok = fill_pdf(g28, {box: True})  # True picks the single 'on' state
    assert ok.report.ok
    assert _value(ok.pdf, box, tmp_path) == " STE "
    assert fill_pdf(g28, {box: "yes please"}).report.refused
    assert fill_pdf(g28, {box: 1}).report.refused[0].reason.startswith("a check box takes")


def test_combo_box_takes_only_its_options(g28, tmp_path):
    state = SAMPLES["g-28"]["combo"][0]
    assert fill_pdf(g28, {state: "Illinois"}).report.refused[0].reason == "not one of the 63 options of this list"
    assert fill_pdf(g28, {state: True}).report.refused
    ok = fill_pdf(g28, {state: "PR"})
    assert ok.report.ok and _value(ok.pdf, state, tmp_path) == "PR"


def test_text_that_cannot_be_shown_is_refused(g28):
    name = SAMPLES["g-28"]["text"]
    refused = {r.name: r.reason for r in fill_pdf(g28, {name: "Nguy\u1ec5n"}).report.refused}
    assert refused[name] == "characters U+1EC5 cannot be shown in the form's font"
    assert fill_pdf(g28, {name: "Mu\u00f1oz"}).report.ok  # Latin-1 letters are in WinAnsi
    assert fill_pdf(g28, {name: "two\nlines"}).report.refused[0].reason.startswith("this box holds one line")
    assert fill_pdf(g28, {name: "tab\there"}).report.refused[0].reason.startswith("the answer holds control")
    assert fill_pdf(g28, {name: False}).report.refused[0].reason == "a text box takes text, not a yes/no value"


def test_too_long_for_the_box_shrinks_then_refuses(g28):
    name = SAMPLES["g-28"]["text"]  # 174 pt wide, 10 pt Courier: 28 characters fit
    shrunk = fill_pdf(g28, {name: "A" * 34})
    assert shrunk.report.ok
    assert shrunk.report.notes[0].message.startswith("set in ") and "instead of 10 pt" in shrunk.report.notes[0].message
    refused = fill_pdf(g28, {name: "A" * 60})
    assert refused.report.refused[0].reason == "the answer is too long for its box on the form"
    long_ml = fill_pdf(g28, {SAMPLES["g-28"]["multiline"]: "word " * 2000})
    assert long_ml.report.refused[0].reason == "the answer is too long for its box on the form"


def test_barcode_and_unknown_fields_are_refused(i589):
    barcode = next(f.name for f in list_fields(i589) if f.barcode)
    result = fill_pdf(i589, {barcode: "X", "no.such.field": "Y"})
    reasons = [r.reason for r in result.report.refused]
    assert reasons == ["the PDF417 barcode is computed by the form's own script; it is left alone",
                       "the form has no field with this name"]


def test_read_only_fields_are_filled_with_a_note_unless_refused(g28, tmp_path):
    apt = "form1[0].#subform[0].Line3b_AptSteFlrNumber[0]"  # read-only until XFA script unlocks it
    assert next(f for f in list_fields(g28) if f.name == apt).read_only
    result = fill_pdf(g28, {apt: "1200"})
    assert result.report.ok
    assert result.report.notes[0].message.startswith("read-only in the blank")
    assert _value(result.pdf, apt, tmp_path) == "1200"
    assert fill_pdf(g28, {apt: "1200"}, fill_read_only=False).report.refused[0].reason == "the field is read-only"


def test_clearing_values(g28, tmp_path):
    s = SAMPLES["g-28"]
    filled = fill_pdf(g28, {s["text"]: "DOE", s["checkbox"][0]: True}).pdf
    cleared = fill_pdf(filled, {s["text"]: "", s["checkbox"][0]: False})
    assert cleared.report.ok
    path = tmp_path / "c.pdf"
    path.write_bytes(cleared.pdf)
    fields = qpdf_fields(path)
    assert fields[s["text"]]["value"] is None
    assert fields[s["checkbox"][0]]["value"] == "/Off"


def test_radio_with_opt_index_states(tmp_path):
    pdf = radio_with_opt_pdf()
    info = {f.name: f for f in list_fields(pdf)}
    assert info["choice"].kind == "radio"
    assert info["choice"].on_states == ("0", "1")
    assert info["choice"].options == (("Yes, I agree", "Yes, I agree"), ("No", "No"))
    result = fill_pdf(pdf, {"choice": "No", "down_only": True})
    assert result.report.ok, result.report.refused
    path = tmp_path / "radio.pdf"
    path.write_bytes(result.pdf)
    assert qpdf_check(path).returncode == 0
    fields = qpdf_fields(path)
    assert fields["choice"]["value"] == "/1"  # the state is the widget index; /Opt gives its meaning
    assert fields["down_only"]["value"] == "/Yes"
    assert fields["down_only"]["annotation"]["appearancestate"] == "/Yes"  # an 'on' appearance was drawn
    assert fill_pdf(pdf, {"choice": "Maybe"}).report.refused[0].reason.startswith("not an export value")


def test_nothing_touches_the_disk(g28, env_dirs, monkeypatch):
    """Client data never reaches a file: no open() for writing, no temp files, nothing in TMPDIR."""
    canary = "CANARY-7F3A"
    real_open = builtins.open

    def guarded_open(file, mode="r", *args, **kwargs):
        if any(c in mode for c in "wax+"):
            raise AssertionError(f"fill_pdf opened {file!r} for writing")
        return real_open(file, mode, *args, **kwargs)

    def no_temp(*a, **k):
        raise AssertionError("fill_pdf made a temporary file")

    monkeypatch.setattr(builtins, "open", guarded_open)
    for name in ("mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile"):
        monkeypatch.setattr(tempfile, name, no_temp)
    result = fill_pdf(g28, {SAMPLES["g-28"]["text"]: canary}, flatten_form=True)
    monkeypatch.undo()
    assert canary.encode() in result.pdf
    for root, _, files in os.walk(env_dirs):
        assert not files, f"files appeared in {root}: {files}"


def test_ruled_boxes_follow_the_xfa_line_spacing(tmp_path):
    """The I-918 'Additional Information' box is ruled every 18 pt and its XFA says lineHeight
    17.5 pt: the appearance keeps that spacing instead of 1.15 x the font size."""
    import re

    from pypdf import PdfReader

    blank = (SHARED_USCIS / "i-918.pdf").read_bytes()
    name = SAMPLES["i-918"]["multiline"]
    result = fill_pdf(blank, {name: "word " * 60})
    assert result.report.ok
    path = tmp_path / "ruled.pdf"
    path.write_bytes(result.pdf)
    field = PdfReader(str(path)).get_fields()[name]
    annot = field.indirect_reference.get_object() if field.indirect_reference else None
    ap = annot["/AP"]["/N"].get_object().get_data().decode("latin-1")
    ys = [float(y) for y in re.findall(r"1 0 0 1 [\d.]+ ([\d.]+) Tm", ap)]
    assert len(ys) >= 3
    assert {round(a - b, 2) for a, b in zip(ys, ys[1:])} == {17.5}


def test_need_appearances_blank_gets_its_values_drawn(tmp_path):
    from forms_testkit import handmade_pdf

    pdf = handmade_pdf({
        1: b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] /NeedAppearances true"
           b" /DA (/Helv 10 Tf 0 g) >> >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Annots [4 0 R] >>",
        4: b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (name) /V (Already here) /F 4 /Rect [20 100 220 120] >>",
    })
    result = fill_pdf(pdf, {})
    path = tmp_path / "na.pdf"
    path.write_bytes(result.pdf)
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    assert "/NeedAppearances" not in reader.trailer["/Root"]["/AcroForm"]
    annot = reader.pages[0]["/Annots"][0].get_object()
    assert b"Tj" in annot["/AP"]["/N"].get_object().get_data()
