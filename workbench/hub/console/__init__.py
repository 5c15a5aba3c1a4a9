"""The staff web console, served by ``workbench-hub serve`` at ``/admin/`` (issue 13).

Server-rendered pages (Jinja2 templates in ``templates/``, CSS and a small optional script in
``static/``, nothing from elsewhere), for the people who run the volunteer network: staff
accounts with roles, password + TOTP login, volunteers and their devices, matters and placement,
conflicts, impact figures, and the audit and access logs. Every core flow works without
JavaScript. Operations go through the same hub functions as the ``workbench-hub`` commands.

Modules: ``staff`` (accounts, roles, lockout), ``passwords`` (Argon2id), ``totp`` (RFC 6238),
``sealing`` (TOTP secrets at rest), ``sessions``, ``login``, ``audit``, ``security`` (headers),
``web`` (request plumbing), ``i18n``/``catalog_es``, the data behind the pages (``roster``,
``volunteers``, ``placement``, ``impact``, ``overview``, ``charts``, ``qr``) and the pages
(``pages_*``).
"""

from __future__ import annotations

import os

from fastapi import APIRouter, FastAPI, Request
from fastapi.staticfiles import StaticFiles
from sqlalchemy import select

from ..models import Organization
from . import pages_auth, pages_conflicts, pages_matters, pages_reports, pages_volunteers
from .security import ConsoleHeaders
from .web import HERE, PREFIX, ConsoleRoute, Denied

SECURE_COOKIES_ENV = "WORKBENCH_HUB_SECURE_COOKIES"

_fallback = APIRouter(route_class=ConsoleRoute)


@_fallback.api_route("/{rest:path}", methods=["GET", "POST"])
def not_found(rest: str, request: Request):
    raise Denied(404, "There is no such page in the console.")


def mount_console(app: FastAPI) -> None:
    """Add the console's routes, static files and headers to the hub's app."""
    with app.state.db.read() as s:
        app.state.org_name = s.scalar(select(Organization.name).where(Organization.id == app.state.org_id))
    app.state.console_secure_cookies = os.environ.get(SECURE_COOKIES_ENV, "").lower() in ("1", "true", "yes")
    app.mount(PREFIX + "/static", StaticFiles(directory=HERE / "static"), name="console-static")
    for module in (pages_auth, pages_volunteers, pages_matters, pages_conflicts, pages_reports):
        app.include_router(module.router, prefix=PREFIX, include_in_schema=False)
    app.include_router(_fallback, prefix=PREFIX, include_in_schema=False)
    app.add_middleware(ConsoleHeaders, prefix=PREFIX)
