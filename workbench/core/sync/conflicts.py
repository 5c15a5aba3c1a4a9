"""The conflicts the hub reported, as the attorney reads and answers them (Qt-free).

The hub keeps a conflict open until a person picks a value (docs/sync-protocol.md, Conflicts);
the vault holds the list from the last sync (``state.conflicts``). These functions describe
each one for a person (which record, whose value) and turn an edited answer back into a value
of the field's kind; sending the answer is ``rounds.resolve_remote``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..i18n import translate
from . import state
from .apply import model_for


@dataclass(frozen=True)
class ConflictItem:
    conflict_id: str
    entity: str
    entity_id: str
    field: str
    hub_value: object
    device_value: object
    from_this_device: bool  # whether ``device_value`` was pushed by this device
    record: str  # what the record is, for a person: "Matter NIJC-77 (Ibrahim, Amina)"


def _name(client) -> str:
    return ", ".join(p for p in (client.family_name, client.given_name) if p) if client is not None else ""


def describe_record(session, entity: str, entity_id: str) -> str:
    model = model_for(entity)
    obj = session.get(model, entity_id) if model is not None else None
    if obj is None:
        return translate("sync", "A record not on this computer ({entity})").format(entity=entity)
    if entity == "clients":
        return translate("sync", "Client {name}").format(name=_name(obj))
    what = entity.replace("_", " ").capitalize()
    matter = obj if entity == "matters" else getattr(obj, "matter", None)
    if matter is not None:
        where = (translate("sync", "Matter {number} ({name})").format(number=matter.matter_number,
                                                                       name=_name(matter.client))
                 if matter.matter_number else translate("sync", "Matter ({name})").format(name=_name(matter.client)))
        return where if entity == "matters" else translate("sync", "{what} of {where}").format(what=what, where=where)
    client = getattr(obj, "client", None)
    return translate("sync", "{what} of client {name}").format(what=what, name=_name(client)).strip()


def conflict_items(vault) -> list[ConflictItem]:
    with vault.session() as s:
        info = state.hub_info(s)
        mine = info.device_id if info else None
        return [ConflictItem(c["conflict_id"], c["entity"], c["entity_id"], c["field"], c.get("hub_value"),
                             c.get("device_value"), c.get("device_id") == mine,
                             describe_record(s, c["entity"], c["entity_id"]))
                for c in state.conflicts(s)]


def value_text(value) -> str:
    """A conflicting value as a person reads (and edits) it; empty for none."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("sync", "Yes") if value else translate("sync", "No")
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(value)
    return json.dumps(value, ensure_ascii=False)
