"""The home page's figures: what needs a coordinator's attention now."""

from __future__ import annotations

from sqlalchemy import exists, func, select

from ..db import Database
from ..models import Assignment, Attorney, Conflict, Device, Record


def overview(db: Database) -> dict:
    with db.read() as s:
        return {
            "volunteers": s.scalar(select(func.count()).select_from(Attorney)),
            "devices": s.scalar(select(func.count()).select_from(Device).where(Device.revoked_at.is_(None))),
            "matters": s.scalar(select(func.count()).select_from(Record).where(Record.entity == "matters",
                                                                               Record.deleted.is_(False))),
            "waiting": s.scalar(select(func.count()).select_from(Record).where(
                Record.entity == "matters", Record.deleted.is_(False),
                ~exists().where(Assignment.matter_id == Record.id))),
            "conflicts": s.scalar(select(func.count()).select_from(Conflict).where(Conflict.resolved_at.is_(None))),
        }
