"""What flows call besides the state: resolvers, matchers, money services, built once per process."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Generic, TypeVar

from content.model import Content
from payments.money import Money
from skill.interaction_model import OTHER_MATERIAL, load_template, normalise
from skill.name_finding import (
    ALTERNATIVES,
    DETERMINERS,
    GUIDE_SURE,
    MATERIAL_LINKS,
    WHOLE_NAME,
    common_words,
    ordinal_of,
    particular_words,
    surely_within,
)
from skill.settings import Settings
from skill.turn import Slot
from store.base import Store

if TYPE_CHECKING:
    from accounts.links import AccountLinks, LinkedShopper
    from catalog.matching import NameMatcher
    from catalog.model import Catalog, Product
    from catalog.resolver import Resolution, Resolver
    from marketing.budgets import BudgetView
    from payments.checkout import Checkout
    from payments.donations import Donations
    from payments.gateway import Gateway
    from payments.matching import Matches
    from payments.promotions import Promotions
    from payments.wallet import Wallets

GUIDE_CLOSE = 70.0
"""Below this the topic is unknown: the shopper hears the two closest guides as suggestions."""
GUIDE_MARGIN = 8.0


@dataclass(frozen=True)
class GuideMatch:
    guide_id: str | None
    alternatives: list[str] = field(default_factory=list)
    close: bool = False
    """True when the alternatives are plausible readings of what was said (ask "A or B?")."""
    named: bool = True
    """False when the words name no guide in particular: "a stain", « une tache » (a word most
    guides share, ``common_guide_words``), or no word at all."""


T = TypeVar("T")


class PerLocale(Generic[T]):
    """An index built for a locale the first time a turn needs it: a launch builds none, a
    guide turn only the guide matcher of its locale (a cold start serves the first request with
    only what it uses). Two threads may build the same one at once: the result is the same."""

    def __init__(self, build: Callable[[str], T]) -> None:
        self._build = build
        self._built: dict[str, T] = {}

    def __getitem__(self, locale: str) -> T:
        built = self._built.get(locale)
        if built is None:
            built = self._built[locale] = self._build(locale)
        return built


@dataclass
class Services:
    content: Content
    store: Store
    clock: Callable[[], float]
    settings: Settings
    resolvers: PerLocale[Resolver]
    guide_matchers: PerLocale[NameMatcher]
    common_guide_words: PerLocale[frozenset[str]]
    material_matchers: PerLocale[NameMatcher]
    charity_matchers: PerLocale[NameMatcher]
    given_gateway: Gateway | None = None
    """A gateway chosen by the caller (tests wrap the sandbox); None: from the settings."""

    # Money services are built on first use, their modules imported then: a guide turn never
    # pays for a pepper fetch, and a launch never loads the payments code.
    @cached_property
    def gateway(self) -> Gateway:
        if self.given_gateway is not None:
            return self.given_gateway
        if self.settings.gateway == "stripe":
            from payments.stripe_gateway import StripeGateway
            from skill.secret_settings import stripe_key

            return StripeGateway(stripe_key(self.settings))
        from payments.sandbox import SandboxGateway

        return SandboxGateway(self.store, clock=self.clock)

    @cached_property
    def links(self) -> AccountLinks | None:
        """Access tokens → linked accounts; None when account linking is not configured (then
        a shopper's own Alexa identity owns their wallet, as in development)."""
        if not self.settings.account_linking:
            return None
        from accounts.links import AccountLinks, derive_key
        from skill.secret_settings import web_secret

        key = derive_key(web_secret(self.settings), "access-token")
        return AccountLinks(self.store, key, clock=self.clock)

    def payer(
        self, owner: str, user_token: str | None, person_token: str | None
    ) -> tuple[str | None, LinkedShopper | None]:
        """Whose wallet pays for ``owner`` (``accounts.links.resolve_owner``), and the linked
        account the token names; without account linking, the shopper's own."""
        links = self.links
        if links is None:
            return owner, None
        from accounts.links import resolve_owner

        resolution = resolve_owner(links, user_token, person_token, owner)
        return resolution.owner, resolution.shopper

    @cached_property
    def wallets(self) -> Wallets:
        from payments.pin import PinHasher
        from payments.wallet import Wallets
        from skill.secret_settings import pin_pepper

        hasher = PinHasher(pin_pepper(self.settings))
        return Wallets(self.store, self.gateway, hasher, clock=self.clock)

    @cached_property
    def checkout(self) -> Checkout:
        from payments.checkout import Checkout

        return Checkout(
            self.store, self.wallets, self.gateway, promotions=self.promotions, clock=self.clock
        )

    @cached_property
    def promotions(self) -> Promotions:
        """What orders' campaigns and rewards spend; needs no wallet (no pepper fetch)."""
        from marketing.rules import terms
        from payments.promotions import Promotions

        return Promotions(self.store, terms(self.content.marketing), clock=self.clock)

    @cached_property
    def budgets(self) -> BudgetView:
        from marketing.budgets import BudgetView

        return BudgetView(self.promotions, self.clock)

    @cached_property
    def matches(self) -> Matches:
        from payments.matching import Matches

        return Matches(self.store, self.wallets, self.gateway, clock=self.clock)

    @property
    def match_token(self) -> str:
        """The merchant's payment method for matched gifts ("" : none configured)."""
        if self.settings.match_token:
            return self.settings.match_token
        return "tok_visa" if self.settings.gateway == "sandbox" else ""

    @cached_property
    def donations(self) -> Donations:
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

    def pick(self, locale: str, options: list[str], text: str, kind: str) -> str | None:
        """Which of ``options`` (product or guide ids, ``kind``) the shopper named: an ordinal
        ("the second one"), a variant value ("the 500 ml"), or a name; None when unsure."""
        ordinal = ordinal_of(text, len(options))
        if ordinal is not None:
            return options[ordinal]
        if kind == "product":
            sized = self._by_size_word(locale, options, text)
            if sized is not None:
                return sized
        entries = []
        for option in options:
            if kind == "guide" and option in self.content.guides:
                text_of = self.content.guides[option].text[locale]
                entries.append((option, [text_of.title, *text_of.synonyms]))
            elif kind == "product":
                product = self.content.catalogs[locale].get(option)
                if product is not None:
                    names = [product.title, *product.synonyms, *product.variants.values()]
                    entries.append((option, names))
        ranked = _matcher(entries, locale).match(text)
        if not ranked or ranked[0][1] < GUIDE_CLOSE:
            return None
        if len(ranked) > 1 and ranked[1][1] >= ranked[0][1] - 1:
            return None
        return ranked[0][0]

    def _by_size_word(self, locale: str, options: list[str], text: str) -> str | None:
        """ "The bigger one", « le plus petit » among products of one scale: the largest or
        smallest of them; None when the words say no size or the sizes do not compare."""
        from catalog.size_words import relative_size
        from catalog.variants import size_of, size_sort_key

        lang = locale[:2]
        said = {relative_size(w, lang) for w in normalise(text).split()} - {None}
        catalog = self.content.catalogs[locale]
        products = [p for p in (catalog.get(o) for o in options) if p is not None]
        keys = [size_sort_key(size_of(p) or "")[:2] for p in products]
        if len(said) != 1 or len(products) < 2 or len({k[0] for k in keys}) != 1:
            return None
        if len(set(keys)) != len(keys):
            size = said.pop()
            return _beyond_the_options(catalog, products, size) if size else None
        pick = max if said == {"large"} else min
        return products[keys.index(pick(keys))].id

    def split_topic(self, locale: str, text: str) -> tuple[str, str | None] | None:
        """ "herbe sur un jean" → ("herbe", "un jean"): the words before "sur" (on, from...) and
        after it, when those after name a material (``find_material``). The material is None
        when they name none but the words before name a guide; None when neither."""
        words = normalise(text).split()
        links = MATERIAL_LINKS.get(locale[:2], ())
        for index in range(len(words) - 1, 0, -1):
            if words[index] not in links:
                continue
            topic = " ".join(words[:index])
            after = " ".join(words[index + 1 :])
            if self.find_material(locale, after):
                return topic, after
            if self.find_guide(locale, Slot(topic)).guide_id:
                return topic, None
        return None

    def find_guide(self, locale: str, slot: Slot, among: list[str] | None = None) -> GuideMatch:
        """The guide ``slot`` names; else the guides it may mean, or none.

        Words most guides share ("stain", « tache ») are left out first: "a stain" names no
        guide in particular (``named=False``), and "a mystery goo stain" is not a near miss of
        every stain guide. No guide is ever suggested on nothing but such words."""
        if slot.entity_id in self.content.guides:
            return GuideMatch(slot.entity_id)
        matcher = self.guide_matchers[locale]
        particular = particular_words(matcher, slot.text or "", self.common_guide_words[locale])
        if not particular:
            return GuideMatch(None, named=False)
        ranked = matcher.match(particular)
        if among:
            preferred = [r for r in ranked if r[0] in among]
            if preferred and preferred[0][1] >= GUIDE_CLOSE:
                ranked = preferred + [r for r in ranked if r[0] not in among]
        if not ranked:
            return GuideMatch(None)
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

    @cached_property
    def longest_material(self) -> int:
        """Words in the longest material name, as ``find_material`` reads them."""
        names = (n for m in self.content.materials.values() for ns in m.names.values() for n in ns)
        return max((len(normalise(n).split()) for n in names), default=1)

    def find_material(self, locale: str, text: str) -> str | None:
        """The material ``text`` names, or that a part of it names best: "silk shirt",
        « chemise en soie » name silk (the garment alone, which may suggest cotton or linen,
        scores lower than the material said). None when no part is sure, or two materials
        are equally so."""
        words = [w for w in normalise(text).split() if w not in DETERMINERS]
        return surely_within(self.material_matchers[locale], words, self.longest_material)

    def guide_within(self, locale: str, text: str) -> str | None:
        """The one guide a part of ``text`` names whole: "my son got ink" is the ink stain (the
        topic slot took the whole sentence; "red juice" is no red wine); None when none or two
        are."""
        matcher = self.guide_matchers[locale]
        particular = particular_words(matcher, text, self.common_guide_words[locale])
        words = [w for w in normalise(particular).split() if w not in DETERMINERS]
        if ALTERNATIVES & set(words):
            return None  # « vin blanc ou rouge »: two stains, asked about
        return surely_within(matcher, words, len(words) - 1, floor=WHOLE_NAME)

    def delivery_fee(self, subtotal: Money) -> Money:
        rule = self.content.settings.delivery.get(subtotal.currency)
        return rule.fee_for(subtotal) if rule else Money.zero(subtotal.currency)


def _matcher(entries: list[tuple[str, list[str]]], locale: str) -> NameMatcher:
    """A fuzzy name matcher; its module (and rapidfuzz) load with the first turn that matches a
    name, not with the skill: a launch matches none."""
    from catalog.matching import NameMatcher

    return NameMatcher(entries, locale)


def build_services(
    settings: Settings,
    content: Content,
    store: Store,
    clock: Callable[[], float],
    gateway: Gateway | None = None,
) -> Services:
    def resolver(loc: str) -> Resolver:
        # Imported with the first product turn: a launch or a guide never loads the resolver.
        from catalog.carriers import template_carriers
        from catalog.resolver import Resolver

        return Resolver(content.catalogs[loc], template_carriers(load_template(loc)))

    def guide_matcher(loc: str) -> NameMatcher:
        return _matcher(
            [(g.id, [g.text[loc].title, *g.text[loc].synonyms]) for g in content.guides.values()],
            loc,
        )

    def common_guide_words(loc: str) -> frozenset[str]:
        return common_words(
            [[g.text[loc].title, *g.text[loc].synonyms] for g in content.guides.values()], loc
        )

    def material_matcher(loc: str) -> NameMatcher:
        return _matcher(
            [
                *((m.id, list(m.names[loc])) for m in content.materials.values()),
                (OTHER_MATERIAL, load_template(loc).get("other_material", [])),
            ],
            loc,
        )

    def charity_matcher(loc: str) -> NameMatcher:
        return _matcher(
            [(c.id, [c.text[loc].name, *c.text[loc].synonyms]) for c in content.charities.values()],
            loc,
        )

    return Services(
        given_gateway=gateway,
        content=content,
        store=store,
        clock=clock,
        settings=settings,
        resolvers=PerLocale(resolver),
        guide_matchers=PerLocale(guide_matcher),
        common_guide_words=PerLocale(common_guide_words),
        material_matchers=PerLocale(material_matcher),
        charity_matchers=PerLocale(charity_matcher),
    )


def _beyond_the_options(catalog: Catalog, options: list[Product], size: str) -> str | None:
    """Options of one size (« le spray 250 ml ou le détachant laine et soie 250 ml ? »): "the big
    one" is the one option that comes in a larger size in stock, in its largest (the smallest
    for "the small one"); None when none or several do."""
    from catalog.variants import size_of, size_sort_key

    found: list[Product] = []
    for option in options:
        own = size_sort_key(size_of(option) or "")[:2]
        sized = [
            (size_sort_key(size_of(s) or "")[:2], s)
            for s in catalog.siblings(option)
            if s.in_stock and size_of(s)
        ]
        beyond = [
            (key, s)
            for key, s in sized
            if key[0] == own[0]
            and (key > own if size == "large" else size == "small" and key < own)
        ]
        if beyond:
            pick = max if size == "large" else min
            found.append(pick(beyond, key=lambda pair: pair[0])[1])
    return found[0].id if len(found) == 1 else None
