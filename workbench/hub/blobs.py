"""Attachments: content-addressed by the plaintext's SHA-256, uploaded in resumable chunks,
encrypted at rest, and readable only through the matters they belong to.

Chunks are 1 MiB (the last may be shorter) and each is sealed with AES-256-GCM under the
storage key from the hub's key file, with a random nonce and the blob hash and index as
associated data (a chunk cannot be moved to another place). Uploads are staged per attorney:
another attorney's staged or finished upload is invisible. ``complete`` checks the hash before
the blob becomes readable.

Who may read a blob (issue 12): a device whose attorney has in scope a matter that **owns** the
blob (``blob_owners``). A hash is not a secret (it travels in document records, logs, other
matters' data), so knowing one grants nothing:

* a document pushed into matter M naming hash H makes M an owner of H only if the pushing
  attorney can already read H (an owner matter is in their scope: they may attach a file they
  can read to another matter of theirs, e.g. the same country report in two of their cases);
* otherwise the push is accepted like any other (refusing it would tell the pusher that the hub
  holds H for someone else: an oracle) and leaves a **claim** (H, attorney, M); the answer says
  ``needs_file``, the device uploads the bytes, and ``complete`` (or a bundle carrying the
  bytes) turns the attorney's claims on H into ownership for the matters still in their scope.
  Possession of the bytes is the proof, at the time it is shown; an old upload is not;
* unassigning an attorney from M cuts their reads of M's blobs at once (nothing else grants it).

Answers never depend on whether someone else holds a file: ``GET /v1/blobs/H`` is 404 for a
blob the caller cannot read (whether or not it exists), and an upload of bytes the hub already
holds goes through the same steps as a new one.
"""

from __future__ import annotations

import hashlib
import os
import re

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import delete, select, text, update

from .caller import Caller
from .db import Database
from .errors import HubError, not_found
from .models import Assignment, Blob, BlobChunk, BlobClaim, BlobOwner

CHUNK_SIZE = 1024 * 1024
MAX_BLOB = 2 * 1024 ** 3
_HASH = re.compile(r"^[0-9a-f]{64}$")
_FINAL = ""

_READABLE = text("""SELECT 1 FROM blob_owners o JOIN assignments a ON a.matter_id = o.matter_id
 AND a.attorney_id = :a WHERE o.org_id = :o AND o.sha256 = :s LIMIT 1""")


def is_hash(value) -> bool:
    return isinstance(value, str) and _HASH.match(value) is not None


def can_read(session, org_id: str, attorney_id: str, sha256: str) -> bool:
    """Whether a matter in the attorney's scope owns the blob."""
    return session.execute(_READABLE, {"o": org_id, "a": attorney_id, "s": sha256}).first() is not None


def _own(session, org_id: str, sha256: str, matter_id: str) -> None:
    if session.get(BlobOwner, (org_id, sha256, matter_id)) is None:
        session.add(BlobOwner(org_id=org_id, sha256=sha256, matter_id=matter_id))
        session.flush()


def document_names(session, caller: Caller, sha256, matter_id) -> str | None:
    """A document of ``matter_id`` (in the caller's scope: the push checked) now names ``sha256``.

    The matter becomes an owner when the caller can already read the blob; otherwise the caller's
    claim is kept for their upload, and the hash is returned (the device should send the file).
    """
    if not is_hash(sha256) or not isinstance(matter_id, str):
        return None
    if session.get(BlobOwner, (caller.org_id, sha256, matter_id)) is not None:
        return None
    if session.get(Blob, (caller.org_id, sha256)) is not None and can_read(session, caller.org_id,
                                                                         caller.attorney_id, sha256):
        _own(session, caller.org_id, sha256, matter_id)
        return None
    if session.get(BlobClaim, (caller.org_id, sha256, caller.attorney_id, matter_id)) is None:
        session.add(BlobClaim(org_id=caller.org_id, sha256=sha256, attorney_id=caller.attorney_id,
                              matter_id=matter_id))
        session.flush()
    return sha256


def settle_claims(session, caller: Caller, sha256: str) -> None:
    """The caller just showed the bytes of ``sha256``: their claims become ownership (for matters
    still in their scope) and are dropped."""
    claims = session.scalars(select(BlobClaim).where(BlobClaim.org_id == caller.org_id, BlobClaim.sha256 == sha256,
                                                     BlobClaim.attorney_id == caller.attorney_id)).all()
    for claim in claims:
        if session.get(Assignment, (caller.attorney_id, claim.matter_id)) is not None:
            _own(session, caller.org_id, sha256, claim.matter_id)
        session.delete(claim)
    session.flush()


def check_hash(sha256: str) -> str:
    if not _HASH.match(sha256):
        raise HubError(422, "A blob is named by the lowercase hex SHA-256 of its content.")
    return sha256


def chunk_count(size: int) -> int:
    return max(1, -(-size // CHUNK_SIZE))


def expected_len(size: int, index: int) -> int:
    return min(CHUNK_SIZE, size - index * CHUNK_SIZE) if size else 0


class BlobStore:
    def __init__(self, db: Database, storage_key: bytes) -> None:
        self.db, self.aead = db, AESGCM(storage_key)

    def _seal(self, sha256: str, index: int, data: bytes) -> bytes:
        nonce = os.urandom(12)
        return nonce + self.aead.encrypt(nonce, data, f"{sha256}|{index}".encode())

    def _open(self, sha256: str, index: int, sealed: bytes) -> bytes:
        return self.aead.decrypt(sealed[:12], sealed[12:], f"{sha256}|{index}".encode())

    def can_read(self, session, caller: Caller, sha256: str) -> bool:
        return can_read(session, caller.org_id, caller.attorney_id, sha256)

    def status(self, caller: Caller, sha256: str) -> dict:
        check_hash(sha256)
        with self.db.read() as s:
            blob = s.get(Blob, (caller.org_id, sha256))
            if blob is not None and self.can_read(s, caller, sha256):
                return {"size": blob.size, "chunk_size": CHUNK_SIZE, "complete": True,
                        "have": list(range(chunk_count(blob.size)))}
            staged = s.execute(select(BlobChunk.idx, BlobChunk.size).where(
                BlobChunk.sha256 == sha256, BlobChunk.owner == caller.attorney_id).order_by(BlobChunk.idx)).all()
        if not staged:
            raise not_found("The hub has no such file for you (upload it).")
        return {"size": staged[0][1], "chunk_size": CHUNK_SIZE, "complete": False, "have": [i for i, _ in staged]}

    def put_chunk(self, caller: Caller, sha256: str, index: int, size: int, data: bytes) -> dict:
        check_hash(sha256)
        if not 0 <= size <= MAX_BLOB:
            raise HubError(413, f"Files larger than {MAX_BLOB} bytes are not accepted.")
        if not 0 <= index < chunk_count(size):
            raise HubError(422, f"Chunk {index} is outside a file of {size} bytes.")
        if len(data) != expected_len(size, index):
            raise HubError(422, f"Chunk {index} must be {expected_len(size, index)} bytes, not {len(data)}.")
        with self.db.session() as s:
            other = s.scalar(select(BlobChunk.size).where(BlobChunk.sha256 == sha256,
                                                          BlobChunk.owner == caller.attorney_id).limit(1))
            if other is not None and other != size:
                raise HubError(409, f"An upload of this file with size {other} is in progress; sizes differ.")
            s.merge(BlobChunk(sha256=sha256, owner=caller.attorney_id, idx=index, size=size,
                              data=self._seal(sha256, index, data)))
        return {"sha256": sha256, "index": index, "stored": len(data)}

    def complete(self, caller: Caller, sha256: str) -> dict:
        check_hash(sha256)
        with self.db.session() as s:
            staged = s.execute(select(BlobChunk.idx, BlobChunk.size, BlobChunk.data).where(
                BlobChunk.sha256 == sha256, BlobChunk.owner == caller.attorney_id).order_by(BlobChunk.idx)).all()
            if not staged:
                if s.get(Blob, (caller.org_id, sha256)) is not None and self.can_read(s, caller, sha256):
                    return {"sha256": sha256, "complete": True}
                raise not_found("No upload of this file is in progress.")
            size = staged[0][1]
            missing = sorted(set(range(chunk_count(size))) - {i for i, _, _ in staged})
            if missing:
                raise HubError(409, f"The upload is missing chunks {missing[:20]}; send them, then complete.")
            digest = hashlib.sha256()
            for idx, _, sealed in staged:
                digest.update(self._open(sha256, idx, sealed))
            matches = digest.hexdigest() == sha256
            if matches:
                self._publish(s, caller, sha256, size)
            else:  # discarded (committed), then refused
                s.execute(delete(BlobChunk).where(BlobChunk.sha256 == sha256, BlobChunk.owner == caller.attorney_id))
        if not matches:
            raise HubError(422, "The uploaded content does not match its SHA-256; the upload was discarded.")
        return {"sha256": sha256, "complete": True, "size": size}

    def _publish(self, s, caller: Caller, sha256: str, size: int) -> None:
        """Make the caller's staged chunks the blob (or drop them if it exists); settle their claims."""
        if s.get(Blob, (caller.org_id, sha256)) is None:
            s.execute(update(BlobChunk).where(BlobChunk.sha256 == sha256, BlobChunk.owner == caller.attorney_id)
                      .values(owner=_FINAL))
            s.add(Blob(org_id=caller.org_id, sha256=sha256, size=size))
        else:
            s.execute(delete(BlobChunk).where(BlobChunk.sha256 == sha256, BlobChunk.owner == caller.attorney_id))
        s.flush()
        settle_claims(s, caller, sha256)

    def store_whole(self, s, caller: Caller, sha256: str, data: bytes) -> None:
        """Store a whole blob inside an open transaction (bundle import); the hash is checked first.
        The bundle's import settles the sender's claims once its mutations are applied."""
        check_hash(sha256)
        if hashlib.sha256(data).hexdigest() != sha256:
            raise HubError(422, f"A file in the bundle does not match its SHA-256 ({sha256[:12]}…).")
        if s.get(Blob, (caller.org_id, sha256)) is None:
            for index in range(chunk_count(len(data))):
                part = data[index * CHUNK_SIZE:(index + 1) * CHUNK_SIZE]
                s.add(BlobChunk(sha256=sha256, owner=_FINAL, idx=index, size=len(data),
                                data=self._seal(sha256, index, part)))
            s.add(Blob(org_id=caller.org_id, sha256=sha256, size=len(data)))
            s.flush()

    def read_chunk(self, caller: Caller, sha256: str, index: int) -> bytes:
        check_hash(sha256)
        with self.db.read() as s:
            if s.get(Blob, (caller.org_id, sha256)) is None or not self.can_read(s, caller, sha256):
                raise not_found("The hub has no such file for you.")
            sealed = s.scalar(select(BlobChunk.data).where(BlobChunk.sha256 == sha256, BlobChunk.owner == _FINAL,
                                                           BlobChunk.idx == index))
        if sealed is None:
            raise not_found(f"No chunk {index} in this file.")
        return self._open(sha256, index, sealed)
