"""Golden clients (docs/forms/golden-clients.md): load a client, fill its forms through the
service the app uses, read every field back with two independent readers, compare with the
expected table.

Also a small command for people writing a table by hand::

    python -m tests.core.forms.golden_kit skeleton i-589 > tests/core/forms/golden/<client>/i-589.tsv

writes one row per field of the official blank with the question taken from its tooltip and the
``expected``/``why`` columns empty: the values are decided by reading the question, not the map.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
GOLDEN = Path(__file__).resolve().parent / "golden"
SHARED_USCIS = REPO.parent / "shared" / "uscis"
HEADER = ("field", "question", "expected", "why")
CONT_HEADER = ("page", "part", "item", "text")
CHECKED, UNCHECKED = "[X]", "[ ]"


# ----------------------------------------------------------------------------- TSV cells
def unescape(cell: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", "\\": "\\"}.get(m.group(1), m.group(0)), cell)


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def read_tsv(path: Path, header: tuple[str, ...]) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or tuple(lines[0].split("\t")) != header:
        raise AssertionError(f"{path.name}: the first line must be the header {chr(9).join(header)!r}")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != len(header):
            raise AssertionError(f"{path.name}:{n}: {len(cells)} cells, expected {len(header)}")
        rows.append({k: unescape(v) for k, v in zip(header, cells)})
    return rows


# ----------------------------------------------------------------------------- the official field list
@dataclass(frozen=True)
class BlankField:
    name: str
    type: str
    subtype: str
    max_length: str
    page: int
    tooltip: str

    @property
    def barcode(self) -> bool:
        return "PDF417BarCode" in self.name


def blank_fields(form: str) -> list[BlankField]:
    path = SHARED_USCIS / f"FIELDS-{form}.tsv"
    out = []
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            out.append(BlankField(row["fully_qualified_name"], row["type"], row["subtype"], row["max_length"],
                                  int(row["page"] or 0), row["tooltip_TU"] or ""))
    return out


# ----------------------------------------------------------------------------- a golden client
@dataclass
class GoldenClient:
    name: str
    folder: Path
    about: str
    today: date
    attorney: dict
    forms: dict[str, str]
    matter_doc: dict

    def tables(self) -> list[tuple[str, str | None, Path]]:
        """(form, member person id or None, path) for every expected-value table."""
        out = []
        for path in sorted(self.folder.glob("*.tsv")):
            if path.name.endswith(".continuation.tsv"):
                continue
            form, _, member = path.stem.partition("@")
            out.append((form, member or None, path))
        return out

    def continuation_table(self, form: str, member: str | None) -> Path:
        stem = f"{form}@{member}" if member else form
        return self.folder / f"{stem}.continuation.tsv"


def load_client(folder: Path) -> GoldenClient:
    data = json.loads((folder / "client.json").read_text(encoding="utf-8"))
    return GoldenClient(folder.name, folder, data.get("about", ""), date.fromisoformat(data["today"]),
                        data.get("attorney", {}), data.get("forms", {}), data["matter"])


def all_clients() -> list[GoldenClient]:
    return [load_client(p.parent) for p in sorted(GOLDEN.glob("*/client.json"))]


# ----------------------------------------------------------------------------- reading a filled PDF
def pypdf_read(pdf: bytes) -> dict[str, str]:
    """Field -> value in the golden notation, as pypdf reads it."""
    from pypdf import PdfReader

    out: dict[str, str] = {}
    for name, f in (PdfReader(io.BytesIO(pdf)).get_fields() or {}).items():
        v = f.get("/V")
        if f.get("/FT") == "/Btn":
            out[name] = CHECKED if v not in (None, "/Off", "Off", "") else UNCHECKED
        else:
            out[name] = "" if v is None else str(v)
    return out


def qpdf_read(path: Path) -> dict[str, str]:
    """Field -> value in the golden notation, as qpdf (its own parser and form model) reads it."""
    done = subprocess.run(["qpdf", "--json=2", "--json-key=acroform", str(path)], capture_output=True, check=False)
    if done.returncode not in (0, 3):
        raise AssertionError(f"qpdf could not read the filled form: {done.stderr.decode(errors='replace')}")
    out: dict[str, str] = {}
    for f in json.loads(done.stdout)["acroform"]["fields"]:
        v = f.get("value")
        if f.get("fieldtype") == "/Btn":  # "u:" is an empty string /V (the I-912 root field has /V ""): off
            out[f["fullname"]] = CHECKED if v not in (None, "/Off", "", "u:") else UNCHECKED
        else:
            text = "" if v is None else str(v)
            out[f["fullname"]] = text[2:] if text.startswith(("u:", "b:")) else text
    return out


def normalize(text: str) -> str:
    """Line breaks as the reader returns them (\\r or \\r\\n) compare equal to \\n."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _skeleton(form: str) -> str:
    out = io.StringIO()
    out.write("\t".join(HEADER) + "\n")
    for f in blank_fields(form):
        if f.barcode:
            continue
        question = re.sub(r"\s+", " ", f.tooltip).strip()
        out.write("\t".join((f.name, escape(question), "", "")) + "\n")
    return out.getvalue()


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "skeleton":
        sys.stdout.write(_skeleton(sys.argv[2]))
    else:
        sys.exit("usage: python -m tests.core.forms.golden_kit skeleton FORM")
