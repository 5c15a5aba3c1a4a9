"""One error type for everything the hub refuses, carrying the HTTP status and a sentence.

Handlers in ``app`` turn it (and FastAPI's own validation errors, and anything unexpected)
into ``{"error": "..."}``: a client never sees a traceback.
"""

from __future__ import annotations


class HubError(Exception):
    """``message`` may be a template with ``{name}`` fields filled from ``values``: the JSON answer
    carries the filled sentence; the console translates the template, then fills it."""

    def __init__(self, status: int, message: str, **values) -> None:
        text = message.format(**values) if values else message
        super().__init__(text)
        self.status = status
        self.message = text
        self.template, self.values = message, values


def bad_request(message: str) -> HubError:
    return HubError(400, message)


def unauthorized(message: str) -> HubError:
    return HubError(401, message)


def forbidden(message: str) -> HubError:
    return HubError(403, message)


def not_found(message: str = "Not found (or not assigned to you).") -> HubError:
    return HubError(404, message)
