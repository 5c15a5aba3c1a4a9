"""The protocol's HTTP endpoints (docs/sync-protocol.md); each is a thin shell over a module.

Route functions are plain ``def`` (FastAPI runs them in its thread pool) because the database
work is synchronous SQLAlchemy. Authentication, body limits and JSON limits happened before any
route runs (``guard``): a route finds the authenticated caller in ``scope["wb.caller"]``.
"""

from __future__ import annotations

import json
import mmap
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from . import forms_publish
from .conflicts import open_conflicts, resolve
from .enroll import enroll
from .errors import HubError
from .bundles import import_bundle
from .merge import InvalidMutation
from .pull import DEFAULT_LIMIT, MAX_LIMIT, pull_json
from .push import MAX_MUTATIONS, Caller, push
from . import schemas as S

router = APIRouter(prefix="/v1")
MAX_INT = 2 ** 62  # beyond this PostgreSQL bigint overflows: refuse with 422, not a database error
MAX_CHUNKS = 1 << 20
Sha256 = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="lowercase hex SHA-256 of the file's content")]
ERRORS = {code: {"model": S.ErrorAnswer} for code in (400, 401, 403, 404, 409, 413, 422, 429)}
BINARY = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}


def signed(request: Request) -> Caller:
    """The device the guard authenticated (401 if a route were ever reached without it)."""
    caller = request.scope.get("wb.caller")
    if caller is None:
        raise HubError(401, "The request is not signed; enroll this device first.")
    return caller


def _json(payload) -> Response:
    return Response(json.dumps(payload, separators=(",", ":")), media_type="application/json")


@router.get("/health", summary="Is the hub up (no authentication)")
def health() -> dict:
    return {"status": "ok", "protocol": 1}


@router.post("/enroll", response_model=S.EnrollAnswer, responses=ERRORS, summary="Enroll a device with a one-time code")
def post_enroll(body: S.EnrollRequest, request: Request):
    return enroll(request.app.state.db, body.code, body.device_name, body.sign_key, body.kx_key)


@router.post("/push", response_model=S.PushAnswer, responses=ERRORS, summary="Push outbox mutations (idempotent)")
def post_push(body: S.PushRequest, request: Request, caller: Caller = Depends(signed)):
    if len(body.mutations) > MAX_MUTATIONS:
        raise HubError(413, f"At most {MAX_MUTATIONS} mutations per push; send the rest in another push.")
    if not body.mutations:  # an idle sync: no lock, no transaction
        return _json({"results": []})
    try:
        results = push(request.app.state.db, caller, [m.model_dump() for m in body.mutations])
    except InvalidMutation as exc:
        raise HubError(422, f"The push is not valid: {exc}.") from None
    return _json({"results": results})


@router.get("/pull", response_model=S.PullAnswer, responses=ERRORS, summary="Changes in scope after a cursor")
def get_pull(request: Request, cursor: int = Query(0, ge=0, le=MAX_INT),
             limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_INT),
             caller: Caller = Depends(signed)):
    with request.app.state.db.read() as s:
        body = pull_json(s, caller.org_id, caller.attorney_id, cursor, min(limit, MAX_LIMIT))
    return Response(body, media_type="application/json")


@router.get("/conflicts", response_model=S.ConflictList, responses=ERRORS, summary="Open conflicts in scope")
def get_conflicts(request: Request, caller: Caller = Depends(signed)):
    with request.app.state.db.read() as s:
        return _json({"conflicts": open_conflicts(s, caller.org_id, caller.attorney_id)})


@router.post("/conflicts/{conflict_id}/resolve", response_model=S.ResolveAnswer, responses=ERRORS,
             summary="Resolve a conflict with the chosen or edited value")
def post_resolve(conflict_id: str, body: S.ResolveRequest, request: Request, caller: Caller = Depends(signed)):
    with request.app.state.db.write(caller.org_id) as w:
        return _json(resolve(w, caller, conflict_id, body.value))


@router.get("/form-maps", response_model=S.PublishedFormMapList, responses=ERRORS,
            summary="Field maps the organization published after a sequence number")
def get_form_maps(request: Request, since: int = Query(0, ge=0, le=MAX_INT), caller: Caller = Depends(signed)):
    with request.app.state.db.read() as s:
        return _json(forms_publish.listing(s, caller.org_id, since))


@router.get("/form-maps/{seq}", response_class=Response,
            responses={**ERRORS, 200: {"content": {"application/json": {}}, "description": "the signed document"}},
            summary="One published field map, signed by the organization")
def get_form_map(request: Request, seq: int = Path(ge=1, le=MAX_INT), caller: Caller = Depends(signed)) -> Response:
    with request.app.state.db.read() as s:
        return Response(forms_publish.document(s, caller.org_id, seq), media_type="application/json")


@router.get("/blobs/{sha256}", response_model=S.BlobStatus, responses=ERRORS, summary="Upload state of a file")
def get_blob(sha256: Sha256, request: Request, caller: Caller = Depends(signed)):
    return request.app.state.blobs.status(caller, sha256)


@router.put("/blobs/{sha256}/chunks/{index}", responses=ERRORS, summary="Upload one chunk (resumable)",
            openapi_extra={"requestBody": {"required": True, "content": BINARY}})
async def put_chunk(sha256: Sha256, request: Request, index: int = Path(ge=0, le=MAX_CHUNKS),
                    x_wb_size: int = Header(..., ge=0, le=MAX_INT),
                    caller: Caller = Depends(signed)):
    data = await request.body()
    return await run_in_threadpool(request.app.state.blobs.put_chunk, caller, sha256, index, x_wb_size, data)


@router.post("/blobs/{sha256}/complete", responses=ERRORS, summary="Check the hash and publish the file")
def post_complete(sha256: Sha256, request: Request, caller: Caller = Depends(signed)):
    return request.app.state.blobs.complete(caller, sha256)


@router.get("/blobs/{sha256}/chunks/{index}", response_class=Response,
            responses={**ERRORS, 200: {"content": BINARY, "description": "the chunk's bytes"}},
            summary="Download one chunk")
def get_chunk(sha256: Sha256, request: Request, index: int = Path(ge=0, le=MAX_CHUNKS),
              caller: Caller = Depends(signed)) -> Response:
    return Response(request.app.state.blobs.read_chunk(caller, sha256, index), media_type="application/octet-stream")


@router.post("/bundles", response_class=Response,
             responses={**ERRORS, 200: {"content": BINARY, "description": "the acknowledgement bundle",
                                        "headers": {"X-WB-Export-Id": {"schema": {"type": "string"}},
                                                    "X-WB-Duplicate": {"schema": {"type": "string",
                                                                                  "enum": ["true", "false"]}}}}},
             openapi_extra={"requestBody": {"required": True, "content": BINARY}},
             summary="Import an export bundle sent by the device that signed it; answers the acknowledgement")
def post_bundle(request: Request, caller: Caller = Depends(signed)):
    spool = request.scope.get("wb.body")
    if spool is None or spool.size == 0:
        raise HubError(422, "Bundle rejected: the request has no bundle in its body. Nothing was imported.")
    spool.file.flush()
    if spool.on_disk():  # mapped, not read: a large bundle stays in the page cache, not in the heap
        data = mmap.mmap(spool.file.fileno(), 0, access=mmap.ACCESS_READ)
        try:
            result = import_bundle(request.app.state.db, request.app.state.keys, data, sender=caller.device_id)
        finally:
            try:
                data.close()
            except BufferError:  # a view of it lives on in an exception's traceback; freed with it
                pass
    else:
        result = import_bundle(request.app.state.db, request.app.state.keys, spool.read_all(),
                               sender=caller.device_id)
    return Response(result.ack, media_type="application/octet-stream",
                    headers={"X-WB-Export-Id": result.export_id, "X-WB-Duplicate": str(result.duplicate).lower()})
