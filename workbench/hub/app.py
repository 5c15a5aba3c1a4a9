"""The ASGI application: FastAPI with the protocol's routes and error discipline.

Every refusal is ``{"error": "a sentence"}`` with the protocol's status: our ``HubError``,
FastAPI's validation errors (malformed JSON → 400, wrong shape → 422), unknown routes, and,
as a last resort, anything unexpected (500, logged here with its traceback, never sent).
"""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from .admin import load_org
from .blobs import BlobStore
from .db import Database
from .errors import HubError
from .routes import router

log = logging.getLogger("workbench.hub")
MAX_BODY = 1024 ** 3 + 1024 ** 2  # a 1 GiB bundle plus framing; JSON routes are capped lower (routes)


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def _describe(exc: RequestValidationError) -> tuple[int, str]:
    errors = exc.errors()
    if any(e.get("type") == "json_invalid" for e in errors):
        return 400, "The request body is not valid JSON."
    parts = []
    for e in errors[:5]:
        where = ".".join(str(p) for p in e.get("loc", ()) if p != "body")
        parts.append(f"{where or 'body'}: {e.get('msg', 'invalid')}")
    return 422, "The request is not valid: " + "; ".join(parts) + "."


def create_app(db: Database, keys_path: Path) -> FastAPI:
    org, keys = load_org(db, keys_path)
    app = FastAPI(title="Pro Bono Workbench hub", version="1", openapi_url="/v1/openapi.json",
                  docs_url=None, redoc_url=None,
                  description="Sync protocol v1 (docs/sync-protocol.md): signed requests, push, pull, "
                              "conflicts, attachments and bundles.")
    app.state.db, app.state.keys, app.state.org_id = db, keys, org.id
    app.state.blobs = BlobStore(db, keys.storage_key)

    @app.middleware("http")
    async def _size_limit(request: Request, call_next):
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            return _error(413, "The request is too large for this hub.")
        return await call_next(request)

    @app.exception_handler(HubError)
    async def _hub_error(_request, exc: HubError):
        if exc.status >= 500:
            log.error("hub error: %s", exc.message)
        return _error(exc.status, exc.message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request, exc: RequestValidationError):
        return _error(*_describe(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request, exc: StarletteHTTPException):
        messages = {404: "No such endpoint (protocol v1 lives under /v1/).",
                    405: "This endpoint does not accept that method."}
        return _error(exc.status_code, messages.get(exc.status_code, str(exc.detail)))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unexpected failure on %s %s", request.method, request.url.path)
        return _error(500, "The hub failed on this request; its administrator can find the cause in the hub's log.")

    app.include_router(router)
    return app
