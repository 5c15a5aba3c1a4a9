"""A real headless Chromium driven by Selenium: the Debian ``chromium`` and ``chromium-driver``
packages (.ci/debian-packages.txt), never a downloaded browser. Screenshots of whole pages go to
screenshots/console/ for a person to look at."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

SHOTS = Path(__file__).resolve().parents[3] / "screenshots" / "console"
CHROMIUM = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
DRIVER = "/usr/bin/chromedriver"


def _binary() -> str | None:
    return next((p for p in CHROMIUM if Path(p).exists()), None)


def require_chromium() -> None:
    if _binary() is None or not Path(DRIVER).exists():
        message = "Chromium and its driver are not installed (Debian: chromium chromium-driver; bash .ci/system-deps)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)


class Browser:
    def __init__(self, base_url: str, *, javascript: bool = True, language: str = "en-US") -> None:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        require_chromium()
        options = webdriver.ChromeOptions()
        options.binary_location = _binary()
        for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--window-size=1280,900", f"--lang={language}", "--no-first-run", "--disable-extensions",
                    "--disable-background-networking", "--disable-sync", "--password-store=basic"):
            options.add_argument(arg)
        prefs = {"intl.accept_languages": language, "credentials_enable_service": False}
        if not javascript:
            prefs["profile.managed_default_content_settings.javascript"] = 2
        options.add_experimental_option("prefs", prefs)
        self.driver = webdriver.Chrome(options=options, service=Service(DRIVER))
        self.driver.set_page_load_timeout(30)
        self.base = base_url

    # -- navigation and forms
    def open(self, path: str) -> None:
        self.driver.get(self.base + path)

    @property
    def path(self) -> str:
        return self.driver.current_url[len(self.base):]

    def find(self, css: str):
        from selenium.webdriver.common.by import By

        return self.driver.find_element(By.CSS_SELECTOR, css)

    def all(self, css: str) -> list:
        from selenium.webdriver.common.by import By

        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def fill(self, fields: dict[str, str]) -> None:
        for element_id, value in fields.items():
            box = self.find(f"#{element_id}")
            if box.tag_name == "select":
                from selenium.webdriver.support.ui import Select

                Select(box).select_by_value(value)
            else:
                box.clear()
                box.send_keys(value)

    def submit(self, css: str = "main form button[type=submit]", *, confirm: bool = False) -> None:
        old = self.find("html")
        self.find(css).click()
        if confirm:
            from selenium.webdriver.support import expected_conditions as EC
            from selenium.webdriver.support.ui import WebDriverWait

            WebDriverWait(self.driver, 10).until(EC.alert_is_present()).accept()
        self.wait_loaded(old)

    def click_link(self, text: str) -> None:
        from selenium.webdriver.common.by import By

        old = self.find("html")
        self.driver.find_element(By.PARTIAL_LINK_TEXT, text).click()
        self.wait_loaded(old)

    def wait_loaded(self, old=None) -> None:
        """Until the next page has replaced ``old`` (the page the click was on) and finished loading."""
        from selenium.webdriver.support.ui import WebDriverWait

        wait = WebDriverWait(self.driver, 20)
        if old is not None:
            wait.until(lambda _d: _gone(old))
        wait.until(lambda d: d.execute_script("return document.readyState") == "complete")

    def text(self, css: str = "main") -> str:
        return self.find(css).text

    def focused_outline(self) -> str:
        """The focused element's outline: keyboard focus must be visible."""
        return self.driver.execute_script(
            "var s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth;")

    def console_errors(self) -> list[str]:
        """Messages the page logged (a CSP refusal shows up here)."""
        return [e["message"] for e in self.driver.get_log("browser") if e.get("level") in ("SEVERE", "ERROR")]

    def unlabelled(self) -> list[str]:
        """Form controls a screen reader could not name (no <label for>, no aria-label)."""
        return self.driver.execute_script("""
            return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea, button'))
              .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')
                           && !(e.tagName === 'BUTTON' && e.textContent.trim()))
              .map(e => e.outerHTML.slice(0, 80));""")

    def shot(self, name: str) -> Path:
        """Save the whole page (after checking every control on it has a name)."""
        assert self.unlabelled() == [], (name, self.unlabelled())
        SHOTS.mkdir(parents=True, exist_ok=True)
        height = self.driver.execute_script("return Math.max(document.body.scrollHeight, 600)")
        self.driver.set_window_size(1280, min(height + 140, 4000))
        target = SHOTS / f"{name}.png"
        self.driver.save_screenshot(str(target))
        self.driver.set_window_size(1280, 900)
        return target

    def close(self) -> None:
        self.driver.quit()


def _gone(element) -> bool:
    """The page holding ``element`` was replaced (Chromium says so in more than one way)."""
    from selenium.common.exceptions import WebDriverException

    try:
        element.is_enabled()
        return False
    except WebDriverException:
        return True


def fresh_shots() -> None:
    """Start each run with an empty folder, so no screenshot of an older run passes for a new one."""
    shutil.rmtree(SHOTS, ignore_errors=True)
    SHOTS.mkdir(parents=True, exist_ok=True)
