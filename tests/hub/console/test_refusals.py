"""What the console refuses, over plain HTTP against the real hub: no session, the wrong role,
a form without its CSRF token, a reporter asking for a client record, repeated wrong logins."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import func, select

from workbench.hub import admin
from workbench.hub.models import Attorney, AuditEntry, RecordAccess, StaffAccount

from .support import PASSWORD, StaffClient, csrf_of


def _count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_no_session_sends_every_page_to_the_login_and_changes_nothing(hub, staff):
    _, matter = admin.add_matter(hub.db, hub.org_id, kind="sijs", family_name="Canary", given_name="Nora")
    anonymous = httpx.Client(base_url=hub.url, follow_redirects=False)
    for path in ("/admin/", "/admin/volunteers", f"/admin/matters/{matter}", f"/admin/matters/{matter}/client",
                 "/admin/conflicts", "/admin/impact", "/admin/impact.csv", "/admin/audit"):
        r = anonymous.get(path)
        assert r.status_code == 303 and r.headers["location"] == "/admin/login", path
        assert "Canary" not in r.text
    r = anonymous.post("/admin/volunteers", data={"email": "x@firm.example", "csrf": "guess"})
    assert r.status_code == 303 and r.headers["location"] == "/admin/login"
    assert _count(hub.db, Attorney) == 0
    # a session cookie that was never issued is no session
    anonymous.cookies.set("wb_console", "made-up-token", path="/admin/")
    assert anonymous.get("/admin/volunteers").status_code == 303
    anonymous.close()


def test_a_half_open_login_is_not_a_session(hub, staff):
    c = staff("coordinator", login=False)
    assert c.password_step().status_code == 303
    r = c.get("/admin/volunteers")  # password right, second factor not given
    assert r.status_code == 303 and r.headers["location"] == "/admin/login"


@pytest.mark.parametrize("role,path,status", [
    ("reporter", "/admin/volunteers", 403), ("reporter", "/admin/matters", 403), ("reporter", "/admin/conflicts", 403),
    ("reporter", "/admin/audit", 403), ("coordinator", "/admin/audit", 403), ("coordinator", "/admin/access-log", 403),
    ("reporter", "/admin/impact", 200), ("coordinator", "/admin/volunteers", 200), ("admin", "/admin/audit", 200)])
def test_each_page_checks_the_role(hub, staff, role, path, status):
    assert staff(role).get(path).status_code == status


def test_a_reporter_never_sees_a_client_record(hub, staff):
    _, matter = admin.add_matter(hub.db, hub.org_id, kind="u_visa", family_name="Canaryname", given_name="Lia")
    reporter = staff("reporter")
    for path in (f"/admin/matters/{matter}/client", f"/admin/matters/{matter}"):
        r = reporter.get(path)
        assert r.status_code == 403 and "Canaryname" not in r.text
    assert _count(hub.db, RecordAccess) == 0
    coordinator = staff("coordinator")
    r = coordinator.get(f"/admin/matters/{matter}/client")
    assert r.status_code == 200 and "Canaryname" in r.text
    with hub.db.read() as s:
        access = s.scalar(select(RecordAccess))
    assert (access.staff_email, access.matter_id) == ("coordinator@org.example", matter)
    impact = reporter.get("/admin/impact")
    assert impact.status_code == 200 and "Canaryname" not in impact.text and "Lia" not in impact.text


def test_a_form_without_its_csrf_token_is_refused(hub, staff):
    c = staff("coordinator")
    for token in (None, "", "forged", csrf_of(staff("admin").get("/admin/volunteers").text)):  # another session's
        data = {"email": "new@firm.example", "name": "New"}
        if token is not None:
            data["csrf"] = token
        r = c.http.post("/admin/volunteers", data=data)
        assert r.status_code == 403, token
    assert _count(hub.db, Attorney) == 0
    r = c.post_form("/admin/volunteers", "/admin/volunteers", {"email": "new@firm.example", "name": "New"})
    assert r.status_code == 303 and _count(hub.db, Attorney) == 1
    # logging out needs the token too
    assert c.http.post("/admin/logout").status_code == 403
    assert c.get("/admin/volunteers").status_code == 200


def test_login_needs_its_own_csrf_token(hub, staff):
    c = StaffClient(hub.url, "admin@org.example")
    c.http.get("/admin/login")
    r = c.http.post("/admin/login", data={"email": "admin@org.example", "password": PASSWORD, "csrf": "x"})
    assert r.status_code == 403 and "wb_console" not in r.headers.get("set-cookie", "")
    c.close()


def test_failed_logins_make_the_account_wait_longer_each_time(hub, staff):
    c = staff("coordinator", login=False)
    assert [c.password_step("wrong password!").status_code for _ in range(3)] == [401, 401, 401]
    r = c.password_step()  # the right password, but the account waits now
    assert r.status_code == 429 and "Wait 15 seconds" in r.text
    with hub.db.read() as s:
        account = s.scalar(select(StaffAccount).where(StaffAccount.email == "coordinator@org.example"))
        first = account.locked_until
    with hub.db.session() as s:  # let the wait pass (no sleeping in tests), then fail once more
        s.get(StaffAccount, account.id).locked_until = None
    assert c.password_step("still wrong!!").status_code == 401
    with hub.db.read() as s:
        again = s.get(StaffAccount, account.id)
        assert again.failed_logins == 4 and again.locked_until is not None and again.locked_until > first
    assert "Wait 30 seconds" in c.password_step().text or "Wait 29 seconds" in c.password_step().text
    # an unknown address is answered like a wrong password, and never locks anything
    stranger = StaffClient(hub.url, "nobody@org.example")
    assert {stranger.password_step().status_code for _ in range(4)} == {401}
    stranger.close()
    with hub.db.read() as s:
        actions = [a for a, in s.execute(select(AuditEntry.action))]
    assert actions.count("login.failed") >= 8 and "login.locked" in actions


def test_a_wrong_second_factor_counts_as_a_failure_and_a_code_is_never_accepted_twice(hub, staff):
    c = staff("admin")  # enrolled; the authenticator remembers the step it used
    used = c.app.last
    c.http.post("/admin/logout", data={"csrf": csrf_of(c.get("/admin/").text)})
    assert c.password_step().status_code == 303
    page = c.get("/admin/second-factor")
    from workbench.hub.console import totp
    r = c.http.post("/admin/second-factor", data={"csrf": csrf_of(page.text), "code": totp.hotp(c.app.secret, used)})
    assert r.status_code == 401  # the code of a step already spent
    with hub.db.read() as s:
        assert s.scalar(select(StaffAccount.failed_logins).where(StaffAccount.email == "admin@org.example")) == 1


def test_headers_and_cookies(hub, staff):
    c = staff("coordinator")
    r = c.get("/admin/volunteers")
    csp = r.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["referrer-policy"] == "no-referrer" and r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["cache-control"] == "no-store"
    assert "<script>" not in r.text and " style=" not in r.text and "http://" not in r.text.replace(
        'xmlns="http://www.w3.org/2000/svg"', "")
    # behind the TLS proxy (X-Forwarded-Proto from 127.0.0.1) the session cookie is Secure
    tls = StaffClient(hub.url, "admin@org.example")
    tls.http.headers["X-Forwarded-Proto"] = "https"
    page = tls.http.get("/admin/login")
    assert "secure" in page.headers["set-cookie"].lower()
    token = csrf_of(page.text)  # httpx keeps a Secure cookie for https only: send it by hand, like the proxy
    r = tls.http.post("/admin/login", data={"csrf": token, "email": "admin@org.example", "password": PASSWORD},
                      headers={"Cookie": f"wb_login_csrf={token}"})
    cookie = r.headers["set-cookie"].lower()
    assert "secure" in cookie and "httponly" in cookie and "samesite=strict" in cookie and "path=/admin/" in cookie
    plain = StaffClient(hub.url, "admin@org.example").password_step()
    assert "secure" not in plain.headers["set-cookie"].lower()
    tls.close()


def test_console_routes_are_not_in_the_protocol_document(hub):
    spec = httpx.get(hub.url + "/v1/openapi.json").json()
    assert not [p for p in spec["paths"] if p.startswith("/admin")]
