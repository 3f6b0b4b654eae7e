"""Turn what a shopper said (or what a merchant wrote) into comparable tokens.

Speech recognisers hand us lower-case words with accents sometimes lost, numbers spelt out,
units in every form, brand names cut in two and near-homophones. Titles in a feed have the
same words written properly. Both go through :func:`analyse`, so they meet in one form:

- case and accents folded, punctuation dropped, French elisions (``l'``, ``d'``, ``qu'``)
  split off as stop words (:mod:`catalog.said_words`);
- numbers, units and sizes read as :mod:`catalog.numbers` and :mod:`catalog.sizes` say
  ("quatre-vingt-dix-neuf" → ``99``, "millilitres" → ``ml``, "un litre et demi" → ``1.5 l``);
- plural ``s`` dropped, so "capsules" meets "capsule";
- in queries, "I want to buy" phrases dropped, and a slip in a filler word forgiven
  ("commaande") (:mod:`catalog.carrier_reading`);
- function words kept but flagged ``stop`` (they weigh nothing, yet "les sive" can still be
  joined back into "lessive" by the index);
- each token gets phonetic keys (:func:`phonetic`) under which sound-alikes collide:
  "taie"/"taille", "verre"/"vert", "gelle"/"gel", "pots"/"pods", "jell"/"gel".

Only ``fr`` and ``en`` have word lists; other languages get the generic folding and the
English phonetics, which is better than nothing and never worse than exact matching.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from catalog.carrier_reading import drop_fillers
from catalog.corrections import Apart, undo_corrections
from catalog.folding import language, singular, strip_accents
from catalog.hedges import hedged, without_asides
from catalog.lexicon import same_meaning
from catalog.numbers import Word, lang_table, number_context_words, read_numbers_and_units
from catalog.ordinals import read_ordinals
from catalog.phonetics import phonetic
from catalog.roles import mark_roles, word_role
from catalog.said_words import ELISIONS, STOPWORDS, split_words
from catalog.sizes import half_words, read_sizes
from catalog.units import MEASURE_UNITS, PER_UNITS, PERCENT, UNIT_CANON

__all__ = [
    "Token",
    "analyse",
    "context_words",
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


def _undouble(words: list[Word], lang: str, known: Callable[[str], bool]) -> None:
    """A word the catalog lacks, with a letter said twice, is the word it has with it once
    ("café enn grains", "cannellle"): short words are too short for a near match to find."""
    stopwords = lang_table(STOPWORDS, lang)
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


def _same_meanings(words: list[Word], lang: str, known: Callable[[str], bool]) -> list[Word]:
    """``words`` with each word the catalog lacks read as the word of the same meaning it has
    (:func:`catalog.lexicon.same_meaning`); two words the catalog lacks that make such a word
    together were one word heard apart (« acier ino xydable » for the catalog's « inox »)."""
    read: list[Word] = []
    at = 0
    while at < len(words):
        word = words[at]
        after = words[at + 1] if at + 1 < len(words) else None
        if after is not None and not known(word.plain) and not known(after.plain):
            meant = same_meaning(word.plain + after.plain, lang, known)
            if meant is not None and word.number is None and after.number is None:
                read.append(Word(meant, meant, words=2))
                at += 2
                continue
        meant = same_meaning(word.plain, lang, known)
        if meant is not None:
            word.plain = word.surface = meant
        read.append(word)
        at += 1
    return read


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
    (:func:`catalog.carrier_reading.inner_carrier`)."""
    lang = language(locale)
    words = split_words(text, lang)[part]
    if query:
        words = drop_fillers(words, lang, carriers, known)
    if query:
        words = hedged(without_asides(words, lang), lang, lang_table(STOPWORDS, lang))
    if query and known is not None:
        _undouble(words, lang, known)
        words = _same_meanings(words, lang, known)
    words = read_numbers_and_units(words, lang, query=query, known=known)
    words = read_sizes(words, lang, query=query, known=known)
    if query and known is not None:
        words = read_ordinals(words, lang, known)  # (after the sizes: no count, no unit)
    if query:
        words = undo_corrections(words, lang, apart)
    stopwords = lang_table(STOPWORDS, lang)
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
    return number_context_words(lang) | half_words(lang) | ELISIONS.get(lang, set())


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
    stop = plain in lang_table(STOPWORDS, lang) and plain not in MEASURE_UNITS
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
