"""Packet benchmark: a ~200-page filing packet (G-28 + I-589 filled from the official blanks, plus
150 pages of exhibits: ten 12-page PDFs, twenty single-page JPEG scans and ten 1-page PDFs),
built end to end by ``build_packet`` from an encrypted vault — decrypting the attachments,
filling and flattening the forms, the cover letter, index, tab pages, page numbers, bookmarks.

Reference, measured in the same run: ``qpdf --empty --pages <the same input PDFs> -- out.pdf``,
a plain concatenation of the filled forms and the exhibits (images pre-converted to PDF), i.e.
the floor of "just put the pages together" with a fast C++ tool (process start included).
Target (issue 7): the whole build <= 3 s.

Second figure: the U visa filing as one packet (issue 16): G-28, I-918, Supplement B, one
Supplement A for each of two family members, I-765 and I-912, every form filled and flattened,
beside qpdf concatenating the same filled forms. Same target.
Synthetic data only: the temp files hold fictional exhibits and public blanks, no client data.
"""

from __future__ import annotations

import io
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
USCIS = REPO.parent / "shared" / "uscis"


def _pdf(marker: str, pages: int) -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter)
    for n in range(1, pages + 1):
        c.setFont("Helvetica", 11)
        for line in range(40):  # a text-heavy page, like a country report
            c.drawString(60, 740 - line * 17, f"{marker} page {n} line {line}: lorem ipsum dolor sit amet " * 1)
        c.showPage()
    c.save()
    return buf.getvalue()


def _jpeg(seed: int) -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (1700, 2200), (250, 250, 245))  # a 200-dpi letter scan
    d = ImageDraw.Draw(img)
    for y in range(100, 2100, 40):
        d.line((100, y, 1600, y + (seed % 7)), fill=(40, 40, 40), width=3)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80)
    return buf.getvalue()


def _setup(folder: Path):
    from workbench.core.forms import blanks
    from workbench.core.model import Client, Document, Matter, enums as E
    from workbench.core.vault.store import Vault

    blanks_dir = folder / "blanks"
    for name in ("g-28", "i-589"):
        blanks.add_blank((USCIS / f"{name}.pdf").read_bytes(), blanks_dir)
    vault, _ = Vault.create(folder / "vault", "benchmark passphrase", store=None, calibrate=False)
    vault.set_meta("attorney_profile", json.dumps({"given_name": "Bench", "family_name": "Mark", "firm": "Firm"}))
    with vault.session() as s:
        m = Matter(client=Client(family_name="Example", given_name="Ana", a_number="A012345678"),
                   kind=E.MatterKind.AFFIRMATIVE_ASYLUM, matter_number="BENCH-1")
        s.add(m)
        s.flush()
        matter_id = m.id
    inputs: list[tuple[str, bytes, str]] = []
    inputs += [(f"Report {n}", _pdf(f"REPORT{n}", 12), "application/pdf") for n in range(10)]
    inputs += [(f"Scan {n}", _jpeg(n), "image/jpeg") for n in range(20)]
    inputs += [(f"Letter {n}", _pdf(f"LETTER{n}", 1), "application/pdf") for n in range(10)]
    for n, (title, data, mt) in enumerate(inputs):
        blob = vault.attachments.put(data)
        with vault.session() as s:
            s.add(Document(matter_id=matter_id, title=title, media_type=mt, size_bytes=blob.size, sha256=blob.sha256,
                           blob_id=blob.blob_id, received_on=date(2031, 1, 1 + n % 28)))
    return vault, matter_id, blanks_dir, inputs


def run(repeat: int = 3) -> dict:
    from workbench.core.packets import build_packet
    from workbench.core.packets.exhibits import image_pages

    result: dict = {"target_s": 3.0}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vault, matter_id, blanks_dir, inputs = _setup(folder)
        try:
            times, packet = [], None
            for _ in range(repeat):
                start = time.perf_counter()
                packet = build_packet(vault, matter_id, "i-589", blanks_folder=blanks_dir, today=date(2031, 2, 1))
                times.append(time.perf_counter() - start)
            exhibit_pages = sum(row.last_page - row.first_page for row in packet.exhibits)  # minus each tab page
            result.update({
                "packet_pages": packet.page_count,
                "exhibit_pages": exhibit_pages,
                "exhibits": len(packet.exhibits),
                "build_packet_s": {"median": round(statistics.median(times), 3), "min": round(min(times), 3),
                                   "runs": len(times)},
                "meets_target": statistics.median(times) <= 3.0,
            })
            qpdf = shutil.which("qpdf")
            if qpdf is None:
                result["qpdf_concatenate"] = "qpdf is not installed: no reference measured"
                return result
            from workbench.core.forms.service import fill_matter_form

            with vault.session() as s:
                forms = [fill_matter_form(s, f, matter_id, flatten=True, blanks_folder=blanks_dir).pdf
                         for f in ("g-28", "i-589")]
            pdfs = forms + [d if mt == "application/pdf" else image_pages(d, t, "Exhibit") for t, d, mt in inputs]
            ref = _qpdf_concatenate(qpdf, pdfs, folder / "in", repeat)
            result["qpdf_concatenate_same_inputs_s"] = ref
            result["ratio_to_qpdf"] = round(statistics.median(times) / ref["median"], 2)
            result["u_visa_filing"] = _u_visa_filing(vault, matter_id, blanks_dir, folder, repeat)
        finally:
            vault.close()
    return result


def _u_visa_filing(vault, asylum_matter_id: str, blanks_dir: Path, folder: Path, repeat: int) -> dict:
    """The whole U visa filing (seven filled forms) as one packet, beside qpdf joining those forms."""
    from workbench.core.forms import blanks
    from workbench.core.forms.service import fill_matter_form
    from workbench.core.model import Matter, Person, enums as E
    from workbench.core.packets import build_packet
    from workbench.core.packets.plan import plan_forms
    from workbench.core.packets.filings import load_filing

    for name in ("i-918", "i-918supa", "i-918supb", "i-765", "i-912"):
        blanks.add_blank((USCIS / f"{name}.pdf").read_bytes(), blanks_dir)
    with vault.session() as s:
        client = s.get(Matter, asylum_matter_id).client
        u = Matter(client=client, kind=E.MatterKind.U_VISA, matter_number="BENCH-U")
        s.add_all([u, Person(client_id=client.id, relation=E.Relationship.SPOUSE, given_name="Luis",
                             family_name="Example", date_of_birth=date(1990, 1, 2)),
                   Person(client_id=client.id, relation=E.Relationship.CHILD, given_name="Sofia",
                          family_name="Example", date_of_birth=date(2015, 3, 4))])
        s.flush()
        u_id = u.id
    enclose = {"i-912": True}
    times, packet = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        packet = build_packet(vault, u_id, "i-918", blanks_folder=blanks_dir, today=date(2031, 2, 1), enclose=enclose)
        times.append(time.perf_counter() - start)
    out = {"packet_pages": packet.page_count, "forms": sum(1 for p in packet.parts if p.title.startswith("Form")),
           "build_packet_s": {"median": round(statistics.median(times), 3), "min": round(min(times), 3),
                              "runs": len(times)},
           "meets_target": statistics.median(times) <= 3.0}
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        out["qpdf_concatenate"] = "qpdf is not installed: no reference measured"
        return out
    with vault.session() as s:
        plan = plan_forms(s, s.get(Matter, u_id), load_filing("i-918"), enclose=enclose)
        filled = [fill_matter_form(s, p.form_id, u_id, member_id=p.member_id, flatten=True,
                                   blanks_folder=blanks_dir).pdf for p in plan if p.enclosed]
    ref = _qpdf_concatenate(qpdf, filled, folder / "u", repeat)
    out["qpdf_concatenate_same_forms_s"] = ref
    out["ratio_to_qpdf"] = round(statistics.median(times) / ref["median"], 2)
    return out


def _qpdf_concatenate(qpdf: str, pdfs: list[bytes], stem: Path, repeat: int) -> dict:
    """The reference: qpdf joining ``pdfs`` (written as ``<stem>NNN.pdf``) into one file; median of
    ``repeat`` timed runs after one warm-up, and the pages it wrote."""
    from pypdf import PdfReader

    files = []
    for n, data in enumerate(pdfs):
        path = stem.with_name(f"{stem.name}{n:03d}.pdf")
        path.write_bytes(data)
        files.append(str(path))
    out = stem.with_name(f"{stem.name}-joined.pdf")
    cmd = [qpdf, "--empty", "--pages", *files, "--", str(out)]
    subprocess.run(cmd, check=True, capture_output=True)
    ref = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        ref.append(time.perf_counter() - start)
    return {"median": round(statistics.median(ref), 3), "pages": len(PdfReader(out).pages)}


if __name__ == "__main__":
    json.dump(run(), sys.stdout, indent=2)
    print()
