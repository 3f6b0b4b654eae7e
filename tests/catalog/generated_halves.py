"""What every generated half of the spoken-query generator must be, checked alike for each
(tests/catalog/test_generator_far.py, test_generator_casual.py), and the helpers that compare
a half's word lists with the others' (compared, never printed: fresh and held stay unseen)."""

from __future__ import annotations

import ast
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Protocol

import yaml
from rapidfuzz import fuzz

from bench.resolution_gen import LOCALES, GeneratedSet, generate
from bench.resolution_gen import _matching as matching
from bench.resolution_noise import strip_accents
from bench.resolution_shops import BRAND_SUFFIXES
from skill.interaction_model import load_template, normalise

ROOT = Path(__file__).resolve().parents[2]


def assert_deterministic(half: str, data: GeneratedSet) -> None:
    """The same seed gives the same shops and queries; another seed, other queries."""
    again = generate(half)
    assert again.queries == data.queries
    assert {k: c.products for k, c in again.catalogs.items()} == {
        k: c.products for k, c in data.catalogs.items()
    }
    assert generate(half, seed=7).queries != data.queries


def assert_usual_mix(data: GeneratedSet) -> None:
    """Four shops in two locales, 240 queries each, in the usual mix of kinds."""
    assert len(data.shops) == 4
    assert set(data.catalogs) == {(s.name, locale) for s in data.shops for locale in LOCALES}
    per_shop = Counter((q.shop, q.locale) for q in data.queries)
    assert set(per_shop.values()) == {240}
    kinds = Counter(q.kind for q in data.queries)
    share = {kind: count / len(data.queries) for kind, count in kinds.items()}
    assert 0.52 <= share["exact"] <= 0.66
    assert 0.14 <= share["family"] <= 0.26
    assert 0.16 <= share["none"] <= 0.28


def assert_shared_sets_mix(data: GeneratedSet) -> None:
    """Four shops in two locales, 240 queries each, in the mix of ``shared/data/resolution``
    (exact 0.64, family 0.22, none 0.14)."""
    assert set(data.catalogs) == {(s.name, loc) for s in data.shops for loc in LOCALES}
    assert set(Counter((q.shop, q.locale) for q in data.queries).values()) == {240}
    kinds = Counter(q.kind for q in data.queries)
    share = {kind: count / len(data.queries) for kind, count in kinds.items()}
    assert 0.59 <= share["exact"] <= 0.69
    assert 0.18 <= share["family"] <= 0.26
    assert 0.11 <= share["none"] <= 0.18


def assert_expectations_real(data: GeneratedSet) -> None:
    """Expected products are the shop's; an exact request names one, a family is every
    product matching what was said."""
    shops = {s.name: s for s in data.shops}
    for q in data.queries:
        catalog = data.catalogs[(q.shop, q.locale)]
        assert all(pid in catalog for pid in q.expect)
        assert (q.kind == "none") == (not q.expect)
        assert (q.kind == "exact") == (len(q.expect) == 1)
        if q.kind != "family":
            continue
        shop = shops[q.shop]
        items = [i for i in shop.items if i.id in q.expect]
        shared = {
            attr: getattr(items[0], attr)
            for attr in ("kind", "brand", "variant")
            if len({getattr(i, attr) for i in items}) == 1
        }
        assert "kind" in shared
        assert {i.id for i in matching(shop, shared)} == q.expect


def assert_noise_mix(
    data: GeneratedSet,
    forms: frozenset[str] | set[str],
    noises: frozenset[str] | set[str],
    *,
    clean_at_most: float,
    words_at_most: int,
) -> None:
    """About a third of the queries carry no noise (the forms a query is said in aside), the
    others one to three, fewer the more; every noise kind is used; queries are lower case,
    single-spaced and at most ``words_at_most`` words."""
    counts = Counter(len([t for t in q.noise if t not in forms]) for q in data.queries)
    share = {n: counts[n] / len(data.queries) for n in counts}
    assert set(counts) <= {0, 1, 2, 3}
    assert 0.28 <= share[0] <= clean_at_most and share[1] > share[2] > share[3] > 0.03
    assert {t for q in data.queries for t in q.noise} - set(forms) == set(noises)
    for q in data.queries:
        assert q.text == q.text.lower() and "  " not in q.text
        assert len(q.text.split()) <= words_at_most


def carried_share(data: GeneratedSet) -> float:
    """The share of queries said with a carrier phrase (the shared set: 0.78)."""
    return sum("carrier" in q.noise for q in data.queries) / len(data.queries)


def fold(phrase: str) -> str:
    return " ".join(re.sub(r"[-'’]", " ", strip_accents(phrase.lower())).split())


def strings(words: object) -> set[str]:
    """Every string in a nest of dicts, lists and tuples, folded."""
    if isinstance(words, str):
        return {fold(words)}
    if isinstance(words, dict):
        words = list(words.values())
    if isinstance(words, list | tuple | set | frozenset):
        return set().union(*(strings(w) for w in words)) if words else set()
    return set()


def phrases_before_casual() -> set[str]:
    """The carrier phrases, politeness, pauses, fillers and quantity phrases of the halves made
    before the casual one (noise, wide, far, fresh) and the resolver's own carrier list: what a
    newer half's phrases must not be."""
    from bench import resolution_far_words as far
    from bench import resolution_fresh as fresh
    from bench import resolution_noise, resolution_wide_shops
    from catalog.carriers import CARRIERS

    return (
        strings(resolution_noise.CARRIERS)
        | strings(resolution_wide_shops.CARRIERS)
        | strings(far.CARRIERS)
        | strings(fresh.CARRIERS)
        | strings(CARRIERS)
        | strings([resolution_wide_shops.POLITE, resolution_wide_shops.PAUSES])
        | strings([far.POLITE, far.TIME_PHRASES, far.FILLERS, far.QUANTITY, far.QUANTITY_PAIR])
        | strings([fresh.HESITATIONS, resolution_wide_shops.QUANTITY])
    )


def rules(words: object) -> set[tuple[str, str]]:
    """Every (pattern, replacement) pair in a nest of dicts and lists."""
    if isinstance(words, tuple) and len(words) == 2 and all(isinstance(w, str) for w in words):
        return {words}
    if isinstance(words, dict):
        words = list(words.values())
    if isinstance(words, list | tuple):
        return set().union(*(rules(w) for w in words)) if words else set()
    return set()


def homophones(words: object) -> set[tuple[str, str]]:
    """Every (word, what a recogniser writes for it) pair in a nest of dicts of lists."""
    if not isinstance(words, dict):
        return set()
    pairs = set()
    for key, value in words.items():
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            pairs.update((key, v) for v in value)
        else:
            pairs |= homophones(value)
    return pairs


@cache
def other_halves_strings(*own: str) -> frozenset[str]:
    """Every string literal of the halves' modules but those of ``own`` (half names, "stray"
    for bench/resolution_stray*.py), folded."""
    skipped = tuple(f"resolution_{half}" for half in own)
    found: set[str] = set()
    for path in (ROOT / "bench").glob("resolution_*.py"):
        if path.stem.startswith(skipped):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(fold(node.value))
    return frozenset(found)


def interaction_model_prefixes() -> set[str]:
    """What the skill's interaction model says before a slot, folded."""
    prefixes = set()
    for path in (ROOT / "skill-package" / "interactionModels" / "custom").glob("*.json"):
        model = json.loads(path.read_text(encoding="utf-8"))
        for intent in model["interactionModel"]["languageModel"]["intents"]:
            for sample in intent.get("samples", []):
                prefixes.add(fold(re.sub(r"\{.*", "", sample)))
    return prefixes


def template_prefixes() -> set[str]:
    """Every phrase of the interaction-model templates, whole and before its first slot."""

    def phrases(node: object) -> list[str]:
        if isinstance(node, str):
            return [node]
        if isinstance(node, dict):
            node = list(node.values())
        if isinstance(node, list):
            return [p for item in node for p in phrases(item)]
        return []

    found: set[str] = set()
    for path in (ROOT / "interaction_models" / "templates").glob("*.yaml"):
        for phrase in phrases(yaml.safe_load(path.read_text(encoding="utf-8"))):
            found |= {fold(phrase), fold(re.sub(r"\{.*", "", phrase))}
    assert len(found) > 200
    return found


def brand_words(name: str) -> set[str]:
    """The words of a brand that tell it (four letters or more, no "& Co")."""
    return {w for w in fold(name).split() if len(w) >= 4 and w not in BRAND_SUFFIXES}


class HeardMaker(Protocol):
    """A maker of a half whose name the other language's recogniser writes its own way."""

    @property
    def name(self) -> str: ...

    @property
    def origin(self) -> str: ...

    def heard(self, ear: str) -> str: ...


def assert_brands_apart(ours: list[str], theirs: list[str]) -> None:
    """A half's brands are its own: each once, none another half's nor reading like one of
    them or like another of its own."""
    assert len(set(ours)) == len(ours) and len(theirs) > 300
    assert not {fold(b) for b in ours} & {fold(b) for b in theirs}
    assert not [b for b in ours if alike(b, theirs)]
    assert not [b for b in ours if alike(b, [o for o in ours if o != b])]


def assert_names_apart(names: Iterable[str], vocabulary: set[str]) -> None:
    """No word that tells a brand is a word of the shop's wares."""
    assert not {w for name in names for w in brand_words(name)} & vocabulary


def assert_heard_otherwise(makers: Iterable[HeardMaker]) -> None:
    """The other language's recogniser writes each maker's name with words of its own."""
    for maker in makers:
        other = maker.heard("en" if maker.origin == "fr" else "fr")
        assert fold(other) != fold(maker.name)


def alike(name: str, others: list[str]) -> bool:
    """A word of the brand ``name`` reads like a word of one of ``others``."""
    theirs = {w for other in others for w in brand_words(other)}
    return any(fuzz.ratio(w, t) >= 80 for w in brand_words(name) for t in theirs)


def assert_same_seed_same_half(half: str, data: GeneratedSet, seed: int) -> None:
    """The outsider halves' determinism: the same seed gives the same queries and catalogs,
    another seed other queries, and no query is made when none is asked for."""
    again = generate(half, seed)
    assert again.queries == data.queries
    assert again.catalogs == data.catalogs
    assert generate(half, seed + 1).queries != again.queries
    assert not generate(half, seed, per_shop=0).queries


def assert_outsider_shops(data: GeneratedSet, kinds: list[str], per_shop: int) -> None:
    """Four shops of these kinds, each of 40 to 60 products by five to seven makers, the same
    ids in both locales priced in EUR and USD (whole minor units, above zero), each with a size;
    ``per_shop`` queries per shop and locale."""
    assert [s.kind for s in data.shops] == kinds
    for shop in data.shops:
        french, english = (data.catalogs[(shop.name, locale)].products for locale in LOCALES)
        assert 40 <= len(french) <= 60
        assert [p.id for p in french] == [p.id for p in english]
        assert 5 <= len({p.brand for p in french}) <= 7
        assert {p.price.currency for p in french} == {"EUR"}
        assert {p.price.currency for p in english} == {"USD"}
        for product in (*french, *english):
            assert isinstance(product.price.minor, int) and product.price.minor > 0
            assert product.variants["size"]
    assert len(data.queries) == len(kinds) * len(LOCALES) * per_shop


def assert_kinds_near(
    data: GeneratedSet, kinds: Iterable[tuple[str, float]], within: float
) -> None:
    """The shared set's mix, and in each locale every kind's share within ``within`` of its aim."""
    assert_shared_sets_mix(data)
    for locale in LOCALES:
        some = [q for q in data.queries if q.locale == locale]
        counts = Counter(q.kind for q in some)
        for kind, share in kinds:
            assert abs(counts[kind] / len(some) - share) < within, (locale, kind)


def assert_carriers_not_samples(
    before: Sequence[Sequence[str]], after: Sequence[Sequence[str]]
) -> None:
    """No phrase a half says around a product, per language (fr-FR, en-US), is a sample of
    that locale's interaction model: the half's carriers are its own."""
    for lang, locale in enumerate(LOCALES):
        samples = {
            normalise(sample)
            for spec in load_template(locale)["intents"].values()
            for sample in spec.get("samples") or ()
        }
        ours = [normalise(f"{b} {{product}}") for b in before[lang]]
        ours += [normalise(f"{{product}} {a}") for a in after[lang]]
        assert not set(ours) & samples, locale
