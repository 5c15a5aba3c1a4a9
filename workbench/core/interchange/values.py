"""Column value <-> JSON value conversion, by column type."""

from __future__ import annotations

from datetime import date, datetime, time
from enum import Enum

from sqlalchemy import JSON, Boolean, Date, Integer, Time
from sqlalchemy import Enum as SAEnum

from ..model.base import UtcDateTime


def kind_of(column) -> str:
    t = column.type
    if isinstance(t, UtcDateTime):
        return "datetime"
    if isinstance(t, SAEnum):
        return "enum"
    if isinstance(t, Date):
        return "date"
    if isinstance(t, Time):
        return "time"
    if isinstance(t, Boolean):
        return "boolean"
    if isinstance(t, Integer):
        return "integer"
    if isinstance(t, JSON):
        return "json"
    return "string"


def to_json(value):
    if value is None:
        return None
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return value


def from_json(kind: str, value):
    if value is None:
        return None
    if kind == "datetime":
        return datetime.fromisoformat(value)
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "time":
        return time.fromisoformat(value)
    return value
