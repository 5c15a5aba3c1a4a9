"""The asylee's relative petition (Form I-730): two years after the asylum grant, 8 CFR 208.21(d).

Hand-computed cases; the trigger day is day 0 and the last day is the second anniversary.
Weekday anchors: 1 Jan 2022 Saturday, 1 Jan 2024 Monday, 1 Jan 2025 Wednesday, 1 Jan 2026
Thursday, 1 Jan 2027 Friday. Holidays are the observed federal holidays (5 U.S.C. 6103); a last
day on a Saturday, Sunday or holiday runs to the next business day (8 CFR 1.2, "day").
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from workbench.core.deadlines import DeadlineKind, MatterFacts, Track, compute_deadlines
from workbench.core.deadlines.rules import RULES_BY_ID, Roll

D = date
RULE = "asylee.relative_petition"


def _one(grant: date | None, track: Track = Track.OTHER):
    found = [d for d in compute_deadlines(MatterFacts(track=track, asylum_grant_date=grant)) if d.rule_id == RULE]
    assert len(found) <= 1
    return found[0] if found else None


CASES = [
    # Tue 10 Jun 2025 + 2 years = Thu 10 Jun 2027 (day 161 of 2027: Fri + 160 = Thu), open
    ("plain", D(2025, 6, 10), D(2027, 6, 10)),
    # Thu 29 Feb 2024 (leap day): 2026 has no 29 Feb; the earlier reading is Sat 28 Feb 2026,
    # Sun 1 Mar closed -> Mon 2 Mar 2026 (the later reading, 1 Mar, rolls to the same day)
    ("grant-on-leap-day", D(2024, 2, 29), D(2026, 3, 2)),
    # Mon 28 Feb 2022 + 2 years = Wed 28 Feb 2024: the leap day of 2024 does not move the date
    ("period-across-a-leap-day", D(2022, 2, 28), D(2024, 2, 28)),
    # Tue 1 Mar 2022 + 2 years = Fri 1 Mar 2024 (not 29 Feb)
    ("first-of-march-after-leap-february", D(2022, 3, 1), D(2024, 3, 1)),
    # Fri 13 Jun 2025 + 2 years = Sun 13 Jun 2027 -> Mon 14 Jun 2027
    ("anniversary-on-sunday", D(2025, 6, 13), D(2027, 6, 14)),
    # Mon 27 Nov 2023 + 2 years = Thu 27 Nov 2025, Thanksgiving -> Fri 28 Nov 2025
    ("anniversary-on-thanksgiving", D(2023, 11, 27), D(2025, 11, 28)),
    # Fri 19 Jan 2024 + 2 years = Mon 19 Jan 2026, Martin Luther King Jr. Day -> Tue 20 Jan 2026
    ("anniversary-on-mlk-day", D(2024, 1, 19), D(2026, 1, 20)),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_last_day_is_the_second_anniversary_rolled_off_closed_days(case):
    _, grant, expected = case
    d = _one(grant)
    assert d is not None and d.computed_date == expected and d.due_date == expected
    assert d.kind is DeadlineKind.DEADLINE


def test_the_leap_day_grant_explains_both_readings_and_the_roll():
    steps = " ".join(str(s) for s in _one(D(2024, 2, 29)).explanation.steps)
    assert "2026-02-28 (Saturday)" in steps and "2026-03-01" in steps and "2026-03-02 (Monday)" in steps


def test_a_closed_last_day_moves_forward_by_the_definition_of_day():
    rule = RULES_BY_ID[RULE]
    assert rule.computation.roll is Roll.FORWARD
    assert "8 CFR 1.2" in str(rule.computation.roll_authority)
    steps = " ".join(str(s) for s in _one(D(2024, 1, 19)).explanation.steps)
    assert "next business day: 2026-01-20 (Tuesday)" in steps


def test_the_humanitarian_exception_is_shown_with_the_date():
    e = _one(D(2025, 6, 10)).explanation
    assert "8 CFR § 208.21(d)" in str(e.authority)
    text = e.as_text()
    assert "humanitarian reasons" in text and "Part 3" in text and "discretionary" in text
    assert "Date asylum was granted: 2025-06-10" in text


def test_reminders_at_eighteen_months_and_before_the_last_day():
    d = _one(D(2025, 6, 10))
    # 18 months after 10 Jun 2025 = 10 Dec 2026; 90 and 30 days before Thu 10 Jun 2027
    assert d.reminders == (D(2026, 12, 10), D(2027, 3, 12), D(2027, 5, 11))


@pytest.mark.parametrize("track", [Track.ASYLUM, Track.REMOVAL_DEFENSE, Track.ASYLEE_ADJUSTMENT, Track.OTHER])
def test_any_matter_with_a_grant_date_gets_it_and_none_without(track):
    assert _one(D(2025, 6, 10), track).computed_date == D(2027, 6, 10)
    assert _one(None, track) is None


def test_a_real_vault_matter_with_its_grant_date_has_the_deadline(tmp_path):
    """The golden asylee client (granted 06/10/2025) imported into a real vault: its stored
    grant date reaches the rule through the matter's facts."""
    from workbench.core.deadlines.store import compute_for
    from workbench.core.interchange import import_matter
    from workbench.core.model import Matter
    from workbench.core.vault.store import Vault

    doc = json.loads((Path(__file__).parents[1] / "forms" / "golden" / "asylee-spouse-abroad" / "client.json")
                     .read_text(encoding="utf-8"))["matter"]
    vault, _ = Vault.create(tmp_path / "vault", "i-730 deadline passphrase", store=None, calibrate=False)
    try:
        with vault.session() as s:
            matter_id = import_matter(s, doc).matter_id
        with vault.session() as s:
            found = {d.rule_id: d for d in compute_for(s.get(Matter, matter_id), today=D(2025, 9, 15))}
    finally:
        vault.close()
    assert found[RULE].computed_date == D(2027, 6, 10)
    assert found["asylee.adjustment_eligible"].computed_date == D(2026, 6, 10)
