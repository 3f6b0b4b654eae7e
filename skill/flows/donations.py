"""Donations by voice: one sentence, limits said plainly, the wallet PIN, a receipt card.

The path: ``donate`` (DonateIntent: amount and charity, either may be missing; what is missing
is asked: ``DonationCharity``, ``DonationAmount``) → the gift read back (``ConfirmDonation``:
"20 € à la Croix-Rouge française. Je valide ?") → yes → "a tax receipt?" when the charity's tax
rule gives one (``DonationReceipt``: the donor's name and address then go to the charity) → the
PIN (``DonationPin``, or Alexa's voice check) → ``Donations.give`` → thanks, the deductible
estimate, and a receipt card.

What the donor says is checked before anything is asked of them: an unknown charity (up to
three are named instead), an amount that is not a positive number, an amount in another
currency than the charity's (refused), below the charity's minimum or above its maximum or
beyond what the daily cap leaves (the limit is said and offered: yes gives that amount). The
domain checks all of it again when it charges.
"""

from __future__ import annotations

import re
from decimal import Decimal

from catalog.folding import language, strip_accents
from content.model import CharityText
from payments.donations import PendingDonation
from payments.money import Money, MoneyError
from skill.flows import named_charity, pin, promotions
from skill.flows.common import follow_up, heard
from skill.flows.spoken_money import (
    AROUND,
    CURRENCY_WORDS,
    amount_after_name,
    cents_alone,
    one_unit,
    plus_cents,
    said_currency,
    unheard_currency,
    with_cents,
)
from skill.interaction_model import normalise
from skill.name_finding import ordinal_of
from skill.questions import (
    ConfirmDonation,
    DonationAmount,
    DonationCharity,
    DonationPin,
    DonationReceipt,
    DonationRetry,
    Question,
    RoundUp,
)
from skill.services import GUIDE_MARGIN, GUIDE_SURE
from skill.turn import Reply, Slot, Slots, Turn

MAX_NAMED = 3
"""At most this many charities are named when the donor must choose one."""
_AMOUNT_RE = re.compile(r"^[0-9]{1,9}(?:\.[0-9]{1,2})?$")
_NEGATIVE_RE = re.compile(r"^-\s*[0-9]")
_THOUSANDS_RE = re.compile(r"^[0-9]{1,3}(?: [0-9]{3})+(?:[.,][0-9]{1,2})?$")
GIFT_QUESTIONS = (
    DonationCharity,
    DonationAmount,
    ConfirmDonation,
    DonationReceipt,
    DonationPin,
    RoundUp,
    DonationRetry,
)
"""Questions of a gift under way: while one is pending, a name said is a charity's."""


# --- DonateIntent -------------------------------------------------------------------------------


def donate(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "Donate twenty euros to the Red Cross", or part of it; missing parts come from the
    question the skill just asked, else are asked for. With no gift under way, « à la
    lavande » after a product is the product's scent, not a charity
    (:func:`skill.flows.named_charity.not_a_charity`)."""
    if question is None:
        name = named_charity.not_a_charity(turn, slots)
        if name is not None:
            return named_charity.as_a_name(turn, turn.question, name)
    return gift(turn, question, slots)


def gift(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """:func:`donate`, the words known to be a gift's."""
    known_charity, known_amount = context_of(question)
    charity_slot = slots.get("charity", slots.get("choice", Slot()))
    if _any_charity(turn, charity_slot):
        charity_slot = Slot()  # « donner à une association »: which one is still to ask
    amount_said, currency_said, cents_said = (
        slots.get(name, Slot()) for name in ("amount", "currency", "cents")
    )
    amount_said = one_unit(amount_said, currency_said, cents_said)  # "a dollar fifty"
    amount_said = cents_alone(amount_said, currency_said, cents_said)  # "fifty cents"
    amount_slot, currency_slot = with_cents(
        plus_cents(amount_said, cents_said), currency_said, turn.locale
    )
    if amount_slot.empty and not charity_slot.empty and not charity_slot.entity_id:
        # "donate to the red cross twenty dollars": the amount said after the charity's name
        charity_slot, amount_slot, currency_slot = amount_after_name(charity_slot, turn.locale)

    if isinstance(question, DonationCharity) and charity_slot.empty and amount_slot.empty:
        return more_charities(turn, question, slots)  # "any other charities?" to "which one?"
    charity_id = known_charity
    if not charity_slot.empty:
        charity_id = find_charity(turn, charity_slot)
    if isinstance(question, DonationCharity) and not charity_slot.empty:
        listed = named_charities(turn)[question.first :][:MAX_NAMED]  # "the first one" of them
        rank = ordinal_of(charity_slot.text or charity_slot.entity_id or "", len(listed))
        charity_id = listed[rank] if rank is not None else charity_id
    text = charity_text(turn, charity_id)

    spoken = _spoken_currency(turn, currency_slot, text)
    if spoken is None and not unheard_currency(currency_slot.text or "", turn.locale):
        # "two fifty": the rest of a number, no currency; $2.50 or $250 is asked, never "we
        # only take dollars"
        return _bad_amount(turn, "invalid", charity_id if text else None)
    if spoken is None or (text is not None and spoken != text.currency):
        return _wrong_currency(turn, charity_id if text else None)

    amount: Money | None = None
    if not amount_slot.empty:
        value = _parse_amount(amount_slot.text or "")
        if not isinstance(value, Decimal):
            return _bad_amount(turn, value, charity_id if text else None)
        try:
            amount = Money.of(value, spoken)
        except MoneyError:
            return _wrong_currency(turn, charity_id if text else None)
    elif known_amount is not None:
        amount = known_amount
        if text is not None and amount.currency != text.currency:
            return _wrong_currency(turn, charity_id)

    # Whether the donor can pay is said first: never ask the charity and the amount of a
    # gift the wallet then refuses.
    owner = pin.payer(turn)
    if owner is None:
        return pin.link_account(turn)
    wallet = turn.services.wallets.show(owner)
    if wallet is None:
        return pin.no_wallet(turn)
    if wallet.locked:
        return pin.locked(turn)

    if not charity_slot.empty and text is None:
        return ask_charity(turn, amount, _unknown_charity(turn, charity_slot))
    if charity_id is None or text is None:
        return ask_charity(turn, amount)
    if amount is None:
        return ask_amount(turn, charity_id, text)
    return within_limits(turn, owner, charity_id, text, amount)


_ANY_CHARITY = {
    "fr": frozenset({"association", "associations", "association caritative", "organisme",
                     "oeuvre", "oeuvre caritative", "bonne cause", "cause", "bonne oeuvre"}),
    "en": frozenset({"charity", "charities", "organization", "organisation", "good cause",
                     "cause", "nonprofit", "non profit", "charitable organization"}),
}  # fmt: skip
_ANY_ARTICLES = frozenset({"un", "une", "des", "l", "la", "le", "a", "an", "the", "some", "any"})


def _any_charity(turn: Turn, slot: Slot) -> bool:
    """The slot says "a charity", « une association »: no charity in particular."""
    if slot.entity_id is not None or not slot.text:
        return False
    words = [w for w in strip_accents(normalise(slot.text)).split() if w not in _ANY_ARTICLES]
    return " ".join(words) in _ANY_CHARITY.get(language(turn.locale), frozenset())


def amount_given(turn: Turn, question: DonationAmount, slots: Slots) -> Reply:
    """A bare number to "how much?" ("five"): Alexa sends a lone number as the PIN intent, whose
    sample it is; here it is the amount. A PIN said too early is above the largest gift:
    :func:`within_limits` says the limit and asks again, never saying the number back."""
    return donate(turn, question, {"amount": slots.get("pin", Slot())})


def context_of(question: Question | None) -> tuple[str | None, Money | None]:
    """What a pending donation question already knows: the charity and the amount."""
    if isinstance(question, DonationCharity) and question.amount:
        return None, Money.from_json(question.amount)
    if isinstance(question, DonationAmount):
        return question.charity, None
    if isinstance(question, (ConfirmDonation, DonationReceipt)) and question.donation:
        donation = PendingDonation.from_json(question.donation)
        return donation.charity_id, donation.amount
    return None, None


def find_charity(turn: Turn, slot: Slot) -> str | None:
    """The charity ``slot`` names: its entity, else a name the matcher is sure of, clearly
    ahead of the next, said alone or with the words after it that change nothing ("clean
    water friends instead", « l'eau claire à la place »: :func:`without_around`); None
    otherwise. Every charity name said is read here."""
    if slot.entity_id and charity_text(turn, slot.entity_id) is not None:
        return slot.entity_id
    said = slot.text or ""
    found = _surely_named(turn, said)
    trimmed = without_around(said)
    if found is None and trimmed != said:
        found = _surely_named(turn, trimmed)
    return found


def _surely_named(turn: Turn, said: str) -> str | None:
    ranked = turn.services.charity_matchers[turn.locale].match(said)
    if not ranked or ranked[0][1] < GUIDE_SURE:
        return None
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < GUIDE_MARGIN:
        return None
    return ranked[0][0]


def without_around(said: str) -> str:
    """``said`` without the words after a name that change nothing, as after an amount
    (:data:`skill.flows.spoken_money.AROUND`: "instead", "then", "rather", "please", « à la
    place », « plutôt », « alors »); never the name's last word."""
    words = said.split()
    while len(words) > 1 and strip_accents(normalise(words[-1])) in AROUND:
        words.pop()
    return " ".join(words)


def charity_text(turn: Turn, charity_id: str | None) -> CharityText | None:
    charity = turn.content.charities.get(charity_id) if charity_id else None
    return charity.text.get(turn.locale) if charity else None


def _spoken_currency(turn: Turn, slot: Slot, text: CharityText | None) -> str | None:
    """The currency the donor named (a ``currency`` slot), else the one the locale's samples
    say ("euros" in French, "dollars" in English). None: a currency we do not know."""
    if slot.entity_id:
        code = slot.entity_id.upper()
        return code if code in CURRENCY_WORDS.values() else None
    if slot.text:
        return said_currency(slot.text)
    return turn.locale_settings.currency


def _parse_amount(text: str) -> Decimal | str:
    """A positive amount of at most two decimals, or why not: ``negative``, ``zero``, ``invalid``.

    AMAZON.NUMBER gives digits ("20", "-5") and "?" when it heard no number; typed (the
    simulator, the console's text box) a decimal comes whole, "1.50" or "1,50": 1.50, never 150.
    A space only separates thousands (« 1 000 »): "1 50" is no amount (it was 150), nor is
    "1.500" (1.5 or 1500?)."""
    said = text.strip()
    if _THOUSANDS_RE.match(said):
        said = said.replace(" ", "")
    said = said.replace(",", ".")
    if _NEGATIVE_RE.match(said):
        return "negative"
    if not _AMOUNT_RE.match(said):
        return "invalid"
    value = Decimal(said)
    return value if value > 0 else "zero"


# --- asking and refusing ------------------------------------------------------------------------


def named_charities(turn: Turn) -> list[str]:
    """Every charity with a name in the locale, in the order "which charity?" names them."""
    return [cid for cid in turn.content.charities if turn.charity_name(cid) is not None]


def ask_charity(turn: Turn, amount: Money | None, lead: str = "", first: int = 0) -> Reply:
    """ "Which charity?" with up to three of them named, from ``first``."""
    listed = named_charities(turn)[first:][:MAX_NAMED]
    known = [turn.charity_name(charity_id) or "" for charity_id in listed]
    return turn.ask(
        lead,
        turn.say("donation_ask_charity", options=turn.speaker.either(known)),
        question=DonationCharity(amount.to_json() if amount else None, first),
        reprompt=turn.say("donation_ask_charity_reprompt", example=known[0]),
    )


def more_charities(turn: Turn, question: DonationCharity, slots: Slots) -> Reply:
    """ "More", "any other charities?" to "which charity?": the next ones; after the last,
    that there are no others, and the first ones again."""
    amount = Money.from_json(question.amount) if question.amount else None
    first = question.first + MAX_NAMED
    if first >= len(named_charities(turn)):
        return ask_charity(turn, amount, lead=turn.say("donation_no_more_charities"))
    return ask_charity(turn, amount, first=first)


def amount_by_rank(turn: Turn, question: DonationAmount, slots: Slots) -> Reply | None:
    """ "The second one", « le deuxième », "the last one" to "how much? For example $5, $10 or
    $25": the amount suggested in that place, read back as if said (its limits checked); None
    when no rank among them is said. Ranks are read as for the charities named
    (:func:`skill.name_finding.ordinal_of`, as "the first one" to "which charity?")."""
    choice = slots.get("choice", Slot())
    text = charity_text(turn, question.charity)
    if choice.empty or text is None:
        return None
    rank = ordinal_of(choice.text or choice.entity_id or "", len(text.suggested))
    if rank is None:
        return None
    amount = text.suggested[rank]
    said = {"amount": Slot(str(amount.amount)), "currency": Slot(entity_id=amount.currency)}
    return gift(turn, question, said)


def _unknown_charity(turn: Turn, slot: Slot) -> str:
    said = heard(without_around(slot.text or ""))
    if said:
        return turn.say("donation_unknown_charity", name=said)
    return turn.say("donation_unknown_charity_unsaid")


def ask_amount(turn: Turn, charity_id: str, text: CharityText, lead: str = "") -> Reply:
    examples = [turn.speaker.money(m) for m in text.suggested]
    name = turn.charity_name(charity_id)
    return turn.ask(
        lead,
        turn.say("donation_ask_amount", charity=name, examples=turn.speaker.either(examples)),
        question=DonationAmount(charity_id),
        reprompt=turn.say("donation_ask_amount_reprompt", example=text.suggested[0]),
    )


def _bad_amount(turn: Turn, why: str, charity_id: str | None) -> Reply:
    """Not a positive number: one clear sentence, nothing charged, and the question again."""
    lead = turn.say(f"donation_amount_{why}")
    text = charity_text(turn, charity_id)
    if charity_id is None or text is None:
        return follow_up(turn, lead, turn.say("donation_try_again"))
    return ask_amount(turn, charity_id, text, lead)


def _wrong_currency(turn: Turn, charity_id: str | None) -> Reply:
    text = charity_text(turn, charity_id)
    currency = text.currency if text else turn.locale_settings.currency
    key = f"currency_{currency}"
    words = turn.say(key) if key in turn.speaker.prompts else currency
    name = turn.charity_name(charity_id) if charity_id else None
    if name is None:
        return follow_up(turn, turn.say("donation_currency_locale", currency=words))
    return follow_up(turn, turn.say("donation_currency_refused", charity=name, currency=words))


def within_limits(
    turn: Turn, owner: str, charity_id: str, text: CharityText, amount: Money
) -> Reply:
    """Read the gift back, or say the limit it breaks: below the smallest gift, that one is
    offered; above the largest, the amount is asked again."""
    if amount < text.minimum:
        return _offer(turn, charity_id, text.minimum, "donation_below_min")
    if amount > text.maximum:  # never "shall I give the largest?": a misheard amount may be
        name = turn.charity_name(charity_id)  # far above, and a yes would give the largest
        lead = turn.say("donation_amount_over", charity=name, amount=text.maximum)
        return ask_amount(turn, charity_id, text, lead=lead)
    donations = turn.services.donations
    room = donations.room_today(owner, amount.currency)
    if amount > room:
        cap = donations.daily_cap(amount.currency)
        if room < text.minimum:
            return follow_up(turn, turn.say("donation_cap_reached", cap=cap))
        return _offer(turn, charity_id, room, "donation_cap_room", cap=cap)
    return _offer(turn, charity_id, amount, "donation_confirm")


def _offer(turn: Turn, charity_id: str, amount: Money, key: str, **params: object) -> Reply:
    """Ask "shall I give <amount> to <charity>?": a yes is the donor's agreement to that gift."""
    pending = PendingDonation.create(charity_id, amount)
    name = turn.charity_name(charity_id)
    return turn.ask(
        match_said(turn, amount),
        turn.say(key, amount=amount, charity=name, **params),
        question=ConfirmDonation(pending.to_json()),
        reprompt=turn.say("donation_confirm_reprompt", amount=amount, charity=name),
    )


def match_said(turn: Turn, amount: Money) -> str:
    """With the gift read back: the merchant's match the shopper asked for, or a hint that
    their reward can match it."""
    seller = turn.locale_settings.skill_name
    chosen = promotions.match_for(turn, amount)
    if chosen is not None:
        return turn.say("gift_will_match", seller=seller, amount=chosen)
    if promotions.held(turn, promotions.FOR_GIFTS):
        return turn.say("gift_match_hint", seller=seller)
    return ""
