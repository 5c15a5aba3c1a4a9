"""Every checklist text a user reads is marked for translation (``checklist_texts.py``), and stays
English where the packet prints it."""

from __future__ import annotations

import json

from workbench.core import i18n
from workbench.core.msg import tr
from workbench.core.packets.checklist_texts import TEXTS
from workbench.core.packets.filings import CHECKLIST_DIR, filing_kinds, load_filing


def test_every_label_and_item_of_the_checklist_files_is_marked_for_translation():
    missing = []
    for path in sorted(CHECKLIST_DIR.glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        missing += [(path.name, t) for t in [data["label"]] + [i["text"] for i in data["items"]] if t not in TEXTS]
    assert missing == [], "add these to workbench/core/packets/checklist_texts.py (and translate them)"


def test_checklist_texts_are_english_strings_that_translate_where_shown():
    i18n.set_translator(lambda context, text, disambiguation=None, n=-1: f"<<{context}:{text}>>")
    try:
        for kind in filing_kinds():
            spec = load_filing(kind)
            assert not str(spec.label).startswith("<<")
            assert tr(spec.label) == f"<<checklists:{spec.label}>>"
            assert all(tr(item.text) == f"<<checklists:{item.text}>>" for item in spec.items)
    finally:
        i18n.set_translator(None)
