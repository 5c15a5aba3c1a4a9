"""Pull: the current state of in-scope records changed after a cursor, in sequence order.

The query starts from the attorney's assignments (``scope.SCOPE_CTE``) and reads one index range
per assigned matter and per client in scope, from the cursor on, then sorts what it found by
``seq`` and keeps ``limit`` rows. Its cost follows what the device may see: a first pull of an
attorney's 4 matters reads those matters' records whatever the size of the organization (the
change log used to be walked from the cursor with a scope check per row). A first pull
(cursor 0) is thereby a snapshot of the attorney's records in ``seq`` order, ending with the
current cursor; a later pull, the same query from its cursor (usually empty ranges). An
attorney with a large scope (more than ``scope.LARGE_SCOPE`` matters: staff, not volunteers)
is served by walking the log from the cursor with a per-row scope probe instead, which reads
about ``limit / their share of the log`` rows per batch (see ``scope.SQL_IN_SCOPE``).

The answer is assembled as JSON text around the stored ``data`` text (never decoded), which is
what keeps a first sync of ~100,000 records within seconds. When nothing in scope is left, the
cursor jumps to the organization's ``last_seq`` read *before* the query, so an idle device's
next pull starts at the end of the sequence; that is safe because numbers are handed out and
committed in order under the organization lock (``db``), so every change up to that number was
visible to the query (which runs after the read, on a later snapshot).
"""

from __future__ import annotations

import json

from sqlalchemy import text
from sqlalchemy.orm import Session

from .scope import COUNT_MATTERS_SQL, LARGE_SCOPE, SCOPE_CTE, SQL_IN_SCOPE, scope_records_sql

DEFAULT_LIMIT, MAX_LIMIT = 500, 2000

QUERY_SQL = (f"WITH {SCOPE_CTE} SELECT seq, entity, id, deleted, data FROM ("
             f"{scope_records_sql('r.seq, r.entity, r.id, r.deleted, r.data', after_seq=True)}) s "
             "ORDER BY seq LIMIT :n")
_QUERY = text(QUERY_SQL)
# Before the query, in one round trip: the organization's last_seq and (up to LARGE_SCOPE + 1)
# the attorney's matters, which choose the plan.
_BEFORE = text(f"SELECT coalesce((SELECT last_seq FROM organizations WHERE id = :o), 0), ({COUNT_MATTERS_SQL})")
# An attorney with a large scope (``scope.LARGE_SCOPE``): walk the log from the cursor instead.
_WALK = text(f"""SELECT r.seq, r.entity, r.id, r.deleted, r.data FROM records r
 WHERE r.org_id = :o AND r.seq > :c AND {SQL_IN_SCOPE}
 ORDER BY r.seq LIMIT :n""")


def pull_rows(session: Session, org_id: str, attorney_id: str, cursor: int, limit: int) -> tuple[list, int, bool]:
    """(rows, new cursor, more) for one batch; rows are (seq, entity, id, deleted, data text)."""
    last_seq, matters = session.execute(_BEFORE, {"o": org_id, "a": attorney_id, "n": LARGE_SCOPE + 1}).one()
    query = _WALK if matters > LARGE_SCOPE else _QUERY
    rows = session.execute(query, {"o": org_id, "a": attorney_id, "c": cursor, "n": limit + 1}).all()
    more = len(rows) > limit
    rows = rows[:limit]
    if more:
        new_cursor = rows[-1][0]
    else:
        new_cursor = max(cursor, last_seq, rows[-1][0] if rows else 0)
    return rows, new_cursor, more


def change_json(row) -> str:
    seq, entity, entity_id, deleted, data = row
    return (f'{{"seq":{seq},"entity":{json.dumps(entity)},"entity_id":{json.dumps(entity_id)},'
            f'"server_version":{seq},"deleted":{"true" if deleted else "false"},"data":{data}}}')


def pull_json(session: Session, org_id: str, attorney_id: str, cursor: int, limit: int) -> bytes:
    rows, new_cursor, more = pull_rows(session, org_id, attorney_id, cursor, limit)
    changes = ",".join(change_json(r) for r in rows)
    return f'{{"changes":[{changes}],"cursor":{new_cursor},"more":{"true" if more else "false"}}}'.encode()


def all_changes(session: Session, org_id: str, attorney_id: str, cursor: int) -> tuple[list[dict], int]:
    """Every in-scope change after ``cursor`` (for an acknowledgement bundle), as dicts."""
    out = []
    while True:
        rows, cursor, more = pull_rows(session, org_id, attorney_id, cursor, MAX_LIMIT)
        out += [json.loads(change_json(r)) for r in rows]
        if not more:
            return out, cursor
