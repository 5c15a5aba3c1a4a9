"""Deadline text is English where it is stored or printed and translatable where it is shown.

The engine builds every title, label, step and nuance as a ``Msg`` (``workbench.core.msg``): the
English string, which also knows how to translate itself. These tests install a fake translator
(every translation ``<<source>>``) and check that the English never changes while ``tr`` reaches
every piece, placeholders included.
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.core import i18n
from workbench.core.deadlines.store import display_title
from workbench.core.deadlines import (BiometricsAppointment, Hearing, HearingKind, MatterFacts, Track, NoticeKind,
                                      UscisNotice, compute_deadlines)
from workbench.core.deadlines import business_days as bd
from workbench.core.msg import Msg, tr

D = date

FACTS = MatterFacts(
    track=Track.REMOVAL_DEFENSE,
    last_arrival_date=D(2024, 3, 15),
    ij_oral_decision_date=D(2025, 10, 28),
    ij_written_decision_served_date=D(2025, 11, 3),
    hearings=(Hearing(D(2026, 3, 2), HearingKind.INDIVIDUAL, key="ih"),
              Hearing(D(2026, 4, 6), HearingKind.MASTER, detained=True, judge_set_filing_deadline=D(2026, 3, 20))),
    notices=(UscisNotice(NoticeKind.RFE, D(2026, 5, 25), issued=D(2026, 3, 1)),),
    biometrics_appointments=(BiometricsAppointment(D(2026, 7, 4)),),
    client_date_of_birth=D(2008, 2, 29),
    asylum_application_filed_date=D(2025, 3, 1),
    unaccompanied_child=True,
)


@pytest.fixture
def marked():
    i18n.set_translator(lambda context, text, disambiguation=None, n=-1: f"<<{text}>>")
    yield
    i18n.set_translator(None)


def _texts(d):
    e = d.explanation
    yield d.title
    yield e.rule_title
    yield e.authority
    yield e.nuance
    yield from e.steps
    for i in e.inputs:
        yield i.label
        yield i.display()


def test_english_is_the_same_with_a_translator_installed(marked):
    english = [d.explanation.as_text() for d in compute_deadlines(FACTS)]
    i18n.set_translator(None)
    assert english == [d.explanation.as_text() for d in compute_deadlines(FACTS)]


def test_every_shown_text_of_an_explanation_translates(marked):
    results = compute_deadlines(FACTS)
    assert len(results) > 8
    for d in results:
        for text in _texts(d):
            if isinstance(text, Msg):
                assert "<<" in tr(text), text
            else:  # only ISO dates or values as entered are plain
                assert not any(c.isalpha() for c in text.replace("RFE", "")), text
        for step in d.explanation.steps:
            assert isinstance(step, Msg), step


def test_placeholders_are_translated_inside_the_sentence(marked):
    d = next(d for d in compute_deadlines(FACTS) if d.rule_id == "asylum.one_year")
    start = tr(d.explanation.steps[0])
    assert start == "<<Start: <<Date of last arrival in the United States>>: <<2024-03-15 (<<Friday>>)>>.>>"
    assert "<<Monday>>" in tr(bd.describe(D(2026, 3, 2)))
    assert tr(bd.describe(D(2025, 11, 27))) == "<<{date} ({weekday}, {holiday})>>".format(
        date="2025-11-27", weekday="<<Thursday>>", holiday="<<Thanksgiving Day>>")


def test_stored_titles_translate_when_shown(marked):
    for d in compute_deadlines(FACTS):
        shown = display_title(d.rule_id, str(d.title))
        assert shown == tr(d.title) and shown.startswith("<<"), shown
    assert display_title(None, "Call the client") == "Call the client"
    assert display_title("asylum.one_year", "Renamed by hand") == "Renamed by hand"


def test_without_a_translator_tr_gives_the_english():
    for d in compute_deadlines(FACTS):
        for text in _texts(d):
            assert tr(text) == text
