"""One field of a record's JSON text, read by the database (PostgreSQL or SQLite), so sums and
filters over thousands of records do not decode every document in Python."""

from __future__ import annotations

from sqlalchemy import JSON, cast, func

from ..models import Record


def field(session, key: str):
    """SQL expression: ``records.data ->> key`` as text."""
    if session.get_bind().dialect.name == "postgresql":
        return func.json_extract_path_text(cast(Record.data, JSON), key)
    return func.json_extract(Record.data, f"$.{key}")
