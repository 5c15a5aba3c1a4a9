"""Who may see what: an attorney's scope, checked record by record (push, conflicts, files) and as SQL (pull).

A matter is in scope when assigned to the attorney; matter-owned records follow their matter.
A client is in scope when an assigned matter names it or the attorney's device created it;
client-owned records follow their client. Record rows carry ``matter_id``/``client_id`` scope
keys (a matter row: its own id and its client; a client row: its own id as ``client_id``).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from .models import Assignment, Record

MATTER_OWNED = frozenset({"events", "deadlines", "tasks", "notes", "documents", "time_entries", "contacts",
                          "form_answers"})
CLIENT_OWNED = frozenset({"addresses", "travel_documents", "entries", "people", "education", "employment"})
ENTITIES = MATTER_OWNED | CLIENT_OWNED | {"clients", "matters"}

# Rows in scope of attorney :a in organization :o (used inside WHERE, row alias ``r``).
#
# Written as per-row index probes (scalar subqueries), not as ``IN (SELECT ...)`` lists: a pull
# walks ``ux_records_org_seq`` from the cursor and stops after ``limit`` rows, so per-row probes
# cost O(limit) per batch, while an IN list (SQLite) or a hashed subplan (PostgreSQL turns IN and
# EXISTS inside an OR into one) rebuilds the attorney's whole scope, a scan of every matter and
# client, for every batch: 25-100 ms per batch at 10,000 matters. A scalar subquery cannot be
# hashed, so both planners probe. ``m.org_id || '' = :o`` keeps the planner (SQLite has no
# statistics unless ANALYZE ran) from walking every record of the organization by the
# (org_id, seq) index instead of looking the client's matters up by ``client_id``.
SQL_IN_SCOPE = """(
  (SELECT 1 FROM assignments x WHERE x.attorney_id = :a AND x.matter_id = r.matter_id) IS NOT NULL
  OR (r.matter_id IS NULL AND (
     (SELECT 1 FROM records c WHERE c.org_id = :o AND c.id = r.client_id AND c.entity = 'clients'
         AND c.created_by = :a) IS NOT NULL
     OR (SELECT 1 FROM records m JOIN assignments x ON x.matter_id = m.id AND x.attorney_id = :a
         WHERE m.client_id = r.client_id AND m.org_id || '' = :o AND m.entity = 'matters' LIMIT 1) IS NOT NULL)))"""


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
