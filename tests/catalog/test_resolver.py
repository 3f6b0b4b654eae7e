"""Resolution on a small hand-written catalog: match, the shortest question, or none."""

from __future__ import annotations

import pytest

from catalog.model import Catalog
from catalog.resolver import MATCH_AT, Resolver
from tests.catalog.small_shops import ids_of, matched, resolver_of


def ids(resolution) -> list[str]:
    return [c.product.id for c in resolution.candidates]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ajoute tac hex ça vont de marseille six cents g", "savon-tachex"),
        ("tachex savon de marseille", "savon-tachex"),
        ("je voudrais lavéo t shirt coton vert taie m", "tee-vert-m"),
        ("lavéo t-shirt coton vert taille l", "tee-vert-l"),
        ("commande oxyma lessive liquide cent par fum un virgule cinq litres", "lessive-15"),
        ("oxyma lessive liquide sans parfum trois litres", "lessive-3"),
        ("oxyma chiffon microfibre rouge l'eau de deux", "chiffon-2"),
        ("tachex gelle détachant si tron deux cent cinquante millilitres", "gel-250"),
        ("lavéo t shirt coton bleu", "tee-bleu-m"),
    ],
)
def test_french_matches(fr: Resolver, query: str, expected: str) -> None:
    resolution = fr.resolve(query)
    assert resolution.status == "match"
    assert ids(resolution) == [expected]
    assert resolution.product is not None and resolution.product.id == expected
    assert 0.8 <= resolution.candidates[0].score <= 1.0


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("order oxyma laundry pots ocean forty eight pots", "pods-48"),
        ("i want oxyma liquid laundry detergent unscented to l", "liquid-2"),
        ("tachex marseille sope six hundred grams", "soap-tachex"),
        ("buy tachex stain remover gel lemon two hundred fifty milliliters", "gel-250"),
    ],
)
def test_english_matches(en: Resolver, query: str, expected: str) -> None:
    resolution = en.resolve(query)
    assert (resolution.status, ids(resolution)) == ("match", [expected])


def test_variants_of_one_family_ask_the_axis_that_differs(fr: Resolver) -> None:
    resolution = fr.resolve("tachex gel détachant citron")
    assert resolution.status == "ambiguous"
    assert resolution.axis == "size"
    assert resolution.options == ["250 ml", "500 ml"]
    assert ids(resolution) == ["gel-250", "gel-500"]  # in the order the options are read


def test_the_axis_can_be_a_colour_read_from_titles(fr: Resolver) -> None:
    resolution = fr.resolve("lavéo t-shirt coton taille m")
    assert (resolution.status, resolution.axis) == ("ambiguous", "color")
    assert resolution.options == ["vert", "bleu"]


def test_one_kind_from_several_brands_asks_the_brand(fr: Resolver) -> None:
    resolution = fr.resolve("savon de marseille")
    assert (resolution.status, resolution.axis) == ("ambiguous", "brand")
    assert resolution.options == ["Tachex", "Lavéo"]
    assert ids(resolution) == ["savon-tachex", "savon-laveo"]


def test_different_products_ask_between_the_two_best(fr: Resolver) -> None:
    resolution = fr.resolve("tachex")
    assert resolution.status == "ambiguous"
    assert resolution.axis is None
    assert len(resolution.candidates) == 2
    assert {c.product.product_type for c in resolution.candidates} == {
        "gel détachant",
        "savon de marseille",
    }
    assert resolution.options == [c.product.title for c in resolution.candidates]


def test_a_size_the_shop_does_not_have_is_never_a_match(fr: Resolver) -> None:
    resolution = fr.resolve("tachex gel détachant citron 750 ml")
    assert resolution.status == "ambiguous"
    assert resolution.axis == "size"
    assert set(ids(resolution)) == {"gel-250", "gel-500"}


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "je voudrais",
        "machine à café",
        "achète une tondeuse",
        "solea savon de marseille",  # a brand we do not sell, a kind we do
        "dubois et fils t-shirt coton",
        "xkcd qwerty",
    ],
)
def test_none_when_nothing_fits(fr: Resolver, query: str) -> None:
    resolution = fr.resolve(query)
    assert resolution.status == "none"
    assert resolution.candidates == []
    assert resolution.product is None


def test_an_unknown_brand_in_english_is_none(en: Resolver) -> None:
    assert en.resolve("buy solea marseille soap").status == "none"


def test_an_entity_id_from_alexa_wins_outright(fr: Resolver) -> None:
    resolution = fr.resolve("quelque chose d'autre", entity_id="gel-500")
    assert (resolution.status, ids(resolution)) == ("match", ["gel-500"])
    assert resolution.candidates[0].score == 1.0


def test_an_unknown_entity_id_falls_back_to_the_words(fr: Resolver) -> None:
    resolution = fr.resolve("tachex savon de marseille", entity_id="no-such-product")
    assert (resolution.status, ids(resolution)) == ("match", ["savon-tachex"])


def test_synonyms_name_a_product(fr_catalog) -> None:
    from dataclasses import replace

    products = list(fr_catalog.products)
    products[3] = replace(products[3], synonyms=("savon du midi",))
    resolver = Resolver(Catalog("fr-FR", tuple(products)))
    resolution = resolver.resolve("savon du midi")
    assert (resolution.status, ids(resolution)) == ("match", [products[3].id])


def test_a_name_said_in_full_beats_a_title_said_in_part(fr_catalog) -> None:
    """The merchant's synonym for the default variant settles a size question."""
    from dataclasses import replace

    products = [
        replace(p, synonyms=("gel citron",)) if p.id == "gel-500" else p
        for p in fr_catalog.products
    ]
    resolver = Resolver(Catalog("fr-FR", tuple(products)))
    assert ids(resolver.resolve("gel citron")) == ["gel-500"]
    assert resolver.resolve("gel citron").status == "match"
    # without the synonym the same words ask the size
    assert Resolver(fr_catalog).resolve("tachex gel citron").axis == "size"


def test_a_brand_heard_nearly_sells_its_product_less_surely(fr: Resolver) -> None:
    # one syllable more than "Lavéo": a recogniser's spelling far more often than another
    # brand; its soap is the one product left, sold with less confidence than "laveo"
    heard = fr.resolve("lavaneo savon de marseille")
    said = fr.resolve("laveo savon de marseille")
    assert heard.product is not None and heard.product.id == "savon-laveo"
    assert heard.candidates[0].score < said.candidates[0].score


def test_the_one_product_left_is_sold_without_a_needless_question(fr: Resolver) -> None:
    # "doux": no microfibre cloth says so; the pack of 2 is the one product left, and most of
    # what was said is its name: sold, not "do you mean …?"
    resolution = fr.resolve("oxyma chiffon microfibre doux lot de 2")
    assert resolution.status == "match" and ids(resolution) == ["chiffon-2"]
    assert resolution.candidates[0].score < MATCH_AT
    # "bleu" is a colour, and that pack is red: the shopper wants what it is not; asked.
    asked = fr.resolve("oxyma chiffon microfibre bleu lot de 2")
    assert asked.status == "ambiguous" and ids(asked) == ["chiffon-2"]


def test_a_number_said_against_the_one_product_left_is_asked(fr: Resolver) -> None:
    # Lavéo's soap weighs 300 g: "600 g" is Tachex's, whose brand was not said: ask
    resolution = fr.resolve("laveo savon 600 g")
    assert resolution.status == "ambiguous"
    assert set(ids(resolution)) == {"savon-tachex", "savon-laveo"}


def test_a_variant_said_that_the_one_product_left_lacks_is_asked() -> None:
    # The brand makes its tablets in 1 and 12 lb, its granules in 6 lb: "tablets 6 lb" is
    # not the granules, whatever else fits
    shock_rows = [
        ("gran-6", "Sigwiskkeo pool shock granular 6 lb", "Sigwiskkeo", "pool shock"),
        ("tab-1", "Sigwiskkeo pool shock tablets 1 lb", "Sigwiskkeo", "pool shock"),
        ("tab-12", "Sigwiskkeo pool shock tablets 12 lb", "Sigwiskkeo", "pool shock"),
        ("other-1", "Gexfakbir pool shock granular 1 lb", "Gexfakbir", "pool shock"),
        ("other-6", "Gexfakbir pool shock tablets 6 lb", "Gexfakbir", "pool shock"),
        ("other-12", "Gexfakbir pool shock tablets 12 lb", "Gexfakbir", "pool shock"),
        ("jim-6", "Jetty Jim pool shock granular 6 lb", "Jetty Jim", "pool shock"),
        ("jim-12", "Jetty Jim pool shock tablets 12 lb", "Jetty Jim", "pool shock"),
        ("net", "Jetty Jim leaf skimmer deep bag", "Jetty Jim", "leaf skimmer"),
    ]
    shock = resolver_of("en-US", shock_rows)
    assert shock.resolve("sigwiskkeo pool shock tablets 6 lb").product is None
    # Also when the first, narrow search finds the granules the one near-match of the brand
    # (its tablets lie below that search): the wider one is asked.
    strips = [
        (f"strips-{n}", f"Sigwiskkeo test strips 7-way x{n}", "Sigwiskkeo", "test strips")
        for n in (20, 30, 40, 50, 60)
    ]
    wider = resolver_of("en-US", [*shock_rows, *strips])
    assert wider.resolve("pool shock tablets 6 pounds sigwiskkeo").product is None
    assert matched(shock, "sigwiskkeo pool shock granular 6 lb") == "gran-6"
    assert matched(shock, "sigwiskkeo pool shock 6 lb") == "gran-6"


def test_what_the_shopper_does_not_want_is_not_sold() -> None:
    skimmers = resolver_of(
        "en-US",
        [
            ("head", "Baker Street leaf skimmer deep bag head only", "Baker Street", "skimmer"),
            (
                "pole",
                "Baker Street leaf skimmer deep bag with 12 ft pole",
                "Baker Street",
                "skimmer",
            ),
        ],
    )
    assert matched(skimmers, "a baker street deep bag leaf skimmer without the pole") == "head"
    assert skimmers.resolve("a baker street deep bag leaf skimmer").product is None  # which?
    # A catalog that writes "sans" itself reads it as a word of its names
    lessives = resolver_of(
        "fr-FR",
        [
            ("sp", "Oxyma lessive liquide sans parfum 1,5 l", "Oxyma", "lessive"),
            ("lav", "Oxyma lessive liquide parfum lavande 1,5 l", "Oxyma", "lessive"),
        ],
    )
    assert matched(lessives, "lessive oxyma sans parfum") == "sp"


def test_among_very_many_brands_one_heard_nearly_is_confirmed_not_sold() -> None:
    """A marketplace of hundreds of brands may well not sell a brand that sounds like one
    of its own: "lavaneo" is Lavéo in a shop of a few brands, a question in one of 250."""
    rows = [("savon-laveo", "Lavéo savon de marseille 300 g", "Lavéo", "savon de marseille")]
    rows += [
        (f"b{n}", f"Marque{n:03d} éponge {n} cm", f"Marque{n:03d}", "éponge") for n in range(250)
    ]
    many = resolver_of("fr-FR", rows)
    few = resolver_of("fr-FR", rows[:5])
    assert matched(few, "lavaneo savon de marseille") == "savon-laveo"
    assert many.resolve("lavaneo savon de marseille").product is None
    assert matched(many, "laveo savon de marseille") == "savon-laveo"


def test_a_sold_brand_asked_for_what_it_does_not_make_is_none() -> None:
    """Focalis makes no magnifiers: "focalis reading magnifiers" is none, not another brand's
    magnifiers; a brand taken back for another still finds the other's."""
    shop = resolver_of(
        "en-US",
        [
            ("f-sun", "Focalis polarized sunglasses tortoiseshell", "Focalis", "sunglasses"),
            ("f-sun2", "Focalis polarized sunglasses black", "Focalis", "sunglasses"),
            ("f-case", "Focalis glasses case hard shell", "Focalis", "glasses case"),
            ("f-case2", "Focalis glasses case soft", "Focalis", "glasses case"),
            ("f-wipes", "Focalis lens wipes box of 100", "Focalis", "lens wipes"),
            ("f-cord", "Focalis eyeglass cord beaded", "Focalis", "eyeglass cord"),
            ("l-mag", "Lorgnon reading magnifier +2.00", "Lorgnon", "reading magnifier"),
            ("l-mag3", "Lorgnon reading magnifier +3.00", "Lorgnon", "reading magnifier"),
            ("v-mag", "Visiora reading magnifier +2.00", "Visiora", "reading magnifier"),
        ],
    )
    assert shop.resolve("focalis reading magnifiers").status == "none"
    assert ids_of(shop, "reading magnifiers") == {"l-mag", "l-mag3", "v-mag"}
    assert matched(shop, "focalis no sorry visiora reading magnifier") == "v-mag"
