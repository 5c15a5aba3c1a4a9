"""Review sheets: ``docs/forms/<form>-<edition>-review.tsv``, one row per field of a form map with
its page, part, item, question, what answers it (``forms.review.describe``) and each golden
client's expected value, so a lawyer can review a form in one sitting.

    python -m tests.core.forms.review_sheets        (or: make review-sheets)

regenerates them; ``test_review_sheets.py`` fails when a committed sheet differs from what this
produces (a map or a golden table changed without the sheet).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from tests.core.forms.golden_kit import HEADER, REPO, SHARED_USCIS, all_clients, escape, read_tsv
from workbench.core.forms.fieldmap import available_maps, load_map
from workbench.core.forms.review import describe

DOCS = REPO / "docs" / "forms"


def sheet_path(form: str, edition: str) -> Path:
    return DOCS / f"{form}-{edition.replace('/', '-')}-review.tsv"


def _field_order(form: str, edition: str) -> list[tuple[str, str]]:
    """(field, page) in the official blank's document order, from ../shared/uscis: the blank's
    field list, or for an edition whose PDF is not here its field-name list (no pages)."""
    names = set(load_map(form, edition).rules)
    for candidate in (SHARED_USCIS / f"FIELDS-{form}.tsv",
                      SHARED_USCIS / f"FIELDNAMES-{form}-ed-{edition.replace('/', '-')}.tsv"):
        if candidate.exists():
            with candidate.open(encoding="utf-8") as fh:
                rows = [(r["fully_qualified_name"], r.get("page", ""))
                        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]
            if names <= {name for name, _ in rows}:
                order = {name: i for i, (name, _) in enumerate(rows)}
                return sorted(rows, key=lambda r: (int(r[1]) if r[1].isdigit() else 0, order[r[0]]))
    return [(name, "") for name in sorted(names)]


def render(form: str, edition: str) -> str:
    fmap = load_map(form, edition)
    goldens = []
    for client in all_clients():
        if client.forms.get(form) != edition:
            continue
        for f, member, table in client.tables():
            if f == form:
                label = client.name + (f"@{member[:8]}" if member else "")
                goldens.append((label, {r["field"]: r["expected"] for r in read_tsv(table, HEADER)}))
    head = ["page", "part", "item", "field", "question", "answered by"] + [f"golden: {g[0]}" for g in goldens]
    lines = ["\t".join(head)]
    for name, page in _field_order(form, edition):
        rule = fmap.rules.get(name)
        if rule is None:
            continue
        cells = [page, rule.part or "", rule.item or "", name, rule.q, describe(rule, fmap)]
        cells += [values.get(name, "") for _, values in goldens]
        lines.append("\t".join(escape(c) for c in cells))
    return "\n".join(lines) + "\n"


def expected_sheets() -> dict[Path, str]:
    return {sheet_path(form, edition): render(form, edition) for form, edition in available_maps()}


def main() -> int:
    for path, text in expected_sheets().items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
