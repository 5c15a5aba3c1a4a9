"""Field maps the organization publishes for new form editions (issue 16: "New editions without a
new app release"). One row per signed document; devices fetch those after the last ``seq`` they saw.

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'published_form_maps',
        sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
        sa.Column('org_id', sa.String(length=36), nullable=False),
        sa.Column('form_id', sa.String(length=20), nullable=False),
        sa.Column('edition', sa.String(length=8), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('source', sa.String(length=500), nullable=False),
        sa.Column('document', sa.LargeBinary(), nullable=False),
        sa.Column('published_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['org_id'], ['organizations.id'], name=op.f('fk_published_form_maps_org_id_organizations')),
        sa.PrimaryKeyConstraint('seq', name=op.f('pk_published_form_maps')),
    )
    with op.batch_alter_table('published_form_maps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_published_form_maps_org_id'), ['org_id'], unique=False)
        batch_op.create_index('uq_published_form_maps_version', ['org_id', 'form_id', 'edition', 'version'],
                              unique=True)


def downgrade() -> None:
    with op.batch_alter_table('published_form_maps', schema=None) as batch_op:
        batch_op.drop_index('uq_published_form_maps_version')
        batch_op.drop_index(batch_op.f('ix_published_form_maps_org_id'))
    op.drop_table('published_form_maps')
