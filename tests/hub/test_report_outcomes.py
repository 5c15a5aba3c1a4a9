"""The organization's outcomes report from the hub's generic records: counts by matter kind
and year, grant rate, no client identities, and the admin command."""

from __future__ import annotations

import csv
import io
import json

from workbench.hub import admin
from workbench.hub.cli import main
from workbench.hub.models import Record
from tests.conftest import assert_owner_only

MATTERS = [  # (kind, outcome, outcome_on, closed_on, deleted)
    ("affirmative_asylum", "granted", "2030-03-01", None, False),
    ("affirmative_asylum", "granted", "2030-07-09", None, False),
    ("affirmative_asylum", "denied", "2030-11-30", None, False),
    ("affirmative_asylum", "referred", "2030-12-01", None, False),
    ("affirmative_asylum", "granted", "2031-01-15", None, False),
    ("defensive_asylum", "withholding_granted", "2031-02-02", None, False),
    ("defensive_asylum", "denied", "2031-05-05", None, False),
    ("u_visa", "approved", None, "2029-08-08", False),
    ("u_visa", None, None, None, False),  # pending: not counted
    ("u_visa", "approved", "2031-01-01", None, True),  # deleted: not counted
    ("sijs", "withdrawn", None, None, False),
]


def _seed(db, org_id):
    with db.write(org_id) as w:
        for n, (kind, outcome, on, closed, deleted) in enumerate(MATTERS):
            client_id, matter_id = f"c{n:035d}", f"m{n:035d}"
            w.session.add(Record(org_id=org_id, id=client_id, entity="clients", client_id=client_id,
                                 data=json.dumps({"id": client_id, "family_name": f"Secret{n}", "given_name": "X",
                                                  "a_number": f"{n:09d}"}), seq=w.next(), deleted=False))
            w.session.add(Record(org_id=org_id, id=matter_id, entity="matters", matter_id=matter_id, client_id=client_id,
                                 data=json.dumps({"id": matter_id, "client_id": client_id, "kind": kind,
                                                  "outcome": outcome, "outcome_on": on, "closed_on": closed,
                                                  "matter_number": f"NUM-{n}"}), seq=w.next(), deleted=deleted))


def test_counts_and_grant_rate(hub_db):
    db, _keys, org_id = hub_db
    _seed(db, org_id)
    rows = {(r["kind"], r["year"]): r for r in admin.outcomes_report(db, org_id)}
    assert set(rows) == {("affirmative_asylum", "2030"), ("affirmative_asylum", "2031"), ("defensive_asylum", "2031"),
                         ("u_visa", "2029"), ("sijs", "unknown")}
    a30 = rows[("affirmative_asylum", "2030")]
    assert (a30["outcomes"], a30["granted"], a30["denied"], a30["other"], a30["decided"]) == (4, 2, 1, 1, 3)
    assert a30["grant_rate"] == round(2 / 3, 4)
    d31 = rows[("defensive_asylum", "2031")]
    assert d31["grant_rate"] == 0.0 and d31["relief_rate"] == 0.5 and d31["other_relief"] == 1
    assert rows[("u_visa", "2029")]["granted"] == 1 and rows[("u_visa", "2029")]["grant_rate"] == 1.0
    assert rows[("sijs", "unknown")]["grant_rate"] is None
    text = json.dumps(list(rows.values()))
    assert "Secret" not in text and "NUM-" not in text and "c000" not in text and "m000" not in text


def test_admin_command_writes_csv(hub_db, tmp_path, capsys):
    db, keys, org_id = hub_db
    _seed(db, org_id)
    out = tmp_path / "outcomes.csv"
    code = main(["--db", db.url, "--keys", str(keys), "report", "outcomes", "--out", str(out)])
    printed = capsys.readouterr().out
    assert code == 0 and "GRANT RATE" in printed and "67%" in printed
    table = list(csv.reader(io.StringIO(out.read_text())))
    assert table[0][:4] == ["kind", "year", "outcomes", "granted"] and len(table) == 6
    assert_owner_only(out)
    assert "Secret" not in out.read_text()
