"""The one way plaintext leaves the vault: ``write_export``.

Everything a front-end writes outside the encrypted store at the user's request — a filled form, a
filing packet, a visit kit, a report, a calendar, a matter's interchange file, a document's copy —
goes through this function, so every such copy is written the same way and leaves the same trace:

* atomically (a temporary file beside the target, then a rename) and readable by the owner only,
  so a crash never leaves half a packet that looks complete and other accounts cannot read it;
* recorded in the vault's hash-chained audit log (what was written and where), so the attorney can
  answer "which decrypted copies exist?" — the log itself stays inside the encrypted vault.

Standard output (the CLI's ``-`` target) counts as an export too: it is audited as such.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..atomic import write_atomic
from ..vault import audit
from .base import ChangeSet

#: The target name the audit log shows for a copy written to standard output.
STANDARD_OUTPUT = "standard output"


@dataclass(frozen=True)
class Exported:
    """A copy written: where, how many bytes, the audit entry's change-set, and a sentence when
    the copy could not be made owner-only (Windows: a FAT stick or a network share ignores ACLs)."""

    changes: ChangeSet
    destination: str
    size: int
    warning: str | None = None


class _Counted:
    """Counts the bytes of an iterable of chunks as ``write_atomic`` consumes it (a document's
    decrypted stream is never held whole in memory just to report its size)."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks, self.size = chunks, 0

    def __iter__(self):
        for chunk in self._chunks:
            self.size += len(chunk)
            yield chunk


def write_export(vault, destination: Path | None, data: bytes | Iterable[bytes], *, what: str,
                 entity: str = "matters", entity_id: str | None = None, stream: BinaryIO | None = None) -> Exported:
    """Write ``data`` (bytes or chunks) to ``destination`` — or to ``stream`` when ``destination``
    is None — and append an ``export`` entry to the audit log naming ``what`` and the target.
    ``vault`` is None only for output made from a plaintext file the user gave (a form filled from
    an interchange file): no vault is involved, so there is no log to write to.

    The file is written before the entry: if writing fails (disk full, a folder one may not write
    to, a file held open by another program), nothing is recorded and the error reaches the caller.
    """
    if destination is None and stream is None:
        raise ValueError("write_export needs a destination or a stream")
    counted = _Counted([data] if isinstance(data, (bytes, bytearray, memoryview)) else data)
    warning = None
    if destination is not None:
        warning = write_atomic(Path(destination), iter(counted))
        target = str(destination)
    else:
        for chunk in counted:
            stream.write(chunk)
        stream.flush()
        target = STANDARD_OUTPUT
    if vault is None:
        return Exported(ChangeSet(), target, counted.size, warning)
    with vault.session() as s:
        audit.record(s, "export", entity, entity_id, detail=f"{what}: a copy written to {target}")
    return Exported(ChangeSet(created=frozenset({("audit_log", entity_id or entity)})), target, counted.size, warning)
