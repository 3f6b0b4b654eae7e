"""Fixtures for the accounts tests: the real service on each store, e-mails in a real outbox."""

from __future__ import annotations

import re

import pytest

from accounts.mail import OutboxMailer
from accounts.passwords import PasswordHasher
from accounts.service import Accounts

CODE_KEY = b"k" * 32


@pytest.fixture
def outbox(tmp_path) -> OutboxMailer:
    return OutboxMailer(tmp_path / "outbox")


@pytest.fixture
def accounts(store, clock, outbox) -> Accounts:
    # Cheaper argon2 parameters keep the suite fast; the algorithm (argon2id) is the same.
    hasher = PasswordHasher(time_cost=1, memory_cost=1024)
    return Accounts(store, code_key=CODE_KEY, mailer=outbox, hasher=hasher, clock=clock)


def last_code(outbox: OutboxMailer, email: str) -> str:
    [message, *_] = outbox.messages(to=email)
    return re.search(r"\b(\d{6})\b", message.body)[1]


def all_items(store) -> list[str]:
    """Every item of the store as text (SQLite file or DynamoDB table), to look for secrets."""
    if hasattr(store, "path"):
        import sqlite3

        with sqlite3.connect(store.path) as db:
            return [" ".join(map(str, row)) for row in db.execute("SELECT * FROM items")]
    return [str(row.attribute_values) for row in store._model.scan()]
