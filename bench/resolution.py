"""How well and how fast echoppe resolves spoken product queries.

``python -m bench.resolution`` prints:

- **quality** on the spoken-query set in ``ECHOPPE_RESOLUTION_DATA`` (default
  ``/work/shared/data/resolution``): accuracy by kind (exact, family, none), overall
  accuracy and the wrong-match rate (share of queries answered ``match`` with a product the
  shopper did not mean), on the whole set and on its two halves. The thresholds in
  :mod:`catalog.resolver` were tuned on half A only; half B is the held-out check. A
  baseline (rapidfuzz WRatio over titles, cut-off 80) is printed alongside;
- **speed** on a synthetic catalog of 100,000 products generated deterministically from
  brand, product-type and variant vocabularies, with spoken-style queries made the way a
  recogniser garbles them (numbers as words, brands cut in two, accents lost, fillers):
  index build time, index memory (RSS delta), per-query p50/p99, and the accuracy on those
  synthetic queries (a second, independent check of the mechanisms).

Targets: accuracy ≥ 0.90, wrong-match rate ≤ 0.01, p99 ≤ 10 ms, build ≤ 20 s, memory ≤ 300 MB.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import sys
import time
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process, utils

from catalog.feed import read_feed
from catalog.model import Catalog, Product
from catalog.normalise import strip_accents
from catalog.resolver import Resolution, Resolver
from payments.money import Money

DEFAULT_DATA = "/work/shared/data/resolution"
KINDS = ("exact", "family", "none")


@dataclass(frozen=True)
class Query:
    locale: str
    text: str
    expect: frozenset[str]
    kind: str

    @property
    def half(self) -> str:
        """A or B, fixed by a hash of the text: tune on A, report B as held out."""
        return "AB"[zlib.crc32(f"{self.locale}\t{self.text}".encode()) % 2]


@dataclass
class Score:
    right: Counter
    total: Counter
    wrong_matches: int = 0

    @classmethod
    def empty(cls) -> Score:
        return cls(Counter(), Counter())

    def add(self, query: Query, status: str, ids: Sequence[str]) -> None:
        self.total[query.kind] += 1
        self.right[query.kind] += judge(query, status, ids)
        if status == "match" and ids[0] not in query.expect:
            self.wrong_matches += 1

    @property
    def count(self) -> int:
        return sum(self.total.values())

    def line(self, label: str) -> str:
        parts = [f"{label:<22}"]
        for kind in KINDS:
            if self.total[kind]:
                acc = self.right[kind] / self.total[kind]
                parts.append(f"{kind} {acc:.3f} ({self.right[kind]}/{self.total[kind]})")
        accuracy = sum(self.right.values()) / max(self.count, 1)
        wrong = self.wrong_matches / max(self.count, 1)
        parts.append(f"| accuracy {accuracy:.3f}  wrong-match {wrong:.4f} (n={self.count})")
        return "  ".join(parts)


def judge(query: Query, status: str, ids: Sequence[str]) -> bool:
    """The data set's rule: exact → match on the id; family → match on one of them or a
    question offering only them; none → none."""
    if query.kind == "none":
        return status == "none"
    if status == "match":
        return ids[0] in query.expect
    if query.kind == "family" and status == "ambiguous":
        return bool(ids) and set(ids) <= query.expect
    return False


def load_queries(folder: Path) -> list[Query]:
    queries = []
    with (folder / "queries.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                row = json.loads(line)
                queries.append(
                    Query(row["locale"], row["query"], frozenset(row["expect"]), row["kind"])
                )
    return queries


def load_catalogs(folder: Path, locales: set[str]) -> dict[str, Catalog]:
    return {
        locale: Catalog(locale, tuple(read_feed(folder / f"catalog.{locale}.tsv", locale)))
        for locale in sorted(locales)
    }


class Baseline:
    """rapidfuzz WRatio of the whole query against every title; a match above 80, else none."""

    def __init__(self, catalog: Catalog) -> None:
        self.products = catalog.products
        self.titles = [p.title for p in catalog.products]

    def resolve(self, text: str) -> tuple[str, list[str]]:
        found = process.extractOne(
            text, self.titles, scorer=fuzz.WRatio, processor=utils.default_process, score_cutoff=80
        )
        if found is None:
            return "none", []
        return "match", [self.products[found[2]].id]


def _ids(resolution: Resolution) -> list[str]:
    return [c.product.id for c in resolution.candidates]


def quality(folder: Path, out: Callable[[str], None]) -> dict[str, Score]:
    queries = load_queries(folder)
    catalogs = load_catalogs(folder, {q.locale for q in queries})
    resolvers = {locale: Resolver(catalog) for locale, catalog in catalogs.items()}
    baselines = {locale: Baseline(catalog) for locale, catalog in catalogs.items()}
    scores = {key: Score.empty() for key in ("all", "A", "B", "baseline")}
    for query in queries:
        resolution = resolvers[query.locale].resolve(query.text)
        for key in ("all", query.half):
            scores[key].add(query, resolution.status, _ids(resolution))
        status, ids = baselines[query.locale].resolve(query.text)
        scores["baseline"].add(query, status, ids)
    out(f"quality: {len(queries)} spoken queries, {folder}")
    out(scores["all"].line("echoppe, all"))
    out(scores["A"].line("echoppe, half A (tune)"))
    out(scores["B"].line("echoppe, half B (held)"))
    out(scores["baseline"].line("baseline WRatio≥80"))
    return scores


def _words(text: str) -> list[str]:
    return text.split()


# --- synthetic catalog -------------------------------------------------------------------
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


def synthetic_catalog(size: int = 100_000, seed: int = 5) -> tuple[Catalog, list[str]]:
    """A deterministic French catalog of ``size`` products; also the brand names held back
    (never used) for "none" queries."""
    rng = random.Random(seed)
    names = _brand_names(rng, max(400, size // 30))
    rng.shuffle(names)
    held = names[:200]
    # Brands held back for "none" queries share no word with a brand on sale: "Xazu" is not
    # unknown when "Luxcolmo Xazu" is sold.
    sold_words = {w.lower() for b in names[200:] for w in b.split()}
    unused = sorted(b for b in held if not {w.lower() for w in b.split()} & sold_words)
    products: list[Product] = []
    for brand in names[200:]:
        if len(products) >= size:
            break
        for kind in rng.sample(sorted(_TYPES), rng.randint(6, 16)):
            axis, sizes = _TYPES[kind]
            combos = [(a, s) for a in (axis or [""]) for s in sizes]
            for value, amount in rng.sample(combos, min(len(combos), rng.randint(1, 8))):
                words = [brand, kind, value.replace("-", " "), amount]
                number = len(products)
                products.append(
                    Product(
                        id=f"s{number:06d}",
                        title=" ".join(w for w in words if w),
                        price=Money(199 + number % 3000, "EUR"),
                        brand=brand,
                        product_type=kind,
                    )
                )
    if len(products) < size:
        raise ValueError(f"vocabularies too small for {size} products")
    return Catalog("fr-FR", tuple(products[:size])), unused


_UNITS_SPOKEN = {
    "ml": ["millilitres", "ml"],
    "l": ["litres", "l", "litre"],
    "g": ["grammes", "g"],
    "kg": ["kilo", "kilos", "kg"],
    "cm": ["centimètres", "cm"],
}
_FR_UNITS = _words(
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize"
)
_FR_TENS = {
    20: "vingt",
    30: "trente",
    40: "quarante",
    50: "cinquante",
    60: "soixante",
    80: "quatre-vingt",
}


def french_number(n: int) -> str:
    """Integers below 10,000 in French words, as a recogniser would write them."""
    if n < 17:
        return _FR_UNITS[n]
    if n < 20:
        return f"dix-{_FR_UNITS[n - 10]}"
    if n < 100:
        tens = n // 10 * 10
        if tens in (70, 90):
            tens -= 10
        rest = n - tens
        word = _FR_TENS[tens]
        if rest == 0:
            return word + ("s" if tens == 80 else "")
        if rest in (1, 11) and tens != 80:
            return f"{word} et {french_number(rest)}"
        return f"{word}-{french_number(rest)}"
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "cent" if hundreds == 1 else f"{_FR_UNITS[hundreds]} cent"
        if rest == 0:
            return head + ("s" if hundreds > 1 else "")
        return f"{head} {french_number(rest)}"
    thousands, rest = divmod(n, 1000)
    head = "mille" if thousands == 1 else f"{french_number(thousands)} mille"
    return head if rest == 0 else f"{head} {french_number(rest)}"


def _say_amount(rng: random.Random, amount: str) -> str:
    words = amount.split()
    out = []
    for i, word in enumerate(words):
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
    """Recogniser noise: accents lost, a long word cut in two, an "e" doubled."""
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


_FILLERS = ["", "", "je voudrais", "ajoute", "commande", "achète"]


def synthetic_queries(
    catalog: Catalog, unused_brands: list[str], count: int, seed: int = 7
) -> list[Query]:
    rng = random.Random(seed)
    families: dict[tuple[str, str], list[Product]] = {}
    for product in catalog.products:
        families.setdefault((product.brand, product.product_type), []).append(product)
    queries: list[Query] = []
    products = [p for p in catalog.products if p.brand]
    kinds = list(_TYPES)
    while len(queries) < count:
        roll = rng.random()
        filler = rng.choice(_FILLERS)
        if roll < 0.7:
            product = rng.choice(products)
            rest = product.title[len(product.brand) :].strip()
            amount_at = rest.rfind(" ".join(product.title.split()[-2:]))
            spoken = (
                rest if amount_at < 0 else rest[:amount_at] + _say_amount(rng, rest[amount_at:])
            )
            text = f"{filler} {_garble(rng, product.brand)} {_garble(rng, spoken)}"
            queries.append(Query("fr-FR", text.strip(), frozenset({product.id}), "exact"))
        elif roll < 0.85:
            product = rng.choice(products)
            family = families[(product.brand, product.product_type)]
            text = f"{filler} {_garble(rng, product.brand)} {product.product_type}"
            kind = "exact" if len(family) == 1 else "family"
            queries.append(Query("fr-FR", text.strip(), frozenset(p.id for p in family), kind))
        else:
            brand = rng.choice(unused_brands)
            text = f"{filler} {brand.lower()} {rng.choice(kinds)}"
            queries.append(Query("fr-FR", text.strip(), frozenset(), "none"))
    return queries


def _rss_bytes() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def speed(size: int, count: int, out: Callable[[str], None]) -> dict[str, float]:
    started = time.perf_counter()
    catalog, unused = synthetic_catalog(size)
    queries = synthetic_queries(catalog, unused, count)
    generated = time.perf_counter() - started
    gc.collect()
    before = _rss_bytes()
    started = time.perf_counter()
    resolver = Resolver(catalog)
    build = time.perf_counter() - started
    gc.collect()
    memory = _rss_bytes() - before
    out(
        f"speed: synthetic catalog of {len(catalog):,} products "
        f"({resolver.index.vocabulary_size:,} words), generated in {generated:.1f} s"
    )
    out(f"  index build {build:.2f} s, index memory {memory / 2**20:.0f} MB (RSS delta)")
    score = Score.empty()
    timings: list[float] = []
    for query in queries[: max(1, count // 10)]:  # warm caches the way a live process is
        resolver.resolve(query.text)
    for query in queries:
        started = time.perf_counter()
        resolution = resolver.resolve(query.text)
        timings.append((time.perf_counter() - started) * 1000)
        score.add(query, resolution.status, _ids(resolution))
    timings.sort()
    p50 = statistics.median(timings)
    p99 = timings[min(len(timings) - 1, int(len(timings) * 0.99))]
    out(
        f"  per query over {len(timings)} spoken-style queries: p50 {p50:.2f} ms, "
        f"p99 {p99:.2f} ms, max {timings[-1]:.2f} ms"
    )
    out(score.line("  synthetic queries"))
    return {"build_s": build, "memory_mb": memory / 2**20, "p50_ms": p50, "p99_ms": p99}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.resolution", description=__doc__)
    parser.add_argument(
        "--data", type=Path, default=Path(os.environ.get("ECHOPPE_RESOLUTION_DATA", DEFAULT_DATA))
    )
    parser.add_argument("--size", type=int, default=100_000, help="synthetic catalog size")
    parser.add_argument("--queries", type=int, default=2000, help="synthetic queries to time")
    parser.add_argument("--skip-speed", action="store_true")
    args = parser.parse_args(argv)
    if (args.data / "queries.jsonl").exists():
        quality(args.data, print)
    else:
        print(f"quality: skipped, no queries.jsonl in {args.data}", file=sys.stderr)
    if not args.skip_speed:
        speed(args.size, args.queries, print)
    return 0


if __name__ == "__main__":
    sys.exit(main())
