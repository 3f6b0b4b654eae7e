"""Looking catalog words up (catalog.vocabulary)."""

from __future__ import annotations

from catalog.normalise import word_form
from tests.catalog.small_shops import resolver_of


def test_a_word_looked_up_again_reads_the_same_whatever_the_first_caller_did() -> None:
    """Words looked up are kept per vocabulary; each caller gets its own copy to add to."""
    index = resolver_of(
        "fr-FR",
        [
            ("h-60", "Humlé gouache, jaune citron, 60 ml", "Humlé", "gouache"),
            ("t-20", "Tanké aquarelle, terre de sienne, 20 ml", "Tanké", "aquarelle"),
        ],
    ).index
    text, keys = word_form("gouatche", "fr-FR")
    first = index.lookup(text, keys)
    assert first and index.word(max(first, key=first.__getitem__)) == "gouache"
    seen = dict(first)
    first.clear()
    first[0] = 1.0
    assert index.lookup(text, keys) == seen
    exact, exact_keys = word_form("gouache", "fr-FR")
    assert max(index.lookup(exact, exact_keys).values()) == 1.0  # another word, its own entry
