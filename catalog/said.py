"""What a query says of one product: its brand, its noun, its own name, in full or in part.

The resolver (:class:`catalog.resolver.Resolver`) decides on these: near-ties are narrowed to
the products whose brand, noun and name were said in full, and a product of which only the
brand, or a function word, was surely said is not offered. Each answer reads an :class:`~catalog.alignment.Alignment`
against the per-document masks of the catalog's tables (:mod:`catalog.documents`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from catalog.folding import language, singular, strip_accents
from catalog.lexicon import LEGAL_FORMS, NEGATIONS, PACK_WORDS, function_word, request_word
from catalog.spelling import clipped, syllables

if TYPE_CHECKING:
    from catalog.documents import ResolverTables
    from catalog.index import Alignment, QueryMatch, TextIndex

__all__ = ["BRAND_HEARD_RATIO", "Said"]

BRAND_HEARD_RATIO = 70.0  # a brand word spelt by ear this close (and as many syllables)


class Said:
    """The brand, noun and name predicates of one catalog; built once per resolver, it keeps
    what it learns of each word and brand (function words, legal forms) for the next query."""

    def __init__(self, tables: ResolverTables, index: TextIndex, locale: str) -> None:
        self.index = index
        self.locale = locale
        self._brand_masks = tables.brand_masks
        self._name_masks = tables.name_masks  # the content words of each document's own name
        self._kind_masks = tables.kind_masks  # the product noun's words
        # word id → (a function word, a request verb), filled lazily
        self._word_uses: dict[int, tuple[bool, bool]] = {}
        self._legal_forms: dict[int, int] = {}  # document → its brand's legal-form positions

    def brand_said(self, alignment: Alignment) -> bool | None:
        """True: the query surely says the whole brand (its legal form aside: "Movras & Cie"
        is said as "movras"); None: not at all; False: in part, or only something like it."""
        brand = self._brand_masks[alignment.doc]
        if not brand or not alignment.doc_mask & brand:
            return None
        needed = brand & ~self._legal_form_mask(alignment.doc)
        return alignment.sure_mask & needed == needed

    def _legal_form_mask(self, doc: int) -> int:
        """The positions of the document's brand words that are a legal form ("cie")."""
        mask = self._legal_forms.get(doc)
        if mask is None:
            mask = 0
            brand = self._brand_masks[doc]
            if brand:
                for position, wid in enumerate(self.index.doc_positions[doc]):
                    if brand >> position & 1 and wid >= 0 and self.index.word(wid) in LEGAL_FORMS:
                        mask |= 1 << position
                if mask == brand:
                    mask = 0  # a brand that is only a legal form must be said
            self._legal_forms[doc] = mask
        return mask

    def brand_heard(self, alignment: Alignment, qm: QueryMatch) -> bool:
        """The brand heard as a recogniser spells it ("dorsha kare" for "Dorcha Care"), and
        nothing else in doubt (what a shop of very many brands needs to sell on a brand heard
        nearly, see :class:`catalog.resolver.Resolver`): every brand word said nearly, the product noun surely, and
        no more doubtful words in the query than the brand has words, each explained by
        this product (none only guessed from its place). Then the one product that fits is
        the one meant: a brand we do not sell is not heard this close to ours."""
        brand = self._brand_masks[alignment.doc]
        if not brand or alignment.near_mask & brand != brand:
            return False
        if not self.kind_sure(alignment):
            return False
        doubt = 0
        for position in qm.doubtful:
            doubt |= 1 << position
        explained = alignment.query_mask & ~alignment.guessed
        if doubt & ~explained or doubt.bit_count() > brand.bit_count():
            return False
        # Each brand word heard with as many syllables: "lavaneo" is not "Lavéo".
        heard = [t.text for t in qm.tokens if not t.stop]
        positions = self.index.doc_positions[alignment.doc]
        for position, wid in enumerate(positions):
            if brand >> position & 1 and wid >= 0:
                word = self.index.word(wid)
                if not any(
                    (syllables(h) == syllables(word) and fuzz.ratio(h, word) >= BRAND_HEARD_RATIO)
                    or clipped(h, word)
                    for h in heard
                ):
                    return False
        return True

    def brand_unmet(self, qm: QueryMatch, fits: Sequence[tuple[int, Alignment]]) -> bool:
        """A sold brand surely said (a word only brands have, heard as written) that no
        product that may be meant explains: that brand does not make what was asked
        ("focalis reading magnifiers" where Focalis makes none), and another brand's is not
        what the shopper wants. Not when some product's own brand is said too: the first
        may be taken back ("floréal no meadowsweet lilies")."""
        if any(a.doc_mask & self._brand_masks[a.doc] for _, a in fits):
            return False
        for span in qm.spans:
            at = span.start
            token = qm.tokens[at]
            if span.end != at or token.stop or token.number or token.role:
                continue  # (a request verb a brand has, « n'oublie pas », is no brand said)
            exact = [wid for wid, sim in span.matches.items() if sim >= 1.0]
            if not exact or not all(
                self.index.only_in_brand(wid, self._brand_masks) for wid in exact
            ):
                continue
            if not any(alignment.query_mask >> at & 1 for _, alignment in fits):
                return True
        return False

    def kind_sure(self, alignment: Alignment) -> bool:
        """The query surely says every word of this product's noun."""
        kind = self._kind_masks[alignment.doc]
        return bool(kind) and alignment.sure_mask & kind == kind

    def kind_qualified(self, alignment: Alignment, qm: QueryMatch, words: Sequence[int]) -> bool:
        """The query surely says some word of this product's noun, and the query positions
        ``words`` (words the catalog does not know) stand where the language puts what
        qualifies a noun: before it in English ("diced bacon" for bacon lardons), after it in
        French (« sac polochon » for the travel bag). A word we do not know where the noun
        itself goes ("paint sprayer", « destructeur de papier ») names another thing."""
        kind = self._kind_masks[alignment.doc]
        if not alignment.sure_mask & kind:
            return False
        positions = self.index.doc_positions[alignment.doc]
        nouns = {positions[at] for at in range(len(positions)) if kind >> at & 1}
        said = [
            at
            for span in qm.spans
            if nouns & span.matches.keys()
            for at in range(span.start, span.end + 1)
        ]
        if not said:
            return False
        if language(self.locale) == "fr":
            return all(word > min(said) for word in words)
        return all(word < max(said) for word in words)

    def negation_unsaid(self, alignment: Alignment, qm: QueryMatch) -> bool:
        """The product's name says "sans X" ("pavé de saumon sans peau") and the query says X
        with no negation: the shopper wants X (« avec peau »), not this product."""
        negations = NEGATIONS.get(language(self.locale), frozenset())
        if any(strip_accents(t.surface.lower()) in negations for t in qm.tokens):
            return False
        written = negations | {singular(word) for word in negations}  # titles' "sans" is "san"
        positions = self.index.doc_positions[alignment.doc]
        return any(
            wid >= 0 and self.index.word(wid) in written and alignment.doc_mask >> (at + 1) & 1
            for at, wid in enumerate(positions[:-1])
        )

    def kind_said(self, alignment: Alignment) -> bool:
        """The query says this product's noun (its product type) in full: "belka honey" is
        honey, not the honey flavour of Belka's cereal."""
        kind = self._kind_masks[alignment.doc]
        return bool(kind) and alignment.doc_mask & kind == kind

    def name_said(self, alignment: Alignment) -> bool:
        """The query surely says every word of this product's title or of one synonym: the
        merchant's own name for it ("spray oxygène" for the default variant)."""
        name = self._name_masks[alignment.doc]
        return bool(name) and alignment.sure_mask & name == name

    def adds_unsaid(self, shorter: Alignment, longer: Alignment, content: int) -> bool:
        """``longer``'s title is ``shorter``'s (brands aside) with words added that nobody said,
        one of them right beside a word said of both that is neither brand nor noun: "strong
        hairspray" is the *strong hold* one, not the *extra strong hold* one beside it. (With
        only the noun said beside it, "hairspray", both stay worth asking about; an added number
        counts beside a number said only.) ``content``: the query positions of no stop word."""
        if (
            shorter.query_mask != longer.query_mask
            or shorter.query_mask & content != content
            or self.brand_said(shorter) is False
        ):
            return False  # (only where all that was said is this product's, its brand surely)
        short_words = self._own_words(shorter.doc)
        long_words = self._own_words(longer.doc)
        if not set(short_words.values()) < set(long_words.values()):
            return False
        added = set(long_words.values()) - set(short_words.values())
        numbers = {wid for wid in added if self._number(wid)}
        if numbers and numbers != added:
            return False  # another size: the sizes said decide (a box of 24 is no added word)
        said = longer.sure_mask & ~self._kind_masks[longer.doc] & ~self._brand_masks[longer.doc]
        order = sorted(long_words)
        for rank, position in enumerate(order):
            if long_words[position] not in added:
                continue
            if longer.doc_mask >> position & 1:
                return False  # (said after all, nearly)
            beside = [order[r] for r in (rank - 1, rank + 1) if 0 <= r < len(order)]
            if numbers:
                # A range's other end ("6-18 mois" beside "18 mois+", 18 said): beside a
                # number said.
                beside = [other for other in beside if self._number(long_words[other])]
            if any(said >> other & 1 for other in beside):
                return True
        return False

    def _number(self, wid: int) -> bool:
        return self.index.word(wid)[:1].isdigit()

    def _own_words(self, doc: int) -> dict[int, int]:
        """Position → word id of a document's words, brand and stop words aside."""
        brand = self._brand_masks[doc]
        return {
            at: wid
            for at, wid in enumerate(self.index.doc_positions[doc])
            if wid >= 0 and not brand >> at & 1
        }

    def content(self, doc: int, mask: int) -> bool:
        """Some position of ``mask`` in the document is a content word, not a function word
        ("par" in "par 30") nor a pack word ("lot" in "lot de 3"). A word of the product's
        noun that the language also uses as a request verb is content there ("picks" in
        "guitar picks", no "pick up"); its other function words are not ("scented" says
        which scent, not which product)."""
        positions = self.index.doc_positions[doc]
        noun = self._kind_masks[doc]
        for position, wid in enumerate(positions):
            if mask >> position & 1 and wid >= 0:
                uses = self._word_uses.get(wid)
                if uses is None:
                    uses = self._word_uses[wid] = self._uses(self.index.word(wid))
                function, request = uses
                if not function or (request and noun >> position & 1):
                    return True
        return False

    def _uses(self, word: str) -> tuple[bool, bool]:
        """Whether a catalog word is a function (or pack) word of the language, and whether
        it is a request verb."""
        lang = language(self.locale)
        packs = PACK_WORDS.get(lang, frozenset())
        return function_word(word, lang) or word in packs, request_word(word, lang)

    def noun_heard(self, alignment: Alignment, qm: QueryMatch) -> bool:
        """Only the product noun was said, nearly ("pinceo" for "pinceau"), and perhaps its
        brand, surely ("nolque pastyes pour la gorje"): every word of the noun near, every word
        of the query explained, no brand word said only nearly. Worth a question, never a
        match."""
        kind = self._kind_masks[alignment.doc]
        brand = self._brand_masks[alignment.doc]
        if not kind or alignment.near_mask & kind != kind or alignment.doc_mask & ~kind & ~brand:
            return False
        if qm.unknown or brand & alignment.doc_mask & ~alignment.sure_mask:
            return False
        content = sum(1 << i for i, t in enumerate(qm.tokens) if not t.stop)
        return alignment.query_mask & content == content
