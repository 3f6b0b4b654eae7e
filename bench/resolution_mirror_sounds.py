"""How the mirror half's recogniser writes what it heard (:mod:`bench.resolution_mirror`).

Written from how French and English recognisers err, not from another half's lists:

- **numbers** in words, each language's own way and some regional ones (« septante »,
  « nonante », « un mètre cinquante »; "two fifty", "a hundred", "two hundred and fifty",
  "one and a half");
- **units** in full or as written, French plurals chosen by ear (« deux cent gramme »: the
  ``s`` is not heard);
- **slips of sound**: rules that rewrite letters into others that sound the same or close,
  grouped by what the ear confuses (French: é/er/ez/ai, è/ai, o/au/eau, nasal vowels, « -tion »,
  silent finals, s between vowels, soft g and c, « ill »; English: flapped t, th heard as f/d/t,
  dropped final consonants, reduced unstressed vowels, spellings of one sound);
- **word boundaries**: a long word cut at a syllable, two words run together, a final
  consonant carried over to the next vowel (« dou chinox »), a liaison written on the next word
  (« deux zétages »), the end of the utterance clipped;
- **brands**, words the recogniser does not know: cut between their syllables, a syllable
  respelt by sound, or heard as ordinary words that sound like it.
"""

from __future__ import annotations

import random
import re
import unicodedata
from fractions import Fraction

# --- numbers -------------------------------------------------------------------------------
_FR_SMALL = ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
             "onze", "douze", "treize", "quatorze", "quinze", "seize")  # fmt: skip
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
_FR_REGIONAL = {7: "septante", 8: "huitante", 9: "nonante"}  # Belgium, Switzerland
_EN_SMALL = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
             "eighteen", "nineteen")  # fmt: skip
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _fr_below_100(n: int, regional: bool) -> str:
    if n < 17:
        return _FR_SMALL[n]
    if n < 20:
        return f"dix-{_FR_SMALL[n - 10]}"
    tens, unit = divmod(n, 10)
    if regional and tens >= 7:
        word = _FR_REGIONAL[tens]
        return word if unit == 0 else f"{word} et un" if unit == 1 else f"{word}-{_FR_SMALL[unit]}"
    if tens == 7:
        return "soixante et onze" if unit == 1 else f"soixante-{_fr_below_100(10 + unit, False)}"
    if tens >= 8:
        rest = n - 80
        return "quatre-vingts" if rest == 0 else f"quatre-vingt-{_fr_below_100(rest, False)}"
    word = _FR_TENS[tens]
    return word if unit == 0 else f"{word} et un" if unit == 1 else f"{word}-{_FR_SMALL[unit]}"


def french(n: int, regional: bool = False) -> str:
    """« deux cent cinquante », « quatre-vingts », « mille deux cents »; ``regional`` says
    70, 80 and 90 the Belgian and Swiss way."""
    if n >= 1000:
        thousands, rest = divmod(n, 1000)
        head = "mille" if thousands == 1 else f"{french(thousands, regional)} mille"
        return head if rest == 0 else f"{head} {french(rest, regional)}"
    if n >= 100:
        hundreds, rest = divmod(n, 100)
        head = "cent" if hundreds == 1 else f"{_FR_SMALL[hundreds]} cent"
        if rest == 0:
            return head if hundreds == 1 else head + "s"
        return f"{head} {_fr_below_100(rest, regional)}"
    return _fr_below_100(n, regional)


def english(n: int, style: str = "plain") -> str:
    """ "two hundred fifty"; ``style`` "and" says "two hundred and fifty", "pairs" "two fifty",
    "a" "a hundred"."""
    if n >= 1000:
        thousands, rest = divmod(n, 1000)
        head = f"{english(thousands)} thousand"
        return head if rest == 0 else f"{head} {english(rest, style)}"
    if n >= 100:
        hundreds, rest = divmod(n, 100)
        if style == "pairs" and rest >= 10:
            return f"{_EN_SMALL[hundreds]} {english(rest)}"
        head = "a hundred" if style == "a" and hundreds == 1 else f"{_EN_SMALL[hundreds]} hundred"
        if rest == 0:
            return head
        return f"{head} and {english(rest)}" if style == "and" else f"{head} {english(rest)}"
    if n < 20:
        return _EN_SMALL[n]
    tens, unit = divmod(n, 10)
    return _EN_TENS[tens] if unit == 0 else f"{_EN_TENS[tens]}-{_EN_SMALL[unit]}"


def say_number(n: int, lang: str, rng: random.Random) -> str:
    """A whole number as a recogniser writing words would: mostly the standard form."""
    if lang == "fr":
        return french(n, regional=rng.random() < 0.12)
    style = rng.choices(("plain", "and", "pairs", "a"), weights=(6, 2, 2, 1))[0]
    return english(n, style)


# --- units and sizes -----------------------------------------------------------------------
UNITS = {
    "fr": {"ml": ["millilitre"], "l": ["litre"], "g": ["gramme"], "kg": ["kilo", "kilogramme"],
           "cm": ["centimètre"], "mm": ["millimètre"], "m": ["mètre"], "W": ["watt"]},
    "en": {"ml": ["milliliter"], "l": ["liter", "litre"], "g": ["gram"], "kg": ["kilo", "kilogram"],
           "cm": ["centimeter"], "mm": ["millimeter"], "m": ["meter"], "W": ["watt"]},
}  # fmt: skip
PER_HOUR = {"fr": ["par heure", "heure", "à l'heure"], "en": ["per hour", "an hour"]}
BY = {"fr": ["par", "sur", "x"], "en": ["by", "x"]}
TIMES = {
    "fr": ["fois {n}", "x {n}", "grossissement {n}"],
    "en": ["{n} x", "{n} times", "times {n}"],
}
LETTER_NAMES = {
    "fr": {"s": "esse", "m": "aime", "l": "elle"},
    "en": {"s": "ess", "m": "em", "l": "el"},
}

_MEASURE = re.compile(r"^(\d+)(?:[.,](\d+))? (ml|l|g|kg|cm|mm|m|W)$")
_DIMS = re.compile(r"^(\d+) x (\d+) cm$")
_FLOW = re.compile(r"^(\d+) l/h$")
_TIMES = re.compile(r"^x?(\d+)x?$")
_LABEL = re.compile(r"^(taille|size|lot de|set of) (\w+)$")
_COUNT = re.compile(r"^(\d+) (.+)$")


def _plural(unit: str, lang: str, many: bool, rng: random.Random, tags: list[str]) -> str:
    if not many:
        return unit
    if lang == "fr" and rng.random() < 0.2:  # heard alike: the recogniser picks either
        tags.append("agreement")
        return unit
    return unit + "s"


def _amount(whole: str, decimals: str | None, unit: str, lang: str, rng: random.Random,
            digits: bool, tags: list[str]) -> str:  # fmt: skip
    """A measure said: « un mètre cinquante », "one and a half liters", "250 ml"."""
    full = rng.random() < 0.55
    name = rng.choice(UNITS[lang][unit]) if full else unit.lower()
    many = int(whole) > 1 or bool(decimals)
    if digits:
        mark = "," if lang == "fr" else "."
        number = whole + (mark + decimals if decimals else "")
        return f"{number} {_plural(name, lang, many, rng, tags) if full else name}"
    if not decimals:
        said = say_number(int(whole), lang, rng)
        return f"{said} {_plural(name, lang, many, rng, tags) if full else name}"
    fraction = Fraction(int(decimals), 10 ** len(decimals))
    head = say_number(int(whole), lang, rng)
    if lang == "fr":
        unit_word = rng.choice(UNITS["fr"][unit])
        if unit in ("m", "l") and rng.random() < 0.6:  # « un mètre cinquante », « un litre cinq »
            tail = decimals if len(decimals) == 2 or unit == "l" else decimals + "0"
            return f"{head} {unit_word} {french(int(tail))}"
        if fraction == Fraction(1, 2) and rng.random() < 0.5:
            return f"{head} {unit_word}s et demi"
        return f"{head} virgule {french(int(decimals))} {_plural(name, lang, True, rng, tags)}"
    if fraction in (Fraction(1, 2), Fraction(3, 4)) and rng.random() < 0.6:
        part = "a half" if fraction == Fraction(1, 2) else "three quarters"
        return f"{head} and {part} {name + 's' if full else name}"
    spoken = " ".join(_EN_SMALL[int(d)] for d in decimals)
    return f"{head} point {spoken} {name + 's' if full else name}"


def say_size(size: str, lang: str, rng: random.Random, tags: list[str]) -> str:
    """A size of the feed as the shopper says it and the recogniser writes it."""
    digits = rng.random() < 0.32
    if re.search(r"\d", size):
        tags.append("digits" if digits else "number_words")
    number = (lambda n: n) if digits else (lambda n: say_number(int(n), lang, rng))
    if match := _MEASURE.match(size):
        whole, decimals, unit = match.groups()
        return _amount(whole, decimals, unit, lang, rng, digits, tags)
    if match := _DIMS.match(size):
        unit = rng.choice(["", "cm", *UNITS[lang]["cm"]])
        unit = unit + "s" if len(unit) > 2 else unit
        return f"{number(match[1])} {rng.choice(BY[lang])} {number(match[2])} {unit}".strip()
    if match := _FLOW.match(size):
        unit = rng.choice(["l", UNITS[lang]["l"][0] + "s"])
        return f"{number(match[1])} {unit} {rng.choice(PER_HOUR[lang])}"
    if match := _TIMES.match(size):
        return rng.choice(TIMES[lang]).format(n=number(match[1]))
    if match := _LABEL.match(size):
        label, value = match.groups()
        if value.isdigit():
            return f"{label} {number(value)}"
        letter = value.lower()
        if rng.random() < 0.3:
            tags.append("letter_name")
            letter = LETTER_NAMES[lang][letter]
        return f"{label} {letter}"
    if match := _COUNT.match(size):
        count, noun = match.groups()
        said = number(count)
        if lang == "fr" and count == "1" and not digits and noun.endswith(("pièce", "sortie")):
            said = "une"
        return f"{said} {noun}"
    return size


# --- slips of sound ------------------------------------------------------------------------
# Each rule: (pattern on the written word, spellings of the same or a near sound). Grouped by
# what the ear confuses; the group names are the noise tags.
_V = "aeiouyéèêàâîôû"
FR_SOUNDS: dict[str, list[tuple[str, list[str]]]] = {
    "sound_e": [(r"(?<=[^aeiouy])é$", ["er", "ez", "ée"]), (r"ier$", ["iez", "iét"]),
                (r"(?<=[^aeiouy])ée$", ["é", "er"])],
    "sound_open_e": [(r"è(?=[^aeiou]+e)", ["ai", "ê"]), (r"ai(?![nml])", ["è", "ê"]), (r"et$", ["ait", "è"]),
                     (r"(?<=[^aeiouy])ê", ["è", "ai"])],
    "sound_o": [(r"eau(?=x?$)", ["ot", "aud"]), (r"au(?!x)", ["o", "eau"]), (r"ô", ["o", "au"])],
    "sound_nasal": [(rf"an(?=[^{_V}n]|$)", ["en"]), (rf"en(?=[^{_V}nt]|$)", ["an"]),
                    (rf"in(?=[^{_V}n]|$)", ["ain", "un"]), (r"ain(?=[^aeiou]|$)", ["ein", "aint"]),
                    (rf"on(?=[^{_V}n]|$)", ["an"]), (r"am(?=[bp])", ["en"]),
                    (r"em(?=[bp])", ["am"])],
    "sound_tion": [(r"(?<=[aeiou])tion", ["sion", "cion", "ssions"])],
    "sound_final": [(r"(?<=[^aeiouys])s$", [""]), (r"(?<=[aeiouéê])$", ["s"]),
                    (r"(?<=[^aeiouy])(?<=[rt])$", ["s"]), (r"(?<=[aeiou])x$", ["z"]),
                    (r"(?<=[aeiou])t$", ["d", "s"])],
    "sound_s_z": [(rf"(?<=[{_V}])s(?=[{_V}])", ["z"]), (r"(?<=[aeiou])ss(?=[aou])", ["ç"]),
                  (r"(?<=[aeiou])c(?=[eéi])", ["ss", "sc"]), (r"ç(?=[aou])", ["ss", "sç"])],
    "sound_soft_g": [(r"(?<=[aeiouyr])g(?=[eéi])", ["j"]), (r"ge(?=[ao])", ["j", "g"])],
    "sound_ill": [(r"(?<=[aeou])ill(?=e|$)", ["y", "ï"]), (r"ail$", ["aï", "aye"]),
                  (r"(?<=[aeiou])gn(?=[aeiou])", ["gni", "ny"])],
    "sound_spelling": [(r"ph(?=[aeiouyrl])", ["f"]), (r"(?<=[^aeiou])h", [""]), (r"^h(?=[aeiouyé])", [""]),
                       (r"([lnmtp])\1", [r"\1"]), (r"ette$", ["aite", "ètte"]),
                       (r"elle", ["èle"]), (r"oeu", ["eu"]), (r"(?<=[aeiou])c(?=[aou])", ["qu"])],
}  # fmt: skip
EN_SOUNDS: dict[str, list[tuple[str, list[str]]]] = {
    "sound_flap": [(r"(?<=[aeiouy])tt?(?=[aeiouy])", ["d", "dd"])],
    "sound_th": [(r"^th", ["f", "d", "t"]), (r"(?<=[aeiou])th$", ["ff", "v"])],
    "sound_final": [(r"st$", ["s"]), (r"(?<=[aeiou])nd$", ["nn", "ne"]), (r"ld$", ["l"]), (r"ct$", ["c", "k"]),
                    (r"(?<=[aeiou][^aeiou]e)d$", [""]), (r"(?<=[^s])s$", [""]),
                    (r"(?<=[aeiou])t$", ["d"]), (r"(?<=[aeiou])d$", ["t"])],
    "sound_vowel": [(r"(?<=[^aeiou])er$", ["or", "ar", "a"]), (r"(?<=[^aeiou])al$", ["el", "le"]),
                    (r"ent$", ["ant"]), (r"ant$", ["ent"]), (r"(?<=[^aeiou])on$", ["en", "in"]),
                    (r"ous$", ["is", "es"]), (r"(?<=[^aeiou])a(?=[^aeiou]{1,2}[aeiouy])", ["u", "e"])],
    "sound_spelling": [(r"c(?=[eiy])", ["ss"]), (r"(?<=[^aeiou])le$", ["el", "ul"]),
                       (r"([lnmtp])\1", [r"\1"]), (r"^h(?=[aeiouy])", [""]), (r"(?<=[^aeiou])ow$", ["owe", "o"]),
                       (r"(?<=[aeiou])s(?=[aeiouy])", ["z"]), (r"é", ["ey", "e"]),
                       (r"(?<=[aeiou])k", ["ck"]), (r"(?<=[^aeiou])oo(?=[^aeiou])", ["u", "ou"])],
}  # fmt: skip
SOUNDS = {"fr": FR_SOUNDS, "en": EN_SOUNDS}


def slip(word: str, lang: str, rng: random.Random) -> tuple[str, str] | None:
    """``word`` with one of its sounds written another way, and the group of the rule; None
    when no rule applies (or the word is too short to be misheard alone)."""
    if len(word) < 3 or not word.isalpha():
        return None
    groups = list(SOUNDS[lang].items())
    rng.shuffle(groups)  # a group first, so that one with many rules is not favoured
    for group, rules in groups:
        found = [(match, spelling) for pattern, spellings in rules
                 for match in re.finditer(pattern, word) for spelling in spellings]  # fmt: skip
        rng.shuffle(found)
        for match, spelling in found:
            heard = word[: match.start()] + match.expand(spelling) + word[match.end() :]
            if heard != word and len(heard) >= 2:
                return heard, group
    return None


# --- syllables and boundaries --------------------------------------------------------------
_DIGRAPHS = ("ch", "ph", "th", "gn", "qu", "gu", "sh", "ck")
_VOWELS = set("aeiouyéèêëàâîïôûœ")


def syllables(word: str) -> list[str]:
    """``word`` cut where a reader would: before a consonant between vowels, between two
    consonants (not a digraph, not a consonant + l/r)."""
    cuts = []
    for at in range(1, len(word) - 1):
        before, here, after = word[at - 1], word[at], word[at + 1]
        if before in _VOWELS and here not in _VOWELS and after in _VOWELS:
            if word[at - 1 : at + 1] not in _DIGRAPHS:
                cuts.append(at)
        elif before not in _VOWELS and here not in _VOWELS and at >= 2 and word[at - 2] in _VOWELS:
            pair = word[at - 1 : at + 1]
            cluster = before in "bcdfgkptv" and here in "lr"  # « tr », « bl »: one onset
            if pair not in _DIGRAPHS and here != "h" and not cluster:
                cuts.append(at)
    pieces, start = [], 0
    for cut in cuts:
        pieces.append(word[start:cut])
        start = cut
    pieces.append(word[start:])
    return [p for p in pieces if p]


def split(word: str, rng: random.Random) -> str | None:
    """A long word cut in two at a syllable boundary, each piece at least three letters."""
    parts = syllables(word)
    cuts = [n for n in range(1, len(parts)) if len("".join(parts[:n])) >= 3
            and len("".join(parts[n:])) >= 3]  # fmt: skip
    if len(word) < 7 or not cuts:
        return None
    at = rng.choice(cuts)
    return f"{''.join(parts[:at])} {''.join(parts[at:])}"


def clip(word: str) -> str | None:
    """The last syllable lost, as when the utterance is cut short."""
    parts = syllables(word)
    if len(parts) < 3 or len(word) < 7:
        return None
    return "".join(parts[:-1])


_FINAL = re.compile(
    r"^(.*?[aeiouyéèêàâîôû])([bcdfgklmnprstvz]*?)(ch|ph|gn|qu|ck|[bcdfgkptv][lr]|[bcdfgklmnprstvz])"
    r"(e?s?)$"
)
_SILENT_FR = set("sdtxzp")
LIAISON = {"fr": {"deux": "z", "trois": "z", "six": "z", "dix": "z", "un": "n", "cent": "t"}}


def carry_over(word: str, following: str, lang: str) -> tuple[str, str] | None:
    """« douche inox » heard « dou chinox »: the final sound of ``word`` begins the next,
    vowel-initial word (a French final consonant only where it is pronounced: before a mute
    ``e``, or a final c, f, l, r)."""
    if not following or following[0] not in _VOWELS or len(word) < 4:
        return None
    match = _FINAL.match(word)
    if not match:
        return None
    head, rest, moved, ending = match.groups()
    silent = moved[-1] in _SILENT_FR or word.endswith("er")
    if lang == "fr" and not ending.startswith("e") and silent:
        return None
    if len(head + rest) < 2:
        return None
    return head + rest, ("k" if moved == "ck" else moved) + following


def liaison(word: str, following: str, lang: str) -> str | None:
    """« deux étages » written « deux zétages »: the liaison consonant on the next word."""
    sound = LIAISON.get(lang, {}).get(word)
    if sound is None or not following or following[0] not in _VOWELS:
        return None
    return sound + following


# --- brands --------------------------------------------------------------------------------
# Syllables of the half's brands as ordinary words that sound the same, per locale: what a
# recogniser writes for a word it does not know.
SOUNDS_LIKE = {
    "fr": {"sé": "ces", "mé": "mes", "dé": "des", "pé": "paix", "mau": "mots", "ro": "rôt",
           "lun": "l'un", "tho": "tôt", "vé": "vais", "va": "va", "dac": "d'accord", "nel": "nèl",
           "vou": "vous", "zé": "z'ai", "quin": "quint", "cau": "côte", "fau": "faux",
           "ju": "jus", "xan": "sang", "sta": "stade", "gri": "gris", "bré": "brais",
           "kal": "cale", "is": "hisse", "tru": "trou", "lia": "lia"},
    "en": {"sé": "say", "mé": "may", "dé": "day", "pé": "pay", "mau": "mow", "ro": "row",
           "lun": "loon", "tho": "toe", "vé": "vay", "va": "vah", "dac": "dock", "nel": "nell",
           "vou": "voo", "zé": "zay", "quin": "keen", "cau": "co", "fau": "foe", "ju": "zhu",
           "xan": "zan", "sta": "star", "gri": "gree", "bré": "bray", "kal": "cal", "is": "ease",
           "tru": "true", "lia": "leah"},
}  # fmt: skip


def fold(text: str) -> str:
    """Without accents."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def hear_brand(parts: tuple[str, ...], plain: bool, lang: str, rng: random.Random
               ) -> tuple[str, str] | None:  # fmt: skip
    """The brand as the recogniser writes an unknown word, and how (the noise tag)."""
    lowered = [p.lower() for p in parts]
    if plain:
        words = " ".join(lowered).split()
        if len(words) > 1 and rng.random() < 0.4:
            return "".join(words), "brand_merged"
        at = rng.randrange(len(words))
        heard = slip(fold(words[at]) if lang == "en" else words[at], lang, rng)
        if heard is None:
            return None
        return " ".join([*words[:at], heard[0], *words[at + 1 :]]), "brand_sound"
    roll = rng.random()
    if roll < 0.4 and len(lowered) > 1:
        at = rng.randrange(1, len(lowered))
        return f"{''.join(lowered[:at])} {''.join(lowered[at:])}", "brand_split"
    if roll < 0.7:
        known = [n for n, p in enumerate(lowered) if p in SOUNDS_LIKE[lang]]
        if known:
            at = rng.choice(known)
            words = [*lowered[:at], f" {SOUNDS_LIKE[lang][lowered[at]]} ", *lowered[at + 1 :]]
            return " ".join("".join(words).split()), "brand_words"
    heard = slip("".join(lowered), lang, rng)
    return (heard[0], "brand_sound") if heard else None
