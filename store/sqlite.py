"""The embedded store: one SQLite file, one table, conditional writes in transactions."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from store.base import Check, ConditionFailed, Delete, Item, Op, Put, StoreUnavailable, check_ops
from store.private import narrow, private_dir, private_file

_SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    pk TEXT NOT NULL,
    sk TEXT NOT NULL,
    data TEXT NOT NULL,
    version INTEGER NOT NULL,
    expires_at INTEGER,
    PRIMARY KEY (pk, sk)
) WITHOUT ROWID
"""


class SQLiteStore:
    """``store.base.Store`` on a SQLite file; safe across threads and processes.

    Each thread has its own connection; writes run in ``BEGIN IMMEDIATE`` transactions so the
    version checks and the writes of one ``write`` call are atomic against every other writer.
    """

    def __init__(
        self, path: str | Path, *, clock: Callable[[], float] = time.time, timeout: float = 5.0
    ) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            _create_private(Path(self.path))
        self._clock = clock
        self._timeout = timeout
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        with self._lock:
            conn = self._connect()
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self.path, timeout=self._timeout, isolation_level=None, check_same_thread=False
        )
        conn.execute("PRAGMA synchronous=NORMAL")
        self._local.conn = conn
        self._connections.append(conn)
        return conn

    @property
    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            with self._lock:
                conn = self._connect()
        return conn

    def _now(self) -> int:
        return int(self._clock())

    def get(self, pk: str, sk: str) -> Item | None:
        row = self._run(
            "SELECT pk, sk, data, version, expires_at FROM items WHERE pk = ? AND sk = ?"
            " AND (expires_at IS NULL OR expires_at > ?)",
            (pk, sk, self._now()),
        ).fetchone()
        return _item(row) if row else None

    def query(
        self,
        pk: str,
        prefix: str = "",
        *,
        limit: int | None = None,
        newest_first: bool = False,
        start: str | None = None,
        end: str | None = None,
    ) -> list[Item]:
        order = "DESC" if newest_first else "ASC"
        bounds = ""
        params: tuple = (pk, len(prefix), prefix, self._now())
        if start is not None:
            bounds += " AND sk >= ?"
            params += (start,)
        if end is not None:
            bounds += " AND sk < ?"
            params += (end,)
        sql = (
            "SELECT pk, sk, data, version, expires_at FROM items WHERE pk = ? AND substr(sk, 1, ?) = ?"
            f" AND (expires_at IS NULL OR expires_at > ?){bounds} ORDER BY sk {order}"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params += (limit,)
        return [_item(row) for row in self._run(sql, params).fetchall()]

    def write(self, ops: Sequence[Op]) -> None:
        check_ops(ops)
        conn = self._conn
        now = self._now()
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreUnavailable(f"database busy: {exc}") from exc
        try:
            for op in ops:
                current = self._version(conn, op.pk, op.sk, now)
                if op.expect is not None and current != op.expect:
                    raise ConditionFailed(
                        f"{type(op).__name__} {op.pk}/{op.sk}: expected version {op.expect},"
                        f" found {current}"
                    )
                if isinstance(op, Put):
                    conn.execute(
                        "INSERT OR REPLACE INTO items (pk, sk, data, version, expires_at)"
                        " VALUES (?, ?, ?, ?, ?)",
                        (op.pk, op.sk, _dumps(op.data), current + 1, op.expires_at),
                    )
                elif isinstance(op, Delete):
                    conn.execute("DELETE FROM items WHERE pk = ? AND sk = ?", (op.pk, op.sk))
                elif not isinstance(op, Check):
                    raise TypeError(f"not a store operation: {op!r}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    @staticmethod
    def _version(conn: sqlite3.Connection, pk: str, sk: str, now: int) -> int:
        """Current version, 0 when absent or expired (an expired item counts as absent)."""
        row = conn.execute(
            "SELECT version, expires_at FROM items WHERE pk = ? AND sk = ?", (pk, sk)
        ).fetchone()
        if row is None or (row[1] is not None and row[1] <= now):
            return 0
        return int(row[0])

    def _run(self, sql: str, params: tuple) -> sqlite3.Cursor:
        try:
            return self._conn.execute(sql, params)
        except sqlite3.OperationalError as exc:
            raise StoreUnavailable(str(exc)) from exc

    def close(self) -> None:
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
        self._local = threading.local()


def _create_private(path: Path) -> None:
    """The database file 0600 in a 0700 folder, before SQLite opens it: SQLite then creates the
    ``-wal`` and ``-shm`` files with the database file's own permissions."""
    private_dir(path.parent)
    private_file(path)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            narrow(companion)


def _dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _item(row: tuple) -> Item:
    return Item(pk=row[0], sk=row[1], data=json.loads(row[2]), version=row[3], expires_at=row[4])
