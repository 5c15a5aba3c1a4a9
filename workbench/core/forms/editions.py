"""Known editions of the USCIS forms the workbench fills, and recognising a blank the user adds.

Why: the product does not ship USCIS PDFs; the user adds each official blank once. A field map
is written for one edition, and USCIS rejects filings on outdated editions, so the app must know
exactly which form and edition a file is before filling it, and refuse what it does not know.

Recognition: first by sha256 of the file (the official bytes); failing that, by the edition
footer printed on the pages ("Form I-589 Edition 01/20/25", "Form I-918 Supplement A 02/07/17",
"Form G-28 09/17/18"), so a copy re-saved by a viewer is still recognised. An unknown form or
edition raises :class:`UnknownEditionError` naming what was found and every edition known.

Recognising is not accepting: the footer says which edition a file claims to be, not that it is
the official file (one flipped byte, or a ``qpdf --decrypt`` rewrite, still reads "Form I-589
Edition 01/20/25"). ``blanks.add_blank`` accepts silently only the official sha256; a copy
recognised by its footer alone is kept only when the user says so (``--not-official``), and then
it is an ``Edition`` with ``official=False`` whose ``warning`` every filled form carries.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
from collections import Counter
from dataclasses import dataclass

from workbench.core.errors import WorkbenchError
from workbench.core.i18n import QT_TRANSLATE_NOOP, translate
from workbench.core.msg import Msg

CURRENT = "current"
OUTDATED = "outdated-not-fileable"


@dataclass(frozen=True)
class Edition:
    form_id: str  # "i-589", "i-918", "i-918supa", "i-918supb", "i-360", "g-28"
    form_name: str  # as USCIS prints it: "I-589", "I-918 Supplement A"
    title: str
    edition: str  # mm/dd/yy as printed in the page footer
    sha256: str | None  # of the official blank
    status: str  # CURRENT or OUTDATED
    pages: int | None = None
    official: bool = True  # False: a changed or re-saved copy the user chose to use anyway (blanks.py)

    @property
    def fileable(self) -> bool:
        return self.status == CURRENT

    @property
    def label(self) -> str:
        """``Form I-589 edition 01/20/25``: English as a string (it heads continuation sheets), translated
        where the GUI shows it (``msg.tr``)."""
        return Msg("forms", QT_TRANSLATE_NOOP("forms", "Form {form} edition {edition}"), form=self.form_name,
                   edition=self.edition)

    @property
    def warning(self) -> str | None:
        """The sentence to show with an outdated edition or a blank that is not the official file
        (None for the official file of a current edition); a ``Msg`` like ``label``."""
        outdated = None if self.fileable else Msg(
            "forms", QT_TRANSLATE_NOOP("forms", "{label} is an outdated edition: USCIS does not accept it. A filled "
                                                "copy is for reference only; add the current edition from uscis.gov "
                                                "to file."), label=self.label)
        if self.official:
            return outdated
        changed = Msg("forms", QT_TRANSLATE_NOOP("forms", "{label}: this blank is not the official file from "
                                                          "uscis.gov (it was changed or re-saved after download), so "
                                                          "a form filled from it may differ from the official one: "
                                                          "check every page before filing, or add the official blank "
                                                          "and fill again."), label=self.label)
        return Msg.join(changed, outdated) if outdated else changed


EDITIONS: tuple[Edition, ...] = (
    Edition("i-589", "I-589", "Application for Asylum and for Withholding of Removal", "01/20/25",
            "c0b4d41bd7bbcfda4071f242ccfe9468baeccc455ac3607e99387d90f16b0f7c", CURRENT, 12),
    Edition("i-918", "I-918", "Petition for U Nonimmigrant Status", "01/20/25",
            "d2c19f08b18f2c1679252ea6f9674c7ca7889f727b3ad3ad5ed54776df284042", CURRENT, 11),
    Edition("i-918supa", "I-918 Supplement A", "Petition for Qualifying Family Member of U-1 Recipient",
            "01/20/25", "d6a7bfb53958be03f5fa41c2524d7749cc5c89eade1f2dd36717c478c246d7b7", CURRENT),
    Edition("i-918supa", "I-918 Supplement A", "Petition for Qualifying Family Member of U-1 Recipient",
            "02/07/17", "c3782a3a69410e919b9c6ddf1c73f620333790719bc353f6df65023a5c5bf70d", OUTDATED, 12),
    Edition("i-918supb", "I-918 Supplement B", "U Nonimmigrant Status Certification", "01/20/25",
            "a6e189a543c73013dd57062bcd7bb63c2678453dde985cb9a0b965f8be092460", CURRENT),
    Edition("i-918supb", "I-918 Supplement B", "U Nonimmigrant Status Certification", "02/07/17",
            "bc0b46f8063492b63b7c9db1ed870425bd5c8fd808ece5517bc1d5af4e21daf2", OUTDATED, 5),
    Edition("i-360", "I-360", "Petition for Amerasian, Widow(er), or Special Immigrant", "01/20/25",
            "cbe6fa2e031885452459be4870742dc84b6ec337f7c2696c8f2f94e91fbf4f38", CURRENT, 19),
    Edition("g-28", "G-28", "Notice of Entry of Appearance as Attorney or Accredited Representative",
            "09/17/18", "35c4572925d0ec1e65d68e723fe95c299df49edfb9246ebfd206d78d77468b88", CURRENT, 4),
    # sha256 from ../shared/uscis/SOURCES-more.md (uscis.gov copy in uscis-helper; the same bytes in formassist-ai)
    Edition("i-765", "I-765", "Application for Employment Authorization", "08/21/25",
            "9ac0eae287749d4c2dfa0a591f464cc2124c18647c10e999b59484f090e0dc7d", CURRENT, 7),
    # sha256 from ../shared/uscis/SOURCES-more.md: one source only, edition not confirmed as current there
    Edition("i-730", "I-730", "Refugee/Asylee Relative Petition", "01/20/25",
            "b9459c853685017c37ae12daf72e09991e843bfa3c503ce04bdbbb6aba7e85b0", CURRENT, 12),
    # sha256 from ../shared/uscis/SOURCES-more.md (uscis-helper's uscis.gov copy; katychavez records the same hash)
    Edition("i-912", "I-912", "Request for Fee Waiver", "07/22/25",
            "c5c5f61c9954e812133f702a0edfacd5cb7ff597c703017789de87735bf2c276", CURRENT, 8),
    # sha256 from ../shared/uscis/SOURCES-more.md (three byte-identical copies; katychavez records the same hash
    # for its uscis.gov download); current edition probable, not confirmed from a uscis.gov page
    Edition("i-485", "I-485", "Application to Register Permanent Residence or Adjust Status", "01/20/25",
            "7c8e1c5242d680b2bc0bfa7d8026e0c3fc8e32bbe52c55648fb5078703122423", CURRENT, 24),
    # sha256 from ../shared/uscis/SOURCES-more.md (three byte-identical copies; katychavez records the same hash
    # for its uscis.gov download); a 2025-10-15 re-release of the 01/20/25 edition, current probable, not confirmed
    Edition("i-131", "I-131", "Application for Travel Documents, Parole Documents, and Arrival/Departure Records",
            "01/20/25", "e177bbae35c3df634e7269f1094c93a11c6edf6849fa5fe66fbe3726498d59b5", CURRENT, 14),
)

_BY_SHA = {e.sha256: e for e in EDITIONS if e.sha256}
OFFICIAL_SHA256 = frozenset(_BY_SHA)  # the shipped editions' files; official_sha256() adds installed ones
_BY_FOOTER = {(e.form_id, e.edition): e for e in EDITIONS}


def all_editions() -> tuple[Edition, ...]:
    """The shipped editions with those the organization published and this vault installed
    (``installed_maps.with_installed``: a new edition joins, a superseded one is outdated)."""
    from .installed_maps import with_installed

    return with_installed(EDITIONS)


def official_sha256() -> frozenset[str]:
    return frozenset(e.sha256 for e in all_editions() if e.sha256)

# "Form I-589   Edition   01/20/25", "Form I-918 Supplement A   02/07/17   N", "Form G-28   09/17/18"
FOOTER = re.compile(
    r"Form\s+([IG])\s*-\s*(\d{2,4}[A-Z]?)(?:\s*,?\s*Supplement\s+([A-Z]))?\s+(?:Edition\s+)?(\d{2}/\d{2}/\d{2})\b")


class UnknownEditionError(WorkbenchError):
    """The PDF is not a form edition the workbench knows; ``found`` says what it looked like."""

    def __init__(self, found: str, sha256: str) -> None:
        self.found = found
        self.sha256 = sha256
        known = "; ".join(edition_name(e) for e in all_editions())
        super().__init__(translate("forms", "This PDF is not a form edition the workbench knows ({found}). Known "
                                            "editions: {known}. Add the blank form exactly as downloaded from "
                                            "uscis.gov.").format(found=found, known=known))


def edition_name(e: Edition) -> str:
    """``I-589 01/20/25``, marked as outdated where it is, in the interface language."""
    name = f"{e.form_name} {e.edition}"
    return name if e.fileable else translate("forms", "{edition} (outdated)").format(edition=name)


@dataclass(frozen=True)
class Recognition:
    edition: Edition
    by: str  # "sha256" or "footer"
    sha256: str


def form_id_for(letter: str, number: str, supplement: str | None) -> str:
    base = f"{letter.lower()}-{number.lower()}"
    return f"{base}sup{supplement.lower()}" if supplement else base


def footer_text(pdf: bytes, max_pages: int = 3, stop_at: frozenset | set = frozenset()) -> list[tuple[str, str]]:
    """(form id, edition) for each edition footer on the first pages, most frequent first; stops
    reading pages as soon as a footer in ``stop_at`` is seen (text extraction is the slow part).

    Uses pypdf's text extraction (it decrypts the empty-password blanks and maps the embedded
    subset fonts of the 2017 supplements back to Unicode). Text only; nothing is written.
    """
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.ERROR)  # a damaged copy warns loudly; the caller gets a clear error instead
    found: Counter = Counter()
    try:
        reader = PdfReader(io.BytesIO(pdf), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return []
        for page in list(reader.pages)[:max_pages]:
            text = page.extract_text() or ""
            for letter, number, supp, date in FOOTER.findall(text):
                found[(form_id_for(letter, number, supp or None), date)] += 1
            if any(key in stop_at for key in found):
                break
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError):
        pass
    finally:
        log.setLevel(level)
    return [key for key, _ in found.most_common()]


def _describe(key: tuple[str, str]) -> str:
    form_id, date = key
    m = re.fullmatch(r"([ig])-(\w+?)(?:sup([a-z]))?", form_id)
    name = form_id.upper()
    if m:
        name = f"{m.group(1).upper()}-{m.group(2).upper()}" + (f" Supplement {m.group(3).upper()}" if m.group(3) else "")
    return translate("forms", "found Form {form} edition {edition}").format(form=name, edition=date)


def recognize(pdf: bytes) -> Recognition:
    """The edition of ``pdf`` and how it was recognised; raises :class:`UnknownEditionError`."""
    sha = hashlib.sha256(pdf).hexdigest()
    editions = all_editions()
    by_sha = {e.sha256: e for e in editions if e.sha256}
    by_footer = {(e.form_id, e.edition): e for e in editions}
    if sha in by_sha:
        return Recognition(by_sha[sha], "sha256", sha)
    if not bytes(pdf[:1024]).lstrip().startswith(b"%PDF-"):
        raise UnknownEditionError(translate("forms", "the file is not a PDF"), sha)
    footers = footer_text(pdf, stop_at=frozenset(by_footer))
    for key in footers:
        if key in by_footer:
            return Recognition(by_footer[key], "footer", sha)
    if footers:
        raise UnknownEditionError(_describe(footers[0]), sha)
    raise UnknownEditionError(translate("forms", "no USCIS edition footer such as 'Form I-589 Edition 01/20/25' was "
                                                 "found on its pages"), sha)


def identify(pdf: bytes) -> Edition:
    """The known edition ``pdf`` is (by sha256, else by its page footer), or UnknownEditionError."""
    return recognize(pdf).edition


def known_editions(form_id: str | None = None) -> tuple[Edition, ...]:
    return tuple(e for e in all_editions() if form_id is None or e.form_id == form_id)
