"""The in-memory PDF layer on files other than the USCIS blanks: every standard encryption, a
password, damaged files, and the object syntax round trip."""

from __future__ import annotations

import io

import pytest
from forms_testkit import handmade_pdf, pdftk_values, qpdf_check, reportlab_pdf

from workbench.core.forms._pdf_document import PdfDocument
from workbench.core.forms._pdf_syntax import Name, Ref, Stream, parse_one, to_bytes
from workbench.core.forms.pdf_fill import PdfOpenError, fill_pdf, list_fields


def _encrypted(pdf: bytes, algorithm: str, user: str = "") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user, owner_password="owner-secret", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("algorithm", ["RC4-40", "RC4-128", "AES-128", "AES-256-R5", "AES-256"])
def test_every_standard_encryption_opens_with_the_empty_password(algorithm, tmp_path):
    pdf = _encrypted(reportlab_pdf(["Encrypted sample"], with_field=True), algorithm)
    assert [f.name for f in list_fields(pdf)] == ["applicant_name", "agree"]
    result = fill_pdf(pdf, {"applicant_name": "ROE", "agree": True})
    assert result.report.ok, result.report.refused
    path = tmp_path / "out.pdf"
    path.write_bytes(result.pdf)
    assert qpdf_check(path).returncode == 0
    assert pdftk_values(path)["applicant_name"] == "ROE"


def test_a_user_password_is_needed_and_accepted(tmp_path):
    pdf = _encrypted(reportlab_pdf(["Locked"], with_field=True), "AES-128", user="s3cret")
    with pytest.raises(PdfOpenError, match="password"):
        list_fields(pdf)
    assert len(list_fields(pdf, password="s3cret")) == 2
    assert len(list_fields(pdf, password="owner-secret")) == 2  # the owner password opens it too


@pytest.mark.parametrize("data", [b"", b"%PDF-1.7\n garbage ( without end", b"hello world", b"%PDF-1.4\n1 0 obj\n<<"])
def test_damaged_files_raise_a_clear_error(data):
    with pytest.raises(PdfOpenError, match="not a readable PDF"):
        fill_pdf(data, {})


def test_a_broken_xref_is_rebuilt():
    pdf = reportlab_pdf(["Broken xref"], with_field=True)
    broken = pdf.replace(b"startxref", b"startxref\n999999999\n%", 1) if b"startxref" in pdf else pdf
    assert [f.name for f in list_fields(broken)] == ["applicant_name", "agree"]
    k = pdf.rfind(b"xref")
    damaged = pdf[:k] + b"XXXX" + pdf[k + 4:]
    assert len(list_fields(damaged)) == 2


def test_truncated_official_blank_is_refused_or_read(uscis_dir):
    data = (uscis_dir / "g-28.pdf").read_bytes()
    try:
        fields = list_fields(data[: len(data) // 2])
    except PdfOpenError as exc:
        assert "damaged" in str(exc) or "readable" in str(exc)
    else:
        assert isinstance(fields, list)


def test_syntax_round_trip():
    src = (b"<< /A [1 2.5 -3 .5 (x\\(y\\)\\\\z\\101) <4142> true false null 7 0 R] /B#20C /D"
           b" /E << /F (nested (parens) ok) >> >>")
    obj = parse_one(src)
    assert obj["A"] == [1, 2.5, -3, 0.5, b"x(y)\\zA", b"AB", True, False, None, Ref(7, 0)]
    assert obj["B C"] == Name("D") and isinstance(obj["B C"], Name)
    assert obj["E"]["F"] == b"nested (parens) ok"
    assert parse_one(to_bytes(obj)) == obj
    assert to_bytes(Name(" STE ")) == b"/#20STE#20"
    assert to_bytes("Caf\u00e9") == b"(\xfe\xff\x00C\x00a\x00f\x00\xe9)"


def test_handmade_file_with_object_reused_and_free_entries():
    pdf = handmade_pdf({
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] /Contents 5 0 R >>",
        5: b"<< /Length 6 0 R >>\nstream\nq Q\nendstream",
        6: b"4",
    })
    doc = PdfDocument(pdf)
    assert isinstance(doc.get(5), Stream) and doc.get(5).data == b"q Q\n"[:4]
    assert doc.get(4) is None
    out = doc.write()
    assert PdfDocument(out).get(5).data == b"q Q\n"[:4]
