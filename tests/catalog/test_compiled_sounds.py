"""The compiled catalog holds the sounds of its brand words (catalog.brand_sounds): a mapped
index answers a brand heard as words of the language without computing them after loading,
as the catalog it was built from answers."""

from __future__ import annotations

import pytest

from catalog import brand_sounds
from catalog.compiled import open_compiled
from catalog.compiled_format import MAGIC, PREFIX
from catalog.compiled_writer import compile_catalog
from catalog.resolver import Resolver
from tests.catalog.small_shops import resolver_of

FRENCH = [
    ("h-60", "Humlé gouache, jaune citron, 60 ml", "Humlé", "gouache"),
    ("h-20", "Humlé gouache, terre de sienne, 20 ml", "Humlé", "gouache"),
    ("t-20", "Tanké gouache, terre de sienne, 20 ml", "Tanké", "gouache"),
    ("k-20", "Képom gouache, terre de sienne, 20 ml", "Képom", "gouache"),
]
ENGLISH = [
    ("comte", "Whey Comté aged 18 months, 1 lb", "Whey", "comté"),
    ("comte-b", "Bergerie Comté aged 18 months, 1 lb", "Bergerie", "comté"),
    ("roq-p", "Pombonfil Roquefort, 8.8 oz", "Pombonfil", "roquefort"),
    ("roq-b", "Beau Rivage Roquefort, 8.8 oz", "Beau Rivage", "roquefort"),
]
HEARD = {
    "fr-FR": [
        "hume lait gouache jaune citron soixante millilitres",  # Humlé
        "temps ké gouache terre de sienne",  # Tanké
        "quai pomme gouache",  # Képom
    ],
    "en-US": [
        "could you also get way comté aged 18 months",  # Whey, a short brand heard alone
        "palm bone fill roquefort",  # Pombonfil
        "bow ree vahj roquefort",  # Beau Rivage, a brand of several words heard whole
    ],
}


def _answer(resolver: Resolver, text: str) -> tuple:
    resolution = resolver.resolve(text)
    return resolution.status, [c.product.id for c in resolution.candidates]


@pytest.mark.parametrize(("locale", "rows"), [("fr-FR", FRENCH), ("en-US", ENGLISH)])
def test_a_loaded_index_hears_brands_without_computing_their_sounds(
    tmp_path, monkeypatch, locale, rows
) -> None:
    in_memory = resolver_of(locale, rows)
    path = tmp_path / f"{locale}.index"
    compile_catalog(in_memory.catalog.products, locale, path)
    expected = {text: _answer(in_memory, text) for text in HEARD[locale]}
    assert all(ids for _, ids in expected.values())  # each is heard as its brand

    def computed(word: str) -> tuple[str, ...]:
        raise AssertionError(f"the sounds of {word!r} are computed after loading")

    monkeypatch.setattr(brand_sounds, "_forms", computed)
    compiled = open_compiled(path)
    assert compiled is not None
    mapped = Resolver(compiled.catalog)
    for text, answer in expected.items():
        assert _answer(mapped, text) == answer, text


def test_a_file_of_the_former_format_is_not_opened(tmp_path) -> None:
    """Its brand words' sounds are not in it: it is rebuilt, never read half."""
    path = tmp_path / "fr-FR.index"
    compile_catalog(resolver_of("fr-FR", FRENCH).catalog.products, "fr-FR", path)
    assert open_compiled(path) is not None
    raw = bytearray(path.read_bytes())
    _, at, length = PREFIX.unpack_from(raw, 0)
    assert MAGIC != b"ECHIDX15"
    PREFIX.pack_into(raw, 0, b"ECHIDX15", at, length)
    path.write_bytes(bytes(raw))
    assert open_compiled(path) is None
