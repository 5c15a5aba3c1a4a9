"""The Spanish UI: the catalog covers every string, translations keep their placeholders, and every
text the main screens show went through ``translate`` (checked with a pseudo-language whose every
translation is ``⟦source⟧``: an English word outside ⟦…⟧ on screen is a string that skipped it)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.gui.gui_helpers import idle
from tests.support.i18n import (NAMES, PLACEHOLDER, assert_all_translated, data_words, extract, locale_words,
                                official_words, read_ts, visible_texts)
from workbench.gui import i18n

WAIT = 10_000


def test_the_spanish_catalog_translates_every_string_in_the_sources(tmp_path):
    now = extract(tmp_path)
    assert len(now) > 20, "lupdate found almost nothing: is translate() used?"
    catalog = read_ts(i18n.source_catalog("es"))
    missing = [f"{ctx}: {src!r}" for (ctx, src) in now if not (catalog.get((ctx, src)) and catalog[(ctx, src)].finished)]
    assert not missing, (f"{len(missing)} string(s) without a finished Spanish translation; run `make i18n` and "
                         "translate them in resources/translations/workbench_es.ts:\n  " + "\n  ".join(missing[:40]))


def test_spanish_translations_keep_placeholders_and_mnemonics():
    problems = []
    for (ctx, src), msg in read_ts(i18n.source_catalog("es")).items():
        for text in msg.translations:
            if not text:
                continue
            if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(text)) and not msg.numerus:
                problems.append(f"{ctx}: {src!r} -> {text!r} (placeholders differ)")
            if msg.numerus and set(PLACEHOLDER.findall(text)) - set(PLACEHOLDER.findall(src)):
                problems.append(f"{ctx}: {src!r} -> {text!r} (unknown placeholder)")
            if re.search(r"&[^&\s]", src) and not re.search(r"&[^&\s]", text):
                problems.append(f"{ctx}: {src!r} -> {text!r} (keyboard mnemonic & lost)")
    assert not problems, "\n".join(problems[:40])


def test_spanish_is_installed_from_the_compiled_catalog_with_its_locale(qapp):
    try:
        assert i18n.install(qapp, "es") == "es"
        assert i18n.date_order() == "DMY"
        assert i18n.typed_date(date(2026, 3, 4)) == "04/03/2026"
        assert "mar" in i18n.display_date(date(2026, 3, 4)).lower()
        assert i18n.number(1234567) in ("1.234.567", "1 234 567", "1\u00a0234\u00a0567")
        from workbench.core.i18n import translate
        assert translate("i18n", "DD/MM/YYYY") == "DD/MM/AAAA"
        from workbench.core.operations import parse_date
        assert parse_date("04/03/2026", i18n.date_order()) == date(2026, 3, 4)
    finally:
        assert i18n.install(qapp, "en") == "en"
    assert i18n.typed_date(date(2026, 3, 4)) == "03/04/2026"
    assert i18n.display_date(date(2026, 3, 4)) == "Mar 4, 2026"


def test_the_language_follows_the_override_kept_outside_the_vault(qapp, env_dirs):
    try:
        i18n.set_chosen_language("es")
        assert i18n.chosen_language() == "es"
        assert i18n.install(qapp) == "es"
        i18n.set_chosen_language("")
        assert i18n.chosen_language() == ""
        with pytest.raises(ValueError):
            i18n.set_chosen_language("xx")
    finally:
        i18n.set_chosen_language("")
        i18n.install(qapp, "en")


# -- the pseudo-language walk (fixture ``pseudo_language`` in conftest) ----------------------------------
def test_every_text_on_the_main_screens_went_through_translate(qtbot, make_controller, tmp_path, pseudo_language):
    from workbench.gui.matter.view import TABS

    seen: list[tuple[str, str]] = []
    # first run: the create-vault dialog
    ctl = make_controller(tmp_path / "fresh")
    ctl.start()
    idle(qtbot, ctl)
    seen += [(f"create: {w}", t) for w, t in visible_texts(ctl.dialog)]
    ctl.dialog.reject()

    # the demo vault: dashboard, matters, every tab of a matter, search, settings, new matter
    ctl = make_controller(tmp_path / "demo", demo=True)
    ctl.start()
    qtbot.waitUntil(lambda: ctl.window is not None and ctl.window.isVisible(), timeout=WAIT)
    idle(qtbot, ctl)
    window = ctl.window
    qtbot.waitUntil(lambda: window.dashboard.model.rowCount() > 0, timeout=WAIT)
    seen += [(f"dashboard: {w}", t) for w, t in visible_texts(window)]
    window.show_screen("matters")
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=WAIT)
    window.open_matter_at(0)
    view = window.matter_view
    qtbot.waitUntil(lambda: view.detail is not None, timeout=WAIT)
    idle(qtbot, ctl)
    for name in TABS:
        view.set_tab(name)
        idle(qtbot, ctl)
        seen += [(f"matter/{name}: {w}", t) for w, t in visible_texts(window)]
    window.search_box.setText("interpreter")
    with qtbot.waitSignal(window.search_page.finished, timeout=WAIT):
        window.run_search()
    seen += [(f"search: {w}", t) for w, t in visible_texts(window)]
    settings = window.open_settings()
    seen += [(f"settings: {w}", t) for w, t in visible_texts(settings)]
    settings.reject()

    from workbench.core.vault.store import Vault
    from workbench.core.interchange.demo import DEMO_PASSPHRASE
    idle(qtbot, ctl)
    allowed = set(NAMES) | official_words() | locale_words()
    with Vault.open(tmp_path / "demo", DEMO_PASSPHRASE, store=None, auto_backup=False) as v:
        allowed |= data_words(v)
    allowed |= {w for name in i18n.LANGUAGES.values() for w in re.findall(r"[A-Za-z]{3,}", name)}  # own names
    assert_all_translated(seen, allowed)


def test_screenshots_in_spanish(qtbot, qapp, make_controller, tmp_path):
    """The demo in Spanish (the real catalog), saved for review: dashboard, a deadline's "why this
    date", the client profile; dates read the Spanish way."""
    from tests.gui.test_gui_screenshots import open_alvarez, open_demo, save
    from workbench.gui.resources import apply_style

    apply_style(qapp)
    try:
        assert i18n.install(qapp, "es") == "es"
        ctl, window = open_demo(qtbot, make_controller, tmp_path)
        qtbot.waitUntil(lambda: window.dashboard.model.rowCount() > 0, timeout=WAIT)
        assert window.windowTitle().startswith("Panel")
        save(window, "30-es-dashboard")
        open_alvarez(qtbot, ctl)
        view = window.matter_view
        qtbot.waitUntil(lambda: view.detail is not None, timeout=WAIT)
        view.set_tab("events")
        idle(qtbot, ctl)
        tab = view.events
        row = next(r for r, d in enumerate(tab.model.items()) if d.rule_id == "asylum.one_year")
        tab.table.selectRow(row)
        idle(qtbot, ctl)
        save(window, "31-es-matter-events")
        shown = " ".join(t for _, t in visible_texts(window))
        assert "Plazo" in shown or "plazo" in shown
        view.set_tab("client")
        idle(qtbot, ctl)
        save(window, "32-es-matter-client")
        assert "DD/MM/AAAA" in " ".join(t for _, t in visible_texts(window))
    finally:
        i18n.install(qapp, "en")
        qapp.setStyleSheet("")


def test_form_output_keeps_the_uscis_format_in_spanish(qapp, make_vault, uscis_dir, tmp_path):
    """The interface in Spanish changes nothing written onto a USCIS form: dates stay mm/dd/yyyy,
    "N/A"/"None" stay English, and the continuation sheet stays in USCIS's English layout."""
    from io import BytesIO

    from pypdf import PdfReader

    from workbench.core.forms import blanks
    from workbench.core.forms.service import fill_matter_form
    from workbench.core.model import Client, Matter, enums as E

    folder = tmp_path / "blanks"
    blanks.add_blank((uscis_dir / "i-589.pdf").read_bytes(), folder)
    vault, _ = make_vault()
    with vault.session() as s:
        m = Matter(client=Client(family_name="Reyes", given_name="Ana", date_of_birth=date(1990, 4, 2),
                                 a_number="A087654321"), kind=E.MatterKind.AFFIRMATIVE_ASYLUM)
        s.add(m)
        s.flush()
        matter_id = m.id
    outputs = {}
    try:
        for language in ("es", "en"):
            assert i18n.install(qapp, language) == language
            with vault.session() as s:
                outputs[language] = fill_matter_form(s, "i-589", matter_id, blanks_folder=folder,
                                                     today=date(2026, 11, 21))
    finally:
        i18n.install(qapp, "en")
    fields = {k: v.get("/V") for k, v in PdfReader(BytesIO(outputs["es"].pdf)).get_fields().items()}
    assert fields["form1[0].#subform[0].DateTimeField1[0]"] == "04/02/1990"
    assert fields["form1[0].#subform[0].PtAILine4_LastName[0]"] == "Reyes"
    assert any(v in ("N/A", "None") for v in fields.values())
    english = {k: v.get("/V") for k, v in PdfReader(BytesIO(outputs["en"].pdf)).get_fields().items()}
    assert fields == english  # the same answers, whatever the interface language
    # the checks shown in the app are in Spanish there; stored/printed they read in English
    assert [str(c.message) for c in outputs["es"].checks] == [str(c.message) for c in outputs["en"].checks]
