"""The staff console (issue 13): staff accounts, their sessions, the audit log, the client-record
access log and volunteer profiles.

The two logs are append-only in the database itself, not only in the code: a trigger refuses
every UPDATE and DELETE (and, on PostgreSQL, TRUNCATE), so neither a bug nor a console user can
rewrite history. Removing old entries is a deliberate act of the database owner (drop the trigger,
delete, re-create it), described in docs/hub.md.

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

APPEND_ONLY = ("staff_audit_log", "client_access_log")
_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_STAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        'staff_accounts',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('email', sa.String(length=200), nullable=False),
        sa.Column('role', sa.String(length=20), nullable=False),
        sa.Column('password_hash', sa.String(length=200), nullable=False),
        sa.Column('totp_secret', sa.LargeBinary(), nullable=True),
        sa.Column('totp_last_step', sa.BigInteger(), nullable=False),
        sa.Column('failed_logins', sa.Integer(), nullable=False),
        sa.Column('locked_until', _STAMP, nullable=True),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('created_at', _STAMP, nullable=False),
        sa.Column('last_login_at', _STAMP, nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_accounts')),
        sa.UniqueConstraint('email', name=op.f('uq_staff_accounts_email')),
    )
    op.create_table(
        'staff_sessions',
        sa.Column('token_hash', sa.String(length=64), nullable=False),
        sa.Column('staff_id', sa.String(length=36), nullable=False),
        sa.Column('stage', sa.String(length=12), nullable=False),
        sa.Column('csrf', sa.String(length=64), nullable=False),
        sa.Column('pending_totp', sa.LargeBinary(), nullable=True),
        sa.Column('created_at', _STAMP, nullable=False),
        sa.Column('expires_at', _STAMP, nullable=False),
        sa.Column('idle_until', _STAMP, nullable=False),
        sa.ForeignKeyConstraint(['staff_id'], ['staff_accounts.id'],
                                name=op.f('fk_staff_sessions_staff_id_staff_accounts')),
        sa.PrimaryKeyConstraint('token_hash', name=op.f('pk_staff_sessions')),
    )
    op.create_index(op.f('ix_staff_sessions_staff_id'), 'staff_sessions', ['staff_id'])
    op.create_index(op.f('ix_staff_sessions_expires_at'), 'staff_sessions', ['expires_at'])
    _log_table('staff_audit_log', sa.Column('staff_id', sa.String(length=36), nullable=True),
               sa.Column('staff_email', sa.String(length=200), nullable=True),
               sa.Column('action', sa.String(length=40), nullable=False),
               sa.Column('target', sa.String(length=80), nullable=True),
               sa.Column('detail', sa.String(length=400), nullable=True))
    _log_table('client_access_log', sa.Column('staff_id', sa.String(length=36), nullable=False),
               sa.Column('staff_email', sa.String(length=200), nullable=False),
               sa.Column('client_id', sa.String(length=36), nullable=False),
               sa.Column('matter_id', sa.String(length=36), nullable=True))
    op.create_index(op.f('ix_client_access_log_client_id'), 'client_access_log', ['client_id'])
    op.create_table(
        'volunteer_profiles',
        sa.Column('attorney_id', sa.String(length=36), nullable=False),
        sa.Column('firm', sa.String(length=200), nullable=True),
        sa.Column('bar_number', sa.String(length=60), nullable=True),
        sa.Column('languages', sa.String(length=200), nullable=True),
        sa.Column('deactivated_at', _STAMP, nullable=True),
        sa.ForeignKeyConstraint(['attorney_id'], ['attorneys.id'],
                                name=op.f('fk_volunteer_profiles_attorney_id_attorneys')),
        sa.PrimaryKeyConstraint('attorney_id', name=op.f('pk_volunteer_profiles')),
    )
    if op.get_bind().dialect.name == "postgresql":
        _postgres_append_only()
    else:
        _sqlite_append_only()


def _log_table(name: str, *columns: sa.Column) -> None:
    """An append-only log: its own id and time, what ``columns`` say, and the client address."""
    op.create_table(
        name,
        sa.Column('id', _ID, autoincrement=True, nullable=False),
        sa.Column('at', _STAMP, nullable=False),
        *columns,
        sa.Column('address', sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f(f'pk_{name}')),
    )
    op.create_index(op.f(f'ix_{name}_at'), name, ['at'])


def _postgres_append_only() -> None:
    op.execute("""CREATE FUNCTION workbench_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$""")
    for table in APPEND_ONLY:
        op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION workbench_append_only()")
        op.execute(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                   f"FOR EACH STATEMENT EXECUTE FUNCTION workbench_append_only()")


def _sqlite_append_only() -> None:
    for table in APPEND_ONLY:
        for event in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
                       f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")


def downgrade() -> None:
    for table in ("volunteer_profiles", "client_access_log", "staff_audit_log", "staff_sessions", "staff_accounts"):
        op.drop_table(table)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS workbench_append_only()")
