"""Login (password, then the second factor, enrolled with a QR code the first time), logout,
the language switch, and the home page."""

from __future__ import annotations

import hmac
import secrets

from fastapi import APIRouter, Depends, Request

from . import audit, i18n, login, qr, sessions, staff, totp
from .overview import overview
from .web import (PREFIX, ConsoleRoute, Denied, Posted, address, current, db_of, form_data, needs, posts, redirect,
                  render, secure, set_session_cookie)

router = APIRouter(route_class=ConsoleRoute)
LOGIN_CSRF = "wb_login_csrf"
ALL = staff.ROLES


def _login_page(request: Request, status: int = 200, error: str | None = None, wait: int | None = None):
    token = request.cookies.get(LOGIN_CSRF) or secrets.token_urlsafe(32)
    response = render(request, "login.html", status, login_csrf=token, error=error, wait=wait)
    response.set_cookie(LOGIN_CSRF, token, path=PREFIX + "/", secure=secure(request), httponly=True,
                        samesite="strict")
    return response


@router.get("/login")
def login_form(request: Request):
    session = current(request)
    if session is not None and session.stage == "full":
        return redirect(PREFIX + "/")
    return _login_page(request)


@router.post("/login")
def login_submit(request: Request, form: dict = Depends(form_data)):
    cookie, sent = request.cookies.get(LOGIN_CSRF) or "", form.get("csrf") or ""
    if not cookie or not hmac.compare_digest(cookie.encode(), sent.encode()):
        raise Denied(403, "This form has expired or did not come from the console; reload the page and try again.")
    db, where, email = db_of(request), address(request), (form.get("email") or "")[:200]
    try:
        who = staff.check_password(db, email, form.get("password") or "")
    except staff.Locked as exc:
        audit.record(db, "login.locked", target=email[:80], address=where)
        return _login_page(request, 429, "Too many failed attempts. Wait {seconds} seconds, then try again.",
                           exc.seconds)
    if who is None:
        audit.record(db, "login.failed", target=email[:80], address=where)
        return _login_page(request, 401, "The e-mail address or the password is wrong.")
    token = sessions.start(db, who.id, "password")
    audit.record(db, "login.password", staff=who, address=where)
    return set_session_cookie(redirect(PREFIX + "/second-factor"), request, token)


def _half_open(request: Request) -> sessions.Session:
    session = current(request)
    if session is None:
        raise Denied(401, "Your login has expired; log in again.")
    if session.stage == "full":
        raise Denied(409, "You are already logged in.")
    return session


def _second_factor_page(request: Request, session: sessions.Session, status: int = 200, **context):
    request.state.console_session = None
    enrolling = not session.staff.enrolled
    extra = {}
    if enrolling:
        secret = login.pending_secret(db_of(request), request.app.state.keys.storage_key, session.token_hash,
                                      session.staff.id)
        uri = totp.provisioning_uri(secret, session.staff.email, request.app.state.org_name)
        extra = {"qr": qr.svg(uri, i18n.translate(i18n.language(request), "QR code for your authenticator app")),
                 "secret": " ".join(totp.b32(secret)[i:i + 4] for i in range(0, 32, 4))}
    return render(request, "second_factor.html", status, enrolling=enrolling, form_csrf=session.csrf, **extra,
                  **context)


@router.get("/second-factor")
def second_factor_form(request: Request):
    return _second_factor_page(request, _half_open(request))


@router.post("/second-factor")
def second_factor_submit(request: Request, form: dict = Depends(form_data)):
    session = _half_open(request)
    if not sessions.csrf_ok(session, form.get("csrf")):
        raise Denied(403, "This form has expired or did not come from the console; reload the page and try again.")
    db, where = db_of(request), address(request)
    try:
        ok = login.second_factor(db, request.app.state.keys.storage_key, session.token_hash, session.staff.id,
                                 form.get("code") or "")
    except staff.Locked as exc:
        return _second_factor_page(request, session, 429,
                                   error="Too many failed attempts. Wait {seconds} seconds, then try again.",
                                   wait=exc.seconds)
    if not ok:
        audit.record(db, "login.code_failed", staff=session.staff, address=where)
        return _second_factor_page(request, session, 401, error="That code is not right. Type the 6 digits your "
                                                                "app shows now.")
    token = sessions.start(db, session.staff.id, "full", replaces=session.token_hash)
    audit.record(db, "login" if session.staff.enrolled else "login.enrolled_second_factor", staff=session.staff,
                 address=where)
    return set_session_cookie(redirect(PREFIX + "/"), request, token)


@router.post("/logout")
def logout(request: Request, posted: Posted = Depends(posts(*ALL))):
    sessions.end(db_of(request), posted.session.token_hash)
    audit.record(db_of(request), "logout", staff=posted.session.staff, address=address(request))
    return set_session_cookie(redirect(PREFIX + "/login"), request, None)


@router.get("/language/{code}")
def switch_language(code: str, request: Request, next: str = ""):
    target = next if next.startswith(PREFIX + "/") and "//" not in next and "\\" not in next else PREFIX + "/"
    response = redirect(target)
    if code in i18n.LANGUAGES:
        response.set_cookie(i18n.COOKIE, code, path=PREFIX + "/", secure=secure(request), httponly=True,
                            samesite="strict", max_age=365 * 86400)
    return response


@router.get("/")
def home(request: Request, session: sessions.Session = Depends(needs(*ALL))):
    if session.staff.role == "reporter":
        return redirect(PREFIX + "/impact")
    return render(request, "home.html", figures=overview(db_of(request)))
