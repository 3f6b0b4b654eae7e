"""Turn what a shopper said (or what a merchant wrote) into comparable tokens.

Speech recognisers hand us lower-case words with accents sometimes lost, numbers spelt out,
units in every form, brand names cut in two and near-homophones. Titles in a feed have the
same words written properly. Both go through :func:`analyse`, so they meet in one form:

- case and accents folded, punctuation dropped, French elisions (``l'``, ``d'``, ``qu'``)
  split off as stop words;
- numbers, units and sizes read as :mod:`catalog.numbers` and :mod:`catalog.sizes` say
  ("quatre-vingt-dix-neuf" → ``99``, "millilitres" → ``ml``, "un litre et demi" → ``1.5 l``);
- plural ``s`` dropped, so "capsules" meets "capsule";
- in queries, "I want to buy" phrases dropped, and a slip in a filler word forgiven
  ("commaande");
- function words kept but flagged ``stop`` (they weigh nothing, yet "les sive" can still be
  joined back into "lessive" by the index);
- each token gets phonetic keys (:func:`phonetic`) under which sound-alikes collide:
  "taie"/"taille", "verre"/"vert", "gelle"/"gel", "pots"/"pods", "jell"/"gel".

Only ``fr`` and ``en`` have word lists; other languages get the generic folding and the
English phonetics, which is better than nothing and never worse than exact matching.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from catalog.carriers import CARRIERS, OPENINGS
from catalog.correction_phrases import CORRECTIONS, WEAK_CORRECTIONS
from catalog.corrections import Apart, undo_corrections
from catalog.folding import language, singular, strip_accents
from catalog.hedges import hedged, without_asides
from catalog.lexicon import IMPERATIVE_PRONOUNS, function_word, request_word, same_meaning
from catalog.number_words import MINUS, NUMBER_SIGN, numberish_words
from catalog.numbers import (
    FUZZY_WORD_CUTOFF,
    FUZZY_WORD_LENGTH,
    Word,
    canonical_number,
    lang_table,
    number_context_words,
    read_numbers_and_units,
)
from catalog.ordinals import read_ordinals
from catalog.phonetics import phonetic
from catalog.roles import mark_roles, word_role
from catalog.sizes import half_words, read_sizes
from catalog.units import MEASURE_UNITS, PER_UNITS, PERCENT, UNIT_CANON

__all__ = [
    "Token",
    "analyse",
    "context_words",
    "inner_carrier",
    "normalise",
    "query_word",
    "word_form",
]


@dataclass(frozen=True, slots=True)
class Token:
    """One normalised word.

    ``text`` is the comparable form (no accents, singular, digits for numbers); ``surface`` is
    the spoken/written form it came from (lower case, accents kept), used for joining split
    words; ``glued`` says the writer attached it to the next token ("t-shirt", "600g").
    """

    text: str
    keys: tuple[str, ...]
    surface: str
    stop: bool = False
    number: bool = False
    glued: bool = False
    role: str = ""
    """In queries: ``"function"`` for a function word ("tu", "grab"), ``"small"``/``"large"``
    for a relative size word ("petit", "big"), ``"count"`` for a count noun ("paquets",
    "bottles"). Such a word weighs nothing unless the catalog has it as a word of its own (a
    brand "Petit Bateau", a "boîte de conservation"). ``"prefix"``: only the start of a name
    ("igl" in "igl-something", :mod:`catalog.hedges`)."""
    soft: bool = False
    """Set by the index on a role word the catalog does not have: a stop word now, never
    glued to its neighbour ("grey now" is not "green")."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOPWORDS = {
    "fr": _words(
        "le la les de du des un une au aux a à et en pour avec sur mon ma mes ton ta tes "
        "son sa ses ce cet ces moi me je tu il elle on nous vous que qui"
    ),
    "en": _words(
        "the a an of and for with some any my me i to in on at this that these those your please"
    ),
}
_EN_CONTRACTIONS = frozenset({"s", "m", "re", "ve", "ll", "d", "t"})
_ELISIONS = {"fr": {"l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu"}}
# Words after which a letter is a size, a type or a grade (« taille m », « pile c »), never an
# elision written without its apostrophe.
_LETTER_LABELS = {
    "fr": _words(
        "taille tailles type format pointure modele gamme pile piles classe lettre vitamine "
        "serie ref reference numero en"
    )
}
_VOWELS = frozenset("aeiouyh")

_WORD_RE = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+", re.UNICODE)
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "´": "'", "‘": "'"})


@lru_cache(maxsize=32)
def _fillers(lang: str, extra: tuple[str, ...] = ()) -> tuple[tuple[str, int], ...]:
    """Carrier phrases (general ones and ``extra``) as (letters without spaces, word count),
    longest first."""
    phrases = set()
    for phrase in (*lang_table(CARRIERS, lang), *extra):
        words = tuple(w.plain for w in _split(phrase, lang))
        if words:
            phrases.add(words)
    ordered = sorted(phrases, key=len, reverse=True)
    return tuple(("".join(p), len(p)) for p in ordered)


# --- analysis --------------------------------------------------------------------------------
# Speech written as heard: « p'tit » is "petit", « ch'cherche » "je cherche", "three o' them"
# "three of them", "outta" "out of".
_COLLOQUIAL = {
    "fr": (
        (re.compile(r"\bp'(tite?s?)\b"), r"pe\1"),
        (re.compile(r"\bv'la\b"), "voila"),
        (re.compile(r"\bch'(?=[^aeiouy\W])"), "je "),
    ),
    "en": (
        (re.compile(r"\bo'(?=\s)"), "of"),
        (re.compile(r"\boutta\b"), "out of"),
        (re.compile(r"'bout\b"), "about"),
        (re.compile(r"\b(big|small|tiny|little|lil|large|biggest|smallest) un\b"), r"\1 one"),
        (re.compile(r"\blil\b'?"), "little"),
        # A pack named by how many it holds: "twin pack" is a 2-pack, "triple pack" a 3-pack.
        (re.compile(r"\btwin(?=[\s-]*packs?\b)"), "2"),
        (re.compile(r"\btriple(?=[\s-]*packs?\b)"), "3"),
    ),
}


# "-5 °C", "20°F", "10 °": degrees of either scale, a number below zero said as a word.
_NUMBER_SIGN_RE = re.compile(r"(?<![a-z])n[°º]\.?\s*(?=\d)|#\s*(?=\d)")  # "n° 3", "#3"
# "85 %", « quatre-vingt-cinq pour cent », "per cent": one word, the unit a share is in.
_PERCENT_RE = re.compile(r"%|\bpour\s+cent\b|\bper\s+cent\b")
# An area or a volume written without its superscript after a number ("10 m2", "5m3", "100
# ft2"): "m²", "m³" as a title writes them, not "10 m 2" (a height: « 1 m 70 »).
_POWER_UNIT_RE = re.compile(r"(?<=\d)(\s?)(mm|cm|m|in|ft|yd)([23])\b")
_SUPERSCRIPTS = {"2": "²", "3": "³"}
# A letter size written with how many x ("2XL", "3XL", "2XS"): the letters said ("xx large").
_X_SIZE_RE = re.compile(r"\b([2-5])x([ls])\b")
# "1/4 de meule", "3/4 in", "3/16 in", and a whole number before it: "1 1/4 in", "1-1/4 in" are 1.25 in.
_FRACTION_RE = re.compile(r"(?<![\d/.,])(?:(\d{1,2})(?:\s+|-))?(\d{1,2})\s*/\s*(16|[248])(?![\d/])")


def _fraction(match: re.Match[str]) -> str:
    """A part written as digits ("1/4", "1 1/2") as its decimal; "5/4" stays as written."""
    whole, numerator, denominator = match.group(1), int(match.group(2)), int(match.group(3))
    if numerator >= denominator:
        return match.group(0)
    value = Decimal(numerator) / Decimal(denominator) + Decimal(whole or 0)
    return canonical_number(value)


_DEGREES_RE = re.compile(r"°\s*[cf]?\b|°")
_MINUS_RE = re.compile(r"(?<![\w.,])-(?=\d)")


def _split(text: str, lang: str) -> list[Word]:
    text = unicodedata.normalize("NFC", text or "").translate(_APOSTROPHES).lower()
    for pattern, written in _COLLOQUIAL.get(lang, ()):
        text = pattern.sub(written, text)
    text = _NUMBER_SIGN_RE.sub(f" {NUMBER_SIGN} ", text)
    text = _PERCENT_RE.sub(f" {PERCENT} ", text)
    text = _X_SIZE_RE.sub(lambda m: "x" * int(m.group(1)) + m.group(2), text)
    text = _POWER_UNIT_RE.sub(lambda m: m.group(1) + m.group(2) + _SUPERSCRIPTS[m.group(3)], text)
    text = _FRACTION_RE.sub(_fraction, text)
    text = _DEGREES_RE.sub(" deg ", text)
    text = _MINUS_RE.sub(MINUS.get(lang, MINUS["en"]) + " ", text)
    matches = list(_WORD_RE.finditer(text))
    words: list[Word] = []
    elisions = _ELISIONS.get(lang, set())
    for index, match in enumerate(matches):
        surface = match.group()
        end = match.end()
        after = text[end : end + 1]
        nxt = matches[index + 1].start() if index + 1 < len(matches) else None
        if strip_accents(surface) in elisions and (
            after == "'" or _unmarked_elision(text, matches, index, lang)
        ):
            # French elision: "l'eau" is "eau", but keep the "l" glued on, as a stop word,
            # for when the recogniser wrote "l'eau" for "lot".
            words.append(Word(surface, strip_accents(surface), glued=True, stop=True))
            continue
        if (
            lang == "en"
            and surface in _EN_CONTRACTIONS
            and text[match.start() - 1 : match.start()] == "'"
        ):
            if surface != "s":  # "I'm", "don't", "we'd": never a product word
                words.append(Word(surface, surface, stop=True))
            continue  # possessive "'s"
        glued = nxt is not None and (nxt == end or (nxt == end + 1 and after in "-'/"))
        if surface[0].isdecimal():
            words.append(
                Word(surface, surface, glued, canonical_number(Decimal(surface.replace(",", "."))))
            )
        else:
            words.append(Word(surface, strip_accents(surface), glued))
    return words


def _unmarked_elision(text: str, matches: list[re.Match[str]], index: int, lang: str) -> bool:
    """« m envoie », « l eau », « qu il »: an elision the recogniser wrote without its
    apostrophe, one space before a word that opens on a vowel, where no label or number
    before it makes the letter a size or a type (« taille m en coton », « un l au panier »)."""
    match = matches[index]
    if text[match.end() : match.end() + 1] != " " or index + 1 >= len(matches):
        return False
    nxt = matches[index + 1]
    if nxt.start() != match.end() + 1 or len(nxt.group()) < 2 or not nxt.group()[0].isalpha():
        return False  # "s a s": letters spelt
    if strip_accents(nxt.group()[0]) not in _VOWELS:
        return False
    if index == 0:
        return True
    before = matches[index - 1].group()
    labels = _LETTER_LABELS.get(lang, frozenset())
    before = strip_accents(before)
    return not (
        before[0].isdecimal()
        or len(before) == 1
        or before in labels
        or before in numberish_words(lang)  # « un l », "deux m": a unit
    )


def _drop_fillers(
    words: list[Word], lang: str, extra: tuple[str, ...], known: Callable[[str], bool] | None
) -> list[Word]:
    """Drop carrier phrases at either end, again and again ("alexa je voudrais ... merci").
    A phrase of n words may be said in n words or n + 1 (one word cut in two: "je vou drais")
    and, when long, one slip away ("commaande") — but a word the catalog has is said as
    such, even cut in two (« sachets », « sa chets » are no slip of « achètes »)."""
    exact, fuzzy, longest = _filler_table(lang, extra)
    while words:
        opening = _opening(words, lang)
        if opening:
            words = words[opening:]
            continue
        best = (0.0, 0, 0)  # score, words covered, +1 leading / -1 trailing
        for size in range(1, min(len(words), longest + 1) + 1):
            for side in (1, -1):
                part = words[:size] if side > 0 else words[-size:]
                said = "".join(w.plain for w in part)
                if said in exact[size]:
                    best = max(best, (101.0, size, side))
                elif fuzzy[size] and not (
                    any(
                        w.plain in UNIT_CANON or (known is not None and known(singular(w.plain)))
                        for w in part
                    )
                    or (size > 1 and known is not None and known(singular(said)))
                ):
                    # ("un mètre" is no slip of "mettre")
                    from rapidfuzz import fuzz, process  # on the first fuzzy look, not at import

                    choices = fuzzy[size] if size > 1 else _long(fuzzy[size])
                    found = process.extractOne(
                        said, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_WORD_CUTOFF
                    )
                    if found is not None:
                        best = max(best, (found[1], size, side))
        score, size, side = best
        if not score:
            return words[_carrier_after_opening(words, lang, exact, longest) :]
        if side < 0:
            words = words[:-size]
        elif _carrier_first(words[size:], lang, exact, longest):
            # « j'aimerais | mettre la main sur », "i need | to get my hands on": the next
            # round drops it
            words = words[size + (words[size].plain == "to") :]
        else:
            words = words[size + _verb_after(words[size:], lang, known) :]
    return words


def inner_carrier(text: str, locale: str, carriers: tuple[str, ...] = ()) -> int:
    """Where the last request said *inside* ``text`` begins, the words before it a context
    of the shopper's (« on remet la piscine en route, vous pouvez me réserver … », "for my
    dad's birthday could i get …"): a carrier phrase of two words or more, or function words
    with a subject and a verb; words after it, a clause before it (three words or more,
    a function word among them) with no number; 0 otherwise."""
    lang = language(locale)
    words = _split(text, lang)
    exact, _, longest = _filler_table(lang, carriers)
    for start in range(len(words) - 2, 0, -1):
        if function_word(words[start - 1].plain, lang):
            continue  # the run begins earlier
        run = start
        while run < len(words) - 1 and function_word(words[run].plain, lang):
            run += 1
        # "…, a stain stick and the ink remover": after "and" a request must be said anew,
        # or the words before it are the list's first items, not a context.
        at = start + (words[start].plain in _LIST_JOINS[lang])
        said = tuple(w.plain for w in words[at:run])
        request = _subject_and_verb(list(said), lang) and not any(
            said[: len(phrase)] == phrase for phrase in _corrections(lang)
        )  # « je me suis trompé » takes a word back: no context before it
        if request or any(
            "".join(w.plain for w in words[at : at + size]) in exact[size]
            for size in range(2, min(longest + 1, len(words) - at - 1) + 1)
        ):
            before = words[:start]
            clause = len(before) >= MIN_CONTEXT_WORDS and any(
                function_word(w.plain, lang) for w in before
            )
            return start if clause and all(w.number is None for w in before) else 0
    return 0


_LIST_JOINS = {"fr": frozenset({"et", "plus"}), "en": frozenset({"and", "plus"})}

MIN_CONTEXT_WORDS = 3  # a context is a clause (« pour mon père, … »), not a name ("vanilys …")


MAX_VERB_WORDS = 3  # words of the shopper's verb after a request phrase ("me trouver")


def _carrier_first(
    words: list[Word], lang: str, exact: dict[int, frozenset[str]], longest: int
) -> bool:
    """``words`` begin with a carrier phrase of two words or more, said exactly ("to" before
    it in English)."""
    if lang == "en" and words and words[0].plain == "to":
        words = words[1:]
    return any(
        "".join(w.plain for w in words[:size]) in exact[size]
        for size in range(2, min(len(words) - 1, longest) + 1)
    )


def _verb_after(words: list[Word], lang: str, known: Callable[[str], bool] | None) -> int:
    """How many words after a request phrase are the shopper's verb (« je souhaiterais
    acquérir … », "i'd like to purchase …", « il me faut racheter … »): request verbs
    (:func:`catalog.lexicon.request_word`), "to" before them, none a catalog word, more words
    after them; 0 otherwise."""
    start = at = 1 if lang == "en" and words and words[0].plain == "to" else 0
    while (
        at < len(words) - 1
        and at - start < MAX_VERB_WORDS
        and words[at].number is None
        and _request_verb(words[at].plain, lang)
        and not (known is not None and known(singular(words[at].plain)))
    ):
        at += 1
    return at if at > start else 0


# Who asks, before the verb of a request (« vous pouvez … », « il vous reste … »).
_SUBJECTS = {
    "fr": _words("je j tu il on nous vous"),
    "en": _words("i you we"),
}


@lru_cache(maxsize=4)
def _corrections(lang: str) -> tuple[tuple[str, ...], ...]:
    """The correction phrases (:mod:`catalog.correction_phrases`), folded as said."""
    phrases = (*CORRECTIONS.get(lang, ()), *WEAK_CORRECTIONS.get(lang, ()))
    return tuple(tuple(w.plain for w in _split(" ".join(p), lang)) for p in phrases)


def _subject_and_verb(run: list[str], lang: str) -> bool:
    """Function words with a subject and, after it, a verb: a request (« vous pouvez me
    réserver », « qu'il vous reste »), not a link (« côté marque »)."""
    subjects = _SUBJECTS.get(lang, frozenset())
    at = next((i for i, word in enumerate(run) if word in subjects), None)
    return at is not None and any(
        _request_verb(word, lang) or (len(word) > 3 and word not in lang_table(_STOPWORDS, lang))
        for word in run[at + 1 :]
    )


def _request_verb(word: str, lang: str) -> bool:
    """A request verb, no pronoun ("me", « nous » may begin a brand: « Nous Sel »)."""
    return (
        len(word) > 2
        and word not in IMPERATIVE_PRONOUNS.get(lang, frozenset())
        and request_word(word, lang)
    )


def _opening(words: list[Word], lang: str) -> int:
    """How many words a greeting or a word to go on (:data:`OPENINGS`) takes at the start of
    ``words``, said exactly, never all of them."""
    openings, longest = _openings(lang)
    for size in range(min(longest, len(words) - 1), 0, -1):
        if tuple(w.plain for w in words[:size]) in openings:
            return size
    return 0


@lru_cache(maxsize=4)
def _openings(lang: str) -> tuple[frozenset[tuple[str, ...]], int]:
    phrases = frozenset(tuple(w.plain for w in _split(p, lang)) for p in lang_table(OPENINGS, lang))
    return phrases, max((len(p) for p in phrases), default=0)


def _carrier_after_opening(
    words: list[Word], lang: str, exact: dict[int, frozenset[str]], longest: int
) -> int:
    """How many words open the request when a carrier phrase follows the shopper's own first
    words (« colle-moi dans le panier … », « faut qu'on mette au panier … »): those words —
    function words, an imperative with its pronoun — and the phrase, which may begin among
    them; 0 otherwise. Only a phrase said exactly, and never the last words."""
    pronouns = IMPERATIVE_PRONOUNS.get(lang, frozenset())
    run = 0
    while run < len(words) and (
        function_word(words[run].plain, lang)
        or (words[run].glued and run + 1 < len(words) and words[run + 1].plain in pronouns)
    ):
        run += 1
    for start in range(1, run + 1):
        for size in range(min(longest + 1, len(words) - start - 1), 0, -1):
            if "".join(w.plain for w in words[start : start + size]) in exact[size]:
                return start + size
    return 0


MIN_FUZZY_ONE_WORD = 7  # letters of a filler one word may be a slip of ("encre" is no "encore")


def _long(phrases: list[str]) -> list[str]:
    return [phrase for phrase in phrases if len(phrase) >= MIN_FUZZY_ONE_WORD]


@lru_cache(maxsize=32)
def _filler_table(
    lang: str, extra: tuple[str, ...]
) -> tuple[dict[int, frozenset[str]], dict[int, list[str]], int]:
    """Per number of spoken words: the phrases said exactly in that many words, and the
    long ones (fuzzy matching) that may be."""
    phrases = _fillers(lang, extra)
    longest = max((count for _, count in phrases), default=0)
    exact: dict[int, frozenset[str]] = {}
    fuzzy: dict[int, list[str]] = {}
    for size in range(1, longest + 2):
        fits = [wanted for wanted, count in phrases if count in (size, size - 1)]
        exact[size] = frozenset(fits)
        fuzzy[size] = [w for w in fits if len(w) >= FUZZY_WORD_LENGTH]
    return exact, fuzzy, longest


def _undouble(words: list[Word], lang: str, known: Callable[[str], bool]) -> None:
    """A word the catalog lacks, with a letter said twice, is the word it has with it once
    ("café enn grains", "cannellle"): short words are too short for a near match to find."""
    stopwords = lang_table(_STOPWORDS, lang)
    for word in words:
        plain = word.plain
        if not plain.isalpha() or plain in stopwords or known(singular(plain)):
            continue
        for at in range(len(plain) - 1):
            if plain[at] != plain[at + 1]:
                continue
            once = plain[:at] + plain[at + 1 :]
            if once in stopwords or known(singular(once)):
                word.plain = word.surface = once
                break


def analyse(
    text: str,
    locale: str,
    *,
    query: bool = False,
    carriers: tuple[str, ...] = (),
    known: Callable[[str], bool] | None = None,
    apart: Apart | None = None,
    part: slice = slice(None),
) -> list[Token]:
    """Tokens of ``text``; ``query=True`` also drops carrier phrases ("I want to buy", and
    ``carriers``) at either end and marks function and relative size words (``Token.role``).
    ``known``: whether the catalog has a word (a word it has is never read as a slip of a
    number word); ``apart``: whether it never names two words together (what a correction
    takes back, :mod:`catalog.self_repairs`); ``part``: which of the words said to read
    (:func:`inner_carrier`)."""
    lang = language(locale)
    words = _split(text, lang)[part]
    if query:
        words = _drop_fillers(words, lang, carriers, known)
    if query:
        words = hedged(without_asides(words, lang), lang, lang_table(_STOPWORDS, lang))
    if query and known is not None:
        _undouble(words, lang, known)
        for word in words:
            meant = same_meaning(word.plain, lang, known)
            if meant is not None:
                word.plain = word.surface = meant
    words = read_numbers_and_units(words, lang, query=query, known=known)
    words = read_sizes(words, lang, query=query, known=known)
    if query and known is not None:
        words = read_ordinals(words, lang, known)  # (after the sizes: no count, no unit)
    if query:
        words = undo_corrections(words, lang, apart)
    stopwords = lang_table(_STOPWORDS, lang)
    tokens: list[Token] = []
    previous = ""
    for word in words:
        if word.number is not None:
            keys: tuple[str, ...] = (word.number,)
            if word.words == 1 and not word.surface[0].isdigit():
                keys += phonetic(word.surface, locale)  # "cent" may have been "sans"
            tokens.append(Token(word.number, keys, word.surface, word.stop, True, word.glued))
            continue
        canonical = word.plain in MEASURE_UNITS or word.plain in PER_UNITS or word.plain == PERCENT
        surface = word.plain if canonical else singular(word.surface)
        plain = strip_accents(surface)
        stop = word.stop or (word.plain in stopwords and word.plain not in MEASURE_UNITS)
        if query and known is not None and len(plain) == 1 and plain.isalpha():
            stop = stop or not known(plain)  # a letter no name has: "y'know", "k thanks"
        role = word_role(strip_accents(word.plain), previous, lang) if query else ""
        if word.prefix:
            role = "prefix"
        previous = strip_accents(word.plain)  # as said: "gros" is no plural of "gro"
        keys = phonetic(surface, locale)
        if not query and surface != word.surface and not canonical:
            # A title's plural sounds its "s" in English ("straws", "Orvanys"): heard
            # "strauss", "orvanis", it is still met (the singular's keys first).
            keys += tuple(key for key in phonetic(word.surface, locale) if key not in keys)
        tokens.append(Token(plain, keys, word.surface, stop, False, word.glued, role))
    if query:
        mark_roles(tokens, lang, known)
    return tokens


@lru_cache(maxsize=8)
def context_words(lang: str) -> frozenset[str]:
    """Words whose reading depends on their neighbours (numbers, units, decimal marks,
    "et demi", number homophones, size words). Any other word of letters only reads the same
    alone as in a sentence, which lets :class:`WordCache` analyse a title word by word."""
    return number_context_words(lang) | half_words(lang) | _ELISIONS.get(lang, set())


def word_form(surface: str, locale: str) -> tuple[str, tuple[str, ...]]:
    """Comparable text and phonetic keys of one written word (or of split words rejoined)."""
    plain = strip_accents(surface.lower())
    if plain in UNIT_CANON:  # "millili tres" glued back is a unit
        return UNIT_CANON[plain], phonetic(UNIT_CANON[plain], locale, whole=False)
    one = singular(surface.lower())
    return strip_accents(one), phonetic(one, locale, whole=False)


def word_text(surface: str) -> str:
    """The comparable text of :func:`word_form` alone, without its (costlier) phonetic keys."""
    plain = strip_accents(surface.lower())
    return UNIT_CANON.get(plain) or strip_accents(singular(surface.lower()))


def word_use(surface: str, locale: str) -> tuple[bool, str]:
    """The stop flag and role :func:`query_word` gives one written word."""
    lang = language(locale)
    plain = strip_accents(surface.lower())
    stop = plain in lang_table(_STOPWORDS, lang) and plain not in MEASURE_UNITS
    return stop, word_role(plain, "", lang)


def query_word(surface: str, locale: str) -> Token:
    """One written word as :func:`analyse` reads it inside a query (its stop flag and role),
    for a part of a word the index cut in two ("potde" → "pot" "de", "fouetmini")."""
    text, keys = word_form(surface, locale)
    stop, role = word_use(surface, locale)
    return Token(text, keys, surface, stop=stop, role=role)


def normalise(text: str, locale: str, *, query: bool = True) -> str:
    """The content words of ``text`` in normal form, space-separated (handy in tests/logs)."""
    return " ".join(t.text for t in analyse(text, locale, query=query) if not t.stop)
