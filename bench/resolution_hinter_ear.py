"""The recogniser of the *hinter* half (:mod:`bench.resolution_hinter`): what a French or an
American speech recogniser writes for the words a shopper said.

Each noise is one method over the words (:class:`~bench.resolution_hinter_voice.Word`) that
returns the new words, or ``None`` when it has nothing to work on: a maker's name written as the
recogniser heard it, a word taken for another that sounds alike, a long word cut in two, two words
run together, letters and codes spelt apart ("xl" → "x l", "10w40" → "10 w 40"), an apostrophe
lost, a plural heard as a singular or the reverse, an accent lost (French), a small word dropped.
"""

from __future__ import annotations

import random
import unicodedata

from bench.resolution_hinter_makers import Maker
from bench.resolution_hinter_voice import Word

EAR_NOISE = ("maker_heard", "homophone", "split", "merge", "letters", "apostrophe", "plural",
             "accent", "dropped")  # fmt: skip
CONTENT = ("noun", "value", "size", "maker")

# What each recogniser writes for a word that sounds like another (its own words first).
SOUNDALIKES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "malt": ("male",), "houblon": ("houx blond",), "houblons": ("où blonds",),
        "pellets": ("pelettes", "pelé"), "levure": ("le vur",), "lager": ("lagueur",),
        "ale": ("aile", "elle"), "pils": ("pilse",), "inox": ("inoxe",), "cara": ("carat",),
        "pralinés": ("praliner",), "ballotin": ("ballot tin",), "cacao": ("caca o",),
        "tartiner": ("tartinez",), "pistoles": ("pistolets",), "ivoire": ("y voir",),
        "orangettes": ("orange nette",), "gants": ("gens",), "chaîne": ("chêne",),
        "nardo": ("nardeau",), "tuba": ("tu bas",), "bloc": ("bloque",), "lumens": ("lu mène",),
        "cent": ("sans",), "vingt": ("vin",), "dix": ("dis",), "quatre": ("quart",),
        "mille": ("mil",), "sec": ("seck",), "fumé": ("fumer",), "écran": ("et cran",),
        "intégral": ("intégrale",), "capsules": ("cap sul",), "citra": ("cita",),
        "saaz": ("sas",), "cuir": ("cuire",), "mat": ("math",), "truffes": ("truffe",),
    },
    "en": {
        "malt": ("molt",), "hops": ("hopes",), "yeast": ("east",), "lager": ("logger",),
        "ale": ("ail",), "pilsner": ("pills ner",), "saaz": ("saws",), "citra": ("sitra",),
        "caps": ("cups",), "truffles": ("trifles",), "cocoa": ("coco",),
        "pralines": ("pray leans",), "callets": ("cal lays",), "couverture": ("cover sure",),
        "orangettes": ("orange jets",), "helmet": ("hell met",), "lube": ("loob",),
        "visor": ("visa",), "fins": ("fans",), "snorkel": ("snorkle",), "mask": ("mast",),
        "tank": ("thank",), "four": ("for",), "two": ("to", "too"), "eight": ("ate",),
        "matte": ("mat",), "nardo": ("nardoh",), "saison": ("say zone",), "flint": ("flent",),
        "iridium": ("a ridium",), "wort": ("wart",), "spread": ("spred",), "dirt": ("dert",),
        "pearl": ("purl",), "disc": ("disk",), "callet": ("cal lay",),
    },
}  # fmt: skip
_SPELT = {"fr": {"x": "ixe", "l": "elle", "s": "esse", "m": "aime", "t": "thé", "w": "double v"},
          "en": {"x": "ex", "l": "el", "s": "ess", "m": "em", "w": "double u"}}  # fmt: skip
_SMALL = {"fr": ("de", "du", "des", "le", "la", "les", "un", "une", "en"),
          "en": ("the", "a", "an", "of", "some", "in", "by", "from")}  # fmt: skip


def _is_code(text: str) -> bool:
    """A letter size or a code of letters and digits: "xl", "2xl", "t9", "10w40"."""
    letters = sum(c.isalpha() for c in text)
    return (1 <= len(text) <= 6 and letters >= 1 and any(c.isdigit() for c in text)) or (
        text in ("xs", "xl", "xxl", "2xl")
    )


class Ear:
    def __init__(self, code: str, rng: random.Random, makers: dict[str, Maker]) -> None:
        self.code, self.rng = code, rng
        self.makers = {m.name.lower(): m for m in makers.values()}
        for m in makers.values():
            for word in ("et", "and"):
                self.makers.setdefault(m.name.lower().replace("&", word), m)

    def hear(self, words: list[Word], noise: str) -> list[Word] | None:
        return getattr(self, noise)(words)

    def maker_heard(self, words: list[Word]) -> list[Word] | None:
        at = [n for n, w in enumerate(words) if w.role == "maker"]
        if not at:
            return None
        start, end = at[0], at[0]
        while end + 1 < len(words) and words[end + 1].role == "maker":
            end += 1
        said = " ".join(w.text for w in words[start : end + 1]).removesuffix("'s")
        maker = self.makers.get(said)
        if maker is None:
            return None
        heard = maker.heard(self.code)
        if heard == said:
            return None
        tail = "'s" if words[end].text.endswith("'s") else ""
        new = [Word(w, "maker") for w in (heard + tail).split()]
        return words[:start] + new + words[end + 1 :]

    def homophone(self, words: list[Word]) -> list[Word] | None:
        table = SOUNDALIKES[self.code]
        at = [n for n, w in enumerate(words) if w.role in CONTENT and w.text in table]
        if not at:
            return None
        n = self.rng.choice(at)
        heard = self.rng.choice(table[words[n].text])
        return words[:n] + [Word(t, words[n].role) for t in heard.split()] + words[n + 1 :]

    def split(self, words: list[Word]) -> list[Word] | None:
        at = [n for n, w in enumerate(words) if w.role in CONTENT and len(w.text) >= 8
              and w.text.isalpha()]  # fmt: skip
        if not at:
            return None
        n = self.rng.choice(at)
        text = words[n].text
        vowels = "aeiouyéèàâêîô"
        cuts = [i for i in range(3, len(text) - 2)
                if text[i] not in vowels and text[i + 1] in vowels] or [len(text) // 2]  # fmt: skip
        cut = self.rng.choice(cuts)
        role = words[n].role
        return [*words[:n], Word(text[:cut], role), Word(text[cut:], role), *words[n + 1 :]]

    def merge(self, words: list[Word]) -> list[Word] | None:
        at = [n for n in range(len(words) - 1)
              if words[n].role in CONTENT and words[n + 1].role in CONTENT
              and words[n].text.isalpha() and words[n + 1].text.isalpha()]  # fmt: skip
        if not at:
            return None
        n = self.rng.choice(at)
        glued = Word(words[n].text + words[n + 1].text, words[n].role)
        return [*words[:n], glued, *words[n + 2 :]]

    def letters(self, words: list[Word]) -> list[Word] | None:
        at = [n for n, w in enumerate(words) if w.role in ("size", "value") and _is_code(w.text)]
        if not at:
            return None
        n = self.rng.choice(at)
        spelt, piece = [], ""
        for char in words[n].text:  # runs of digits stay together, letters go apart
            if char.isdigit():
                piece += char
                continue
            if piece:
                spelt.append(piece)
                piece = ""
            names = _SPELT[self.code]
            spelt.append(names[char] if char in names and self.rng.random() < 0.4 else char)
        if piece:
            spelt.append(piece)
        role = words[n].role
        return words[:n] + [Word(t, role) for s in spelt for t in s.split()] + words[n + 1 :]

    def apostrophe(self, words: list[Word]) -> list[Word] | None:
        at = [n for n, w in enumerate(words) if "'" in w.text]
        if not at:
            return None
        n = self.rng.choice(at)
        joiner = self.rng.choice(("", " "))
        text = words[n].text.replace("'", joiner)
        return words[:n] + [Word(t, words[n].role) for t in text.split()] + words[n + 1 :]

    def plural(self, words: list[Word]) -> list[Word] | None:
        at = [n for n, w in enumerate(words) if w.role == "noun" and len(w.text) >= 4
              and w.text.isalpha()]  # fmt: skip
        if not at:
            return None
        n = at[0]
        text = words[n].text
        text = text[:-1] if text.endswith("s") else text + "s"
        return [*words[:n], Word(text, "noun"), *words[n + 1 :]]

    def accent(self, words: list[Word]) -> list[Word] | None:
        if self.code != "fr":
            return None
        at = [n for n, w in enumerate(words) if w.text != _plain(w.text) and w.role != "wrong"]
        if not at:
            return None
        n = self.rng.choice(at)
        return [*words[:n], Word(_plain(words[n].text), words[n].role), *words[n + 1 :]]

    def dropped(self, words: list[Word]) -> list[Word] | None:
        at = [n for n, w in enumerate(words)
              if w.role in ("det", "link") and w.text in _SMALL[self.code]]  # fmt: skip
        if not at:
            return None
        n = self.rng.choice(at)
        return words[:n] + words[n + 1 :]


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )
