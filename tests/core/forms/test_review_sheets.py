"""The review sheets in docs/forms/ are what the maps and the golden clients say now."""

from __future__ import annotations

from tests.core.forms.golden_kit import REPO, SHARED_USCIS
from tests.core.forms.review_sheets import expected_sheets


def test_review_sheets_are_current():
    assert SHARED_USCIS.is_dir(), "the review sheets are built from ../shared/uscis's field lists"
    stale = [str(path.relative_to(REPO)) for path, text in expected_sheets().items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]
    assert not stale, f"stale review sheets (run `make review-sheets` and commit them): {stale}"


def test_every_field_of_a_map_is_on_its_sheet():
    for path, text in expected_sheets().items():
        rows = text.splitlines()[1:]
        assert rows and all(len(r.split("\t")) >= 6 for r in rows), path.name
