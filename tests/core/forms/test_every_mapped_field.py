"""Every field a map fills gets a value for a fictional client who has an answer for everything,
and every value reads back the same in pypdf and in pdftk-java (an independent reader).

The fictional client is built from the map itself: each profile path a map reads gets a value
of the kind its format expects, and each check box's source gets the value that ticks it (so
the boxes sharing that source are exercised unticked). The real official blanks are filled
(stand-ins built with ReportLab for the two supplement editions whose PDFs do not exist here).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from tests.core.forms.forms_testkit import pdftk_values, pypdf_values, qpdf_check, run
from tests.core.forms.test_map_i918 import stand_in_pdf
from workbench.core.forms.fieldmap import available_maps, load_map, resolve, rule_applies
from workbench.core.forms.pdf_fill import fill_pdf, list_fields

_SEG = re.compile(r"^([a-z_][a-z0-9_]*)(?:\[(\d+)\])?$")
BLANKS = {("i-589", "01/20/25"): "i-589.pdf", ("i-918", "01/20/25"): "i-918.pdf",
          ("i-918supa", "02/07/17"): "i-918supa.pdf", ("i-918supb", "02/07/17"): "i-918supb.pdf",
          ("i-360", "01/20/25"): "i-360.pdf", ("g-28", "09/17/18"): "g-28.pdf"}
BLANKS[("i-730", "01/20/25")] = "i-730.pdf"
BLANKS[("i-912", "07/22/25")] = "i-912.pdf"
BLANKS[("i-765", "08/21/25")] = "i-765.pdf"
BLANKS[("i-131", "01/20/25")] = "i-131.pdf"
BLANKS[("i-485", "01/20/25")] = "i-485.pdf"


def _value_for(fmt: str, n: int):
    if fmt in ("name", "names"):
        return {"family_name": f"F{n}", "given_name": f"G{n}", "middle_name": None}
    return {"date": date(2001, 2, 3), "month_year": date(2001, 2, 3), "year": date(2001, 2, 3),
            "a_number": "012345678", "ssn": "123456789", "number": "7", "phone": "3125550100",
            "phone_area": "3125550100", "phone_number": "3125550100", "zip": "60601", "zip4": "606011234",
            "yes_no": True}.get(fmt, f"V{n}")


def _put(profile: dict, path: str, value, force: bool = False) -> None:
    parts = path.split(".")
    if parts[0] == "answers":
        profile.setdefault("answers", {})[".".join(parts[1:])] = value
        return
    node = profile
    for i, seg in enumerate(parts):
        key, index = _SEG.match(seg).groups()
        last = i == len(parts) - 1
        if index is None:
            if last:
                if force:
                    node[key] = value
                else:
                    node.setdefault(key, value)
            else:
                node = node.setdefault(key, {})
            continue
        items = node.setdefault(key, [])
        while len(items) <= int(index):
            items.append({})
        if last:
            items[int(index)] = value if (force or items[int(index)] == {}) else items[int(index)]
        else:
            node = items[int(index)]


def fictional_profile(fmap, infos: dict | None = None) -> dict:
    """A client with an answer for every path ``fmap`` reads; drop-down fields get one of their options."""
    profile: dict = {"today": date(2026, 11, 21)}
    for n, rule in enumerate(fmap.rules.values()):
        for path in rule.sources:
            if path.startswith("answers."):
                q = fmap.questions.get(path.split(".")[1], {})
                if path.endswith(".explanation"):
                    value = f"Explained {n}"
                elif rule.checked_when is not None:
                    value = rule.checked_when[0] if isinstance(rule.checked_when, list) else rule.checked_when
                else:
                    value = {"yes_no": True, "date": "2001-02-03", "number": 2,
                             "choice": (q.get("options") or ["x"])[0]}.get(q.get("type"), f"A{n}")
            elif rule.checked_when is not None:
                value = rule.checked_when[0] if isinstance(rule.checked_when, list) else rule.checked_when
            else:
                value = _value_for(rule.format, n)
            _put(profile, path, value)
    for rule in fmap.rules.values():
        info = (infos or {}).get(rule.name)
        if info is not None and info.kind == "combo" and rule.sources and rule.checked_when is None:
            option = next(export for export, _shown in info.options if export.strip())
            _put(profile, rule.sources[0], option, force=True)
    return profile


@pytest.mark.parametrize("form,edition", available_maps())
def test_every_mapped_field_is_filled_and_reads_back(form, edition, uscis_dir, tmp_path):
    fmap = load_map(form, edition)
    if (form, edition) in BLANKS:
        blank = (uscis_dir / BLANKS[(form, edition)]).read_bytes()
    else:  # the current supplement editions exist here only as field-name lists
        blank = stand_in_pdf(uscis_dir / f"FIELDNAMES-{form}-ed-{edition.replace('/', '-')}.tsv")
    kinds = {f.name: f for f in list_fields(blank)}
    profile = fictional_profile(fmap, kinds)
    res = resolve(fmap, profile)
    # the service fills the Additional Information slots; a field whose condition this one client
    # cannot meet (a SIJS part and a VAWA part, "in the U.S." and "abroad") gets only its not-applicable answer
    def expects_value(r) -> bool:
        if rule_applies(fmap, r, profile):
            return True
        outer = replace(r, when=None)  # the part and only_if hold, only the sub-question does not apply
        fill = r.if_not_when if r.if_not_when is not None else r.if_blank  # if_not_when "": nothing is written
        return rule_applies(fmap, outer, profile) and bool(fill) and r.checked_when is None

    fillers = [r for r in fmap.rules.values() if not r.left_to_user and not r.additional_info and expects_value(r)]
    unanswered = sorted(r.name for r in fillers if r.name not in res.values)
    assert unanswered == [], f"{len(unanswered)} mapped fields got no value, e.g. {unanswered[:3]}"
    filled = fill_pdf(blank, res.values)
    refused = [(r.name, r.reason) for r in filled.report.refused]
    # the only acceptable refusals are answers longer than their box: the service moves those
    # to the continuation sheet
    assert all("box" in reason or "characters" in reason for _, reason in refused), refused[:3]
    out = tmp_path / "filled.pdf"
    out.write_bytes(filled.pdf)
    assert qpdf_check(out).returncode == 0
    assert b"/XFA" not in filled.pdf and b"/Perms" not in filled.pdf
    mine, theirs = pypdf_values(out), pdftk_values(out)
    skipped = {name for name, _ in refused}
    mismatches = []
    for name, value in res.values.items():
        if name in skipped:
            continue
        info = kinds[name]
        if info.kind == "checkbox" or info.kind == "radio":
            want_on = bool(value) if isinstance(value, bool) else True
            got = str(mine.get(name) or "/Off").lstrip("/").strip()
            other = (theirs.get(name) or "Off").strip()
            on = {s.lstrip("/").strip() for s in info.on_states}
            if (got in on) != want_on or (other in on) != want_on:
                mismatches.append((name, value, got, other))
        else:
            if mine.get(name) != value or theirs.get(name) != value:
                mismatches.append((name, value, mine.get(name), theirs.get(name)))
    assert mismatches == [], mismatches[:5]
    text = run(["pdftotext", "-f", "1", "-l", "1", str(out), "-"]).stdout.decode("utf-8", "replace")
    assert text.strip(), "page 1 has text"
