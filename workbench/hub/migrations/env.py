"""Alembic environment for the hub: online only, on the connection ``upgrade()`` passes in."""

from alembic import context

from workbench.hub.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("hub migrations run only through workbench.hub.migrations.upgrade(engine)")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True, compare_type=True)
with context.begin_transaction():
    context.run_migrations()
