"""Pull: the current state of in-scope records changed after a cursor, in sequence order.

The answer is assembled as JSON text around the stored ``data`` text (never decoded), which is
what keeps a first sync of ~100,000 records within seconds. When nothing in scope is left, the
cursor jumps to the organization's ``last_seq`` read *before* the query, so an idle device's
next pull starts at the end of the sequence; that is safe because the write lock commits
numbers in order (``db``), so every change up to that number was visible to the query.
"""

from __future__ import annotations

import json

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from .models import Organization
from .scope import SQL_IN_SCOPE

DEFAULT_LIMIT, MAX_LIMIT = 500, 2000

_QUERY = text(f"""SELECT r.seq, r.entity, r.id, r.deleted, r.data FROM records r
 WHERE r.org_id = :o AND r.seq > :c AND {SQL_IN_SCOPE}
 ORDER BY r.seq LIMIT :n""")


def pull_rows(session: Session, org_id: str, attorney_id: str, cursor: int, limit: int) -> tuple[list, int, bool]:
    """(rows, new cursor, more) for one batch; rows are (seq, entity, id, deleted, data text)."""
    last_seq = session.scalar(select(Organization.last_seq).where(Organization.id == org_id)) or 0
    rows = session.execute(_QUERY, {"o": org_id, "a": attorney_id, "c": cursor, "n": limit + 1}).all()
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
