"""The TLS context for talking to the organization's hub: the operating system's trust store.

Why not ``ssl.create_default_context()``: a frozen app carries its own OpenSSL, and on a user's
Mac or Windows laptop that OpenSSL finds no CA bundle (PyInstaller no longer sets
``SSL_CERT_FILE``), so every real hub would be refused. Shipping a CA bundle (certifi) would
work but go stale, and it ignores what the organization's IT department put in the system store
(a private CA pushed by MDM or Group Policy, a revoked root). ``truststore`` asks the OS instead:
Security.framework on macOS, CryptoAPI on Windows; on Linux it uses the distribution's bundle
through OpenSSL's default paths (which honour ``SSL_CERT_FILE`` / ``SSL_CERT_DIR``).

The context verifies the chain and the host name and refuses anything below TLS 1.2. A CA added
with ``load_verify_locations`` is trusted in addition to the OS store on every platform (the
self-test uses that to prove verification runs in the frozen app).
"""

from __future__ import annotations

import ssl

import truststore


def system_trust_context() -> ssl.SSLContext:
    """A new client context that trusts what the operating system trusts."""
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context
