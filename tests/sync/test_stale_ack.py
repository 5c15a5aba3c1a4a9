"""Issue 12, item 2: acknowledgement bundles arriving late, twice or out of order never move a
vault backwards, and a vault damaged by an old acknowledgement (before this rule) is repaired by
its next sync. Every test here fails on the code before the fix (where an ack's records were
applied whatever their version: stage ``filed`` went back to ``preparation`` and stayed there)."""

from datetime import date

from sqlalchemy import delete, select

from tests.sync.conftest import PW
from workbench.core.sync import outbox
from workbench.core.model import Client, Matter, VaultMeta, enums as E
from workbench.core.sync import state
from workbench.core.sync.apply import apply_changes
from workbench.core.sync.bundles import export_bundle, import_ack
from workbench.core.sync.client import sync
from workbench.core.vault.store import Vault
from workbench.hub.bundles import import_bundle


def _new_matter(vault, stage=E.MatterStage.PREPARATION) -> str:
    with vault.session() as s:
        m = Matter(client=Client(family_name="Ibrahim", given_name="Amina", date_of_birth=date(1990, 4, 2)),
                   kind=E.MatterKind.DEFENSIVE_ASYLUM, matter_number="NIJC-77", stage=stage)
        s.add(m)
        s.flush()
        return m.id


def _ack(hub, vault, tmp_path, name: str):
    bundle = tmp_path / f"{name}.wbbundle"
    export_bundle(vault, bundle)
    ack = tmp_path / f"{name}-ack.wbbundle"
    ack.write_bytes(import_bundle(hub.db, hub.keys, bundle.read_bytes()).ack)
    return ack


def _matter(vault, matter_id):
    with vault.session() as s:
        m = s.get(Matter, matter_id)
        return m.stage, m.server_version


def _filed_on_the_other_device(a, b, matter_id):
    """Device b moves the matter to "filed" and both sync: a's (stage, server version) after it."""
    sync(b)
    with b.session() as s:
        s.get(Matter, matter_id).stage = E.MatterStage.FILED
    sync(b)
    sync(a)
    return _matter(a, matter_id)


def test_an_old_ack_imported_after_newer_data_rolls_nothing_back(hub, devices, tmp_path):
    a, b = devices
    matter_id = _new_matter(a)
    old_ack = _ack(hub, a, tmp_path, "first")  # handed back on a USB stick... and left in a drawer
    sync(a)  # meanwhile a connection: the outbox is answered online
    filed = _filed_on_the_other_device(a, b, matter_id)
    assert filed[0] == E.MatterStage.FILED
    with a.session() as s:
        cursor, conflicts = state.cursor(s), state.conflicts(s)
    report = import_ack(a, old_ack)  # the drawer is opened
    assert _matter(a, matter_id) == filed
    assert report.pulled == 0
    with a.session() as s:
        assert state.cursor(s) == cursor and state.conflicts(s) == conflicts and outbox.pending(s) == []
    again = import_ack(a, old_ack)  # and imported twice
    assert again.duplicate and _matter(a, matter_id) == filed
    assert sync(a).pulled == 0 and _matter(a, matter_id) == filed


def test_acks_imported_in_reverse_order_end_at_the_newest_state(hub, devices, tmp_path):
    a, _b = devices
    matter_id = _new_matter(a, E.MatterStage.INTAKE)
    first = _ack(hub, a, tmp_path, "first")
    with a.session() as s:
        s.get(Matter, matter_id).stage = E.MatterStage.PREPARATION
    second = _ack(hub, a, tmp_path, "second")
    import_ack(a, second)
    newest = _matter(a, matter_id)
    assert newest[0] == E.MatterStage.PREPARATION
    import_ack(a, first)
    assert _matter(a, matter_id) == newest
    with a.session() as s:
        assert outbox.pending(s) == []


def test_a_vault_rolled_back_by_an_old_ack_is_repaired_by_its_next_sync(hub, devices, tmp_path):
    a, b = devices
    matter_id = _new_matter(a)
    import_ack(a, _ack(hub, a, tmp_path, "first"))
    filed = _filed_on_the_other_device(a, b, matter_id)
    # what the old import did to this vault: an older state and version written over the newer one
    with a.session() as s:
        s.info["outbox_disabled"] = True
        m = s.get(Matter, matter_id)
        m.stage, m.server_version = E.MatterStage.PREPARATION, filed[1] - 1
        s.flush()
        s.execute(delete(VaultMeta).where(VaultMeta.key == "sync_apply_rules"))  # as before the upgrade
    assert _matter(a, matter_id)[0] == E.MatterStage.PREPARATION
    sync(a)
    assert _matter(a, matter_id) == filed
    with a.session() as s:
        assert outbox.pending(s) == []


def test_apply_keeps_the_newest_version_of_each_record(tmp_path):
    vault, _ = Vault.create(tmp_path / "v", PW, store=None, calibrate=False)
    try:
        matter_id = _new_matter(vault)
        with vault.session() as s:
            data = {"id": matter_id, "stage": "filed", "client_id": s.get(Matter, matter_id).client_id}
        newer = {"seq": 9, "entity": "matters", "entity_id": matter_id, "server_version": 9, "deleted": False,
                 "data": data}
        older = {**newer, "seq": 5, "server_version": 5, "data": {**data, "stage": "preparation"}}
        with vault.session() as s:
            for e in outbox.pending(s):
                e.pushed = True
        with vault.session() as s:  # two states of one record in one batch, the newer first
            apply_changes(s, [newer, older])
        assert _matter(vault, matter_id) == (E.MatterStage.FILED, 9)
        with vault.session() as s:  # an older state alone
            counts = apply_changes(s, [older])
        assert counts["stale"] == 1 and _matter(vault, matter_id) == (E.MatterStage.FILED, 9)
        with vault.session() as s:
            assert s.scalar(select(Matter.stage)) == E.MatterStage.FILED
    finally:
        vault.close()
