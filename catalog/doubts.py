"""Whether the one product left after narrowing is sold, or asked about.

A lone product that explains what was said is sold (:class:`catalog.resolver.Resolver`); on
the tuning halves a question about it named the right product 146 times out of 149. The
question stays for the doubts that do mislead: a number said against the product's own,
another sold brand said where its own is not, a brand heard only nearly among thousands, a
word the shopper does not want, a word a variant of its own family has and it lacks, a colour
said that it does not have while it has one of its own, or nothing but its brand surely said.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from catalog.folding import language, strip_accents
from catalog.lexicon import HOUSE_WORDS, LEGAL_FORMS, PACK_WORDS
from catalog.model import Product
from catalog.normalise import analyse
from catalog.roles import SIZE_LABELS
from catalog.size_words import LETTER_CODES
from catalog.variants import COLORS
from catalog.vocabulary import SURE

if TYPE_CHECKING:
    from catalog.documents import ResolverTables
    from catalog.index import Alignment, QueryMatch, TextIndex
    from catalog.said import Said

__all__ = ["Doubts"]


def _colour(word: str) -> str | None:
    """A colour word as one form for both genders ("blanche" and "blanc" alike), or None."""
    folded = strip_accents(word)
    if folded not in COLORS:
        return None
    return _COLOUR_FORMS.get(folded, folded)


_COLOUR_FORMS = {
    "blanche": "blanc", "noire": "noir", "bleue": "bleu", "verte": "vert", "grise": "gris",
    "violette": "violet", "argente": "argent", "doree": "dore",
}  # fmt: skip


class Doubts:
    """The doubts of one catalog; ``many_brands``: a marketplace, where a brand heard nearly
    may be another (see ``catalog.resolver.MANY_BRANDS``)."""

    def __init__(
        self,
        tables: ResolverTables,
        index: TextIndex,
        said: Said,
        many_brands: bool,
        products: Sequence[Product],
    ) -> None:
        self.index = index
        self.said = said
        self.locale = index.locale
        self._many_brands = many_brands
        self._brand_masks = tables.brand_masks
        self._families = tables.families
        self._products = products
        self._value_ids: dict[str, frozenset[int]] = {}
        self._word_sets: dict[str, frozenset[int]] = {}
        self._colour_sets: dict[int, frozenset[str]] = {}

    def clear(
        self,
        number: int,
        alignment: Alignment,
        qm: QueryMatch,
        fits: list[tuple[int, Alignment]],
        unwanted: set[int],
    ) -> bool:
        """The one product left is sold unless a doubt is worth a question: a number said
        against its own ("600 g" for the 300 g soap), another brand said where its own is not,
        a word of a variant of its own that it lacks, or nothing but its brand surely said
        (its noun only heard nearly: "pinceo")."""
        if alignment.number_conflict or self._other_brand(alignment, qm):
            return False
        if self._other_house(alignment, qm):
            return False
        nearly = self._many_brands and self.said.brand_said(alignment) is False
        if nearly and not self.said.brand_heard(alignment, qm):
            return False  # among thousands of brands, one heard nearly may be another
        if self.has(alignment, unwanted):
            return False
        if self._other_variant(number, alignment, qm, fits):
            return False
        if self.other_value(number, alignment, qm) or self._other_kind_word(number, alignment, qm):
            return False
        if self._other_word_size(number, alignment, qm):
            return False
        if self.other_type_said(number, alignment, qm) or self._other_colour(number, alignment, qm):
            return False
        others = ~self._brand_masks[alignment.doc]
        return not (alignment.doc_mask & others and not alignment.sure_mask & others)

    def unwanted(self, qm: QueryMatch) -> set[int]:
        """The catalog words the shopper said they do not want ("without the pole")."""
        wanted = (self.index.word_id(t.text) for t in qm.tokens if t.role == "negated")
        return {wid for wid in wanted if wid is not None}

    def has(self, alignment: Alignment, words: set[int]) -> bool:
        """The product's name has one of ``words``."""
        return bool(words) and not words.isdisjoint(self.index.doc_positions[alignment.doc])

    def _other_variant(
        self,
        number: int,
        alignment: Alignment,
        qm: QueryMatch,
        fits: list[tuple[int, Alignment]],
    ) -> bool:
        """A word surely said that this product lacks and a variant of its own family that
        fits too explains ("tablets" to the granular shock, "fixed bottom" to the removable
        tart pan): the shopper wants a variant the shop may not make in that size; ask."""
        family = self._families[number]
        left = self.unexplained(alignment, qm)
        return bool(left) and any(
            self._families[other] == family and fit.query_sure & left
            for other, fit in fits
            if other != number
        )

    def other_value(
        self, number: int, alignment: Alignment, qm: QueryMatch, whole: bool = False
    ) -> bool:
        """A value surely said that this product does not have, on an axis where it has
        another, as another product has it ("burgundy leather strap" to the maker's only
        strap, a tan one, when another maker's is burgundy): the shopper wants what this
        product is not; ask. ``whole``: every word of that value said ("dry" of "dry hair"
        is not enough), and a value with a number too when a number said is against this
        product's ("hélion filtre uv 52 mm" when its UV filters are 58 and 77 mm; "4 pack" is
        no other size of the 4 x 1/4 lb patties)."""
        own = {
            axis: self._value_words(value)
            for axis, value in self._products[number].variants.items()
            if whole or axis != "size"
        }
        if not own:
            return False
        kind = self._products[number].product_type
        said = self._surely_unexplained(alignment, qm)
        surely = said | self._sure_words(alignment, qm) if whole else said
        if whole:  # a letter (but after "size"), a size or count word is too little
            tokens = qm.tokens
            said &= {
                self.index.word_id(t.text)
                for at, t in enumerate(tokens)
                if (not t.role and (t.number or len(t.text) > 1))
                or (at and tokens[at - 1].role == "label")
            }
        for wid in said:
            for doc in self.index.documents(wid):
                other = self.index.owners[doc]
                for axis, value in self._products[other].variants.items():
                    words = self._value_words(value)
                    if not (axis in own and wid in words - own[axis]):
                        continue
                    if not whole:
                        return True
                    if self._products[other].product_type != kind:
                        continue  # "single rope": "single" is a count of carabiners
                    counted = any(c.isdigit() for c in value)
                    if words <= surely and (alignment.number_conflict or not counted):
                        return True
        return False

    def values_against(self, tied: list[tuple[int, Alignment]], qm: QueryMatch) -> set[int]:
        """The near-ties that have another value on an axis where the query surely says,
        whole, the value of another near-tie ("1000 grit natural whetstone": the diamond
        one explains "grit", the natural one "natural"; the shopper said which stone)."""
        if len(tied) < 2:
            return set()
        sure = {n: self._sure_words(a, qm) for n, a in tied}
        said: dict[str, set[frozenset[int]]] = {}
        for number, _ in tied:
            for axis, value in self._products[number].variants.items():
                words = self._value_words(value)
                if axis != "size" and words and words <= sure[number]:
                    said.setdefault(axis, set()).add(words)
        if not said:
            return set()
        against = set()
        for number, _ in tied:
            for axis, value in self._products[number].variants.items():
                own = self._value_words(value)
                if any(
                    not words <= own and not words <= sure[number] for words in said.get(axis, ())
                ):
                    against.add(number)
        return against

    def _other_colour(self, number: int, alignment: Alignment, qm: QueryMatch) -> bool:
        """A colour said that this product neither explains nor has, while its name gives a
        colour of its own ("cantarelle pink guitar capo" to the maker's only capo, a black one):
        a colour nobody stocks is no misheard word of this name; ask. (A word read only from its
        place in the name counts as unexplained.)"""
        said = [(p, _colour(t.text)) for p, t in enumerate(qm.tokens)]
        said = [(p, colour) for p, colour in said if colour is not None]
        if not said:
            return False  # (the title's colours are read only when one is said)
        own = self._colours(number)
        explained = alignment.query_mask & ~alignment.guessed
        # (its own colour said, "teal blue" for its teal, is a shade of it)
        return bool(own) and not any(explained >> p & 1 or colour in own for p, colour in said)

    def _colours(self, number: int) -> frozenset[str]:
        """The colour words of a product's title and variants, as the language folds them."""
        found = self._colour_sets.get(number)
        if found is None:
            product = self._products[number]
            text = " ".join([product.title, *product.variants.values()])
            words = (_colour(t.text) for t in analyse(text, self.locale))
            found = self._colour_sets[number] = frozenset(w for w in words if w is not None)
        return found

    def _other_word_size(self, number: int, alignment: Alignment, qm: QueryMatch) -> bool:
        """A size in words surely said that is not this product's own, as another of its type
        has it ("size m" to the maker's only XL gloves, "youth" to its only adult goggles): the
        shopper wants a size this product is not; ask. (Sizes written with digits are weighed
        as numbers; "size", « taille » tell no size apart.)"""
        own = self._size_words(number)
        kind = self._products[number].product_type
        if not own or not kind or own & self._sure_words(alignment, qm):
            return False  # its own size said too: the other word is no size asked for
        for wid in self._surely_unexplained(alignment, qm) - own:
            for doc in self.index.documents(wid):
                other = self.index.owners[doc]
                same = self._products[other].product_type == kind or wid in self._letters()
                if same and wid in self._size_words(other):
                    return True
        return False

    def _size_words(self, number: int) -> frozenset[int]:
        """The words of a product's size written without digits, "size" and « taille » aside."""
        value = self._products[number].variants.get("size", "")
        if not value or any(c.isdigit() for c in value):
            return frozenset()
        words = frozenset().union(*(self._value_words(part) for part in value.split("/")))
        return words - self._labels()  # "Size M/L" is M or L

    def _letters(self) -> frozenset[int]:
        """Letter sizes ("M", "XL"), told apart across types: an L is an L."""
        return self._catalog_words("letters", LETTER_CODES)

    def _labels(self) -> frozenset[int]:
        return self._catalog_words("labels", SIZE_LABELS.get(language(self.locale), frozenset()))

    def _catalog_words(self, name: str, words: Iterable[str]) -> frozenset[int]:
        """The ids of those of ``words`` the catalog has, looked up on the first need."""
        found = self._word_sets.get(name)
        if found is None:
            found = frozenset(w for w in map(self.index.word_id, words) if w is not None)
            self._word_sets[name] = found
        return found

    def other_type_said(self, number: int, alignment: Alignment, qm: QueryMatch) -> bool:
        """Every word of another product type surely said, one of them not this product's,
        while this product's own type went partly unsaid ("le bon carreleur tile spacers" to the
        maker's tile leveling system, when only other makers sell tile spacers): the shopper
        names a ware this product is not; ask."""
        kind = self._products[number].product_type
        noun = self.index.noun_masks[alignment.doc] if self.index.noun_masks is not None else 0
        if not kind or not noun or alignment.doc_mask & noun == noun:
            return False
        said = self._surely_unexplained(alignment, qm)
        if not said:
            return False
        own = set(self.index.doc_positions[alignment.doc])
        surely = said | (own & self._sure_words(alignment, qm))
        plain = self._plain_words(alignment.doc, number)
        for wid in said:
            for doc in self.index.documents(wid):
                other = self._products[self.index.owners[doc]].product_type
                words = self._value_words(other) if other and other != kind else frozenset()
                if words and words <= surely and not self._qualify_own(words, alignment, qm, plain):
                    return True
        return False

    def _qualify_own(
        self, words: frozenset[int], alignment: Alignment, qm: QueryMatch, own: set[int]
    ) -> bool:
        """The words said where the language puts what qualifies a word of this product's
        own (``own``, brand aside): right before it in English ("tripod head", "anchor
        chain", "arrow points" are heads, chains and points), right after it in French
        (« pignon moteur » is a pinion, no motor)."""
        spans = [
            span.mask
            for span in qm.spans
            if any(wid in words and sim >= SURE for wid, sim in span.matches.items())
        ]
        if not spans:
            return False
        if language(self.locale) == "fr":
            neighbour = min((mask & -mask).bit_length() - 1 for mask in spans) - 1
        else:
            neighbour = max(mask.bit_length() for mask in spans)
        if neighbour < 0 or not alignment.query_mask >> neighbour & 1:
            return False
        return any(
            wid in own and sim >= SURE
            for span in qm.spans
            if span.mask >> neighbour & 1
            for wid, sim in span.matches.items()
        )

    def _sure_words(self, alignment: Alignment, qm: QueryMatch) -> set[int]:
        """The catalog words surely said and explained by this product."""
        return {
            wid
            for span in qm.spans
            if span.mask & alignment.query_mask == span.mask
            for wid, similarity in span.matches.items()
            if similarity >= SURE
        }

    def _other_kind_word(self, number: int, alignment: Alignment, qm: QueryMatch) -> bool:
        """A word surely said that this product's name lacks, where a product of its type (by
        another maker) has that word in place of one of this one's, their names otherwise
        alike: the word tells the ware apart ("black arm guard" to the maker's only arm guard,
        a brown one; « palette droitier » to a left-handed one, the feed saying so only in its
        titles); ask."""
        kind = self._products[number].product_type
        if not kind:
            return False
        own: set[int] | None = None
        for wid in self._surely_unexplained(alignment, qm):
            for doc in self.index.documents(wid):
                other = self.index.owners[doc]
                if other == number or self._products[other].product_type != kind:
                    continue
                if own is None:
                    own = self._plain_words(alignment.doc, number)
                theirs = self._plain_words(doc, other)
                if theirs - own == {wid} and len(own - theirs) == 1:
                    return True
        return False

    def _plain_words(self, doc: int, number: int) -> set[int]:
        """The words of a name that are neither its brand's nor its size's."""
        brand = self._brand_masks[doc]
        row = self.index.doc_positions[doc]
        size = self._products[number].variants.get("size", "")
        sized = self._value_words(size) if size else frozenset()
        return {w for at, w in enumerate(row) if not brand >> at & 1 and w not in sized}

    def _surely_unexplained(self, alignment: Alignment, qm: QueryMatch) -> set[int]:
        """The catalog words surely said outside the words this product explains, that its
        name does not have."""
        left = ~alignment.query_mask
        said = {
            wid
            for span in qm.spans
            if span.mask & left == span.mask
            for wid, similarity in span.matches.items()
            if similarity >= SURE
        }
        return said - set(self.index.doc_positions[alignment.doc]) if said else set()

    def _value_words(self, value: str) -> frozenset[int]:
        """The ids of the content words of a variant value, as the catalog writes them."""
        ids = self._value_ids.get(value)
        if ids is None:
            found = (self.index.word_id(t.text) for t in analyse(value, self.locale) if not t.stop)
            ids = frozenset(wid for wid in found if wid is not None)
            self._value_ids[value] = ids
        return ids

    def unexplained(self, alignment: Alignment, qm: QueryMatch) -> int:
        """The mask of the content words said (no number, pack or function word) that the
        product does not explain."""
        packs = PACK_WORDS.get(language(self.locale), frozenset())
        words = sum(
            1 << p
            for p, t in enumerate(qm.tokens)
            if not (t.stop or t.number or t.role == "function") and t.text not in packs
        )
        return words & ~alignment.query_mask

    def _other_house(self, alignment: Alignment, qm: QueryMatch) -> bool:
        """Of this product's brand only its house word is said ("maison", "laboratoires"), and
        right after it a word the product does not explain: another house's name ("maison
        tarquine" to Maison Pélissard's dice), asked about, not sold."""
        if not self._brand_masks[alignment.doc] or self.said.brand_said(alignment) is not False:
            return False
        tokens = qm.tokens
        for pos in range(len(tokens) - 1):
            after = tokens[pos + 1]
            if (
                alignment.query_mask >> pos & 1
                and tokens[pos].text in HOUSE_WORDS
                and not alignment.query_mask >> (pos + 1) & 1
                and not (after.stop or after.number or after.role)
            ):
                return True
        return False

    def _other_brand(self, alignment: Alignment, qm: QueryMatch) -> bool:
        """Nothing of this product's brand is said, and another brand the shop sells surely
        is ("laveo savon 600 g" when only Tachex's soap weighs 600 g): a question, not a sale
        of the brand the shopper did not name."""
        if self.said.brand_said(alignment) is not None:
            return False
        left = ~alignment.query_mask
        return any(
            similarity >= SURE
            and self.index.word(wid) not in LEGAL_FORMS  # "pour la maison" names no brand
            and self.index.in_brand(wid, self._brand_masks)
            for span in qm.spans
            if span.mask & left == span.mask
            for wid, similarity in span.matches.items()
        )
