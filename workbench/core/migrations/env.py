"""Alembic environment: always online, on the connection the vault passes in."""

from alembic import context

from workbench.core.model import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run only through workbench.core.migrations.upgrade(db_path, data_key)")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  compare_type=True)
with context.begin_transaction():
    context.run_migrations()
