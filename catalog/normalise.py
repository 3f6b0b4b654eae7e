"""Turn what a shopper said (or what a merchant wrote) into comparable tokens.

Speech recognisers hand us lower-case words with accents sometimes lost, numbers spelt out,
units in every form, brand names cut in two and near-homophones. Titles in a feed have the
same words written properly. Both go through :func:`analyse`, so they meet in one form:

- case and accents folded, punctuation dropped, French elisions (``l'``, ``d'``, ``qu'``)
  split off as stop words;
- number words read as digits ("quatre-vingt-dix-neuf" → ``99``, "one point five" → ``1.5``);
- units spelt one way ("millilitres", "milliliters" → ``ml``);
- plural ``s`` dropped, so "capsules" meets "capsule";
- in queries, "I want to buy" phrases, articles and a leading quantity dropped, and a slip in
  a filler, number or unit word forgiven ("commaande", "quuarante");
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
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import TypeVar

from catalog.folding import language, strip_accents
from catalog.lexicon import CARRIERS, SIZE_COMPANIONS, SIZE_WORDS, function_word
from catalog.phonetics import phonetic

T = TypeVar("T")

__all__ = [
    "COUNT_UNITS",
    "MEASURE_UNITS",
    "UNIT_CANON",
    "Token",
    "analyse",
    "canonical_number",
    "context_words",
    "normalise",
    "number_and_unit_words",
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
    brand "Petit Bateau", a "boîte de conservation")."""
    soft: bool = False
    """Set by the index on a role word the catalog does not have: a stop word now, never
    glued to its neighbour ("grey now" is not "green")."""


# Filler phrases, number and unit words this long are recognised one slip away.
FUZZY_WORD_LENGTH = 5
FUZZY_WORD_CUTOFF = 85.0


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- word lists ------------------------------------------------------------------------------
# Units, in their canonical written form. Both languages share them: a feed in one language
# and a query in the other still meet.
_UNIT_FORMS = {
    "ml": "ml millilitre millilitres milliliter milliliters mls mils milli",
    "cl": "cl centilitre centilitres centiliter centiliters centi",
    "l": "l litre litres liter liters lt ltr",
    "g": "g gr gramme grammes gram grams grs",
    "kg": "kg kilo kilos kilogramme kilogrammes kilogram kilograms kgs",
    "mg": "mg milligramme milligrammes milligram milligrams",
    "oz": "oz ounce ounces",
    "lb": "lb lbs pound pounds",
    "cm": "cm centimetre centimetres centimeter centimeters",
    "mm": "mm millimetre millimetres millimeter millimeters",
    "m": "metre metres meter meters",
    "w": "w watt watts",
    "v": "v volt volts",
}
UNIT_CANON = {form: canon for canon, forms in _UNIT_FORMS.items() for form in forms.split()}
MEASURE_UNITS = frozenset(_UNIT_FORMS)
# Count nouns that follow a number in a size ("48 capsules", "pack of 6" is handled apart).
COUNT_UNITS = _words(
    "capsule pod lingette wipe piece roll rouleau sachet tablet tablette pastille dose "
    "unite unit feuille sheet paire pair sac bag bouteille bottle batterie battery pouch "
    "canette can boite box paquet packet carton"
)

_NUMBERS = {
    "fr": {
        "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
        "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
        "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
        "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80,
        "octante": 80, "nonante": 90, "cent": 100, "cents": 100, "mille": 1000,
        "douzaine": 12,
    },
    "en": {
        "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
        "thousand": 1000, "dozen": 12,
    },
}  # fmt: skip
# Words that join parts of one number ("vingt et un", "one hundred and five").
_NUMBER_AND = {"fr": {"et"}, "en": {"and"}}
_DECIMAL_MARK = {"fr": {"virgule", "point"}, "en": {"point", "dot"}}
# "un litre et demi", "one and a half liters".
_HALF = {"fr": (("et", "demi"), ("et", "demie")), "en": (("and", "a", "half"),)}
# "un demi-litre", "half a kilo", "a half liter": half of the unit that follows.
_HALF_UNIT = {"fr": (("demi",), ("demie",)), "en": (("half", "a"), ("half",))}
# Quantities said after the name: "... times two", "... fois deux", "... en deux exemplaires",
# "... two of them".
_QUANTITY_BEFORE = {"fr": {"fois"}, "en": {"times"}}
_QUANTITY_AFTER = {"fr": (("exemplaire",), ("exemplaires",), ("fois",)), "en": (("of", "them"),)}
# Recognisers write these for a number when a unit follows ("ocean to l", "sans litres").
_NUMBER_HOMOPHONES = {
    "fr": {"sans": 100, "sang": 100, "sens": 100, "cette": 7, "set": 7, "si": 6, "scie": 6,
           "dis": 10, "dit": 10, "vin": 20, "vain": 20, "de": 2},
    "en": {"to": 2, "too": 2, "for": 4, "fore": 4, "won": 1, "ate": 8},
}  # fmt: skip
_MULTIPLIERS = {"cent", "cents", "mille", "hundred", "thousand"}
# "boîte de cent" is a box of 100: "de" before a singular multiplier is the preposition.
_PREPOSITIONS = {"de"}
# Words after which a lone "un"/"one" is a number, not an article.
_SIZE_WORDS = {
    "fr": {"taille", "lot", "pack", "paquet", "boite", "x", "par"},
    "en": {"size", "pack", "of", "x", "box", "set"},
}

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

_WORD_RE = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+", re.UNICODE)
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "´": "'", "‘": "'"})


def _lang_table(table: Mapping[str, T], lang: str) -> T:
    return table.get(lang, table["en"])


@lru_cache(maxsize=32)
def _fillers(lang: str, extra: tuple[str, ...] = ()) -> tuple[tuple[str, int], ...]:
    """Carrier phrases (general ones and ``extra``) as (letters without spaces, word count),
    longest first."""
    phrases = set()
    for phrase in (*_lang_table(CARRIERS, lang), *extra):
        words = tuple(w.plain for w in _split(phrase, lang))
        if words:
            phrases.add(words)
    ordered = sorted(phrases, key=len, reverse=True)
    return tuple(("".join(p), len(p)) for p in ordered)


# --- analysis --------------------------------------------------------------------------------
@dataclass(slots=True)
class _Word:
    surface: str  # lower case, accents kept
    plain: str  # accents stripped
    glued: bool = False
    number: str | None = None  # canonical digits when this word is (or became) a number
    words: int = 1  # how many spoken words made it
    stop: bool = False


def canonical_number(value: Decimal) -> str:
    """The one way a number is written in tokens: "1.50" and "1,5" are "1.5", "500.0" is "500"."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _split(text: str, lang: str) -> list[_Word]:
    text = unicodedata.normalize("NFC", text or "").translate(_APOSTROPHES).lower()
    matches = list(_WORD_RE.finditer(text))
    words: list[_Word] = []
    elisions = _ELISIONS.get(lang, set())
    for index, match in enumerate(matches):
        surface = match.group()
        end = match.end()
        after = text[end : end + 1]
        nxt = matches[index + 1].start() if index + 1 < len(matches) else None
        if after == "'" and strip_accents(surface) in elisions:
            # French elision: "l'eau" is "eau", but keep the "l" glued on, as a stop word,
            # for when the recogniser wrote "l'eau" for "lot".
            words.append(_Word(surface, strip_accents(surface), glued=True, stop=True))
            continue
        if (
            lang == "en"
            and surface in _EN_CONTRACTIONS
            and text[match.start() - 1 : match.start()] == "'"
        ):
            if surface != "s":  # "I'm", "don't", "we'd": never a product word
                words.append(_Word(surface, surface, stop=True))
            continue  # possessive "'s"
        glued = nxt is not None and (nxt == end or (nxt == end + 1 and after in "-'/"))
        if surface[0].isdigit():
            words.append(
                _Word(surface, surface, glued, canonical_number(Decimal(surface.replace(",", "."))))
            )
        else:
            words.append(_Word(surface, strip_accents(surface), glued))
    return words


def _drop_fillers(words: list[_Word], lang: str, extra: tuple[str, ...]) -> list[_Word]:
    """Drop carrier phrases at either end, again and again ("alexa je voudrais ... merci").
    A phrase of n words may be said in n words or n + 1 (one word cut in two: "je vou drais")
    and, when long, one slip away ("commaande")."""
    exact, fuzzy, longest = _filler_table(lang, extra)
    while words:
        best = (0.0, 0, 0)  # score, words covered, +1 leading / -1 trailing
        for size in range(1, min(len(words), longest + 1) + 1):
            for side in (1, -1):
                part = words[:size] if side > 0 else words[-size:]
                said = "".join(w.plain for w in part)
                if said in exact[size]:
                    best = max(best, (101.0, size, side))
                elif fuzzy[size]:
                    from rapidfuzz import fuzz, process  # on the first fuzzy look, not at import

                    found = process.extractOne(
                        said, fuzzy[size], scorer=fuzz.ratio, score_cutoff=FUZZY_WORD_CUTOFF
                    )
                    if found is not None:
                        best = max(best, (found[1], size, side))
        score, size, side = best
        if not score:
            return words
        words = words[size:] if side > 0 else words[:-size]
    return words


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


def _respell(words: list[_Word], lang: str) -> None:
    """A long word one slip away from a number or unit word is that word ("quuarante",
    "graammes") when it sits where numbers do: next to a number, a unit or a size word.
    Elsewhere it is left alone: "quine" may be a brand, not "quinze"; and a function word
    stays one ("tu peux me mettre une casserole": "mettre" is no "mètre")."""
    known = number_and_unit_words(lang)
    numberish = known | _lang_table(_SIZE_WORDS, lang)
    choices = _long_number_and_unit_words(lang)
    guesses: dict[int, str] = {}
    for index, word in enumerate(words):
        if (
            word.number is None
            and len(word.plain) >= FUZZY_WORD_LENGTH
            and word.plain not in known
            and not function_word(word.plain, lang)
        ):
            from rapidfuzz import fuzz, process  # on the first fuzzy look, not at import

            found = process.extractOne(
                word.plain, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_WORD_CUTOFF
            )
            if found is not None:
                guesses[index] = found[0]

    def numeric_context(index: int) -> bool:
        return any(
            0 <= other < len(words)
            and (
                words[other].number is not None
                or words[other].plain in numberish
                or (other in guesses and other != index)
            )
            for other in (index - 1, index + 1)
        )

    for index, guess in guesses.items():
        if numeric_context(index):
            words[index].plain = guess


def _join_number_fragments(words: list[_Word], lang: str) -> list[_Word]:
    """ "thi rty five" → "thirty five": a number word cut in two by the recogniser."""
    known = number_and_unit_words(lang)
    out: list[_Word] = []
    for word in words:
        if out and out[-1].number is None and word.number is None:
            joined = out[-1].plain + word.plain
            if joined in known and not (out[-1].plain in known and word.plain in known):
                out[-1] = _Word(out[-1].surface + word.surface, joined, word.glued)
                continue
        out.append(word)
    return out


@lru_cache(maxsize=8)
def number_and_unit_words(lang: str) -> frozenset[str]:
    return frozenset((*_lang_table(_NUMBERS, lang), *_lang_table(_DECIMAL_MARK, lang), *UNIT_CANON))


@lru_cache(maxsize=8)
def _long_number_and_unit_words(lang: str) -> tuple[str, ...]:
    return tuple(sorted(w for w in number_and_unit_words(lang) if len(w) >= FUZZY_WORD_LENGTH))


def _number_run(words: list[_Word], start: int, lang: str) -> tuple[int, int]:
    """Read number words from ``start``; return (value, index after the run)."""
    table = _lang_table(_NUMBERS, lang)
    ands = _lang_table(_NUMBER_AND, lang)
    total = current = 0
    last: int | None = None
    j = start
    while j < len(words):
        plain = words[j].plain
        if (
            plain in ands
            and last in (20, 30, 40, 50, 60, 70, 80, 90, 100, 1000)
            and j + 1 < len(words)
            and words[j + 1].plain in table
        ):
            j += 1
            continue
        if plain not in table or words[j].number is not None:
            break
        value = table[plain]
        if value == 100:
            if current >= 100:
                break
            current = (current or 1) * 100
        elif value == 1000:
            if total:
                break
            total, current = (current or 1) * 1000, 0
        elif last is not None and last not in (100, 1000):
            if lang == "fr" and value == 20 and last == 4:
                current += 76  # quatre-vingt(s)
                last = value
                j += 1
                continue
            teen_after_tens = value < 20 and (
                last in (60, 80) or (last == 20 and current % 100 == 80)
            )
            if last < 10 or (10 <= last < 20 and (last != 10 or value >= 10)):
                break
            if value >= 10 and not teen_after_tens:
                break
            current += value
        else:
            current += value
        last = value
        j += 1
    return total + current, j


def _read_numbers(words: list[_Word], lang: str) -> list[_Word]:
    table = _lang_table(_NUMBERS, lang)
    marks = _lang_table(_DECIMAL_MARK, lang)
    out: list[_Word] = []
    i = 0
    while i < len(words):
        word = words[i]
        leading_mark = (
            word.plain in marks
            and (not out or out[-1].number is None)
            and i + 2 < len(words)
            and words[i + 1].plain in table
        )
        if leading_mark:
            # "point six liters": a decimal said without its leading zero, before a unit.
            fraction, k = _number_run(words, i + 1, lang)
            if _is_measure(words[k] if k < len(words) else None):
                surface = " ".join(w.surface for w in words[i:k])
                number = canonical_number(Decimal(f"0.{fraction}"))
                out.append(
                    _Word(surface, strip_accents(surface), words[k - 1].glued, number, k - i)
                )
                i = k
                continue
        if word.number is not None or word.plain not in table:
            out.append(word)
            i += 1
            continue
        value, j = _number_run(words, i, lang)
        if lang == "en" and j == i + 1 and value < 10 and j < len(words):
            # "two fifty grams", "one twenty five ml": hundreds said without "hundred".
            tens, k = _number_run(words, j, lang)
            if k > j and 10 <= tens < 100 and _is_unit(words[k] if k < len(words) else None):
                value, j = value * 100 + tens, k
        text = str(value)
        if j + 1 < len(words) and words[j].plain in marks:
            nxt = words[j + 1]
            if nxt.number is not None and "." not in nxt.number:
                text, j = f"{value}.{nxt.number}", j + 2
            elif nxt.plain in table:
                fraction, k = _number_run(words, j + 1, lang)
                text, j = f"{value}.{fraction}", k
        surface = " ".join(w.surface for w in words[i:j])
        out.append(
            _Word(
                surface,
                strip_accents(surface),
                words[j - 1].glued,
                canonical_number(Decimal(text)),
                j - i,
            )
        )
        i = j
    return out


def _is_count(word: _Word | None) -> bool:
    """A count noun ("capsules", "pièces"), not a measure ("ml")."""
    if word is None or word.number is not None:
        return False
    return word.plain not in MEASURE_UNITS and _singular(word.plain) in COUNT_UNITS


def _number_at(words: list[_Word], index: int) -> bool:
    return index < len(words) and words[index].number is not None


def _is_measure(word: _Word | None) -> bool:
    """A measure unit ("kg", "litre"), not a count noun."""
    return (
        word is not None and word.number is None and not word.stop and word.plain in MEASURE_UNITS
    )


def _is_unit(word: _Word | None) -> bool:
    if word is None or word.number is not None or word.stop:
        return False  # an elision is no unit: "de l'huile" is not "2 l huile"
    return word.plain in MEASURE_UNITS or _singular(word.plain) in COUNT_UNITS


@lru_cache(maxsize=8)
def _spelled(lang: str) -> dict[int, str]:
    return {value: name for name, value in reversed(_lang_table(_NUMBERS, lang).items())}


@lru_cache(maxsize=8)
def _numberish(lang: str) -> frozenset[str]:
    """Words after which a unit word is a unit ("taille litres" is "taille L")."""
    homophones = _lang_table(_NUMBER_HOMOPHONES, lang)
    return (
        number_and_unit_words(lang)
        | set(homophones)
        | {"a", "demi", "half"}
        | _lang_table(_SIZE_WORDS, lang)
    )


def _units_and_homophones(words: list[_Word], lang: str) -> None:
    """Spell units one way; read a number homophone as the number when a unit or a
    "hundred" follows, or when it ends a "pack of" ("ocean to l", "to hundred fifty ml",
    "pack of to")."""
    homophones = _lang_table(_NUMBER_HOMOPHONES, lang)
    numberish = _numberish(lang)
    for index, word in enumerate(words):
        canon = UNIT_CANON.get(word.plain)
        if canon and not word.stop:
            # A unit word that opens a name ("mètre ruban") is a word, not a unit.
            prev = words[index - 1] if index else None
            nxt = words[index + 1] if index + 1 < len(words) else None
            after_number = prev is not None and (prev.number is not None or prev.plain in numberish)
            opens_name = nxt is not None and nxt.number is None and nxt.plain not in numberish
            if after_number or not opens_name or len(word.plain) <= 3:
                words[index] = _Word(word.surface, canon, word.glued)
    spelled = _spelled(lang)
    size_words = _lang_table(_SIZE_WORDS, lang)
    for index, word in enumerate(words):
        if word.number is not None or word.plain not in homophones:
            continue
        nxt = words[index + 1] if index + 1 < len(words) else None
        after_size = index > 0 and words[index - 1].plain in size_words
        following = nxt.plain if nxt is not None else None
        before_multiplier = following in _MULTIPLIERS
        if before_multiplier and word.plain in _PREPOSITIONS and following in ("cent", "mille"):
            continue
        if _is_unit(nxt) or before_multiplier or (after_size and (nxt is None or _is_unit(nxt))):
            word.plain = spelled[homophones[word.plain]]


def _halves(words: list[_Word], lang: str) -> list[_Word]:
    """ "un litre et demi" → 1.5 l; "un demi-kilo", "half a kilo" → 0.5 kg."""
    out: list[_Word] = []
    index = 0
    while index < len(words):
        word = words[index]
        half_unit = next(
            (
                half
                for half in _lang_table(_HALF_UNIT, lang)
                if tuple(w.plain for w in words[index : index + len(half)]) == half
                and _is_measure(
                    words[index + len(half)] if index + len(half) < len(words) else None
                )
            ),
            None,
        )
        if half_unit is not None:
            said = words[index : index + len(half_unit)]
            surface = " ".join(w.surface for w in said)
            out.append(_Word(surface, strip_accents(surface), said[-1].glued, "0.5", len(said)))
            index += len(half_unit)
            continue
        out.append(word)
        index += 1
        if word.number is None:
            continue
        skip = 1 if _is_unit(words[index] if index < len(words) else None) else 0
        for half in _lang_table(_HALF, lang):
            seq = tuple(w.plain for w in words[index + skip : index + skip + len(half)])
            if seq == half:
                word.number = canonical_number(Decimal(word.number) + Decimal("0.5"))
                out.extend(words[index : index + skip])
                index += skip + len(half)
                break
    return out


# Words for one that are also articles: before a count noun, an article ("une paire").
_ARTICLES = {"fr": {"une"}}
# French sizes said as "un mètre soixante-dix", "un litre cinq", "deux kilos cinq cents".
_COMPOUND_UNITS = {"fr": {"m", "l", "kg"}}


def _compound_amounts(words: list[_Word], lang: str) -> list[_Word]:
    """ "un mètre soixante-dix" → 1.7 m, "un litre cinq" → 1.5 l: a number after the unit,
    with no unit of its own, is the fraction of the unit."""
    units = _COMPOUND_UNITS.get(lang, set())
    out: list[_Word] = []
    index = 0
    while index < len(words):
        word = words[index]
        out.append(word)
        index += 1
        if word.number is None or "." in word.number or index + 1 >= len(words):
            continue
        unit, fraction = words[index], words[index + 1]
        after = words[index + 2] if index + 2 < len(words) else None
        if (
            unit.plain in units
            and not unit.stop
            and fraction.number is not None
            and "." not in fraction.number
            and int(fraction.number) < 1000
            and not _is_unit(after)
            and (after is None or after.number is None)
        ):
            digits = len(fraction.number) if int(fraction.number) >= 10 else 1
            value = Decimal(word.number) + Decimal(fraction.number) / (10**digits)
            word.number = canonical_number(value)
            word.surface = f"{word.surface} {unit.surface} {fraction.surface}"
            out.append(unit)
            index += 2
    return out


def _articles_and_quantities(words: list[_Word], lang: str) -> None:
    """A lone "un"/"one" is an article unless a unit follows or a size word precedes; a
    leading number with no unit is a quantity ("deux savons"). Neither names the product."""
    size_words = _lang_table(_SIZE_WORDS, lang)
    for index, word in enumerate(words):
        if word.number is None:
            continue
        nxt = words[index + 1] if index + 1 < len(words) else None
        prev = words[index - 1] if index else None
        after = tuple(w.plain for w in words[index + 1 : index + 3])
        if (prev is not None and prev.plain in _lang_table(_QUANTITY_BEFORE, lang)) or any(
            after[: len(q)] == q for q in _lang_table(_QUANTITY_AFTER, lang)
        ):
            word.stop = True  # "... times two", "... en deux exemplaires": how many
            continue
        if prev is not None and prev.plain in size_words:
            continue
        if nxt is not None and nxt.plain in ("x", "×") and _number_at(words, index + 2):
            continue  # "four x five meters": a dimension, not how many
        pack = index > 1 and words[index - 2].plain in size_words
        if pack and prev is not None and prev.plain in ("de", "of"):
            continue  # "lot de six", "pack of six"
        # A quantity opens the request: only function words before it ("tu as quatre ...").
        leading = all(function_word(w.plain, lang) and w.number is None for w in words[:index])
        article = word.words == 1 and word.number == "1" and word.plain in _ARTICLES.get(lang, ())
        if _is_count(nxt) and article:
            word.stop = True  # "une paire": an article, as "la paire" ("one battery" is a size)
            continue
        if _is_count(nxt):
            # "48 capsules" is a size; "deux capsules ... quarante-huit capsules" asks for two
            if not (leading and any(w.number is not None for w in words[index + 2 :])):
                continue
        elif _is_unit(nxt):
            continue
        # A bare number before the product, when the size comes later with its unit ("two
        # saar max glue stick 40 g"), is how many.
        sized_later = any(
            w.number is not None and _is_unit(after)
            for w, after in zip(words[index + 2 :], words[index + 3 :], strict=False)
        )
        if (
            (word.words == 1 and word.number == "1" and not word.surface[0].isdigit())
            or (leading and nxt is not None)  # "deux savons", "deux 18 volts"
            or (sized_later and nxt is not None and nxt.number is None)
        ):
            word.stop = True


def _role(plain: str, previous: str, lang: str) -> str:
    sizes = _lang_table(SIZE_WORDS, lang)
    if plain in sizes:
        return sizes[plain]
    if function_word(plain, lang):
        return "function"
    if previous in sizes and plain in _lang_table(SIZE_COMPANIONS, lang):
        return "companion"  # "grand format", "travel size": part of the size word
    if _singular(plain) in COUNT_UNITS:
        return "count"  # "deux paquets de ...", "three bottles of ...": maybe a container
    return ""


def _singular(word: str) -> str:
    if len(word) <= 3 or word[0].isdigit():
        return word
    if word.endswith("eaux"):
        return word[:-1]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def analyse(
    text: str, locale: str, *, query: bool = False, carriers: tuple[str, ...] = ()
) -> list[Token]:
    """Tokens of ``text``; ``query=True`` also drops carrier phrases ("I want to buy", and
    ``carriers``) at either end and marks function and relative size words (``Token.role``)."""
    lang = language(locale)
    words = _split(text, lang)
    if query:
        words = _drop_fillers(words, lang, carriers)
    words = _join_number_fragments(words, lang)
    if query:
        _respell(words, lang)
    _units_and_homophones(words, lang)
    words = _read_numbers(words, lang)
    words = _compound_amounts(_halves(words, lang), lang)
    if query:
        _articles_and_quantities(words, lang)
    stopwords = _lang_table(_STOPWORDS, lang)
    tokens: list[Token] = []
    previous = ""
    for word in words:
        if word.number is not None:
            keys: tuple[str, ...] = (word.number,)
            if word.words == 1 and not word.surface[0].isdigit():
                keys += phonetic(word.surface, locale)  # "cent" may have been "sans"
            tokens.append(Token(word.number, keys, word.surface, word.stop, True, word.glued))
            continue
        surface = word.plain if word.plain in MEASURE_UNITS else _singular(word.surface)
        plain = strip_accents(surface)
        stop = word.stop or (word.plain in stopwords and word.plain not in MEASURE_UNITS)
        role = _role(strip_accents(word.plain), previous, lang) if query else ""
        previous = plain
        tokens.append(
            Token(plain, phonetic(surface, locale), word.surface, stop, False, word.glued, role)
        )
    return tokens


@lru_cache(maxsize=8)
def context_words(lang: str) -> frozenset[str]:
    """Words whose reading depends on their neighbours (numbers, units, decimal marks,
    "et demi", number homophones, size words). Any other word of letters only reads the same
    alone as in a sentence, which lets :class:`WordCache` analyse a title word by word."""
    words = set(number_and_unit_words(lang))
    words |= _lang_table(_NUMBER_AND, lang) | _lang_table(_SIZE_WORDS, lang) | _MULTIPLIERS
    words |= set(_lang_table(_NUMBER_HOMOPHONES, lang))
    words |= {w for half in _lang_table(_HALF, lang) for w in half}
    words |= _ELISIONS.get(lang, set())
    return frozenset(words)


def word_form(surface: str, locale: str) -> tuple[str, tuple[str, ...]]:
    """Comparable text and phonetic keys of one written word (or of split words rejoined)."""
    plain = strip_accents(surface.lower())
    if plain in UNIT_CANON:  # "millili tres" glued back is a unit
        return UNIT_CANON[plain], phonetic(UNIT_CANON[plain], locale)
    singular = _singular(surface.lower())
    return strip_accents(singular), phonetic(singular, locale)


def query_word(surface: str, locale: str) -> Token:
    """One written word as :func:`analyse` reads it inside a query (its stop flag and role),
    for a part of a word the index cut in two ("potde" → "pot" "de", "fouetmini")."""
    lang = language(locale)
    plain = strip_accents(surface.lower())
    text, keys = word_form(surface, locale)
    stop = plain in _lang_table(_STOPWORDS, lang) and plain not in MEASURE_UNITS
    return Token(text, keys, surface, stop=stop, role=_role(plain, "", lang))


def normalise(text: str, locale: str, *, query: bool = True) -> str:
    """The content words of ``text`` in normal form, space-separated (handy in tests/logs)."""
    return " ".join(t.text for t in analyse(text, locale, query=query) if not t.stop)
