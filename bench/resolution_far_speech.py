"""How the far half's shoppers say model codes, numbers and sizes, and how a recogniser writes
their words (:mod:`bench.resolution_far`).

Codes: letters as written, one by one ("t x"), or by their names ("tee ex", « té ixe »); digits
as written, one by one ("three oh two"), in hundreds (« trois cent deux ») or in pairs
("thirty two nineteen"). Sizes: numbers in words or digits, units in words, in another unit
when it is exact (110 mm as 11 cm, 32 oz as two pounds, 0,5 l as 50 cl, a gallon as four
quarts), halves, gauges ("ten forty six", "tens"), widths by lengths (or the width alone when
no other size of the product has it), counts, reams for 500 sheets, strengths.
"""

from __future__ import annotations

import random
import re

from bench import resolution_far_words as words
from bench import resolution_noise as noise

_NUMBER = r"\d+(?:[.,]\d+)?"
_UNITS = r"mm²|mm|cm|m|l|g|kg|V|in|ft|yd|qt|gal|oz"
MEASURE = re.compile(rf"({_NUMBER}) ({_UNITS})")
DIMS = re.compile(rf"({_NUMBER})(?: (mm|cm|in))? x ({_NUMBER}) (mm|cm|m|in|ft|yd)")
GAUGE = re.compile(r"(\d+)-(\d+)")
COUNT = re.compile(r"(?:lot de|boîte de|box of) (\d+)|(\d+) (?:pack|feuilles|sheets)")
STRENGTH = re.compile(rf"(force|strength) ({_NUMBER})")
CODE = r"[A-Z]+[ -]?\d+[A-Z]*|\d+[A-Z]+\d*|\d+/\d+|[A-Z]{2,}"
TOKEN = re.compile(
    rf"(?P<code>{CODE})(?!\w)|(?P<measure>{_NUMBER} (?:{_UNITS}))(?!\w)|(?P<num>{_NUMBER})|\S+"
)
SCALE = {"mm": 1.0, "cm": 10.0, "m": 1000.0, "in": 25.4, "ft": 304.8, "yd": 914.4, "l": 1000.0,
         "qt": 946.0, "gal": 3785.0, "g": 1.0, "kg": 1000.0, "oz": 28.35, "V": 1.0, "mm²": 1.0}  # fmt: skip
VOWELS = set("aeiouyéèêàâîôû")


def _value(text: str) -> float:
    return float(text.replace(",", "."))


class Speaker:
    """Spoken forms for one language, drawn from ``rng``; each appends its noise tags."""

    def __init__(self, code: str, rng: random.Random) -> None:
        self.code = code
        self.fr = code == "fr"
        self.rng = rng

    def number(self, n: int) -> str:
        return noise.french_number(n) if self.fr else noise.english_number(n)

    def decimal(self, value: float) -> str:
        whole, rest = f"{value:g}".partition(".")[::2]
        if not rest:
            return self.number(int(whole))
        mark = "virgule" if self.fr else "point"
        tail = self.number(int(rest)) if self.fr else " ".join(self.number(int(d)) for d in rest)
        if not self.fr and whole == "0":
            return f"{mark} {tail}"
        return f"{self.number(int(whole))} {mark} {tail}"

    def amount(self, size: str) -> float | None:
        """A measured size in a base unit (mm, ml, g), to find the largest and the smallest."""
        match = MEASURE.fullmatch(size)
        return _value(match[1]) * SCALE[match[2]] if match else None

    # --- codes -------------------------------------------------------------------------
    def code_said(self, code: str, tags: list[str]) -> str:
        rng = self.rng
        runs = re.findall(r"[A-Za-z]+|\d+|[/-]", code)
        style = rng.choice(("written", "letters", "names"))
        out: list[str] = []
        for index, run in enumerate(runs):
            if run.isalpha():
                out.append(self._letters(run, style, index, runs, tags))
            elif run.isdigit():
                out.append(self.digits(run, tags))
            else:
                words = {"/": (["sur", ""] if self.fr else ["slash", ""]),
                         "-": ["", "tiret" if self.fr else "dash"]}[run]  # fmt: skip
                out.append(rng.choice(words))
        said = " ".join(w for w in out if w)
        if said.replace(" ", "") == re.sub(r"[ /-]", "", code.lower()) and rng.random() < 0.5:
            return code.lower()  # as written
        return said

    def _letters(self, run: str, style: str, index: int, runs: list[str], tags: list[str]) -> str:
        rng, lang = self.rng, self.code
        lower = run.lower()
        if run == "W" and 0 < index < len(runs) - 1:  # a grade of oil: "five w thirty"
            if rng.random() < 0.3:
                tags.append("code_w_said")
                return words.W_SAID[lang]
            return "w"
        if run == "XL" and rng.random() < 0.3:
            tags.append("code_meaning")
            return "extra large"
        if style == "names":
            tags.append("code_letter_names")
            names = words.LETTER_NAMES[lang]
            return " ".join(words.W_SAID[lang] if c == "w" else names[c] for c in lower)
        if style == "letters" and len(run) > 1:
            tags.append("code_letters")
            return " ".join(lower)
        return lower

    def digits(self, run: str, tags: list[str]) -> str:
        """ "302" → "three oh two", « trois cent deux »; "3219" → "thirty two nineteen"."""
        rng = self.rng
        if rng.random() < 0.3:
            return run
        tags.append("code_digits_words")
        n = int(run)
        if len(run) <= 2 and not (len(run) == 2 and run[0] == "0"):
            return self.number(n)
        one_by_one = " ".join(
            ("oh" if not self.fr and d == "0" and rng.random() < 0.7 else self.number(int(d)))
            for d in run
        )
        if len(run) == 3:
            return rng.choice((one_by_one, self.number(n)))
        if len(run) == 4:
            pairs = [
                self.number(int(p)) if p[0] != "0" else self.digits_of(p)
                for p in (run[:2], run[2:])
            ]
            return rng.choice((one_by_one, " ".join(pairs), self.number(n)))
        return one_by_one

    def digits_of(self, pair: str) -> str:
        zero = "zéro" if self.fr else "oh"
        return " ".join(zero if d == "0" else self.number(int(d)) for d in pair)

    # --- phrases and sizes ---------------------------------------------------------------
    def phrase(self, text: str, tags: list[str]) -> str:
        """A variant or a size of no special form: codes, measures and numbers spoken."""
        out = []
        for match in TOKEN.finditer(text):
            if match["code"]:
                out.append(self.code_said(match["code"], tags))
            elif match["measure"]:
                out.append(self.measure(match["measure"], tags))
            elif match["num"]:
                out.append(self.numeral(match["num"], tags, "number_words"))
            else:
                out.append(match[0].lower())
        return " ".join(out)

    def numeral(self, text: str, tags: list[str], tag: str) -> str:
        if self.rng.random() < 0.3:
            return text.replace(".", ",") if self.fr else text
        tags.append(tag)
        return self.decimal(_value(text))

    def _unit(self, unit: str, value: float = 2.0) -> str:
        forms = words.UNITS[self.code].get(unit, [unit.lower()])
        if value <= 1:
            forms = [f for f in forms if not f.endswith(("s", "es"))] or forms
        return self.rng.choice(forms)

    def measure(self, text: str, tags: list[str]) -> str:
        rng, fr = self.rng, self.fr
        match = MEASURE.fullmatch(text)
        assert match, text
        value, unit = _value(match[1]), match[2]
        roll = rng.random()
        converted: tuple[float, str] | None = None
        if unit == "mm" and value >= 100 and value % 10 == 0 and roll < 0.3:
            converted = (value / 10, "cm")
        elif unit == "cm" and value < 10 and roll < 0.3:
            converted = (value * 10, "mm")
        elif unit == "l" and value < 1 and fr and roll < 0.5:
            converted = (value * 100, "cl")
        elif unit == "oz" and value % 16 == 0 and roll < 0.4:
            tags.append("size_other_unit")
            pounds = int(value // 16)
            return "a pound" if pounds == 1 else f"{self.number(pounds)} pounds"
        elif unit == "gal" and value == 1 and roll < 0.3:
            tags.append("size_other_unit")
            return "four quarts"
        if converted:
            tags.append("size_other_unit")
            value, unit = converted
        if value % 1 == 0.5 and value > 1 and rng.random() < 0.4:
            tags.append("size_half")
            whole = self.number(int(value))
            if fr:
                return f"{whole} {self._unit(unit)} et demi"
            return f"{whole} and a half {self._unit(unit)}"
        if value < 1 and unit == "mm" and rng.random() < 0.4:  # a pick's thickness: "forty six"
            tags.append("size_hundredths")
            hundredths = self.number(round(value * 100))
            return f"zéro {hundredths}" if fr else rng.choice((hundredths, f"point {hundredths}"))
        if value == 1 and unit in ("qt", "gal") and rng.random() < 0.5:
            return f"a {self._unit(unit)}"
        if rng.random() < 0.2:
            return f"{match[1] if not converted else f'{value:g}'} {unit.lower()}"
        number = self.numeral(f"{value:g}", tags, "size_words")
        return f"{number} {self._unit(unit, value)}"

    def size(self, size: str, others: list[str], tags: list[str]) -> str:
        """``size`` as said; ``others`` are the product type's other sizes (a short form is
        used only when none of them shares it)."""
        rng, fr = self.rng, self.fr
        if MEASURE.fullmatch(size):
            return self.measure(size, tags)
        if match := GAUGE.fullmatch(size):
            low, high = match[1], match[2]
            if rng.random() < 0.3 and not any(o.startswith(f"{low}-") for o in others):
                tags.append("size_gauge_short")
                word = self.number(int(low))
                return (
                    f"tirant {word}"
                    if fr
                    else (word[:-1] + "ies" if word.endswith("y") else word + "s")
                )
            tags.append("size_gauge")
            said = f"{self.number(int(low))} {self.digits(high, [])}"
            return f"tirant {said}" if fr and rng.random() < 0.4 else said
        if match := DIMS.fullmatch(size):
            return self._dims(match, others, tags)
        if match := COUNT.fullmatch(size):
            return self._count(size, int(match[1] or match[2]), tags)
        if match := STRENGTH.fullmatch(size):
            value = _value(match[2])
            if value % 1 and rng.random() < 0.5:
                number = f"{self.number(int(value))} {'et demi' if fr else 'and a half'}"
                tags.append("size_half")
            else:
                number = self.numeral(match[2], tags, "size_words")
            forms = (
                ["force {}", "en force {}"] if fr else ["strength {}", "{} strength", "number {}"]
            )
            return rng.choice(forms).format(number)
        if size in ("à l'unité", "single"):
            said = rng.choice(["à l'unité", "l'unité", "à la pièce", "vendu seul"] if fr
                              else ["single", "a single", "sold single", "one by itself"])  # fmt: skip
            if said != size:
                tags.append("size_single")
            return said
        return self.phrase(size, tags)

    def _dims(self, match: re.Match[str], others: list[str], tags: list[str]) -> str:
        rng, fr = self.rng, self.fr
        width, width_unit, length, length_unit = match.groups()
        by = rng.choice(["sur", "par"] if fr else ["by"])
        said_width = self.numeral(width, tags, "size_words")
        widths = [m[1] for m in (DIMS.fullmatch(o) for o in others) if m]
        if width_unit and width not in widths and rng.random() < 0.25:
            tags.append("size_width_only")
            wide = rng.choice(["de large", ""] if fr else ["wide", ""])
            return f"{said_width} {self._unit(width_unit)} {wide}".strip()
        said_length = self.numeral(length, tags, "size_words")
        if rng.random() < 0.3:
            tags.append("size_units_left_out")
            return f"{said_width} {by} {said_length}"
        head = f"{said_width} {self._unit(width_unit)}" if width_unit else said_width
        return f"{head} {by} {said_length} {self._unit(length_unit)}"

    def _count(self, size: str, n: int, tags: list[str]) -> str:
        rng, fr = self.rng, self.fr
        if n in (500, 2500) and rng.random() < 0.4:
            tags.append("size_reams")
            if n == 500:
                return rng.choice(["une ramette", "la ramette"] if fr else ["one ream", "a ream"])
            return rng.choice(["cinq ramettes", "le carton de cinq ramettes"] if fr
                              else ["five reams", "a case of five reams"])  # fmt: skip
        number = self.numeral(str(n), tags, "size_count")
        if n == 1000 and "size_count" in tags and rng.random() < 0.5:
            number = "mille" if fr else "a thousand"
        if "feuilles" in size or "sheets" in size:
            return f"{number} {'feuilles' if fr else rng.choice(['sheets', 'sheet'])}"
        if "boîte" in size or "box" in size:
            forms = (
                ["boîte de {}", "la boîte de {}"] if fr else ["box of {}", "a box of {}", "{} box"]
            )
        else:
            forms = (
                ["lot de {}", "le lot de {}", "en lot de {}"]
                if fr
                else ["{} pack", "a {} pack", "pack of {}"]
            )
        return rng.choice(forms).format(number)

    # --- a recogniser's slips ------------------------------------------------------------
    def slip(self, word: str, tags: list[str]) -> str:
        """At most one slip: a homophone, a respelling, an inner letter dropped or doubled, or
        the word cut at a syllable."""
        rng = self.rng
        roll = rng.random()
        homophones = words.HOMOPHONES[self.code].get(word)
        changed, tag = word, ""
        if roll < 0.07 and homophones:
            changed, tag = rng.choice(homophones), "asr_homophone"
        elif roll < 0.13:
            changed, tag = self.respell(word), "asr_respell"
        elif roll < 0.16 and len(word) >= 6:
            at = rng.randint(1, len(word) - 2)
            changed, tag = word[:at] + word[at + 1 :], "asr_letter_dropped"
        elif roll < 0.19 and len(word) >= 4:
            at = rng.randint(1, len(word) - 2)
            changed, tag = word[: at + 1] + word[at:], "asr_letter_doubled"
        elif roll < 0.23 and len(word) >= 7:
            changed, tag = self.cut(word), "asr_split"
        if changed != word:
            tags.append(tag)
        return changed

    def respell(self, word: str) -> str:
        return noise.respell_by_rules(self.rng, words.RESPELL[self.code], word)

    def cut(self, word: str) -> str:
        """ "cartouche" → "car touche": cut before a consonant that opens a syllable."""
        places = [
            i for i in range(3, len(word) - 2)
            if word[i] not in VOWELS and word[i + 1] in VOWELS and word[i - 1] != " "
        ]  # fmt: skip
        at = self.rng.choice(places) if places else len(word) // 2
        return f"{word[:at]} {word[at:]}"
