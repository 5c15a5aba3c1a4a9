"""Attachments: chunked, resumable, hash-checked, encrypted at rest."""

from __future__ import annotations

import hashlib
import os

from sqlalchemy import select

from workbench.hub.blobs import CHUNK_SIZE
from workbench.hub.models import BlobChunk

from .support import create

ANA = "ana@firm.example"


def _document(device, sha: str, size: int) -> dict:
    """A client, a matter and a document naming ``sha``: a blob is readable through its matter."""
    client = create("clients", family_name="Doe", given_name="Ana")
    matter = create("matters", client_id=client["entity_id"], kind="u_visa")
    doc = create("documents", matter_id=matter["entity_id"], title="Scan", sha256=sha, size_bytes=size)
    results = device.push(client, matter, doc).json()["results"]
    assert [r["status"] for r in results] == ["applied"] * 3
    assert results[2]["needs_file"] == sha  # the hub asks for the bytes
    return doc


def _put(device, sha, i, data, size):
    return device.request("PUT", f"/v1/blobs/{sha}/chunks/{i}", content=data, headers={"X-WB-Size": str(size)})


def test_chunked_upload_resumes_and_round_trips(hub):
    hub.attorney(ANA)
    device = hub.device(ANA)
    data = os.urandom(2 * CHUNK_SIZE + 1234)
    sha = hashlib.sha256(data).hexdigest()
    assert device.request("GET", f"/v1/blobs/{sha}").status_code == 404
    _document(device, sha, len(data))
    assert _put(device, sha, 0, data[:CHUNK_SIZE], len(data)).status_code == 200
    assert _put(device, sha, 2, data[2 * CHUNK_SIZE:], len(data)).status_code == 200
    # the connection dropped; the device asks what the hub has and sends only the rest
    status = device.request("GET", f"/v1/blobs/{sha}").json()
    assert status == {"size": len(data), "chunk_size": CHUNK_SIZE, "complete": False, "have": [0, 2]}
    early = device.request("POST", f"/v1/blobs/{sha}/complete")
    assert early.status_code == 409 and "[1]" in early.json()["error"]
    assert _put(device, sha, 1, data[CHUNK_SIZE:2 * CHUNK_SIZE], len(data)).status_code == 200
    assert device.request("POST", f"/v1/blobs/{sha}/complete").json()["complete"] is True
    assert device.request("GET", f"/v1/blobs/{sha}").json()["complete"] is True
    back = b"".join(device.request("GET", f"/v1/blobs/{sha}/chunks/{i}").content for i in range(3))
    assert back == data
    with hub.db.read() as s:
        stored = list(s.scalars(select(BlobChunk.data)))
    assert len(stored) == 3 and all(data[:64] not in chunk for chunk in stored)  # encrypted at rest


def test_bad_chunks_and_hash_mismatch_are_refused(hub):
    hub.attorney(ANA)
    device = hub.device(ANA)
    data = b"hello world"
    sha = hashlib.sha256(data).hexdigest()
    assert _put(device, sha, 0, b"short", len(data)).status_code == 422
    assert _put(device, sha, 5, data, len(data)).status_code == 422
    assert _put(device, "XYZ", 0, data, len(data)).status_code == 422
    r = device.request("PUT", f"/v1/blobs/{sha}/chunks/0", content=data)  # no X-WB-Size
    assert r.status_code == 422 and "error" in r.json()
    assert _put(device, sha, 0, b"hello WORLD", len(data)).status_code == 200
    r = device.request("POST", f"/v1/blobs/{sha}/complete")
    assert r.status_code == 422 and "SHA-256" in r.json()["error"]
    assert device.request("GET", f"/v1/blobs/{sha}").status_code == 404  # the bad upload was discarded
    assert _put(device, sha, 0, data, 1 << 40).status_code == 413
