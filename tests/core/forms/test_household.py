"""The household list (spouse first, then the children) and the check for a married client whose
spouse is not recorded: without it, the oldest child would sit in the I-918's or I-360's first row,
where the spouse belongs, and nothing would say so."""

from __future__ import annotations

from datetime import date

from workbench.core.forms import household

CHILD = {"given_name": "Ana", "relation": "child", "date_of_birth": date(2012, 1, 1)}
SPOUSE = {"given_name": "Luis", "relation": "spouse"}


def test_the_spouse_comes_first_then_the_children():
    section, checks = household.derive({"client": {"marital_status": "married"}, "spouse": SPOUSE,
                                        "children": [CHILD]})
    assert [m["given_name"] for m in section["members"]] == ["Luis", "Ana"] and section["count"] == 2
    assert checks == []


def test_a_single_parents_first_child_is_in_the_first_row_without_a_warning():
    section, checks = household.derive({"client": {"marital_status": "single"}, "spouse": {}, "children": [CHILD]})
    assert section["members"][0]["given_name"] == "Ana" and checks == []


def test_a_married_client_without_a_recorded_spouse_is_warned():
    for status in ("married", "separated"):
        section, checks = household.derive({"client": {"marital_status": status}, "spouse": {}, "children": [CHILD]})
        assert section["members"][0]["given_name"] == "Ana"
        assert len(checks) == 1 and checks[0].severity == "warning" and "no spouse" in str(checks[0].message)
    assert household.derive({"client": {"marital_status": "divorced"}, "spouse": {}, "children": []}) == (
        {"members": []}, [])
