"""The production store: one DynamoDB table through pynamodb, every write conditional.

The table's item schema is in :mod:`store.dynamodb_table`, the settings, timeouts and time budget
in :mod:`store.dynamodb_settings`, how failures map to the protocol's errors in
:mod:`store.dynamodb_errors`.

**Requests.** One operation costs one request: ``Put`` a PutItem, ``Delete`` a DeleteItem, a lone
``Check`` a strongly consistent GetItem (there is no stand-alone ConditionCheck, and a read is
cheaper than a one-item transaction). Several operations cost one TransactWriteItems. ``get`` is one
strongly consistent GetItem; ``query`` one strongly consistent Query per page (a page holds up to
``limit`` items or 1 MB; a turn's budget should count on one page).

**Conditions.** ``expect=0`` is ``attribute_not_exists(pk) OR expires_at <= :now``; ``expect=n``
is ``version = :n AND (attribute_not_exists(expires_at) OR expires_at > :now)``. An expired item
that DynamoDB's TTL sweeper has not deleted yet (that takes up to days) therefore behaves exactly
as an absent one, as on SQLite: readers skip it, ``expect=0`` overwrites it (its new version is
1), and a version read before it expired no longer matches. ``:now`` comes from the store's clock.
An unconditional ``Put`` (``expect=None``) is an UpdateItem that sets ``version`` to
``if_not_exists(version, 0) + 1``, so it still moves the version and a concurrent conditional
writer still notices it; an unconditional ``Delete`` is a plain DeleteItem; an unconditional
``Check`` checks nothing and is left out.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

import botocore.exceptions
from pynamodb.connection import Connection
from pynamodb.exceptions import DoesNotExist, PynamoDBException, TableDoesNotExist
from pynamodb.expressions.condition import Condition
from pynamodb.transactions import TransactWrite

from store.base import (
    Check,
    ConditionFailed,
    Delete,
    Item,
    Op,
    Put,
    check_ops,
    key_range,
)
from store.dynamodb_errors import translate
from store.dynamodb_settings import (
    DEFAULT_TIMEOUTS,
    ENDPOINT_SETTING,
    REGION_SETTING,
    TABLE_SETTING,
    StoreMisconfigured,
    Timeouts,
    keep_item_data_out_of_logs,
)
from store.dynamodb_table import StoreItem, model_class


class DynamoStore:
    """``store.base.Store`` on one DynamoDB table; safe to share between threads.

    ``table``, ``region`` and ``endpoint`` come from the settings ``ECHOPPE_TABLE``,
    ``AWS_REGION`` and ``ECHOPPE_DYNAMODB_ENDPOINT`` (None: AWS's own endpoint for the region).
    ``credentials`` (access key, secret) is for DynamoDB Local; None uses botocore's usual chain
    (on Lambda, the function role from the environment). Nothing touches the network until the
    first call; call ``check()`` once at start-up to fail fast on a wrong table or region.
    Constructing one raises the ``pynamodb`` and ``botocore`` loggers to INFO unless their level was
    set: at DEBUG they would log whole items.

    Threads share one botocore client (thread-safe once built; built once, under a lock, on
    first use) and its pool of keep-alive connections; pynamodb model instances live per call.
    """

    def __init__(
        self,
        table: str,
        *,
        region: str,
        endpoint: str | None = None,
        clock: Callable[[], float] = time.time,
        timeouts: Timeouts = DEFAULT_TIMEOUTS,
        credentials: tuple[str, str] | None = None,
        max_pool_connections: int = 10,
    ) -> None:
        if not table:
            raise StoreMisconfigured(f"{TABLE_SETTING} is empty: set it to the DynamoDB table name")
        if not region:
            raise StoreMisconfigured(f"{REGION_SETTING} is empty: set it to the table's region")
        if timeouts.attempts < 1:
            raise ValueError("timeouts.attempts must be at least 1")
        self.table = table
        self.region = region
        self.endpoint = endpoint
        self.timeouts = timeouts
        self._clock = clock
        self._model = model_class(table)
        table_connection = self._model._get_connection()
        access_key, secret_key = credentials or (None, None)
        # pynamodb's Model passes no retry configuration to its connection (it would take the
        # process-wide default, changeable by a PYNAMODB_CONFIG file): build the connection here
        # with an explicit one.
        self._connection = Connection(
            region=region,
            host=endpoint,
            connect_timeout_seconds=timeouts.connect,
            read_timeout_seconds=timeouts.read,
            retry_configuration={"mode": "standard", "total_max_attempts": timeouts.attempts},
            max_pool_connections=max_pool_connections,
            aws_access_key_id=access_key,
            aws_secret_access_key=secret_key,
        )
        self._connection.add_meta_table(table_connection.get_meta_table())
        table_connection.connection = self._connection
        self._lock = threading.Lock()
        self._client_built = False
        keep_item_data_out_of_logs()

    @property
    def client(self) -> Any:
        """The botocore client every request goes through (for event hooks: see bench.store)."""
        self._ensure_client()
        return self._connection.client

    def _ensure_client(self) -> None:
        """Build the botocore client once: pynamodb builds it lazily, unlocked, so two threads'
        first calls could each build one (harmless, but hooks on the lost one would be lost)."""
        if self._client_built:
            return
        with self._lock:
            if not self._client_built:
                self._connection.client  # noqa: B018 - the property builds it
                self._client_built = True

    def _now(self) -> int:
        return int(self._clock())

    def check(self) -> None:
        """Fail fast, naming the setting to fix, when the table is missing or not ours.

        A table that exists in another region looks missing: the message names both settings.
        """
        where = f"region {self.region!r}" + (f" at {self.endpoint}" if self.endpoint else "")
        unreachable = f"cannot reach DynamoDB in {where}: check {REGION_SETTING}" + (
            f" and {ENDPOINT_SETTING}" if self.endpoint else ""
        )
        try:
            self._ensure_client()
            description = self._model.describe_table()
        except TableDoesNotExist:
            raise StoreMisconfigured(
                f"DynamoDB table {self.table!r} not found in {where}: check {TABLE_SETTING}"
                f" (the table name) and {REGION_SETTING} (the region it lives in)"
            ) from None
        except (botocore.exceptions.NoRegionError, botocore.exceptions.InvalidRegionError) as exc:
            raise StoreMisconfigured(f"{unreachable} ({exc})") from exc
        except botocore.exceptions.ClientError as exc:
            error = exc.response.get("Error", {})
            raise StoreMisconfigured(
                f"DynamoDB refused to describe table {self.table!r} in {where}:"
                f" {error.get('Code')}: {error.get('Message')} (check the credentials or role,"
                f" {TABLE_SETTING} and {REGION_SETTING})"
            ) from exc
        except PynamoDBException as exc:
            if isinstance(exc.cause, botocore.exceptions.EndpointConnectionError):
                raise StoreMisconfigured(f"{unreachable} ({exc.cause})") from exc
            raise translate(exc, f"describe table {self.table!r} in {where}") from exc
        keys = {k["AttributeName"]: k["KeyType"] for k in description.get("KeySchema", [])}
        if keys != {"pk": "HASH", "sk": "RANGE"}:
            raise StoreMisconfigured(
                f"DynamoDB table {self.table!r} in {where} has key schema {keys}, not"
                f" pk (hash) + sk (range): {TABLE_SETTING} names another application's table"
            )

    def create_table(self, *, ttl: bool = True) -> None:
        """Create the table, on-demand billing, and wait until it is active (local use, tests).

        ``ttl`` turns on DynamoDB's TTL sweeper on ``expires_at``. Leave it off when the store's
        clock is not the real time (tests with a fake clock), or the sweeper follows real time.
        """
        self._ensure_client()
        self._model.create_table(billing_mode="PAY_PER_REQUEST", wait=True)
        if ttl:
            self._connection.update_time_to_live(self.table, "expires_at")

    def delete_table(self) -> None:
        """Delete the table (tests)."""
        self._ensure_client()
        self._model.delete_table()

    def get(self, pk: str, sk: str) -> Item | None:
        self._ensure_client()
        try:
            row = self._model.get(pk, sk, consistent_read=True)
        except DoesNotExist:
            return None
        except PynamoDBException as exc:
            raise translate(exc, f"get {pk}/{sk}") from exc
        return self._live(row)

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
        self._ensure_client()
        m = self._model
        # The filter is applied after DynamoDB's page limit; pynamodb's ``limit`` keeps paging
        # until it has that many live items, so expired ones never eat into the limit.
        now = self._now()
        condition: Condition | None = m.sk.startswith(prefix) if prefix else None
        if start is not None or end is not None:
            # One key condition per query: BETWEEN the inclusive bounds; ``end`` itself (at most
            # one item, a key is unique) is dropped below, so one more is asked for.
            bounds = key_range(prefix, start, end)
            if bounds is None:
                return []
            condition = m.sk.between(*bounds)
            if limit is not None and end is not None:
                limit += 1
        try:
            rows = list(
                m.query(
                    pk,
                    condition,
                    filter_condition=m.expires_at.does_not_exist() | (m.expires_at > now),
                    consistent_read=True,
                    scan_index_forward=not newest_first,
                    limit=limit,
                )
            )
        except PynamoDBException as exc:
            raise translate(exc, f"query {pk}/{prefix}*") from exc
        items = [item for row in rows if (item := self._live(row, now)) is not None]
        if end is not None:
            items = [item for item in items if item.sk != end]
            if limit is not None:
                items = items[: limit - 1]
        return items

    def write(self, ops: Sequence[Op]) -> None:
        check_ops(ops)
        for op in ops:
            if not isinstance(op, Put | Delete | Check):
                raise TypeError(f"not a store operation: {op!r}")
        live = [op for op in ops if not (isinstance(op, Check) and op.expect is None)]
        if not live:
            return
        self._ensure_client()
        now = self._now()
        if len(live) == 1:
            self._write_one(live[0], now)
        else:
            self._write_many(live, now)

    def _write_one(self, op: Op, now: int) -> None:
        try:
            if isinstance(op, Check):
                self._check_alone(op, now)
            elif isinstance(op, Put) and op.expect is None:
                self._row(op).update(actions=self._put_actions(op))
            elif isinstance(op, Put):
                self._row(op).save(condition=self._condition(op.expect, now))
            else:
                self._row(op).delete(condition=self._condition(op.expect, now))
        except PynamoDBException as exc:
            raise translate(exc, _describe(op)) from exc

    def _check_alone(self, op: Check, now: int) -> None:
        try:
            row = self._model.get(op.pk, op.sk, consistent_read=True)
        except DoesNotExist:
            row = None
        found = self._live(row, now) if row is not None else None
        version = found.version if found else 0
        if version != op.expect:
            raise ConditionFailed(f"{_describe(op)}: found version {version}")

    def _write_many(self, ops: Sequence[Op], now: int) -> None:
        try:
            with TransactWrite(connection=self._connection) as transaction:
                for op in ops:
                    if isinstance(op, Check):
                        transaction.condition_check(
                            self._model, op.pk, op.sk, condition=self._condition(op.expect, now)
                        )
                    elif isinstance(op, Put) and op.expect is None:
                        transaction.update(self._row(op), actions=self._put_actions(op))
                    elif isinstance(op, Put):
                        transaction.save(self._row(op), condition=self._condition(op.expect, now))
                    else:
                        transaction.delete(self._row(op), condition=self._condition(op.expect, now))
        except PynamoDBException as exc:
            what = f"transaction of {len(ops)}: " + ", ".join(map(_describe, ops))
            raise translate(exc, what) from exc

    def _row(self, op: Op) -> StoreItem:
        if isinstance(op, Put):
            return self._model(
                op.pk,
                op.sk,
                data=_dumps(op.data),
                version=1 if op.expect is None else op.expect + 1,
                expires_at=op.expires_at,
            )
        return self._model(op.pk, op.sk)

    def _put_actions(self, op: Put) -> list[Any]:
        m = self._model
        return [
            m.data.set(_dumps(op.data)),
            m.version.set((m.version | 0) + 1),
            m.expires_at.remove() if op.expires_at is None else m.expires_at.set(op.expires_at),
        ]

    def _condition(self, expect: int | None, now: int) -> Condition | None:
        m = self._model
        if expect is None:
            return None
        if expect == 0:
            return m.pk.does_not_exist() | (m.expires_at <= now)
        return (m.version == expect) & (m.expires_at.does_not_exist() | (m.expires_at > now))

    def _live(self, row: StoreItem, now: int | None = None) -> Item | None:
        """The row as an ``Item``, or None when it has expired by the store's clock."""
        expires_at = None if row.expires_at is None else int(row.expires_at)
        if expires_at is not None and expires_at <= (self._now() if now is None else now):
            return None
        return Item(
            pk=row.pk,
            sk=row.sk,
            data=json.loads(row.data),
            version=int(row.version),
            expires_at=expires_at,
        )

    def close(self) -> None:
        """Close the client's pooled connections; a later call would open new ones."""
        with self._lock:
            if self._client_built:
                self._connection.client.close()


def _describe(op: Op) -> str:
    return f"{type(op).__name__} {op.pk}/{op.sk} expect={op.expect}"


def _dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
