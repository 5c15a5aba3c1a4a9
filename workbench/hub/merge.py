"""Field-level merge of one pushed mutation into the hub's copy of a record (pure, no I/O).

Per field, with ``hub`` the hub's value and ``[old, new]`` the device's change:
``hub == old`` → take ``new``; ``hub == new`` → nothing to do; otherwise a conflict: the hub
keeps its value and a person decides. There is no last-writer-wins for any field. A note's
``title`` and ``body`` are append-only: once set, only an identical value merges.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workbench.core.sync.text_safety import find_unsafe

IGNORED = frozenset({"row_version", "server_version", "updated_at"})
APPEND_ONLY = {"notes": frozenset({"title", "body"})}
_FIELD = re.compile(r"^[a-z_][a-z0-9_]{0,79}$")


class InvalidMutation(ValueError):
    """The mutation cannot be applied as written (answered ``rejected`` with this reason)."""


@dataclass
class Merged:
    data: dict
    changed: bool = False
    conflicts: list[tuple[str, object, object]] = field(default_factory=list)  # (field, hub, device)


def check_changes(changes) -> dict[str, list]:
    if not isinstance(changes, dict):
        raise InvalidMutation("'changes' must be an object mapping fields to [old, new]")
    for name, pair in changes.items():
        if not _FIELD.match(name):
            raise InvalidMutation(f"{name!r} is not a field name")
        if not isinstance(pair, list) or len(pair) != 2:
            raise InvalidMutation(f"the change of {name!r} must be [old, new]")
        problem = find_unsafe(pair[1]) or find_unsafe(pair[0])
        if problem:  # named by field and code point only: the value is client data
            raise InvalidMutation(f"the value of {name!r} contains {problem}; remove it and save again")
    return changes


def merge(entity: str, entity_id: str, hub: dict | None, changes: dict[str, list], *,
          treat_old_as_null: bool = False) -> Merged:
    """Merge ``changes`` into ``hub`` (None: the record is new). Returns the new data and conflicts."""
    creating = hub is None
    data = dict(hub or {})
    out = Merged(data)
    append_only = APPEND_ONLY.get(entity, frozenset())
    for name, (old, new) in changes.items():
        if name in IGNORED:
            continue
        if name == "id":
            if new != entity_id:
                raise InvalidMutation("a record's id cannot change")
            if "id" not in data:
                data["id"], out.changed = entity_id, True
            continue
        if treat_old_as_null:
            old = None
        current = data.get(name)
        if creating or current == new:
            if creating and (name not in data or current != new):
                data[name], out.changed = new, True
            continue
        if current == old and name not in append_only or (name in append_only and current is None):
            data[name], out.changed = new, True
        else:
            out.conflicts.append((name, current, new))
    if creating:
        data.setdefault("id", entity_id)
        out.changed = True
    return out
