"""Shared fixtures of the browser tests: the built example site, a server for it on loopback,
and a page of Debian's Chromium (no browser is downloaded).

The site is the one `scripts/test.sh` builds into public/; set BANTIN_SITE to test another
built folder. Each test gets a fresh page; `site_url` gives the address of a built file
either from the disk (file://) or over HTTP, for tests parametrized over both.
"""
import functools
import http.server
import os
import pathlib
import threading

import pytest
from playwright.sync_api import sync_playwright

ROOT = pathlib.Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("BANTIN_CHROMIUM", "/usr/bin/chromium")


@pytest.fixture(scope="session")
def site_dir():
    """The built example site."""
    folder = pathlib.Path(os.environ.get("BANTIN_SITE", ROOT / "public")).resolve()
    if not (folder / "index.html").is_file():
        pytest.fail(f"no built site in {folder}: run scripts/build-example.sh first")
    return folder


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def http_root(site_dir):
    """The site served by Python's http.server on a free loopback port; its base URL."""
    handler = functools.partial(QuietHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(params=["file", "http"])
def site_url(request, site_dir):
    """A function from a path in the site to its address, from the disk and over HTTP."""
    if request.param == "file":
        base = site_dir.as_uri() + "/"
    else:
        base = request.getfixturevalue("http_root")
    return lambda path="index.html": base + path


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh page (390 x 844, a phone) that fails the test on any script error."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert errors == [], f"script errors: {errors}"
