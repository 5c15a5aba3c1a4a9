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
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException

from .admin import load_org
from .blobs import BlobStore
from .console import mount_console
from .db import Database
from .errors import HubError
from .guard import DATABASE_RETRY_SECONDS, DATABASE_UNAVAILABLE, PUBLIC, Guard
from .limits import AddressLimiter, Limits
from .routes import router

log = logging.getLogger("workbench.hub")


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def _describe(exc: RequestValidationError) -> tuple[int, str]:
    errors = exc.errors()
    if any(e.get("type") == "json_invalid" for e in errors):
        return 400, "The request body is not valid JSON."
    parts = []
    for e in errors[:5]:  # field paths and pydantic's sentences only: never the submitted values
        where = ".".join(str(p)[:40] for p in e.get("loc", ()) if p != "body")[:120]
        parts.append(f"{where or 'body'}: {str(e.get('msg', 'invalid'))[:120]}")
    return 422, "The request is not valid: " + "; ".join(parts) + "."


def create_app(db: Database, keys_path: Path, limits: Limits | None = None) -> FastAPI:
    """The hub's ASGI app. Requests pass ``guard.Guard`` first (authentication from the headers,
    bounded bodies, JSON limits, rate limits); ``limits`` defaults to ``Limits()``."""
    org, keys = load_org(db, keys_path)
    app = FastAPI(title="Pro Bono Workbench hub", version="1", openapi_url="/v1/openapi.json",
                  docs_url=None, redoc_url=None,
                  description="Sync protocol v1 (docs/sync-protocol.md): signed requests, push, pull, "
                              "conflicts, attachments and bundles.")
    app.state.db, app.state.keys, app.state.org_id = db, keys, org.id
    app.state.blobs = BlobStore(db, keys.storage_key)
    app.state.limits = limits = limits or Limits()
    app.state.enrollments = AddressLimiter(limits.enroll_per_window, limits.enroll_window, limits.tracked_addresses)
    app.state.failures = AddressLimiter(limits.failures_per_window, limits.failure_window, limits.tracked_addresses)
    app.add_middleware(Guard, db=db, limits=limits, enrollments=app.state.enrollments, failures=app.state.failures)

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

    @app.exception_handler(DBAPIError)
    async def _database(_request, exc: DBAPIError):
        log.warning("database unavailable: %s", type(exc.orig or exc).__name__)
        return _error(503, DATABASE_UNAVAILABLE, {"Retry-After": str(DATABASE_RETRY_SECONDS)})

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unexpected failure on %s %s", request.method, request.url.path)
        return _error(500, "The hub failed on this request; its administrator can find the cause in the hub's log.")

    app.include_router(router)
    mount_console(app)  # the staff web console at /admin/ (not in the protocol's OpenAPI document)
    _document_security(app)
    return app


def _document_security(app: FastAPI) -> None:
    """The OpenAPI document names the request signature as the security of every signed route."""
    plain = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            spec = plain()
            spec.setdefault("components", {})["securitySchemes"] = {"deviceSignature": {
                "type": "apiKey", "in": "header", "name": "X-WB-Signature",
                "description": "Ed25519 signature by the device key with X-WB-Device, X-WB-Timestamp and "
                               "X-WB-Nonce (docs/sync-protocol.md, 'Authenticating requests'). Checked from the "
                               "headers before any of the body is read."}}
            for path, operations in spec.get("paths", {}).items():
                for operation in operations.values():
                    if path not in PUBLIC:
                        operation["security"] = [{"deviceSignature": []}]
        return app.openapi_schema

    app.openapi = openapi
