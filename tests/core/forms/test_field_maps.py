"""Every field map covers its edition exactly, parses, and fills the real (or stand-in) blank."""

import csv
from pathlib import Path

import pytest

from workbench.core.forms.fieldmap import FieldMapError, available_maps, load_map, lookup, parse_map, resolve

SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "uscis"
MAPS = available_maps()


def edition_fields(form: str, edition: str) -> tuple[set[str], set[str]]:
    """(fillable field names, read-only names) of an edition, from the shared field lists."""
    current_old = {("i-918supa", "02/07/17"), ("i-918supb", "02/07/17")}
    if form in ("i-918supa", "i-918supb") and (form, edition) not in current_old:
        path = SHARED / f"FIELDNAMES-{form}-ed-{edition.replace('/', '-')}.tsv"
        with open(path, newline="", encoding="utf-8") as fh:
            names = {r["fully_qualified_name"] for r in csv.DictReader(fh, delimiter="\t")}
        return names, set()
    with open(SHARED / f"FIELDS-{form}.tsv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    fillable = {r["fully_qualified_name"] for r in rows if "readonly" not in r["subtype"]}
    readonly = {r["fully_qualified_name"] for r in rows if "readonly" in r["subtype"]}
    return fillable, readonly


@pytest.mark.parametrize("form,edition", MAPS)
def test_map_covers_every_field_of_its_edition(form, edition):
    fmap = load_map(form, edition)
    fillable, readonly = edition_fields(form, edition)
    unmapped = sorted(fillable - set(fmap.rules))
    stale = sorted(set(fmap.rules) - fillable - readonly)
    assert unmapped == [], f"{len(unmapped)} fields neither mapped nor marked, e.g. {unmapped[:5]}"
    assert stale == [], f"fields the edition does not have: {stale[:5]}"


def test_the_coverage_check_would_catch_a_gap():
    data = {"form": "x", "edition": "01/01/01", "fields": {"a": {"q": "A", "source": "client.family_name"}}}
    fmap = parse_map(data)
    assert set(fmap.rules) == {"a"}
    with pytest.raises(FieldMapError, match="exactly one"):
        parse_map({"form": "x", "edition": "e", "fields": {"a": {"q": "A"}}})
    with pytest.raises(FieldMapError, match="not declared"):
        parse_map({"form": "x", "edition": "e", "fields": {"a": {"q": "A", "source": "answers.nope"}}})
    with pytest.raises(FieldMapError, match="unknown root"):
        parse_map({"form": "x", "edition": "e", "fields": {"a": {"q": "A", "source": "klient.name"}}})


def test_resolver_formats_and_checkboxes():
    from datetime import date
    data = {"form": "x", "edition": "e", "questions": {"q1": {"text": "?", "type": "yes_no"}}, "fields": {
        "anum": {"q": "A", "source": "client.a_number", "format": "a_number"},
        "dob": {"q": "D", "source": "client.date_of_birth", "format": "date"},
        "male": {"q": "M", "source": "client.sex", "checked_when": "male"},
        "female": {"q": "F", "source": "client.sex", "checked_when": "female"},
        "child5": {"q": "C", "source": "children[4].given_name", "if_blank": "N/A"},
        "area": {"q": "P", "source": "client.phone", "format": "phone_area"},
        "num": {"q": "P", "source": "client.phone", "format": "phone_number"},
        "yes": {"q": "Y", "source": "answers.q1", "checked_when": True},
        "sig": {"q": "S", "left_to_user": "signature", "why": "signed by hand"},
        "req": {"q": "R", "source": "client.ssn", "required": True}}}
    profile = {"client": {"a_number": "012345678", "date_of_birth": date(1990, 2, 3), "sex": "male",
                          "phone": "(312) 555-0100", "ssn": None},
               "children": [{"given_name": "Ana"}], "answers": {"q1": True}}
    res = resolve(parse_map(data), profile)
    assert res.values == {"anum": "012345678", "dob": "02/03/1990", "male": True, "female": False,
                          "child5": "N/A", "area": "312", "num": "555-0100", "yes": True}
    assert res.auto_filled == [("child5", "N/A")]
    assert [r.name for r in res.missing_required] == ["req"]
    assert [r.name for r in res.left_to_user] == ["sig"]
    assert lookup(profile, "children[0].given_name") == "Ana" and lookup(profile, "children[3].x") is None
