"""What flows call besides the state: resolvers, matchers, money services, built once per process."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from catalog.matching import NameMatcher
from catalog.resolver import Resolution, Resolver
from content.model import Content
from payments.checkout import Checkout
from payments.gateway import Gateway
from payments.money import Money
from payments.pin import PinHasher
from payments.sandbox import SandboxGateway
from payments.wallet import Wallets
from skill.interaction_model import OTHER_MATERIAL, load_template, normalise
from skill.settings import Settings
from skill.turn import Slot
from store.base import Store

GUIDE_SURE = 85.0
"""A guide topic scoring at least this, clearly ahead of the next, is taken without asking."""
GUIDE_CLOSE = 70.0
"""Below this the topic is unknown: the shopper hears the two closest guides as suggestions."""
GUIDE_MARGIN = 8.0


@dataclass(frozen=True)
class GuideMatch:
    guide_id: str | None
    alternatives: list[str] = field(default_factory=list)
    close: bool = False
    """True when the alternatives are plausible readings of what was said (ask "A or B?")."""


@dataclass
class Services:
    content: Content
    store: Store
    clock: Callable[[], float]
    settings: Settings
    resolvers: dict[str, Resolver]
    guide_matchers: dict[str, NameMatcher]
    material_matchers: dict[str, NameMatcher]
    charity_matchers: dict[str, NameMatcher]

    # Money services are built on first use: a guide turn never pays for a pepper fetch.
    @cached_property
    def gateway(self) -> Gateway:
        if self.settings.gateway == "stripe":
            from payments.stripe_gateway import StripeGateway
            from skill.secret_settings import stripe_key

            return StripeGateway(stripe_key(self.settings))
        return SandboxGateway(self.store, clock=self.clock)

    @cached_property
    def wallets(self) -> Wallets:
        from skill.secret_settings import pin_pepper

        hasher = PinHasher(pin_pepper(self.settings))
        return Wallets(self.store, self.gateway, hasher, clock=self.clock)

    @cached_property
    def checkout(self) -> Checkout:
        return Checkout(self.store, self.wallets, self.gateway, clock=self.clock)

    @cached_property
    def donations(self):  # -> payments.donations.Donations, imported on first use
        from payments.donations import Donations, charity_terms

        return Donations(
            self.store,
            self.wallets,
            self.gateway,
            clock=self.clock,
            charities=charity_terms(self.content.charities),
            daily_cap=self.content.settings.daily_donation_cap,
        )

    def resolve_product(self, locale: str, slot: Slot) -> Resolution:
        return self.resolvers[locale].resolve(slot.text or "", entity_id=slot.entity_id)

    def choose_product(self, locale: str, options: list[str], text: str) -> str | None:
        """Which of ``options`` the shopper named: an ordinal, a variant value, or a name."""
        ordinal = _ordinal(text, len(options))
        if ordinal is not None:
            return options[ordinal]
        catalog = self.content.catalogs[locale]
        entries = []
        for product_id in options:
            product = catalog.get(product_id)
            if product is not None:
                names = [product.title, *product.synonyms, *product.variants.values()]
                entries.append((product_id, names))
        ranked = NameMatcher(entries, locale).match(text)
        if not ranked or ranked[0][1] < GUIDE_CLOSE:
            return None
        if len(ranked) > 1 and ranked[1][1] >= ranked[0][1] - 1:
            return None
        return ranked[0][0]

    def find_guide(self, locale: str, slot: Slot, among: list[str] | None = None) -> GuideMatch:
        if slot.entity_id in self.content.guides:
            return GuideMatch(slot.entity_id)
        ranked = self.guide_matchers[locale].match(slot.text or "")
        if among:
            preferred = [r for r in ranked if r[0] in among]
            if preferred and preferred[0][1] >= GUIDE_CLOSE:
                ranked = preferred + [r for r in ranked if r[0] not in among]
        if not ranked:
            return GuideMatch(None, list(self.content.guides)[:2])
        best_id, best = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        if best >= GUIDE_SURE and best - runner_up >= GUIDE_MARGIN:
            return GuideMatch(best_id)
        alternatives = [guide_id for guide_id, _ in ranked[:2]]
        if best >= GUIDE_CLOSE and runner_up >= GUIDE_CLOSE:
            return GuideMatch(None, alternatives, close=True)
        if best >= GUIDE_SURE:
            return GuideMatch(best_id)
        return GuideMatch(None, alternatives, close=False)

    def find_material(self, locale: str, text: str) -> str | None:
        ranked = self.material_matchers[locale].match(text)
        if ranked and ranked[0][1] >= GUIDE_SURE:
            return ranked[0][0]
        return None

    def delivery_fee(self, subtotal: Money) -> Money:
        rule = self.content.settings.delivery.get(subtotal.currency)
        return rule.fee_for(subtotal) if rule else Money.zero(subtotal.currency)


_ORDINALS = (
    {"first", "1st", "premier", "premiere"},
    {"second", "2nd", "deuxieme", "seconde"},
    {"third", "3rd", "troisieme"},
)
_ARTICLES = {
    "the",
    "one",
    "le",
    "la",
    "l",
    "celui",
    "celle",
    "please",
    "plait",
    "s",
    "il",
    "te",
    "vous",
}


def _ordinal(text: str, count: int) -> int | None:
    """ "the second one", "la deuxième" → 1; "last"/"dernier" → the last option."""
    words = [w.strip("'") for w in normalise(text).split() if w.strip("'") not in _ARTICLES]
    if len(words) != 1:
        return None
    if words[0] in ("last", "dernier", "derniere"):
        return count - 1 if count else None
    for index, names in enumerate(_ORDINALS):
        if index < count and words[0] in names:
            return index
    return None


def build_services(
    settings: Settings, content: Content, store: Store, clock: Callable[[], float]
) -> Services:
    locales = content.locales
    return Services(
        content=content,
        store=store,
        clock=clock,
        settings=settings,
        resolvers={loc: Resolver(content.catalogs[loc]) for loc in locales},
        guide_matchers={
            loc: NameMatcher(
                [
                    (g.id, [g.text[loc].title, *g.text[loc].synonyms])
                    for g in content.guides.values()
                ],
                loc,
            )
            for loc in locales
        },
        material_matchers={
            loc: NameMatcher(
                [
                    *((m.id, list(m.names[loc])) for m in content.materials.values()),
                    (OTHER_MATERIAL, load_template(loc).get("other_material", [])),
                ],
                loc,
            )
            for loc in locales
        },
        charity_matchers={
            loc: NameMatcher(
                [
                    (c.id, [c.text[loc].name, *c.text[loc].synonyms])
                    for c in content.charities.values()
                ],
                loc,
            )
            for loc in locales
        },
    )
