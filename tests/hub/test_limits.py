"""Issue 12, items 3 and 7 (hub): authenticate from the headers before reading a body, bounded
bodies and JSON, rate limits, one answer for unknown and revoked devices, hostile characters.

Against a real hub on loopback (SQLite and PostgreSQL). Each test fails on the hub before the
fix: it read whole bodies into memory before authenticating (a chunked 400 MB body grew it by
~780 MB and unsigned junk got 400), told revoked devices from unknown ones, had no rate limits,
and stored NUL, bidi controls and NaN.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import select
import socket
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from workbench.core.sync.auth import sign_headers
from workbench.hub import admin

from .support import Device, create, mutation

ANA = "ana@firm.example"
MB = 1_000_000


# --------------------------------------------------------------------------- helpers
def _peak_growth(action) -> tuple[object, int]:
    """(result of ``action()``, growth of this process's peak resident memory in bytes while it ran).

    The hub runs in this process (a thread), so its memory is ours. Linux only: writing 5 to
    /proc/self/clear_refs resets the peak (VmHWM) to the current resident size."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pytest.skip("needs Linux /proc/self/clear_refs to measure peak memory")

    def field(name: str) -> int:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(name + ":"):
                return int(line.split()[1]) * 1024
        raise AssertionError(name)

    base = field("VmRSS")
    result = action()
    return result, field("VmHWM") - base


def _stream(url: str, path: str, total: int, headers: dict | None = None, *, pattern: bytes = b"A") -> dict:
    """POST ``total`` bytes as a chunked body over a raw socket, stopping as soon as the hub answers.

    Returns the status, the JSON answer, the response headers and how many body bytes went out."""
    parts = urlsplit(url)
    sock = socket.create_connection((parts.hostname, parts.port), timeout=60)
    head = "".join(f"{k}: {v}\r\n" for k, v in {"Host": "hub", "Transfer-Encoding": "chunked",
                                                 "Content-Type": "application/json", **(headers or {})}.items())
    sock.sendall(f"POST {path} HTTP/1.1\r\n{head}\r\n".encode())
    block = (pattern * (1 << 20))[:1 << 20]
    sent = 0
    try:
        while sent < total:
            if select.select([sock], [], [], 0)[0]:
                break  # the hub answered: it will not read the rest
            piece = block[:min(len(block), total - sent)]
            sock.sendall(b"%x\r\n" % len(piece) + piece + b"\r\n")
            sent += len(piece)
        else:
            sock.sendall(b"0\r\n\r\n")
    except OSError:
        pass  # the hub closed the connection: also an answer
    raw = b""
    try:
        while b"\r\n\r\n" not in raw or len(raw.split(b"\r\n\r\n", 1)[1]) < _length(raw):
            chunk = sock.recv(65536)
            if not chunk:
                break
            raw += chunk
    except OSError:
        pass
    sock.close()
    head_part, _, body = raw.partition(b"\r\n\r\n")
    lines = head_part.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1]) if lines and lines[0].startswith("HTTP/") else None
    response_headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return {"status": status, "json": json.loads(body) if body else None, "headers": response_headers, "sent": sent}


def _length(raw: bytes) -> int:
    for line in raw.split(b"\r\n\r\n", 1)[0].split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value)
    return 0


def _declared(url: str, path: str, length: int, headers: dict) -> bytes:
    """Send only the head of a POST that declares ``length`` bytes; the hub's answer."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as sock:
        head = "".join(f"{k}: {v}\r\n" for k, v in {"Host": "hub", "Content-Length": str(length), **headers}.items())
        sock.sendall(f"POST {path} HTTP/1.1\r\n{head}\r\n".encode())
        raw = b""
        while b"}" not in raw:
            chunk = sock.recv(65536)
            if not chunk:
                break
            raw += chunk
    return raw


def _signed_stream_headers(device: Device, path: str, total: int, pattern: bytes) -> dict:
    """Signature headers for a body of ``total`` bytes of ``pattern`` (hashed as it will be sent)."""
    block = (pattern * (1 << 20))[:1 << 20]
    digest, left = hashlib.sha256(), total
    while left:
        piece = block[:min(len(block), left)]
        digest.update(piece)
        left -= len(piece)
    timestamp, nonce = str(int(time.time())), os.urandom(16).hex()
    message = "\n".join(["POST", path, timestamp, nonce, digest.hexdigest()]).encode()
    return {"X-WB-Device": device.id, "X-WB-Timestamp": timestamp, "X-WB-Nonce": nonce,
            "X-WB-Signature": base64.b64encode(device.sign.sign(message)).decode()}


def _error(r) -> str:
    body = r.json()
    assert set(body) == {"error"} and isinstance(body["error"], str) and body["error"], body
    return body["error"]


# --------------------------------------------------------------------------- item 3: memory
@pytest.mark.parametrize("path", ["/v1/bundles", "/v1/push"])
def test_an_unauthenticated_400_mb_chunked_body_is_never_read(hub, path):
    answer, growth = _peak_growth(lambda: _stream(hub.url, path, 400 * MB))
    assert answer["status"] == 401, answer
    assert "not signed" in answer["json"]["error"]
    assert answer["headers"].get("connection") == "close"
    assert answer["sent"] < 64 * MB, "the hub answered before the body, and stopped reading it"
    assert growth < 48 * MB, f"the hub grew by {growth / MB:.0f} MB"


def test_a_stranger_with_a_made_up_device_id_is_refused_before_the_body(hub):
    stranger = Device(hub.url)
    hub.devices.append(stranger)
    stranger.id = "0192f0c4-0000-7000-8000-000000000000"
    headers = _signed_stream_headers(stranger, "/v1/bundles", 400 * MB, b"B")
    answer, growth = _peak_growth(lambda: _stream(hub.url, "/v1/bundles", 400 * MB, headers, pattern=b"B"))
    assert answer["status"] == 401 and answer["sent"] < 64 * MB and growth < 48 * MB


def test_an_enrolled_devices_large_bundle_is_spooled_to_disk_not_memory(hub):
    hub.attorney(ANA)
    device = hub.device(ANA)
    total = 160 * MB
    headers = _signed_stream_headers(device, "/v1/bundles", total, b"C")
    answer, growth = _peak_growth(lambda: _stream(hub.url, "/v1/bundles", total, headers, pattern=b"C"))
    assert answer["status"] == 422 and "not a Pro Bono Workbench bundle" in answer["json"]["error"], answer
    assert answer["sent"] == total
    assert growth < 48 * MB, f"the hub grew by {growth / MB:.0f} MB for a {total / MB:.0f} MB body"


def test_body_limits_hold_with_and_without_a_declared_length(hub):
    hub.attorney(ANA)
    device = hub.device(ANA)
    limits = hub.app.state.limits
    # declared too large: refused from the headers, before one byte of the body is sent
    headers = sign_headers(device.id, device.sign, "POST", "/v1/push", b"")
    answer = _declared(hub.url, "/v1/push", limits.push_body + 1, headers)
    assert answer.startswith(b"HTTP/1.1 413") and b"at most" in answer
    # chunked, no length: cut at the limit while streaming
    total = limits.push_body + 100 * MB
    headers = _signed_stream_headers(device, "/v1/push", total, b" ")
    answer, growth = _peak_growth(lambda: _stream(hub.url, "/v1/push", total, headers, pattern=b" "))
    assert answer["status"] == 413 and answer["sent"] < limits.push_body + 48 * MB
    assert growth < 48 * MB
    # every endpoint has a limit: a GET with a body, an enrollment with a novel
    r = device.request("GET", "/v1/conflicts", content=b"x" * (limits.default_body + 1))
    assert r.status_code == 413
    r = device.http.post("/v1/enroll", content=b"{" + b" " * (limits.enroll_body + 1) + b"}")
    assert r.status_code == 413
    answer = _stream(hub.url, "/v1/enroll", 50 * MB)  # chunked enrollment junk: cut after 4 KiB
    assert answer["status"] == 413 and answer["sent"] < 8 * MB


def test_json_limits_are_enforced_before_parsing(hub):
    hub.attorney(ANA)
    device = hub.device(ANA)
    cases = {
        "deep": (b'{"mutations": ' + b"[" * 40 + b"]" * 40 + b"}", 422, "nested"),
        "too deep for python": (b"[" * 100_000 + b"]" * 100_000, 422, "nested"),
        "many objects": (b'{"mutations": [' + b"{}," * 150_000 + b"{}]}", 413, "arrays and objects"),
        "NaN": (b'{"mutations": [], "x": NaN}', 422, "NaN"),
        "Infinity": (b'{"mutations": [], "x": -Infinity}', 422, "Infinity"),
        "20,000 digits": (b'{"mutations": [], "x": ' + b"9" * 20_000 + b"}", 422, "64 bits"),
        "not JSON": (b"{not json", 400, "not valid JSON"),
        "not UTF-8": (b'{"mutations": "\xff"}', 400, "not valid JSON"),
    }
    for name, (body, status, words) in cases.items():
        r = device.request("POST", "/v1/push", content=body)
        assert r.status_code == status, (name, r.status_code, r.text[:200])
        assert words in _error(r), name
    r = device.request("POST", "/v1/push", {"mutations": [mutation("clients", "c") for _ in range(501)]})
    assert r.status_code == 413


# --------------------------------------------------------------------------- item 7: authentication first
def test_unsigned_junk_gets_401_not_400(hub):
    d = Device(hub.url)
    hub.devices.append(d)
    for method, path, body in (("POST", "/v1/push", b"{not json"), ("POST", "/v1/push", b'{"mutations": 5}'),
                               ("POST", "/v1/conflicts/x/resolve", b"\xff\xfe"),
                               ("PUT", "/v1/blobs/zz/chunks/0", b"junk"), ("POST", "/v1/bundles", b"junk"),
                               ("GET", "/v1/pull?cursor=-1", b""), ("DELETE", "/v1/push", b"")):
        r = d.http.request(method, path, content=body, headers={"Content-Type": "application/json"})
        assert r.status_code == 401, (method, path, r.status_code, r.text)
        assert "not signed" in _error(r)


def test_revoked_and_unknown_devices_get_the_same_answer(hub):
    hub.attorney(ANA)
    revoked = hub.device(ANA)
    admin.revoke_device(hub.db, revoked.id)
    unknown = Device(hub.url)
    hub.devices.append(unknown)
    unknown.id = "0192f0c4-1111-7000-8000-000000000000"
    for method, path, payload in (("GET", "/v1/conflicts", None), ("POST", "/v1/push", {"mutations": []}),
                                  ("GET", "/v1/blobs/" + "0" * 64, None)):
        a, b = revoked.request(method, path, payload), unknown.request(method, path, payload)
        assert (a.status_code, a.content) == (b.status_code, b.content) and a.status_code == 401


# --------------------------------------------------------------------------- item 3: rates
def test_failed_authentications_are_rate_limited_per_address(hub):
    hub.attorney(ANA)
    good = hub.device(ANA)
    failures = hub.app.state.failures
    failures.limit, failures.window = 5, 1.5
    stranger = Device(hub.url)
    hub.devices.append(stranger)
    for _ in range(5):
        assert stranger.request("GET", "/v1/conflicts").status_code == 401
    r = good.request("GET", "/v1/conflicts")  # the address is blocked, whoever asks: no auth work done
    assert r.status_code == 429 and "Too many failed authentications" in _error(r)
    assert 1 <= int(r.headers["Retry-After"]) <= 2
    time.sleep(1.6)
    assert good.request("GET", "/v1/conflicts").status_code == 200


def test_enrollment_attempts_are_rate_limited_per_address(hub):
    hub.attorney(ANA)
    enrollments = hub.app.state.enrollments
    enrollments.limit = 3
    d = Device(hub.url)
    hub.devices.append(d)
    for _ in range(3):
        assert d.enroll("AAAA-BBBB-CCCC-DDDD-EEEE").status_code == 403
    r = d.enroll(hub.code(ANA))  # even a good code waits its turn
    assert r.status_code == 429 and "Too many enrollment attempts" in _error(r) and int(r.headers["Retry-After"]) > 0
    enrollments.reset()
    assert d.enroll(hub.code(ANA)).status_code == 200


# --------------------------------------------------------------------------- item 7: hostile characters
def test_nul_bidi_controls_and_broken_unicode_are_rejected_per_mutation(hub):
    hub.attorney(ANA)
    device = hub.device(ANA)
    bad = {"nul": "Ana\x00Maria", "bidi override": "A\u202e123-456-789", "isolate": "\u2066x\u2069",
           "lone surrogate": "\ud800", "in a list": ["ok", "x\u202ay"], "in a key": {"k\x00": 1}}
    good = create("clients", family_name="Doe", given_name="Ana\u200f")  # a bidi *mark* is fine (RTL typing)
    pushed = [create("clients", family_name=value) for value in bad.values()]
    r = device.push(good, *pushed)
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert results[0]["status"] == "applied"
    for name, result in zip(bad, results[1:]):
        assert result["status"] == "rejected", name
        assert "'family_name'" in result["reason"] and "U+" in result["reason"], (name, result["reason"])
        assert "Ana" not in result["reason"] and "123" not in result["reason"]  # never the value
    state, _ = device.pull_all()
    assert set(state) == {good["entity_id"]}
    # a person resolving a conflict cannot slip one in either
    matter = create("matters", client_id=good["entity_id"], kind="u_visa", judge="Hon. A")
    device.push(matter)
    conflict = device.push(mutation("matters", matter["entity_id"], judge=("Hon. B", "Hon. C"))).json()
    conflict_id = conflict["results"][0]["conflicts"][0]["conflict_id"]
    r = device.request("POST", f"/v1/conflicts/{conflict_id}/resolve", {"value": "Hon.\u202eA"})
    assert r.status_code == 422 and "U+202E" in _error(r)
    r = device.request("POST", f"/v1/conflicts/{conflict_id}/resolve", content=b'{"value": NaN}')
    assert r.status_code == 422 and "NaN" in _error(r)
