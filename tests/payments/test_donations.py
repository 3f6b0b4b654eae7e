"""Donations: the wallet's PIN, limits that hold, one charge per gift, the charity's view, history."""

import json
import threading
from decimal import ROUND_DOWN, Decimal
from pathlib import Path

import pytest

from payments.donations import (
    EXPORT_FIELDS,
    RECEIPT_FIELDS,
    CharityTerms,
    Donations,
    DonationState,
    GiveStatus,
    PendingDonation,
    charity_terms,
    estimated_deductible,
    export_donations,
    redeem_donation_token,
)
from payments.errors import InvalidInput, InvalidPin
from payments.gateway import DeclineReason
from payments.keys import charity_pk, donation_day_key
from payments.money import Money
from payments.pin import PinStatus
from tests.payments.concurrency import at_once
from tests.payments.conftest import OWNER, PIN
from tests.payments.gateways import CountingGateway, approved_charges

EUR = "EUR"
TERMS = [
    CharityTerms("croix-rouge", "Croix-Rouge française", EUR, tax_rule="fr-66"),
    CharityTerms("croix-rouge", "French Red Cross", "USD", tax_rule="us-501c3"),
    CharityTerms(
        "vestiaire", "Le Vestiaire", EUR, Money.of(5, EUR), Money.of(50, EUR), tax_rule=None
    ),
]
CAP = {EUR: Money.of(1000, EUR), "USD": Money.of(1000, "USD")}


def eur(amount) -> Money:
    return Money.of(amount, EUR)


def gift(amount="20", charity="croix-rouge", nonce="nonce-0001", currency=EUR, receipt=False):
    return PendingDonation.create(
        charity, Money.of(amount, currency), nonce=nonce, tax_receipt=receipt
    )


def make(store, wallets, gateway, clock, **kwargs) -> Donations:
    kwargs.setdefault("wait", 10.0)
    return Donations(store, wallets, gateway, clock=clock, charities=TERMS, daily_cap=CAP, **kwargs)


@pytest.fixture
def donations(store, wallets, sandbox, clock) -> Donations:
    return make(store, wallets, sandbox, clock)


def given_today(store, owner=OWNER, currency=EUR, day="2026-11-18"):
    item = store.get(*donation_day_key(owner, day, currency))
    return item.data["given_minor"] if item else 0


# --- giving, the PIN ----------------------------------------------------------------------------


def test_give_charges_once_and_records(donations, enrolled, store):
    pending = gift("20")
    result = donations.give(enrolled, pending, PIN)
    assert result.status is GiveStatus.GIVEN
    donation = result.donation
    assert donation.donation_id == donations.donation_id_for(enrolled, pending)
    assert (donation.amount, donation.charity_name) == (eur("20"), "Croix-Rouge française")
    assert donation.state is DonationState.GIVEN and donation.card.last4 == "4242"
    assert (donation.tax_receipt, donation.donor) == (False, None)
    (charge,) = approved_charges(store)
    assert charge.sk == f"charge#echoppe-{donation.donation_id}-charge"
    assert charge.data["amount"] == {"minor": 2000, "currency": EUR}
    assert donations.get_donation(enrolled, donation.donation_id) == donation
    assert given_today(store) == 2000


def test_the_id_is_owner_nonce_charity_and_amount(donations):
    base = donations.donation_id_for(OWNER, gift("20"))
    assert base == donations.donation_id_for(OWNER, gift("20", receipt=True))
    assert len({
        base,
        donations.donation_id_for("someone-else", gift("20")),
        donations.donation_id_for(OWNER, gift("20", nonce="nonce-0002")),
        donations.donation_id_for(OWNER, gift("21")),
        donations.donation_id_for(OWNER, gift("20", charity="vestiaire")),
    }) == 5  # fmt: skip


def test_wrong_pins_share_the_wallets_counter_and_lock(donations, wallets, enrolled, store):
    assert wallets.check_pin(enrolled, "0000").status is PinStatus.WRONG  # e.g. at checkout
    wrong = donations.give(enrolled, gift(), "1111")
    assert (wrong.status, wrong.attempts_left) == (GiveStatus.WRONG_PIN, 1)
    assert donations.give(enrolled, gift(), "2222").status is GiveStatus.LOCKED
    assert donations.give(enrolled, gift(), PIN).status is GiveStatus.LOCKED
    assert wallets.show(enrolled).locked
    assert approved_charges(store) == [] and given_today(store) == 0


def test_a_right_pin_resets_the_counter(donations, wallets, enrolled):
    donations.give(enrolled, gift(nonce="nonce-aaaa"), "0000")
    assert donations.give(enrolled, gift(nonce="nonce-aaaa"), PIN).status is GiveStatus.GIVEN
    assert wallets.show(enrolled).attempts_left == 3


def test_no_wallet_and_pin_required(donations, enrolled):
    assert donations.give("nobody", gift(), PIN).status is GiveStatus.NO_WALLET
    assert donations.give(enrolled, gift(), None).status is GiveStatus.PIN_REQUIRED
    with pytest.raises(InvalidPin):
        donations.give(enrolled, gift(), "12")


def test_voice_check_or_reused_pin_replace_the_pin_but_not_the_lock(donations, wallets, enrolled):
    for wrong in ("0000", "1111", "2222"):
        wallets.check_pin(enrolled, wrong)
    for flags in ({"voice_verified": True}, {"pin_reused": True}):
        assert donations.give(enrolled, gift(), None, **flags).status is GiveStatus.LOCKED
    wallets.reset_pin(enrolled, PIN)
    assert donations.give(enrolled, gift(), None, pin_reused=True).status is GiveStatus.GIVEN
    again = gift(nonce="nonce-voice")
    assert donations.give(enrolled, again, None, voice_verified=True).status is GiveStatus.GIVEN


def test_a_tax_receipt_keeps_the_wallets_name_and_address(donations, enrolled, address):
    result = donations.give(enrolled, gift(receipt=True), PIN)
    assert result.donation.tax_receipt and result.donation.donor == address


def test_no_receipt_where_the_charity_gives_none(donations, enrolled):
    result = donations.give(enrolled, gift("10", charity="vestiaire", receipt=True), PIN)
    assert result.status is GiveStatus.GIVEN
    assert (result.donation.tax_receipt, result.donation.donor) == (False, None)


def test_pending_donation_guards():
    with pytest.raises(InvalidInput):
        PendingDonation.create("croix-rouge", Money(0, EUR))
    with pytest.raises(InvalidInput):
        PendingDonation.create("croix-rouge", Money(-500, EUR))
    with pytest.raises(InvalidInput):
        PendingDonation.create("Croix Rouge!", eur("5"))
    with pytest.raises(InvalidInput):
        PendingDonation.create("croix-rouge", eur("5"), nonce="short")
    pending = gift("12.50", receipt=True)
    assert PendingDonation.from_json(json.loads(json.dumps(pending.to_json()))) == pending


# --- limits -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("charity", "amount", "status", "limit"),
    [
        ("croix-rouge", "0.99", GiveStatus.BELOW_MINIMUM, "1"),  # default minimum: 1
        ("croix-rouge", "500.01", GiveStatus.ABOVE_MAXIMUM, "500"),  # default maximum: 500
        ("vestiaire", "4.99", GiveStatus.BELOW_MINIMUM, "5"),
        ("vestiaire", "51", GiveStatus.ABOVE_MAXIMUM, "50"),
        ("secours-populaire", "10", GiveStatus.UNKNOWN_CHARITY, None),
    ],
)
def test_per_gift_limits(donations, enrolled, store, wallets, charity, amount, status, limit):
    result = donations.give(enrolled, gift(amount, charity=charity), "0000")
    assert result.status is status
    assert result.limit == (eur(limit) if limit else None)
    assert wallets.show(enrolled).attempts_left == 3  # refused before the PIN: nothing counted
    assert approved_charges(store) == [] and given_today(store) == 0


@pytest.mark.parametrize(("charity", "amount"), [("croix-rouge", "1"), ("croix-rouge", "500")])
def test_limits_are_inclusive(donations, enrolled, charity, amount):
    assert donations.give(enrolled, gift(amount, charity=charity), PIN).status is GiveStatus.GIVEN


def test_a_currency_the_charity_does_not_take(donations, enrolled, store):
    result = donations.give(enrolled, gift("10", charity="vestiaire", currency="USD"), PIN)
    assert result.status is GiveStatus.CURRENCY_NOT_ACCEPTED
    assert approved_charges(store) == []


def test_daily_cap_per_donor_day_and_currency(donations, enrolled, wallets, address, clock):
    assert donations.give(enrolled, gift("500", nonce="nonce-a1"), PIN).status is GiveStatus.GIVEN
    assert donations.room_today(enrolled, EUR) == eur("500")
    assert donations.give(enrolled, gift("499", nonce="nonce-a2"), PIN).status is GiveStatus.GIVEN
    over = donations.give(enrolled, gift("2", nonce="nonce-a3"), PIN)
    assert (over.status, over.limit) == (GiveStatus.DAILY_CAP, eur("1"))
    assert donations.give(enrolled, gift("1", nonce="nonce-a4"), PIN).status is GiveStatus.GIVEN
    full = donations.give(enrolled, gift("1", nonce="nonce-a5"), PIN)
    assert (full.status, full.limit) == (GiveStatus.DAILY_CAP, eur("0"))
    # Another currency has its own counter, another donor their own cap.
    usd = gift("100", nonce="nonce-a6", currency="USD")
    assert donations.give(enrolled, usd, PIN).status is GiveStatus.GIVEN
    wallets.enroll("other-donor", "tok_visa", address, "1357")
    assert donations.give("other-donor", gift("5"), "1357").status is GiveStatus.GIVEN
    # Tomorrow (UTC) is a new day.
    clock.advance(24 * 3600)
    assert donations.room_today(enrolled, EUR) == eur("1000")
    assert donations.give(enrolled, gift("5", nonce="nonce-a7"), PIN).status is GiveStatus.GIVEN


def test_the_cap_defaults_to_one_thousand(store, wallets, sandbox, clock, enrolled):
    donations = Donations(store, wallets, sandbox, clock=clock, charities=TERMS)
    assert donations.daily_cap(EUR) == eur("1000")
    for i in range(2):
        pending = gift("500", nonce=f"nonce-d{i}")
        assert donations.give(enrolled, pending, PIN).status is GiveStatus.GIVEN
    assert donations.give(enrolled, gift("1"), PIN).status is GiveStatus.DAILY_CAP


class RacingStore:
    """Wraps a store; the first ``n`` writes that move a day's counter wait for each other, so
    every one of them read the counter before any of them wrote it: a real race, every time."""

    def __init__(self, inner, n: int):
        self.inner = inner
        self.n = n
        self.arrived = 0
        self.barrier = threading.Barrier(n)
        self.lock = threading.Lock()

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def write(self, ops):
        if any(op.sk.startswith("day#") for op in ops):
            with self.lock:
                self.arrived += 1
                racing = self.arrived <= self.n
            if racing:
                self.barrier.wait(timeout=20)
        return self.inner.write(ops)


@pytest.mark.parametrize("n", [3, 5])
def test_gifts_at_once_cannot_pass_the_daily_cap(store, wallets, sandbox, clock, enrolled, n):
    gateway = CountingGateway(sandbox)
    racing = RacingStore(store, n)

    def give(i):
        # Each thread its own service, as separate Lambda invocations would be.
        donations = make(racing, wallets, gateway, clock)
        return donations.give(enrolled, gift("300", nonce=f"nonce-cap-{i}"), PIN)

    results = at_once(n, give)
    assert racing.arrived > n  # the race happened: some writes lost it and counted again
    statuses = sorted(r.status.value for r in results)
    fits = min(n, 3)  # 3 × 300 ≤ 1000 < 4 × 300
    assert statuses.count("given") == fits
    assert statuses.count("daily_cap") == n - fits
    assert gateway.charges == fits and len(approved_charges(store)) == fits
    assert given_today(store) == fits * 30000


def test_a_declined_gift_gives_its_amount_back_to_the_day(donations, wallets, address, store):
    wallets.enroll(OWNER, "tok_chargeDeclined", address, PIN)
    declined = donations.give(OWNER, gift("400"), PIN)
    assert declined.status is GiveStatus.DECLINED
    assert declined.decline_reason == DeclineReason.CARD_DECLINED
    assert declined.donation.state is DonationState.DECLINED
    assert given_today(store) == 0 and donations.room_today(OWNER, EUR) == eur("1000")
    # The same agreement again: the same answer, no new charge; a new one is a new gift.
    assert donations.give(OWNER, gift("400"), PIN) == declined
    assert len(store.query("sandbox", "charge#")) == 1
    assert list(export_donations(store, "croix-rouge")) == []
    assert donations.history(OWNER, 2026).charities == ()


# --- exactly once -------------------------------------------------------------------------------


def test_the_same_gift_twice_charges_once(donations, enrolled, store):
    first = donations.give(enrolled, gift(), PIN)
    second = donations.give(enrolled, gift(), PIN)
    assert first == second
    assert len(approved_charges(store)) == 1 and given_today(store) == 2000
    # Decided: a replay needs no PIN (nothing moves), a wrong one changes nothing.
    assert donations.give(enrolled, gift(), None) == first
    assert donations.give(enrolled, gift("20", nonce="nonce-0002"), PIN).donation != first.donation
    assert len(approved_charges(store)) == 2


def test_no_answer_from_the_gateway_then_resume_with_the_same_key(
    donations, wallets, address, store, clock
):
    wallets.enroll(OWNER, "tok_processingError", address, PIN)
    first = donations.give(OWNER, gift(), PIN)
    assert first.status is GiveStatus.RETRY_LATER
    assert first.donation.state is DonationState.PAYMENT_UNKNOWN
    assert given_today(store) == 2000  # the money may have moved: it stays counted
    clock.advance(60)
    assert donations.give(OWNER, gift(), None).status is GiveStatus.GIVEN  # within the grace
    (charge,) = approved_charges(store)
    assert charge.sk == f"charge#echoppe-{first.donation.donation_id}-charge"


def test_the_pin_grace_expires_and_covers_only_that_gift(donations, wallets, address, clock):
    wallets.enroll(OWNER, "tok_processingError", address, PIN)
    assert donations.give(OWNER, gift(), PIN).status is GiveStatus.RETRY_LATER
    other = gift(nonce="nonce-other")
    assert donations.give(OWNER, other, None).status is GiveStatus.PIN_REQUIRED
    clock.advance(121)
    assert donations.give(OWNER, gift(), None).status is GiveStatus.PIN_REQUIRED
    assert donations.give(OWNER, gift(), PIN).status is GiveStatus.GIVEN


# --- the charity's view -------------------------------------------------------------------------

EMAIL_OWNER = "zoe.martin@example.com|amzn1.ask.person.XYZ"


def test_export_has_exactly_the_agreed_fields(donations, wallets, address, store, clock):
    wallets.enroll(EMAIL_OWNER, "tok_mastercard", address, PIN)
    plain = donations.give(EMAIL_OWNER, gift("20", nonce="nonce-plain"), PIN).donation
    clock.advance(60)
    receipt = donations.give(EMAIL_OWNER, gift("12.5", nonce="nonce-rcpt", receipt=True), PIN)
    donations.give(EMAIL_OWNER, gift("10", charity="vestiaire"), PIN)  # another charity
    first, second = export_donations(store, "croix-rouge", clock=clock)
    assert set(first) == set(EXPORT_FIELDS) == {
        "donation_id", "amount", "currency", "created_at", "payment_token",
    }  # fmt: skip
    assert (first["donation_id"], first["amount"], first["currency"]) == (
        plain.donation_id, "20.00", EUR,
    )  # fmt: skip
    assert first["created_at"] == "2026-11-18T11:06:40Z"
    assert set(second) == {*EXPORT_FIELDS, *RECEIPT_FIELDS}
    assert second["donation_id"] == receipt.donation.donation_id
    assert second["amount"] == "12.50"
    assert second["donor_name"] == "Zoé Martin"
    assert second["donor_address"] == {
        "line1": "12 rue des Lilas", "line2": "", "postal_code": "75020", "city": "Paris",
        "country": "FR",
    }  # fmt: skip
    for row in (first, second):
        assert len(row["payment_token"]) == 43


def test_export_leaks_nothing_of_the_donor_or_the_wallet(donations, wallets, address, store, clock):
    wallets.enroll(EMAIL_OWNER, "tok_mastercard", address, PIN)
    given = donations.give(EMAIL_OWNER, gift(receipt=False), PIN).donation
    rows = list(export_donations(store, "croix-rouge", clock=clock))
    # The one-time token is 43 random characters: "ch_" or "2030" may stand in it by chance,
    # so it is read apart from the rest, for whole secrets only.
    tokens = [row.pop("payment_token") for row in rows]
    text = json.dumps(rows)
    for secret in [
        EMAIL_OWNER, "zoe.martin", "@", "amzn1", "tok_", "mastercard", "Mastercard", "4444",
        "12/2030", "2030", "exp_", "last4", "brand", "owner", "wallet", "card", "Zoé",
        "Lilas", "75020", given.charge_id, "ch_", PIN,
    ]:  # fmt: skip
        assert secret not in text, secret
    for secret in [EMAIL_OWNER, "tok_mastercard", given.charge_id]:
        assert all(secret not in token for token in tokens), secret


def test_export_reads_only_the_charitys_partition(donations, enrolled, store, clock):
    donations.give(enrolled, gift(), PIN)
    seen = []
    real_query, real_get = store.query, store.get

    def query(pk, *args, **kwargs):
        seen.append(pk)
        return real_query(pk, *args, **kwargs)

    def get(pk, sk):
        seen.append(pk)
        return real_get(pk, sk)

    store.query, store.get = query, get
    try:
        assert len(list(export_donations(store, "croix-rouge", clock=clock))) == 1
    finally:
        store.query, store.get = real_query, real_get
    assert set(seen) == {charity_pk("croix-rouge")}


def test_the_token_works_once_for_its_donation(donations, enrolled, store, clock):
    one = donations.give(enrolled, gift(nonce="nonce-one1"), PIN).donation
    two = donations.give(enrolled, gift(nonce="nonce-two2"), PIN).donation
    old = {
        r["donation_id"]: r["payment_token"]
        for r in export_donations(store, "croix-rouge", clock=clock)
    }
    new = {
        r["donation_id"]: r["payment_token"]
        for r in export_donations(store, "croix-rouge", clock=clock)
    }
    redeem = lambda token, donation_id: redeem_donation_token(  # noqa: E731
        store, "croix-rouge", donation_id, token, clock=clock
    )
    assert not redeem(old[one.donation_id], one.donation_id)  # a newer export replaced it
    assert not redeem(new[two.donation_id], one.donation_id)  # another donation's token
    assert not redeem(new[one.donation_id], one.donation_id[:-1] + "a")
    assert redeem(new[one.donation_id], one.donation_id)
    assert not redeem(new[one.donation_id], one.donation_id)  # once
    clock.advance(24 * 3600)
    assert not redeem(new[two.donation_id], two.donation_id)  # expired
    left = [r["donation_id"] for r in export_donations(store, "croix-rouge", clock=clock)]
    assert left == [two.donation_id]


# --- history and tax ----------------------------------------------------------------------------


def fr66(amount: str) -> Decimal:
    return (Decimal(amount) * Decimal("0.66")).quantize(Decimal("0.01"), rounding=ROUND_DOWN)


@pytest.mark.parametrize(
    ("amount", "rule", "expected"),
    [
        ("20", "fr-66", fr66("20")),  # 13.20
        ("5.10", "fr-66", fr66("5.10")),  # 3.366 → 3.36: an estimate rounds down
        ("0.01", "fr-66", Decimal("0.00")),
        ("500", "fr-66", Decimal("330.00")),
        ("7.30", "us-501c3", Decimal("7.30")),
        ("7.30", None, Decimal("0.00")),
    ],
)
def test_estimated_deductible(amount, rule, expected):
    assert estimated_deductible(eur(amount), rule).amount == expected


def test_history_per_charity_with_deductions(donations, enrolled, wallets, address, clock):
    clock.now -= 365 * 24 * 3600  # 2025: not this year's
    donations.give(enrolled, gift("100", nonce="nonce-last-year"), PIN)
    clock.now += 365 * 24 * 3600
    for i, amount in enumerate(["10.00", "5.10"]):
        donations.give(enrolled, gift(amount, nonce=f"nonce-fr-{i}"), PIN)
        clock.advance(3600)
    donations.give(enrolled, gift("40", charity="vestiaire"), PIN)
    donations.give(enrolled, gift("20", nonce="nonce-us", currency="USD"), PIN)
    history = donations.history(enrolled, 2026)
    lines = {(t.charity_id, t.total.currency): t for t in history.charities}
    assert set(lines) == {("croix-rouge", EUR), ("vestiaire", EUR), ("croix-rouge", "USD")}
    red = lines["croix-rouge", EUR]
    assert (red.total.amount, red.gifts, red.tax_rule) == (Decimal("15.10"), 2, "fr-66")
    assert red.deductible.amount == fr66("15.10") == Decimal("9.96")
    assert lines["vestiaire", EUR].deductible.amount == Decimal("0.00")
    assert lines["croix-rouge", "USD"].deductible == Money.of("20", "USD")
    assert history.totals == {EUR: eur("55.10"), "USD": Money.of("20", "USD")}
    assert history.deductible("fr-66") == {EUR: eur("9.96")}
    assert history.deductible("us-501c3") == {"USD": Money.of("20", "USD")}
    assert donations.history(enrolled, 2025).totals == {EUR: eur("100")}
    assert donations.history(enrolled, 2024).charities == ()
    assert donations.history("someone-else", 2026).charities == ()


def test_terms_from_the_example_content():
    from content.loader import load_content

    content = load_content(Path(__file__).resolve().parents[2] / "content" / "example")
    terms = {(t.charity_id, t.currency): t for t in charity_terms(content.charities)}
    red = terms["croix-rouge", EUR]
    assert (red.minimum, red.maximum, red.tax_rule, red.receipts) == (
        eur("1"), eur("500"), "fr-66", True,
    )  # fmt: skip
    assert terms["croix-rouge", "USD"].tax_rule == "us-501c3"
    assert len(terms) == 2 * len(content.charities)
