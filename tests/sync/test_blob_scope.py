"""Issue 12, item 1 from the device's side: a plain sync never brings another attorney's file
into a vault, however the vault's documents name it (fails on the hub before the fix)."""

import os
from datetime import date

from sqlalchemy import select

from tests.sync.conftest import PW
from workbench.core.model import Client, Document, Matter, enums as E
from workbench.core.sync.client import enroll, sync
from workbench.core.vault.store import Vault

BEN = "ben@firm.example"


def _matter(vault, family: str) -> str:
    with vault.session() as s:
        m = Matter(client=Client(family_name=family, given_name="A", date_of_birth=date(1990, 1, 1)),
                   kind=E.MatterKind.DEFENSIVE_ASYLUM)
        s.add(m)
        s.flush()
        return m.id


def test_a_document_naming_another_attorneys_file_does_not_fetch_it(hub, devices, tmp_path):
    ana, _ = devices
    data = os.urandom(300_000)
    blob = ana.attachments.put(data)
    matter_a = _matter(ana, "Ibrahim")
    with ana.session() as s:
        s.add(Document(matter_id=matter_a, title="I-589", sha256=blob.sha256, blob_id=blob.blob_id,
                       size_bytes=blob.size, media_type="application/pdf"))
    assert sync(ana).files_sent == 1
    hub.attorney(BEN)
    ben, _ = Vault.create(tmp_path / "ben", PW, store=None, calibrate=False)
    try:
        enroll(ben, hub.url, hub.code(BEN), "ben-laptop")
        matter_b = _matter(ben, "Roe")
        with ben.session() as s:  # a record naming her file's hash, without its bytes
            s.add(Document(matter_id=matter_b, title="Lure", sha256=blob.sha256, size_bytes=blob.size,
                           media_type="application/pdf"))
        report = sync(ben)
        assert report.files_received == 0 and not report.rejected
        with ben.session() as s:
            assert s.scalars(select(Document)).one().blob_id is None
        assert sync(ben).files_received == 0
    finally:
        ben.close()
