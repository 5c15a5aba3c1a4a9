"""Export bundles: round trip, and every tampering rejected with a reason (hypothesis mutants)."""

import io
import os
import struct

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from workbench.core.sync.bundle_format import MAGIC, BundleRejected, new_device_keys, read_bundle, write_bundle

SENDER_SIGN, _ = new_device_keys()
_, HUB_KX = new_device_keys()
_, OTHER_KX = new_device_keys()
ENROLLED = {SENDER_SIGN.public_key().public_bytes_raw()}


def lookup(key: bytes):
    return key in ENROLLED


def make(payload: bytes, kind="outbox", sender=SENDER_SIGN, recipient=HUB_KX) -> bytes:
    out = io.BytesIO()
    write_bundle(out, [payload], sender=sender, recipient=recipient.public_key(), kind=kind)
    return out.getvalue()


PAYLOAD = os.urandom(3 * 64 * 1024 + 123)
GOOD = make(PAYLOAD)


@pytest.mark.parametrize("size", [0, 1, 64 * 1024, 64 * 1024 + 1, 200_000])
def test_round_trip(size):
    payload = os.urandom(size)
    opened = read_bundle(make(payload), recipient=HUB_KX, sender_lookup=lookup)
    assert opened.payload == payload and opened.header.kind == "outbox"


def test_wrong_recipient_and_unknown_sender():
    with pytest.raises(BundleRejected, match="addressed to someone else"):
        read_bundle(GOOD, recipient=OTHER_KX, sender_lookup=lookup)
    stranger, _ = new_device_keys()
    with pytest.raises(BundleRejected, match="not enrolled"):
        read_bundle(make(b"x", sender=stranger), recipient=HUB_KX, sender_lookup=lookup)


def _chunk_offsets(data: bytes) -> list[tuple[int, int]]:
    pos = len(MAGIC) + 1
    (hlen,) = struct.unpack(">I", data[pos:pos + 4])
    pos += 4 + hlen
    spans = []
    while data[pos:pos + 5] != b"WBSIG":
        (clen,) = struct.unpack(">I", data[pos:pos + 4])
        spans.append((pos, pos + 4 + clen))
        pos += 4 + clen
    return spans


def test_reordered_and_dropped_chunks_and_swapped_headers():
    spans = _chunk_offsets(GOOD)
    assert len(spans) == 4
    (a0, a1), (b0, b1) = spans[0], spans[1]
    swapped = GOOD[:a0] + GOOD[b0:b1] + GOOD[a0:a1] + GOOD[b1:]
    with pytest.raises(BundleRejected, match="signature"):
        read_bundle(swapped, recipient=HUB_KX, sender_lookup=lookup)
    dropped = GOOD[:spans[-1][0]] + GOOD[spans[-1][1]:]
    with pytest.raises(BundleRejected, match="signature"):
        read_bundle(dropped, recipient=HUB_KX, sender_lookup=lookup)
    other = make(PAYLOAD)
    o_spans = _chunk_offsets(other)
    mixed = other[:o_spans[0][0]] + GOOD[spans[0][0]:]  # another bundle's header on our chunks
    with pytest.raises(BundleRejected):
        read_bundle(mixed, recipient=HUB_KX, sender_lookup=lookup)
    with pytest.raises(BundleRejected, match="truncated"):
        read_bundle(GOOD[:-70], recipient=HUB_KX, sender_lookup=lookup)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_every_mutant_is_rejected_without_a_crash(data):
    kind = data.draw(st.sampled_from(["flip", "truncate", "insert", "delete"]))
    blob = bytearray(GOOD)
    if kind == "flip":
        i = data.draw(st.integers(0, len(blob) - 1))
        blob[i] ^= 1 << data.draw(st.integers(0, 7))
    elif kind == "truncate":
        blob = blob[: data.draw(st.integers(0, len(blob) - 1))]
    elif kind == "insert":
        i = data.draw(st.integers(0, len(blob)))
        blob[i:i] = data.draw(st.binary(min_size=1, max_size=16))
    else:
        i = data.draw(st.integers(0, len(blob) - 1))
        del blob[i:i + data.draw(st.integers(1, 32))]
    with pytest.raises(BundleRejected):
        read_bundle(bytes(blob), recipient=HUB_KX, sender_lookup=lookup)


def test_payload_written_in_uneven_parts_reads_back_whole():
    payload = os.urandom(5 * 64 * 1024 + 77)
    cuts = [0, 1, 1000, 64 * 1024 - 1, 64 * 1024 + 5, 3 * 64 * 1024, len(payload)]
    out = io.BytesIO()
    write_bundle(out, [payload[a:b] for a, b in zip(cuts, cuts[1:])], sender=SENDER_SIGN,
                 recipient=HUB_KX.public_key(), kind="outbox")
    opened = read_bundle(out.getvalue(), recipient=HUB_KX, sender_lookup=lookup)
    assert opened.payload == payload and len(_chunk_offsets(out.getvalue())) == 6


def test_bytes_after_the_signature_and_impossible_chunks_are_rejected():
    with pytest.raises(BundleRejected, match="bytes follow it"):
        read_bundle(GOOD + b"\x00", recipient=HUB_KX, sender_lookup=lookup)
    start, _end = _chunk_offsets(GOOD)[0]
    for length in (0, 15, 64 * 1024 + 17):
        forged = GOOD[:start] + struct.pack(">I", length) + GOOD[start + 4:]
        with pytest.raises(BundleRejected):
            read_bundle(forged, recipient=HUB_KX, sender_lookup=lookup)


def test_the_signature_is_checked_before_any_chunk_is_decrypted(monkeypatch):
    from workbench.core.sync import bundle_format as bundle

    spans = _chunk_offsets(GOOD)
    at = spans[-1][0] + 10  # a flipped byte in the last chunk
    tampered = GOOD[:at] + bytes([GOOD[at] ^ 1]) + GOOD[at + 1:]
    decrypted = []
    monkeypatch.setattr(bundle, "_decrypt_into", lambda *a: decrypted.append(a) or 0)
    with pytest.raises(BundleRejected, match="signature"):
        read_bundle(tampered, recipient=HUB_KX, sender_lookup=lookup)
    assert decrypted == []
