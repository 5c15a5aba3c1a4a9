"""A throwaway certificate authority and an HTTPS server on 127.0.0.1, for proving TLS verification.

The self-test (``workbench --self-test``, run on every frozen build) and tests/platform/test_tls.py
use it to check that the hub client's context (core/sync/tls.py) really verifies: a request to
this server must succeed once the throwaway CA is trusted, and be refused while it is not. The
keys live only in memory and in a temporary folder deleted on exit; nothing here is ever used to
talk to a real hub.
"""

from __future__ import annotations

import contextlib
import datetime
import ipaddress
import ssl
import tempfile
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

ANSWER = b"workbench-tls-ok"


@dataclass(frozen=True)
class LocalTLSServer:
    url: str  # https://127.0.0.1:<port>/
    ca_pem: str  # the throwaway CA that signed the server's certificate


def _certificates(folder: Path) -> tuple[Path, Path, str]:
    """A CA and a server certificate for 127.0.0.1 signed by it: (cert file, key file, CA PEM)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = datetime.datetime.now(datetime.timezone.utc)
    ca_key, server_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Workbench self-test CA (throwaway)")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                       content_commitment=False, key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    server = (x509.CertificateBuilder()
              .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
              .issuer_name(ca_name).public_key(server_key.public_key()).serial_number(x509.random_serial_number())
              .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=1))
              .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                             critical=False)
              .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
              .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
              .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
              .sign(ca_key, hashes.SHA256()))
    cert_file, key_file = folder / "server.pem", folder / "server.key"
    cert_file.write_bytes(server.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(server_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                  serialization.NoEncryption()))
    return cert_file, key_file, ca.public_bytes(serialization.Encoding.PEM).decode("ascii")


class _Answer(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(ANSWER)))
        self.end_headers()
        self.wfile.write(ANSWER)

    def log_message(self, *args) -> None:  # quiet: the self-test prints one line per step
        pass


class _TLSServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, context: ssl.SSLContext) -> None:
        self.context = context
        super().__init__(("127.0.0.1", 0), _Answer)

    def get_request(self):
        sock, address = self.socket.accept()
        return self.context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False), address

    def handle_error(self, request, client_address) -> None:  # a refused handshake is the test's point
        pass


@contextlib.contextmanager
def local_tls_server() -> Iterator[LocalTLSServer]:
    """An HTTPS server on 127.0.0.1 (an ephemeral port) that answers every GET with ``ANSWER``."""
    with tempfile.TemporaryDirectory(prefix="workbench-tls-") as tmp:
        cert_file, key_file, ca_pem = _certificates(Path(tmp))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert_file, key_file)
        server = _TLSServer(context)
        thread = threading.Thread(target=server.serve_forever, name="selftest-tls", daemon=True)
        thread.start()
        try:
            yield LocalTLSServer(url=f"https://127.0.0.1:{server.server_address[1]}/", ca_pem=ca_pem)
        finally:
            server.shutdown()
            server.server_close()
            thread.join()
