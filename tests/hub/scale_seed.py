"""An organization at the size of the network, loaded straight into PostgreSQL (COPY).

Used by the scale tests (``test_scale_pull.py``) and the load benchmark
(``benchmarks/bench_hub_load.py``). Each matter has a client, the matter and ``children``
matter-owned records; matters are assigned round-robin to the attorneys given. Sequence
numbers follow the order of creation, so one attorney's matters are spread over the whole
change log (as they are in a real organization): a pull that walked the log from the cursor
would read all of it.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select, text, update

from workbench.hub.db import Database
from workbench.hub.models import Organization

CHILD_KINDS = ("events", "deadlines", "tasks", "notes", "time_entries", "contacts")


@dataclass
class Seeded:
    matters_by_attorney: dict[str, list[str]] = field(default_factory=dict)
    records: int = 0


def new_attorneys(db: Database, org_id: str, count: int, prefix: str = "volunteer") -> list[str]:
    """``count`` attorneys (``{prefix}{i}@network.example``); their ids."""
    ids = [str(uuid.uuid4()) for _ in range(count)]
    raw = db.engine.raw_connection()
    try:
        with raw.cursor() as cur, cur.copy("COPY attorneys (id, org_id, email, name, created_at) FROM STDIN") as cp:
            for i, attorney in enumerate(ids):
                cp.write_row((attorney, org_id, f"{prefix}{i}-{attorney[:8]}@network.example", f"Volunteer {i}",
                              "2026-01-01T00:00:00Z"))
        raw.commit()
    finally:
        raw.close()
    return ids


def seed_matters(db: Database, org_id: str, matters: int, attorneys: list[str], children: int = 4) -> Seeded:
    """Add ``matters`` matters (client, matter, ``children`` records each) after the current
    ``last_seq``, the i-th assigned to ``attorneys[i % len(attorneys)]``; then ANALYZE."""
    with db.read() as s:
        seq = s.scalar(select(Organization.last_seq).where(Organization.id == org_id))
    seeded = Seeded()
    raw = db.engine.raw_connection()
    try:
        with raw.cursor() as cur:
            with cur.copy("COPY records (org_id, id, entity, matter_id, client_id, created_by, data, seq, deleted)"
                          " FROM STDIN") as cp:
                for i in range(matters):
                    attorney = attorneys[i % len(attorneys)]
                    client_id, matter_id = str(uuid.uuid4()), str(uuid.uuid4())
                    seq += 1
                    cp.write_row((org_id, client_id, "clients", None, client_id, None, json.dumps(
                        {"id": client_id, "family_name": f"Family {i}", "given_name": "Given",
                         "date_of_birth": "1990-01-01", "country_of_birth": "Honduras"}), seq, False))
                    seq += 1
                    cp.write_row((org_id, matter_id, "matters", matter_id, client_id, None, json.dumps(
                        {"id": matter_id, "client_id": client_id, "kind": "affirmative_asylum",
                         "stage": "preparation", "opened_on": "2025-03-01"}), seq, False))
                    for k in range(children):
                        rid, entity = str(uuid.uuid4()), CHILD_KINDS[k % len(CHILD_KINDS)]
                        seq += 1
                        cp.write_row((org_id, rid, entity, matter_id, None, None, json.dumps(
                            {"id": rid, "matter_id": matter_id, "title": f"{entity} {k}", "on_date": "2026-02-01"}),
                            seq, False))
                    seeded.matters_by_attorney.setdefault(attorney, []).append(matter_id)
                    seeded.records += 2 + children
            with cur.copy("COPY assignments (attorney_id, matter_id, assigned_at) FROM STDIN") as cp:
                for attorney, ids in seeded.matters_by_attorney.items():
                    for matter_id in ids:
                        cp.write_row((attorney, matter_id, "2026-01-01T00:00:00Z"))
        raw.commit()
    finally:
        raw.close()
    with db.session() as s:
        s.execute(update(Organization).where(Organization.id == org_id).values(last_seq=seq))
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("ANALYZE records"))
        conn.execute(text("ANALYZE assignments"))
    return seeded
