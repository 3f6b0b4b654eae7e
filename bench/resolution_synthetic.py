"""A synthetic French catalog of any size (100,000 or 1,000,000 products), streamed, for
the speed benchmarks; and spoken-style queries over it.

Products are generated one at a time from brand, product-type and variant vocabularies and
a seed, so a 1,000,000-product catalog is never held in memory: the benchmark writes it as a
feed and compiles it as ``echoppe catalog import`` does. Every ``SAMPLE_EVERY``-th product is
kept to ask for; brands held back (never sold) make the "none" queries.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field

from bench.resolution import Query
from bench.resolution_noise import french_number, strip_accents
from catalog.model import Product
from payments.money import Money


def _words(text: str) -> list[str]:
    return text.split()


_SYLLABLES = _words(
    "ka lo ri ven tor mi sa bel dor nix pra vel zu ta mo re li an col fer gra lux "
    "ne ol pur ste vi ar bra cle dex fa ga ho jo ki ly ma no pe qui ru se ti ul wa "
    "xa ya zo lin tex rin vor mar sol"
)
_SCENTS = _words("citron lavande fleur-de-coton sans-parfum marine pin menthe pamplemousse")
_COLORS = _words("blanc noir rouge bleu vert jaune gris rose")
# product type → (second axis values, sizes)
_TYPES: dict[str, tuple[list[str], list[str]]] = {
    "gel détachant": (_SCENTS, ["200 ml", "400 ml", "750 ml"]),
    "spray détachant": (_SCENTS, ["250 ml", "500 ml", "750 ml"]),
    "lessive liquide": (_SCENTS, ["1,5 l", "3 l", "5 l"]),
    "capsules de lessive": (_SCENTS, ["24 capsules", "48 capsules", "60 capsules"]),
    "adoucissant": (_SCENTS, ["1 l", "2 l", "4 l"]),
    "savon de marseille": ([], ["300 g", "600 g", "1 kg"]),
    "eau de javel": (["lavande", "citron"], ["1 l", "2 l", "5 l"]),
    "vinaigre blanc": ([], ["1 l", "2 l", "5 l"]),
    "bicarbonate de soude": ([], ["500 g", "1 kg", "2 kg"]),
    "poudre détachante": ([], ["500 g", "1 kg"]),
    "lingettes détachantes": ([], ["20 lingettes", "40 lingettes"]),
    "stick détachant": ([], ["35 g", "70 g"]),
    "brosse à tache": ([], ["1 pièce", "lot de 2"]),
    "éponge": (_COLORS, ["lot de 3", "lot de 6"]),
    "chiffon microfibre": (_COLORS, ["lot de 2", "lot de 5"]),
    "gants de ménage": (_COLORS, ["taille S", "taille M", "taille L"]),
    "nappe anti-taches": (_COLORS, ["140 x 240 cm", "140 x 300 cm"]),
    "t-shirt coton": (_COLORS, ["taille S", "taille M", "taille L", "taille XL"]),
    "jean slim": (_COLORS, ["taille 38", "taille 40", "taille 42"]),
    "savon au fiel de boeuf": ([], ["100 g", "250 g"]),
    "nettoyant vitres": (_SCENTS, ["500 ml", "750 ml"]),
    "liquide vaisselle": (_SCENTS, ["500 ml", "1 l"]),
    "pastilles lave-vaisselle": (_SCENTS, ["30 pastilles", "60 pastilles"]),
    "dégraissant cuisine": ([], ["500 ml", "750 ml"]),
    "nettoyant sol": (_SCENTS, ["1 l", "2 l"]),
    "désinfectant multi-usage": (_SCENTS, ["500 ml", "1 l"]),
    "crème à récurer": (_SCENTS, ["500 ml", "750 ml"]),
    "détartrant": ([], ["500 ml", "1 l"]),
    "savon noir": ([], ["500 ml", "1 l"]),
    "cristaux de soude": ([], ["500 g", "1 kg"]),
    "percarbonate de soude": ([], ["500 g", "1 kg"]),
    "terre de sommières": ([], ["200 g", "500 g"]),
    "pierre d'argile": ([], ["300 g", "500 g"]),
    "torchon coton": (_COLORS, ["lot de 2", "lot de 4"]),
    "tablier de cuisine": (_COLORS, ["taille unique"]),
    "chaussettes coton": (_COLORS, ["taille 39", "taille 42"]),
}


def _brand_names(rng: random.Random, count: int) -> list[str]:
    names: set[str] = set()
    while len(names) < count:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.choice((2, 2, 3))))
        name = word.capitalize()
        if rng.random() < 0.15:
            second = "".join(rng.choice(_SYLLABLES) for _ in range(2)).capitalize()
            name = f"{name} {second}"
        names.add(name)
    return sorted(names)


@dataclass
class Synthetic:
    """A streamed catalog: iterate :meth:`products` once; then ``samples`` holds every
    ``sample_every``-th product and ``unused`` the brands never sold."""

    size: int
    seed: int = 5
    sample_every: int = 50
    samples: list[Product] = field(default_factory=list)
    unused: list[str] = field(default_factory=list)

    def products(self) -> Iterator[Product]:
        rng = random.Random(self.seed)
        names = _brand_names(rng, max(400, self.size // 25))
        rng.shuffle(names)
        held = names[:200]
        sold_words = {w.lower() for b in names[200:] for w in b.split()}
        self.unused = sorted(b for b in held if not {w.lower() for w in b.split()} & sold_words)
        self.samples = []
        made = 0
        for brand in names[200:]:
            for kind in rng.sample(sorted(_TYPES), rng.randint(6, 16)):
                axis, sizes = _TYPES[kind]
                combos = [(a, s) for a in (axis or [""]) for s in sizes]
                for value, amount in rng.sample(combos, min(len(combos), rng.randint(1, 8))):
                    if made >= self.size:
                        return
                    words = [brand, kind, value.replace("-", " "), amount]
                    product = Product(
                        id=f"s{made:07d}",
                        title=" ".join(w for w in words if w),
                        price=Money(199 + made % 3000, "EUR"),
                        brand=brand,
                        product_type=kind,
                        variants={"size": amount},
                    )
                    if made % self.sample_every == 0:
                        self.samples.append(product)
                    made += 1
                    yield product
        raise ValueError(f"vocabularies too small for {self.size} products")

    def queries(self, count: int, seed: int = 7) -> list[Query]:
        """Exact requests for sampled products (brand garbled, size spoken, a filler) and
        requests naming a brand the shop does not sell."""
        rng = random.Random(seed)
        queries: list[Query] = []
        kinds = sorted(_TYPES)
        while len(queries) < count:
            filler = rng.choice(_FILLERS)
            if rng.random() < 0.85:
                product = rng.choice(self.samples)
                rest = product.title[len(product.brand) :].strip()
                amount = product.variants["size"]
                spoken = rest[: len(rest) - len(amount)] + _say_amount(rng, amount)
                text = f"{filler} {_garble(rng, product.brand)} {_garble(rng, spoken)}"
                queries.append(Query("fr-FR", text.strip(), frozenset({product.id}), "exact"))
            else:
                brand = rng.choice(self.unused)
                text = f"{filler} {brand.lower()} {rng.choice(kinds)}"
                queries.append(Query("fr-FR", text.strip(), frozenset(), "none"))
        return queries


_UNITS_SPOKEN = {
    "ml": ["millilitres", "ml"],
    "l": ["litres", "l", "litre"],
    "g": ["grammes", "g"],
    "kg": ["kilo", "kilos", "kg"],
    "cm": ["centimètres", "cm"],
}
_FILLERS = ["", "", "je voudrais", "ajoute", "commande", "achète"]


def _say_amount(rng: random.Random, amount: str) -> str:
    out = []
    for i, word in enumerate(amount.split()):
        if word[0].isdigit() and rng.random() < 0.7:
            if "," in word:
                whole, frac = word.split(",")
                out.append(f"{french_number(int(whole))} virgule {french_number(int(frac))}")
            else:
                out.append(french_number(int(word)))
        elif i > 0 and word in _UNITS_SPOKEN:
            out.append(rng.choice(_UNITS_SPOKEN[word]))
        else:
            out.append(word)
    return " ".join(out)


def _garble(rng: random.Random, text: str) -> str:
    """Recogniser noise: accents lost, a long word cut in two."""
    words = text.lower().split()
    if rng.random() < 0.4:
        words = [strip_accents(w) for w in words]
    if rng.random() < 0.4:
        long = [i for i, w in enumerate(words) if len(w) >= 7 and w.isalpha()]
        if long:
            i = rng.choice(long)
            cut = rng.randint(3, len(words[i]) - 3)
            words[i : i + 1] = [words[i][:cut], words[i][cut:]]
    return " ".join(words)
