"""A real hub whose answers to chosen requests come late (test-only ASGI middleware).

The hub does its work at once and holds the answer for ``delay`` seconds before sending it, as
a slow link or an overloaded hub does: the hardest case for a device, which must not mark its
changes as sent before it reads the answer, nor hold up the user meanwhile.
"""

from __future__ import annotations

import asyncio
import threading

from workbench.hub.server import ThreadedHub


class HeldAnswers:
    """Holds the answers to requests whose path starts with one of ``paths``; ``holding`` is set
    while one is held, ``held`` counts them."""

    def __init__(self, app, delay: float = 5.0, paths: tuple[str, ...] = ("/v1/push",)) -> None:
        self.app, self.delay, self.paths = app, delay, paths
        self.holding = threading.Event()
        self.held = 0

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or not self.delay or not scope["path"].startswith(self.paths):
            await self.app(scope, receive, send)
            return

        async def send_late(message) -> None:
            if message["type"] == "http.response.start":
                self.held += 1
                self.holding.set()
                try:
                    await asyncio.sleep(self.delay)
                finally:
                    self.holding.clear()
            await send(message)

        await self.app(scope, receive, send_late)


def start_slow_hub(db, keys_path, delay: float = 5.0) -> tuple[ThreadedHub, HeldAnswers]:
    """A ``ThreadedHub`` (uvicorn on 127.0.0.1) with ``HeldAnswers`` in front of its app."""
    server = ThreadedHub(db, keys_path)
    gate = HeldAnswers(server.server.config.app, delay)
    server.server.config.app = gate
    return server.start(), gate
