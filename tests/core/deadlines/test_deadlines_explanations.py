"""Explanations, overrides, settings, gating and input validation."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from workbench.core.deadlines import (
    RULES,
    EngineSettings,
    Hearing,
    HearingKind,
    MatterFacts,
    Track,
    Override,
    compute_deadlines,
    unused_override_keys,
)

D = date


def by_key(results):
    return {d.key: d for d in results}


FULL = MatterFacts(
    track=Track.REMOVAL_DEFENSE,
    last_arrival_date=D(2024, 3, 15),
    ij_oral_decision_date=D(2025, 10, 28),
    hearings=(Hearing(D(2026, 3, 2), HearingKind.INDIVIDUAL, key="ih"),),
    asylum_application_filed_date=D(2025, 3, 1),
)


def test_every_rule_is_fully_declared():
    for rule in RULES:
        assert rule.id and rule.title, rule
        assert re.search(r"(CFR|INA|EOIR|U\.S\.C\.|Pub\. L\.|\d+ FR \d+)", rule.authority), rule.id
        assert len(rule.nuance) > 40, rule.id
        assert rule.verification, rule.id


def test_exact_citations_for_the_core_rules():
    rules = {r.id: r for r in RULES}
    assert "INA § 208(a)(2)(B)" in rules["asylum.one_year"].authority
    assert "8 CFR § 208.4(a)(2)" in rules["asylum.one_year"].authority
    assert "8 CFR 208.4(a)(4)" in rules["asylum.one_year"].nuance
    assert "8 CFR 208.4(a)(5)" in rules["asylum.one_year"].nuance
    assert "8 CFR § 1003.38(b), (c)" in rules["bia.appeal"].authority
    assert "8 CFR § 1003.23(b)(1)" in rules["ij.motion_to_reopen"].authority
    assert "8 CFR § 1003.2(c)(2)" in rules["bia.motion_to_reopen"].authority
    assert "8 CFR § 1003.2(b)(2)" in rules["bia.motion_to_reconsider"].authority
    assert "INA § 242(b)(1)" in rules["circuit.petition_for_review"].authority
    assert "26(a)" in rules["circuit.petition_for_review"].authority
    assert "8 CFR § 103.2(b)(8)" in rules["uscis.rfe_response"].authority
    assert "INA § 101(a)(27)(J)" in rules["sijs.age_out"].authority
    assert "8 CFR § 204.11(b)" in rules["sijs.age_out"].authority
    assert "235(d)(6)" in rules["sijs.age_out"].authority
    assert "8 CFR § 214.14(c)(2)(i)" in rules["u_visa.supplement_b"].authority
    assert "8 CFR § 208.7(a)(1)" in rules["asylum.ead_may_apply"].authority
    assert "Asylumworks" in rules["asylum.ead_may_apply"].nuance
    assert "CASA" in rules["asylum.ead_may_apply"].nuance
    assert "INA § 209(b)(2)" in rules["asylee.adjustment_eligible"].authority
    assert "8 CFR § 209.2(a)(1)(ii)" in rules["asylee.adjustment_eligible"].authority


def test_explanation_lists_inputs_authority_and_steps():
    d = by_key(compute_deadlines(FULL))["bia.appeal"]
    e = d.explanation
    assert e.rule_id == "bia.appeal"
    assert "1003.38" in e.authority
    names = {i.name: i.value for i in e.inputs}
    assert names["ij_oral_decision_date"] == D(2025, 10, 28)
    assert "ij_written_decision_served_date" in names  # listed even when not recorded
    text = "\n".join(e.steps)
    assert "2025-11-27 (Thursday, Thanksgiving Day)" in text
    assert "2025-11-28" in text and "next business day" in text
    assert "RECEIVES" in e.nuance
    full = e.as_text()
    for fragment in ("Authority:", "Inputs:", "Computation:", "2025-10-28", "cannot know"):
        assert fragment in full


def test_christmas_roll_warns_about_executive_order_closure():
    facts = MatterFacts(Track.REMOVAL_DEFENSE, ij_oral_decision_date=D(2025, 11, 25))
    d = by_key(compute_deadlines(facts))["bia.appeal"]
    assert d.computed_date == D(2025, 12, 26)
    assert any("executive order" in s for s in d.explanation.steps)


def test_leap_day_step_names_both_readings():
    facts = MatterFacts(Track.ASYLUM, last_arrival_date=D(2024, 2, 29))
    (d,) = compute_deadlines(facts)
    text = " ".join(d.explanation.steps)
    assert "2025-02-28" in text and "2025-03-01" in text and "earlier reading" in text


def test_one_year_explanation_checks_the_filing_date():
    d = by_key(compute_deadlines(FULL))["asylum.one_year"]
    # last day Mon 17 Mar 2025; filed 1 Mar 2025
    assert any("on or before the last day" in s for s in d.explanation.steps)


def test_flag_notes_sijs_order_and_uac():
    sijs = MatterFacts(Track.SIJS, client_date_of_birth=D(2008, 5, 1))
    (d,) = compute_deadlines(sijs)
    assert any("juvenile-court order" in s for s in d.explanation.steps)
    with_order = MatterFacts(Track.SIJS, client_date_of_birth=D(2008, 5, 1), sijs_state_court_order_obtained=True)
    (d2,) = compute_deadlines(with_order)
    assert not any("No juvenile-court order" in s for s in d2.explanation.steps)
    uac = MatterFacts(Track.ASYLUM, last_arrival_date=D(2025, 1, 6), unaccompanied_child=True)
    (d3,) = compute_deadlines(uac)
    assert any("208(a)(2)(E)" in s for s in d3.explanation.steps)


def test_detained_case_has_no_date_and_says_why():
    facts = MatterFacts(
        Track.REMOVAL_DEFENSE,
        hearings=(
            Hearing(D(2026, 1, 12), HearingKind.INDIVIDUAL, detained=True, key="ind"),
            Hearing(D(2026, 1, 5), HearingKind.MASTER, detained=True, key="mas"),
        ),
    )
    results = compute_deadlines(facts)
    assert [d.key for d in results] == ["court.prehearing_filing.detained:ind"]  # master: only once set
    (d,) = results
    assert d.computed_date is None and d.reminders == ()
    assert any("as the immigration court (judge) specifies" in s for s in d.explanation.steps)


def test_override_shows_both_dates_and_reason():
    overrides = {"bia.appeal": (D(2025, 11, 21), "File a week early: client moving")}
    d = by_key(compute_deadlines(FULL, overrides=overrides))["bia.appeal"]
    assert d.computed_date == D(2025, 11, 28)
    assert d.due_date == D(2025, 11, 21)
    assert d.is_overridden and d.override.reason.startswith("File a week early")
    assert "computed: 2025-11-28" in d.explanation.steps[-1]
    assert all(r < D(2025, 11, 21) for r in d.reminders)


def test_override_for_detained_case_supplies_the_date():
    facts = MatterFacts(
        Track.REMOVAL_DEFENSE,
        hearings=(Hearing(D(2026, 1, 12), HearingKind.INDIVIDUAL, detained=True, key="k"),),
    )
    key = "court.prehearing_filing.detained:k"
    (d,) = compute_deadlines(facts, overrides={key: Override(D(2026, 1, 6), "Set orally by IJ")})
    assert d.computed_date is None and d.due_date == D(2026, 1, 6)
    assert d.reminders  # reminders now count back from the user's date


def test_unused_override_keys_are_reported():
    overrides = {"bia.appeal": (D(2025, 11, 21), "x"), "court.prehearing_filing.individual:gone": (D(2026, 1, 1), "y")}
    results = compute_deadlines(FULL, overrides=overrides)
    assert unused_override_keys(results, overrides) == {"court.prehearing_filing.individual:gone"}


def test_override_needs_a_reason():
    with pytest.raises(ValueError, match="reason"):
        Override(D(2025, 1, 1), "  ")


def test_hearing_key_keeps_override_when_hearing_moves():
    o = {"court.prehearing_filing.individual:ih": (D(2026, 1, 20), "agreed with DHS")}
    moved = MatterFacts(Track.REMOVAL_DEFENSE, hearings=(Hearing(D(2026, 4, 6), HearingKind.INDIVIDUAL, key="ih"),))
    (d,) = compute_deadlines(moved, overrides=o)
    assert d.is_overridden
    # 6 Apr 2026 - 30 = 7 Mar 2026 (Sat) -> Fri 6 Mar
    assert d.computed_date == D(2026, 3, 6)


def test_lead_time_setting_changes_the_date_and_is_explained():
    fifteen = by_key(compute_deadlines(FULL, settings=EngineSettings(individual_hearing_lead_days=15)))
    d = fifteen["court.prehearing_filing.individual:ih"]
    assert d.computed_date == D(2026, 2, 13)
    assert any("15 calendar days" in s and "individual_hearing_lead_days" in s for s in d.explanation.steps)
    assert any("PRECEDING business day" in s for s in d.explanation.steps)


def test_matter_kind_gating_and_appeal_dropped_after_bia_order():
    # an arrival date on a U visa matter does not create an asylum deadline
    uv = MatterFacts(Track.U_VISA, last_arrival_date=D(2025, 1, 1), client_date_of_birth=D(2007, 1, 1))
    assert compute_deadlines(uv) == []
    after_bia = MatterFacts(Track.REMOVAL_DEFENSE, ij_oral_decision_date=D(2025, 1, 6), bia_final_order_date=D(2025, 9, 29))
    keys = {d.key for d in compute_deadlines(after_bia)}
    assert keys == {"bia.motion_to_reopen", "bia.motion_to_reconsider", "circuit.petition_for_review"}


def test_results_sorted_by_due_date_with_undated_last():
    facts = MatterFacts(
        Track.REMOVAL_DEFENSE,
        ij_oral_decision_date=D(2025, 10, 28),
        hearings=(Hearing(D(2026, 1, 12), HearingKind.INDIVIDUAL, detained=True),),
    )
    results = compute_deadlines(facts)
    dated = [d.due_date for d in results if d.due_date]
    assert dated == sorted(dated)
    assert results[-1].due_date is None


def test_same_day_hearings_without_keys_are_kept_apart():
    h = Hearing(D(2026, 3, 2), HearingKind.INDIVIDUAL)
    results = compute_deadlines(MatterFacts(Track.REMOVAL_DEFENSE, hearings=(h, h)))
    assert sorted(d.key for d in results) == [
        "court.prehearing_filing.individual:2026-03-02",
        "court.prehearing_filing.individual:2026-03-02#2",
    ]


def test_recompute_on_changed_facts_is_a_pure_function():
    before = compute_deadlines(FULL)
    assert compute_deadlines(FULL) == before
    changed = MatterFacts(**{**FULL.__dict__, "ij_oral_decision_date": D(2025, 3, 3)})
    assert by_key(compute_deadlines(changed))["bia.appeal"].computed_date == D(2025, 4, 2)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"last_arrival_date": datetime(2025, 1, 1, 12, 0)}, TypeError),  # datetime, not date
        ({"last_arrival_date": "2025-01-01"}, TypeError),
        ({"hearings": ("2025-01-01",)}, TypeError),
        ({"unaccompanied_child": "yes"}, TypeError),
        ({"track": "not-a-kind"}, ValueError),
    ],
)
def test_bad_facts_are_refused_with_a_clear_message(kwargs, error):
    args = {"track": Track.ASYLUM, **kwargs}
    with pytest.raises(error):
        MatterFacts(**args)


def test_strings_are_accepted_for_enums_and_lists_become_tuples():
    f = MatterFacts("removal_defense", hearings=[Hearing(D(2026, 3, 2), "individual")])
    assert f.track is Track.REMOVAL_DEFENSE
    assert isinstance(f.hearings, tuple) and f.hearings[0].kind is HearingKind.INDIVIDUAL


def test_settings_validation():
    with pytest.raises(ValueError):
        EngineSettings(individual_hearing_lead_days=0)
    with pytest.raises(ValueError):
        EngineSettings(extra_reminder_days=(-1,))
