"""Issue 13: a long word said short, as people say it (« capo » for « capodastre », "sax" for
"saxophone"), is read as the one catalog word it begins — near, never sure."""

from __future__ import annotations

from tests.catalog.small_shops import ids_of, matched, resolver_of

MUSIC_FR = [
    ("capo-6", "Mirecourt capodastre argent guitare 6 cordes", "Mirecourt", "capodastre"),
    ("capo-cl", "Mirecourt capodastre argent guitare classique", "Mirecourt", "capodastre"),
    ("capo-or", "Cantarelle capodastre doré guitare classique", "Cantarelle", "capodastre"),
    ("alto", "Corduval anches saxophone alto force 2", "Corduval", "anches saxophone alto"),
    ("clar", "Corduval anches clarinette force 2", "Corduval", "anches clarinette"),
    ("sachet", "Corduval sachet de colophane", "Corduval", "colophane"),
    ("sacoche", "Mirecourt sacoche pour partitions", "Mirecourt", "sacoche"),
    ("pince", "Mirecourt pince accordeur", "Mirecourt", "accordeur"),
]


def test_a_noun_said_short_is_the_one_it_begins() -> None:
    shop = resolver_of("fr-FR", MUSIC_FR)
    assert matched(shop, "un capo argent pour guitare classique") == "capo-cl"
    assert matched(shop, "corduval anches sax alto") == "alto"


def test_what_begins_two_words_or_is_a_word_is_not_read_so() -> None:
    shop = resolver_of("fr-FR", MUSIC_FR)
    # « sac » begins « sachet » and « sacoche »: which one is not for us to guess.
    assert matched(shop, "un sac mirecourt") is None
    assert "sachet" not in ids_of(shop, "un sac mirecourt")
    # « saco » begins only « sacoche », and is only near it: asked, not sold.
    assert ids_of(shop, "une saco mirecourt") == {"sacoche"}
    assert matched(shop, "une saco mirecourt") is None
    # "paint" is a word of the catalog: never "paintbrush" said short.
    english = resolver_of(
        "en-US",
        [
            ("brush", "Lumen paintbrush flat 20 mm", "Lumen", "paintbrush"),
            ("paint", "Lumen paint white 1 l", "Lumen", "paint"),
        ],
    )
    assert matched(english, "lumen paint white 1 l") == "paint"
    assert ids_of(english, "lumen paint") == {"paint"}


def test_a_noun_the_language_also_uses_as_a_verb_is_the_noun() -> None:
    """ "picks" in "guitar picks" (the language's "pick up"): with its brand, the brand's picks
    are asked about; the brand alone with a verb names none of them."""
    shop = resolver_of(
        "en-US",
        [
            ("black", "Corduval Black Guitar Picks 0.46 mm", "Corduval", "Guitar Picks"),
            ("tort", "Corduval Tortoise Guitar Picks 0.46 mm", "Corduval", "Guitar Picks"),
            ("red", "Kellervox Red Guitar Picks 0.46 mm", "Kellervox", "Guitar Picks"),
            ("capo", "Corduval Silver Guitar Capo", "Corduval", "Guitar Capo"),
        ],
    )
    assert ids_of(shop, "corduval picks") == {"black", "tort"}
    assert matched(shop, "kellervox picks") == "red"
    assert ids_of(shop, "corduval please") != {"black", "tort"}
