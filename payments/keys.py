"""Where the payments package keeps its data in the single table (``store.base.Store``).

Every key is built here, so the layout can be read in one place::

    pk                  sk                              holds
    wallet#<owner>      wallet                          the wallet: payment methods (gateway token,
                                                        brand, last 4, expiry), default method,
                                                        address, PIN hash, failed attempts, lock
    orders#<owner>      order#<order_id>                the order and its state; created with
                                                        expect=0, it is the idempotency record
    orders#<owner>      at#<created_at:010d>#<order_id> time index for latest_orders (id only)
    orders#<owner>      open#<order_id>                 present while the order's payment is
                                                        pending (charging, payment_unknown):
                                                        what open_orders queries
    merchant#orders     order#<order_id>                the merchant's view: amount, address,
                                                        one-time token hash and expiry, state
    merchant#orders     status#<status>#<created_at:010d>#<order_id>
                                                        one per order, under its status (pending,
                                                        failed, paid, cancelled: orders.status_of),
                                                        moved in the write that moves the order:
                                                        what ``echoppe orders list`` queries
    donations#<owner>   donation#<donation_id>          the donation and its state; created with
                                                        expect=0, it is the idempotency record
    donations#<owner>   day#<YYYY-MM-DD>#<currency>     what the owner gave that day (UTC): the
                                                        daily cap's counter, written with its
                                                        version in the same write as each new
                                                        donation record
    donations#<owner>   given#<YYYY>#<created_at:010d>#<donation_id>
                                                        history line of a donation given (charity,
                                                        amount, tax rule): one query per year
    charity#<charity>   donation#<donation_id>          the charity's view: amount, time, donor
                                                        name and address (tax receipt only),
                                                        one-time token hash and expiry, state
    orders#<owner>      campaign#<campaign_id>          orders this owner placed with the campaign
                                                        (its per-shopper limit), written with the
                                                        order that uses it
    campaigns           budget#<campaign_id>#<currency> discounts the campaign gave (its total
                                                        budget), written with each order using it
    rewards#<holder>    reward#<reward_id>              a reward the holder earned: created with
                                                        expect=0 (earned once per rule and holder),
                                                        then used by one order or gift
    matches             match#<donation_id>             the merchant's gift matching a shopper's
                                                        donation; created with expect=0, it is the
                                                        idempotency record of its charge
    sandbox             charge#<idempotency key>        sandbox gateway: the charge's result
    sandbox             ch#<charge_id>                  sandbox gateway: amount charged, refunded
    sandbox             refund#<idempotency key>        sandbox gateway: the refund's result
    sandbox             glitch#<idempotency key>        tok_processingError already failed once

A shopper's items share a partition (one query lists their orders); merchant records have their
own partition, so an export never reads a shopper's partition; so do each charity's records.
"""

from __future__ import annotations

WALLET_SK = "wallet"
MERCHANT_PK = "merchant#orders"
SANDBOX_PK = "sandbox"


def wallet_key(owner: str) -> tuple[str, str]:
    return f"wallet#{owner}", WALLET_SK


def orders_pk(owner: str) -> str:
    return f"orders#{owner}"


def order_key(owner: str, order_id: str) -> tuple[str, str]:
    return orders_pk(owner), f"order#{order_id}"


ORDER_INDEX_PREFIX = "at#"


def order_index_key(owner: str, created_at: int, order_id: str) -> tuple[str, str]:
    return orders_pk(owner), f"{ORDER_INDEX_PREFIX}{created_at:010d}#{order_id}"


MERCHANT_ORDER_PREFIX = "order#"


def merchant_order_key(order_id: str) -> tuple[str, str]:
    return MERCHANT_PK, f"{MERCHANT_ORDER_PREFIX}{order_id}"


OPEN_ORDER_PREFIX = "open#"


def open_order_key(owner: str, order_id: str) -> tuple[str, str]:
    return orders_pk(owner), f"{OPEN_ORDER_PREFIX}{order_id}"


def merchant_status_prefix(status: str) -> str:
    return f"status#{status}#"


def merchant_status_key(status: str, created_at: int, order_id: str) -> tuple[str, str]:
    return MERCHANT_PK, f"{merchant_status_prefix(status)}{created_at:010d}#{order_id}"


def donations_pk(owner: str) -> str:
    return f"donations#{owner}"


def donation_key(owner: str, donation_id: str) -> tuple[str, str]:
    return donations_pk(owner), f"donation#{donation_id}"


def donation_day_key(owner: str, day: str, currency: str) -> tuple[str, str]:
    """``day`` is ``YYYY-MM-DD`` (UTC)."""
    return donations_pk(owner), f"day#{day}#{currency}"


DONATION_GIVEN_PREFIX = "given#"


def donation_given_key(owner: str, year: int, created_at: int, donation_id: str) -> tuple[str, str]:
    return donations_pk(owner), f"{DONATION_GIVEN_PREFIX}{year:04d}#{created_at:010d}#{donation_id}"


CHARITY_DONATION_PREFIX = "donation#"


def charity_pk(charity_id: str) -> str:
    return f"charity#{charity_id}"


def charity_donation_key(charity_id: str, donation_id: str) -> tuple[str, str]:
    return charity_pk(charity_id), f"{CHARITY_DONATION_PREFIX}{donation_id}"


CAMPAIGNS_PK = "campaigns"
BUDGET_PREFIX = "budget#"


def campaign_budget_key(campaign_id: str, currency: str) -> tuple[str, str]:
    return CAMPAIGNS_PK, f"{BUDGET_PREFIX}{campaign_id}#{currency}"


def campaign_uses_key(owner: str, campaign_id: str) -> tuple[str, str]:
    return orders_pk(owner), f"campaign#{campaign_id}"


REWARD_PREFIX = "reward#"


def rewards_pk(holder: str) -> str:
    return f"rewards#{holder}"


def reward_key(holder: str, reward_id: str) -> tuple[str, str]:
    return rewards_pk(holder), f"{REWARD_PREFIX}{reward_id}"


MATCHES_PK = "matches"
MATCH_PREFIX = "match#"


def match_key(donation_id: str) -> tuple[str, str]:
    return MATCHES_PK, f"{MATCH_PREFIX}{donation_id}"


def sandbox_key(kind: str, name: str) -> tuple[str, str]:
    """``kind`` is one of charge, ch, refund, glitch."""
    return SANDBOX_PK, f"{kind}#{name}"
