"""The hub's initial schema: organization, attorneys, devices, codes, assignments, records, sequence,
applied mutations, conflicts, nonces, blobs and imported bundles.
Revision ID: 0001
Revises: 
Create Date: 2026-11-21 13:03:34.869423
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('blob_access',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('attorney_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('sha256', 'attorney_id', name=op.f('pk_blob_access'))
    )
    op.create_table('blob_chunks',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('owner', sa.String(length=36), nullable=False),
    sa.Column('idx', sa.Integer(), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', 'owner', 'idx', name=op.f('pk_blob_chunks'))
    )
    op.create_table('organizations',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('sign_key', sa.LargeBinary(), nullable=False),
    sa.Column('kx_key', sa.LargeBinary(), nullable=False),
    sa.Column('last_seq', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organizations'))
    )
    op.create_table('seen_nonces',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('nonce', sa.String(length=32), nullable=False),
    sa.Column('seen_at', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('device_id', 'nonce', name=op.f('pk_seen_nonces'))
    )
    with op.batch_alter_table('seen_nonces', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_seen_nonces_seen_at'), ['seen_at'], unique=False)

    op.create_table('applied_mutations',
    sa.Column('mutation_id', sa.String(length=64), nullable=False),
    sa.Column('org_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('applied_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['org_id'], ['organizations.id'], name=op.f('fk_applied_mutations_org_id_organizations')),
    sa.PrimaryKeyConstraint('mutation_id', name=op.f('pk_applied_mutations'))
    )
    op.create_table('attorneys',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('org_id', sa.String(length=36), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['org_id'], ['organizations.id'], name=op.f('fk_attorneys_org_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attorneys')),
    sa.UniqueConstraint('email', name=op.f('uq_attorneys_email'))
    )
    op.create_table('blobs',
    sa.Column('org_id', sa.String(length=36), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['org_id'], ['organizations.id'], name=op.f('fk_blobs_org_id_organizations')),
    sa.PrimaryKeyConstraint('org_id', 'sha256', name=op.f('pk_blobs'))
    )
    op.create_table('conflicts',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('org_id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=80), nullable=False),
    sa.Column('hub_value', sa.Text(), nullable=False),
    sa.Column('device_value', sa.Text(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolved_value', sa.Text(), nullable=True),
    sa.Column('resolved_by', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['org_id'], ['organizations.id'], name=op.f('fk_conflicts_org_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflicts'))
    )
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflicts_entity_id'), ['entity_id'], unique=False)

    op.create_table('imported_bundles',
    sa.Column('export_id', sa.String(length=64), nullable=False),
    sa.Column('org_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('ack', sa.LargeBinary(), nullable=False),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['org_id'], ['organizations.id'], name=op.f('fk_imported_bundles_org_id_organizations')),
    sa.PrimaryKeyConstraint('export_id', name=op.f('pk_imported_bundles'))
    )
    op.create_table('records',
    sa.Column('org_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('matter_id', sa.String(length=36), nullable=True),
    sa.Column('client_id', sa.String(length=36), nullable=True),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('data', sa.Text(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['org_id'], ['organizations.id'], name=op.f('fk_records_org_id_organizations')),
    sa.PrimaryKeyConstraint('org_id', 'id', name=op.f('pk_records'))
    )
    with op.batch_alter_table('records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_records_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_records_created_by'), ['created_by'], unique=False)
        batch_op.create_index(batch_op.f('ix_records_matter_id'), ['matter_id'], unique=False)
        batch_op.create_index('ux_records_org_seq', ['org_id', 'seq'], unique=True)

    op.create_table('assignments',
    sa.Column('attorney_id', sa.String(length=36), nullable=False),
    sa.Column('matter_id', sa.String(length=36), nullable=False),
    sa.Column('assigned_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['attorney_id'], ['attorneys.id'], name=op.f('fk_assignments_attorney_id_attorneys')),
    sa.PrimaryKeyConstraint('attorney_id', 'matter_id', name=op.f('pk_assignments'))
    )
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assignments_matter_id'), ['matter_id'], unique=False)

    op.create_table('devices',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('org_id', sa.String(length=36), nullable=False),
    sa.Column('attorney_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('sign_key', sa.LargeBinary(), nullable=False),
    sa.Column('kx_key', sa.LargeBinary(), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['attorney_id'], ['attorneys.id'], name=op.f('fk_devices_attorney_id_attorneys')),
    sa.ForeignKeyConstraint(['org_id'], ['organizations.id'], name=op.f('fk_devices_org_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_devices')),
    sa.UniqueConstraint('sign_key', name=op.f('uq_devices_sign_key'))
    )
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_devices_attorney_id'), ['attorney_id'], unique=False)

    op.create_table('enrollment_codes',
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('attorney_id', sa.String(length=36), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('used_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['attorney_id'], ['attorneys.id'], name=op.f('fk_enrollment_codes_attorney_id_attorneys')),
    sa.PrimaryKeyConstraint('code_hash', name=op.f('pk_enrollment_codes'))
    )


def downgrade() -> None:
    op.drop_table('enrollment_codes')
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_devices_attorney_id'))

    op.drop_table('devices')
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assignments_matter_id'))

    op.drop_table('assignments')
    with op.batch_alter_table('records', schema=None) as batch_op:
        batch_op.drop_index('ux_records_org_seq')
        batch_op.drop_index(batch_op.f('ix_records_matter_id'))
        batch_op.drop_index(batch_op.f('ix_records_created_by'))
        batch_op.drop_index(batch_op.f('ix_records_client_id'))

    op.drop_table('records')
    op.drop_table('imported_bundles')
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflicts_entity_id'))

    op.drop_table('conflicts')
    op.drop_table('blobs')
    op.drop_table('attorneys')
    op.drop_table('applied_mutations')
    with op.batch_alter_table('seen_nonces', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_seen_nonces_seen_at'))

    op.drop_table('seen_nonces')
    op.drop_table('organizations')
    op.drop_table('blob_chunks')
    op.drop_table('blob_access')
