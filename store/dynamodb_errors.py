"""How a pynamodb or botocore failure becomes the store protocol's error (``ConditionFailed``,
``StoreUnavailable`` or plain ``StoreError``): the error codes and transaction cancellation
reasons that mean "retry later", and the one function that maps an exception.

**Errors.** ``ConditionalCheckFailedException``, and ``TransactionCanceledException`` with a
``ConditionalCheckFailed`` reason, raise ``ConditionFailed``. Throttling, 5xx, timeouts, connection
failures and a transaction cancelled by ``TransactionConflict`` (another transaction on one of its
items) raise ``StoreUnavailable``: a later retry may succeed. A throttled or cancelled request wrote
nothing; after a timeout or a dropped connection the outcome is *unknown*: the request may still
land (a frozen server processes it when it wakes: see tests/store/test_dynamodb_failures.py). The
version conditions make the retry safe: if the first attempt landed, the retry raises
``ConditionFailed`` and the caller reloads, so a write applies at most once. Anything else (a
missing table, a validation error, no credentials) is a bug or a misconfiguration and raises plain
``StoreError``; ``DynamoStore.check()`` finds the misconfigurations at start-up.
"""

from __future__ import annotations

import botocore.exceptions
from pynamodb.exceptions import PynamoDBException, TransactWriteError

from store.base import ConditionFailed, StoreError, StoreUnavailable

_UNAVAILABLE_CODES = frozenset(
    {
        "ProvisionedThroughputExceededException",
        "ThrottlingException",
        "RequestLimitExceeded",
        "LimitExceededException",
        "TransactionInProgressException",
        "InternalServerError",
        "ServiceUnavailable",
        "RequestTimeout",
        "RequestTimeoutException",
    }
)
_UNAVAILABLE_REASONS = frozenset(
    {
        "TransactionConflict",
        "ThrottlingError",
        "ProvisionedThroughputExceeded",
        "RequestLimitExceeded",
    }
)


def translate(exc: PynamoDBException, what: str) -> StoreError:
    """Map a pynamodb error to the protocol's: see the module docstring."""
    cause = exc.cause
    # Not pynamodb's ``cause_response_code``: it fails on botocore's ReadTimeoutError, whose
    # ``response`` attribute exists and is None.
    response = getattr(cause, "response", None)
    response = response if isinstance(response, dict) else {}
    error = response.get("Error", {})
    code = error.get("Code")
    status = response.get("ResponseMetadata", {}).get("HTTPStatusCode")
    message = f"{what}: {code or type(cause).__name__}: {error.get('Message') or cause or exc}"
    if code == "ConditionalCheckFailedException":
        return ConditionFailed(message)
    if isinstance(exc, TransactWriteError) and code == "TransactionCanceledException":
        reasons = [r.code for r in exc.cancellation_reasons if r is not None]
        message = f"{what}: transaction cancelled: {', '.join(reasons)}"
        if "ConditionalCheckFailed" in reasons:
            return ConditionFailed(message)
        if _UNAVAILABLE_REASONS.intersection(reasons):
            return StoreUnavailable(message)
        return StoreError(message)
    if code in _UNAVAILABLE_CODES or (isinstance(status, int) and status >= 500):
        return StoreUnavailable(message)
    if isinstance(cause, botocore.exceptions.ConnectionError | botocore.exceptions.HTTPClientError):
        return StoreUnavailable(message)
    return StoreError(message)
