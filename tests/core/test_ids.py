import uuid

from workbench.core.ids import new_id, uuid7


def test_uuid7_layout_and_order():
    ids = [uuid7() for _ in range(5000)]
    assert all(u.version == 7 and u.variant == uuid.RFC_4122 for u in ids)
    assert ids == sorted(ids), "UUIDv7 must be monotonic within a process"
    assert len(set(ids)) == len(ids)


def test_new_id_is_canonical_string():
    text = new_id()
    assert len(text) == 36 and str(uuid.UUID(text)) == text
