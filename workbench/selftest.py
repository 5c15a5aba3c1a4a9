"""``workbench --self-test``: prove that an installed or frozen app has everything it needs.

Run by CI on the PyInstaller build (issue 8) on Linux, Windows and macOS: a throwaway vault
(fictional data, deleted after), a matter written and read back through SQLCipher, the migrations
(Alembic scripts are data files a freezer can miss), the interchange schema, a form filled from a
stand-in blank made in memory and rendered by the preview's PDFium, Qt's platform plugin, a round
trip through the OS keyring (required on Windows and macOS, which always have one), and an HTTPS
request through the hub client's trust-store context to a local server whose throwaway CA is
trusted (and refused while it is not). Exit code 0 when all pass; each step prints one line.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
import tempfile
from pathlib import Path


def _standin_form() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf)
    c.drawString(72, 760, "Self-test stand-in form")
    c.acroForm.textfield(name="family_name", x=72, y=700, width=200, height=20)
    c.acroForm.checkbox(name="agree", x=72, y=660, size=14)
    c.save()
    return buf.getvalue()


def _keyring_round_trip() -> str:
    """Store, read back and delete a random secret under a throwaway name in the OS keyring,
    through the app's own keyring interface (so the frozen app's keyring backends are proven)."""
    import uuid

    from workbench.core.vault.device_secret import new_secret, os_keyring_store

    store = os_keyring_store()
    if store is None:
        assert sys.platform not in ("win32", "darwin"), "no OS keyring found (were keyring's backends collected?)"
        return "keyring: no OS keyring on this system (vaults here use the passphrase alone)"
    name, secret = f"selftest-{uuid.uuid4()}", new_secret()
    try:
        store.put(name, secret)
        assert store.get(name) == secret, "the keyring returned a different secret"
    finally:
        store.delete(name)
    assert store.get(name) is None, "the keyring kept a deleted secret"
    return f"keyring: round trip through {type(store.backend).__module__}"


def _tls_round_trip() -> str:
    """The hub client's TLS context (the OS trust store) refuses a server it does not trust and
    reaches it once the server's throwaway CA is added: verification really runs, frozen too."""
    import httpx

    from workbench.core.sync.tls import system_trust_context
    from workbench.selftest_tls import ANSWER, local_tls_server

    with local_tls_server() as server:
        try:
            httpx.get(server.url, verify=system_trust_context(), timeout=10)
            raise AssertionError("a server signed by an unknown CA was accepted")
        except httpx.ConnectError as exc:
            assert "CERTIFICATE_VERIFY_FAILED" in str(exc) or "certificate" in str(exc).lower(), str(exc)
        context = system_trust_context()
        context.load_verify_locations(cadata=server.ca_pem)
        assert httpx.get(server.url, verify=context, timeout=10).content == ANSWER
    return f"TLS: verified HTTPS to 127.0.0.1 through {type(context).__module__}"


def _preview_renders(pdf: bytes) -> str:
    """The in-app preview's renderer (pypdfium2) is in the build and draws a page."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        bitmap = document[0].render(scale=0.5)
        width, height = bitmap.width, bitmap.height
    finally:
        document.close()
    assert width > 100 and height > 100
    return f"PDF preview: PDFium rendered a page ({width}x{height})"


def run() -> int:
    steps: list[tuple[str, object]] = []
    folder = Path(tempfile.mkdtemp(prefix="workbench-selftest-"))
    try:
        from workbench.core.model import Client, Matter, enums
        from workbench.core.vault.store import Vault

        vault, _ = Vault.create(folder / "vault", "self-test passphrase", store=None, calibrate=False)
        with vault.session() as s:
            s.add(Matter(client=Client(family_name="Selftest", given_name="Fictional"),
                         kind=enums.MatterKind.AFFIRMATIVE_ASYLUM))
        vault.close()
        with Vault.open(folder / "vault", "self-test passphrase", store=None, auto_backup=False) as vault:
            with vault.session() as s:
                from sqlalchemy import select

                name = s.scalars(select(Client.family_name)).one()
            assert name == "Selftest"
            assert vault.check().ok
        steps.append(("vault: create, write, reopen, read, check", True))

        from workbench.core.interchange import load_schema

        assert load_schema()["title"]
        steps.append(("interchange schema", True))

        from pypdf import PdfReader

        from workbench.core.forms.pdf_fill import fill_pdf

        filled = fill_pdf(_standin_form(), {"family_name": "Selftest", "agree": True})
        fields = PdfReader(io.BytesIO(filled.pdf)).get_fields()
        assert fields["family_name"]["/V"] == "Selftest" and filled.report.ok
        steps.append(("forms: fill a stand-in blank", True))
        steps.append((_preview_renders(filled.pdf), True))

        from workbench.core.forms.fieldmap import available_maps

        assert len(available_maps()) >= 6
        steps.append((f"forms: {len(available_maps())} field maps found", True))

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
        steps.append((f"Qt platform plugin: {app.platformName()}", True))

        from workbench.core.i18n import translate
        from workbench.gui import i18n

        try:
            assert i18n.install(app, "es") == "es", "the Spanish catalog (.qm) did not load"
            assert translate("i18n", "DD/MM/YYYY") == "DD/MM/AAAA"
        finally:
            i18n.install(app, "en")
        steps.append(("translations: the Spanish catalog loads", True))

        from workbench.gui.resources import user_guide_path

        guides = [user_guide_path(lang) for lang in ("en", "es")]
        assert all(g.is_file() for g in guides) and len(set(guides)) == 2, f"user guide missing: {guides}"
        steps.append(("user guide (English and Spanish) found", True))

        from workbench import __version__

        assert __version__ != "0.0.0", "the package metadata (version) was not collected"
        steps.append((f"version {__version__}", True))
        steps.append((_keyring_round_trip(), True))
        steps.append((_tls_round_trip(), True))
    except Exception as exc:  # report the failing step, never a bare traceback
        steps.append((f"FAILED: {type(exc).__name__}: {exc}", False))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for text, ok in steps:
        print(("ok   " if ok else "FAIL ") + text)
    return 0 if all(ok for _, ok in steps) else 1
