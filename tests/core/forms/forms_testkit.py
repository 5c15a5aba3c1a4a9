"""Shared helpers for the forms-engine tests: sample values per official blank, independent readers
(pypdf, pdftk-java, qpdf) and renderers (pdftoppm, PDFium).

Every helper writes only where it is told (a test's tmp_path), never beside the blanks.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

# Every official blank the app knows (editions.py), so recognition, fill and read-back tests cover each;
# the last three are also the ones test_fill_cache expects the three-blank cache to keep.
FORMS = ("i-589", "i-918", "i-918supa", "i-918supb", "i-360", "g-28", "i-765", "i-912", "i-730", "i-485", "i-131")
REPO = Path(__file__).resolve().parents[3]
SHARED_USCIS = REPO.parent / "shared" / "uscis"
SCREENSHOTS = REPO / "screenshots" / "forms"

LONG_TEXT = ("The applicant was detained for three days in 2019 and again in 2021 because of her work "
             "with a women's rights group; a neighbour saw the second arrest.")

# Per form: a plain text field, a MaxLen field, a comb field, a multiline field, a check box with
# its exact export value (spaced where the form has such values) and a combo box with an option.
SAMPLES: dict[str, dict] = {
    "i-589": {
        "text": "form1[0].#subform[0].PtAILine4_LastName[0]",
        "maxlen": "form1[0].#subform[0].PtAILine1_ANumber[0]",
        "comb": "form1[0].#subform[10].USCISOnlineAcctNumber[0]",
        "multiline": "form1[0].#subform[13].TextField32[0]",
        "checkbox": ("form1[0].#subform[0].PartALine9Sex[1]", "F"),
        "combo": None,  # the I-589 has no choice field at all
    },
    "i-918": {
        "text": "form1[0].#subform[0].Pt1Line1a_FamilyName[0]",
        "maxlen": "form1[0].#subform[0].P1_Line4c_AptSteFlrNumber[0]",
        "comb": "form1[0].#subform[0].P1_Line5_AlienNumber[0]",
        "multiline": "form1[0].#subform[10].P8_Line3d_AdditionalInfo[0]",
        "checkbox": ("form1[0].#subform[0].P1_Line4c_Unit[0]", " STE "),
        "combo": ("form1[0].#subform[0].P1_Line4e_State[0]", "IL"),
    },
    "i-918supa": {
        "text": "form1[0].#subform[0].Pt1Line1a_FamilyName[0]",
        "maxlen": "form1[0].#subform[0].AttorneyStateBarNumber[0]",
        "comb": "form1[0].#subform[0].Part2_Line3_AlienNumber[0]",
        "multiline": "form1[0].#subform[12].P8_Line3d_AdditionalInfo[0]",
        "checkbox": ("form1[0].#subform[0].Pt3Line3b_Unit[0]", " FLR "),
        "combo": ("form1[0].#subform[0].Pt3Line3d_State[0]", "IL"),
    },
    "i-918supb": {
        "text": "form1[0].#subform[0].Pt1Line2a_FamilyName[0]",
        "maxlen": "form1[0].#subform[0].prt1\\.no5_Address[0].StreetNumberName[0]",
        "comb": "form1[0].#subform[0].Part1_Line1_AlienNumber[0]",
        "multiline": "form1[0].#subform[2].Part3_Line7_Explanation[0]",
        "checkbox": ("form1[0].#subform[0].prt1\\.no5_Address[0].P3_Line4c_Unit[0]", " STE "),
        "combo": ("form1[0].#subform[0].prt1\\.no5_Address[0].State[0]", "IL"),
    },
    "i-360": {
        "text": "form1[0].#subform[0].Pt1Line1_FamilyName[0]",
        "maxlen": "form1[0].#subform[0].Pt1Line6_StreetNumberName[0]",
        "comb": "form1[0].#subform[0].#area[1].Pt1Line3_SSN[0]",
        "multiline": "form1[0].#subform[9].Pt9Line4_Summary[0]",
        "checkbox": ("form1[0].#subform[0].Pt1Line6_Unit[0]", " STE "),
        "combo": ("form1[0].#subform[0].Pt1Line6_State[0]", "IL"),
    },
    "g-28": {
        "text": "form1[0].#subform[0].Pt1Line2a_FamilyName[0]",
        "maxlen": "form1[0].#subform[0].Line4_DaytimeTelephoneNumber[0]",
        "comb": "form1[0].#subform[0].#area[0].Pt1Line1_USCISOnlineAcctNumber[0]",
        "multiline": "form1[0].#subform[3].Pt9Line3d_AdditionalInfo[0]",
        "checkbox": ("form1[0].#subform[0].Line3b_Unit[0]", " STE "),
        "combo": ("form1[0].#subform[0].Line3d_State[0]", "IL"),
    },
    "i-765": {
        "text": "form1[0].Page1[0].Line1a_FamilyName[0]",
        "maxlen": "form1[0].Page2[0].Pt2Line7_CityOrTown[0]",
        "comb": "form1[0].Page2[0].Line12b_SSN[0]",
        "multiline": "form1[0].Page7[0].Pt6Line7d_AdditionalInfo[0]",
        "checkbox": ("form1[0].Page2[0].Pt2Line7_Unit[0]", " STE "),
        "combo": ("form1[0].Page2[0].Pt2Line7_State[0]", "IL"),
    },
    "i-912": {
        "text": "form1[0].#subform[0].P2_L2_FamilyName[0]",
        "maxlen": "form1[0].#subform[5].P9_L3c_City[0]",
        "comb": "form1[0].#subform[0].P2_Line3_AlienNumber[0]",
        "multiline": "form1[0].#subform[7].Part11_Line5d_AdditionalInfo[0]",
        "checkbox": ("form1[0].#subform[5].P9_LB_Unit[1]", " STE "),
        "combo": ("form1[0].#subform[5].P9_L3d_State[0]", " IL"),  # this form's state options start with a space
    },
    "i-730": {
        "text": "F[0].P4[0].Pt1Line1_FamilyName[0]",
        "maxlen": "F[0].P4[0].P1_Line2_City[0]",
        "comb": "F[0].#subform[1].Part1_Item9_AlienNum[0]",
        "multiline": "F[0].#subform[6].Explanation[0]",
        "checkbox": ("F[0].P4[0].P1_Line2_Unit[0]", " STE "),
        "combo": ("F[0].P4[0].P1_Line2_State[0]", "IL"),
    },
    "i-485": {
        "text": "form1[0].#subform[0].Pt1Line1_FamilyName[0]",
        "maxlen": "form1[0].#subform[1].Pt1Line10_CityTown[0]",
        "comb": "form1[0].#subform[0].AlienNumber[0]",
        "multiline": "form1[0].#subform[24].P14_Line3_AdditionalInfo[0]",
        "checkbox": ("form1[0].#subform[2].Pt1Line18US_Unit[0]", " STE "),
        "combo": ("form1[0].#subform[1].Pt1Line10_State[0]", "IL"),
    },
    "i-131": {
        "text": "form1[0].P4[0].Part2_Line1_FamilyName[0]",
        "maxlen": "form1[0].P5[0].Part2_Line3_CityTown[0]",
        "comb": "form1[0].P5[0].#area[0].Part2_Line5_AlienNumber[0]",
        "multiline": "form1[0].#subform[13].Part13_Line6_AdditionalInfo[0]",
        "checkbox": ("form1[0].P5[0].Part2_Line3_Unit[0]", " STE "),
        "combo": ("form1[0].P5[0].Part2_Line3_State[0]", "IL"),
    },
}


def vault_with_attorney(attorney: dict):
    """A pytest fixture named ``vault``: a throw-away real vault (no keyring, floor KDF parameters)
    whose attorney profile is ``attorney``, closed after the test. A map test module that needs
    nothing more says ``vault = vault_with_attorney(ATTORNEY)``."""

    @pytest.fixture
    def vault(tmp_path):
        from workbench.core.vault.store import Vault

        v, _recovery = Vault.create(tmp_path / "v", "long passphrase here", store=None, calibrate=False)
        try:
            v.set_meta("attorney_profile", json.dumps(attorney))
            yield v
        finally:
            v.close()

    return vault


def client_document_filler(form_id: str):
    """A pytest fixture named ``fill``: ``fill(doc, today=None, member=None) -> (values, FormResult)`` imports a
    golden-client document (client.json, changed by the test) into a fresh real vault with its attorney profile,
    fills the official ``form_id`` blank from ../shared/uscis through the app's service and reads every field back
    with pypdf (a check box as bool, text as str). ``today`` defaults to the document's own. A map test module says
    ``fill = client_document_filler("i-485")``."""

    @pytest.fixture
    def fill(tmp_path):
        import io
        from datetime import date

        from pypdf import PdfReader

        from workbench.core.forms.blanks import add_blank
        from workbench.core.forms.service import fill_matter_form
        from workbench.core.interchange import import_matter
        from workbench.core.vault.store import Vault

        blank = SHARED_USCIS / f"{form_id}.pdf"
        if not blank.exists():
            pytest.fail(f"{blank} is missing: the {form_id} tests need ../shared/uscis beside the repository")
        blanks = tmp_path / "blanks"
        blanks.mkdir()
        add_blank(blank.read_bytes(), blanks)
        opened = []

        def run(doc: dict, today: date | None = None, member: str | None = None):
            vault, _ = Vault.create(tmp_path / f"vault{len(opened)}", "form test passphrase", store=None,
                                    calibrate=False)
            opened.append(vault)
            vault.set_meta("attorney_profile", json.dumps(doc["attorney"]))
            with vault.session() as s:
                matter_id = import_matter(s, doc["matter"]).matter_id
            with vault.session() as s:
                result = fill_matter_form(s, form_id, matter_id, member_id=member, blanks_folder=blanks,
                                          today=today or date.fromisoformat(doc["today"]))
            values = {}
            for name, f in (PdfReader(io.BytesIO(result.pdf)).get_fields() or {}).items():
                v = f.get("/V")
                values[name] = ((v not in (None, "/Off", "Off", "")) if f.get("/FT") == "/Btn"
                                else ("" if v is None else str(v)))
            return values, result

        try:
            yield run
        finally:
            for vault in opened:
                vault.close()

    return fill


def sample_values(form_id: str, fields) -> dict:
    """The sample answers for ``form_id``: the named fields plus the first writable text fields."""
    s = SAMPLES[form_id]
    by_name = {f.name: f for f in fields}
    values: dict = {s["text"]: "DOE-MARTINEZ"}
    maxlen = by_name[s["maxlen"]].max_length
    values[s["maxlen"]] = ("1234567890123456789012345678901234")[:maxlen]
    comb = by_name[s["comb"]].max_length
    values[s["comb"]] = ("987654321098")[:comb]
    values[s["multiline"]] = LONG_TEXT
    name, state = s["checkbox"]
    values[name] = state
    if s["combo"]:
        values[s["combo"][0]] = s["combo"][1]
    extra = [f for f in fields if f.kind == "text" and not f.read_only and not f.barcode and f.name not in values
             and not f.comb and not f.multiline and (f.max_length or 99) >= 8]
    for i, f in enumerate(extra[:8]):
        values[f.name] = f"SAMPLE {i}"
    return values


def require(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"{tool} is not installed: run .ci/system-deps (Debian package list in .ci/debian-packages.txt)")
    return path


def run(args: list[str], **kw) -> subprocess.CompletedProcess:
    require(args[0])
    return subprocess.run(args, capture_output=True, timeout=120, **kw)


def pdftk_values(path: Path) -> dict[str, str]:
    """Field name -> value as pdftk-java reads them (an independent, iText-based reader)."""
    out = run(["pdftk", str(path), "dump_data_fields_utf8"]).stdout.decode("utf-8")
    values: dict[str, str] = {}
    for block in out.split("---"):
        name = value = None
        for line in block.splitlines():
            if line.startswith("FieldName: "):
                name = line[len("FieldName: "):]
            elif line.startswith("FieldValue: "):
                value = line[len("FieldValue: "):]
        if name is not None and value is not None:
            values[name] = value
    return values


def qpdf_fields(path: Path) -> dict[str, dict]:
    """Field name -> qpdf's JSON description (qpdf has its own parser and form model)."""
    out = run(["qpdf", "--json=2", "--json-key=acroform", str(path)])
    data = json.loads(out.stdout)
    return {f["fullname"]: f for f in data["acroform"]["fields"]}


def qpdf_check(path: Path) -> subprocess.CompletedProcess:
    return run(["qpdf", "--check", str(path)])


def pypdf_values(path: Path) -> dict[str, object]:
    from pypdf import PdfReader

    fields = PdfReader(str(path)).get_fields() or {}
    return {name: f.get("/V") for name, f in fields.items()}


def render_poppler(path: Path, page: int, out_dir: Path, dpi: int = 100):
    """Page ``page`` (1-based) as a greyscale PIL image, rendered by poppler's pdftoppm."""
    from PIL import Image

    stem = out_dir / f"{path.stem}-p{page}"
    run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", "-png", str(path), str(stem)])
    return Image.open(f"{stem}.png").convert("L")


def render_pdfium(path: Path, page: int, dpi: int = 100):
    """Page ``page`` (1-based) as a greyscale PIL image, rendered by PDFium with forms drawn (as Chrome)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        pdf.init_forms()
        image = pdf[page - 1].render(scale=dpi / 72, may_draw_forms=True).to_pil().convert("L")
    finally:
        pdf.close()
    return image


def changed_pixels(a, b, rect, page_height: float, dpi: int = 100, threshold: int = 80) -> int:
    """How many pixels inside ``rect`` (PDF points) differ clearly between two renders."""
    scale = dpi / 72
    x0, y0, x1, y1 = rect
    box = (int(x0 * scale) + 1, int((page_height - y1) * scale) + 1, int(x1 * scale) - 1, int((page_height - y0) * scale) - 1)
    pa, pb = a.crop(box).tobytes(), b.crop(box).tobytes()
    return sum(1 for p, q in zip(pa, pb) if abs(p - q) > threshold)


def page_height(path: Path, page: int) -> float:
    from pypdf import PdfReader

    box = PdfReader(str(path)).pages[page - 1].mediabox
    return float(box.top)


def reportlab_pdf(text_lines: list[str], with_field: bool = False) -> bytes:
    """A small PDF made with ReportLab (in memory): a page with the given lines, maybe a text field."""
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    y = 750
    for line in text_lines:
        c.drawString(72, y, line)
        y -= 20
    if with_field:
        c.acroForm.textfield(name="applicant_name", x=72, y=600, width=200, height=20, maxlen=10)
        c.acroForm.checkbox(name="agree", x=72, y=560, size=14, buttonStyle="check")
    c.showPage()
    c.save()
    return buf.getvalue()


def handmade_pdf(objects: dict[int, bytes], root: int = 1) -> bytes:
    """A PDF assembled by hand from ``{number: object body}`` with a correct xref table.

    Written without any PDF library so that tests of our parser do not depend on our own writer.
    """
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n"
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f\r\n" % size
    for num in range(1, size):
        out += (b"%010d 00000 n\r\n" % offsets[num]) if num in offsets else b"0000000000 65535 f\r\n"
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, root, xref)
    return bytes(out)


def stream(body: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(body), extra) + body + b"\nendstream"


def radio_with_opt_pdf() -> bytes:
    """A radio group whose widgets name their states /0 and /1 and export /Opt texts (12.7.4.2.4),
    plus a check box whose only 'on' appearance is in /D."""
    on = stream(b"q 0 g 2 2 8 8 re f Q", b"/Type /XObject /Subtype /Form /BBox [0 0 12 12]")
    off = stream(b"", b"/Type /XObject /Subtype /Form /BBox [0 0 12 12]")
    return handmade_pdf({
        1: b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R 9 0 R] /DA (/Helv 0 Tf 0 g) >> >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Annots [5 0 R 6 0 R 9 0 R] >>",
        4: b"<< /FT /Btn /Ff 49152 /T (choice) /Opt [(Yes, I agree) (No)] /Kids [5 0 R 6 0 R] /V /Off >>",
        5: b"<< /Type /Annot /Subtype /Widget /Parent 4 0 R /P 3 0 R /F 4 /Rect [20 150 32 162] /AS /Off"
           b" /AP << /N << /0 7 0 R /Off 8 0 R >> >> >>",
        6: b"<< /Type /Annot /Subtype /Widget /Parent 4 0 R /P 3 0 R /F 4 /Rect [20 120 32 132] /AS /Off"
           b" /AP << /N << /1 7 0 R /Off 8 0 R >> >> >>",
        7: on,
        8: off,
        9: b"<< /Type /Annot /Subtype /Widget /FT /Btn /T (down_only) /P 3 0 R /F 4 /Rect [20 90 32 102]"
           b" /MK << /CA (4) >> /AS /Off /AP << /N << /Off 8 0 R >> /D << /Yes 7 0 R /Off 8 0 R >> >> >>",
    })
