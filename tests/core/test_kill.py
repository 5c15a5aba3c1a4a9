"""Killing the process during writes loses no committed transaction.

A child process commits matters in a loop and reports each id on stdout right after its
commit returns; the parent kills it with SIGKILL at a random moment, then opens the vault and
finds every reported matter, an intact database and an intact audit chain.
"""

import random
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import select

from tests.support.vaults import PASSPHRASE
from workbench.core.model import Matter
from workbench.core.vault.store import Vault

WRITER = r"""
import sys
from datetime import date
from workbench.core.vault.store import Vault
from workbench.core.model import Client, Matter, Note, Event, enums
vault = Vault.open(sys.argv[1], sys.argv[2], store=None, auto_backup=False)
i = 0
while True:
    with vault.session() as s:
        c = Client(family_name=f"Killed{i}", given_name="Test")
        m = Matter(client=c, kind=enums.MatterKind.U_VISA)
        s.add(m)
        s.flush()
        s.add_all([Note(matter_id=m.id, body="x" * 3000) for _ in range(5)])
        s.add(Event(matter_id=m.id, kind=enums.EventKind.HEARING, title="h", on_date=date(2030, 1, 1)))
        mid = m.id
    print(mid, flush=True)
    if i % 25 == 0:
        vault.backup("kill-test")
    i += 1
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL semantics")
def test_kill_at_random_points_loses_no_commit(make_vault):
    vault, _ = make_vault()
    vault.close()
    rng = random.Random(20261121)
    reported: list[str] = []
    for _round in range(6):
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(vault.folder), PASSPHRASE],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        # wait for a random number of commits (however slow the machine), then kill at a random
        # moment of the following ones: inside a transaction, a commit or a backup
        wanted, seen = rng.randint(1, 12), []
        deadline = time.monotonic() + 120
        while len(seen) < wanted and time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            seen.append(line.strip())
        time.sleep(rng.random() * 0.05)
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate()
        lines = seen + [line for line in out.splitlines() if len(line) == 36]
        assert len(seen) == wanted, f"the writer stopped early: {err[-2000:]}"
        reported += lines
    with Vault.open(vault.folder, PASSPHRASE, auto_backup=False) as v:
        with v.session() as s:
            present = set(s.scalars(select(Matter.id)))
        missing = [m for m in reported if m not in present]
        assert missing == []
        report = v.check()
        assert report.ok, report.problems
