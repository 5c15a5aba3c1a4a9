"""Bad input of every kind gets a JSON error with a 4xx status, never a 500 (on both databases)."""

from __future__ import annotations

import json

from .support import create, mutation

ANA = "ana@firm.example"
JUNK_IDS = ["", "x" * 500, "a\x00b", "../../etc", "é", " "]


def _json_error(r) -> None:
    assert 400 <= r.status_code < 500, (r.status_code, r.text[:300])
    assert isinstance(r.json()["error"], str) and r.json()["error"]


def test_junk_to_every_endpoint_is_a_clear_4xx(hub):
    hub.attorney(ANA)
    device = hub.device(ANA)
    for junk in JUNK_IDS:
        results = device.push({**mutation("clients", "c1", "create"), "mutation_id": junk or "m"},
                              {**create("clients"), "entity_id": junk}).json()
        assert "results" in results or "error" in results
        if "results" in results:
            assert results["results"][1]["status"] == "rejected"
        _json_error(device.request("POST", f"/v1/conflicts/{junk or 'x'}/resolve".replace("\x00", "%00"),
                                   {"value": 1}))
    for body in (b"[]", b"null", b'{"mutations": "x"}', b'{"mutations": [{"mutation_id": 1}]}', b"\xff\xfe",
                 json.dumps({"mutations": [{"mutation_id": "m-nul", "entity": "clients", "entity_id": "c",
                                            "op": "create", "changes": {"a\x00": [None, 1]}}]}).encode()):
        r = device.request("POST", "/v1/push", content=body)
        if r.status_code == 200:
            assert r.json()["results"][0]["status"] == "rejected"
        else:
            _json_error(r)
    for params in ({"cursor": 2 ** 70}, {"cursor": "1e5"}, {"limit": 0}, {"limit": -5}):
        _json_error(device.request("GET", "/v1/pull", params=params))
    for path in ("/v1/blobs/zz", "/v1/blobs/" + "a" * 64 + "/chunks/99999999999999999999",
                 "/v1/blobs/" + "a" * 64 + "/chunks/-1"):
        _json_error(device.request("GET", path))
    _json_error(device.request("PUT", "/v1/blobs/" + "a" * 64 + "/chunks/0", content=b"x",
                               headers={"X-WB-Size": str(2 ** 70)}))
    _json_error(device.request("PUT", "/v1/blobs/" + "a" * 64 + "/chunks/0", content=b"x",
                               headers={"X-WB-Size": "lots"}))
    _json_error(device.http.post("/v1/bundles", content=b""))
    _json_error(device.http.get("/v1/pull", headers={"X-WB-Device": "a\x01b"}))
    _json_error(device.http.post("/v1/enroll", json={"code": "\x00", "device_name": "\x00",
                                                     "sign_key": "\x00", "kx_key": "\x00"}))


def test_enrollment_tolerates_odd_device_names(hub):
    hub.attorney(ANA)
    device = hub.device(ANA, enroll=False)
    assert device.enroll(hub.code(ANA), name="lap\x00top\n").status_code == 200
