"""Issue 12, item 1: a blob is readable through the matters that own it, never through a hash
someone names. Each test here fails on the hub before the fix (where a document naming a hash
in the caller's scope was enough to read the file)."""

from __future__ import annotations

import base64
import hashlib
import io
import json

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import inspect, text

from workbench.core.sync.bundle_format import write_bundle
from workbench.hub import admin
from workbench.hub.db import Database
from workbench.hub.migrations import current_revision, head_revision, upgrade

from .support import create, mutation

ANA, BEN, CARL = "ana@firm.example", "ben@firm.example", "carl@firm.example"
SECRET = b"%PDF-1.7 I-589 of Ana's client: filled, signed, and nobody else's business"


def _matter(device, family="Doe") -> str:
    client = create("clients", family_name=family, given_name="X")
    matter = create("matters", client_id=client["entity_id"], kind="affirmative_asylum")
    assert [r["status"] for r in device.push(client, matter).json()["results"]] == ["applied"] * 2
    return matter["entity_id"]


def _document(device, matter_id: str, sha: str, size: int) -> dict:
    doc = create("documents", matter_id=matter_id, title="File", sha256=sha, size_bytes=size)
    result = device.push(doc).json()["results"][0]
    assert result["status"] == "applied", result
    return result


def _upload(device, data: bytes) -> int:
    sha = hashlib.sha256(data).hexdigest()
    r = device.request("PUT", f"/v1/blobs/{sha}/chunks/0", content=data, headers={"X-WB-Size": str(len(data))})
    assert r.status_code == 200, r.text
    return device.request("POST", f"/v1/blobs/{sha}/complete").status_code


def _reads(device, sha: str) -> list:
    """Everything a device can learn about a blob: status codes and bodies of the three reads."""
    out = []
    for method, path in (("GET", f"/v1/blobs/{sha}"), ("GET", f"/v1/blobs/{sha}/chunks/0"),
                         ("POST", f"/v1/blobs/{sha}/complete")):
        r = device.request(method, path)
        out.append((r.status_code, r.content))
    return out


def _setup(hub):
    for email in (ANA, BEN, CARL):
        hub.attorney(email)
    ana, ben = hub.device(ANA), hub.device(BEN)
    matter_a = _matter(ana)
    sha = hashlib.sha256(SECRET).hexdigest()
    assert _document(ana, matter_a, sha, len(SECRET))["needs_file"] == sha
    assert _upload(ana, SECRET) == 200
    assert ana.request("GET", f"/v1/blobs/{sha}/chunks/0").content == SECRET
    return ana, ben, matter_a, sha


def test_naming_another_matters_hash_reads_nothing_and_tells_nothing(hub):
    ana, ben, matter_a, sha = _setup(hub)
    matter_b = _matter(ben, "Roe")
    nowhere = hashlib.sha256(b"a file that no one ever uploaded").hexdigest()
    # the attack of the issue: a document in his own matter naming her file
    named = _document(ben, matter_b, sha, len(SECRET))
    control = _document(ben, matter_b, nowhere, 10)
    # the push is answered exactly as for a hash the hub has never seen: no "does it hold this" oracle
    assert named["needs_file"] == sha and control["needs_file"] == nowhere
    assert {k for k in named} == {k for k in control}
    reads, control_reads = _reads(ben, sha), _reads(ben, nowhere)
    assert [status for status, _ in reads] == [404, 404, 404]
    assert reads == control_reads  # same statuses, same words
    assert SECRET not in b"".join(body for _, body in reads)
    # his pull carries his own document, and still no way to the bytes
    state, _ = ben.pull_all()
    assert any(c["data"].get("sha256") == sha for c in state.values())
    assert ben.request("GET", f"/v1/blobs/{sha}/chunks/0").status_code == 404


def test_unassigning_cuts_access_and_naming_it_again_does_not_restore_it(hub):
    ana, ben, matter_a, sha = _setup(hub)
    hub.assign(BEN, matter_a)
    assert ben.request("GET", f"/v1/blobs/{sha}/chunks/0").content == SECRET  # the blob's own matter
    matter_b = _matter(ben, "Roe")
    admin.unassign(hub.db, BEN, matter_a)
    assert ben.request("GET", f"/v1/blobs/{sha}/chunks/0").status_code == 404
    # he still knows the hash: naming it in his own matter does not bring the file back
    _document(ben, matter_b, sha, len(SECRET))
    assert ben.request("GET", f"/v1/blobs/{sha}/chunks/0").status_code == 404
    # whoever actually holds the bytes proves it by uploading them; then his matter owns the file too
    assert _upload(ben, SECRET) == 200
    assert ben.request("GET", f"/v1/blobs/{sha}/chunks/0").content == SECRET
    assert ana.request("GET", f"/v1/blobs/{sha}/chunks/0").content == SECRET


def test_the_same_file_in_two_matters_of_one_attorney_needs_no_second_upload(hub):
    ana, ben, matter_a, sha = _setup(hub)
    matter_a2 = _matter(ana, "Second")
    result = _document(ana, matter_a2, sha, len(SECRET))  # e.g. the same country report in two cases
    assert result.get("needs_file") is None  # she can read it already: the second matter owns it at once
    carl = hub.device(CARL)
    hub.assign(CARL, matter_a2)  # co-counsel on the second matter only
    assert carl.request("GET", f"/v1/blobs/{sha}/chunks/0").content == SECRET
    admin.unassign(hub.db, CARL, matter_a2)
    assert carl.request("GET", f"/v1/blobs/{sha}/chunks/0").status_code == 404


def test_moving_a_document_or_resolving_its_hash_grants_nothing(hub):
    ana, ben, matter_a, sha = _setup(hub)
    matter_b = _matter(ben, "Roe")
    own = hashlib.sha256(b"ben's own file").hexdigest()
    doc = create("documents", matter_id=matter_b, title="Mine", sha256=own, size_bytes=14)
    ben.push(doc)
    other = hub.device(BEN)  # his second device disagrees on the file: a conflict he resolves himself
    answer = other.push(mutation("documents", doc["entity_id"], sha256=("0" * 64, "1" * 64))).json()["results"][0]
    conflict_id = answer["conflicts"][0]["conflict_id"]
    r = ben.request("POST", f"/v1/conflicts/{conflict_id}/resolve", {"value": sha})
    assert r.status_code == 200, r.text
    assert ben.request("GET", f"/v1/blobs/{sha}/chunks/0").status_code == 404


def _bundle(device, mutations, blobs=()) -> bytes:
    payload = {"device_id": device.id, "cursor": 0, "mutations": mutations,
               "blobs": [{"sha256": hashlib.sha256(b).hexdigest(), "data": base64.b64encode(b).decode()}
                         for b in blobs]}
    out = io.BytesIO()
    write_bundle(out, [json.dumps(payload).encode()], sender=device.sign,
                 recipient=X25519PublicKey.from_public_bytes(base64.b64decode(device.info["hub_kx_key"])),
                 kind="outbox")
    return out.getvalue()


def test_a_bundle_naming_a_hash_grants_nothing_but_one_carrying_the_bytes_does(hub):
    ana, ben, matter_a, sha = _setup(hub)
    matter_b = _matter(ben, "Roe")
    doc = create("documents", matter_id=matter_b, title="Named", sha256=sha, size_bytes=len(SECRET))
    assert ben.post_bundle(_bundle(ben, [doc])).status_code == 200
    assert ben.request("GET", f"/v1/blobs/{sha}/chunks/0").status_code == 404
    doc2 = create("documents", matter_id=matter_b, title="Carried", sha256=sha, size_bytes=len(SECRET))
    assert ben.post_bundle(_bundle(ben, [doc2], blobs=[SECRET])).status_code == 200
    assert ben.request("GET", f"/v1/blobs/{sha}/chunks/0").content == SECRET


def test_migration_keeps_legitimate_access_and_drops_the_attack(db_url, tmp_path):
    """Upgrading a hub database of revision 0001: the uploader's matter keeps its file, a matter
    whose document merely names the hash (pushed by someone who never uploaded it) does not."""
    db = Database(db_url)
    try:
        upgrade(db.engine, "0001")
        sha = "ab" * 32
        with db.engine.begin() as c:
            c.execute(text("INSERT INTO organizations (id, name, sign_key, kx_key, last_seq, created_at) "
                           "VALUES ('o', 'Org', :k, :k, 3, CURRENT_TIMESTAMP)"), {"k": b"k" * 32})
            for who in ("ana", "ben"):
                c.execute(text("INSERT INTO attorneys (id, org_id, email, created_at) VALUES "
                               "(:a, 'o', :e, CURRENT_TIMESTAMP)"), {"a": who, "e": f"{who}@x"})
            c.execute(text("INSERT INTO assignments (attorney_id, matter_id, assigned_at) VALUES "
                           "('ana', 'ma', CURRENT_TIMESTAMP), ('ben', 'mb', CURRENT_TIMESTAMP)"))
            c.execute(text("INSERT INTO blobs (org_id, sha256, size, created_at) VALUES ('o', :s, 5, CURRENT_TIMESTAMP)"),
                      {"s": sha})
            c.execute(text("INSERT INTO blob_access (sha256, attorney_id) VALUES (:s, 'ana')"), {"s": sha})
            for seq, (doc, matter, by) in enumerate((("da", "ma", "ana"), ("db", "mb", "ben")), start=1):
                c.execute(text("INSERT INTO records (org_id, id, entity, matter_id, created_by, data, seq, deleted) "
                               "VALUES ('o', :d, 'documents', :m, :b, :j, :q, false)"),
                          {"d": doc, "m": matter, "b": by, "q": seq,
                           "j": json.dumps({"id": doc, "matter_id": matter, "sha256": sha})})
        upgrade(db.engine)
        with db.engine.connect() as c:
            owners = c.execute(text("SELECT matter_id FROM blob_owners")).scalars().all()
            assert owners == ["ma"]
        assert "blob_access" not in inspect(db.engine).get_table_names()
        assert current_revision(db.engine) == head_revision()
    finally:
        db.dispose()
