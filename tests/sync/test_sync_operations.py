"""``core.operations.sync``: a round's change-set is what the vault actually got (not a fixed
list of tables), and a round pushes what waited when it began."""

from __future__ import annotations

import pytest

from workbench.core.model import Client, Matter, Note, enums as E
from workbench.core.operations import sync as sync_ops
from workbench.core.sync import outbox
from workbench.core.sync.client import sync

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def _matter(vault) -> tuple[str, str]:
    with vault.session() as s:
        m = Matter(client=Client(family_name="Ibrahim", given_name="Amina"), kind=E.MatterKind.U_VISA)
        s.add(m)
        s.flush()
        return m.id, m.client_id


def test_the_change_set_names_what_was_applied(devices):
    a, b = devices
    matter_id, client_id = _matter(a)
    sync(a)
    first = sync_ops.run_sync(b).changes
    assert {("matters", matter_id), ("clients", client_id)} <= first.created
    assert first.affects("matters", "clients") and not first.affects("notes", "events", "time_entries")

    with a.session() as s:
        s.add(Note(matter_id=matter_id, body="Called the client."))
        s.get(Matter, matter_id).judge = "Hon. B"
    pushed = sync_ops.run_sync(a).changes
    # the outbox entries marked sent; the hub's echo only moves versions: nothing new, no client touched
    assert pushed.affects("sync_outbox") and not pushed.created and not pushed.affects("clients")
    second = sync_ops.run_sync(b).changes
    assert ("matters", matter_id) in second.updated and second.affects("notes")
    assert not second.affects("clients")

    idle = sync_ops.run_sync(b).changes
    assert not idle.affects("matters", "clients", "notes", "sync_outbox")


def test_a_round_pushes_what_waited_when_it_began(devices):
    a, _b = devices
    _matter(a)
    with sync_ops.vault_steps(a) as db:
        def cancelled() -> bool:  # an edit made while the round runs, before its first push
            if not made:
                made.append(_matter(a))
            return False
        made: list = []
        report = sync_ops.sync_round(db, cancelled).report
    assert report.pushed == 2
    with a.session() as s:
        assert outbox.pending_count(s) == 2  # the matter made during the round waits for the next one
    assert sync_ops.run_sync(a).report.pushed == 2
