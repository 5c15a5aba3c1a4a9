"""When each device was last heard from (issue 13: the console's roster "last sync" and a
device's "last seen").

Every accepted request already leaves its time in ``seen_nonces`` (replay protection), which is
purged after the timestamp window. The purge now first folds each device's latest time into
``devices.last_seen`` (Unix seconds), so the hub keeps the time of a device's last request of any
kind — pulls included — at no cost per request (``hub/auth.py``).

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_seen', sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.drop_column('last_seen')
