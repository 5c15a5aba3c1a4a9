"""The hub fuzzed against its own OpenAPI document (schemathesis), on loopback, on both databases.

For every operation of ``/v1/openapi.json``, schemathesis generates requests that fit the
schema and requests that do not; each one is sent signed by an enrolled device (Ana), and must
be answered without a 500, with a status the document lists, the content type and headers it
lists, and a body matching its schema. Then the same request is sent three more ways, which is
the authorization check: unsigned and by a revoked device (``401``, always, on every signed
operation), and by another attorney's device (Ben): no 500, and never one byte of Ana's data
(a canary in her client, her document's file and her matter id). Afterwards Ben's pull is empty
of Ana's records and Ana's data is intact.

Bounded for CI: ``EXAMPLES`` per operation and mode, derandomized (the same cases every run),
so a run takes seconds. (schemathesis's own pytest plugin does not run under pytest 9 yet, so
the strategies are driven with hypothesis directly.)
"""

from __future__ import annotations

import hashlib
import os
import uuid

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable

if os.environ.get("CI", "").lower() == "true":  # CI installs the test extras: missing there is a failure
    import schemathesis
else:
    schemathesis = pytest.importorskip("schemathesis")
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.core.parameters import ParameterLocation  # noqa: E402
from schemathesis.generation.modes import GenerationMode  # noqa: E402
from schemathesis.specs.openapi.checks import (content_type_conformance, response_headers_conformance,  # noqa: E402
                                               response_schema_conformance, status_code_conformance)

from workbench.core.sync.auth import sign_headers  # noqa: E402
from workbench.hub import admin  # noqa: E402
from workbench.hub.guard import PUBLIC  # noqa: E402

from .support import create  # noqa: E402

ANA, BEN = "ana@firm.example", "ben@firm.example"
CANARY = "CANARY7731"
FILE = b"%PDF-1.7 " + CANARY.encode() + b" Ana's client's declaration"
EXAMPLES = 12
INPUTS = (ParameterLocation.BODY, ParameterLocation.PATH)  # unknown query parameters are ignored, as HTTP servers do
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_headers_conformance,
          response_schema_conformance]


class SigningSession(requests.Session):
    """Signs each request exactly as sent (method, path and query, body) with a device key."""

    def __init__(self, device_id: str, key) -> None:
        super().__init__()
        self.device_id, self.key = device_id, key

    def send(self, request, **kwargs):
        body = request.body or b""
        if isinstance(body, str):
            body = body.encode("utf-8")
        request.headers.update(sign_headers(self.device_id, self.key, request.method, request.path_url, body))
        return super().send(request, **kwargs)


def _seed(hub):
    hub.attorney(ANA), hub.attorney(BEN)
    ana, ben, revoked = hub.device(ANA), hub.device(BEN), hub.device(BEN)
    admin.revoke_device(hub.db, revoked.id)
    client = create("clients", family_name=CANARY, given_name="Amina")
    matter = create("matters", client_id=client["entity_id"], kind="affirmative_asylum", judge="Hon. A")
    sha = hashlib.sha256(FILE).hexdigest()
    doc = create("documents", matter_id=matter["entity_id"], title=CANARY, sha256=sha, size_bytes=len(FILE))
    assert all(r["status"] == "applied" for r in ana.push(client, matter, doc).json()["results"])
    assert ana.request("PUT", f"/v1/blobs/{sha}/chunks/0", content=FILE,
                       headers={"X-WB-Size": str(len(FILE))}).status_code == 200
    assert ana.request("POST", f"/v1/blobs/{sha}/complete").status_code == 200
    other = hub.device(ANA)  # an open conflict in Ana's scope
    answer = other.push({"mutation_id": str(uuid.uuid4()), "entity": "matters", "entity_id": matter["entity_id"],
                         "op": "update", "changes": {"judge": ["Hon. Z", "Hon. " + CANARY]}}).json()
    conflict_id = answer["results"][0]["conflicts"][0]["conflict_id"]
    return ana, ben, revoked, matter["entity_id"], sha, conflict_id


def test_the_hub_answers_every_generated_request_by_its_own_document(hub):
    hub.app.state.failures.limit = hub.app.state.enrollments.limit = 10 ** 9  # rates are tested elsewhere
    ana, ben, revoked, matter_id, sha, conflict_id = _seed(hub)
    schema = schemathesis.openapi.from_url(hub.url + "/v1/openapi.json")
    sessions = {"ana": SigningSession(ana.id, ana.sign), "ben": SigningSession(ben.id, ben.sign),
                "revoked": SigningSession(revoked.id, revoked.sign), "unsigned": requests.Session()}
    secrets = (CANARY.encode(), FILE, matter_id.encode(), sha.encode())
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/v1/push", "/v1/pull", "/v1/blobs/{sha256}/chunks/{index}",
                                              "/v1/bundles", "/v1/enroll", "/v1/conflicts/{conflict_id}/resolve"}
    seen: dict[str, set[int]] = {}
    # random inputs, valid and invalid; then, for the operations that name a resource, Ana's own
    # (her file's hash, her conflict): the requests where an authorization bypass would show
    ana_ids = {"sha256": sha, "conflict_id": conflict_id, "index": 0}
    runs = [(op, mode, None) for op in operations for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)]
    runs += [(op, GenerationMode.POSITIVE, {k: v for k, v in ana_ids.items() if "{" + k + "}" in op.path})
             for op in operations if "{sha256}" in op.path or "{conflict_id}" in op.path]
    for operation, mode, fixed in runs:
        signed = operation.path not in PUBLIC

        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy(generation_mode=mode, path_parameters=fixed))
        def run(case):
            response = case.call(base_url=hub.url, session=sessions["ana"], timeout=30)
            # the signature headers are added by the session, so a case whose only invalid part is a
            # missing security header is sent valid: only body and path negations must be refused
            invalid = case.meta is not None and any(case.meta.is_negative_at(where) for where in INPUTS)
            case.validate_response(response, checks=CHECKS,
                                   transport_kwargs={"base_url": hub.url, "session": sessions["ana"]})
            if invalid:  # refused with a 4xx (schemathesis's own check does not count 413 as a refusal)
                assert 400 <= response.status_code < 500, (case.method, case.path, response.status_code)
            seen.setdefault(operation.path, set()).add(response.status_code)
            if not signed:
                return
            for who in ("unsigned", "revoked"):
                r = case.call(base_url=hub.url, session=sessions[who], timeout=30)
                assert r.status_code == 401, (who, case.method, case.path, r.status_code, r.content[:200])
                assert r.headers.get("content-type", [""])[0].startswith("application/json")
            r = case.call(base_url=hub.url, session=sessions["ben"], timeout=30)
            case.validate_response(r, checks=CHECKS, transport_kwargs={"base_url": hub.url,
                                                                      "session": sessions["ben"]})
            leaked = [s for s in secrets if s in r.content]
            assert not leaked, (case.method, case.path, r.status_code)

        try:
            run()
        except Unsatisfiable:  # nothing of this operation can be made invalid (e.g. health: no input)
            assert mode.is_negative, operation.path
    # nothing reached Ben, and Ana still has all of hers
    state, _ = ben.pull_all()
    assert not any(CANARY in str(change["data"]) for change in state.values())
    assert ben.request("GET", f"/v1/blobs/{sha}/chunks/0").status_code == 404
    assert ana.request("GET", f"/v1/blobs/{sha}/chunks/0").content == FILE
    ana_state, _ = ana.pull_all()
    assert matter_id in ana_state
    assert all(codes and max(codes) < 500 for codes in seen.values()), seen
    # the bypass checks ran on real resources: Ana read her file and her conflict through the fuzzer
    assert 200 in seen["/v1/blobs/{sha256}/chunks/{index}"] and 200 in seen["/v1/conflicts/{conflict_id}/resolve"]
