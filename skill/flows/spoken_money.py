"""Amounts said with their cents: "douze euros cinquante", "twelve dollars fifty", « 12,50
euros », "fifty cents". Alexa fills the amount slot with the whole part ("12") and leaves the
rest in the currency slot ("euros cinquante", "50 dollars"), or hears the cents as the currency
itself ("cinquante centimes"): read together, they are the amount meant, never "a currency we
do not take"."""

from __future__ import annotations

from decimal import Decimal

from catalog.folding import strip_accents
from catalog.normalise import normalise
from skill.turn import Slot

CURRENCY_WORDS = {
    "euro": "EUR", "euros": "EUR", "eur": "EUR", "€": "EUR", "balles": "EUR",
    "dollar": "USD", "dollars": "USD", "usd": "USD", "$": "USD", "buck": "USD", "bucks": "USD",
}  # fmt: skip
"""The words a donor names a currency with, and its code."""
CENTS = {"centime": "EUR", "centimes": "EUR", "cent": "USD", "cents": "USD"}
"""Hundredths said as the unit ("cinquante centimes", "fifty cents")."""
LINKS = frozenset({"and", "et"})
"""Between the currency and its cents: "seven dollars and twenty-five cents"."""
HUNDRED = 100


def with_cents(amount: Slot, currency: Slot, locale: str) -> tuple[Slot, Slot]:
    """The amount and currency slots as meant: the cents said after the currency (or within
    the amount's decimals, cut off by the recogniser) added to the amount, and hundredths said
    as the unit read in the currency they are hundredths of."""
    said = (currency.text or "").strip().lower()
    if currency.entity_id or not said or not amount.text or not amount.text.isdigit():
        return amount, currency
    words = said.split()
    if len(words) == 1 and words[0] in CENTS:
        value = Decimal(amount.text) / HUNDRED
        return Slot(str(value)), Slot(_word_of(CENTS[words[0]]))
    tokens = normalise(said, locale).split()
    numbers = [t for t in tokens if t.isdigit()]
    named = [w for w in words if w in CURRENCY_WORDS]
    rest = [t for t in tokens if not t.isdigit() and t not in CURRENCY_WORDS]
    cents = numbers[0] if len(numbers) == 1 else None
    if cents is None or len(named) != 1 or not 0 < int(cents) < HUNDRED:
        return amount, currency
    if any(t not in LINKS and t not in CENTS for t in rest):
        return amount, currency  # more than the cents: not an amount we can read
    value = Decimal(amount.text) + Decimal(cents) / HUNDRED
    return Slot(str(value)), Slot(named[0])


AROUND = frozenset({"instead", "then", "please", "rather", "place", "la", "a", "plutot", "alors"})
"""Words said with a currency or after a charity's name that change nothing ("five dollars
instead", « à la place », "give it to clean water friends instead")."""


def said_currency(text: str) -> str | None:
    """The code of the one currency ``text`` names, words around it aside ("dollars instead",
    « euros à la place »); None when it names none or another."""
    words = strip_accents(text.lower()).split()
    named = [CURRENCY_WORDS[w] for w in words if w in CURRENCY_WORDS]
    if len(named) != 1 or any(w not in CURRENCY_WORDS and w not in AROUND for w in words):
        return None
    return named[0]


def unheard_currency(text: str, locale: str) -> bool:
    """``text`` (what filled the currency slot) says something that may be a currency: not
    only numbers ("fifty" in "two fifty" is the rest of an amount, no currency at all)."""
    tokens = normalise(text, locale).split()
    return not tokens or not all(t.isdigit() for t in tokens)


def amount_after_name(name: Slot, locale: str) -> tuple[Slot, Slot, Slot]:
    """A name slot that took the amount said after it ("red cross twenty dollars", « croix
    rouge vingt euros »): (the name, the amount, the currency); the name alone, with empty
    slots, when it ends with no whole amount and currency."""
    tokens = normalise(name.text or "", locale).split()
    if len(tokens) < 3 or tokens[-1] not in CURRENCY_WORDS or not tokens[-2].isdigit():
        return name, Slot(), Slot()
    return Slot(" ".join(tokens[:-2])), Slot(tokens[-2]), Slot(tokens[-1])


def plus_cents(amount: Slot, cents: Slot) -> Slot:
    """ "Twelve dollars fifty", « douze euros et cinquante centimes » said alone: the cents in
    their own number slot, added to a whole amount (never to one already with decimals)."""
    if not amount.text or not amount.text.isdigit() or not cents.text or not cents.text.isdigit():
        return amount
    if not 0 < int(cents.text) < HUNDRED:
        return amount
    return Slot(str(Decimal(amount.text) + Decimal(cents.text) / HUNDRED))


ONE_UNIT = frozenset({"dollar", "buck", "euro"})
"""A currency named in the singular: "a dollar", « un euro », "a buck fifty" say one of it."""


def one_unit(amount: Slot, currency: Slot, cents: Slot) -> Slot:
    """ "A dollar", "a buck fifty", "a dollar and fifty cents", « un euro cinquante »: no number
    heard (the article says one), the currency named in the singular: one unit, with the cents
    said after it. ``amount`` as it is otherwise (no currency, a plural, cents of 100 or more)."""
    if not amount.empty or strip_accents((currency.text or "").strip().lower()) not in ONE_UNIT:
        return amount
    if cents.empty:
        return Slot("1")
    hundredths = _whole(cents.text)
    if hundredths is None or not 0 < hundredths < HUNDRED:
        return amount
    return Slot(str(1 + Decimal(hundredths) / HUNDRED))


def cents_alone(amount: Slot, currency: Slot, cents: Slot) -> Slot:
    """ "Fifty cents", « cinquante centimes » said alone (a ``cents`` slot, no whole amount, no
    currency): that many hundredths of the locale's unit, below the smallest gift; never 50 of
    it. ``amount`` as it is otherwise."""
    hundredths = _whole(cents.text)
    if not amount.empty or not currency.empty or hundredths is None or hundredths <= 0:
        return amount
    return Slot(str(Decimal(hundredths) / HUNDRED))


def _whole(text: str | None) -> int | None:
    """The whole number a number slot holds in ASCII digits ("50"), else None ("²", "?")."""
    said = (text or "").strip()
    return int(said) if said.isascii() and said.isdigit() else None


def _word_of(code: str) -> str:
    return next(word for word, of in CURRENCY_WORDS.items() if of == code and word.isalpha())
