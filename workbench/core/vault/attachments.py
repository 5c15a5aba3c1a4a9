"""Encrypted attachments: AES-256-GCM in 64 KiB chunks (a STREAM-style construction).

File layout::

    header  = b"WBAT" | version (1 byte) | file id (16) | salt (16) | chunk size (4, big-endian)
    chunk_i = AES-256-GCM(key_f, nonce = i (11 bytes, big-endian) | last flag (1 byte),
                          plaintext_i, aad = header)          # 64 KiB + 16-byte tag each

``key_f = HKDF(vault attachment key, salt, info = "workbench/attachment/v1" | file id)``: a key
per file, so chunks cannot be swapped between files; the counter in the nonce detects
reordering; the last-chunk flag detects truncation (a file that ends without a flagged chunk)
and extension (anything after it). File names are the random file id, never the user's file
name or a hash of the content. Files are immutable: a new version is a new file id.
"""

from __future__ import annotations

import hashlib
import io

import secrets
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..atomic import make_private_dir, write_atomic
from ..errors import VaultDamaged
from ..i18n import translate
from .kdf import hkdf

MAGIC = b"WBAT"
VERSION = 1
CHUNK = 64 * 1024
TAG = 16
_HEADER = struct.Struct(">4sB16s16sI")


@dataclass(frozen=True)
class StoredBlob:
    blob_id: str
    size: int
    sha256: str


class AttachmentStore:
    def __init__(self, folder: Path, data_key: bytes) -> None:
        self.folder = Path(folder)
        self._root_key = hkdf(data_key, salt=None, info=b"workbench/attachments/v1")

    def path_for(self, blob_id: str) -> Path:
        if len(blob_id) != 32 or any(c not in "0123456789abcdef" for c in blob_id):
            raise ValueError(f"not an attachment id: {blob_id!r}")
        return self.folder / f"{blob_id}.wbat"

    def _key(self, file_id: bytes, salt: bytes) -> AESGCM:
        return AESGCM(hkdf(self._root_key, salt=salt, info=b"workbench/attachment/v1|" + file_id))

    @staticmethod
    def _nonce(index: int, last: bool) -> bytes:
        return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")

    # -- writing -----------------------------------------------------------------------------
    def put(self, source: bytes | BinaryIO) -> StoredBlob:
        """Encrypt ``source`` (bytes or a readable binary stream) into a new attachment file."""
        stream = _as_stream(source)
        file_id, salt = secrets.token_bytes(16), secrets.token_bytes(16)
        header = _HEADER.pack(MAGIC, VERSION, file_id, salt, CHUNK)
        aead = self._key(file_id, salt)
        digest, size = hashlib.sha256(), 0

        def chunks() -> Iterator[bytes]:
            nonlocal size
            yield header
            index, current = 0, stream.read(CHUNK)
            while True:
                nxt = stream.read(CHUNK) if len(current) == CHUNK else b""
                last = not nxt
                digest.update(current)
                size += len(current)
                yield aead.encrypt(self._nonce(index, last), current, header)
                if last:
                    return
                index, current = index + 1, nxt

        blob_id = file_id.hex()
        make_private_dir(self.folder)
        write_atomic(self.path_for(blob_id), chunks())
        return StoredBlob(blob_id=blob_id, size=size, sha256=digest.hexdigest())

    # -- reading -----------------------------------------------------------------------------
    def iter_plaintext(self, blob_id: str) -> Iterator[bytes]:
        """Decrypted chunks in order; raises ``VaultDamaged`` naming the file on any tampering."""
        path = self.path_for(blob_id)
        try:
            fh = open(path, "rb")
        except FileNotFoundError:
            raise VaultDamaged(path, translate("vault", "the attachment file is missing")) from None
        with fh:
            header = fh.read(_HEADER.size)
            try:
                magic, version, file_id, salt, chunk = _HEADER.unpack(header)
            except struct.error:
                raise VaultDamaged(path, translate("vault", "the attachment header is truncated")) from None
            if magic != MAGIC or version != VERSION or chunk != CHUNK:
                raise VaultDamaged(path, translate("vault", "the attachment header is not recognized"))
            if file_id.hex() != blob_id:
                raise VaultDamaged(path, translate("vault", "the attachment belongs to another record (file id "
                                                            "mismatch)"))
            aead = self._key(file_id, salt)
            index = 0
            sealed = fh.read(CHUNK + TAG)
            while True:
                following = fh.read(CHUNK + TAG)
                last = not following
                try:
                    yield aead.decrypt(self._nonce(index, last), sealed, header)
                except InvalidTag:
                    why = (translate("vault", "the attachment is truncated or a chunk is damaged, reordered or "
                                              "swapped") if last else
                           translate("vault", "chunk {index} is damaged, reordered or swapped").format(index=index))
                    raise VaultDamaged(path, why) from None
                if last:
                    return
                index, sealed = index + 1, following

    def read(self, blob_id: str) -> bytes:
        return b"".join(self.iter_plaintext(blob_id))

    def verify(self, blob_id: str, expected_sha256: str | None = None) -> None:
        digest = hashlib.sha256()
        for part in self.iter_plaintext(blob_id):
            digest.update(part)
        if expected_sha256 and digest.hexdigest() != expected_sha256:
            raise VaultDamaged(self.path_for(blob_id), translate("vault", "the attachment decrypts but its content "
                                                                          "hash differs from the one recorded in the "
                                                                          "database"))

    def export(self, blob_id: str, destination: Path) -> None:
        """Write the plaintext where the user asked (atomically); only ever on explicit request."""
        write_atomic(Path(destination), self.iter_plaintext(blob_id))

    def blob_ids(self) -> list[str]:
        if not self.folder.is_dir():
            return []
        return sorted(p.stem for p in self.folder.glob("*.wbat"))

    def remove(self, blob_id: str) -> None:
        self.path_for(blob_id).unlink(missing_ok=True)


def _as_stream(source: bytes | BinaryIO) -> BinaryIO:
    if isinstance(source, (bytes, bytearray, memoryview)):
        return io.BytesIO(bytes(source))
    return source



