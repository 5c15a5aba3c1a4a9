"""The authenticated device and its attorney, as every module of the hub sees a request."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Caller:
    """The authenticated device and its attorney."""

    org_id: str
    device_id: str
    attorney_id: str
