"""How the DynamoDB store is reached and bounded: the names of its settings, the error raised when
they cannot work, the HTTP timeouts and attempts of each request, and the guard that keeps the
SDK's debug logs from printing whole items. :class:`store.dynamodb.DynamoStore` takes these.

**Time budget.** Alexa waits about 8 s; the Lambda's timeout is 7 s; a turn makes at most two
store calls (one read, one write). botocore's "standard" retry mode sleeps ``rand(0, 1) × 2^i``
seconds before retry *i* (0-based) after throttling, and 25 ms × 2^i after other errors. With
``Timeouts(connect=0.4, read=0.7, attempts=2)`` the worst call is two attempts that each connect
as slowly as allowed and wait the whole read timeout, plus one throttling back-off::

    2 × (0.4 + 0.7) + 1.0 = 3.2 s per call;  2 calls = 6.4 s < 7 s (Lambda) < 8 s (Alexa)

and the skill still has 0.6 s to say "try again". A third attempt would add up to 2 s of back-off
and 1.1 s of timeouts per call: over budget. (pynamodb's defaults, 15 s connect and 30 s read
with 4 attempts, could take minutes.) DynamoDB answers in single-digit milliseconds, and
connections are kept alive, so the connect timeout is rarely on the path at all.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from store.base import StoreError

TABLE_SETTING = "ECHOPPE_TABLE"
REGION_SETTING = "AWS_REGION"
ENDPOINT_SETTING = "ECHOPPE_DYNAMODB_ENDPOINT"


class StoreMisconfigured(StoreError):
    """The settings name a table or region that cannot work; the message names the setting."""


@dataclass(frozen=True)
class Timeouts:
    """HTTP timeouts (seconds) and total attempts per request; see the module docstring."""

    connect: float = 0.4
    read: float = 0.7
    attempts: int = 2

    def worst_case(self) -> float:
        """Longest one store call can take: every attempt times out, every back-off is maximal."""
        backoff = sum(2.0**i for i in range(self.attempts - 1))
        return self.attempts * (self.connect + self.read) + backoff


DEFAULT_TIMEOUTS = Timeouts()


_SDK_LOGGERS = ("pynamodb", "botocore")


def keep_item_data_out_of_logs() -> None:
    """Raise pynamodb's and botocore's loggers to INFO, unless their level was set on purpose.

    At DEBUG both log every request and response whole, and items hold PIN hashes, addresses
    and payment tokens. A developer who wants the wire sets those loggers' levels explicitly.
    """
    for name in _SDK_LOGGERS:
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET:
            logger.setLevel(logging.INFO)
