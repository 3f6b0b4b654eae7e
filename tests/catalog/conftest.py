"""A small hand-written catalog in both languages, shaped like the real ones: brands,
families of variants, sizes in titles, no item_group_id."""

from __future__ import annotations

import pytest

from catalog.model import Catalog
from catalog.resolver import Resolver
from tests.catalog.small_shops import catalog_of

FR = [
    ("gel-250", "Tachex gel détachant citron 250 ml", "Tachex", "gel détachant"),
    ("gel-500", "Tachex gel détachant citron 500 ml", "Tachex", "gel détachant"),
    ("gel-sp-500", "Tachex gel détachant sans parfum 500 ml", "Tachex", "gel détachant"),
    ("savon-tachex", "Tachex savon de marseille 600 g", "Tachex", "savon de marseille"),
    ("savon-laveo", "Lavéo savon de marseille 300 g", "Lavéo", "savon de marseille"),
    ("tee-vert-m", "Lavéo t-shirt coton vert taille M", "Lavéo", "t-shirt coton"),
    ("tee-vert-l", "Lavéo t-shirt coton vert taille L", "Lavéo", "t-shirt coton"),
    ("tee-bleu-m", "Lavéo t-shirt coton bleu taille M", "Lavéo", "t-shirt coton"),
    ("lessive-15", "Oxyma lessive liquide sans parfum 1,5 l", "Oxyma", "lessive liquide"),
    ("lessive-3", "Oxyma lessive liquide sans parfum 3 l", "Oxyma", "lessive liquide"),
    ("chiffon-2", "Oxyma chiffon microfibre rouge lot de 2", "Oxyma", "chiffon microfibre"),
    ("chiffon-5", "Oxyma chiffon microfibre rouge lot de 5", "Oxyma", "chiffon microfibre"),
]
EN = [
    ("gel-250", "Tachex stain remover gel lemon 250 ml", "Tachex", "stain remover gel"),
    ("gel-500", "Tachex stain remover gel lemon 500 ml", "Tachex", "stain remover gel"),
    ("soap-tachex", "Tachex marseille soap 600 g", "Tachex", "marseille soap"),
    ("pods-24", "Oxyma laundry pods ocean 24 pods", "Oxyma", "laundry pods"),
    ("pods-48", "Oxyma laundry pods ocean 48 pods", "Oxyma", "laundry pods"),
    (
        "liquid-15",
        "Oxyma liquid laundry detergent unscented 1.5 l",
        "Oxyma",
        "liquid laundry detergent",
    ),
    (
        "liquid-2",
        "Oxyma liquid laundry detergent unscented 2 l",
        "Oxyma",
        "liquid laundry detergent",
    ),
]


@pytest.fixture(scope="session")
def fr_catalog() -> Catalog:
    return catalog_of("fr-FR", FR)


@pytest.fixture(scope="session")
def en_catalog() -> Catalog:
    return catalog_of("en-US", EN)


@pytest.fixture(scope="session")
def fr(fr_catalog) -> Resolver:
    return Resolver(fr_catalog)


@pytest.fixture(scope="session")
def en(en_catalog) -> Resolver:
    return Resolver(en_catalog)
