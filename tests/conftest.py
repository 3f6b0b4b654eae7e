"""Fixtures shared by every test package: a fake clock, a store per backend, a copy of the
example content to break or extend."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from store.sqlite import SQLiteStore


class FakeClock:
    """A settable clock: ``clock()`` returns Unix seconds."""

    def __init__(self, now: float = 1_795_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def _backends() -> list[str]:
    backends = ["sqlite"]
    if os.environ.get("ECHOPPE_TEST_DYNAMODB_ENDPOINT"):
        backends.append("dynamodb")
    return backends


@pytest.fixture(params=_backends())
def store(request, tmp_path, clock):
    """A fresh, empty store on each backend: a real SQLite file, DynamoDB Local over HTTP."""
    if request.param == "sqlite":
        backend = SQLiteStore(tmp_path / "store.sqlite3", clock=clock)
    else:
        from tests.dynamodb import fresh_dynamo_store

        backend = fresh_dynamo_store(clock=clock)
    yield backend
    backend.close()


EXAMPLE_CONTENT = Path(__file__).resolve().parents[1] / "content" / "example"


@pytest.fixture
def example_copy(tmp_path) -> Path:
    """A copy of the example content folder, to break or extend in one test."""
    copy = tmp_path / "content"
    shutil.copytree(EXAMPLE_CONTENT, copy)
    return copy
