"""``ChangeSet``: what a write changed, in its own light module — the GUI's task runner needs it
before the first window shows, without loading the model (issue 14: startup time)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ChangeSet:
    """What a write changed, as (table name, record id) pairs, so views refresh only what they show."""

    created: frozenset[tuple[str, str]] = frozenset()
    updated: frozenset[tuple[str, str]] = frozenset()
    deleted: frozenset[tuple[str, str]] = frozenset()

    def tables(self) -> set[str]:
        return {table for table, _ in self.created | self.updated | self.deleted}

    def affects(self, *tables: str) -> bool:
        return bool(self.tables() & set(tables))

    def created_id(self, table: str) -> str | None:
        """The id of the (first) record created in ``table``, e.g. to select a new matter."""
        return next((rid for t, rid in sorted(self.created) if t == table), None)
