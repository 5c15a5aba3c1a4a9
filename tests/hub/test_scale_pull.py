"""A pull costs what the device may see, not the size of the organization (issue 13).

On real PostgreSQL, ``EXPLAIN (ANALYZE, BUFFERS)`` of the pull an attorney's device makes from
cursor 0 (its first pull: 4 matters) reads the same number of pages whether the organization
has 1,000 or 20,000 matters; the conflicts list of a sync likewise does not read the
organization's other open conflicts. (``make bench`` shows the same at 50,000 matters, with
times.) The device still gets exactly its records, through the real HTTP pull.
"""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.dialects import postgresql

from workbench.hub.conflicts import open_conflicts
from workbench.hub.pull import QUERY_SQL
from workbench.hub.scope import open_conflict_ids

from .scale_seed import new_attorneys, seed_matters

pytestmark = pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
ANA = "ana@firm.example"
CHILDREN = 4


def _explain(db, sql: str, params: dict) -> tuple[int, int, str]:
    """(pages read, rows returned, plan text) of one run of ``sql``."""
    with db.read() as s:
        plan = s.execute(text("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql), params).scalar()
    plan = plan if isinstance(plan, list) else json.loads(plan)
    top = plan[0]["Plan"]
    return top["Shared Hit Blocks"] + top["Shared Read Blocks"], top["Actual Rows"], _nodes(plan[0]["Plan"])


def _nodes(node: dict) -> str:
    """The plan as lines "Node Type on relation", for looking for a sequential scan."""
    line = f"{node['Node Type']} on {node.get('Relation Name', '-')}"
    return "\n".join([line, *(_nodes(child) for child in node.get("Plans", []))])


def _first_pull(db, org_id: str, attorney: str) -> tuple[int, int, str]:
    return _explain(db, QUERY_SQL, {"o": org_id, "a": attorney, "c": 0, "n": 2001})


def _conflicts_sql(org_id: str, attorney: str) -> str:
    return str(open_conflict_ids(org_id, attorney).compile(dialect=postgresql.dialect(),
                                                           compile_kwargs={"literal_binds": True}))


def _open_conflicts_on(db, org_id: str, record_ids: list[str]) -> None:
    raw = db.engine.raw_connection()
    try:
        with raw.cursor() as cur, cur.copy("COPY conflicts (id, org_id, entity, entity_id, field, hub_value, "
                                           "device_value, device_id, created_at) FROM STDIN") as cp:
            for rid in record_ids:
                cp.write_row((str(uuid.uuid4()), org_id, "events", rid, "title", '"a"', '"b"', "d",
                              "2026-01-01T00:00:00Z"))
        raw.commit()
    finally:
        raw.close()
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("ANALYZE conflicts"))


def test_first_pull_reads_the_same_pages_at_1000_and_20000_matters(hub):
    db, org_id = hub.db, hub.org_id
    ana = hub.attorney(ANA)
    others = new_attorneys(db, org_id, 249)
    seeded = seed_matters(db, org_id, 1_000, [ana, *others], CHILDREN)  # Ana: matters 0, 250, 500, 750
    assert len(seeded.matters_by_attorney[ana]) == 4
    small_pages, small_rows, _ = _first_pull(db, org_id, ana)

    seed_matters(db, org_id, 19_000, others, CHILDREN)  # the organization grows; Ana's work does not
    big_pages, big_rows, plan = _first_pull(db, org_id, ana)

    assert small_rows == big_rows == 4 * (2 + CHILDREN)
    assert big_pages <= small_pages * 1.5 + 10, (small_pages, big_pages)
    assert big_pages < 400  # a walk of the log would read thousands of pages here
    assert "Seq Scan on records" not in plan

    device = hub.device(ANA)  # and the device gets exactly Ana's records, through HTTP
    state, cursor = device.pull_all(0, 2000)
    assert {c["entity_id"] if c["entity"] == "matters" else c["data"]["matter_id"]
            for c in state.values() if c["entity"] != "clients"} \
        == set(seeded.matters_by_attorney[ana])
    assert len(state) == 4 * (2 + CHILDREN)
    with db.read() as s:
        assert cursor == s.scalar(text("SELECT last_seq FROM organizations"))


def test_conflicts_list_does_not_read_the_organizations_other_conflicts(hub):
    db, org_id = hub.db, hub.org_id
    ana = hub.attorney(ANA)
    others = new_attorneys(db, org_id, 99)
    seed_matters(db, org_id, 2_000, [ana, *others], CHILDREN)
    with db.read() as s:
        others_records = list(s.scalars(text(
            "SELECT r.id FROM records r JOIN assignments x ON x.matter_id = r.matter_id "
            "WHERE x.attorney_id <> :a AND r.entity = 'events'"), {"a": ana}))
        anas_event = s.scalar(text("SELECT r.id FROM records r JOIN assignments x ON x.matter_id = r.matter_id "
                                   "WHERE x.attorney_id = :a AND r.entity = 'events' LIMIT 1"), {"a": ana})
    _open_conflicts_on(db, org_id, [anas_event])
    few_pages, few_rows, _ = _explain(db, _conflicts_sql(org_id, ana), {})
    _open_conflicts_on(db, org_id, others_records[:5_000])
    many_pages, many_rows, many_plan = _explain(db, _conflicts_sql(org_id, ana), {})
    assert few_rows == many_rows == 1
    # one index probe per record in Ana's scope (120), two pages each once the index has grown a
    # level; checking 5,000 open conflicts against her scope would read tens of thousands of pages
    assert many_pages <= few_pages + 2 * 120 + 10, (few_pages, many_pages)
    assert "Seq Scan on conflicts" not in many_plan
    device = hub.device(ANA)
    listed = device.request("GET", "/v1/conflicts").json()["conflicts"]
    assert [c["entity_id"] for c in listed] == [anas_event]
    with db.read() as s:  # the organization's own list (CLI, console) still has every open conflict
        assert len(open_conflicts(s, org_id)) == 1 + min(5_000, len(others_records))
