"""Fixtures for conversation tests: the real skill on a real SQLite file, driven by the simulator."""

from __future__ import annotations

import pytest

from skill.app import build_skill
from skill.settings import Settings
from skill.simulator import Simulator
from store.sqlite import SQLiteStore


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
