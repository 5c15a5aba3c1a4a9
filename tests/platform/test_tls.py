"""The hub client trusts the operating system's store (truststore), and verifies for real.

A throwaway CA signs a certificate for 127.0.0.1 served by a real HTTPS server on loopback
(workbench/selftest_tls.py). On Linux truststore reads the store through OpenSSL's default paths,
so pointing ``SSL_CERT_FILE`` at the throwaway CA puts it "in the system store" for this process:
the client built by core/sync/client.py must then reach the server, and must refuse it otherwise.
What Linux cannot show: truststore's Keychain (macOS) and CryptoAPI (Windows) verifiers; the
GitHub Actions workflows run the same tests there, and the frozen self-test makes a verified
request through those verifiers with the CA added to the context.
"""

from __future__ import annotations

import sys

import httpx
import pytest

from workbench.core.sync import client
from workbench.core.sync.tls import system_trust_context
from workbench.selftest_tls import ANSWER, local_tls_server


@pytest.fixture
def server():
    with local_tls_server() as srv:
        yield srv


@pytest.mark.skipif(sys.platform != "linux", reason="SSL_CERT_FILE is the Linux trust store; macOS/Windows ask the OS")
def test_sync_client_reaches_a_hub_whose_ca_is_in_the_system_store(server, tmp_path, monkeypatch):
    store = tmp_path / "system-store.pem"
    store.write_text(server.ca_pem)
    monkeypatch.setenv("SSL_CERT_FILE", str(store))
    with client.new_http(server.url) as http:
        response = http.get("/v1/anything")
    assert response.status_code == 200 and response.content == ANSWER


def test_sync_client_refuses_a_hub_whose_ca_the_system_does_not_trust(server):
    with client.new_http(server.url) as http, pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        http.get("/")


def test_a_ca_added_to_the_context_is_trusted_and_the_host_name_is_still_checked(server):
    context = system_trust_context()
    context.load_verify_locations(cadata=server.ca_pem)
    assert httpx.get(server.url, verify=context).content == ANSWER
    # the certificate names 127.0.0.1 only: the same server under another name is refused
    with pytest.raises(httpx.ConnectError, match="(?i)hostname|certificate"):
        httpx.get(server.url.replace("127.0.0.1", "localhost"), verify=context)

