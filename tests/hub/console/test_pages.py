"""The pages' own behaviour over HTTP: deactivating a volunteer, session expiry, the roster's search
and pages, enrollment codes that a real device spends."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import select, update

from tests.hub.support import Device
from workbench.hub import admin
from workbench.hub.models import Assignment, Attorney, Device as DeviceRow, StaffSession

from .support import csrf_of

VOL = "vol@firm.example"


def _attorney_id(hub, email=VOL) -> str:
    with hub.db.read() as s:
        return s.scalar(select(Attorney.id).where(Attorney.email == email))


def test_an_enrollment_code_from_the_console_enrolls_a_device_once(hub, staff):
    c = staff("coordinator")
    c.post_form("/admin/volunteers", "/admin/volunteers", {"email": VOL, "name": "Vol"})
    page = f"/admin/volunteers/{_attorney_id(hub)}"
    r = c.post_form(page, page + "/code", {})
    assert r.status_code == 200 and "<svg" in r.text
    code = r.text.split('id="enrollment-code">', 1)[1].split("<", 1)[0]
    device = Device(hub.url)
    assert device.enroll(code).status_code == 200
    assert Device(hub.url).enroll(code).status_code == 403  # one use
    assert device.id in c.get(page).text  # the device page lists it with its fingerprint
    device.close()


def test_deactivating_revokes_devices_ends_codes_and_refuses_placement(hub, staff):
    hub.attorney(VOL)
    device = hub.device(VOL)
    spare = hub.code(VOL)  # issued before, not yet used
    _, matter = admin.add_matter(hub.db, hub.org_id, kind="bond", family_name="F", given_name="G")
    c = staff("coordinator")
    page = f"/admin/volunteers/{_attorney_id(hub)}"
    assert c.post_form(page, page + "/deactivate", {}).status_code == 303
    assert "deactivated" in c.get(page).text
    assert device.pull().status_code in (401, 403)
    assert Device(hub.url).enroll(spare).status_code == 403
    assert c.post_form(page, page + "/code", {}).status_code == 409
    r = c.post_form(f"/admin/matters/{matter}", f"/admin/matters/{matter}/assign", {"email": VOL})
    assert r.status_code == 409
    with hub.db.read() as s:
        assert s.scalar(select(Assignment.matter_id)) is None
        assert s.scalar(select(DeviceRow.revoked_at)) is not None


def test_an_idle_or_old_session_ends(hub, staff):
    c = staff("coordinator")
    assert c.get("/admin/volunteers").status_code == 200
    with hub.db.session() as s:
        s.execute(update(StaffSession).values(idle_until=datetime.now(timezone.utc) - timedelta(seconds=1)))
    r = c.get("/admin/volunteers")
    assert r.status_code == 303 and r.headers["location"] == "/admin/login"
    with hub.db.read() as s:
        assert s.scalar(select(StaffSession.token_hash).where(StaffSession.stage == "full")) is None
    c.login()
    with hub.db.session() as s:
        s.execute(update(StaffSession).values(expires_at=datetime.now(timezone.utc) - timedelta(seconds=1)))
    assert c.get("/admin/volunteers").status_code == 303


def test_logout_ends_the_session_on_the_server(hub, staff):
    c = staff("admin")
    token = c.http.cookies.get("wb_console")
    r = c.http.post("/admin/logout", data={"csrf": csrf_of(c.get("/admin/").text)})
    assert r.status_code == 303
    c.http.cookies.set("wb_console", token, path="/admin/")  # a copied cookie is worth nothing now
    assert c.get("/admin/").status_code == 303


def test_the_roster_searches_and_pages(hub, staff):
    for i in range(55):
        admin.add_attorney(hub.db, hub.org_id, f"v{i:02d}@firm{i % 2}.example", f"Volunteer {i:02d}")
    c = staff("coordinator")
    first, second = c.get("/admin/volunteers").text, c.get("/admin/volunteers", params={"page": "1"}).text
    assert "Volunteers: 55" in first and "v00@" in first and "v49@" in first and "v50@" not in first
    assert "v54@" in second and "v00@" not in second and "Page 2 of 2" in second
    found = c.get("/admin/volunteers", params={"q": "firm1"}).text
    assert "Volunteers: 27" in found and "v01@" in found and "v00@" not in found
    assert c.get("/admin/volunteers", params={"page": "-3"}).status_code == 200
    assert c.get("/admin/volunteers/not-an-id").status_code == 404


def test_the_form_maps_page_lists_what_was_published_for_every_role(hub, staff, tmp_path, capsys):
    """Staff see which field maps the devices will install (no client data: every role may look);
    publishing stays the staff command on the server, which holds the organization's key."""
    import json

    from tests.core.forms.test_published_maps import I765_SHA, shipped_i765, upper_family_name
    from tests.hub.test_forms_publish import publish

    reporter = staff("reporter")
    page = reporter.get("/admin/form-maps")
    assert page.status_code == 200 and "No field map has been published" in page.text
    map_file = tmp_path / "i765.json"
    map_file.write_text(json.dumps(upper_family_name(shipped_i765())))
    assert publish(hub, capsys, map_file, "--edition-sha256", I765_SHA, "--source", "USCIS change of 12/01")[0] == 0
    text = reporter.get("/admin/form-maps").text
    row = text.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    cells = [c.split("</td>", 1)[0] for c in row.split("<td>")[1:]]
    assert cells[:3] == ["I-765", "08/21/25", "2"] and "USCIS change of 12/01" in cells[4]
    assert I765_SHA[:16] in cells[3] and "MAP.json" not in row
    spanish = reporter.get("/admin/form-maps", headers={"Accept-Language": "es"}).text
    assert "Mapas de campos publicados" in spanish
