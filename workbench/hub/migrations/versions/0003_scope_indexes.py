"""Indexes that let a pull read only what the attorney may see (issue 13, "Scale").

A pull used to walk the organization's whole change log from the cursor and check every row
against the attorney's scope. It now starts from the attorney's assignments and reads, per
matter and per client, only the records changed after the cursor (``workbench/hub/pull.py``):

* ``ix_records_matter_seq (matter_id, seq)`` replaces ``ix_records_matter_id``: the records of
  one matter changed after a cursor are one index range;
* ``ix_records_client_seq (client_id, seq)`` replaces ``ix_records_client_id``: the same for a
  client's own records (and a client's matters, looked up by ``client_id``);
* ``ix_records_created_by_entity (created_by, entity)`` replaces ``ix_records_created_by``: the
  clients an attorney's devices created, without reading every record they created.

Each new index serves every query the index it replaces served (same leading column), so no
other query gets slower, and a record write maintains as many indexes as before.

Revision ID: 0003
Revises: 0002
"""
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

_REPLACED = (  # (old index, old columns, new index, new columns)
    ('ix_records_matter_id', ['matter_id'], 'ix_records_matter_seq', ['matter_id', 'seq']),
    ('ix_records_client_id', ['client_id'], 'ix_records_client_seq', ['client_id', 'seq']),
    ('ix_records_created_by', ['created_by'], 'ix_records_created_by_entity', ['created_by', 'entity']),
)


def upgrade() -> None:
    with op.batch_alter_table('records', schema=None) as batch_op:
        for old, _old_columns, new, new_columns in _REPLACED:
            batch_op.create_index(new, new_columns, unique=False)
            batch_op.drop_index(old)


def downgrade() -> None:
    with op.batch_alter_table('records', schema=None) as batch_op:
        for old, old_columns, new, _new_columns in _REPLACED:
            batch_op.create_index(old, old_columns, unique=False)
            batch_op.drop_index(new)
