"""The SQLite store's files: 0600 in a 0700 folder, WAL and SHM included."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from store.base import Put
from store.sqlite import SQLiteStore


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_store_is_private(tmp_path: Path) -> None:
    path = tmp_path / "var" / "echoppe.sqlite3"
    store = SQLiteStore(path)
    try:
        store.write([Put("p", "s", {"x": 1}, expect=0)])
        files = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
        assert all(f.exists() for f in files)
        assert [mode(f) for f in files] == [0o600, 0o600, 0o600]
        assert mode(path.parent) == 0o700
    finally:
        store.close()


def test_an_existing_store_readable_by_others_is_narrowed(tmp_path: Path) -> None:
    path = tmp_path / "echoppe.sqlite3"
    SQLiteStore(path).close()
    os.chmod(path, 0o644)
    store = SQLiteStore(path)
    try:
        assert mode(path) == 0o600
    finally:
        store.close()


def test_an_existing_folder_is_left_as_the_operator_made_it(tmp_path: Path, caplog) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    os.chmod(folder, 0o755)
    store = SQLiteStore(folder / "echoppe.sqlite3")
    store.close()
    assert mode(folder) == 0o755
    assert "open to other users" in caplog.text
