"""Reports of the volunteer's own work (hours by matter and month; matters), as CSV or PDF.

A report is built in memory and leaves the vault only through ``write_export`` (audited), for both
front-ends; by default it names matters by number, not by client (``with_client_names`` opts in).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import WorkbenchError
from ..i18n import translate
from ..queries import reports
from ..vault.store import Vault
from .exports import Exported, write_export

KINDS = ("hours", "matters")
FORMATS = ("csv", "pdf")


@dataclass(frozen=True)
class ReportExport:
    """The export written and how many rows the report held."""

    exported: Exported
    rows: int

    @property
    def changes(self):
        return self.exported.changes


def report_format(path: Path) -> str:
    """``csv`` or ``pdf`` from the file name, or a sentence saying what is accepted."""
    fmt = Path(path).suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise WorkbenchError(translate("reports", "Save the report as a .csv or .pdf file, not {name}.")
                             .format(name=Path(path).name))
    return fmt


def build_report(vault: Vault, which: str, fmt: str, *, start: date | None = None, end: date | None = None,
                 with_client_names: bool = False) -> tuple[bytes, int]:
    """The report's bytes (in memory) and its row count."""
    if which not in KINDS or fmt not in FORMATS:
        raise WorkbenchError(translate("reports", "There is no {which} report as {fmt}.").format(which=which, fmt=fmt))
    with vault.session() as s:
        if which == "hours":
            rows = reports.hours_by_matter_month(s, start=start, end=end, with_client_names=with_client_names)
            return (reports.hours_csv(rows) if fmt == "csv" else reports.hours_pdf(rows)), len(rows)
        rows = reports.matters_report(s, with_client_names=with_client_names)
        return (reports.matters_csv(rows) if fmt == "csv" else reports.matters_pdf(rows)), len(rows)


def export_report(vault: Vault, which: str, destination: Path, fmt: str | None = None, *,
                  start: date | None = None, end: date | None = None,
                  with_client_names: bool = False) -> ReportExport:
    """Build the report and write it where the user chose (format from the name unless given)."""
    fmt = fmt or report_format(destination)
    data, count = build_report(vault, which, fmt, start=start, end=end, with_client_names=with_client_names)
    what = f"{which} report ({fmt})" + (" with client names" if with_client_names else "")
    return ReportExport(write_export(vault, Path(destination), data, what=what, entity="vault"), count)
