"""The sync outbox: every local change, written in the same transaction as the change itself."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class OutboxEntry(Base):
    """One mutation for the hub: what changed, from which base server version.

    ``changes`` maps each changed field to ``[old, new]`` (JSON values as in the interchange
    format); a create lists every field with old ``null``. ``mutation_id`` makes the push
    idempotent: the hub stores applied ids and answers a replay with the stored result.
    """

    __tablename__ = "sync_outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[str] = mapped_column(String(36), unique=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    op: Mapped[str] = mapped_column(String(10))  # create, update, delete, purge
    changes: Mapped[dict] = mapped_column(default=dict)
    base_version: Mapped[int | None] = mapped_column(Integer)
    pushed: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
