"""Fill a form for a matter: blank + field map + profile -> checks, values, continuation, PDF.

This is the one place that puts the layers together (the CLI and the GUI call it):

1. the blank: the newest added edition of the form (an outdated one only with its warning);
2. the field map of that edition and the matter's profile -> values (``fieldmap.resolve``);
3. checks: missing answers, formats, "N/A"/"None" filled, contradictions (``checks``);
4. Additional Information (``additional_info``): list rows beyond the form's rows, answers too long
   for their box at 8 pt, and explanations the form has no box for become entries, in the order of
   the form; they fill the form's own Additional Information slots, then continuation sheets
   appended to the same PDF (signed and dated, "Page N of M");
5. the PDF, in memory; ``store_output`` keeps it in the vault, encrypted, as a document of the
   matter. Nothing is written in plaintext unless the user exports it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from ..errors import NotFound
from ..i18n import QT_TRANSLATE_NOOP
from ..msg import Msg
from . import blanks as blank_store
from .applicant import MEMBER_APPLICANT_FORMS, member_filing
from .additional_info import (MIN_FONT_SIZE, SEE_CONTINUATION, AdditionalEntry, cell_text, explanations, list_entries,
                              order, placed)
from .checks import WARNING, Check, check_explanations, check_facts, check_resolution, check_skipped_parts
from .continuation import render
from .derived import apply as apply_derived, propose_answers
from .editions import Edition
from .fieldmap import FieldMap, load_map, resolve
from .pdf_fill import FillReport, FormFiller, fill_pdf
from .profile import build_profile

_OVERFLOW_REASONS = ("characters; the box takes at most", "too long for its box", "cannot be shown",
                     "line break")


@dataclass
class FormResult:
    edition: Edition
    pdf: bytes
    checks: list[Check]
    entries: list[AdditionalEntry]  # every Additional Information entry, in the order of the form
    report: FillReport
    warnings: list[str] = field(default_factory=list)
    map_version: int = 1  # the field map that filled it: 1 shipped with the app, higher published (installed_maps)
    map_source: str | None = None  # None: shipped with the app; else "published by <organization> on <date>" (English)

    @property
    def provenance(self) -> str:
        """What filled it, kept with the stored copy: the edition and the map's version, so a form
        filled before the organization published a new map can be traced (and refilled) with its own."""
        source = self.map_source or "shipped with the app"
        return f"{self.edition.form_name} edition {self.edition.edition}, field map version {self.map_version} ({source})"

    @property
    def errors(self) -> list[Check]:
        return [c for c in self.checks if c.severity == "error"]

    @property
    def continuation(self) -> list[AdditionalEntry]:
        """The entries on continuation sheets (those the form's own slots could not hold)."""
        return [e for e in self.entries if e.where == "sheet"]


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
                     flatten: bool = False, today: date | None = None, blanks_folder=None,
                     filing: dict | None = None) -> FormResult:
    """Fill ``form_id`` for the matter (``member_id``: the family member a per-member copy is for);
    ``filing``: the packet this copy is built in (``build_profile``). A form of
    ``MEMBER_APPLICANT_FORMS`` given a ``member_id`` is that member's own copy (their I-765, their
    G-28); a member's G-28 filled outside a packet speaks for the member's own applications
    (``member_filing``), never for the client's filing."""
    blank = blank_store.blank_for(form_id, blanks_folder)
    fmap = load_map(form_id, blank.edition.edition)
    member_applies = form_id if member_id and form_id in MEMBER_APPLICANT_FORMS else False
    if member_applies == "g-28" and filing is None:
        filing = member_filing()
    profile = build_profile(session, matter_id, today=today, member_id=member_id,
                            member_applies=member_applies, filing=filing)
    return fill_profile(blank.path.read_bytes(), blank.edition, fmap, profile, flatten=flatten)


def _set_marker(filler: FormFiller, name: str) -> None:
    """Put the longest "See continuation sheet" the box takes (or leave it empty)."""
    for text in SEE_CONTINUATION:
        if filler.set(name, text) is None:
            return
    filler.set(name, "")


def _put_in_slot(filler: FormFiller, slot: dict, entry: AdditionalEntry) -> bool:
    """Write ``entry`` into one slot of the form's Additional Information part; False (and the slot
    left empty) when any of its boxes refuses its part."""
    parts = {"page": str(entry.page or ""), "part": entry.part or "", "item": entry.item or "", "text": entry.text}
    for role, name in slot.items():
        if filler.set(name, parts[role]) is not None:
            for other in slot.values():
                filler.set(other, "")
            return False
    return True


def fill_profile(pdf: bytes, edition: Edition, fmap: FieldMap, profile: dict, *, flatten: bool = False) -> FormResult:
    """Fill ``pdf`` (an official blank of ``edition``) for ``profile`` through ``fmap``: values,
    Additional Information entries (the form's own slots first, then continuation sheets), checks."""
    profile, derived_checks = apply_derived(fmap.derived, profile)
    profile, proposed = propose_answers(fmap.answer_defaults, fmap.questions, profile)
    derived_checks = derived_checks + proposed
    res = resolve(fmap, profile)
    needed = explanations(fmap, profile)
    checks = (derived_checks + check_resolution(fmap, res) + check_facts(profile) + check_explanations(needed)
              + check_skipped_parts(fmap, res))
    filler = FormFiller(pdf, min_font_size=MIN_FONT_SIZE)
    page = lambda name: filler.position(name)[0] if name in filler.by_name else None  # noqa: E731
    entries: list[AdditionalEntry] = []
    for name, value in res.values.items():
        if name in res.defaults and filler.is_comb(name):
            continue  # numeric comb cells take digits or nothing, never "N/A"
        reason = filler.set(name, value)
        if reason is None:
            continue
        rule = fmap.rules[name]
        if name in res.pointers or (isinstance(value, str) and any(r in reason for r in _OVERFLOW_REASONS)):
            _set_marker(filler, name)
            if name not in res.pointers:
                entries.append(AdditionalEntry(page(name), rule.part, rule.item, cell_text(fmap, rule, value),
                                               anchor=name))
            continue
        checks.append(Check("error", Msg("forms", QT_TRANSLATE_NOOP("forms", "Could not be put on the form "
                                                                     "({reason}): {question}"),
                                         reason=reason, question=rule.q), name, rule.part, rule.item))
    for overflow in res.overflows:
        entries.extend(list_entries(overflow, page(overflow.anchor)))
    for ex in needed:
        if ex.text and ex.anchor:
            entries.append(AdditionalEntry(page(ex.anchor), ex.question.get("part"), ex.question.get("item"),
                                           ex.text, anchor=ex.anchor))
    entries = order(entries, filler.position)
    slots = list(fmap.additional_info.get("slots", []))
    out: list[AdditionalEntry] = []
    for entry in entries:
        if slots and _put_in_slot(filler, slots[0], entry):
            out.append(placed(entry, f"slot {len(fmap.additional_info['slots']) - len(slots) + 1}"))
            slots.pop(0)
        else:
            out.append(placed(entry, "sheet"))
    sheets = [e for e in out if e.where == "sheet"]
    sheet_pdf = None
    if sheets:
        client = profile["client"]
        sheet_pdf = render(sheets, form_label=edition.label, family_name=client.get("family_name") or "",
                           given_name=client.get("given_name") or "", middle_name=client.get("middle_name"),
                           a_number=client.get("a_number"))
    filled = filler.finish(flatten_form=flatten, append=sheet_pdf)
    for entry in out:
        where = (Msg("forms", QT_TRANSLATE_NOOP("forms", "the form's own Additional Information part (space {slot})"),
                     slot=entry.where.split()[-1]) if entry.where != "sheet" else
                 Msg("forms", QT_TRANSLATE_NOOP("forms", "a continuation sheet at the end")))
        checks.append(Check(WARNING, Msg("forms", QT_TRANSLATE_NOOP("forms", "This answer continues in {where}: "
                                                                         "review it there."), where=where),
                            entry.anchor or None, entry.part, entry.item))
    warnings = [edition.warning] if edition.warning else []
    return FormResult(edition, filled.pdf, checks, out, filled.report, warnings, fmap.version,
                      fmap.published_by.english() if fmap.published_by else None)


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
                       description=" ".join(filter(None, (f"Filled with {result.provenance}.",
                                                          str(result.warnings[0]) if result.warnings else None))))
        s.add(doc)
        s.flush()
        return doc.id
