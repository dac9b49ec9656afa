"""Browser tests: Playwright driving Debian's Chromium against the site served on loopback.

Where /usr/bin/chromium is missing they are skipped with one loud line, except
under CI (QATYSU_REQUIRE_BROWSER=1), where a missing browser is a failure.
"""
import os
import sys
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        message = "BROWSER TESTS SKIPPED: /usr/bin/chromium is missing; install it with `apt-get install chromium`"
        if os.environ.get("QATYSU_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        print("\n" + message, file=sys.stderr)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def context(browser):
    context = browser.new_context(service_workers="allow", viewport={"width": 360, "height": 740},
                                  locale="kk-KZ")
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


def wait_until(page, script, timeout=15.0):
    """Poll a JavaScript expression (page.wait_for_function would need eval, which our CSP forbids)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = page.evaluate(script)
        if value:
            return value
        page.wait_for_timeout(100)
    raise AssertionError(f"timed out waiting for: {script}")


def wait_for_service_worker(page):
    """Wait until the service worker controls the page (it claims clients on activate)."""
    wait_until(page, "() => !!(navigator.serviceWorker && navigator.serviceWorker.controller)")
