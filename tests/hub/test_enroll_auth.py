"""Enrollment with one-time codes, and the signed-request rules every endpoint shares."""

from __future__ import annotations

import base64
import time
from datetime import datetime, timedelta, timezone

import pytest

from workbench.core.sync.bundle_format import fingerprint, new_device_keys
from workbench.core.sync.auth import sign_headers
from workbench.hub import admin
from workbench.hub.enroll import issue_code
from workbench.hub.models import EnrollmentCode

from .support import Device

SIGNED = [("GET", "/v1/pull?cursor=0&limit=10", None), ("POST", "/v1/push", {"mutations": []}),
          ("GET", "/v1/conflicts", None), ("POST", "/v1/conflicts/x/resolve", {"value": 1}),
          ("GET", "/v1/blobs/" + "0" * 64, None), ("POST", "/v1/blobs/" + "0" * 64 + "/complete", None),
          ("GET", "/v1/blobs/" + "0" * 64 + "/chunks/0", None)]


def test_enroll_with_a_good_code_returns_the_hub_keys(hub):
    hub.attorney("ana@firm.example")
    device = Device(hub.url)
    hub.devices.append(device)
    r = device.enroll(hub.code("ana@firm.example"))
    assert r.status_code == 200, r.text
    info = r.json()
    assert info["attorney_email"] == "ana@firm.example" and info["organization_name"] == "Legal Aid Test"
    assert base64.b64decode(info["hub_kx_key"]) == hub.keys.kx_public
    assert fingerprint(base64.b64decode(info["hub_sign_key"])) == fingerprint(hub.keys.sign_public)


def test_a_spent_code_is_refused(hub):
    hub.attorney("ana@firm.example")
    code = hub.code("ana@firm.example")
    first, second = Device(hub.url), Device(hub.url)
    hub.devices += [first, second]
    assert first.enroll(code).status_code == 200
    r = second.enroll(code)
    assert r.status_code == 403 and "already used" in r.json()["error"]


def test_wrong_and_expired_codes_are_refused(hub):
    attorney = hub.attorney("ana@firm.example")
    device = Device(hub.url)
    hub.devices.append(device)
    r = device.enroll("AAAA-BBBB-CCCC-DDDD-EEEE")
    assert r.status_code == 403 and "not valid" in r.json()["error"]
    code, _ = issue_code(hub.db, attorney, now=datetime.now(timezone.utc) - timedelta(days=8))
    r = device.enroll(code)
    assert r.status_code == 403 and "expired" in r.json()["error"]


def test_codes_are_stored_hashed(hub):
    hub.attorney("ana@firm.example")
    code = hub.code("ana@firm.example")
    with hub.db.read() as s:
        stored = [row.code_hash for row in s.query(EnrollmentCode)]
    assert stored and all(code.replace("-", "") not in h and code not in h for h in stored)


def test_enroll_rejects_malformed_keys_and_json(hub):
    hub.attorney("ana@firm.example")
    r = Device(hub.url).http.post("/v1/enroll", json={"code": hub.code("ana@firm.example"), "device_name": "x",
                                                      "sign_key": "bm90IGEga2V5", "kx_key": "AAAA"})
    assert r.status_code == 422 and "32-byte" in r.json()["error"]
    r = Device(hub.url).http.post("/v1/enroll", content=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 400 and r.json() == {"error": "The request body is not valid JSON."}
    r = Device(hub.url).http.post("/v1/enroll", json={"code": 5})
    assert r.status_code == 422 and "error" in r.json()


@pytest.mark.parametrize("method,path,payload", SIGNED)
def test_every_signed_endpoint_refuses_an_unenrolled_device(hub, method, path, payload):
    stranger = Device(hub.url)
    hub.devices.append(stranger)
    r = stranger.request(method, path, payload)
    assert r.status_code == 401 and "not enrolled" in r.json()["error"]
    r = stranger.http.request(method, path)  # not signed at all
    assert r.status_code == 401 and "error" in r.json()


@pytest.mark.parametrize("method,path,payload", SIGNED)
def test_every_signed_endpoint_refuses_a_revoked_device(hub, method, path, payload):
    hub.attorney("ana@firm.example")
    device = hub.device("ana@firm.example")
    admin.revoke_device(hub.db, device.id)
    r = device.request(method, path, payload)
    assert r.status_code == 401 and "revoked" in r.json()["error"]


def test_put_chunk_and_bundle_upload_refuse_unenrolled_devices(hub):
    stranger = Device(hub.url)
    hub.devices.append(stranger)
    r = stranger.request("PUT", "/v1/blobs/" + "0" * 64 + "/chunks/0", content=b"x", headers={"X-WB-Size": "1"})
    assert r.status_code == 401


def test_a_replayed_nonce_is_refused(hub):
    hub.attorney("ana@firm.example")
    device = hub.device("ana@firm.example")
    target = "/v1/pull?cursor=0&limit=10"
    headers = sign_headers(device.id, device.sign, "GET", target)
    assert device.http.get(target, headers=headers).status_code == 200
    r = device.http.get(target, headers=headers)
    assert r.status_code == 401 and "replayed" in r.json()["error"]


def test_a_bad_signature_stale_timestamp_or_altered_body_is_refused(hub):
    hub.attorney("ana@firm.example")
    device = hub.device("ana@firm.example")
    other, _ = new_device_keys()
    assert device.request("GET", "/v1/conflicts", key=other).status_code == 401
    target = "/v1/conflicts"
    stale = sign_headers(device.id, device.sign, "GET", target, now=time.time() - 1000)
    r = device.http.get(target, headers=stale)
    assert r.status_code == 401 and "window" in r.json()["error"]
    body = b'{"mutations": []}'
    headers = sign_headers(device.id, device.sign, "POST", "/v1/push", body)
    r = device.http.post("/v1/push", content=b'{"mutations": [1]}', headers=headers)
    assert r.status_code in (401, 422)
    headers = sign_headers(device.id, device.sign, "POST", "/v1/push", body)
    r = device.http.post("/v1/push", content=b'{"mutations":[ ]}', headers={**headers, "Content-Type": "application/json"})
    assert r.status_code == 401 and "signature" in r.json()["error"]
    # the signature binds the query string too
    headers = sign_headers(device.id, device.sign, "GET", "/v1/pull?cursor=0")
    assert device.http.get("/v1/pull?cursor=5", headers=headers).status_code == 401


def test_health_and_openapi_need_no_signature(hub):
    d = Device(hub.url)
    hub.devices.append(d)
    assert d.http.get("/v1/health").json()["status"] == "ok"
    spec = d.http.get("/v1/openapi.json").json()
    assert {"/v1/push", "/v1/pull", "/v1/enroll", "/v1/bundles", "/v1/conflicts"} <= set(spec["paths"])


def test_unknown_routes_answer_json(hub):
    d = Device(hub.url)
    hub.devices.append(d)
    r = d.http.get("/nowhere")
    assert r.status_code == 404 and "error" in r.json()
    r = d.http.delete("/v1/health")
    assert r.status_code == 405 and "error" in r.json()
