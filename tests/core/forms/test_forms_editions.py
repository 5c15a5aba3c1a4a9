"""Recognising the official blanks by sha256 and by page footer, and refusing unknown ones."""

from __future__ import annotations

import hashlib

import pytest
from forms_testkit import FORMS, reportlab_pdf

from workbench.core.forms.editions import (
    CURRENT, EDITIONS, OUTDATED, UnknownEditionError, identify, known_editions, recognize,
)
from workbench.core.forms.pdf_fill import fill_pdf

EXPECTED = {
    "i-589": ("01/20/25", CURRENT),
    "i-918": ("01/20/25", CURRENT),
    "i-918supa": ("02/07/17", OUTDATED),
    "i-918supb": ("02/07/17", OUTDATED),
    "i-360": ("01/20/25", CURRENT),
    "g-28": ("09/17/18", CURRENT),
    # the edition printed in each blank's footer (Form I-765 Edition 08/21/25, ...)
    "i-765": ("08/21/25", CURRENT),
    "i-912": ("07/22/25", CURRENT),
    "i-730": ("01/20/25", CURRENT),
    "i-485": ("01/20/25", CURRENT),
    "i-131": ("01/20/25", CURRENT),
}
KNOWN_LABELS = ["I-589 01/20/25", "I-918 01/20/25", "I-918 Supplement A 01/20/25", "I-918 Supplement A 02/07/17",
                "I-918 Supplement B 01/20/25", "I-918 Supplement B 02/07/17", "I-360 01/20/25", "G-28 09/17/18"]


@pytest.mark.parametrize("form_id", FORMS)
def test_each_official_blank_is_identified_by_sha256(uscis_dir, form_id):
    pdf = (uscis_dir / f"{form_id}.pdf").read_bytes()
    found = recognize(pdf)
    assert found.by == "sha256"
    assert found.sha256 == hashlib.sha256(pdf).hexdigest()
    assert (found.edition.form_id, found.edition.edition, found.edition.status) == (form_id, *EXPECTED[form_id])
    assert identify(pdf) == found.edition


def test_registry_holds_the_current_supplements_without_pdfs():
    supa = {e.edition: e for e in known_editions("i-918supa")}
    supb = {e.edition: e for e in known_editions("i-918supb")}
    assert supa["01/20/25"].sha256 == "d6a7bfb53958be03f5fa41c2524d7749cc5c89eade1f2dd36717c478c246d7b7"
    assert supb["01/20/25"].sha256 == "a6e189a543c73013dd57062bcd7bb63c2678453dde985cb9a0b965f8be092460"
    assert supa["01/20/25"].fileable and supb["01/20/25"].fileable
    assert not supa["02/07/17"].fileable and supa["02/07/17"].status == OUTDATED
    assert "outdated edition" in supb["02/07/17"].warning and supb["01/20/25"].warning is None
    assert len({e.sha256 for e in EDITIONS}) == len(EDITIONS) >= 8  # one hash per edition; issue 16 adds forms


@pytest.mark.parametrize("form_id", ["i-589", "i-918supa", "g-28"])
def test_a_resaved_copy_is_identified_by_its_footer(uscis_dir, form_id):
    blank = (uscis_dir / f"{form_id}.pdf").read_bytes()
    resaved = fill_pdf(blank, {}).pdf  # decrypted, XFA dropped: different bytes, same pages
    found = recognize(resaved)
    assert found.by == "footer"
    assert (found.edition.form_id, found.edition.edition) == (form_id, EXPECTED[form_id][0])


@pytest.mark.parametrize("form_id", ["i-918", "i-918supb"])
def test_a_one_byte_change_is_identified_by_footer_or_refused_clearly(uscis_dir, form_id):
    blank = bytearray((uscis_dir / f"{form_id}.pdf").read_bytes())
    header = bytearray(blank)
    header[11] ^= 0x01  # a byte of the binary comment on line 2: the PDF still reads the same
    found = recognize(bytes(header))
    assert found.by == "footer" and found.edition.form_id == form_id
    middle = bytearray(blank)
    middle[len(middle) // 2] ^= 0xFF  # somewhere inside a compressed, encrypted stream
    try:
        found = recognize(bytes(middle))
    except UnknownEditionError as exc:
        assert all(label in str(exc) for label in KNOWN_LABELS)
    else:
        assert found.by == "footer" and found.edition.form_id == form_id


def test_an_unknown_pdf_is_refused_naming_the_known_editions():
    with pytest.raises(UnknownEditionError) as info:
        identify(reportlab_pdf(["Invoice 2024-113", "Total due: 40.00"]))
    message = str(info.value)
    assert "no USCIS edition footer" in message
    for label in KNOWN_LABELS:
        assert label in message
    assert "(outdated)" in message


def test_an_unknown_edition_of_a_known_form_is_named():
    pdf = reportlab_pdf(["Form I-589   Edition   08/25/20          Page 1 of 12"])
    with pytest.raises(UnknownEditionError) as info:
        identify(pdf)
    assert "found Form I-589 edition 08/25/20" in str(info.value)
    assert info.value.found == "found Form I-589 edition 08/25/20"
    supp = reportlab_pdf(["Form I-918 Supplement B   09/05/23   Page 1 of 5"])
    with pytest.raises(UnknownEditionError, match="found Form I-918 Supplement B edition 09/05/23"):
        identify(supp)


def test_a_footer_of_a_known_edition_in_another_file_is_accepted():
    """Recognition by footer is what lets a viewer's re-save through; it is not a security check."""
    pdf = reportlab_pdf(["Form G-28   09/17/18   Page 1 of 4"])
    assert recognize(pdf).edition.form_id == "g-28"


def test_not_a_pdf_is_refused():
    with pytest.raises(UnknownEditionError, match="the file is not a PDF"):
        identify(b"PK\x03\x04 a zip file")
