"""Security headers on every console answer (pure ASGI middleware, only for ``/admin``).

* CSP: everything from the hub itself; no inline script or style (styles and the little script
  are files under /admin/static/); ``frame-ancestors 'none'`` (no clickjacking), ``form-action
  'self'``, ``base-uri 'none'``.
* ``Referrer-Policy: no-referrer``, ``X-Content-Type-Options: nosniff``, ``X-Frame-Options: DENY``
  (older browsers), and ``Cache-Control: no-store`` on pages (a shared computer's back button or
  disk cache must not keep client facts); static files may be cached.
"""

from __future__ import annotations

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")
HEADERS = [(b"content-security-policy", CSP.encode()), (b"referrer-policy", b"no-referrer"),
           (b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
           (b"cross-origin-opener-policy", b"same-origin"),
           (b"permissions-policy", b"camera=(), microphone=(), geolocation=()")]
NO_STORE = (b"cache-control", b"no-store")


class ConsoleHeaders:
    def __init__(self, app, prefix: str = "/admin") -> None:
        self.app, self.prefix = app, prefix

    async def __call__(self, scope, receive, send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if not (path == self.prefix or path.startswith(self.prefix + "/")):
            await self.app(scope, receive, send)
            return
        static = path.startswith(self.prefix + "/static/")

        async def with_headers(message):
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                extra = [h for h in HEADERS if h[0] not in names]
                if not static and NO_STORE[0] not in names:
                    extra.append(NO_STORE)
                message = {**message, "headers": list(message.get("headers", [])) + extra}
            await send(message)

        await self.app(scope, receive, with_headers)
