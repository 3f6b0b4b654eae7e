"""What each span of a query may read as: every token, and every run of up to ``MAX_JOIN``
adjacent tokens glued back together, with the catalog words it may be
(:meth:`SpanReadings.readings`) — looked up as written, by sound, cut off where the recogniser
stopped listening, as a French word heard in shorter ones, or as a brand heard as words of
the language (:mod:`catalog.brand_sounds`)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from catalog.brand_sounds import BRAND_SOUND_SIM, BrandSounds
from catalog.codes import code_spans
from catalog.documents import BrandPhrase
from catalog.folding import strip_accents
from catalog.lexicon import LEGAL_FORMS
from catalog.normalise import Token, word_form
from catalog.phonetics import RUN_PREFIX, phonetic, spoken_run_sound
from catalog.spelling import syllables
from catalog.vocabulary import (
    CLIPPED_SIM,
    JOINED_CUTOFF,
    JOINED_WITH_WORD_CUTOFF,
    MAX_JOIN,
    Vocabulary,
)

__all__ = ["BRAND_PIECE_MAX", "RUN_PIECE_MAX", "SpanReadings"]

# A French word heard as a few shorter words that sound as it does ("pas teint" for "patins",
# "bout gît" for "bougies"): near, never sure.
RUN_SOUND_SIM = 0.85
MIN_GLUED_STOPS = 4  # letters of a catalog word glued from function words ("dede")
MIN_CUT_OFF = 4  # letters heard of the last word when the recogniser cut the query short
CUT_OFF_WORDS = 8  # words it may begin, at most
MIN_SHORTENED = 3  # letters of a word said short ("sax")
# Its share of the whole word, at most: people say a word short by half or more (« capo »
# for « capodastre », "promo", "limo"); "canis" is "canister" cut off, only at the end.
MAX_SHORTENED_SHARE = 0.6
RUN_PIECE_MAX = 5  # letters of each piece: a word heard apart is heard as short words
BRAND_PIECE_MAX = 8  # a brand heard as words of the language: « pupille eau » for Pupilo
MIN_BRAND_SKELETON = 4  # consonants of a brand met by its skeleton alone
PHRASE_WORDS_MAX = 6  # words a brand of several words may be heard as


class SpanReadings(Vocabulary):
    """A vocabulary that reads a query's spans (the base of :class:`catalog.index.TextIndex`)."""

    _brand_sounds: BrandSounds | None = None  # on the first need
    _by_start: tuple[list[str], list[int]] | None = None  # words sorted, on the first need
    _brand_set: frozenset[int] | None = None  # brand_words, on the first need

    brand_words: Sequence[int] = ()
    """The word ids that stand in some brand (set by the resolver from its tables)."""
    brand_phrases: Sequence[BrandPhrase] = ()
    """The brands of several words (set by the resolver from its tables)."""

    def brand_sounds(self) -> BrandSounds:
        """The sounds of the brand words (:mod:`catalog.brand_sounds`): those a compiled
        catalog holds (:class:`catalog.compiled.CompiledTables`), else computed on the first
        need."""
        if self._brand_sounds is None:
            stored = getattr(self.tables, "brand_sounds", None)
            if stored is not None:
                self._brand_sounds = stored()
            else:
                self._lookups()
                words = [(w, self._words[w]) for w in self.brand_words if self._soundable[w]]
                self._brand_sounds = BrandSounds(words, self.locale, self.brand_phrases)
        return self._brand_sounds

    def _brands_sounding(self, segment: Sequence[Token]) -> dict[int, float]:
        """Brand words that a few short words said in a row sound nearly as."""
        return self.brand_sounds().near([t.surface for t in segment])

    def _brand_sounded_as(self, heard: str) -> list[int]:
        """Short brand words (two or three phonemes) that sound exactly as a word heard alone:
        too short for :meth:`_brands_sounding`'s one phoneme in five, long enough to tell."""
        return self.brand_sounds().exact(heard)

    def _brand_skeleton(self, key: str, text: str) -> list[int]:
        """Brand words whose consonants are those of words said in a row, in as many syllables
        ("bear jury" for Bergerie): the vowels an English ear gives a French brand vary too
        much for its sound to meet (:meth:`_brands_sounding`), its consonants less."""
        if len(key) < MIN_BRAND_SKELETON:
            return []
        if self._brand_set is None:
            self._brand_set = frozenset(self.brand_words)
        return [
            wid
            for wid in self._by_key.get(key, ())
            if wid in self._brand_set and syllables(self._words[wid]) == syllables(text)
        ]

    def _brand_phrases_heard(
        self, tokens: Sequence[Token]
    ) -> list[tuple[int, int, dict[int, float]]]:
        """Brands of several words heard whole as other words ("lure doe tone" for Lueur
        d'Automne): a span per brand word, over the words said that sound as it
        (:meth:`BrandSounds.phrase`). Runs the catalog reads word for word are not tried, nor
        is a brand one of whose words was said as written ("iron gom" is no Iron Goat)."""
        sounds = self.brand_sounds()
        spans: list[tuple[int, int, dict[int, float]]] = []
        for start in range(len(tokens)):
            for end in range(start + 1, min(len(tokens), start + PHRASE_WORDS_MAX)):
                segment = tokens[start : end + 1]
                if segment[-1].number or len(segment[-1].surface) > BRAND_PIECE_MAX:
                    break
                if all(t.stop or t.text in self._vocab for t in segment):
                    continue
                for shared in sounds.phrase([t.surface for t in segment]):
                    written = any(
                        p.first == p.last and self._vocab.get(segment[p.first].text) == p.wid
                        for p in shared
                    )
                    if written and not all(p.alone for p in shared):
                        continue  # a word of it said as written: the others are heard alone
                    spans += [
                        (start + p.first, start + p.last, {p.wid: BRAND_SOUND_SIM}) for p in shared
                    ]
        return spans

    def prefixed(self, start: str, at_most: int = 40) -> list[int]:
        """Words that begin with ``start`` and go on: what a half-remembered name may be."""
        if self._by_start is None:
            order = sorted(range(len(self._words)), key=self._words.__getitem__)
            self._by_start = ([self._words[w] for w in order], order)
        words, ids = self._by_start
        found: list[int] = []
        at = bisect_left(words, start)
        while at < len(words) and words[at].startswith(start) and len(found) < at_most:
            if len(words[at]) > len(start) and self._soundable[ids[at]]:
                found.append(ids[at])
            at += 1
        return found

    def _shortened(self, heard: str) -> dict[int, float]:
        """The one catalog word ``heard`` is the beginning of, when people say it that short
        (« capo » for « capodastre », "sax" for "saxophone"): near, never sure. (A legal
        form, "labs" for « Laboratoires », is the brand's own word: catalog.index.)"""
        if len(heard) < MIN_SHORTENED:
            return {}
        begun = self.prefixed(heard, 2)
        if len(begun) != 1 or len(heard) > len(self._words[begun[0]]) * MAX_SHORTENED_SHARE:
            return {}
        return {begun[0]: CLIPPED_SIM}

    def readings(self, tokens: Sequence[Token]) -> list[tuple[int, int, dict[int, float]]]:
        """Every query token, and every run of up to ``MAX_JOIN`` adjacent tokens glued back
        together, that may be vocabulary words: ``(start, end, {word id: similarity})``."""
        self._lookups()
        count = len(tokens)
        raw_spans: list[tuple[int, int, dict[int, float]]] = []
        for start in range(count):
            for end in range(start, min(count, start + MAX_JOIN)):
                segment = tokens[start : end + 1]
                if end == start:
                    token = tokens[start]
                    if token.stop:
                        continue
                    found = self.lookup(token.text, token.keys, number=token.number)
                    # The last word may be cut short where the recogniser stopped listening
                    # ("coffee canis", "decorative gravel natu"): read as the words it begins.
                    cut_off = (
                        start == count - 1
                        and not found
                        and not token.number
                        and len(token.text) >= MIN_CUT_OFF
                    )
                    if token.role == "prefix" or cut_off:
                        for wid in self.prefixed(token.text, CUT_OFF_WORDS if cut_off else 40):
                            found[wid] = max(found.get(wid, 0.0), CLIPPED_SIM)
                    elif (
                        not found
                        and not token.number
                        and token.role == ""
                        and token.text not in LEGAL_FORMS
                    ):
                        found.update(self._shortened(token.text))
                    if not token.number and token.text not in self._vocab:
                        # "glas" is no plural of "gla": the word as heard may be nearer.
                        heard = strip_accents(token.surface.lower())
                        keys = phonetic(heard, self.locale)
                        if heard != token.text:
                            for wid, sim in self.lookup(heard, keys).items():
                                found[wid] = max(found.get(wid, 0.0), sim)
                        if not found and token.role == "":
                            # A short brand heard as one word of the language ("way" for Whey).
                            for wid in self._brand_sounded_as(token.surface):
                                found[wid] = BRAND_SOUND_SIM
                else:
                    if any(t.number for t in segment):
                        break
                    spelt = all(
                        len(t.surface) == 1 and t.surface.isalpha() and not t.glued for t in segment
                    )
                    text, keys = word_form("".join(t.surface for t in segment), self.locale)
                    if all(t.stop for t in segment) and not spelt:
                        # Function words glue back only into a catalog word as written: « dé
                        # dé » is the brand Dédé (letters said one by one spell one: "w c").
                        exact = self._vocab.get(text)
                        if exact is not None and len(text) >= MIN_GLUED_STOPS:
                            raw_spans.append((start, end, {exact: 1.0}))
                        elif not spelt:
                            # A brand heard as function words ("who let" for Houlette).
                            sounding = self._brands_sounding(segment)
                            if sounding:
                                raw_spans.append((start, end, sounding))
                        continue
                    # Two words, one of them a catalog word of its own ("l" in "taie l"),
                    # are glued back only into a word spelt (nearly) like the two.
                    parts = [self._vocab.get(t.text) for t in segment if not t.stop]
                    strict = len(parts) > 1 and any(w is not None for w in parts)
                    soft = any(t.soft for t in segment)  # "par fum" is "parfum"; "grey now"
                    if soft or (len(parts) > 1 and all(w is not None for w in parts)):
                        # Catalog words each: glued back only into a catalog word as written.
                        exact = self._vocab.get(text)
                        found = {} if exact is None else {exact: 1.0}
                    else:
                        found = self.lookup(
                            text,
                            () if strict else keys,
                            joined=True,
                            cutoff=JOINED_WITH_WORD_CUTOFF if strict else JOINED_CUTOFF,
                        )
                    # Short words said in a row that sound as one catalog word, function words
                    # among them (« vais sta » for Vésta, « mé vais mau » for Mévémau).
                    short = all(len(t.surface) <= RUN_PIECE_MAX for t in segment)
                    if self._run_sounds and not strict and short:
                        sound = spoken_run_sound([t.surface for t in segment])
                        for other in self._by_key.get(RUN_PREFIX + sound, ()):
                            if self._soundable[other]:
                                found[other] = max(found.get(other, 0.0), RUN_SOUND_SIM)
                    brand_pieces = all(len(t.surface) <= BRAND_PIECE_MAX for t in segment)
                    if brand_pieces and not all(w is not None for w in parts):
                        for other, sim in self._brands_sounding(segment).items():
                            if sim > found.get(other, 0.0):
                                found[other] = sim
                        for other in self._brand_skeleton(keys[0] if keys else "", text):
                            found[other] = max(found.get(other, 0.0), BRAND_SOUND_SIM)
                        if not found and not all(t.stop for t in segment):
                            for other in self.brand_sounds().shaped([t.surface for t in segment]):
                                found[other] = BRAND_SOUND_SIM
                    found = {w: s for w, s in found.items() if w not in parts}
                if found:
                    raw_spans.append((start, end, found))
        raw_spans += self._brand_phrases_heard(tokens)
        for start, end, code in code_spans(tokens, self.locale):  # "aitch seven" for H7
            code_id = self._vocab.get(code)
            if code_id is not None and not all(t.stop for t in tokens[start : end + 1]):
                raw_spans.append((start, end, {code_id: 1.0}))
        return raw_spans
