"""Attachments belong to matters: ``blob_owners`` and ``blob_claims`` replace ``blob_access``.

Before, a blob was readable by the attorneys who uploaded it *and by anyone whose scope held a
document naming its hash*, which a device could push for any hash it knew (issue 12, item 1).
Now a blob is readable through the matters that own it (``workbench/hub/blobs.py``).

Backfill, keeping every access that was legitimate: a matter owns a blob when one of its
documents names the blob and an attorney who uploaded the blob created that document or is
assigned to that matter. A document pushed by someone who never uploaded the bytes, into a
matter no uploader works on (the attack), grants nothing.

Revision ID: 0002
Revises: 0001
"""
import json

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'blob_owners',
        sa.Column('org_id', sa.String(length=36), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('matter_id', sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(['org_id'], ['organizations.id'], name=op.f('fk_blob_owners_org_id_organizations')),
        sa.PrimaryKeyConstraint('org_id', 'sha256', 'matter_id', name=op.f('pk_blob_owners')),
    )
    with op.batch_alter_table('blob_owners', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_blob_owners_matter_id'), ['matter_id'], unique=False)
    op.create_table(
        'blob_claims',
        sa.Column('org_id', sa.String(length=36), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('attorney_id', sa.String(length=36), nullable=False),
        sa.Column('matter_id', sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(['org_id'], ['organizations.id'], name=op.f('fk_blob_claims_org_id_organizations')),
        sa.PrimaryKeyConstraint('org_id', 'sha256', 'attorney_id', 'matter_id', name=op.f('pk_blob_claims')),
    )
    _backfill(op.get_bind())
    op.drop_table('blob_access')


def _backfill(conn) -> None:
    uploaders: dict[str, set[str]] = {}
    for sha, attorney in conn.execute(sa.text("SELECT sha256, attorney_id FROM blob_access")):
        uploaders.setdefault(sha, set()).add(attorney)
    if not uploaders:
        return
    blobs = {(org, sha) for org, sha in conn.execute(sa.text("SELECT org_id, sha256 FROM blobs"))}
    assigned: dict[str, set[str]] = {}
    for attorney, matter in conn.execute(sa.text("SELECT attorney_id, matter_id FROM assignments")):
        assigned.setdefault(matter, set()).add(attorney)
    owners = set()
    rows = conn.execute(sa.text("SELECT org_id, matter_id, created_by, data FROM records "
                                "WHERE entity = 'documents' AND matter_id IS NOT NULL"))
    for org, matter, created_by, data in rows:
        try:
            sha = json.loads(data).get("sha256")
        except (ValueError, AttributeError):
            continue
        if not isinstance(sha, str) or (org, sha) not in blobs:
            continue
        who = uploaders.get(sha, set())
        if created_by in who or who & assigned.get(matter, set()):
            owners.add((org, sha, matter))
    if owners:
        conn.execute(sa.text("INSERT INTO blob_owners (org_id, sha256, matter_id) VALUES (:o, :s, :m)"),
                     [{"o": o, "s": s, "m": m} for o, s, m in sorted(owners)])


def downgrade() -> None:
    op.create_table(
        'blob_access',
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('attorney_id', sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint('sha256', 'attorney_id', name=op.f('pk_blob_access')),
    )
    op.drop_table('blob_claims')
    with op.batch_alter_table('blob_owners', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_blob_owners_matter_id'))
    op.drop_table('blob_owners')
