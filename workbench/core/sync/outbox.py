"""Write every local change to the sync outbox in the same transaction (DESIGN: sync).

An ``after_flush`` hook records, for each new, changed, tombstoned or purged record, the changed fields with their old and new values and the server version the
change was based on. The hub merges field by field from these; nothing here needs a network.
Bulk inserts (``core.vault.bulk``) bypass the unit of work and therefore the outbox: they are for
local-only data sets (demo, benchmarks). Deadlines computed by the rules engine are derived,
so they are not sent; an override of one is.
"""

from __future__ import annotations

from sqlalchemy import Select, event, func, inspect, select, update
from sqlalchemy.orm import Session

from ..ids import new_id
from ..interchange.values import to_json
from ..model import Base, OutboxEntry, Record

# local bookkeeping, not facts: versions, and where this device keeps an attachment's bytes
_SKIP = {"updated_at", "row_version", "server_version", "created_at", "blob_id"}
_RANK = {table.name: i for i, table in enumerate(Base.metadata.sorted_tables)}


def _fields(obj, *, created: bool) -> dict[str, list]:
    state = inspect(obj)
    out = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIP:
            continue
        hist = state.attrs[attr.key].history
        if created:
            value = getattr(obj, attr.key)
            if value is not None:
                out[attr.key] = [None, to_json(value)]
        elif hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            out[attr.key] = [to_json(old), to_json(new)]
    return out


def _derived(obj, changes: dict | None = None) -> bool:
    """Deadlines computed by the rules engine are derived data: every device computes its own.
    Only a user's override of one (its reason) is a change worth sending."""
    if getattr(obj, "rule_key", None) is None:
        return False
    return not (changes and "override_reason" in changes)


def _after_flush(session: Session, _ctx) -> None:
    """Read what the flush wrote (foreign keys set by relationships exist only now; attribute
    history is still there); the entries are added right after, in ``_after_flush_postexec``."""
    if session.info.get("outbox_disabled"):
        return
    entries = session.info.setdefault("outbox_queue", [])
    # parents before children (clients before matters before events), so the hub can place each
    # new record in an attorney's scope from what it already has
    for obj in sorted(session.new, key=lambda o: _RANK.get(getattr(o, "__tablename__", ""), 0)):
        if isinstance(obj, Record) and not _derived(obj):
            entries.append(OutboxEntry(mutation_id=new_id(), entity=obj.__tablename__, entity_id=obj.id, op="create",
                                       changes=_fields(obj, created=True), base_version=None))
    for obj in session.dirty:
        if isinstance(obj, Record) and session.is_modified(obj, include_collections=False):
            changes = _fields(obj, created=False)
            if not changes or _derived(obj, changes):
                continue
            op = "delete" if "deleted_at" in changes and changes["deleted_at"][1] is not None else "update"
            entries.append(OutboxEntry(mutation_id=new_id(), entity=obj.__tablename__, entity_id=obj.id, op=op,
                                       changes=changes, base_version=obj.server_version))
    for obj in session.deleted:
        if isinstance(obj, Record):
            entries.append(OutboxEntry(mutation_id=new_id(), entity=obj.__tablename__, entity_id=obj.id, op="purge",
                                       changes={}, base_version=obj.server_version))


def _after_flush_postexec(session: Session, _ctx) -> None:
    queued = session.info.pop("outbox_queue", None)
    if queued:
        session.add_all(queued)  # flushed by the session's next flush, before the commit


def _forget(session: Session, *_args) -> None:
    session.info.pop("outbox_queue", None)


def install(session_class) -> None:
    """Attach the hooks to a new sessionmaker (once; see ``audit.install`` on why unguarded)."""
    event.listen(session_class, "after_flush", _after_flush)
    event.listen(session_class, "after_flush_postexec", _after_flush_postexec)
    event.listen(session_class, "after_soft_rollback", _forget)


# -- the unpushed outbox: the one query every reader of it uses (push, bundles, apply, status) --
def unpushed() -> Select:
    """``SELECT`` of the entries not yet answered by the hub, oldest first; callers narrow it."""
    return select(OutboxEntry).where(OutboxEntry.pushed.is_(False)).order_by(OutboxEntry.seq)


def pending(session: Session, *, limit: int | None = None, through: int | None = None) -> list[OutboxEntry]:
    """Unpushed entries in order; ``through``: only those up to that ``seq`` (a sync round pushes
    what was waiting when it began, so edits made meanwhile wait for the next round)."""
    query = unpushed()
    if through is not None:
        query = query.where(OutboxEntry.seq <= through)
    return list(session.scalars(query.limit(limit) if limit is not None else query))


def pending_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(unpushed().subquery())) or 0


def last_seq(session: Session) -> int:
    """The ``seq`` of the newest entry (0 when the outbox was always empty)."""
    return session.scalar(select(func.max(OutboxEntry.seq))) or 0


def mark_pushed(session: Session, mutation_ids: list[str]) -> None:
    """The hub answered these mutations (applied, conflict, rejected): they are not sent again."""
    if mutation_ids:
        session.execute(update(OutboxEntry).where(OutboxEntry.mutation_id.in_(mutation_ids)).values(pushed=True))


def as_mutation(e: OutboxEntry) -> dict:
    """An entry as the hub's push (and an export bundle) carries it (docs/sync-protocol.md)."""
    return {"mutation_id": e.mutation_id, "entity": e.entity, "entity_id": e.entity_id, "op": e.op,
            "changes": e.changes, "base_version": e.base_version}
