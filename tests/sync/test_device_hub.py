"""Real vaults syncing with a real hub on loopback: merge, conflicts, cuts, replays, bundles."""

import os
import random
from datetime import date

import httpx
import pytest
from sqlalchemy import func, select

from tests.sync.conftest import EMAIL, PW
from workbench.core.sync import outbox
from workbench.core.model import Client, Document, Event, Matter, Note, OutboxEntry, enums as E
from workbench.core.sync import state
from workbench.core.sync.bundles import export_bundle, import_ack
from workbench.core.operations import sync as sync_ops
from workbench.core.sync.client import SyncError, enroll, sync
from workbench.core.vault.store import Vault
from workbench.hub.bundles import import_bundle



def _new_matter(vault) -> str:
    with vault.session() as s:
        m = Matter(client=Client(family_name="Ibrahim", given_name="Amina", date_of_birth=date(1990, 4, 2)),
                   kind=E.MatterKind.DEFENSIVE_ASYLUM, matter_number="NIJC-77", judge="Hon. A")
        s.add(m)
        s.flush()
        s.add(Event(matter_id=m.id, kind=E.EventKind.HEARING, title="Master", on_date=date(2031, 1, 6)))
        return m.id


def test_two_devices_merge_fields_and_raise_one_conflict(hub, devices):
    a, b = devices
    matter_id = _new_matter(a)
    sync(a)
    sync(b)
    with b.session() as s:
        assert s.get(Matter, matter_id).client.family_name == "Ibrahim"
    # offline edits: different fields merge, the same field conflicts
    with a.session() as s:
        m = s.get(Matter, matter_id)
        m.judge, m.court_location = "Hon. B", "Chicago"
    with b.session() as s:
        m = s.get(Matter, matter_id)
        m.judge, m.summary = "Hon. C", "Fled in 2024."
        s.add(Note(matter_id=matter_id, body="Called the client."))
    sync(a)
    report = sync(b)
    assert report.conflicts == 1
    with b.session() as s:
        conflict = state.conflicts(s)[0]
    assert conflict["field"] == "judge" and {conflict["hub_value"], conflict["device_value"]} == {"Hon. B", "Hon. C"}
    with sync_ops.vault_steps(b) as db:
        changes = sync_ops.resolve_conflict(db, conflict["conflict_id"], "Hon. C")
    assert changes.tables() == {"vault_meta"}  # the conflict left the list; the value comes with the sync
    with b.session() as s:
        assert state.conflicts(s) == []
    sync(a)
    sync(b)
    for vault in (a, b):
        with vault.session() as s:
            m = s.get(Matter, matter_id)
            assert (m.judge, m.court_location, m.summary) == ("Hon. C", "Chicago", "Fled in 2024.")
            assert s.scalar(select(func.count()).select_from(Note).where(Note.matter_id == matter_id)) == 1
            assert state.conflicts(s) == [] or vault is a
            assert outbox.pending(s) == []


class FlakyTransport(httpx.BaseTransport):
    """Cuts the connection at random: before the request reaches the hub, or after the hub
    answered (the answer is lost) — the two cases idempotency has to survive."""

    def __init__(self, rng: random.Random, rate: float) -> None:
        self.inner = httpx.HTTPTransport()
        self.rng, self.rate = rng, rate

    def handle_request(self, request):
        if self.rng.random() < self.rate / 2:
            raise httpx.ConnectError("cut before sending", request=request)
        response = self.inner.handle_request(request)
        if self.rng.random() < self.rate / 2:
            response.read()
            raise httpx.ReadError("cut after the hub answered", request=request)
        return response


def test_sync_cut_at_random_points_converges(hub, devices):
    a, b = devices
    rng = random.Random(6)
    ids = []
    failures = 0
    for round_no in range(100):
        with a.session() as s:
            m = Matter(client=Client(family_name=f"Cut{round_no}", given_name="X"), kind=E.MatterKind.U_VISA)
            s.add(m)
            s.flush()
            ids.append(m.id)
        if ids and round_no % 3 == 0:
            with a.session() as s:
                s.get(Matter, rng.choice(ids)).summary = f"edit {round_no}"
        http = httpx.Client(base_url=hub.url, transport=FlakyTransport(rng, 0.5), timeout=10)
        try:
            sync(a, http=http)
        except SyncError:
            failures += 1
        finally:
            http.close()
    assert failures > 10, "the cuts must actually have happened"
    sync(a)  # a clean round at the end
    sync(b)
    with a.session() as s:
        assert outbox.pending(s) == []
        expected = {m.id: m.summary for m in s.scalars(select(Matter))}
    with b.session() as s:
        got = {m.id: m.summary for m in s.scalars(select(Matter))}
        clients = s.scalar(select(func.count()).select_from(Client))
    assert got == expected and len(got) == 100 and clients == 100


def test_replayed_pushes_create_no_duplicates(hub, devices):
    a, b = devices
    _new_matter(a)
    sync(a)
    with a.session() as s:  # as if the answers had been lost: push everything again
        for e in s.scalars(select(OutboxEntry)):
            e.pushed = False
    report = sync(a)
    assert report.pushed > 0 and not report.rejected
    sync(b)
    with b.session() as s:
        assert s.scalar(select(func.count()).select_from(Matter)) == 1
        assert s.scalar(select(func.count()).select_from(Event)) == 1


def test_offline_bundle_round_trip(hub, devices, tmp_path):
    a, b = devices
    matter_id = _new_matter(a)
    out = tmp_path / "to-org.wbbundle"
    summary = export_bundle(a, out)
    assert summary["mutations"] >= 3
    assert b"Ibrahim" not in out.read_bytes()
    result = import_bundle(hub.db, hub.keys, out.read_bytes())
    ack = tmp_path / "ack.wbbundle"
    ack.write_bytes(result.ack)
    again = import_bundle(hub.db, hub.keys, out.read_bytes())  # a re-import is answered, not re-applied
    assert again.ack is not None
    report = import_ack(a, ack)
    with a.session() as s:
        assert outbox.pending(s) == [] and report.cursor > 0
    sync(b)
    with b.session() as s:
        assert s.get(Matter, matter_id).matter_number == "NIJC-77"


def test_attachments_travel_content_addressed(hub, devices):
    a, b = devices
    matter_id = _new_matter(a)
    data = os.urandom(2 * 1024 * 1024 + 77)  # three chunks of the 1 MiB protocol size
    blob = a.attachments.put(data)
    with a.session() as s:
        s.add(Document(matter_id=matter_id, title="Passport scan", sha256=blob.sha256, blob_id=blob.blob_id,
                       size_bytes=blob.size, media_type="application/octet-stream"))
    report = sync(a)
    assert report.files_sent == 1
    assert sync(a).files_sent == 0, "a file the hub holds is not sent again"
    report = sync(b)
    assert report.files_received == 1
    with b.session() as s:
        doc = s.scalars(select(Document)).one()
        assert doc.blob_id and doc.blob_id != blob.blob_id
    assert b.attachments.read(doc.blob_id) == data


def test_cli_enroll_sync_and_bundles(hub, tmp_path, monkeypatch, capsys):
    from workbench.cli import main

    hub.attorney("cli@firm.example")
    folder = tmp_path / "cli-vault"
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", PW)
    assert main(["--vault", str(folder), "vault", "init", "--no-keyring"]) == 0
    monkeypatch.setenv("WORKBENCH_ENROLL_CODE", hub.code("cli@firm.example"))
    assert main(["--vault", str(folder), "sync", "enroll", "--hub", hub.url]) == 0
    out = capsys.readouterr().out
    assert "Enrolled with Legal Aid Test" in out and "fingerprint" in out
    with Vault.open(folder, PW) as v:
        _new_matter(v)
    assert main(["--vault", str(folder), "sync", "status"]) == 0
    assert "3 change(s) in the outbox" in capsys.readouterr().out
    bundle = tmp_path / "out.wbbundle"
    assert main(["--vault", str(folder), "bundle", "export", "--out", str(bundle)]) == 0
    ack = tmp_path / "ack.wbbundle"
    ack.write_bytes(import_bundle(hub.db, hub.keys, bundle.read_bytes()).ack)
    assert main(["--vault", str(folder), "bundle", "import", str(ack)]) == 0
    assert main(["--vault", str(folder), "sync"]) == 0
    assert "Sent 0 change(s)" in capsys.readouterr().out.splitlines()[-1]
    # a tampered acknowledgement is refused with a reason, and nothing changes
    raw = bytearray(ack.read_bytes())
    raw[len(raw) // 2] ^= 1
    ack.write_bytes(bytes(raw))
    assert main(["--vault", str(folder), "bundle", "import", str(ack)]) == 2
    assert "signature" in capsys.readouterr().err
