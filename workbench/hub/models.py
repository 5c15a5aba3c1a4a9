"""The hub's tables: its own schema, independent of the app's (records are stored generically).

Why generic records: the hub merges per field of a JSON document, so a newer app with a new
column syncs through an older hub unchanged. ``data`` is stored as JSON *text* (not JSONB) so a
pull can splice it into the answer without decoding and re-encoding 100,000 documents.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (BigInteger, Boolean, DateTime, ForeignKey, Index, Integer, LargeBinary, MetaData,
                        String, Text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


Stamp = DateTime(timezone=True)


class Organization(Base):
    """One per hub database. ``last_seq`` is the change sequence, advanced only under the org lock."""

    __tablename__ = "organizations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    sign_key: Mapped[bytes] = mapped_column(LargeBinary)  # Ed25519 public
    kx_key: Mapped[bytes] = mapped_column(LargeBinary)  # X25519 public
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)


class Attorney(Base):
    __tablename__ = "attorneys"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    org_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"))
    email: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)


class Device(Base):
    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    org_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"))
    attorney_id: Mapped[str] = mapped_column(ForeignKey("attorneys.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    sign_key: Mapped[bytes] = mapped_column(LargeBinary, unique=True)
    kx_key: Mapped[bytes] = mapped_column(LargeBinary)
    enrolled_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(Stamp)
    last_seen: Mapped[int | None] = mapped_column(BigInteger)  # Unix seconds; folded from seen_nonces (auth.py)


class EnrollmentCode(Base):
    """A one-time code; only its SHA-256 is kept (the code is 100 random bits, so no slow hash is needed)."""

    __tablename__ = "enrollment_codes"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    attorney_id: Mapped[str] = mapped_column(ForeignKey("attorneys.id"))
    expires_at: Mapped[datetime] = mapped_column(Stamp)
    used_at: Mapped[datetime | None] = mapped_column(Stamp)
    device_id: Mapped[str | None] = mapped_column(String(36))


class Assignment(Base):
    __tablename__ = "assignments"
    attorney_id: Mapped[str] = mapped_column(ForeignKey("attorneys.id"), primary_key=True)
    matter_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)
    assigned_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)


class Record(Base):
    """One synced record. ``matter_id``/``client_id`` are the scope keys: a matter row carries its
    own id as ``matter_id`` (and its client); clients and client-owned rows have no matter."""

    __tablename__ = "records"
    org_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    matter_id: Mapped[str | None] = mapped_column(String(36))
    client_id: Mapped[str | None] = mapped_column(String(36))
    created_by: Mapped[str | None] = mapped_column(String(36))  # attorney id
    data: Mapped[str] = mapped_column(Text)
    seq: Mapped[int] = mapped_column(BigInteger)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    # (matter_id, seq) and (client_id, seq): a pull reads one matter's or client's changes after a
    # cursor as one index range (migration 0003, ``pull.py``).
    __table_args__ = (Index("ux_records_org_seq", "org_id", "seq", unique=True),
                      Index("ix_records_matter_seq", "matter_id", "seq"),
                      Index("ix_records_client_seq", "client_id", "seq"),
                      Index("ix_records_created_by_entity", "created_by", "entity"))


class AppliedMutation(Base):
    """Every answered mutation id with its answer, so a replayed push gets the same answer."""

    __tablename__ = "applied_mutations"
    mutation_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    org_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"))
    device_id: Mapped[str] = mapped_column(String(36))
    result: Mapped[str] = mapped_column(Text)
    applied_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)


class Conflict(Base):
    __tablename__ = "conflicts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    org_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(80))
    hub_value: Mapped[str] = mapped_column(Text)  # JSON
    device_value: Mapped[str] = mapped_column(Text)  # JSON
    device_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(Stamp)
    resolved_value: Mapped[str | None] = mapped_column(Text)
    resolved_by: Mapped[str | None] = mapped_column(String(36))


class SeenNonce(Base):
    """Nonces of accepted requests, kept for the timestamp window (replay protection across workers)."""

    __tablename__ = "seen_nonces"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    nonce: Mapped[str] = mapped_column(String(32), primary_key=True)
    seen_at: Mapped[int] = mapped_column(BigInteger, index=True)  # Unix seconds


class Blob(Base):
    """A complete, hash-checked attachment; its chunks are in ``blob_chunks`` with owner ''."""

    __tablename__ = "blobs"
    org_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)


class BlobOwner(Base):
    """A matter an attachment belongs to: whoever has the matter in scope may read the blob.

    Created only by someone who showed the bytes (a completed upload or a bundle carrying
    them) for a document of that matter they pushed, or who could already read the blob and
    names it in another matter in their scope. Naming a hash never creates one by itself.
    """

    __tablename__ = "blob_owners"
    org_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    matter_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)


class BlobClaim(Base):
    """An attorney's document of a matter names a blob the attorney could not read when it was
    pushed: the matter becomes an owner once that attorney uploads the bytes (``complete``)."""

    __tablename__ = "blob_claims"
    org_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    attorney_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    matter_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class BlobChunk(Base):
    """Encrypted chunk. ``owner`` is the uploading attorney while staged, '' once the blob is complete:
    staging per attorney keeps one attorney from learning that another's file exists."""

    __tablename__ = "blob_chunks"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    owner: Mapped[str] = mapped_column(String(36), primary_key=True)
    idx: Mapped[int] = mapped_column(Integer, primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)  # total size the uploader declared
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ImportedBundle(Base):
    __tablename__ = "imported_bundles"
    export_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    org_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"))
    device_id: Mapped[str] = mapped_column(String(36))
    ack: Mapped[bytes] = mapped_column(LargeBinary)
    imported_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)


# ----------------------------------------------------------------------------- staff console (migration 0004)
class StaffAccount(Base):
    """A person who runs the network through the web console (``workbench/hub/console``).

    ``password_hash`` is an Argon2id PHC string. ``totp_secret`` is the TOTP key sealed with the
    hub's storage key (AES-GCM, bound to the account id), so a database dump alone does not give
    the second factor away; ``totp_last_step`` refuses a code used twice. ``failed_logins`` and
    ``locked_until`` make each failure cost a growing wait.
    """

    __tablename__ = "staff_accounts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    email: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    totp_secret: Mapped[bytes | None] = mapped_column(LargeBinary)
    totp_last_step: Mapped[int] = mapped_column(BigInteger, default=0)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(Stamp)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(Stamp)


class StaffSession(Base):
    """A console session; the browser holds a random token, the hub only its SHA-256.

    ``stage`` is ``password`` between the password and the second factor, ``full`` after. A first
    login keeps the new TOTP secret (sealed) here until the person proves they scanned it.
    """

    __tablename__ = "staff_sessions"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff_accounts.id"), index=True)
    stage: Mapped[str] = mapped_column(String(12))
    csrf: Mapped[str] = mapped_column(String(64))
    pending_totp: Mapped[bytes | None] = mapped_column(LargeBinary)  # sealed secret shown for enrollment
    created_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(Stamp, index=True)
    idle_until: Mapped[datetime] = mapped_column(Stamp)


class AuditEntry(Base):
    """One staff action; append-only (a database trigger refuses UPDATE and DELETE)."""

    __tablename__ = "staff_audit_log"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
                                    autoincrement=True)
    at: Mapped[datetime] = mapped_column(Stamp, default=utcnow, index=True)
    staff_id: Mapped[str | None] = mapped_column(String(36))
    staff_email: Mapped[str | None] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str | None] = mapped_column(String(80))
    detail: Mapped[str | None] = mapped_column(String(400))
    address: Mapped[str | None] = mapped_column(String(64))


class RecordAccess(Base):
    """A staff member viewed a client record; append-only like the audit log."""

    __tablename__ = "client_access_log"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
                                    autoincrement=True)
    at: Mapped[datetime] = mapped_column(Stamp, default=utcnow, index=True)
    staff_id: Mapped[str] = mapped_column(String(36))
    staff_email: Mapped[str] = mapped_column(String(200))
    client_id: Mapped[str] = mapped_column(String(36), index=True)
    matter_id: Mapped[str | None] = mapped_column(String(36))
    address: Mapped[str | None] = mapped_column(String(64))


class VolunteerProfile(Base):
    """What the console knows of a volunteer beyond the ``attorneys`` row: firm, bar number,
    languages, and whether the organization deactivated them."""

    __tablename__ = "volunteer_profiles"
    attorney_id: Mapped[str] = mapped_column(ForeignKey("attorneys.id"), primary_key=True)
    firm: Mapped[str | None] = mapped_column(String(200))
    bar_number: Mapped[str | None] = mapped_column(String(60))
    languages: Mapped[str | None] = mapped_column(String(200))
    deactivated_at: Mapped[datetime | None] = mapped_column(Stamp)


# ----------------------------------------------------------------------------- published field maps (migration 0006)
class PublishedFormMap(Base):
    """A field map the organization published for a form edition (``hub/forms_publish.py``).

    ``document`` is the signed document exactly as devices receive it (canonical JSON bytes);
    ``seq`` orders publications, and a device asks for those after the last it fetched. One row per
    (form, edition, version): a version is published once and never changed."""

    __tablename__ = "published_form_maps"
    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
                                     autoincrement=True)
    org_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"), index=True)
    form_id: Mapped[str] = mapped_column(String(20))
    edition: Mapped[str] = mapped_column(String(8))
    version: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(500))
    document: Mapped[bytes] = mapped_column(LargeBinary)
    published_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)

    __table_args__ = (Index("uq_published_form_maps_version", "org_id", "form_id", "edition", "version", unique=True),)
