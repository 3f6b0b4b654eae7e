"""Number and unit words a recogniser slipped or ran together, undone before numbers are read
(:func:`catalog.numbers.read_numbers_and_units`, queries only): a long word one slip away
("quuarante", "graammes"), a short one a letter off before a unit (« cunq kg »), words run
together ("eighthundred", « centml »)."""

from __future__ import annotations

from collections.abc import Callable, Container
from functools import lru_cache

from catalog.folding import singular
from catalog.lexicon import function_word
from catalog.number_words import (
    ARTICLE_ONES,
    MULTIPLIERS,
    NUMBER_AND,
    NUMBER_HOMOPHONES,
    NUMBERS,
    PART_DENOMINATORS,
    SIZE_MARKERS,
    lang_table,
    number_and_unit_words,
    number_names,
)
from catalog.phonetics import phonetic
from catalog.units import COUNT_UNITS, ONLY_AFTER_NUMBERS, UNIT_CANON
from catalog.word_record import FUZZY_WORD_CUTOFF, FUZZY_WORD_LENGTH, Word

__all__ = ["recut_number_words", "respell", "split_glued_numbers"]


def respell(words: list[Word], lang: str, catalog_has: Callable[[str], bool] | None = None) -> None:
    """A long word one slip away from a number or unit word is that word ("quuarante",
    "graammes") when it sits where numbers do: next to a number, a unit or a size word.
    Elsewhere it is left alone: "quine" may be a brand, not "quinze"; and a function word
    stays one ("tu peux me mettre une casserole": "mettre" is no "mètre")."""
    known = number_and_unit_words(lang)
    numberish = known | lang_table(SIZE_MARKERS, lang)
    choices = _long_number_and_unit_words(lang)
    guesses: dict[int, str] = {}
    for index, word in enumerate(words):
        if (
            word.number is None
            and len(word.plain) >= FUZZY_WORD_LENGTH
            and word.plain not in known
            and not function_word(word.plain, lang)
            and not (catalog_has is not None and catalog_has(singular(word.plain)))
        ):
            from rapidfuzz import fuzz, process  # on the first fuzzy look, not at import

            found = process.extract(
                word.plain, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_WORD_CUTOFF, limit=None
            )
            if found:
                # Spelt as near as another, it is the one it sounds like: "centimaitres"
                # is centimetres, not centilitres.
                key = phonetic(word.plain, lang)[0]
                guesses[index] = max(
                    found, key=lambda hit: (phonetic(hit[0], lang)[0] == key, hit[1])
                )[0]

    articles = ARTICLE_ONES.get(lang, frozenset())

    def numeric_context(index: int) -> bool:
        return any(
            0 <= other < len(words)
            and words[other].plain not in articles  # "une tente" is no "une trente"
            and (
                words[other].number is not None
                or words[other].plain in numberish
                or (other in guesses and other != index)
            )
            for other in (index - 1, index + 1)
        )

    for index, guess in guesses.items():
        if numeric_context(index) or _plural_slip(words[index].plain, guess, lang):
            words[index].plain = guess
    _respell_short(words, lang, catalog_has)
    if lang == "en":
        _th_and_h(words, catalog_has)
    _sounds_alike(words, lang, catalog_has)


def _plural_slip(heard: str, guess: str, lang: str) -> bool:
    """A French number word heard with a plural "s" it never takes (« trentes capsules »,
    « cinquantes tests »): that number wherever it stands, as no other word is spelt so."""
    return lang == "fr" and heard == guess + "s" and guess in lang_table(NUMBERS, lang)


_ORDINAL_ENDINGS = {"en": ("th",), "fr": ("ieme", "iemes")}
MIN_SOUND_KEY = 4  # a French sound key this long ("~KATR") tells a word, a shorter one many
MIN_SKELETON = 3  # consonants of an English number word that tell it ("SKS": six)
_LOCALES = {"fr": "fr-FR", "en": "en-US"}
MAX_LENGTH_GAP = 2  # letters an English word heard for a number word may have more or fewer
_EVERYDAY_UNITS = frozenset({"in", "foot"})


def _sound_keys(word: str, lang: str) -> list[str]:
    """The keys that tell how ``word`` sounds closely enough to stand for a number word: in
    French those with its vowels (« ~KATR »), in English its consonants, three or more."""
    keys = phonetic(word, _LOCALES.get(lang, "en-US"))
    if lang == "fr":
        return [key for key in keys[1:] if len(key) >= MIN_SOUND_KEY]
    return [key for key in keys[:1] if len(key) >= MIN_SKELETON]


@lru_cache(maxsize=4)
def _number_sounds(lang: str) -> dict[str, str]:
    """The number words of ``lang`` by their sound keys, the keys of two numbers left out."""
    found: dict[str, set[str]] = {}
    for word, value in lang_table(NUMBERS, lang).items():
        for key in _sound_keys(word, lang):
            found.setdefault(key, set()).add(number_names(lang)[value])
    return {key: next(iter(names)) for key, names in found.items() if len(names) == 1}


def _sounds_alike(words: list[Word], lang: str, catalog_has: Callable[[str], bool] | None) -> None:
    """A word spelt otherwise than a number word but said as one (« catre cents grammes »,
    « quarante par carante », "sicks inches") is that number beside a number, a unit or a
    size word (in English, where only its consonants tell, right before a unit); a word the
    catalog has, or a homophone read by its own rules (« sans sucre »), is left alone."""
    sounds = _number_sounds(lang)
    known = number_and_unit_words(lang)
    numberish = known | lang_table(SIZE_MARKERS, lang) | MULTIPLIERS
    skipped = known | set(lang_table(NUMBER_HOMOPHONES, lang))
    for index, word in enumerate(words):
        text = word.plain
        if (
            word.number is not None
            or len(text) < MIN_SHORT_SLIP
            or not text.isalpha()
            or text.endswith(_ORDINAL_ENDINGS.get(lang, ()))  # "a sixth ounce"
            or text in skipped
            or function_word(text, lang)
            or (catalog_has is not None and catalog_has(singular(text)))
        ):
            continue
        heard = {sounds[key] for key in _sound_keys(text, lang) if key in sounds}
        if len(heard) != 1:
            continue
        guess = heard.pop()
        nxt = words[index + 1] if index + 1 < len(words) else None
        if lang == "en":
            # Consonants alone tell little: spelt near as long, before a unit that is no
            # everyday word ("squeeze in" is no "six in").
            unit = nxt is not None and nxt.number is None and nxt.plain in UNIT_CANON
            if unit and nxt is not None and UNIT_CANON[nxt.plain] in ONLY_AFTER_NUMBERS:
                unit = nxt.plain not in _EVERYDAY_UNITS
            if unit and abs(len(text) - len(guess)) <= MAX_LENGTH_GAP:
                word.plain = guess
            continue
        beside = [words[at] for at in (index - 1, index + 1) if 0 <= at < len(words)]
        if any(w.number is not None or w.plain in numberish for w in beside):
            word.plain = guess


MIN_SHORT_SLIP = 3  # letters of a short number word heard one letter off ("cunq", "diz")


def _respell_short(words: list[Word], lang: str, catalog_has: Callable[[str], bool] | None) -> None:
    """A short word one letter off a number word, its first letter right, is that number
    when a unit or "hundred" follows it ("cunq kg", « deuz cent grammes »), or a count when it is not that
    short ("tirty capsules"; "tea bags" is no "ten bags"): too short to guess anywhere else
    ("sel" is no "sept")."""
    from rapidfuzz.distance import Levenshtein  # on the first look, not at import

    numbers = [w for w in lang_table(NUMBERS, lang) if len(w) >= MIN_SHORT_SLIP]
    known = number_and_unit_words(lang)
    for index in range(len(words) - 1):
        word, nxt = words[index], words[index + 1]
        text = word.plain
        if (
            word.number is not None
            or not MIN_SHORT_SLIP <= len(text) < FUZZY_WORD_LENGTH + 1
            or not text.isalpha()
            or text.endswith(_ORDINAL_ENDINGS.get(lang, ()))  # "a sixth ounce" is no sixty
            or text in known
            or function_word(text, lang)
            or (catalog_has is not None and catalog_has(singular(text)))
            or not (
                nxt.plain in UNIT_CANON
                or nxt.plain in MULTIPLIERS  # « cunq cents grammes »
                or (len(text) >= FUZZY_WORD_LENGTH and singular(nxt.plain) in COUNT_UNITS)
            )
        ):
            continue
        near = [
            n
            for n in numbers
            if n[0] == text[0] and Levenshtein.distance(text, n, score_cutoff=1) <= 1
        ]
        if len(near) == 1:
            word.plain = near[0]


def _sound_key(word: str) -> str:
    """An English number word as heard with "th" said "f" or "t", its "h" dropped, or the "t"
    of its "-ty" flapped ("free" and "tree" for three, "tirty", "fousand", "undret" for
    hundred, "ninedy", "twendy"): the same key."""
    word = word.removeprefix("h").replace("th", "f")
    if word.startswith("t"):
        word = "f" + word[1:]
    if word.endswith("ty"):
        word = word[:-2] + "dy"
    return word[:-1] + "d" if word.endswith("t") else word


@lru_cache(maxsize=1)
def _number_sound_keys() -> dict[str, str]:
    keys: dict[str, str] = {}
    for word in lang_table(NUMBERS, "en"):
        keys.setdefault(_sound_key(word), word)
    return keys


def _th_and_h(words: list[Word], catalog_has: Callable[[str], bool] | None) -> None:
    """English number words said with "th" fronted or "h" dropped ("free undred and fifty ml",
    "one undret watts", "tirty capsules") are those numbers before "hundred", a unit or a
    count, and "hundred" itself after a number. Read from the end, so that "undred" is
    "hundred" before "free" is looked at. A word the catalog has ("fragrance free") is left
    alone unless "hundred" follows it."""
    keys = _number_sound_keys()
    known = number_and_unit_words("en")
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        text = word.plain
        if word.number is not None or not text.isalpha() or text in known:
            continue
        guess = keys.get(_sound_key(text))
        if guess is None:
            continue
        nxt = words[index + 1].plain if index + 1 < len(words) else ""
        prev = words[index - 1] if index else None
        before_multiplier = nxt in MULTIPLIERS
        if guess in MULTIPLIERS:
            fits = prev is not None and (
                prev.number is not None or prev.plain in known or _sound_key(prev.plain) in keys
            )
        else:
            # (tens before units: "twendy five ml")
            units = (
                lang_table(NUMBERS, "en").get(nxt, 10) < 10
                and lang_table(NUMBERS, "en")[guess] % 10 == 0
            )
            fits = before_multiplier or nxt in UNIT_CANON or singular(nxt) in COUNT_UNITS or units
        if fits and (before_multiplier or not (catalog_has and catalog_has(singular(text)))):
            word.plain = guess


# Words said before a number and run into it: « lot desix », « parquatre », "sizetwo".
_GLUED_BEFORE = {
    "fr": frozenset({"de", "par", "taille", "lot"}),
    "en": frozenset({"size", "pack"}),
}
_ONE_BEFORE_UNIT = {"fr": frozenset({"un", "une"}), "en": frozenset()}  # « unlitre »
MIN_GLUED = 5  # letters of a word read as number words run together


def split_glued_numbers(
    words: list[Word], lang: str, catalog_has: Callable[[str], bool] | None
) -> list[Word]:
    """Number words a recogniser ran together, a unit or a preposition with them, cut apart:
    "troiscent", "eighthundred", "hundredand", "centml", « lot desix ». Only a word that is
    wholly such pieces, with a number word among them, and that the catalog does not have."""
    numbers = {w for w in lang_table(NUMBERS, lang) if w not in ("oh", "un", "une")}
    joiners = lang_table(NUMBER_AND, lang)
    before = _GLUED_BEFORE.get(lang, frozenset())
    last = _glued_last(lang)
    out: list[Word] = []
    for word in words:
        text = word.plain
        pieces = None
        if (
            word.number is None
            and len(text) >= MIN_GLUED
            and text.isalpha()
            and text not in numbers
            and text not in UNIT_CANON
            and not (catalog_has is not None and catalog_has(singular(text)))
        ):
            pieces = _number_pieces(text, numbers, joiners, before, last)
            if pieces is None:
                pieces = _one_and_unit(text, lang)
            if pieces is None and catalog_has is not None:
                pieces = _word_and_number(text, numbers, catalog_has)
        if pieces is None:
            out.append(word)
            continue
        for at, piece in enumerate(pieces):
            glued = word.glued if at == len(pieces) - 1 else False
            out.append(Word(piece, piece, glued))
    return out


@lru_cache(maxsize=4)
def _glued_last(lang: str) -> frozenset[str]:
    """What may end number words run together: a unit, or the part they count
    ("threequarter", « troisquarts »)."""
    return frozenset(UNIT_CANON) | frozenset(lang_table(PART_DENOMINATORS, lang))


def _number_pieces(
    text: str,
    numbers: set[str],
    joiners: set[str],
    before: frozenset[str],
    last: Container[str] = UNIT_CANON,
) -> list[str] | None:
    """``text`` cut into pieces: an optional preposition, number words (and "and" between
    them), an optional unit (or ``last`` word) last; the fewest pieces, or None."""
    best: dict[int, list[str]] = {0: []}
    for start in range(len(text)):
        if start not in best:
            continue
        for end in range(start + 1, len(text) + 1):
            piece = text[start:end]
            so_far = best[start]
            fits = (
                piece in numbers
                or (piece in joiners and any(p in numbers for p in so_far))
                or (piece in before and not so_far)
                or (piece in last and end == len(text) and any(p in numbers for p in so_far))
            )
            if fits and (end not in best or len(best[end]) > len(so_far) + 1):
                best[end] = [*so_far, piece]
    found = best.get(len(text))
    if found is None or len(found) < 2 or not any(p in numbers for p in found):
        return None
    return found


def recut_number_words(
    words: list[Word], lang: str, catalog_has: Callable[[str], bool] | None
) -> list[Word]:
    """Number words the recogniser cut in the wrong place ("four hundre dand fifty grams"):
    two words in a row that are neither number nor unit words nor the catalog's, and that
    together are number words run together ("hundred" "and"), cut again."""
    numbers = {w for w in lang_table(NUMBERS, lang) if w not in ("oh", "un", "une")}
    joiners = lang_table(NUMBER_AND, lang)
    known = number_and_unit_words(lang) | joiners

    def loose(word: Word) -> bool:
        return (
            word.number is None
            and word.plain.isalpha()
            and word.plain not in known
            and not function_word(word.plain, lang)
            and not (catalog_has is not None and catalog_has(singular(word.plain)))
        )

    out: list[Word] = []
    for word in words:
        if out and loose(out[-1]) and loose(word):
            pieces = _number_pieces(out[-1].plain + word.plain, numbers, joiners, frozenset())
            if pieces is not None:
                glued = word.glued
                out[-1:] = [
                    Word(piece, piece, glued if at == len(pieces) - 1 else False)
                    for at, piece in enumerate(pieces)
                ]
                continue
        out.append(word)
    return out


MIN_GLUED_NUMBER = 4  # letters of a number word glued to a catalog word: "kitten" is no "kit ten"
MIN_GLUED_WORD = 3
MIN_WORD_BEFORE_SHORT = 4  # letters of a catalog word before a short number ("bibstwo")


def _one_and_unit(text: str, lang: str) -> list[str] | None:
    """« unlitre », « unemètre »: the article said as one and the unit run together."""
    for one in lang_table(_ONE_BEFORE_UNIT, lang):
        if text.startswith(one) and text[len(one) :] in UNIT_CANON:
            return [one, text[len(one) :]]
    return None


def _word_and_number(
    text: str, numbers: set[str], catalog_has: Callable[[str], bool]
) -> list[str] | None:
    """``text`` as a catalog word and a number word run together, either way round
    ("earringstwenty", « rougesdeux », "threetiers"), or None."""
    for cut in range(MIN_GLUED_WORD, len(text) - MIN_GLUED_WORD + 1):
        left, right = text[:cut], text[cut:]
        short = len(right) < MIN_GLUED_NUMBER and len(left) >= MIN_WORD_BEFORE_SHORT
        if (
            (len(right) >= MIN_GLUED_NUMBER or short)
            and right in numbers
            and catalog_has(singular(left))
        ):
            return [left, right]
        if len(left) >= MIN_GLUED_NUMBER and left in numbers and catalog_has(singular(right)):
            return [left, right]
    return None


@lru_cache(maxsize=8)
def _long_number_and_unit_words(lang: str) -> tuple[str, ...]:
    return tuple(sorted(w for w in number_and_unit_words(lang) if len(w) >= FUZZY_WORD_LENGTH))
