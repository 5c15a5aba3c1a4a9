"""A staff member's browser-less session with the console: httpx with cookies, the login steps,
and TOTP codes computed from the secret the enrollment page shows (as a phone app would)."""

from __future__ import annotations

import base64
import re
import time

import httpx

from workbench.hub.console import totp

PASSWORD = "a long staff password 1"
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')
_SECRET = re.compile(r'id="totp-secret">([^<]+)<')


def csrf_of(html: str) -> str:
    found = _CSRF.search(html)
    assert found, "the page has no form with a CSRF token"
    return found.group(1)


def secret_of(html: str) -> bytes:
    shown = _SECRET.search(html).group(1).replace(" ", "")
    return base64.b32decode(shown + "=" * (-len(shown) % 8))


class Authenticator:
    """An authenticator app: one code per 30-second step, never the same step twice (the hub
    refuses a replayed code), using the step ahead when the current one was spent."""

    def __init__(self, secret: bytes) -> None:
        self.secret, self.last = secret, 0

    def code(self) -> str:
        while True:
            now = totp.step_at()
            step = max(now - totp.DRIFT, self.last + 1)
            if step <= now + totp.DRIFT:
                self.last = step
                return totp.hotp(self.secret, step)
            time.sleep(1)


class StaffClient:
    def __init__(self, url: str, email: str, password: str = PASSWORD) -> None:
        self.http = httpx.Client(base_url=url, timeout=30, follow_redirects=False)
        self.email, self.password = email, password
        self.app: Authenticator | None = None

    def password_step(self, password: str | None = None) -> httpx.Response:
        page = self.http.get("/admin/login")
        return self.http.post("/admin/login", data={"csrf": csrf_of(page.text), "email": self.email,
                                                    "password": self.password if password is None else password})

    def login(self) -> "StaffClient":
        r = self.password_step()
        assert r.status_code == 303 and r.headers["location"] == "/admin/second-factor", r.text[:500]
        page = self.http.get("/admin/second-factor")
        if self.app is None:
            self.app = Authenticator(secret_of(page.text))
        r = self.http.post("/admin/second-factor", data={"csrf": csrf_of(page.text), "code": self.app.code()})
        assert r.status_code == 303 and r.headers["location"] == "/admin/", r.text[:500]
        return self

    def get(self, path: str, **kw) -> httpx.Response:
        return self.http.get(path, **kw)

    def post_form(self, page_path: str, action: str, data: dict) -> httpx.Response:
        """Submit a form the way a browser does: the CSRF token from the page that shows it."""
        page = self.http.get(page_path)
        return self.http.post(action, data={"csrf": csrf_of(page.text), **data})

    def close(self) -> None:
        self.http.close()
