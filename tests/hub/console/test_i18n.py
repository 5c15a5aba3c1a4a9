"""Every string the console shows has its Spanish, and the language follows the browser or the switch."""

from __future__ import annotations

import re
from pathlib import Path

import httpx

from workbench.core.model.enums import MatterKind, MatterStage, Outcome
from workbench.hub.console import i18n
from workbench.hub.console.catalog_es import SPANISH
from workbench.hub.console.staff import ROLES
from workbench.hub.scope import ENTITIES

CONSOLE = Path(i18n.__file__).parent
CALLS = re.compile(r"""_\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')""")
LITERALS = r'((?:\s*"(?:[^"\\]|\\.)*")+)'  # adjacent string literals, across lines
MESSAGES = re.compile(r"(?:Denied\(\d+,|HubError\(\d+,|not_found\(|translate\([^,()]+,|_login_page\(request, \d+,|^\s+error=|, \d+, error=)"
                      + LITERALS, re.MULTILINE)
# Shared hub code whose refusals a console page shows (translated before the values are filled in).
SHARED = [CONSOLE.parent / "conflicts.py", CONSOLE.parent / "admin.py"]


def _shown_strings() -> set[str]:
    found = set()
    for path in list(CONSOLE.glob("templates/*.html")) + list(CONSOLE.glob("*.py")) + SHARED:
        text = path.read_text(encoding="utf-8")
        found |= {a or b for a, b in CALLS.findall(text)}
        if path.suffix == ".py" and path.name != "catalog_es.py":
            for match in MESSAGES.finditer(text):
                found.add("".join(re.findall(r'"((?:[^"\\]|\\.)*)"', match.group(1))))
    return found


def test_every_string_of_the_pages_has_its_spanish():
    strings = _shown_strings()
    assert len(strings) > 150  # the scan does find the pages' strings
    assert "The e-mail address or the password is wrong." in strings
    missing = sorted(s for s in strings if s not in SPANISH)
    assert missing == []


def test_every_stored_name_the_pages_show_has_its_spanish():
    names = [*ROLES, *ENTITIES, *(k.value for k in MatterKind), *(s.value for s in MatterStage),
             *(o.value for o in Outcome), "unknown"]
    assert sorted(n for n in names if i18n.label(n) not in SPANISH) == []


def test_placeholders_survive_translation():
    for english, spanish in SPANISH.items():
        assert set(re.findall(r"\{(\w+)\}", english)) == set(re.findall(r"\{(\w+)\}", spanish)), english


def test_the_language_follows_the_browser_and_the_switch(hub):
    with httpx.Client(base_url=hub.url) as c:
        assert "Iniciar sesión" in c.get("/admin/login", headers={"Accept-Language": "es-MX,es;q=0.9"}).text
        assert "Log in" in c.get("/admin/login", headers={"Accept-Language": "fr, en;q=0.5"}).text
        r = c.get("/admin/language/es", params={"next": "/admin/login"}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/admin/login"
        page = c.get("/admin/login", headers={"Accept-Language": "en"})
        assert '<html lang="es">' in page.text and "Contraseña" in page.text
        # the switch never sends the browser elsewhere
        for target in ("https://evil.example/", "//evil.example/admin/", "/v1/health"):
            r = c.get("/admin/language/en", params={"next": target}, follow_redirects=False)
            assert r.headers["location"] == "/admin/"
