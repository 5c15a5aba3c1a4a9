"""The protocol's HTTP endpoints (docs/sync-protocol.md); each is a thin shell over a module.

Route functions are plain ``def`` (FastAPI runs them in its thread pool) because the database
work is synchronous SQLAlchemy; the signature check reads the raw body, so it is an async
dependency that hands its database lookups to the thread pool too.
"""

from __future__ import annotations

import json

from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from .auth import authenticate
from .conflicts import open_conflicts, resolve
from .enroll import enroll
from .errors import HubError
from .bundles import import_bundle
from .merge import InvalidMutation
from .pull import DEFAULT_LIMIT, MAX_LIMIT, pull_json
from .push import MAX_MUTATIONS, Caller, apply_mutations
from . import schemas as S

router = APIRouter(prefix="/v1")
MAX_INT = 2 ** 62  # beyond this PostgreSQL bigint overflows: refuse with 422, not a database error
MAX_CHUNKS = 1 << 20
ERRORS = {code: {"model": S.ErrorAnswer} for code in (400, 401, 403, 404, 409, 413, 422)}


def _target(request: Request) -> str:
    path = request.scope.get("raw_path") or request.url.path.encode()
    query = request.scope.get("query_string") or b""
    return path.decode("latin-1") + ("?" + query.decode("latin-1") if query else "")


async def signed(request: Request) -> Caller:
    """The authenticated device (401 otherwise)."""
    body = await request.body()
    return await run_in_threadpool(authenticate, request.app.state.db, request.headers, request.method,
                                   _target(request), body)


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
    db = request.app.state.db
    try:
        with db.write(caller.org_id) as w:
            results = apply_mutations(w, caller, [m.model_dump() for m in body.mutations])
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


@router.get("/blobs/{sha256}", response_model=S.BlobStatus, responses=ERRORS, summary="Upload state of a file")
def get_blob(sha256: str, request: Request, caller: Caller = Depends(signed)):
    return request.app.state.blobs.status(caller, sha256)


@router.put("/blobs/{sha256}/chunks/{index}", responses=ERRORS, summary="Upload one chunk (resumable)")
async def put_chunk(sha256: str, request: Request, index: int = Path(ge=0, le=MAX_CHUNKS),
                    x_wb_size: int = Header(..., ge=0, le=MAX_INT),
                    caller: Caller = Depends(signed)):
    data = await request.body()
    return await run_in_threadpool(request.app.state.blobs.put_chunk, caller, sha256, index, x_wb_size, data)


@router.post("/blobs/{sha256}/complete", responses=ERRORS, summary="Check the hash and publish the file")
def post_complete(sha256: str, request: Request, caller: Caller = Depends(signed)):
    return request.app.state.blobs.complete(caller, sha256)


@router.get("/blobs/{sha256}/chunks/{index}", responses=ERRORS, summary="Download one chunk")
def get_chunk(sha256: str, request: Request, index: int = Path(ge=0, le=MAX_CHUNKS),
              caller: Caller = Depends(signed)):
    return Response(request.app.state.blobs.read_chunk(caller, sha256, index), media_type="application/octet-stream")


@router.post("/bundles", responses={**ERRORS, 200: {"content": {"application/octet-stream": {}}}},
             summary="Import an export bundle; answers the acknowledgement bundle")
async def post_bundle(request: Request):
    data = await request.body()
    result = await run_in_threadpool(import_bundle, request.app.state.db, request.app.state.keys, data)
    return Response(result.ack, media_type="application/octet-stream",
                    headers={"X-WB-Export-Id": result.export_id, "X-WB-Duplicate": str(result.duplicate).lower()})
