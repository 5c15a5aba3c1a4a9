"""Alembic environment: always online, on the connection the vault passes in."""

from alembic import context

from workbench.core.model import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run only through workbench.core.vault.migrations.upgrade(db_path, data_key)")



def _orm_tables_only(obj, name, type_, reflected, compare_to):
    """The search index (0004) is raw SQL (FTS5 and its shadow tables): autogenerate leaves it alone."""
    return not (type_ == "table" and name.startswith("search_"))


context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  compare_type=True, include_object=_orm_tables_only)
with context.begin_transaction():
    context.run_migrations()
