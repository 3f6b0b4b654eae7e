"""Issue 13: the shopper's own words around the name — verbs, pronouns and the phrases that
say where the product goes — are told from the name, whatever verb the shopper chose. Each
test fails without its mechanism; the asserts beside them keep what it must not take."""

from __future__ import annotations

import pytest

from catalog.resolver import Resolver
from tests.catalog.small_shops import ids_of, resolver_of

KITCHEN_FR = [
    ("inox", "Fayton passoire inox 24 cm", "Fayton", "passoire"),
    ("inox-2", "Bondo passoire inox 20 cm", "Bondo", "passoire"),
    ("email", "Bondo passoire émail 20 cm", "Bondo", "passoire"),
    ("vapeur", "Fayton panier vapeur bambou 20 cm", "Fayton", "panier vapeur"),
]


@pytest.fixture(scope="module")
def kitchen() -> Resolver:
    return resolver_of("fr-FR", KITCHEN_FR)


def test_where_it_goes_after_the_shoppers_own_verb_is_no_product_word(kitchen: Resolver) -> None:
    """« colle-moi dans le panier … »: « dans le panier » after a verb we do not list is the
    shopper's, as it is after « mets »."""
    assert ids_of(kitchen, "colle-moi dans le panier passoire inox") == {"inox", "inox-2"}
    assert ids_of(kitchen, "glisse-moi dans le panier bondo passoire émail") == {"email"}
    # A basket that is the product stays the product.
    assert ids_of(kitchen, "colle-moi un panier vapeur bambou") == {"vapeur"}
    assert ids_of(kitchen, "colle-moi dans le panier un panier vapeur") == {"vapeur"}
