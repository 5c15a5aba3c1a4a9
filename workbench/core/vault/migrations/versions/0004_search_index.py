"""search index: FTS5 over clients, matters, notes and document titles

Why this shape: the index lives inside the encrypted database (never a side file) and is
*contentless* (``content=''``), so the text is not stored a second time; ``search_docs`` maps
each FTS rowid (an INTEGER PRIMARY KEY, stable across VACUUM, unlike the implicit rowid of the
text-keyed record tables) to the record, its matter and its client. Triggers keep it current
whatever writes the row (the GUI, import, sync, bulk insert); a tombstoned record leaves it.

Note for later migrations: a batch ("move and copy") rebuild of clients, matters, notes or
documents drops that table's triggers; call ``workbench.core.queries.search.rebuild(conn)`` after one.

Revision ID: 0004
Revises: 0003
"""
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

# table: (kind, matter id, client id, title, body, columns whose change re-indexes the row)
SOURCES = {
    "clients": ("client", "NULL", "{r}.id",
                "{r}.family_name || ' ' || {r}.given_name || ' ' || coalesce({r}.middle_name, '') || ' ' "
                "|| coalesce({r}.names_native_alphabet, '')",
                "coalesce({r}.a_number || ' A' || {r}.a_number || ' ' || ltrim({r}.a_number, '0'), '')",
                "family_name, given_name, middle_name, names_native_alphabet, a_number, deleted_at"),
    "matters": ("matter", "{r}.id", "{r}.client_id", "coalesce({r}.matter_number, '')",
                "coalesce({r}.court_location, '') || ' ' || coalesce({r}.judge, '')",
                "matter_number, court_location, judge, client_id, deleted_at"),
    "notes": ("note", "{r}.matter_id", "NULL", "coalesce({r}.title, '')", "{r}.body",
              "title, body, matter_id, deleted_at"),
    "documents": ("document", "{r}.matter_id", "NULL", "{r}.title",
                  "coalesce({r}.original_filename, '') || ' ' || coalesce({r}.category, '')",
                  "title, original_filename, category, matter_id, deleted_at"),
}


def statements() -> list[str]:
    """Every CREATE statement of the index: tables, triggers, then the backfill."""
    sql = [
        "CREATE TABLE search_docs (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, record_id TEXT NOT NULL UNIQUE, "
        "matter_id TEXT, client_id TEXT)",
        "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, content='', contentless_delete=1, "
        "tokenize='unicode61 remove_diacritics 2')",
    ]
    for table, (kind, matter, client, title, body, columns) in SOURCES.items():
        def f(template: str, r: str) -> str:
            return template.format(r=r)
        forget = ("DELETE FROM search_fts WHERE rowid = (SELECT id FROM search_docs WHERE record_id = old.id); "
                  "DELETE FROM search_docs WHERE record_id = old.id;")
        add = (f"INSERT INTO search_docs(kind, record_id, matter_id, client_id) SELECT '{kind}', new.id, "
               f"{f(matter, 'new')}, {f(client, 'new')} WHERE new.deleted_at IS NULL; "
               f"INSERT INTO search_fts(rowid, title, body) SELECT id, {f(title, 'new')}, {f(body, 'new')} "
               "FROM search_docs WHERE record_id = new.id;")
        sql += [
            f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN {add} END",
            f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN {forget} END",
            f"CREATE TRIGGER search_{table}_au AFTER UPDATE OF {columns} ON {table} BEGIN {forget} {add} END",
        ]
    for table, (kind, matter, client, title, body, _columns) in SOURCES.items():
        sql.append(f"INSERT INTO search_docs(kind, record_id, matter_id, client_id) SELECT '{kind}', t.id, "
                   f"{matter.format(r='t')}, {client.format(r='t')} FROM {table} t WHERE t.deleted_at IS NULL")
        sql.append(f"INSERT INTO search_fts(rowid, title, body) SELECT d.id, {title.format(r='t')}, "
                   f"{body.format(r='t')} FROM {table} t JOIN search_docs d ON d.record_id = t.id")
    return sql


def upgrade() -> None:
    for statement in statements():
        op.execute(statement)


def downgrade() -> None:
    for table in SOURCES:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_fts")
    op.execute("DROP TABLE IF EXISTS search_docs")
