"""The charity's view of donations: an export with one-time tokens, and their redemption.

``export_donations`` has exactly ``EXPORT_FIELDS`` plus, only for a donor who asked for a tax
receipt, ``RECEIPT_FIELDS`` (``donor_name`` and ``donor_address``, copied from the wallet when
the gift was made). Never an owner key, an email, card facts or a gateway token. It reads only
the charity's own partition (``keys.charity_pk``), written with each ``given`` outcome.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

from payments.donations.records import CHARITY_RE, DONATION_ID_RE
from payments.errors import InvalidInput
from payments.keys import CHARITY_DONATION_PREFIX, charity_donation_key, charity_pk
from payments.money import Money
from store.base import ConditionFailed, Item, Put, Store

log = logging.getLogger(__name__)

TOKEN_TTL = 24 * 3600
EXPORT_FIELDS = ("donation_id", "amount", "currency", "created_at", "payment_token")
RECEIPT_FIELDS = ("donor_name", "donor_address")


def _token_hash(donation_id: str, token: str) -> str:
    return hashlib.sha256(f"{donation_id}:{token}".encode()).hexdigest()


def _iso(ts: int) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def export_donations(
    store: Store,
    charity_id: str,
    *,
    clock: Callable[[], float] = time.time,
    ttl: int = TOKEN_TTL,
) -> Iterator[dict]:
    """The charity's donations not yet acknowledged, oldest first, each with a fresh one-time
    token (``redeem_donation_token``; exporting again mints a new one, the old one stops).

    Each dict has exactly ``EXPORT_FIELDS`` (``amount`` a decimal string, ``created_at``
    ISO-8601 UTC), plus ``RECEIPT_FIELDS`` for a donor who asked for a tax receipt:
    ``donor_name`` and ``donor_address`` (line1, line2, postal_code, city, country).
    """
    if not isinstance(charity_id, str) or not CHARITY_RE.match(charity_id):
        raise InvalidInput("not a charity id")
    items = store.query(charity_pk(charity_id), CHARITY_DONATION_PREFIX)
    items.sort(key=lambda item: (item.data["created_at"], item.data["donation_id"]))
    for item in items:
        current: Item | None = item
        for _ in range(10):
            if current is None or current.data["state"] != "given":
                break
            token = secrets.token_urlsafe(32)
            data = {
                **current.data,
                "token_hash": _token_hash(current.data["donation_id"], token),
                "token_expires_at": int(clock()) + ttl,
            }
            try:
                store.write([Put(current.pk, current.sk, data, expect=current.version)])
            except ConditionFailed:
                current = store.get(current.pk, current.sk)  # redeemed meanwhile: look again
                continue
            amount = Money.from_json(data["amount"])
            row = {
                "donation_id": data["donation_id"],
                "amount": str(amount.amount),
                "currency": amount.currency,
                "created_at": _iso(data["created_at"]),
                "payment_token": token,
            }
            if data.get("donor"):
                row["donor_name"] = data["donor"]["name"]
                row["donor_address"] = dict(data["donor"]["address"])
            yield row
            break


def redeem_donation_token(
    store: Store,
    charity_id: str,
    donation_id: str,
    token: str,
    *,
    clock: Callable[[], float] = time.time,
) -> bool:
    """The charity acknowledges ``donation_id`` with its one-time token: True once, before expiry.

    False for an unknown donation, a token of another donation or an older export, an expired
    or used token. On success the donation leaves the export (state ``acknowledged``).
    """
    if not all(isinstance(v, str) for v in (charity_id, donation_id, token)):
        return False
    if not CHARITY_RE.match(charity_id) or not DONATION_ID_RE.match(donation_id):
        return False
    for _ in range(10):
        item = store.get(*charity_donation_key(charity_id, donation_id))
        if item is None or not item.data.get("token_hash"):
            return False
        if not hmac.compare_digest(item.data["token_hash"], _token_hash(donation_id, token)):
            return False
        if item.data["state"] != "given" or int(clock()) >= int(item.data["token_expires_at"]):
            return False
        data = {**item.data, "state": "acknowledged", "token_hash": None}
        try:
            store.write([Put(item.pk, item.sk, data, expect=item.version)])
        except ConditionFailed:
            continue
        log.info("donation %s acknowledged by the charity", donation_id)
        return True
    return False
