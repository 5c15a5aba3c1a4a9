"""One error type for everything the hub refuses, carrying the HTTP status and a sentence.

Handlers in ``app`` turn it (and FastAPI's own validation errors, and anything unexpected)
into ``{"error": "..."}``: a client never sees a traceback.
"""

from __future__ import annotations


class HubError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def bad_request(message: str) -> HubError:
    return HubError(400, message)


def unauthorized(message: str) -> HubError:
    return HubError(401, message)


def forbidden(message: str) -> HubError:
    return HubError(403, message)


def not_found(message: str = "Not found (or not assigned to you).") -> HubError:
    return HubError(404, message)
