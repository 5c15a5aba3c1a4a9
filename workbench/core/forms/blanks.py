"""The official blank PDFs the user has added (the app does not ship USCIS's files).

A blank is public, so it is kept outside the vault, in the app's data folder
(``<user data>/blanks/<sha256>.pdf``), shared by every vault on the computer. Adding one
identifies it first: an unknown form or edition is refused by name, with the editions known.

Only the official file is accepted silently: its sha256 is the one published for the edition
(``editions.official_sha256()``). A file that merely *reads* as a known edition (its page footer
says so) but has other bytes — one flipped byte, a viewer's re-save, a ``qpdf --decrypt``
rewrite — is refused with :class:`NotOfficialBlankError`, or kept when the user explicitly says
so (``add_blank(..., not_official=True)``, ``workbench forms add-blank --not-official``) as
``<sha256>.not-official.pdf``; it then fills as an ``Edition`` with ``official=False`` whose
warning every filled form carries (``FormResult.warnings``).

Which file fills is decided here, not by the folder's listing order: ``stored_blanks`` trusts a
file only if its bytes are official, or its name records that the user accepted it as not
official (so a stored blank changed in place is ignored, never filled); ``blank_for`` prefers a
current edition, then the newest, then the official file over a not-official one of the same
edition.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

import platformdirs

from ..atomic import write_atomic
from ..errors import NotFound, WorkbenchError
from ..i18n import translate
from ..msg import tr
from .editions import Edition, identify, known_editions, official_sha256, recognize

NOT_OFFICIAL_SUFFIX = ".not-official.pdf"


def blanks_dir() -> Path:
    return Path(platformdirs.user_data_dir("ProBonoWorkbench", appauthor=False)) / "blanks"


@dataclass(frozen=True)
class StoredBlank:
    edition: Edition
    path: Path
    sha256: str


class NotOfficialBlankError(WorkbenchError):
    """The PDF reads as a known edition but is not its official file."""

    def __init__(self, edition: Edition, sha256: str) -> None:
        self.edition, self.sha256 = edition, sha256
        super().__init__(translate(
            "forms", "This PDF reads as {label}, but it is not the official file from uscis.gov: its bytes differ "
                     "(it was changed or re-saved, for example by a PDF viewer or 'qpdf --decrypt'). Download the "
                     "blank again from uscis.gov and add that file. To use this copy anyway, add it as not official "
                     "('workbench forms add-blank --not-official FILE.pdf'): every form filled from it then carries "
                     "a warning.").format(label=tr(edition.label)))


def add_blank(pdf: bytes, folder: Path | None = None, *, not_official: bool = False) -> StoredBlank:
    """Recognize ``pdf`` and keep it; raises ``UnknownEditionError`` for an unknown edition and
    ``NotOfficialBlankError`` for a copy that is not the official file (unless ``not_official``)."""
    found = recognize(pdf)
    folder = folder or blanks_dir()
    if found.sha256 in official_sha256():
        edition, path = found.edition, folder / f"{found.sha256}.pdf"
    elif not_official:
        edition, path = replace(found.edition, official=False), folder / f"{found.sha256}{NOT_OFFICIAL_SUFFIX}"
    else:
        raise NotOfficialBlankError(found.edition, found.sha256)
    if not path.exists():
        write_atomic(path, pdf)
    return StoredBlank(edition, path, found.sha256)


def stored_blanks(folder: Path | None = None) -> list[StoredBlank]:
    folder = folder or blanks_dir()
    out, official = [], official_sha256()
    for path in sorted(folder.glob("*.pdf")) if folder.is_dir() else []:
        try:
            data = path.read_bytes()
            digest = hashlib.sha256(data).hexdigest()
            if digest in official:
                out.append(StoredBlank(identify(data), path, digest))
            elif path.name == f"{digest}{NOT_OFFICIAL_SUFFIX}":  # accepted as not official, and unchanged since
                out.append(StoredBlank(replace(identify(data), official=False), path, digest))
            # anything else (changed in place, or kept by an older version by its footer alone) is never filled
        except Exception:
            continue  # a file that is no longer recognized is ignored, never filled
    return out


def blank_for(form_id: str, folder: Path | None = None) -> StoredBlank:
    """The blank to fill for ``form_id``: the current edition if added, else the newest added;
    of two files for one edition, the official one.

    An outdated edition, or a not-official copy, is returned only when nothing better was added;
    callers show its warning (``Edition.warning``).
    """
    candidates = [b for b in stored_blanks(folder) if b.edition.form_id == form_id]
    if not candidates:
        known = ", ".join(tr(e.label) for e in known_editions(form_id)) or translate("forms", "none")
        raise NotFound(translate("forms", "The official blank of {form} has not been added yet. Download it from "
                                          "uscis.gov and add it ('workbench forms add-blank FILE.pdf'). Known "
                                          "editions: {known}.").format(form=form_id.upper(), known=known))
    candidates.sort(key=lambda b: (b.edition.fileable, b.edition.edition[-2:], b.edition.edition, b.edition.official,
                                   b.path.name), reverse=True)
    return candidates[0]
