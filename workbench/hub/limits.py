"""Resource limits: request bodies, JSON shape, and per-address rate limits.

Every number a stranger can make the hub spend memory, disk or CPU on is bounded here, and
checked before the work it bounds:

* **Body size** per route (``Limits.body_for``), enforced while the body streams in (a chunked
  body has no Content-Length to trust); bodies go to a spool that keeps at most
  ``spool_memory`` bytes in memory and the rest in a temporary file that is deleted when the
  request ends.
* **JSON shape** before parsing (``check_json_shape``): nesting depth and the number of arrays
  and objects, counted by C-speed byte operations, so a 16 MiB ``[[[[...`` or ``[{},{},...]``
  never reaches ``json.loads`` (whose recursion and per-object memory they would exploit).
* **JSON values** while parsing (``strict_loads``): no NaN/Infinity (not JSON), no integer
  beyond 64 bits (PostgreSQL's bigint, and Python's 4,300-digit guard would raise otherwise).
* **Rates** per client address, in memory (``AddressLimiter``): enrollment attempts, and failed
  authentications. Memory per limiter is bounded (least recently seen addresses are dropped).
  With several uvicorn workers each keeps its own counts, so the effective limit is per worker.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

KIB, MIB = 1024, 1024 * 1024


@dataclass
class Limits:
    """The hub's limits; tests and operators may change them (``create_app(..., limits=...)``)."""

    default_body: int = 4 * KIB  # GETs, complete, anything not listed
    enroll_body: int = 4 * KIB
    push_body: int = 16 * MIB  # 500 mutations of a generous 32 KiB each
    resolve_body: int = 1 * MIB
    chunk_body: int = 1 * MIB  # = the blob chunk size
    bundle_body: int = 1024 * MIB + 1 * MIB  # a 1 GiB bundle plus framing; spooled to disk
    spool_memory: int = 1 * MIB
    json_depth: int = 32
    json_containers: int = 100_000
    bundle_containers: int = 20_000_000
    enroll_per_window: int = 30  # attempts per address
    enroll_window: float = 600.0
    failures_per_window: int = 30  # failed authentications per address
    failure_window: float = 300.0
    tracked_addresses: int = 10_000

    def body_for(self, method: str, path: str) -> int:
        if method == "POST" and path == "/v1/push":
            return self.push_body
        if method == "POST" and path == "/v1/bundles":
            return self.bundle_body
        if method == "POST" and path == "/v1/enroll":
            return self.enroll_body
        if method == "POST" and (_RESOLVE.match(path) or _CONSOLE_RESOLVE.match(path)):
            return self.resolve_body  # the value typed to settle a conflict can be a long text field
        if method == "PUT" and _CHUNK.match(path):
            return self.chunk_body
        return self.default_body


_RESOLVE = re.compile(r"^/v1/conflicts/[^/]+/resolve$")
_CONSOLE_RESOLVE = re.compile(r"^/admin/conflicts/[^/]+/resolve$")
_CHUNK = re.compile(r"^/v1/blobs/[^/]+/chunks/[^/]+$")


class TooLarge(Exception):
    pass


class BadJson(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


# --------------------------------------------------------------------------- rates
class AddressLimiter:
    """Counts events per address in a fixed window; ``retry_after`` says when an address may try again.

    Thread-safe (the hub's route functions run in a thread pool). At most ``max_addresses`` are
    tracked: a flood from many addresses evicts the oldest entries rather than growing memory.
    """

    def __init__(self, limit: int, window: float, max_addresses: int = 10_000) -> None:
        self.limit, self.window, self.max_addresses = limit, window, max_addresses
        self._hits: OrderedDict[str, tuple[float, int]] = OrderedDict()
        self._lock = threading.Lock()

    def _current(self, address: str, now: float) -> tuple[float, int]:
        start, count = self._hits.get(address, (now, 0))
        if now - start >= self.window:
            start, count = now, 0
        return start, count

    def retry_after(self, address: str, now: float | None = None) -> int | None:
        """Seconds until ``address`` may try again, or None when it is under its limit."""
        now = time.monotonic() if now is None else now
        with self._lock:
            start, count = self._current(address, now)
        if count < self.limit:
            return None
        return max(1, int(start + self.window - now + 0.999))

    def hit(self, address: str, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        with self._lock:
            start, count = self._current(address, now)
            self._hits[address] = (start, count + 1)
            self._hits.move_to_end(address)
            while len(self._hits) > self.max_addresses:
                self._hits.popitem(last=False)

    def reset(self) -> None:
        with self._lock:
            self._hits.clear()


# --------------------------------------------------------------------------- bodies
class Spool:
    """A request body received in full: its size, SHA-256 and bytes (in memory up to a limit, then on disk)."""

    def __init__(self, memory: int) -> None:
        self.file = tempfile.SpooledTemporaryFile(max_size=memory, prefix="wb-hub-body-")
        self.size = 0
        self._digest = hashlib.sha256()

    def write(self, data: bytes) -> None:
        self.file.write(data)
        self.size += len(data)
        self._digest.update(data)

    @property
    def sha256(self) -> str:
        return self._digest.hexdigest()

    def read_all(self) -> bytes:
        """The whole body as bytes: only for bodies whose limit is small (JSON routes, chunks)."""
        self.file.seek(0)
        return self.file.read()

    def on_disk(self) -> bool:
        return bool(getattr(self.file, "_rolled", False))

    def close(self) -> None:
        self.file.close()


async def receive_body(receive, limit: int, memory: int) -> Spool:
    """Read an ASGI request body into a ``Spool``; ``TooLarge`` as soon as it passes ``limit``.

    A client that disconnects midway raises ``ConnectionError``.
    """
    spool = Spool(memory)
    try:
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise ConnectionError("the client went away")
            chunk = message.get("body", b"")
            if chunk:
                if spool.size + len(chunk) > limit:
                    raise TooLarge()
                spool.write(chunk)
            if not message.get("more_body", False):
                return spool
    except BaseException:
        spool.close()
        raise


# --------------------------------------------------------------------------- JSON
_STRING = re.compile(rb'"[^"]*"')
_PAIR = re.compile(rb"\[\]|\{\}")
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


def check_json_shape(raw: bytes, *, max_depth: int, max_containers: int) -> None:
    """Refuse JSON that nests deeper than ``max_depth`` or has more than ``max_containers``
    arrays and objects, without parsing it (``BadJson``)."""
    # Escapes first (left to right, as a JSON tokenizer pairs them): then every '"' left
    # delimits a string, and strings are removed by a pattern that cannot backtrack.
    unescaped = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    if unescaped.count(b'"') > 8 * max_containers:  # strings are bounded too (and the pass below with them)
        raise BadJson(413, "The request has too many JSON strings; send less at once.")
    brackets = _STRING.sub(b"", unescaped).translate(None, _NOT_BRACKETS)
    containers = brackets.count(b"[") + brackets.count(b"{")
    if containers > max_containers:
        raise BadJson(413, f"The request has more than {max_containers} JSON arrays and objects; send less at once.")
    # Each pass removes the innermost pairs, so a well-nested text of depth d is empty after d
    # passes. Pairs still left after max_depth passes mean "too deep"; a text that stops
    # shrinking is unbalanced, which the parser then reports as malformed.
    for _ in range(max_depth + 1):
        if not brackets:
            return
        shorter = _PAIR.sub(b"", brackets)  # one pass over the original: exactly one level
        if len(shorter) == len(brackets):
            return
        brackets = shorter
    raise BadJson(422, f"The request's JSON is nested deeper than {max_depth} levels.")


_INT_DIGITS = 19


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > _INT_DIGITS:
        raise BadJson(422, "The request has an integer too large for this hub (at most 64 bits).")
    value = int(text)
    if not -(2 ** 63) <= value < 2 ** 63:
        raise BadJson(422, "The request has an integer too large for this hub (at most 64 bits).")
    return value


def _no_constant(name: str):
    raise BadJson(422, f"The request has {name}, which is not a JSON number; send a number or null.")


def strict_loads(raw: bytes | str):
    """``json.loads`` that refuses NaN, Infinity and integers beyond 64 bits (``BadJson``);
    malformed JSON or text that is not UTF-8 is ``BadJson(400)``."""
    try:
        return json.loads(raw, parse_int=_parse_int, parse_constant=_no_constant)
    except BadJson:
        raise
    except RecursionError:
        raise BadJson(422, "The request's JSON is nested too deeply.") from None
    except (ValueError, UnicodeDecodeError):
        raise BadJson(400, "The request body is not valid JSON.") from None


def check_json(raw: bytes, *, max_depth: int, max_containers: int) -> None:
    """Shape first (without parsing), then a strict parse whose result is dropped."""
    check_json_shape(raw, max_depth=max_depth, max_containers=max_containers)
    strict_loads(raw)
