"""Request plumbing shared by every console page: who is asking, may they, forms, rendering.

* ``needs(*roles)`` is the role check every page route declares (a dependency): no live session
  sends the browser to the login page; a session of the wrong role gets 403.
* ``posts(*roles)`` adds the form (urlencoded, parsed here: no multipart, bounded field count)
  and its CSRF token, compared with the session's.
* ``ConsoleRoute`` turns the refusals (``ToLogin``, ``Denied``, the hub's own ``HubError``) into
  HTML pages in the user's language, so a console user never sees the protocol's JSON errors.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from urllib.parse import parse_qsl, urlencode

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.concurrency import run_in_threadpool

from ..errors import HubError
from . import i18n, sessions
from .sessions import Session

HERE = Path(__file__).resolve().parent
PREFIX = "/admin"
MAX_FIELDS = 40
_env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                   trim_blocks=True, lstrip_blocks=True)
_env.filters["label"] = i18n.label


class ToLogin(Exception):
    """No live session: the browser goes to the login page."""


class Denied(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


@dataclass(frozen=True)
class Posted:
    session: Session
    form: dict


def db_of(request: Request):
    return request.app.state.db


def address(request: Request) -> str:
    return ((request.client.host if request.client else None) or "unknown")[:64]


def secure(request: Request) -> bool:
    """Cookies are Secure when the browser reached us over TLS (the proxy's X-Forwarded-Proto,
    trusted from 127.0.0.1 by uvicorn) or when the operator says so."""
    return request.url.scheme == "https" or request.app.state.console_secure_cookies


async def form_data(request: Request) -> dict:
    body = await request.body()
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, max_num_fields=MAX_FIELDS)
    except (UnicodeDecodeError, ValueError):
        raise Denied(400, "The form could not be read; reload the page and try again.") from None
    return {key: value for key, value in pairs if "\x00" not in value}


def current(request: Request) -> Session | None:
    return sessions.load(db_of(request), request.cookies.get(sessions.COOKIE))


def needs(*roles: str) -> Callable:
    def dependency(request: Request) -> Session:
        session = current(request)
        if session is None or session.stage != "full":
            raise ToLogin()
        request.state.console_session = session
        if session.staff.role not in roles:
            raise Denied(403, "Your role does not give access to this page.")
        return session

    return dependency


def posts(*roles: str) -> Callable:
    async def dependency(request: Request, form: dict = Depends(form_data)) -> Posted:
        session = await run_in_threadpool(needs(*roles), request)
        if not sessions.csrf_ok(session, form.get("csrf")):
            raise Denied(403, "This form has expired or did not come from the console; reload the page and "
                              "try again.")
        return Posted(session, form)

    return dependency


def render(request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
    lang = i18n.language(request)
    session = getattr(request.state, "console_session", None)
    html = _env.get_template(template).render(
        _=i18n.translator(lang), lang=lang, other_lang=i18n.other(lang), session=session,
        staff=session.staff if session else None, csrf=session.csrf if session else "",
        path=request.url.path, query=request.url.query, prefix=PREFIX, urlencode=urlencode,
        translated=lambda values: {k: i18n.translate(lang, v) if isinstance(v, str) else v for k, v in values.items()},
        **context)
    return HTMLResponse(html, status_code=status)


def redirect(url: str) -> Response:
    return RedirectResponse(url, status_code=303)


def set_session_cookie(response: Response, request: Request, token: str | None) -> Response:
    if token is None:
        response.delete_cookie(sessions.COOKIE, path=PREFIX + "/", secure=secure(request), httponly=True,
                               samesite="strict")
    else:
        response.set_cookie(sessions.COOKIE, token, path=PREFIX + "/", secure=secure(request), httponly=True,
                            samesite="strict", max_age=int(sessions.ABSOLUTE.total_seconds()))
    return response


class ConsoleRoute(APIRoute):
    """Refusals as HTML pages (and the login redirect), never the protocol's JSON."""

    def get_route_handler(self):
        inner = super().get_route_handler()

        async def handler(request: Request) -> Response:
            try:
                return await inner(request)
            except ToLogin:
                return redirect(PREFIX + "/login")
            except Denied as exc:
                return render(request, "error.html", exc.status, sentence=exc.message, values={})
            except HubError as exc:  # the shared hub code's sentence, translated before it is filled in
                status = exc.status if 400 <= exc.status < 500 else 500
                return render(request, "error.html", status, sentence=exc.template, values=exc.values)

        return handler
