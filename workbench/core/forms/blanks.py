"""The official blank PDFs the user has added (the app does not ship USCIS's files).

A blank is public, so it is kept outside the vault, in the app's data folder
(``<user data>/blanks/<sha256>.pdf``), shared by every vault on the computer. Adding one
identifies it first: an unknown form or edition is refused by name, with the editions known.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from ..atomic import write_atomic
from ..errors import NotFound
from ..i18n import translate
from ..msg import tr
from .editions import Edition, identify, known_editions


def blanks_dir() -> Path:
    return Path(platformdirs.user_data_dir("ProBonoWorkbench", appauthor=False)) / "blanks"


@dataclass(frozen=True)
class StoredBlank:
    edition: Edition
    path: Path
    sha256: str


def add_blank(pdf: bytes, folder: Path | None = None) -> StoredBlank:
    """Recognize ``pdf`` and keep it; raises ``UnknownEditionError`` for anything else."""
    edition = identify(pdf)
    digest = hashlib.sha256(pdf).hexdigest()
    path = (folder or blanks_dir()) / f"{digest}.pdf"
    if not path.exists():
        write_atomic(path, pdf)
    return StoredBlank(edition, path, digest)


def stored_blanks(folder: Path | None = None) -> list[StoredBlank]:
    folder = folder or blanks_dir()
    out = []
    for path in sorted(folder.glob("*.pdf")) if folder.is_dir() else []:
        data = path.read_bytes()
        try:
            out.append(StoredBlank(identify(data), path, hashlib.sha256(data).hexdigest()))
        except Exception:
            continue  # a file that is no longer recognized is ignored, never filled
    return out


def blank_for(form_id: str, folder: Path | None = None) -> StoredBlank:
    """The blank to fill for ``form_id``: the current edition if added, else the newest added.

    An outdated edition is returned only when no current one was added; callers show its warning.
    """
    candidates = [b for b in stored_blanks(folder) if b.edition.form_id == form_id]
    if not candidates:
        known = ", ".join(tr(e.label) for e in known_editions(form_id)) or translate("forms", "none")
        raise NotFound(translate("forms", "The official blank of {form} has not been added yet. Download it from "
                                          "uscis.gov and add it ('workbench forms add-blank FILE.pdf'). Known "
                                          "editions: {known}.").format(form=form_id.upper(), known=known))
    candidates.sort(key=lambda b: (b.edition.fileable, b.edition.edition[-2:], b.edition.edition), reverse=True)
    return candidates[0]
