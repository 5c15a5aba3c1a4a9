"""The encrypted store on the attorney's laptop, and everything that keeps it safe.

``store.Vault`` is the handle every operation takes: it opens in a fixed order (key file, data key,
database, migrations, daily backup) so that bad input — a wrong passphrase, a damaged or edited
file — is named and loses nothing. The other modules hold one concern each: the key file and its
key stretching (``keyfile``, ``kdf``), this computer's keyring secret (``device_secret``), the
SQLCipher engine (``db``), encrypted attachments, backups and restore, the hash-chained audit log,
fast inserts (``bulk``) and the schema migrations. See docs/architecture.md and docs/security.md.
"""
