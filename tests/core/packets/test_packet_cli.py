"""``workbench packet build|order``, ``workbench visit-kit`` and ``workbench report``, run as real
processes on a real vault; the PDFs are read back with pypdf and pdftotext, the CSVs with csv."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import date

from pypdf import PdfReader

from tests.conftest import SHARED_USCIS
from tests.core.packets.conftest import pdftotext
from tests.support.vaults import PASSPHRASE
from workbench.core.model import TimeEntry


def run(*args: str):
    env = {**os.environ, "WORKBENCH_PASSPHRASE": PASSPHRASE, "WORKBENCH_NO_KEYRING": "1"}
    return subprocess.run([sys.executable, "-m", "workbench", *args], capture_output=True, text=True, env=env,
                          timeout=180)


def test_packet_build_and_order_from_the_command_line(packet_vault, tmp_path):
    vault, matter_id, docs = packet_vault
    folder = str(vault.folder)
    vault.close()
    for form in ("g-28", "i-589"):  # into the user's blanks folder, as an attorney would
        r = run("forms", "add-blank", str(SHARED_USCIS / f"{form}.pdf"))
        assert r.returncode == 0, r.stderr
    order = [docs["report"], docs["decl"], docs["photo"]]
    r = run("--vault", folder, "packet", "order", "--matter", matter_id, "--set", *order)
    assert r.returncode == 0, r.stderr
    listed = [line.split()[:2] for line in r.stdout.splitlines()]
    assert listed == [["A", docs["report"]], ["B", docs["decl"]], ["C", docs["photo"]]]

    out = tmp_path / "packet.pdf"
    r = run("--vault", folder, "packet", "build", "--matter", matter_id, "--filing", "i-589",
            "--out", str(out))
    assert r.returncode == 0, r.stderr
    reader = PdfReader(out)
    pages = len(reader.pages)
    assert f"{pages} pages, 3 exhibit(s)" in r.stdout and "plaintext" in r.stdout
    assert "Checklist for" in r.stdout and "[ ]" in r.stdout
    text = pdftotext(out.read_bytes())
    assert f"Page {pages} of {pages}" in text
    # the exhibits come in the order set above: the report's pages before the declaration's
    assert 0 < text.index("COUNTRY-REPORT") < text.index("DECLARATION-OF-ANA")
    assert "[1/" in r.stderr  # progress went to stderr

    r = run("--vault", folder, "packet", "build", "--matter", matter_id, "--filing", "no-such-filing",
            "--out", str(tmp_path / "x.pdf"))
    assert r.returncode != 0 and "no-such-filing" in r.stderr and not (tmp_path / "x.pdf").exists()
    r = run("--vault", folder, "packet", "order", "--matter", matter_id, "--set", "not-a-document")
    assert r.returncode != 0 and r.stderr.strip()


def test_visit_kit_in_spanish_prints_only_the_matter_number_unless_asked(packet_vault, tmp_path):
    vault, matter_id, _docs = packet_vault
    folder = str(vault.folder)
    vault.close()
    out = tmp_path / "kit-es.pdf"
    r = run("--vault", folder, "visit-kit", "--matter", matter_id, "--lang", "es", "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert "matter number only" in r.stdout
    text = pdftotext(out.read_bytes())
    assert "NIJC-2031-0042" in text and "Reyes" not in text and "A087654321" not in text
    assert "Declaración" in text or "declaración" in text
    out = tmp_path / "kit-en.pdf"
    r = run("--vault", folder, "visit-kit", "--matter", matter_id, "--out", str(out), "--include", "name,a_number")
    assert r.returncode == 0, r.stderr
    text = pdftotext(out.read_bytes())
    assert "Reyes" in text and "A087654321" in text.replace("-", "").replace(" ", "")


def test_reports_of_hours_and_matters_as_csv_and_pdf(packet_vault, tmp_path):
    vault, matter_id, _docs = packet_vault
    with vault.session() as s:
        for d, minutes in ((date(2031, 1, 5), 90), (date(2031, 1, 20), 45), (date(2031, 2, 2), 30)):
            s.add(TimeEntry(matter_id=matter_id, work_date=d, minutes=minutes))
    folder = str(vault.folder)
    vault.close()
    out = tmp_path / "hours.csv"
    r = run("--vault", folder, "report", "hours", "--out", str(out))
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert "client names left out" in r.stdout
    assert rows[-1]["matter"] == "TOTAL" and int(rows[-1]["minutes"]) == 165 and rows[-1]["hours"]
    by_month = {row["month"]: row for row in rows[:-1]}
    assert set(by_month) == {"2031-01", "2031-02"}
    assert int(by_month["2031-01"]["minutes"]) == 135 and int(by_month["2031-02"]["minutes"]) == 30
    assert {row["matter"] for row in rows[:-1]} == {"NIJC-2031-0042"}
    assert all("Reyes" not in v for row in rows for v in row.values())

    r = run("--vault", folder, "report", "hours", "--out", str(tmp_path / "jan.csv"), "--start", "2031-01-10",
            "--end", "2031-01-31")
    jan = list(csv.DictReader(io.StringIO((tmp_path / "jan.csv").read_text(encoding="utf-8"))))
    assert r.returncode == 0 and [int(row["minutes"]) for row in jan] == [45, 45]  # the month, then TOTAL

    out = tmp_path / "matters.pdf"
    r = run("--vault", folder, "report", "matters", "--out", str(out), "--with-client-names")
    assert r.returncode == 0, r.stderr
    text = pdftotext(out.read_bytes())
    assert "Reyes" in text and "affirmative" in text.lower()
    r = run("--vault", folder, "report", "hours", "--out", str(tmp_path / "hours.xlsx"))
    assert r.returncode == 2 and ".csv or .pdf" in r.stderr and not (tmp_path / "hours.xlsx").exists()
