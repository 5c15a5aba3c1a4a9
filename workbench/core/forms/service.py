"""Fill a form for a matter: blank + field map + profile -> checks, values, continuation, PDF.

This is the one place that puts the layers together (the CLI and the GUI call it):

1. the blank: the newest added edition of the form (an outdated one only with its warning);
2. the field map of that edition and the matter's profile -> values (``fieldmap.resolve``);
3. checks: missing answers, formats, "N/A"/"None" filled, contradictions (``checks``);
4. overflow: list rows beyond the form's rows, and answers the form refuses as too long for
   their box, go to "Additional Information" pages; the box says "See continuation sheet";
5. the PDF, in memory; ``store_output`` keeps it in the vault, encrypted, as a document of the
   matter. Nothing is written in plaintext unless the user exports it.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from ..errors import NotFound
from ..i18n import QT_TRANSLATE_NOOP
from ..msg import Msg
from . import blanks as blank_store
from .checks import Check, check_facts, check_resolution, WARNING
from .continuation import ContinuationEntry, render
from .editions import Edition
from .fieldmap import FieldMap, format_value, load_map, lookup, resolve
from .pdf_fill import FillReport, fill_pdf, list_fields
from .profile import build_profile

SEE_CONTINUATION = ("See continuation sheet", "See cont. sheet", "See cont.", "See")
_ROW = re.compile(r"^(?P<list>[a-z_.]+)\[(?P<i>\d+)\](?:\.(?P<col>[a-z_0-9]+))?$")
_OVERFLOW_REASONS = ("characters; the box takes at most", "too long for its box", "cannot be shown",
                     "line break")


@dataclass
class FormResult:
    edition: Edition
    pdf: bytes
    checks: list[Check]
    continuation: list[ContinuationEntry]
    report: FillReport
    warnings: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[Check]:
        return [c for c in self.checks if c.severity == "error"]


def _group_overflow(fmap: FieldMap, profile: dict, pages: dict[str, int | None]) -> list[ContinuationEntry]:
    """Rows of repeating lists beyond what the form's rows hold."""
    out = []
    for group_id, spec in fmap.groups.items():
        columns: dict[str, object] = {}
        capacity, list_path, first_page, part, item = 0, None, None, spec.get("part"), spec.get("item")
        for rule in fmap.rules.values():
            m = _ROW.match(rule.sources[0]) if rule.group == group_id and rule.sources else None
            if not m:
                continue
            list_path = m.group("list")
            capacity = max(capacity, int(m.group("i")) + 1)
            if m.group("i") == "0":
                columns.setdefault(m.group("col") or "", rule.format)  # "" = the whole row (e.g. a full name)
                first_page = first_page or pages.get(rule.name)
                part, item = part or rule.part, item or rule.item
        rows = lookup(profile, list_path) if list_path else None
        if not isinstance(rows, list) or len(rows) <= capacity:
            continue
        label = spec.get("label", group_id.replace("_", " ").title())
        for n, row in enumerate(rows[capacity:], start=capacity + 1):
            bits = [f"{col.replace('_', ' ').capitalize()}: {format_value(row[col], fmt)}" if col
                    else format_value(row, fmt) for col, fmt in columns.items()
                    if (row if not col else row.get(col)) not in (None, "", [])]
            out.append(ContinuationEntry(first_page, part, item, f"{label} {n}. " + "; ".join(bits)))
    return out


def prepare_blank(form_id: str, blanks_folder=None) -> None:
    """Decode the official blank of ``form_id`` into ``pdf_fill``'s in-memory cache ahead of the
    attorney's first fill, so that fill takes the warm path (~80 ms instead of ~250 ms for the
    I-589). The Forms tab runs it in the background when a form is shown. Public bytes only, kept
    in memory; nothing is written. A missing blank is simply nothing to prepare."""
    try:
        pdf = blank_store.blank_for(form_id, blanks_folder).path.read_bytes()
    except NotFound:
        return
    fill_pdf(pdf, {})


def fill_matter_form(session: Session, form_id: str, matter_id: str, *, member_id: str | None = None,
                     flatten: bool = False, today: date | None = None, blanks_folder=None) -> FormResult:
    blank = blank_store.blank_for(form_id, blanks_folder)
    pdf = blank.path.read_bytes()
    edition = blank.edition
    fmap = load_map(form_id, edition.edition)
    profile = build_profile(session, matter_id, today=today, member_id=member_id)
    res = resolve(fmap, profile)
    checks = check_resolution(fmap, res) + check_facts(profile)
    infos = {f.name: f for f in list_fields(pdf)}
    pages = {name: info.page for name, info in infos.items()}
    continuation = _group_overflow(fmap, profile, pages)

    values = dict(res.values)
    filled = fill_pdf(pdf, values, flatten_form=False)
    moved = []
    for refusal in filled.report.refused:
        rule = fmap.rules.get(refusal.name)
        text = values.get(refusal.name)
        if rule is None or not isinstance(text, str) or not any(r in refusal.reason for r in _OVERFLOW_REASONS):
            checks.append(Check("error", Msg("forms", QT_TRANSLATE_NOOP("forms", "Could not be put on the form "
                                                                         "({reason}): {question}"),
                                             reason=refusal.reason, question=rule.q if rule else refusal.name),
                                refusal.name, rule.part if rule else None, rule.item if rule else None))
            continue
        moved.append(refusal.name)
        continuation.append(ContinuationEntry(pages.get(refusal.name), rule.part, rule.item, f"{rule.q}: {text}"))
        maxlen = infos[refusal.name].max_length if refusal.name in infos else None
        values[refusal.name] = next((s for s in SEE_CONTINUATION if maxlen is None or len(s) <= maxlen), "")
    if moved or flatten:
        filled = fill_pdf(pdf, values, flatten_form=flatten)
    out_pdf = filled.pdf
    warnings = [edition.warning] if edition.warning else []
    if continuation:
        client = profile["client"]
        sheet = render(continuation, form_label=edition.label, family_name=client.get("family_name") or "",
                       given_name=client.get("given_name") or "", middle_name=client.get("middle_name"),
                       a_number=client.get("a_number"))
        out_pdf = _append(out_pdf, sheet)
        checks.append(Check(WARNING, Msg("forms", QT_TRANSLATE_NOOP("forms", "%n answer(s) continue on the "
                                                                         "Additional Information sheet at the end: "
                                                                         "review them."), n=len(continuation))))
    return FormResult(edition, out_pdf, checks, continuation, filled.report, warnings)


def _append(form_pdf: bytes, extra: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(form_pdf)))
    writer.append(PdfReader(io.BytesIO(extra)))
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def store_output(vault, matter_id: str, result: FormResult, when: date | None = None) -> str:
    """Keep the filled PDF in the vault (encrypted) as a document of the matter; returns its id."""
    from ..model import Document

    blob = vault.attachments.put(result.pdf)
    when = when or date.today()
    with vault.session() as s:
        doc = Document(matter_id=matter_id, title=f"{result.edition.form_name} filled {when:%m/%d/%Y}",
                       category="generated form", original_filename=f"{result.edition.form_id}-filled.pdf",
                       media_type="application/pdf", size_bytes=blob.size, sha256=blob.sha256,
                       blob_id=blob.blob_id, received_on=when,
                       description=(str(result.warnings[0]) if result.warnings else None))
        s.add(doc)
        s.flush()
        return doc.id
