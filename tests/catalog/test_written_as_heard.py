"""What speech recognition writes otherwise than a shopper would type: a French elision without
its apostrophe (« m envoie », « l eau »), and « un » before a count noun that the catalog sells
as a product (« un rouleau » in a paint shop is a roller, not one roll of something)."""

from __future__ import annotations

import pytest

from catalog.normalise import analyse
from catalog.resolver import Resolver
from tests.catalog.small_shops import ids_of, matched, resolver_of

POOL = [
    ("shock-jj", "Jetty Jim chlore choc pastilles 5 kg", "Jetty Jim", "Chlore choc"),
    ("shock-gx", "Gexfakbir chlore choc granulés 1 kg", "Gexfakbir", "Chlore choc"),
    ("shock-cm", "Clair Matin chlore choc pastilles 5 kg", "Clair Matin", "Chlore choc"),
    ("test-jj", "Jetty Jim bandelettes 5 en 1 pour tester l'eau, boîte de 50", "Jetty Jim", "Test"),
    # "4 m": a catalog where "m" is a word (metres), as « m envoie » must not be
    ("net", "Sigwiskkeo épuisette de surface plate avec manche 4 m", "Sigwiskkeo", "Épuisette"),
    ("tarp", "Jetty Jim bâche à bulles 4 x 8 m", "Jetty Jim", "Bâche"),
]
PAINT = [
    ("roll-18", "Ravalix Rouleau à peinture poils longs 18 cm", "Ravalix", "Rouleau à peinture"),
    ("roll-23", "Ravalix Rouleau à peinture poils longs 23 cm", "Ravalix", "Rouleau à peinture"),
    (
        "roll-b",
        "Brushwick Rouleau à peinture poils moyens 18 cm",
        "Brushwick",
        "Rouleau à peinture",
    ),
    ("brush", "Brushwick Pinceau plat 50 mm", "Brushwick", "Pinceau"),
]
SHIRTS = [
    ("tee-m", "Coton Doux t-shirt taille M", "Coton Doux", "T-shirt"),
    ("tee-l", "Coton Doux t-shirt taille L", "Coton Doux", "T-shirt"),
    ("tee-s", "Coton Doux t-shirt taille S", "Coton Doux", "T-shirt"),
]


@pytest.mark.parametrize(
    "said",
    [
        "mon beau père m envoie chercher du chlore choc jetty jim pastilles",
        "ma femme m a demandé de prendre du chlore choc jetty jim pastilles",
    ],
)
def test_an_elision_heard_without_its_apostrophe_is_still_one(said):
    assert matched(resolver_of("fr-FR", POOL), said) == "shock-jj"


def test_l_eau_heard_without_its_apostrophe_is_still_the_water():
    said = "mon beau père m envoie chercher de quoi tester l eau jetty jim"
    assert matched(resolver_of("fr-FR", POOL), said) == "test-jj"


def test_an_elided_word_without_apostrophe_is_a_stop_word_as_with_it():
    plain = [(t.text, t.stop) for t in analyse("il m envoie chercher l eau", "fr-FR")]
    marked = [(t.text, t.stop) for t in analyse("il m'envoie chercher l'eau", "fr-FR")]
    assert plain == marked


@pytest.mark.parametrize(
    ("said", "size"),
    [
        ("un t-shirt coton doux taille m en coton", "tee-m"),
        ("t-shirt coton doux taille l en stock", "tee-l"),
        ("t-shirt coton doux taille s ou rien", "tee-s"),
        ("t-shirt coton doux en m en stock", "tee-m"),
    ],
)
def test_a_size_letter_before_a_vowel_is_still_a_size(said, size):
    assert matched(resolver_of("fr-FR", SHIRTS), said) == size


def test_a_unit_letter_after_a_number_word_is_still_a_unit():
    oil = resolver_of(
        "fr-FR",
        [
            ("oil-1", "Dextor huile d'olive 1 l", "Dextor", "Huile d'olive"),
            ("oil-5", "Dextor huile d'olive 5 l", "Dextor", "Huile d'olive"),
            ("oil-o", "Oliveraie huile d'olive 1 l", "Oliveraie", "Huile d'olive"),
        ],
    )
    assert matched(oil, "commande huile d'olive dextor un l au panier") == "oil-1"


@pytest.mark.parametrize("said", ["un rouleau", "tu me mets un rouleau", "rouleau"])
def test_un_before_a_count_noun_the_shop_sells_is_an_article(said):
    """« un rouleau » among rollers asks which one; it was « nothing sold is one roll »."""
    assert ids_of(resolver_of("fr-FR", PAINT), said) == {"roll-18", "roll-23", "roll-b"}


def test_un_before_a_count_noun_still_counts_one_pair_where_titles_count_pairs():
    pads = resolver_of(
        "fr-FR",
        [
            ("one", "Polissor talonnettes cuir 1 paire", "Polissor", "Talonnettes"),
            ("three", "Polissor talonnettes cuir 3 paires", "Polissor", "Talonnettes"),
        ],
    )
    assert matched(pads, "polissor talonnettes cuir une paire") == "one"


@pytest.mark.parametrize(
    "said",
    [
        "on remet la piscine en route, vous pouvez me réserver la référence gexfakbir granulés",
        "on remet la piscine en route est-ce qu'il vous reste du gexfakbir granulés",
        "c'est pour la piscine de mes parents, vous auriez du chlore choc gexfakbir",
    ],
)
def test_a_context_said_before_the_request_is_the_shoppers(said):
    """« on remet la piscine en route »: words of the shopper's, none a product's; what
    follows the request is what was asked."""
    robots = [
        ("robot-jj", "Jetty Jim robot de piscine fond", "Jetty Jim", "Robot"),
        ("robot-gx", "Gexfakbir robot de piscine fond et parois", "Gexfakbir", "Robot"),
    ]
    pool = resolver_of("fr-FR", [*POOL, *robots])
    assert matched(pool, said) == "shock-gx"


def test_a_product_named_before_the_request_keeps_the_sentence_whole():
    """The words before the request name a product: they are not a context to drop."""
    pool = resolver_of("fr-FR", POOL)
    said = "chlore choc jetty jim pastilles, vous pouvez me réserver le gexfakbir"
    assert matched(pool, said) != "shock-gx"


def test_english_context_before_could_i_get():
    tools = resolver_of(
        "en-US",
        [
            ("drill", "Brushwick Cordless Drill 18 V", "Brushwick", "Drill"),
            ("saw", "Brushwick Circular Saw 1200 W", "Brushwick", "Saw"),
            ("drill-r", "Ravalix Cordless Drill 12 V", "Ravalix", "Drill"),
        ],
    )
    said = "we are redoing the porch this weekend could i get the brushwick cordless drill"
    assert matched(tools, said) == "drill"


def test_a_list_before_and_the_is_not_a_context():
    """ "and the {product}" is a carrier of the interaction model, yet the words before it
    are the list's first items: the sentence asks for three products, not the last one."""
    tools = [
        ("drill", "Brushwick Cordless Drill 18 V", "Brushwick", "Drill"),
        ("saw", "Brushwick Circular Saw 1200 W", "Brushwick", "Saw"),
        ("glue", "Ravalix Wood and Tile Glue 1 kg", "Ravalix", "Glue"),
    ]
    shop = Resolver(resolver_of("en-US", tools).catalog, ("and the", "could i get"))
    assert matched(shop, "a cordless drill, a circular saw and the wood glue") is None
    said = "we are redoing the porch this weekend and could i get the wood glue"
    assert matched(shop, said) == "glue"
