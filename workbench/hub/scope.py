"""Who may see what: an attorney's scope, checked record by record (push, resolve) and as SQL (pull, conflicts).

A matter is in scope when assigned to the attorney; matter-owned records follow their matter.
A client is in scope when an assigned matter names it or the attorney's device created it;
client-owned records follow their client. Record rows carry ``matter_id``/``client_id`` scope
keys (a matter row: its own id and its client; a client row: its own id as ``client_id``).
"""

from __future__ import annotations

from sqlalchemy import String, select, text
from sqlalchemy.orm import Session

from .models import Assignment, Record

MATTER_OWNED = frozenset({"events", "deadlines", "tasks", "notes", "documents", "time_entries", "contacts",
                          "form_answers"})
CLIENT_OWNED = frozenset({"addresses", "travel_documents", "entries", "people", "education", "employment"})
ENTITIES = MATTER_OWNED | CLIENT_OWNED | {"clients", "matters"}

# The records in scope of attorney :a in organization :o, as SQL that starts from the
# attorney's assignments (issue 13): its cost follows what the attorney may see, not the size of
# the organization. ``_am``: the assigned matters; ``_ac``: the clients in scope (those of the
# assigned matters, and those the attorney's devices created). A record is in scope through its
# matter (``matter_id`` set) or, having none, through its client; the two branches are disjoint,
# so ``UNION ALL`` never repeats a record. Each branch reads one index range per matter
# (``ix_records_matter_seq``) or client (``ix_records_client_seq``), from the cursor on.
# ``r.org_id || '' = :o`` is a filter, never an index condition: it keeps SQLite's planner (no
# statistics) from walking the organization's whole log by ``ux_records_org_seq`` instead, and
# ``CROSS JOIN`` makes SQLite start from the scope (its planner keeps a cross join's order;
# PostgreSQL's treats it as any inner join).
SCOPE_CTE = """_am AS (SELECT x.matter_id FROM assignments x WHERE x.attorney_id = :a),
 _ac AS (SELECT m.client_id AS id FROM _am JOIN records m ON m.org_id = :o AND m.id = _am.matter_id
          WHERE m.entity = 'matters' AND m.client_id IS NOT NULL
        UNION
        SELECT c.id FROM records c WHERE c.created_by = :a AND c.entity = 'clients' AND c.org_id = :o)"""


# The same scope as a per-row test (used inside WHERE, row alias ``r``), for the attorneys whose
# scope is large (``LARGE_SCOPE``): an organization's staff attorney with thousands of matters.
# For them, walking the change log from the cursor (``ux_records_org_seq``) and probing each row
# finds ``limit`` rows after reading about ``limit / their share of the log`` rows, while the
# scope-driven query would read and sort every one of their records after the cursor for every
# batch. Per-row index probes (scalar subqueries), not ``IN (SELECT ...)``: an IN list (SQLite)
# or a hashed subplan (PostgreSQL) would rebuild the whole scope for every batch.
SQL_IN_SCOPE = """(
  (SELECT 1 FROM assignments x WHERE x.attorney_id = :a AND x.matter_id = r.matter_id) IS NOT NULL
  OR (r.matter_id IS NULL AND (
     (SELECT 1 FROM records c WHERE c.org_id = :o AND c.id = r.client_id AND c.entity = 'clients'
         AND c.created_by = :a) IS NOT NULL
     OR (SELECT 1 FROM records m JOIN assignments x ON x.matter_id = m.id AND x.attorney_id = :a
         WHERE m.client_id = r.client_id AND m.org_id || '' = :o AND m.entity = 'matters' LIMIT 1) IS NOT NULL)))"""

# An attorney with more assigned matters than this has a "large" scope (above). A volunteer has
# a handful; at 500 matters the scope-driven pull still reads ~5,000 rows per batch (a few ms).
LARGE_SCOPE = 500
COUNT_MATTERS_SQL = "SELECT count(*) FROM (SELECT 1 FROM assignments WHERE attorney_id = :a LIMIT :n) s"


def is_large_scope(session: Session, attorney_id: str) -> bool:
    """Whether the attorney has more than ``LARGE_SCOPE`` matters (counting stops there)."""
    return session.scalar(text(COUNT_MATTERS_SQL), {"a": attorney_id, "n": LARGE_SCOPE + 1}) > LARGE_SCOPE


def scope_records_sql(columns: str, after_seq: bool) -> str:
    """``SELECT columns`` of the in-scope records (alias ``r``), with ``r.seq > :c`` when ``after_seq``;
    to be used after ``WITH {SCOPE_CTE}``."""
    since = " AND r.seq > :c" if after_seq else ""
    return (f"SELECT {columns} FROM _am CROSS JOIN records r WHERE r.matter_id = _am.matter_id"
            f" AND r.org_id || '' = :o{since}"
            f" UNION ALL SELECT {columns} FROM _ac CROSS JOIN records r WHERE r.client_id = _ac.id"
            f" AND r.matter_id IS NULL AND r.org_id || '' = :o{since}")


def scope_keys(entity: str, entity_id: str, data: dict) -> tuple[str | None, str | None]:
    """(matter_id, client_id) scope keys of a record with this data."""
    if entity == "matters":
        return entity_id, data.get("client_id")
    if entity == "clients":
        return None, entity_id
    if entity in MATTER_OWNED:
        return data.get("matter_id"), None
    return None, data.get("client_id")


_HAS_CLIENT = text("""SELECT 1 FROM records c WHERE c.org_id = :o AND c.id = :c AND c.entity = 'clients'
   AND c.created_by = :a
 UNION ALL
 SELECT 1 FROM records m JOIN assignments x ON x.matter_id = m.id AND x.attorney_id = :a
 WHERE m.client_id = :c AND m.org_id || '' = :o AND m.entity = 'matters'
 LIMIT 1""")


class Scope:
    """One attorney's scope, asked record by record and remembered for one transaction.

    Lazy on purpose: an attorney may hold thousands of matters, and a push of three mutations
    (or an idle sync) should not load them all.
    """

    def __init__(self, session: Session, org_id: str, attorney_id: str) -> None:
        self.session, self.org_id, self.attorney_id = session, org_id, attorney_id
        self._matters: dict[str, bool] = {}
        self._clients: dict[str, bool] = {}

    def has_matter(self, matter_id: str) -> bool:
        if matter_id not in self._matters:
            self._matters[matter_id] = self.session.get(Assignment, (self.attorney_id, matter_id)) is not None
        return self._matters[matter_id]

    def has_client(self, client_id: str) -> bool:
        if client_id not in self._clients:
            found = self.session.execute(_HAS_CLIENT, {"o": self.org_id, "a": self.attorney_id,
                                                       "c": client_id}).first()
            self._clients[client_id] = found is not None
        return self._clients[client_id]

    def add_matter(self, matter_id: str) -> None:
        self._matters[matter_id] = True

    def add_client(self, client_id: str) -> None:
        self._clients[client_id] = True

    def allows(self, matter_id: str | None, client_id: str | None) -> bool:
        """Whether a row with these scope keys is in scope."""
        if matter_id is not None:
            return self.has_matter(matter_id)
        return client_id is not None and self.has_client(client_id)

    def allows_record(self, row: Record) -> bool:
        return self.allows(row.matter_id, row.client_id)


def open_conflict_ids(org_id: str, attorney_id: str, large: bool = False):
    """The ids of open conflicts on records in the attorney's scope, as a subquery (for ``IN``).

    Read from the attorney's records, one index probe each, never from every open conflict of
    the organization; for a large scope (``is_large_scope``), from the open conflicts, each
    record probed against the scope (open conflicts are then the smaller set)."""
    if large:
        sql = ("SELECT k.id FROM conflicts k CROSS JOIN records r WHERE r.org_id = k.org_id AND r.id = k.entity_id "
               f"AND k.org_id = :o AND k.resolved_at IS NULL AND {SQL_IN_SCOPE}")
    else:
        sql = (f"WITH {SCOPE_CTE} SELECT k.id FROM ({scope_records_sql('r.id', after_seq=False)}) s "
               "CROSS JOIN conflicts k WHERE k.entity_id = s.id AND k.org_id = :o AND k.resolved_at IS NULL")
    ids = text(sql).bindparams(o=org_id, a=attorney_id).columns(id=String()).subquery("in_scope")
    return select(ids.c.id)
