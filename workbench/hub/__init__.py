"""The organization's hub: a Qt-free ASGI service that devices sync with (docs/sync-protocol.md).

Layout: ``models`` + ``migrations`` (its own schema), ``db`` (engines and the per-organization
write lock that keeps the change sequence gap-free), ``scope`` (who may see what), ``merge``
(field-level merge), ``push``/``pull``/``conflicts`` (the protocol's rules), ``blobs``
(attachments), ``bundles`` (offline import and acknowledgement), ``enroll``/``auth`` (devices),
``keys`` (the key file), ``admin`` (what the CLI does), ``app``/``routes``/``schemas`` (HTTP),
``server`` (uvicorn) and ``cli`` (``workbench-hub``). Operating it: docs/hub.md.
"""
