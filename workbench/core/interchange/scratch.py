"""A matter file loaded into an in-memory database, for reading without a vault.

``workbench forms fill FORM --json FILE`` fills a form straight from an interchange file: the
document is validated and imported into SQLite's ``:memory:`` database (never a file), so the
same profile builder serves vault matters and files alike.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import create_engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from ..model import Base
from .importer import import_matter_json


@contextmanager
def matter_from_json(text: str | bytes) -> Iterator[tuple[Session, str]]:
    """Yields (session, matter id) over an in-memory copy of the document."""
    engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
    try:
        Base.metadata.create_all(engine)
        with Session(engine) as session:
            result = import_matter_json(session, text)
            session.flush()
            yield session, result.matter_id
    finally:
        engine.dispose()
