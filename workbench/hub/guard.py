"""The front door: what every request goes through before a route sees it (pure ASGI middleware).

Order, each step refusing before the next one costs anything:

1. An address with too many failed authentications in the window: ``429`` (nothing else done).
2. A declared ``Content-Length`` over the route's limit: ``413``.
3. Signed routes (everything under ``/v1/`` except health, the OpenAPI document and enroll):
   the device is identified **from the headers alone** (``auth.identify``); a stranger gets
   ``401`` and not one byte of the body is read (the answer carries ``Connection: close``).
   Enrollment: attempts per address are counted; over the limit ``429``.
4. The body streams into a bounded spool (memory up to ``spool_memory``, then a temporary file),
   hashed on the way; ``413`` the moment it passes the route's limit, whether or not a length
   was declared (chunked bodies).
5. The signature over the body's hash and the nonce (``auth.accept``): ``401`` otherwise.
6. JSON routes: shape (depth, number of arrays/objects, strings) checked without parsing,
   then a strict parse (no NaN/Infinity, no integer beyond 64 bits): ``400``/``413``/``422``.
7. Only then the route, with the caller in ``scope["wb.caller"]`` and the body replayed from the
   spool (``POST /v1/bundles`` reads the spool itself, from ``scope["wb.body"]``, so a large
   bundle stays on disk and is mapped, not copied into memory).

Every failed authentication counts against the address (``Limits.failures_per_window``).
"""

from __future__ import annotations

import json

import logging

from sqlalchemy.exc import DBAPIError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers

from .auth import accept, identify
from .errors import HubError
from .limits import AddressLimiter, BadJson, Limits, Spool, TooLarge, check_json, receive_body

log = logging.getLogger("workbench.hub")
#: The answer when the database cannot be reached (down, restarting, dropped): the device keeps its
#: outbox and tries again; a retryable status, never a bare 500.
DATABASE_UNAVAILABLE = "The hub cannot reach its database right now; nothing was changed. Try again in a minute."
DATABASE_RETRY_SECONDS = 30

PUBLIC = frozenset({"/v1/health", "/v1/openapi.json", "/v1/enroll"})
SPOOLED_ROUTES = frozenset({("POST", "/v1/bundles")})


def is_json_route(method: str, path: str) -> bool:
    return method == "POST" and (path in ("/v1/push", "/v1/enroll")
                                 or (path.startswith("/v1/conflicts/") and path.endswith("/resolve")))


def target(scope) -> str:
    """``PATH?QUERY`` exactly as sent: what the device signed."""
    path = scope.get("raw_path") or scope["path"].encode()
    query = scope.get("query_string") or b""
    return path.decode("latin-1") + ("?" + query.decode("latin-1") if query else "")


async def refuse(send, status: int, message: str, *, close: bool = False, retry_after: int | None = None) -> None:
    body = json.dumps({"error": message}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if close:
        headers.append((b"connection", b"close"))
    if retry_after is not None:
        headers.append((b"retry-after", str(retry_after).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


async def database_unavailable(send, exc: DBAPIError) -> None:
    """``503`` with ``Retry-After``; the log gets the error's class only (a statement's parameters can
    hold client data)."""
    log.warning("database unavailable: %s", type(exc.orig or exc).__name__)
    await refuse(send, 503, DATABASE_UNAVAILABLE, retry_after=DATABASE_RETRY_SECONDS)


def _replay(data: bytes, receive):
    sent = False

    async def replay():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": data, "more_body": False}
        return await receive()  # later calls wait for the disconnect, as with a real body

    return replay


class Guard:
    def __init__(self, app, *, db, limits: Limits, enrollments: AddressLimiter, failures: AddressLimiter) -> None:
        self.app, self.db, self.limits = app, db, limits
        self.enrollments, self.failures = enrollments, failures

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method, path = scope["method"], scope["path"]
        address = (scope.get("client") or ("unknown",))[0] or "unknown"
        wait = self.failures.retry_after(address)
        if wait is not None:
            await refuse(send, 429, f"Too many failed authentications from this address; try again in {wait} "
                                    "seconds.", close=True, retry_after=wait)
            return
        headers = Headers(scope=scope)
        limit = self.limits.body_for(method, path)
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or len(length) > 18 or int(length) > limit):
            await refuse(send, 413, f"The request is too large for this endpoint (at most {limit} bytes).", close=True)
            return
        who = None
        if path.startswith("/v1/") and path not in PUBLIC:
            try:
                who = await run_in_threadpool(identify, self.db, headers)
            except HubError as exc:
                self.failures.hit(address)
                await refuse(send, exc.status, exc.message, close=True)
                return
            except DBAPIError as exc:
                await database_unavailable(send, exc)
                return
        elif method == "POST" and path == "/v1/enroll":
            wait = self.enrollments.retry_after(address)
            if wait is not None:
                await refuse(send, 429, f"Too many enrollment attempts from this address; try again in {wait} "
                                        "seconds.", close=True, retry_after=wait)
                return
            self.enrollments.hit(address)
        try:
            spool = await receive_body(receive, limit, self.limits.spool_memory)
        except TooLarge:
            await refuse(send, 413, f"The request is too large for this endpoint (at most {limit} bytes).", close=True)
            return
        except ConnectionError:
            return  # the client went away; there is no one to answer
        try:
            await self._checked(scope, send, receive, spool, who, address, method, path)
        finally:
            spool.close()

    async def _checked(self, scope, send, receive, spool: Spool, who, address: str, method: str, path: str) -> None:
        if who is not None:
            try:
                scope["wb.caller"] = await run_in_threadpool(accept, self.db, who, method, target(scope), spool.sha256)
            except HubError as exc:
                self.failures.hit(address)
                await refuse(send, exc.status, exc.message)
                return
            except DBAPIError as exc:
                await database_unavailable(send, exc)
                return
        if (method, path) in SPOOLED_ROUTES:
            scope["wb.body"] = spool
            await self.app(scope, _replay(b"", receive), send)
            return
        data = spool.read_all()
        if data and is_json_route(method, path):
            try:
                await run_in_threadpool(check_json, data, max_depth=self.limits.json_depth,
                                        max_containers=self.limits.json_containers)
            except BadJson as exc:
                await refuse(send, exc.status, exc.message)
                return
        await self.app(scope, _replay(data, receive), send)
