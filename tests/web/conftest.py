"""Fixtures for the web tests: the real app on each store, served by a real server thread on a
free port of localhost, and real Chromium through Playwright (Debian's ``chromium``)."""

from __future__ import annotations

import base64
import hashlib
import secrets
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from werkzeug.serving import make_server

from accounts.mail import OutboxMailer
from skill.app import build_skill
from skill.settings import ROOT, Settings
from web.app import create_app

CLIENT_ID = "alexa-skill-test"
CLIENT_SECRET = "test-client-secret-0123456789abcdef"
REDIRECT_URI = "https://pitangui.amazon.com/api/skill/link/M2AAAAAAAAAAAA"
WEB_SECRET = "test-web-secret-0123456789abcdef-0123456789"
PEPPER = "test-pepper-not-for-production-0123"
SCREENSHOTS = ROOT / "var" / "test-artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def make_settings(tmp_path: Path, **changes: object) -> Settings:
    env = {
        "ECHOPPE_DB": str(tmp_path / "echoppe.sqlite3"),
        "ECHOPPE_PIN_PEPPER": PEPPER,
        "ECHOPPE_WEB_SECRET": WEB_SECRET,
        "ECHOPPE_OAUTH_CLIENT_ID": CLIENT_ID,
        "ECHOPPE_OAUTH_CLIENT_SECRET": CLIENT_SECRET,
        "ECHOPPE_OAUTH_REDIRECT_URIS": REDIRECT_URI,
        "ECHOPPE_OUTBOX": str(tmp_path / "outbox"),
        **{k: str(v) for k, v in changes.items()},
    }
    return Settings.from_env(env)


def pkce_pair() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode()).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


@pytest.fixture
def settings(tmp_path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
def mailer(settings) -> OutboxMailer:
    return OutboxMailer(settings.outbox_dir)


@pytest.fixture
def app(settings, store, clock, mailer):
    app = create_app(settings, store=store, clock=clock, mailer=mailer, dev=True)
    app.config["TESTING"] = True
    return app


@pytest.fixture
def client(app):
    """Flask's test client."""
    return app.test_client()


@pytest.fixture
def skill(settings, store, clock):
    return build_skill(settings, store=store, clock=clock)


class Server:
    def __init__(self, app) -> None:
        self._server = make_server("localhost", 0, app, threaded=True)
        self.url = f"http://localhost:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> Server:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._thread.join(5)


@pytest.fixture
def server(app) -> Iterator[Server]:
    with Server(app) as running:
        yield running


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, driven by Playwright (its own browser download cannot work here)."""
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("the browser tests need Chromium: apt-get install -y chromium (make test does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, request):
    """A phone-sized page (the Alexa app opens these pages on a phone)."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=1, locale="en-US"
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def shot_in(browser, store, request):
    """A French-speaking phone's page and its ``take(name)`` screenshot function."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=1, locale="fr-FR"
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    backend = type(store).__name__.replace("Store", "").replace("Disposable", "").lower()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(name: str) -> Path:
        path = SCREENSHOTS / f"{request.node.originalname}-{backend}-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    yield SimpleNamespace(page=page, take=take)
    context.close()


@pytest.fixture
def shot(page, store, request):
    """``shot("signup")`` saves a full-page screenshot under var/test-artifacts/screenshots/."""
    backend = type(store).__name__.replace("Store", "").replace("Disposable", "").lower()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(name: str) -> Path:
        path = SCREENSHOTS / f"{request.node.originalname}-{backend}-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
