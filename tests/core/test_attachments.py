"""Chunked AES-GCM attachments: round trips, and every kind of tampering detected by name."""

import os

import pytest
from hypothesis import given, settings, strategies as st

from workbench.core.vault.attachments import CHUNK, TAG, AttachmentStore
from workbench.core.errors import VaultDamaged

HEADER = 4 + 1 + 16 + 16 + 4


@pytest.fixture
def store(tmp_path):
    return AttachmentStore(tmp_path / "attachments", os.urandom(32))


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 17])
def test_round_trip(store, size):
    data = os.urandom(size)
    blob = store.put(data)
    assert store.read(blob.blob_id) == data
    assert blob.size == size
    path = store.path_for(blob.blob_id)
    chunks = max(1, -(-size // CHUNK))
    assert path.stat().st_size == HEADER + size + chunks * TAG
    store.verify(blob.blob_id, blob.sha256)


@settings(max_examples=25, deadline=None)
@given(data=st.binary(max_size=3 * 1024))
def test_round_trip_property(tmp_path_factory, data):
    s = AttachmentStore(tmp_path_factory.mktemp("a"), b"k" * 32)
    assert s.read(s.put(data).blob_id) == data


def _chunk_span(i):
    start = HEADER + i * (CHUNK + TAG)
    return start, start + CHUNK + TAG


def test_flipped_byte_in_any_chunk_is_named(store):
    blob = store.put(os.urandom(2 * CHUNK + 100))
    path = store.path_for(blob.blob_id)
    original = path.read_bytes()
    for offset in (0, 10, HEADER + 5, HEADER + CHUNK + TAG + 3, len(original) - 1):
        damaged = bytearray(original)
        damaged[offset] ^= 0x40
        path.write_bytes(bytes(damaged))
        with pytest.raises(VaultDamaged) as info:
            store.read(blob.blob_id)
        assert info.value.path == path
    path.write_bytes(original)


def test_truncation_is_detected(store):
    blob = store.put(os.urandom(3 * CHUNK))
    path = store.path_for(blob.blob_id)
    raw = path.read_bytes()
    path.write_bytes(raw[: _chunk_span(2)[0]])  # drop the last whole chunk
    with pytest.raises(VaultDamaged, match="truncated"):
        store.read(blob.blob_id)


def test_extension_is_detected(store):
    blob = store.put(os.urandom(CHUNK + 5))
    path = store.path_for(blob.blob_id)
    raw = path.read_bytes()
    path.write_bytes(raw + raw[_chunk_span(0)[0]:_chunk_span(0)[1]])
    with pytest.raises(VaultDamaged):
        store.read(blob.blob_id)


def test_reordered_chunks_are_detected(store):
    blob = store.put(os.urandom(3 * CHUNK))
    path = store.path_for(blob.blob_id)
    raw = path.read_bytes()
    a, b = _chunk_span(0), _chunk_span(1)
    swapped = raw[:a[0]] + raw[b[0]:b[1]] + raw[a[0]:a[1]] + raw[b[1]:]
    path.write_bytes(swapped)
    with pytest.raises(VaultDamaged, match="chunk 0"):
        store.read(blob.blob_id)


def test_chunks_swapped_between_files_are_detected(store):
    one, two = store.put(os.urandom(2 * CHUNK)), store.put(os.urandom(2 * CHUNK))
    p1, p2 = store.path_for(one.blob_id), store.path_for(two.blob_id)
    r1, r2 = p1.read_bytes(), p2.read_bytes()
    s = _chunk_span(0)
    p1.write_bytes(r1[:s[0]] + r2[s[0]:s[1]] + r1[s[1]:])
    with pytest.raises(VaultDamaged):
        store.read(one.blob_id)
    p1.write_bytes(r2)  # a whole file renamed over another
    with pytest.raises(VaultDamaged, match="another record"):
        store.read(one.blob_id)


def test_file_names_are_random_ids(store):
    blob = store.put(b"passport scan")
    assert store.path_for(blob.blob_id).name == f"{blob.blob_id}.wbat"
    assert len(blob.blob_id) == 32 and blob.sha256 not in blob.blob_id
