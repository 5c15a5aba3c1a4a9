"""The in-memory cache of decoded official blanks (``_pdf_document._SHARED``).

A fill of an official blank reuses what earlier fills of the same blank decoded: its cross-reference,
its parsed objects (copied on every read), and the bytes of objects a fill leaves alone. These tests
prove the reuse is invisible: a later fill never sees an earlier fill's values, cold and warm fills
write the same bytes, the cache is bounded, and only official blanks (public bytes) are kept.
"""

from __future__ import annotations

import hashlib
import threading

import pytest
from forms_testkit import FORMS, SAMPLES, SHARED_USCIS, pdftk_values, pypdf_values, qpdf_check, sample_values

from workbench.core.forms import _pdf_document
from workbench.core.forms._pdf_document import forget_shared_parts
from workbench.core.forms.pdf_fill import fill_pdf, list_fields, open_document


@pytest.fixture(scope="module")
def blanks() -> dict[str, bytes]:
    if not SHARED_USCIS.is_dir():
        pytest.fail(f"{SHARED_USCIS} is missing: the tests need ../shared/uscis beside the repository")
    return {f: (SHARED_USCIS / f"{f}.pdf").read_bytes() for f in FORMS}


@pytest.fixture(autouse=True)
def _fresh_cache():
    forget_shared_parts()
    yield
    forget_shared_parts()


def _cold(blank: bytes, values: dict, **kw) -> bytes:
    forget_shared_parts()
    return fill_pdf(blank, values, **kw).pdf


def test_a_second_fill_does_not_see_the_first_fills_values(blanks, tmp_path):
    blank = blanks["i-589"]
    s = SAMPLES["i-589"]
    box, state = s["checkbox"]
    first = {s["text"]: "FIRSTCLIENT", s["maxlen"]: "111111111", s["multiline"]: "FIRST SECRET STORY", box: state}
    second = {s["comb"]: "222222222", "form1[0].#subform[0].PtAILine5_FirstName[0]": "SECOND"}
    a = fill_pdf(blank, first)
    b = fill_pdf(blank, second)  # warm: reuses what the first fill decoded
    assert a.report.ok and b.report.ok
    for secret in (b"FIRSTCLIENT", b"111111111", b"FIRST SECRET STORY", b"FIRSTCLIENT".hex().encode()):
        assert secret not in b.pdf
    path = tmp_path / "second.pdf"
    path.write_bytes(b.pdf)
    got = pdftk_values(path)
    assert got[s["comb"]] == "222222222" and got["form1[0].#subform[0].PtAILine5_FirstName[0]"] == "SECOND"
    assert got.get(s["text"], "") == "" and got.get(s["maxlen"], "") == "" and got.get(s["multiline"], "") == ""
    assert got.get(box, "") in ("", "Off")
    read = pypdf_values(path)
    assert read.get(s["text"]) in (None, "") and read.get(box) in (None, "/Off")
    # ... and it is byte for byte what a fill in a fresh process writes.
    assert b.pdf == _cold(blank, second)
    # The blank itself reads as before: no value, no appearance from either fill.
    fields = {f.name: f for f in list_fields(blank)}
    assert fields[s["text"]].value is None and fields[box].value in (None, "Off")


@pytest.mark.parametrize("form_id", FORMS)
def test_cold_and_warm_fills_write_identical_bytes(blanks, form_id):
    blank = blanks[form_id]
    values = sample_values(form_id, list_fields(blank))
    cold = _cold(blank, values)
    warm = [fill_pdf(blank, values).pdf for _ in range(3)]  # 2nd and 3rd reuse per-entry bytes too
    assert all(w == cold for w in warm)
    flat_warm = fill_pdf(blank, values, flatten_form=True).pdf
    assert flat_warm == _cold(blank, values, flatten_form=True)


def test_interleaved_fills_of_different_values_each_match_a_cold_fill(blanks, tmp_path):
    blank = blanks["g-28"]
    s = SAMPLES["g-28"]
    box, state = s["checkbox"]
    sets = [
        {s["text"]: "ONE", box: state, s["combo"][0]: "IL"},
        {s["text"]: "TWO", box: False},
        {},
        {s["multiline"]: "THREE\nLINES", s["combo"][0]: "TX"},
    ]
    expected = [_cold(blank, v) for v in sets]
    forget_shared_parts()
    for _ in range(2):
        for values, want in zip(sets, expected):
            assert fill_pdf(blank, values).pdf == want
    path = tmp_path / "last.pdf"
    path.write_bytes(expected[-1])
    assert qpdf_check(path).returncode == 0
    assert pdftk_values(path).get(s["text"], "") == ""


def test_documents_get_their_own_copies(blanks):
    blank = blanks["g-28"]
    one = open_document(blank)
    two = open_document(blank)
    cat1, cat2 = one.catalog, two.catalog
    assert cat1 == cat2 and cat1 is not cat2
    cat1.clear()
    acro = two.resolve(cat2["AcroForm"])
    acro.pop("Fields")
    three = open_document(blank)
    assert three.catalog and "Fields" in three.resolve(three.catalog["AcroForm"])


def test_only_official_blanks_are_kept_and_at_most_three(blanks):
    fill_pdf(blanks["g-28"], {})
    assert len(_pdf_document._SHARED) == 1
    # A filled form (client data) or a changed blank is never kept.
    filled = fill_pdf(blanks["g-28"], {SAMPLES["g-28"]["text"]: "PRIVATE"}).pdf
    fill_pdf(filled, {})
    changed = blanks["g-28"].replace(b"%PDF-1.7", b"%PDF-1.6", 1)
    assert hashlib.sha256(changed).digest() != hashlib.sha256(blanks["g-28"]).digest()
    fill_pdf(changed, {})
    assert len(_pdf_document._SHARED) == 1
    for form_id in FORMS:
        fill_pdf(blanks[form_id], {})
        assert len(_pdf_document._SHARED) <= 3
    kept = set(_pdf_document._SHARED)
    assert kept == {hashlib.sha256(blanks[f]).hexdigest() for f in FORMS[-3:]}


def test_a_wrong_password_is_still_refused_when_the_blank_is_cached(blanks):
    from workbench.core.forms.pdf_fill import PdfOpenError

    fill_pdf(blanks["g-28"], {})
    with pytest.raises(PdfOpenError):
        fill_pdf(blanks["g-28"], {}, password="not the password")


def test_concurrent_fills_match_serial_fills(blanks):
    blank = blanks["i-918"]
    s = SAMPLES["i-918"]
    sets = [{s["text"]: f"NAME{i}", s["checkbox"][0]: s["checkbox"][1] if i % 2 else False} for i in range(6)]
    expected = [_cold(blank, v) for v in sets]
    forget_shared_parts()
    got: dict[int, bytes] = {}
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            got[i] = fill_pdf(blank, sets[i]).pdf
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(sets))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert [got[i] for i in range(len(sets))] == expected


def test_prepare_blank_decodes_the_official_blank_ahead_of_the_first_fill(tmp_path):
    """What the Forms tab runs in the background: afterwards the blank is in the memory cache
    (the first fill takes the warm path); a form whose blank was not added is nothing to do."""
    import hashlib

    from tests.conftest import SHARED_USCIS
    from workbench.core.forms import blanks
    from workbench.core.forms._pdf_document import _shared_blank, forget_shared_parts
    from workbench.core.forms.service import prepare_blank

    pdf = (SHARED_USCIS / "g-28.pdf").read_bytes()
    blanks.add_blank(pdf, tmp_path)
    forget_shared_parts()
    assert _shared_blank(hashlib.sha256(pdf).hexdigest()) is None
    prepare_blank("i-589", tmp_path)  # not added: nothing happens, nothing is raised
    prepare_blank("g-28", tmp_path)
    assert _shared_blank(hashlib.sha256(pdf).hexdigest()) is not None
