"""Impact figures from what the hub holds: counts right, no client identity, small cells hidden."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from workbench.hub import admin
from workbench.hub.console import impact
from workbench.hub.ids import new_id
from workbench.hub.models import Assignment, Record


def _matter(w, org_id, kind, client_id, **facts) -> str:
    matter_id = new_id()
    w.session.add(Record(org_id=org_id, id=matter_id, entity="matters", matter_id=matter_id, client_id=client_id,
                         data=json.dumps({"id": matter_id, "client_id": client_id, "kind": kind, **facts}),
                         seq=w.next(), deleted=False))
    return matter_id


def _cases(db, org_id, attorney):
    """Affirmative asylum: 8 granted, 5 denied, 1 pending (14 clients, placed 2024-03-01, filed a month
    later, decided 2025-10-01, an hour each of 2025). Defensive asylum 2025: 6 granted, 2 denied.
    U visa: one client with two matters, one approved."""
    with db.write(org_id) as w:
        for i in range(14):
            outcome = {"outcome": "granted" if i < 8 else "denied", "outcome_on": "2025-10-01"} if i < 13 else {}
            m = _matter(w, org_id, "affirmative_asylum", new_id(), opened_on="2024-03-01",
                        closed_on="2025-10-01" if i < 13 else None, asylum_filed_on="2024-04-01", **outcome)
            w.session.add(Assignment(attorney_id=attorney, matter_id=m,
                                     assigned_at=datetime(2024, 3, 1, tzinfo=timezone.utc)))
            w.session.add(Record(org_id=org_id, id=new_id(), entity="time_entries", matter_id=m, seq=w.next(),
                                 deleted=False, created_by=attorney,
                                 data=json.dumps({"matter_id": m, "work_date": "2025-05-05", "minutes": 60})))
        for i in range(8):
            _matter(w, org_id, "defensive_asylum", new_id(), opened_on="2025-01-01",
                    outcome="granted" if i < 6 else "denied", outcome_on="2025-12-01")
        client = new_id()
        _matter(w, org_id, "u_visa", client, opened_on="2025-01-01", outcome="approved", outcome_on="2025-06-01")
        _matter(w, org_id, "u_visa", client, opened_on="2025-02-01")


def test_the_figures_and_their_suppression(hub_db):
    db, _, org_id = hub_db
    _cases(db, org_id, admin.add_attorney(db, org_id, "vol@firm.example"))
    f = impact.compute(db, org_id)
    assert f.people_served == 23
    years = {y["year"]: y for y in f.years}
    assert years[2024] == {"year": 2024, "people": 14, "opened": 14, "closed": 0, "hours": 0}
    assert years[2025] == {"year": 2025, "people": 23, "opened": 10, "closed": 13, "hours": 14.0}
    rows = {r["kind"]: r for r in f.outcomes}
    asylum = rows["affirmative_asylum"]
    assert (asylum["outcomes"], asylum["granted"], asylum["denied"], asylum["grant_rate"]) == (13, 8, 5, 0.6154)
    # 2 denied is hidden; so is the 6 granted (8 - 6 gives it back), and the rate (75% of 8 gives it back)
    defensive = rows["defensive_asylum"]
    assert (defensive["outcomes"], defensive["granted"], defensive["denied"], defensive["grant_rate"]) == \
        (8, "<5", "<5", "<5")
    assert (rows["u_visa"]["outcomes"], rows["u_visa"]["granted"], rows["u_visa"]["grant_rate"]) == \
        ("<5", "<5", "<5")
    timing = {t["kind"]: t for t in f.timing}["affirmative_asylum"]
    assert (timing["placed"], timing["to_filing"], timing["to_decision"]) == (14, 31, 579)
    csv = impact.to_csv(f).decode()
    assert "affirmative_asylum,2025,13,8,0,5,0,0.6154" in csv and "defensive_asylum,2025,8,<5,0,<5,0,<5" in csv
    with db.read() as s:
        ids = [r.client_id for r in s.query(Record).filter(Record.entity == "matters")]
    assert not any(i in csv for i in ids)


def test_an_empty_hub_has_empty_figures(hub_db):
    db, _, org_id = hub_db
    f = impact.compute(db, org_id)
    assert (f.people_served, f.years, f.outcomes, f.timing) == (0, [], [], [])
