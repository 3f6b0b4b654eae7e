"""Taking out of the cart what several of its lines answer to: « enlève les savons au fiel » with
a plain and a lavender ox gall soap in the cart asks which one, naming both lines, and takes an
answer naming one, or "both" / « les deux » (all of them).

The words said decide, never their number: "the ox gall soaps" is how people name a kind of
product, not a count of lines, so a plural said is no reason to take out both. A line answers to
the words when its product's names (title, short name, synonyms, variant values) hold every one
of them, articles aside, accents and plural endings folded (``lines_named``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from catalog import cart
from catalog.folding import language, singular, strip_accents
from catalog.lexicon import ARTICLES, function_word
from catalog.model import Product
from skill.flows.cart_flow import next_after_change, other_currency, remove_product
from skill.flows.cart_speech import totals
from skill.flows.common import again
from skill.interaction_model import ALL_OF_THEM, load_template, normalise
from skill.questions import Question, RemoveWhich, WhichProduct
from skill.turn import Reply, Slot, Slots, Turn


def words(text: str, locale: str) -> frozenset[str]:
    """The words of ``text`` as names are compared: folded, singular, function words aside
    (:func:`catalog.lexicon.function_word`: articles, pronouns, "one", « celle »)."""
    lang = language(locale)
    folded = strip_accents(normalise(text)).split()
    return frozenset(singular(word) for word in folded if not function_word(word, lang))


def fitting(names: Mapping[str, Iterable[str]], text: str, locale: str) -> list[str]:
    """The ids (in ``names``' order) whose names, taken together, hold every word of ``text``;
    none when ``text`` has no word that names anything."""
    said = words(text, locale)
    if not said:
        return []
    return [
        key
        for key, spoken in names.items()
        if said <= frozenset().union(*(words(name, locale) for name in spoken))
    ]


def lines_named(turn: Turn, options: Iterable[str], text: str) -> list[str]:
    """The products among ``options`` (ids, usually the cart's lines) that ``text`` names."""
    names: dict[str, list[str]] = {}
    for product_id in options:
        product = turn.catalog.get(product_id)
        if product is not None:
            names[product_id] = _names(turn, product)
    return fitting(names, text, turn.locale)


def _names(turn: Turn, product: Product) -> list[str]:
    return [
        product.title,
        turn.product_name(product).name,
        *product.synonyms,
        *product.variants.values(),
    ]


def ask(turn: Turn, options: list[str]) -> Reply:
    """ "Lequel dois-je retirer : A ou B ? Ou les deux ?" """
    products = [turn.product_name(p) for p in map(turn.catalog.get, options) if p is not None]
    key = f"remove_every_{len(products)}"
    every = turn.say(key if key in turn.speaker.prompts else "remove_every", products=products)
    speech = turn.say(
        "remove_which_line",
        options=turn.speaker.either(products),
        products=products,
        every=every,
    )
    return turn.ask(speech, question=RemoveWhich(tuple(options)), reprompt=speech)


def chosen(turn: Turn, question: RemoveWhich, slots: Slots) -> Reply:
    """The answer to "which one should I remove?": a line named (its own words, a variant, "the
    first one"), "both" / « les deux » for all of them; a charity named is a gift instead."""
    from skill.flows import named_charity

    slot = slots.get("choice", slots.get("product", Slot()))
    if slot.empty:
        return again(turn, question)
    kind = every_one(turn, slot)
    if _all_of(question, kind):
        return remove_all(turn, list(question.options))
    if kind is not None:
        return again(turn, question, turn.say("choice_not_understood"))
    gift = named_charity.instead(turn, question, slot)
    if gift is not None:
        return gift
    picked = _picked(turn, question, slot)
    if picked is None:
        return again(turn, question, turn.say("choice_not_understood"))
    return remove_product(turn, turn.catalog.get(picked))


def both_or_guide(turn: Turn, question: RemoveWhich, slots: Slots) -> Reply:
    """ "Remove both" heard as a guide's "remove {topic}": both; any other topic is the guide."""
    from skill.flows import guides

    kind = every_one(turn, slots.get("topic", Slot()))
    if _all_of(question, kind):
        return remove_all(turn, list(question.options))
    if kind is not None:
        return again(turn, question, turn.say("choice_not_understood"))
    return guides.get_guide(turn, None, slots)


def kept(turn: Turn, question: Question, slots: Slots) -> Reply:
    """ "No" to "which one should I remove?": nothing is removed."""
    return next_after_change(turn, turn.say("remove_set_aside"))


def _picked(turn: Turn, question: RemoveWhich, slot: Slot) -> str | None:
    options = list(question.options)
    if slot.entity_id in options:
        return slot.entity_id
    named = lines_named(turn, options, slot.text or "")
    if len(named) == 1:
        return named[0]
    if named:  # the same words again: still both
        return None
    return turn.services.pick(turn.locale, options, slot.text or "", "product")


def every_one(turn: Turn, slot: Slot) -> str | None:
    """``"all"`` when ``slot`` says "all of them" (« tous »), ``"both"`` for "both" (« les
    deux »), else None."""
    if slot.entity_id in ALL_OF_THEM:
        return slot.entity_id
    said = _bare(slot.text or "", turn.locale)
    if not said:
        return None
    every = load_template(turn.locale).get("all_of_them") or {}
    for kind in ALL_OF_THEM:
        if any(said == _bare(phrase, turn.locale) for phrase in every.get(kind, ())):
            return kind
    return None


def _all_of(question: RemoveWhich, kind: str | None) -> bool:
    """ "All of them", or "both" of two. "Both" of three is not understood (never guessed)."""
    return kind == "all" or (kind == "both" and len(question.options) == 2)


def _bare(text: str, locale: str) -> str:
    """Folded, without a first article: « enlève les deux » fills the product slot with
    « deux »."""
    folded = strip_accents(normalise(text)).split()
    if folded and folded[0] in ARTICLES.get(language(locale), frozenset()):
        folded = folded[1:]
    return " ".join(folded)


def remove_all(turn: Turn, options: list[str]) -> Reply:
    """Every line of ``options`` still in the cart taken out, named in one sentence."""
    if cart.in_other_currency(turn.state.cart, turn.catalog):
        return other_currency(turn)
    removed = []
    for product_id in options:
        product = turn.catalog.get(product_id)
        if product is None or all(line["id"] != product_id for line in turn.state.cart):
            continue
        turn.state.cart = cart.remove(turn.state.cart, product_id)
        removed.append(turn.product_name(product))
    if not removed:
        return next_after_change(turn, turn.say("remove_not_in_cart_unnamed"))
    products = turn.speaker.both(removed)
    if not turn.state.cart:
        return turn.ask(
            turn.say("removed_several_now_empty", products=products),
            question=WhichProduct("add"),
            reprompt=turn.say("reprompt_product_which"),
        )
    return next_after_change(
        turn, turn.say("removed_several", products=products, total=totals(turn).subtotal)
    )
