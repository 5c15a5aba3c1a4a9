"""No plaintext client data on disk: a canary client written through the public API is not
found in any file of the vault folder, the temp folder or the settings/data/cache folders."""

from pathlib import Path

from sqlalchemy import select

from tests.support.vaults import PASSPHRASE
from workbench.core.interchange import export_matter
from workbench.core.queries.matter_list import list_matters
from workbench.core.model import Client, Document, FormAnswer, Matter, Note, Person, enums
from workbench.core.vault.store import Vault

CANARY_NAME = "Qzxcanaryvbn"
CANARY_NOTE = "Persecuted-by-Xylophone-Cartel-7731"
CANARY_FILE = b"%PDF-1.4 canary attachment Zorblax-Passport-99812"


def _scan(roots: list[Path], needles: list[bytes]) -> list[str]:
    hits = []
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                for n in needles:
                    for form in {n, n.lower(), n.decode().encode("utf-16-le")}:
                        if form in data:
                            hits.append(f"{path}: {n!r}")
    return hits


def test_canary_never_reaches_the_disk(tmp_path, env_dirs, uscis_dir):
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, store=None, calibrate=False)
    with vault.session() as s:
        client = Client(family_name=CANARY_NAME, given_name="Maria", a_number="A098765432",
                        religion=CANARY_NOTE)
        matter = Matter(client=client, kind=enums.MatterKind.DEFENSIVE_ASYLUM, summary=CANARY_NOTE)
        s.add(matter)
        s.add(Person(client=client, relation=enums.Relationship.CHILD, family_name=CANARY_NAME, given_name="Ana"))
        s.flush()
        s.add(Note(matter_id=matter.id, body=f"{CANARY_NOTE} said {CANARY_NAME}"))
        blob = vault.attachments.put(CANARY_FILE * 2000)
        s.add(Document(matter_id=matter.id, title=f"{CANARY_NAME} passport", blob_id=blob.blob_id,
                       sha256=blob.sha256, size_bytes=blob.size))
        matter_id = matter.id
    with vault.session() as s:  # reads, listing, export in memory, sorting (temp b-trees)
        list_matters(s, CANARY_NAME[:5])
        list_matters(s, None, sort="next_event")
        export_matter(s, matter_id)
        s.scalars(select(Note).order_by(Note.body.desc())).all()
    vault.backup("manual")
    assert vault.attachments.read(blob.blob_id).startswith(b"%PDF")
    # a filled form (with an answer long enough for a continuation sheet) is kept only in the vault
    from workbench.core.forms import blanks
    from workbench.core.forms.service import fill_matter_form, store_output

    blanks.add_blank((uscis_dir / "i-589.pdf").read_bytes())
    with vault.session() as s:
        s.get(Matter, matter_id).client.other_names = [{"family_name": CANARY_NAME * 4, "given_name": CANARY_NOTE,
                                                        "middle_name": None}]
        s.add(FormAnswer(matter_id=matter_id, key="i589_b1a", value=True, explanation=f"{CANARY_NOTE} " * 80))
    with vault.session() as s:
        result = fill_matter_form(s, "i-589", matter_id)
    # two long answers: the first fills the form's own Supplement B, the second needs a sheet
    assert [e.where for e in result.entries] == ["slot 1", "sheet"], result.entries
    store_output(vault, matter_id, result)
    # look while the vault is open (WAL and shared-memory files exist) and after it is closed
    needles = [CANARY_NAME.encode(), CANARY_NOTE.encode(), b"Zorblax-Passport-99812"]
    roots = [folder, env_dirs]
    assert _scan(roots, needles) == []
    vault.check()
    vault.close()
    assert _scan(roots, needles) == []
    assert any(folder.rglob("*.wbat")), "the scan must have seen the attachment file"


def test_the_scan_would_find_plaintext(tmp_path, env_dirs):
    (env_dirs / "tmp" / "leak.txt").write_text(f"oops {CANARY_NAME}")
    assert _scan([env_dirs], [CANARY_NAME.encode()]) != []
