"""Golden clients: every field of every form, judged by its question (docs/forms/golden-clients.md).

Each client under tests/core/forms/golden/ is imported into a real vault; each form it lists is
filled from the real official blank through ``forms.service`` (what the app and the CLI call);
every field is read back with pypdf and with qpdf and compared with the table written by reading
the form. A failure lists every field that differs, with its question and the reason for the
expected value, so the defect can be fixed at its root.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from tests.core.forms.golden_kit import (CONT_HEADER, HEADER, SHARED_USCIS, all_clients, blank_fields, normalize,
                                         pypdf_read, qpdf_read, read_tsv)

CLIENTS = all_clients()
CASES = [(c, form, member, path) for c in CLIENTS for form, member, path in c.tables()]


def _id(case) -> str:
    client, form, member, _ = case
    return f"{client.name}-{form}" + (f"@{member[:8]}" if member else "")


@pytest.fixture(scope="module")
def vaults(tmp_path_factory):
    """One real vault per golden client (created on first use), with the official blanks added."""
    from workbench.core.forms.blanks import add_blank
    from workbench.core.interchange import import_matter
    from workbench.core.vault.store import Vault

    if not SHARED_USCIS.is_dir():
        pytest.fail(f"{SHARED_USCIS} is missing: the golden tests need ../shared/uscis beside the repository")
    opened: dict[str, tuple] = {}
    blanks = tmp_path_factory.mktemp("blanks")

    def get(client):
        if client.name not in opened:
            for form in client.forms:
                add_blank((SHARED_USCIS / f"{form}.pdf").read_bytes(), blanks)
            vault, _ = Vault.create(tmp_path_factory.mktemp(client.name) / "vault", "golden client passphrase",
                                    store=None, calibrate=False)
            vault.set_meta("attorney_profile", json.dumps(client.attorney))
            with vault.session() as s:
                matter_id = import_matter(s, client.matter_doc).matter_id
            opened[client.name] = (vault, matter_id)
        return opened[client.name] + (blanks,)

    yield get
    for vault, _ in opened.values():
        vault.close()


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_every_field_as_its_question_asks(case, vaults, tmp_path):
    client, form, member, table = case
    from workbench.core.forms.service import fill_matter_form

    vault, matter_id, blanks = vaults(client)
    with vault.session() as s:
        result = fill_matter_form(s, form, matter_id, member_id=member, today=client.today, blanks_folder=blanks)
    assert result.edition.edition == client.forms[form], "the client names the edition it is filed on"

    expected = {row["field"]: row for row in read_tsv(table, HEADER)}
    official = [f.name for f in blank_fields(form) if not f.barcode]
    missing = [n for n in official if n not in expected]
    unknown = [n for n in expected if n not in set(official)]
    no_reason = [n for n, row in expected.items() if not row["why"].strip()]
    assert not missing, f"{table.name}: {len(missing)} field(s) of the form have no expected value: {missing[:5]}"
    assert not unknown, f"{table.name}: names fields the form does not have: {unknown[:5]}"
    assert not no_reason, f"{table.name}: every expected value needs its reason: {no_reason[:5]}"

    out = tmp_path / "filled.pdf"
    out.write_bytes(result.pdf)
    readers = {"pypdf": pypdf_read(result.pdf)}
    if shutil.which("qpdf"):
        readers["qpdf"] = qpdf_read(out)
    elif __import__("os").environ.get("CI"):
        pytest.fail("qpdf is missing: .ci/system-deps installs it")
    wrong = []
    for name in official:
        row = expected[name]
        for reader, values in readers.items():
            found = normalize(values.get(name, ""))
            if found != normalize(row["expected"]):
                wrong.append(f"- {name.split('.')[-1]} [{reader}] {row['question'][:110]}\n"
                             f"    expected {row['expected']!r} ({row['why']})\n    found    {found!r}")
                break
    assert not wrong, (f"{client.name} / {table.name}: {len(wrong)} of {len(official)} fields differ from what "
                       f"their question asks:\n" + "\n".join(wrong))

    cont = client.continuation_table(form, member)
    rows = read_tsv(cont, CONT_HEADER) if cont.exists() else []
    got = [(str(e.page or ""), e.part or "", e.item or "", e.text) for e in result.entries]
    want = [(r["page"], r["part"], r["item"], r["text"]) for r in rows]
    assert got == want, (f"{client.name} / {form}: Additional Information entries differ\n"
                         f"expected {want}\nfound    {got}")
    sheets = [e for e in result.entries if e.where == "sheet"]
    if sheets and shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, check=True).stdout.decode()
        for e in sheets:
            first_words = " ".join(e.text.split()[:6])
            assert first_words in " ".join(text.split()), f"continuation sheet lacks the entry {first_words!r}"
