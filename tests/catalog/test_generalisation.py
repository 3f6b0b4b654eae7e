"""What the resolver learns from the catalog rather than from phrasings (issue 13): each
matching feature on its own, on small catalogs of other kinds of shops, and the example
shop's "large spray" conversation."""

from __future__ import annotations

import pytest

from catalog.carriers import carrier_phrases, template_carriers
from catalog.model import Catalog, Product
from catalog.normalise import analyse
from catalog.phonetics import phonetic
from catalog.resolver import Candidate, Resolution, Resolver
from catalog.spelling import same_word
from content.loader import load_content
from payments.money import Money
from skill.interaction_model import load_template

PETS_FR = [
    ("chien-poulet-2", "Canilux croquettes pour chien poulet 2 kg", "Canilux", "croquettes pour chien"),
    ("chien-poulet-12", "Canilux croquettes pour chien poulet 12 kg", "Canilux", "croquettes pour chien"),
    ("chien-saumon-2", "Canilux croquettes pour chien saumon 2 kg", "Canilux", "croquettes pour chien"),
    ("litiere-5", "Felipur litière agglomérante 5 l", "Felipur", "litière"),
    ("litiere-10", "Felipur litière agglomérante 10 l", "Felipur", "litière"),
    ("laisse-rouge", "Felipur laisse rouge 2 m", "Felipur", "laisse"),
    ("croq-chat", "Felipur croquettes pour chat dinde 4 kg", "Felipur", "croquettes pour chat"),
]  # fmt: skip
GROCERY_EN = [
    ("rice-500", "Belka basmati rice 500 g", "Belka", "basmati rice"),
    ("rice-2kg", "Belka basmati rice 2 kg", "Belka", "basmati rice"),
    ("tea-mint-20", "Belka mint green tea 20 pouches", "Belka", "green tea"),
    ("tea-mint-50", "Belka mint green tea 50 pouches", "Belka", "green tea"),
    ("cleaner", "Vilux glass cleaner 750 ml", "Vilux", "glass cleaner"),
    ("honey", "Vilux acacia honey 250 g", "Vilux", "honey"),
    ("honey-belka", "Belka acacia honey 500 g", "Belka", "honey"),
]


def _catalog(locale: str, rows: list[tuple[str, str, str, str]]) -> Catalog:
    currency = "EUR" if locale == "fr-FR" else "USD"
    return Catalog(
        locale,
        tuple(
            Product(
                id=pid, title=title, price=Money(300 + n, currency), brand=brand, product_type=kind
            )
            for n, (pid, title, brand, kind) in enumerate(rows)
        ),
    )


@pytest.fixture(scope="module")
def pets() -> Resolver:
    return Resolver(_catalog("fr-FR", PETS_FR))


@pytest.fixture(scope="module")
def grocery() -> Resolver:
    return Resolver(_catalog("en-US", GROCERY_EN))


def _ids(resolution) -> list[str]:
    return [c.product.id for c in resolution.candidates]


# --- the example shop: "large spray" ends with the spray -------------------------------------
@pytest.fixture(scope="module")
def example() -> dict[str, Resolver]:
    content = load_content("content/example")
    return {
        loc: Resolver(content.catalogs[loc], template_carriers(load_template(loc)))
        for loc in content.locales
    }


@pytest.mark.parametrize(
    ("locale", "said", "expected"),
    [
        ("en-US", "stain remover spray large", "oxy-spray-500"),
        ("en-US", "add the large spray to my cart", "oxy-spray-500"),
        ("en-US", "small spray", "oxy-spray-250"),
        ("fr-FR", "un gros spray", "oxy-spray-500"),
        ("fr-FR", "ajoute un gros spray au panier", "oxy-spray-500"),
        ("fr-FR", "petit spray", "oxy-spray-250"),
        ("en-US", "big oxygen powder", "oxy-poudre-1kg"),
        ("en-US", "oxygen powder", "oxy-poudre-500"),
    ],
)
def test_a_size_word_chooses_a_size_of_the_product_named(example, locale, said, expected):
    resolution = example[locale].resolve(said)
    assert (resolution.status, _ids(resolution)) == ("match", [expected])


def test_a_size_word_never_names_another_product(example) -> None:
    for locale, said in (("en-US", "large spray"), ("fr-FR", "gros spray oxygène")):
        resolution = example[locale].resolve(said)
        assert all(c.product.group == "oxy-spray" for c in resolution.candidates)


MIXED_SIZES_EN = [
    ("honey-500g", "Belka honey 500 g", "Belka", "honey"),
    ("honey-1kg", "Belka honey 1 kg", "Belka", "honey"),
    ("liquid-250ml", "Belka liquid honey 250 ml", "Belka", "honey"),
    ("tee-s", "Belka tee size S", "Belka", "tee"),
    ("tee-xl", "Belka tee size XL", "Belka", "tee"),
    ("tee-pack-6", "Belka tee pack of 6", "Belka", "tee"),
]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("large honey", "honey-1kg"),  # not the 250 ml: millilitres are not "more" than grams
        ("small honey", "honey-500g"),
        ("large tee", "tee-xl"),
        ("small tee", "tee-s"),  # not the pack of 6: a count is not a letter size
    ],
)
def test_a_size_word_compares_sizes_in_one_unit_only(said: str, expected: str) -> None:
    resolution = Resolver(_catalog("en-US", MIXED_SIZES_EN)).resolve(said)
    assert (resolution.status, _ids(resolution)) == ("match", [expected])


def _sized_in_words(locale: str, noun: str, sizes: tuple[str, ...]) -> Resolver:
    """One product in three sizes written as words, the feed's size column saying them."""
    currency = "EUR" if locale == "fr-FR" else "USD"
    products = tuple(
        Product(
            id=f"bouquet-{n}",
            title=f"Posy {noun} {size}",
            price=Money(900 + n, currency),
            brand="Posy",
            product_type=noun,
            group="bouquet",
            variants={"size": size},
        )
        for n, size in enumerate(sizes)
    )
    return Resolver(Catalog(locale, products))


@pytest.mark.parametrize(
    ("locale", "said", "expected"),
    [
        ("en-US", "posy seasonal bouquet the largest", "bouquet-2"),
        ("en-US", "the jumbo posy seasonal bouquet", "bouquet-2"),
        ("en-US", "posy seasonal bouquet the smallest one", "bouquet-0"),
        ("fr-FR", "posy bouquet de saison le plus grand", "bouquet-2"),
        ("fr-FR", "posy bouquet de saison le format familial", "bouquet-2"),
        ("fr-FR", "le plus petit bouquet de saison posy", "bouquet-0"),
    ],
)
def test_a_size_word_ranks_sizes_written_as_words(locale: str, said: str, expected: str) -> None:
    noun = "seasonal bouquet" if locale == "en-US" else "bouquet de saison"
    sizes = ("small", "medium", "large") if locale == "en-US" else ("petit", "moyen", "grand")
    resolution = _sized_in_words(locale, noun, sizes).resolve(said)
    assert (resolution.status, _ids(resolution)) == ("match", [expected])


def test_sizes_written_as_words_are_asked_smallest_first() -> None:
    resolver = _sized_in_words("en-US", "seasonal bouquet", ("large", "small", "medium"))
    resolution = resolver.resolve("posy seasonal bouquet")
    assert (resolution.status, resolution.axis) == ("ambiguous", "size")
    assert resolution.options == ["small", "medium", "large"]


# --- carriers: the interaction model's, the general ones, and unseen ones ---------------------
def test_carrier_phrases_come_from_the_samples_around_the_slot() -> None:
    samples = ["add {product} to my cart", "buy {quantity} {product}", "help", "{product}"]
    assert carrier_phrases(samples) == ["add", "to my cart", "buy"]
    template = load_template("fr-FR")
    assert "au panier" in template_carriers(template)


def test_unseen_carrier_phrases_weigh_nothing(pets: Resolver) -> None:
    for said in (
        "tu peux me mettre les croquettes pour chat felipur s'il te plaît",
        "est-ce que vous vendez des croquettes pour chat felipur",
        "alors je vais te demander felipur croquettes pour chat",
    ):
        resolution = pets.resolve(said)
        assert (resolution.status, _ids(resolution)) == ("match", ["croq-chat"]), said


def test_a_carrier_from_the_template_is_dropped_when_passed() -> None:
    catalog = _catalog("en-US", GROCERY_EN)
    said = "how much does belka mint green tea 50 pouches cost"
    without = Resolver(catalog).resolve(said)
    assert without.candidates[0].score < 1.0  # "cost" is no catalog word: it weighs a little
    with_template = Resolver(catalog, ["how much does", "cost"]).resolve(said)
    assert (with_template.status, _ids(with_template)) == ("match", ["tea-mint-50"])
    assert with_template.candidates[0].score == 1.0


# --- order-free matching, brand lexicon, term weights ------------------------------------------
def test_the_brand_may_come_after_the_noun(grocery: Resolver) -> None:
    for said in ("glass cleaner vilux", "basmati rice belka two kilos", "acacia honey vilux"):
        assert grocery.resolve(said).status == "match", said


def test_one_kind_from_two_brands_asks_the_brand(grocery: Resolver) -> None:
    resolution = grocery.resolve("could i get some acacia honey")
    assert (resolution.status, resolution.axis) == ("ambiguous", "brand")
    assert set(resolution.options) == {"Vilux", "Belka"}


def test_a_family_request_asks_the_size(pets: Resolver) -> None:
    resolution = pets.resolve("canilux croquettes pour chien poulet")
    assert (resolution.status, resolution.axis) == ("ambiguous", "size")
    assert resolution.options == ["2 kg", "12 kg"]


# --- speech recognition: homophones, misspellings, split and merged words ---------------------
@pytest.mark.parametrize(
    ("heard", "word"),
    [("titta", "tita"), ("viluks", "vilux"), ("dekstor", "dextor"), ("purp", "purpe")],
)
def test_another_spelling_of_the_same_sounds_is_that_word(heard: str, word: str) -> None:
    keys = phonetic(heard, "fr-FR"), phonetic(word, "fr-FR")
    assert same_word(heard, word, 0.0, *keys)


@pytest.mark.parametrize(("heard", "word"), [("lavaneo", "laveo"), ("tagadex", "tafadex")])
def test_another_syllable_or_consonant_is_another_word(heard: str, word: str) -> None:
    keys = phonetic(heard, "fr-FR"), phonetic(word, "fr-FR")
    assert not same_word(heard, word, 86.0, *keys)


def test_a_misheard_brand_and_noun_still_match(grocery: Resolver, pets: Resolver) -> None:
    assert _ids(grocery.resolve("viluks glas cleaner")) == ["cleaner"]
    assert _ids(pets.resolve("felipure litierre agglomerante dix litres")) == ["litiere-10"]


def test_words_run_together_are_split(grocery: Resolver, pets: Resolver) -> None:
    resolution = grocery.resolve("belka basmatirice two kilos")
    assert (resolution.status, _ids(resolution)) == ("match", ["rice-2kg"])
    assert _ids(pets.resolve("felipur laisserouge")) == ["laisse-rouge"]


def test_two_brands_run_together_are_not_a_product(grocery: Resolver) -> None:
    assert grocery.resolve("viluxbelka honey").status != "match"


def test_a_word_cut_in_two_is_joined(pets: Resolver) -> None:
    resolution = pets.resolve("felipur croc kettes pour chat")
    assert (resolution.status, _ids(resolution)) == ("match", ["croq-chat"])


# --- numbers: sizes in words anywhere, a quantity between other words --------------------------
def test_a_spoken_size_between_other_words_is_the_size(pets: Resolver) -> None:
    resolution = pets.resolve("canilux douze kilos croquettes pour chien poulet")
    assert (resolution.status, _ids(resolution)) == ("match", ["chien-poulet-12"])


def test_a_quantity_after_a_carrier_is_not_a_size() -> None:
    tokens = analyse("tu as quatre canilux croquettes", "fr-FR", query=True)
    quantity = next(t for t in tokens if t.number)
    assert quantity.stop
    size = next(t for t in analyse("lot de six éponges", "fr-FR", query=True) if t.number)
    assert not size.stop


def test_a_box_of_a_hundred_is_not_two_hundred() -> None:
    numbers = [t.text for t in analyse("boîte de cent vis", "fr-FR", query=True) if t.number]
    assert numbers == ["100"]


# --- none: what the shop does not sell ---------------------------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "felipur machine à café",
        "solea croquettes pour chien",
        "grab me a lawn mower",
        "je voudrais une tondeuse s'il te plaît",
        "lavanex litière agglomérante",
    ],
)
def test_none_when_the_shop_does_not_sell_it(pets: Resolver, said: str) -> None:
    assert pets.resolve(said).status != "match"
    if "felipur" not in said and "litière" not in said:
        assert pets.resolve(said).status == "none"


def test_confirm_names_the_single_candidate() -> None:
    products = _catalog("en-US", GROCERY_EN).products
    one = Resolution("ambiguous", [Candidate(products[0], 0.7)])
    assert one.confirm is products[0] and one.product is None
    two = Resolution("ambiguous", [Candidate(products[0], 0.9), Candidate(products[1], 0.9)])
    assert two.confirm is None
    assert Resolution("match", [Candidate(products[0], 1.0)]).confirm is None


DIY_FR = [
    ("pinceau-30", "Timo pinceau 30 mm", "Timo", "pinceau"),
    ("pinceau-50", "Timo pinceau 50 mm", "Timo", "pinceau"),
    ("rouleau", "Timo rouleau peinture 180 mm", "Timo", "rouleau peinture"),
    ("colle", "Purpe colle à bois 750 g", "Purpe", "colle à bois"),
    ("marteau", "Hogen marteau 500 g", "Hogen", "marteau"),
]


@pytest.mark.parametrize("said", ["je vais prendre pinceo", "pinso"])
def test_a_product_noun_heard_only_nearly_asks_which_never_says_none(said: str) -> None:
    """No brand said, the noun alone and not surely ("pinceo" for « pinceau »): the products
    of that noun are offered as a question (never a match on a word this doubtful), rather
    than "none"."""
    resolution = Resolver(_catalog("fr-FR", DIY_FR)).resolve(said)
    assert resolution.status == "ambiguous"
    assert {c.product.id for c in resolution.candidates} == {"pinceau-30", "pinceau-50"}
    # One product of that noun: "do you mean …?", not a sale on a word this doubtful.
    alone = Resolver(_catalog("fr-FR", DIY_FR[1:])).resolve(said)
    assert alone.status == "ambiguous"
    assert [c.product.id for c in alone.candidates] == ["pinceau-50"]
