"""Search across every matter, note and document title from one box (SQLite FTS5).

The index is built and kept current inside the encrypted database by migration 0004 (a
contentless FTS5 table plus triggers); this module only turns what a person types into an FTS5
query and the matching rowids into plain ``SearchHit`` rows that name the matter to open.

Why the query is rebuilt rather than passed through: FTS5 syntax (quotes, ``NEAR``, ``-``,
column filters) would turn an ordinary name like ``O'Brien`` or a number like ``A-012-345-678``
into a syntax error. Each word becomes a quoted prefix term, all of which must match; a word
that is an A-number is normalized to its nine stored digits first.

A contentless table cannot return its text, so snippets are cut from the note or document
read back from its own table, in memory.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from ..i18n import translate
from ..model import Client, Document, Matter, Note
from ..model.validators import normalize_a_number

KINDS = ("client", "matter", "note", "document")
SNIPPET_CHARS = 140
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    kind: str  # client, matter, note or document: what matched
    record_id: str
    matter_id: str
    client_name: str
    matter_number: str | None
    matter_kind: str
    title: str  # the note or document title, or the matter's number / client's name
    snippet: str  # text around the first match (notes), else a short description


def match_expression(typed: str) -> str | None:
    """The FTS5 query for what a person typed, or None when there is nothing to look for."""
    terms = []
    for raw in typed.split():
        try:
            a_number = normalize_a_number(raw) if any(c.isdigit() for c in raw) else None
        except ValueError:
            a_number = None
        words = [a_number] if a_number else _WORD.findall(raw)
        terms += [f'"{w}"*' for w in words]
    return " AND ".join(terms) or None


def search(session: Session, typed: str, limit: int = 50) -> list[SearchHit]:
    """Matters, notes and documents matching every word of ``typed``, best first."""
    expression = match_expression(typed)
    if expression is None:
        return []
    docs = session.execute(text(
        "SELECT d.kind, d.record_id, d.matter_id, d.client_id FROM search_fts "
        "JOIN search_docs d ON d.id = search_fts.rowid WHERE search_fts MATCH :q ORDER BY rank LIMIT :n"),
        {"q": expression, "n": limit}).all()
    client_ids = {d.client_id for d in docs if d.kind == "client"}
    client_matters: dict[str, list[str]] = {}
    if client_ids:
        for matter_id, client_id in session.execute(select(Matter.id, Matter.client_id).where(
                Matter.client_id.in_(client_ids), Matter.deleted_at.is_(None)).order_by(Matter.opened_on)):
            client_matters.setdefault(client_id, []).append(matter_id)
    wanted = [(d.kind, d.record_id, m) for d in docs
              for m in (client_matters.get(d.client_id, []) if d.kind == "client" else [d.matter_id])]
    matters = _matters(session, {m for _, _, m in wanted})
    texts = _texts(session, [r for k, r, _ in wanted if k == "note"], [r for k, r, _ in wanted if k == "document"])
    words = [w for raw in typed.split() for w in _WORD.findall(raw)]
    hits, seen = [], set()
    for kind, record_id, matter_id in wanted:
        info = matters.get(matter_id)
        if info is None or (kind, record_id, matter_id) in seen:
            continue
        seen.add((kind, record_id, matter_id))
        name, number, matter_kind = info
        title, body = texts.get(record_id, (number or name, ""))
        if kind == "client":
            title = name
        hits.append(SearchHit(kind, record_id, matter_id, name, number, matter_kind, title or "",
                              snippet(body, words)))
        if len(hits) >= limit:
            break
    return hits


def _matters(session: Session, ids: set[str]) -> dict[str, tuple[str, str | None, str]]:
    if not ids:
        return {}
    rows = session.execute(select(Matter.id, Client.family_name, Client.given_name, Matter.matter_number, Matter.kind)
                           .join(Client, Client.id == Matter.client_id)
                           .where(Matter.id.in_(ids), Matter.deleted_at.is_(None)))
    return {r.id: (f"{r.family_name}, {r.given_name}".strip(", "), r.matter_number, str(r.kind)) for r in rows}


def _texts(session: Session, note_ids: list[str], document_ids: list[str]) -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    if note_ids:
        for r in session.execute(select(Note.id, Note.title, Note.body).where(Note.id.in_(note_ids))):
            found[r.id] = (r.title or translate("search", "Note"), r.body)
    if document_ids:
        for r in session.execute(select(Document.id, Document.title, Document.original_filename)
                                 .where(Document.id.in_(document_ids))):
            found[r.id] = (r.title, r.original_filename or "")
    return found


def _fold(s: str) -> str:
    """Lower case without accents, keeping one character per character (for locating matches)."""
    return "".join(unicodedata.normalize("NFKD", ch)[0] for ch in s).casefold()


def snippet(body: str, words: list[str], width: int = SNIPPET_CHARS) -> str:
    """``width`` characters of ``body`` around the first of ``words`` found in it, on one line."""
    flat = " ".join(body.split())
    if len(flat) <= width:
        return flat
    folded = _fold(flat)
    at = min((i for i in (folded.find(_fold(w)) for w in words) if i >= 0), default=0)
    start = max(0, min(at - width // 3, len(flat) - width))
    piece = flat[start:start + width]
    return ("…" if start else "") + piece + ("…" if start + width < len(flat) else "")


def rebuild(conn: Connection) -> None:
    """Drop and rebuild the index and its triggers (after a table rebuild dropped the triggers)."""
    migration = _migration()
    for table in migration.SOURCES:
        for suffix in ("ai", "ad", "au"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
    conn.exec_driver_sql("DROP TABLE IF EXISTS search_fts")
    conn.exec_driver_sql("DROP TABLE IF EXISTS search_docs")
    for statement in migration.statements():
        conn.exec_driver_sql(statement)


def _migration():
    path = (Path(__file__).resolve().parent.parent / "vault" / "migrations" / "versions"
            / "0004_search_index.py")
    spec = importlib.util.spec_from_file_location("workbench_search_index_0004", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@lru_cache(maxsize=1)
def batch_index_plans() -> dict[str, tuple[str, str, str]]:
    """table -> (its insert trigger's CREATE statement, SQL indexing a batch of new rows' docs, SQL
    for their FTS rows), derived from migration 0004, which defines both the triggers and their
    set-based backfill. Sync's bulk apply uses it to index a batch at once instead of per row."""
    migration = _migration()
    created = {s.split()[2]: s for s in migration.statements() if s.startswith("CREATE TRIGGER ")}
    plans = {}
    for table, (kind, matter, client, title, body, _columns) in migration.SOURCES.items():
        docs = (f"INSERT INTO search_docs(kind, record_id, matter_id, client_id) SELECT '{kind}', t.id, "
                f"{matter.format(r='t')}, {client.format(r='t')} FROM {table} t "
                "WHERE t.id IN (SELECT value FROM json_each(?)) AND t.deleted_at IS NULL")
        fts = (f"INSERT INTO search_fts(rowid, title, body) SELECT d.id, {title.format(r='t')}, "
               f"{body.format(r='t')} FROM search_docs d JOIN {table} t ON t.id = d.record_id WHERE d.id > ?")
        plans[table] = (created[f"search_{table}_ai"], docs, fts)
    return plans


def is_index_table(name: str) -> bool:
    """Tables of the index, which the ORM model does not declare (for schema comparisons)."""
    return name == "search_docs" or name == "search_fts" or name.startswith("search_fts_")


__all__ = ["KINDS", "SearchHit", "batch_index_plans", "is_index_table", "match_expression", "rebuild", "search", "snippet"]
