"""Fixtures for the skill tests: the real skill on a real SQLite file, driven by the simulator;
and the generated certificates the web-service and verification tests share."""

from __future__ import annotations

import json

import pytest

from skill.app import build_skill
from skill.interaction_model import model_path
from skill.settings import Settings
from skill.simulator import Nlu, Simulator
from skill.verification import CertificateVerifier
from store.sqlite import SQLiteStore
from tests.fixtures.certs import CERT_URL, NOW, FakeFetch, Pki
from tests.skill.wallets import SHOPPER


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(db_path=tmp_path / "echoppe.sqlite3")


@pytest.fixture
def sqlite_store(settings, clock):
    store = SQLiteStore(settings.db_path, clock=clock)
    yield store
    store.close()


@pytest.fixture
def skill(settings, sqlite_store, clock):
    return build_skill(settings, store=sqlite_store, clock=clock)


@pytest.fixture
def chat(skill):
    """``chat("fr-FR")`` → a simulator for a fresh shopper; pass ``user=`` to come back later."""

    def make(locale: str, user: str = "amzn1.ask.account.TEST", person: str | None = None):
        return Simulator(skill, locale, user_id=user, person_id=person)

    return make


@pytest.fixture
def skill_with_products(example_copy, store, clock, tmp_path):
    """``skill_with_products({passage: replacement})`` → the real skill on a copy of the example
    content whose ``products.yaml`` has each passage (found exactly once) replaced."""

    def make(edits: dict[str, str]):
        products = example_copy / "products.yaml"
        text = products.read_text(encoding="utf-8")
        for old, new in edits.items():
            assert text.count(old) == 1, old
            text = text.replace(old, new)
        products.write_text(text, encoding="utf-8")
        settings = Settings(content_dir=example_copy, db_path=tmp_path / "edited.sqlite3")
        return build_skill(settings, store=store, clock=clock)

    return make


@pytest.fixture(scope="session")
def pki() -> Pki:
    return Pki.build(NOW)


@pytest.fixture
def fetch(pki: Pki) -> FakeFetch:
    return FakeFetch({CERT_URL: pki.chain_pem(pki.valid)})


@pytest.fixture
def certificates(pki: Pki, fetch: FakeFetch, clock) -> CertificateVerifier:
    clock.now = NOW
    return CertificateVerifier(trust_roots=[pki.root.certificate], fetch=fetch, clock=clock)


@pytest.fixture
def shopper(chat):
    """A shopper (linked, with a wallet) who has opened the skill: ``shopper("fr-FR")``."""

    def make(locale: str, user: str = SHOPPER) -> Simulator:
        talk = chat(locale, user=user)
        talk.launch()
        return talk

    return make


@pytest.fixture(scope="module")
def nlu() -> dict[str, Nlu]:
    """The simulator's reading of the committed interaction models, per locale."""

    def read(locale: str) -> Nlu:
        path = model_path(Settings().models_dir, locale)
        return Nlu(json.loads(path.read_text(encoding="utf-8")), locale)

    return {locale: read(locale) for locale in ("fr-FR", "en-US")}
