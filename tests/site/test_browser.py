"""A journalist's path through the site in Debian's Chromium, driven by Playwright: numbers on
screen equal the API's, at desktop and phone width, by keyboard, with no console errors.

Skips when /usr/bin/chromium is missing; fails instead when REQUIRE_SERVICES=1 (CI)."""

import os
import re
from pathlib import Path

import pytest

from tests.conftest import REQUIRE_SERVICES
from tests.site import builders

# Playwright's sync API runs an event loop in this thread; Django's ORM must still be usable.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _unavailable(reason: str):
    if REQUIRE_SERVICES:
        pytest.fail(f"{reason} but REQUIRE_SERVICES=1")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def chromium():
    if not CHROMIUM.exists():
        _unavailable(f"needs Chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("needs the playwright package")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Tab:
    """A page that records console errors and uncaught exceptions."""

    def __init__(self, browser, viewport):
        self.context = browser.new_context(viewport=viewport)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))

    def no_horizontal_scroll(self) -> bool:
        return self.page.evaluate(
            "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
        )


@pytest.fixture
def tab_factory(chromium):
    tabs = []

    def make(viewport):
        tabs.append(Tab(chromium, viewport))
        return tabs[-1]

    yield make
    for tab in tabs:
        tab.context.close()


def _number(text: str) -> int:
    return int(re.sub(r"[^\d]", "", text))


def _screenshot(tab, name):
    folder = os.environ.get("SCREENSHOT_DIR")
    if folder:
        tab.page.screenshot(path=str(Path(folder) / name), full_page=True)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop-1280", "phone-375"])
def test_a_journalist_goes_from_home_to_a_source_and_the_numbers_match_the_api(
    live_server, tab_factory, viewport
):
    exchange = builders.sourced_exchange(3)
    tab = tab_factory(viewport)
    page = tab.page
    page.goto(live_server.url + "/")
    assert tab.no_horizontal_scroll()

    page.get_by_role("link", name=exchange.title).first.click()
    page.wait_for_url(re.compile(rf"/exchanges/{exchange.slug}/$"))
    assert tab.no_horizontal_scroll()
    _screenshot(tab, f"exchange-{viewport['width']}.png")

    api = page.request.get(f"{live_server.url}/api/v1/exchanges/{exchange.slug}/totals/")
    assert api.ok, api.status
    totals = api.json()
    for side in totals["sides"]:
        row = page.locator(f'.progress-table tr[data-side="{side["party_slug"]}"]')
        assert _number(row.locator(".figure").inner_text()) == side["released"]
        if side["target"] is not None:
            assert _number(row.locator("td").nth(1).inner_text()) == side["target"]
    meta = page.locator(".page-header .meta").nth(1).inner_text()
    assert f"{totals['tranches']} tranches" in meta and f"{totals['sources']} sources" in meta

    page.locator(".tranche-table").get_by_role("link", name="23 May 2025").click()
    page.wait_for_url(re.compile(r"/tranches/\d+/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Tranche of 23 May 2025"
    assert tab.no_horizontal_scroll()

    quote = "Russia released 390 prisoners on 23 May."
    page.locator(".quotes li", has_text=quote).get_by_role("link").click()
    page.wait_for_url(re.compile(r"/sources/\d+/#claim-\d+$"))
    mark = page.locator("mark:target")
    assert mark.inner_text() == quote
    assert mark.is_visible()
    assert tab.no_horizontal_scroll()
    assert tab.errors == []


def test_the_keyboard_reaches_the_skip_link_and_main_navigation(live_server, tab_factory):
    builders.sourced_exchange(1)
    tab = tab_factory(DESKTOP)
    page = tab.page
    page.goto(live_server.url + "/")

    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to content"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.url.endswith("#main")
    assert page.evaluate("document.activeElement.id") == "main"

    page.goto(live_server.url + "/")
    names = []
    for _ in range(6):
        page.keyboard.press("Tab")
        names.append(page.evaluate("document.activeElement.textContent.trim()"))
        if names[-1] == "Timeline":
            break
    assert names[:4] == ["Skip to content", "⇄ Exchange Tracker", "Exchanges", "Timeline"]
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/tranches/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Timeline"
    assert tab.errors == []


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop-1280", "phone-375"])
def test_every_page_loads_without_console_errors_or_sideways_scroll(
    live_server, tab_factory, viewport
):
    exchange = builders.sourced_exchange(3)
    tranche = exchange.tranches.order_by("date").first()
    source = tranche.releases.first().claims.first().source
    tab = tab_factory(viewport)
    for path in (
        "/",
        exchange.get_absolute_url(),
        tranche.get_absolute_url(),
        source.get_absolute_url(),
        "/parties/ukraine/",
        "/tranches/",
        "/search/?q=released",
        "/methodology/",
        f"/embed/exchanges/{exchange.slug}/",
    ):
        tab.page.goto(live_server.url + path)
        assert tab.no_horizontal_scroll(), path
    assert tab.errors == []


def test_the_timeline_filters_work_without_javascript(live_server, tab_factory):
    exchange = builders.sourced_exchange(3)
    tab = tab_factory(DESKTOP)
    page = tab.page
    page.context.set_extra_http_headers({})
    page.goto(live_server.url + "/tranches/")
    page.get_by_label("Exchange").select_option(exchange.slug)
    page.get_by_label("Year").select_option("2025")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"/tranches/\?exchange="))
    assert page.locator(".timeline__item").count() == 3
    assert tab.errors == []


def test_a_bad_filter_shows_a_clear_message(live_server, tab_factory):
    builders.sourced_exchange(1)
    tab = tab_factory(PHONE)
    response = tab.page.goto(live_server.url + "/tranches/?year=nonsense&party=%3Cscript%3E")
    assert response.status == 400
    alert = tab.page.get_by_role("alert")
    assert "These filters could not be applied" in alert.inner_text()
    assert "“<script>” is not one of the choices" in alert.inner_text()
    assert tab.no_horizontal_scroll()
    # The browser logs the 400 status itself; nothing else may fail.
    assert [e for e in tab.errors if "status of 400" not in e] == []
