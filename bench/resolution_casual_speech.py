"""How the casual half's shoppers say sizes, and how a recogniser writes their numbers
(:mod:`bench.resolution_casual`).

Letter sizes said "extra large", « en M », "a medium"; shoe sizes « du 42 », "nine and a half",
« quarante-deux et demi »; tents "2 places", « deux-places », "four person", "sleeps four";
ratings « moins cinq degrés », "twenty degree"; lengths, weights and volumes with the unit in
words, written glued ("30l", "8-inch") or left out when no other size of the product type has
the number (« le drap housse en 140 », "the 350"); fractions in words ("an ounce and three
quarters", "two and a half"); bed sizes "queen size"; counts « par dix », "ten-pack".
"""

from __future__ import annotations

import random
import re

from bench import resolution_casual_words as words
from bench import resolution_noise as noise

_NUMBER = r"-?\d+(?:[.,]\d+)?"
LETTER = re.compile(r"(?:taille|size) (XS|S|M|L|XL|XXL)")
SHOE = re.compile(rf"(pointure|size|waist|taille|US) ({_NUMBER})")
PLACES = re.compile(r"(\d+)(?: places|-person)")
DEGREES = re.compile(rf"({_NUMBER}) °([CF])")
DIMS = re.compile(rf"({_NUMBER}) x ({_NUMBER}) (cm|in)")
MEASURE = re.compile(rf"({_NUMBER}) (cm|mm|l|g|m|in|qt|oz|yd|lumens)\b")
COUNT = re.compile(r"(?:lot de|boîte de|box of) (\d+)(?: paires)?|(\d+) (?:pack|pairs)")
BURNER = re.compile(r"(\d) (feux?|burner)")
HALF = {"fr": "et demi", "en": "and a half"}
FRACTIONS = {0.25: ("et quart", "and a quarter"), 0.5: ("et demi", "and a half"),
             0.75: ("trois quarts", "and three quarters")}  # fmt: skip


def _value(text: str) -> float:
    return float(text.replace(",", "."))


class Speaker:
    """Spoken sizes for one language, drawn from ``rng``; each appends its noise tags."""

    def __init__(self, code: str, rng: random.Random) -> None:
        self.code = code
        self.fr = code == "fr"
        self.rng = rng

    def words_for(self, n: int) -> str:
        said = noise.french_number(n) if self.fr else noise.english_number(n)
        if "-" in said and self.rng.random() < 0.4:
            said = said.replace("-", " ")
        return said

    def number(self, value: float, tags: list[str], digits: float = 0.35) -> str:
        """A number as a recogniser writes it: digits, or words with halves and quarters."""
        rng = self.rng
        whole, part = int(abs(value)), abs(value) % 1
        sign = ("moins " if self.fr else "minus ") if value < 0 else ""
        if rng.random() < digits:
            return f"{value:g}".replace(".", ",") if self.fr else f"{value:g}"
        tags.append("number_words")
        if not part:
            return sign + self.words_for(whole)
        if part in FRACTIONS:
            tags.append("fraction_words")
            fraction = FRACTIONS[part][not self.fr]
            if whole == 1 and not self.fr and rng.random() < 0.5:
                return f"{sign}one {fraction}"
            return f"{sign}{self.words_for(whole)} {fraction}"
        tail = " ".join(self.words_for(int(d)) for d in f"{part:.2f}"[2:].rstrip("0"))
        return f"{sign}{self.words_for(whole)} {'virgule' if self.fr else 'point'} {tail}"

    def unit(self, unit: str) -> str:
        return self.rng.choice(words.UNITS[self.code].get(unit, [unit]))

    def size(self, size: str, others: list[str], tags: list[str]) -> str:
        """``size`` as said; ``others`` are the product type's other sizes (the number alone
        is said only when none of them has it)."""
        rng, fr = self.rng, self.fr
        if match := LETTER.fullmatch(size):
            said = rng.choice(words.LETTER_SAID[self.code][match[1]])
            tags.append("letter_size")
            lead = ["taille", "en", "du", ""] if fr else ["size", "in", "a", ""]
            return f"{rng.choice(lead)} {said}".strip()
        if match := PLACES.fullmatch(size):
            return self._places(int(match[1]), tags)
        if match := DEGREES.fullmatch(size):
            return self._degrees(_value(match[1]), tags)
        if match := SHOE.fullmatch(size):
            return self._numbered(match[1], _value(match[2]), tags)
        if match := DIMS.fullmatch(size):
            return self._dims(match, others, tags)
        if match := MEASURE.fullmatch(size):
            return self._measure(_value(match[1]), match[2], others, tags)
        if match := COUNT.fullmatch(size):
            n = int(match[1] or match[2])
            number = self.number(n, tags, 0.5)
            pairs = "paires" in size or "pairs" in size
            forms = (
                ["par {}", "lot de {}", "les {}"] if fr else ["{}-pack", "pack of {}", "{} pack"]
            )
            if pairs:
                forms = ["{} paires", "lot de {} paires"] if fr else ["{} pairs", "{} pair"]
            elif "box" in size or "boîte" in size:
                forms = ["boîte de {}", "la boîte de {}"] if fr else ["box of {}", "{} box"]
            tags.append("size_count")
            return rng.choice(forms).format(number)
        if match := BURNER.fullmatch(size):
            n = int(match[1])
            tags.append("size_count")
            if fr:
                return f"{self.number(n, tags, 0.3)} {'feu' if n == 1 else 'feux'}"
            return rng.choice(["{} burner", "{}-burner", "{} burners"]).format(
                self.number(n, tags, 0.3)
            )
        if size in ("twin", "full", "queen", "king", "standard") and rng.random() < 0.5:
            tags.append("bed_size")
            return rng.choice([f"{size} size", f"{size}-size", f"a {size}"])
        text = MEASURE.sub(lambda m: self._measure(_value(m[1]), m[2], [], tags), size)
        return re.sub(r"(?<![\w.,])\d+(?![\w.,])", lambda m: self.number(int(m[0]), tags), text)

    def _places(self, n: int, tags: list[str]) -> str:
        rng = self.rng
        tags.append("places")
        number = self.words_for(n)
        if self.fr:
            forms = [f"{n} places", f"{number} places", f"{number}-places", f"pour {number}",
                     f"pour {n} personnes", f"{n}-places"]  # fmt: skip
        else:
            forms = [f"{n} person", f"{number} person", f"{n}-person", f"{number}-person",
                     f"for {number} people", f"sleeps {number}", f"{number} man"]  # fmt: skip
        return rng.choice(forms)

    def _degrees(self, value: float, tags: list[str]) -> str:
        rng = self.rng
        tags.append("degrees")
        number = self.number(value, tags, 0.4)
        if self.fr:
            forms = ["{}", "{} degrés", "confort {}", "{}°", "jusqu'à {}"]
        else:
            forms = ["{} degree", "{} degrees", "{}-degree", "rated {}", "{} degree bag"]
        if value < 0 and not self.fr:
            forms = ["{} degrees"]
        return rng.choice(forms).format(number)

    def _numbered(self, word: str, value: float, tags: list[str]) -> str:
        """A shoe size, a waist, a needle's US size: « du 42 », "nine and a half", "32 waist"."""
        rng, fr = self.rng, self.fr
        tags.append("numbered_size")
        number = self.number(value, tags, 0.4)
        if value % 1 and rng.random() < 0.3:
            number = f"{self.number(int(value), tags, 0.5)} {HALF[self.code]}"
            tags.append("fraction_words")
        if word == "waist":
            return rng.choice(["{} waist", "waist {}", "size {}", "a {}"]).format(number)
        if word == "US":
            return rng.choice(["us {}", "size {}", "a {}", "number {}"]).format(number)
        if fr:
            lead = "pointure" if word == "pointure" else "taille"
            return rng.choice([f"{lead} {{}}", "en {}", "du {}", "{}"]).format(number)
        return rng.choice(["size {}", "a {}", "{}", "in a {}", "men's {}"]).format(number)

    def _dims(self, match: re.Match[str], others: list[str], tags: list[str]) -> str:
        rng, fr = self.rng, self.fr
        width, length, unit = match.groups()
        widths = [m[1] for m in (DIMS.fullmatch(o) for o in others) if m]
        if width not in widths and rng.random() < 0.35:
            tags.append("unit_left_out")
            number = self.number(_value(width), tags, 0.6)
            return rng.choice(["en {}", "le {}", "{}"] if fr else ["the {}", "{} wide", "{}"]).format(number)  # fmt: skip
        a = self.number(_value(width), tags, 0.5)
        b = self.number(_value(length), tags, 0.5)
        by = rng.choice(["par", "sur", "x"] if fr else ["by", "x"])
        if rng.random() < 0.5:
            tags.append("unit_left_out")
            return f"{a} {by} {b}"
        return f"{a} {by} {b} {self.unit(unit)}"

    def _measure(self, value: float, unit: str, others: list[str], tags: list[str]) -> str:
        rng = self.rng
        numbers = [m[1] for m in (MEASURE.fullmatch(o) for o in others) if m]
        if f"{value:g}" not in {f"{_value(n):g}" for n in numbers} and rng.random() < 0.2:
            tags.append("unit_left_out")
            return self.number(value, tags, 0.6)
        number = self.number(value, tags)
        said = self.unit(unit)
        glue = said in ("l", "cm", "mm", "in") and number[0].isdigit() and rng.random() < 0.3
        if said.startswith("-") or glue:
            tags.append("unit_glued")
            if said.startswith("-") and " " in number:
                number = number.replace(" ", "-")
            return f"{number}{said}"
        return f"{number} {said}"
