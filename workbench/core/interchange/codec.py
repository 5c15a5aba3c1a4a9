"""Export one matter (with its client and everything hanging off both) as a JSON document."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import NotFound, WorkbenchError
from ..model import Matter
from .layout import CLIENT_SECTIONS, MATTER_SECTIONS, columns
from .values import to_json

FORMAT = "probono-workbench-matter"
VERSION = 1


def _record(obj) -> dict:
    return {a.key: to_json(getattr(obj, a.key)) for a in columns(type(obj))}


def _children(session: Session, section, owner_id: str) -> list[dict]:
    model = section.model
    rows = session.scalars(select(model).where(getattr(model, section.parent_fk) == owner_id,
                                               model.deleted_at.is_(None)).order_by(model.id))
    return [_record(r) for r in rows]


def export_matter(session: Session, matter_id: str) -> dict:
    matter = session.get(Matter, matter_id)
    if matter is None or matter.deleted_at is not None:
        raise NotFound(f"There is no matter with id {matter_id}.")
    client = _record(matter.client)
    for section in CLIENT_SECTIONS:
        client[section.key] = _children(session, section, matter.client_id)
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "matter": _record(matter),
        "client": client,
    }
    for section in MATTER_SECTIONS:
        doc[section.key] = _children(session, section, matter_id)
    return doc


def export_matter_json(session: Session, matter_id: str) -> str:
    """The document as JSON text; always valid JSON (NaN or Infinity, which JSON cannot write, is refused
    with a message rather than written as ``NaN``, which no other tool would read back)."""
    doc = export_matter(session, matter_id)
    try:
        return json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=False, allow_nan=False) + "\n"
    except ValueError:
        raise WorkbenchError(f"Matter {matter_id} holds a number JSON cannot write (NaN or Infinity), in a form "
                             "answer; correct that answer, then export again. Nothing was written.") from None
