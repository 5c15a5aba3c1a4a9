"""The console in a real headless Chromium, against a real hub on loopback with PostgreSQL, with
real devices (encrypted vaults) syncing: the day of a pro bono coordinator, and what a reporter
may not see. Each page is saved to screenshots/console/ for review."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from workbench.core.model import Client, Matter, TimeEntry, enums as E
from workbench.core.sync import state
from workbench.core.sync.client import SyncError, enroll, sync
from workbench.core.vault.store import Vault
from workbench.hub.cli import main as hub_cli
from workbench.hub.console import totp
from workbench.hub.console.staff import add_staff
from workbench.hub.models import AuditEntry, Conflict, Device, RecordAccess, StaffAccount

from .browser import Browser, fresh_shots
from .support import PASSWORD, Authenticator

PW = "device passphrase long enough"
VOLUNTEER = "ana.ruiz@bigfirm.example"
pytestmark = pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)


@pytest.fixture(scope="module", autouse=True)
def _shots():
    fresh_shots()


@pytest.fixture
def browser(hub):
    b = Browser(hub.url)
    yield b
    b.close()


def log_in(b: Browser, email: str, app: Authenticator | None = None, shots: str | None = None) -> Authenticator:
    b.open("/admin/")
    assert b.path == "/admin/login"
    if shots:
        b.shot(f"{shots}-login")
    b.fill({"email": email, "password": PASSWORD})
    b.submit()
    assert b.path == "/admin/second-factor"
    if app is None:
        shown = b.text("#totp-secret").replace(" ", "")
        import base64

        app = Authenticator(base64.b32decode(shown + "=" * (-len(shown) % 8)))
        assert b.find("figure.qr-box svg title").get_attribute("textContent")  # the QR code is there, titled
        if shots:
            b.shot(f"{shots}-second-factor-enrollment")
    b.fill({"code": app.code()})
    b.submit()
    return app


def _vault(tmp_path, name: str) -> Vault:
    vault, _ = Vault.create(tmp_path / name, PW, store=None, calibrate=False)
    return vault


def _issue_code(b: Browser, attorney_path: str, shot: str | None = None) -> str:
    b.open(attorney_path)
    b.submit("form[action$='/code'] button")
    code = b.text("#enrollment-code")
    assert b.find("figure.qr-box svg")
    if shot:
        b.shot(shot)
    return code


def _judge(vault: Vault, matter_id: str) -> str | None:
    with vault.session() as s:
        return s.get(Matter, matter_id).judge


def test_a_coordinators_day_in_the_console(hub, browser, tmp_path, monkeypatch, capsys):
    b = browser
    # the first admin account, as docs/hub.md says: from the command line, password from the environment
    monkeypatch.setenv("WORKBENCH_HUB_STAFF_PASSWORD", PASSWORD)
    assert hub_cli(["--db", hub.db.url, "--keys", str(hub.keys_path), "add-staff", "lead@org.example",
                    "--role", "admin"]) == 0
    assert "lead@org.example" in capsys.readouterr().out

    log_in(b, "lead@org.example", shots="01")
    assert b.path == "/admin/" and "The network today" in b.text()
    b.shot("03-home")
    b.find("body").send_keys("\t")  # keyboard: the skip link takes focus, visibly
    assert b.driver.switch_to.active_element.get_attribute("class") == "skip"
    assert b.focused_outline().startswith("solid 3px")

    # a volunteer joins
    b.open("/admin/volunteers")
    b.fill({"v-email": VOLUNTEER, "v-name": "Ana Ruiz", "v-firm": "Big Firm LLP", "v-bar": "IL 6301234",
            "v-lang": "Spanish, Portuguese"})
    b.submit("form[method=post][action='/admin/volunteers'] button")
    volunteer_path = b.path
    assert volunteer_path.startswith("/admin/volunteers/") and "Big Firm LLP" in b.text()
    laptop, desktop = _vault(tmp_path, "laptop"), _vault(tmp_path, "desktop")
    try:
        enroll(laptop, hub.url, _issue_code(b, volunteer_path, "05-enrollment-code"), "Ana's laptop")
        enroll(desktop, hub.url, _issue_code(b, volunteer_path), "Ana's desktop")

        # a case comes in and is placed with her
        b.open("/admin/matters")
        b.fill({"m-kind": "defensive_asylum", "m-family": "Canaryfamily", "m-given": "Amina", "m-number": "NIJC-501",
                "m-assign": VOLUNTEER})
        b.submit("form[action='/admin/matters'] button")
        matter_id = b.path.rsplit("/", 1)[1]
        assert VOLUNTEER in b.text() and "NIJC-501" in b.text()
        b.open("/admin/matters")
        assert "NIJC-501" in b.text() and "Canaryfamily" not in b.text()  # lists name no client
        b.shot("06-matters")

        # it reaches her devices through a real sync
        for vault in (laptop, desktop):
            sync(vault)
            with vault.session() as s:
                matter = s.get(Matter, matter_id)
                assert matter.matter_number == "NIJC-501" and matter.client.family_name == "Canaryfamily"

        # the same field changed on both devices offline: a conflict for a person
        for vault, judge in ((laptop, "Hon. B. Laptop"), (desktop, "Hon. C. Desktop")):
            with vault.session() as s:
                s.get(Matter, matter_id).judge = judge
        sync(laptop)
        assert sync(desktop).conflicts == 1
        b.open(f"/admin/matters/{matter_id}")
        assert "Open conflicts" in b.text() and "judge" in b.text()
        b.shot("07-matter")
        b.open("/admin/conflicts")
        assert "judge" in b.text()
        b.shot("08-conflicts")
        b.click_link("Review")
        assert b.text("#hub-value") == "Hon. B. Laptop" and b.text("#device-value") == "Hon. C. Desktop"
        b.shot("09-conflict-side-by-side")
        b.find("#choice-device").click()
        b.submit()
        assert b.path == "/admin/conflicts" and "No open conflicts." in b.text()
        for vault in (laptop, desktop):
            sync(vault)
            assert _judge(vault, matter_id) == "Hon. C. Desktop"
        with desktop.session() as s:
            assert state.conflicts(s) == []
        with hub.db.read() as s:
            lead = s.scalar(select(StaffAccount.id).where(StaffAccount.email == "lead@org.example"))
            assert s.scalar(select(Conflict.resolved_by)) == lead

        # the client record: staff see it, and the view is logged
        b.open(f"/admin/matters/{matter_id}")
        b.click_link("Open the client record")
        assert "Canaryfamily" in b.text() and "access log" in b.text()
        b.shot("10-client-record")
        with hub.db.read() as s:
            assert [(a.staff_email, a.matter_id) for a in s.scalars(select(RecordAccess))][-1] == \
                ("lead@org.example", matter_id)

        # her closed cases and hours come in from her laptop; the impact page counts them
        with laptop.session() as s:
            for i in range(7):
                m = Matter(client=Client(family_name=f"Zed{i}", given_name="Q"), kind=E.MatterKind.DEFENSIVE_ASYLUM,
                           opened_on=date(2025, 2, 1 + i), closed_on=date(2025, 11, 3),
                           outcome=E.Outcome.GRANTED if i < 5 else E.Outcome.DENIED, outcome_on=date(2025, 11, 3))
                s.add(m)
                s.flush()
                s.add(TimeEntry(matter_id=m.id, work_date=date(2025, 6, 1), minutes=90 + i))
        sync(laptop)
        b.open("/admin/impact")
        text = b.text()
        assert "Zed" not in text and "Canaryfamily" not in text
        row = [r.text for r in b.all("table tr") if r.text.startswith("Defensive asylum 2025")][0]
        # 7 outcomes: 5 granted, 2 denied. The 2 is hidden, so is the 5 (7 - 5 gives it back) and the rate
        assert row.split()[3:] == ["7", "<5", "0", "<5", "0", "<5"]
        assert b.all("svg.chart") and b.find("svg.chart title").get_attribute("textContent")
        b.shot("11-impact")
        b.click_link("Español")
        assert "Impacto" in b.text("h1") and "Asilo defensivo" in b.text()
        b.shot("12-impact-es")
        b.click_link("English")

        # her devices, then the desktop is lost: revoke it
        b.open(volunteer_path)
        assert "Ana's laptop" in b.text() and "not recorded" not in b.text("table")  # both pushed: last seen known
        b.shot("13-volunteer-devices")
        with hub.db.read() as s:
            desktop_id = s.scalar(select(Device.id).where(Device.name == "Ana's desktop"))
        b.submit(f"form[action='/admin/devices/{desktop_id}/revoke'] button", confirm=True)
        assert "revoked" in b.text()
        with pytest.raises(SyncError):
            sync(desktop)
        b.open("/admin/volunteers")
        assert "Ana Ruiz" in b.text() and "Big Firm LLP" in b.text()
        b.shot("14-volunteers")

        b.open("/admin/audit")
        for action in ("staff.add", "volunteer.add", "enroll_code.issue", "matter.create", "matter.assign", "conflict.resolve",
                       "client.view", "device.revoke"):
            assert action in b.text(), action
        b.shot("15-audit-log")
        b.open("/admin/access-log")
        b.shot("16-access-log")
        b.open("/admin/form-maps")
        assert "Published field maps" in b.text()
        b.shot("17-form-maps")
        assert not [e for e in b.console_errors() if "Content Security Policy" in e]
        b.submit("form[action='/admin/logout'] button")
        assert b.path == "/admin/login"
    finally:
        laptop.close()
        desktop.close()


def test_a_reporter_sees_figures_and_never_a_client(hub, browser):
    add_staff(hub.db, "data@org.example", "reporter", PASSWORD)
    from workbench.hub import admin

    _, matter = admin.add_matter(hub.db, hub.org_id, kind="u_visa", family_name="Canaryname", given_name="Lia")
    b = browser
    log_in(b, "data@org.example")
    assert b.path == "/admin/impact"  # a reporter's home
    assert [a.text for a in b.all("header nav a")] == ["Impact", "Form maps"]  # no client in either
    b.shot("20-reporter-impact")
    b.open(f"/admin/matters/{matter}/client")
    assert "Your role does not give access to this page." in b.text() and "Canaryname" not in b.text()
    b.shot("21-reporter-refused")
    with hub.db.read() as s:
        assert s.scalar(select(RecordAccess.id)) is None


def test_core_flows_work_without_javascript(hub, tmp_path):
    """Log in, place a matter, take it back, revoke a device: no script runs (none is needed)."""
    add_staff(hub.db, "coord@org.example", "coordinator", PASSWORD)
    hub.attorney(VOLUNTEER)
    device = hub.device(VOLUNTEER)
    from workbench.hub import admin

    _, matter = admin.add_matter(hub.db, hub.org_id, kind="sijs", family_name="F", given_name="G")
    b = Browser(hub.url, javascript=False)
    try:
        log_in(b, "coord@org.example")
        b.open(f"/admin/matters/{matter}")
        b.fill({"a-email": VOLUNTEER})
        b.submit("form[action$='/assign'] button")
        assert VOLUNTEER in b.text("ul.people")
        b.shot("22-no-javascript-assigned")
        b.submit("form[action$='/unassign'] button")  # no confirmation without script: the form just posts
        assert "No volunteer has this matter yet." in b.text()
        b.open("/admin/volunteers")
        b.click_link(VOLUNTEER)
        b.submit(f"form[action='/admin/devices/{device.id}/revoke'] button")
        assert "revoked" in b.text()
    finally:
        b.close()
    with hub.db.read() as s:
        assert [a for a, in s.execute(select(AuditEntry.action).where(AuditEntry.action.like("matter.%")))] == \
            ["matter.assign", "matter.unassign"]
