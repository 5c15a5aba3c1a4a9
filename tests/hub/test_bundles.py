"""Offline bundles: import (HTTP and CLI), dedup by export id, rejection, acknowledgement."""

from __future__ import annotations

import base64
import hashlib
import io
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from sqlalchemy import func, select

from workbench.core.sync.bundle_format import BundleRejected, read_bundle, write_bundle
from workbench.hub import admin
from workbench.hub.cli import main as hub_cli
from workbench.hub.models import Record

from .support import Device, create
from tests.conftest import assert_owner_only

ANA = "ana@firm.example"


def _export(device: Device, mutations: list[dict], *, blobs=(), recipient=None, cursor=0, device_id=None) -> bytes:
    payload = {"device_id": device_id or device.id, "cursor": cursor, "mutations": mutations,
               "blobs": [{"sha256": hashlib.sha256(b).hexdigest(), "data": base64.b64encode(b).decode()}
                         for b in blobs]}
    out = io.BytesIO()
    hub_kx = recipient or X25519PublicKey.from_public_bytes(base64.b64decode(device.info["hub_kx_key"]))
    write_bundle(out, [json.dumps(payload).encode()], sender=device.sign, recipient=hub_kx, kind="outbox")
    return out.getvalue()


def _open_ack(device: Device, ack: bytes) -> dict:
    hub_sign = base64.b64decode(device.info["hub_sign_key"])
    opened = read_bundle(ack, recipient=device.kx, sender_lookup=lambda key: key == hub_sign)
    assert opened.header.kind == "ack"
    return json.loads(opened.payload)


def _records(hub) -> int:
    with hub.db.read() as s:
        return s.scalar(select(func.count()).select_from(Record))


def _sample():
    client = create("clients", family_name="Doe", given_name="Ana")
    matter = create("matters", client_id=client["entity_id"], kind="affirmative_asylum")
    return client, matter


def test_bundle_upload_applies_and_acknowledges_then_dedups(hub):
    hub.attorney(ANA)
    device = hub.device(ANA)
    client, matter = _sample()
    doc_bytes = b"%PDF-1.7 declaration"
    sha = hashlib.sha256(doc_bytes).hexdigest()
    doc = create("documents", matter_id=matter["entity_id"], title="Declaration", sha256=sha)
    data = _export(device, [client, matter, doc], blobs=[doc_bytes])
    r = device.post_bundle(data)
    assert r.status_code == 200, r.text
    assert r.headers["X-WB-Duplicate"] == "false"
    ack = _open_ack(device, r.content)
    assert [x["status"] for x in ack["results"]] == ["applied"] * 3
    assert {c["entity_id"] for c in ack["changes"]} == {client["entity_id"], matter["entity_id"], doc["entity_id"]}
    assert ack["cursor"] >= max(c["seq"] for c in ack["changes"]) and ack["conflicts"] == []
    assert device.request("GET", f"/v1/blobs/{sha}/chunks/0").content == doc_bytes
    again = device.post_bundle(data)
    assert again.status_code == 200 and again.headers["X-WB-Duplicate"] == "true"
    assert again.content == r.content and _records(hub) == 3


def test_cli_import_writes_the_ack_and_dedups(hub, tmp_path, capsys):
    hub.attorney(ANA)
    device = hub.device(ANA)
    bundle = tmp_path / "ana.wbbundle"
    bundle.write_bytes(_export(device, list(_sample())))
    args = ["--db", hub.db.url, "--keys", str(hub.keys_path), "--json", "import-bundle", str(bundle), "--ack-out"]
    assert hub_cli([*args, str(tmp_path / "ack1")]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["applied"] == 2 and first["duplicate"] is False
    assert_owner_only(tmp_path / "ack1")
    assert len(_open_ack(device, (tmp_path / "ack1").read_bytes())["results"]) == 2
    assert hub_cli([*args, str(tmp_path / "ack2")]) == 0
    assert json.loads(capsys.readouterr().out)["duplicate"] is True
    assert (tmp_path / "ack2").read_bytes() == (tmp_path / "ack1").read_bytes() and _records(hub) == 2


def _mutants(hub, device):
    good = _export(device, list(_sample()))
    flipped = bytearray(good)
    flipped[len(good) // 2] ^= 0x01
    stranger = Device(hub.url)
    stranger.info = device.info
    hub.devices.append(stranger)
    return {
        "tampered": (bytes(flipped), 422),
        "truncated": (good[:-70], 422),
        "not a bundle": (b"hello", 422),
        "unknown sender": (_export(stranger, list(_sample())), 403),
        "wrong recipient": (_export(device, list(_sample()), recipient=X25519PrivateKey.generate().public_key()), 422),
        "another device in payload": (_export(device, list(_sample()), device_id="someone-else"), 422),
    }


def test_bad_bundles_are_rejected_with_a_reason_and_nothing_imported(hub, tmp_path, capsys):
    hub.attorney(ANA)
    device = hub.device(ANA)
    for name, (data, status) in _mutants(hub, device).items():
        r = device.post_bundle(data)
        assert r.status_code == status, (name, r.text)
        assert "Nothing was imported" in r.json()["error"] or "rejected" in r.json()["error"], name
        path = tmp_path / "bad.wbbundle"
        path.write_bytes(data)
        assert hub_cli(["--db", hub.db.url, "--keys", str(hub.keys_path), "import-bundle", str(path),
                        "--ack-out", str(tmp_path / "ack")]) == 1
        assert "rejected" in capsys.readouterr().err.lower(), name
    assert _records(hub) == 0 and not (tmp_path / "ack").exists()


def test_a_revoked_devices_bundle_is_rejected(hub):
    hub.attorney(ANA)
    device = hub.device(ANA)
    data = _export(device, list(_sample()))
    admin.revoke_device(hub.db, device.id)
    r = device.post_bundle(data)  # refused from its headers, before the body is read
    assert r.status_code == 401 and "not enrolled" in r.json()["error"]
    from workbench.hub.bundles import import_bundle
    from workbench.hub.errors import HubError
    with pytest.raises(HubError) as refused:  # handed over on a USB stick: refused by the bundle's signer
        import_bundle(hub.db, hub.keys, data)
    assert refused.value.status == 403 and "revoked" in refused.value.message


def test_the_ack_is_only_readable_by_the_device_key(hub):
    hub.attorney(ANA)
    device = hub.device(ANA)
    ack = device.post_bundle(_export(device, list(_sample()))).content
    with pytest.raises(BundleRejected):
        read_bundle(ack, recipient=X25519PrivateKey.generate(), sender_lookup=lambda key: True)
    assert len(_open_ack(device, ack)["changes"]) == 2
