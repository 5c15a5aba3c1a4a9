"""Sync with the organization's hub (protocol: docs/sync-protocol.md)."""
