"""Finding what a phrase names among a few named things (guides, materials, options): a run
of its words that names one surely, the words that name none in particular, an ordinal.
Used by :class:`skill.services.Services`; the fuzzy matching itself is
:class:`catalog.matching.NameMatcher`'s."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from skill.interaction_model import normalise
from skill.turn import Slot

if TYPE_CHECKING:
    from catalog.matching import NameMatcher

GUIDE_SURE = 85.0
"""A guide topic scoring at least this, clearly ahead of the next, is taken without asking."""

ALTERNATIVES = frozenset({"ou", "or"})
WHOLE_NAME = 100.0  # a name said whole and exactly ("ink"; "red" is no "red wine")


def surely_within(
    matcher: NameMatcher, words: list[str], longest: int, floor: float = GUIDE_SURE
) -> str | None:
    """The one entry a run of ``words`` names at ``floor`` or better, the longer and surer run
    first. No run longer than ``longest`` words is tried: a long slot value costs a few
    matches per word, not one per pair of words."""
    best: tuple[float, int] = (0.0, 0)
    found: set[str] = set()
    for size in range(min(len(words), longest), 0, -1):
        for start in range(len(words) - size + 1):
            ranked = matcher.match(" ".join(words[start : start + size]))
            if not ranked or ranked[0][1] < floor or (ranked[0][1], size) < best:
                continue
            if (ranked[0][1], size) > best:
                best, found = (ranked[0][1], size), set()
            found.update(m for m, score in ranked if score == ranked[0][1])
    return found.pop() if len(found) == 1 else None


MATERIAL_LINKS = {"fr": ("sur", "dans"), "en": ("on", "from", "off", "in", "of")}
DETERMINERS = {
    "un", "une", "du", "de", "la", "le", "l", "les", "mon", "ma", "mes", "son", "sa", "ses",
    "a", "an", "the", "my", "your", "his", "her", "of", "out",
}  # fmt: skip

ORDINALS = (
    {"first", "1st", "premier", "premiere"},
    {"second", "2nd", "deuxieme", "seconde"},
    {"third", "3rd", "troisieme"},
)
ARTICLES = {
    "the",
    "one",
    "le",
    "la",
    "l",
    "celui",
    "celle",
    "please",
    "plait",
    "s",
    "il",
    "te",
    "vous",
}


def ordinal_of(text: str, count: int) -> int | None:
    """ "the second one", "la deuxième" → 1; "last"/"dernier" → the last option."""
    words = [w.strip("'") for w in normalise(text).split() if w.strip("'") not in ARTICLES]
    if len(words) != 1:
        return None
    if words[0] in ("last", "dernier", "derniere"):
        return count - 1 if count else None
    for index, names in enumerate(ORDINALS):
        if index < count and words[0] in names:
            return index
    return None


def common_words(names: list[list[str]], locale: str) -> frozenset[str]:
    """Words in the names of more than half of the things named (``names``: each thing's
    names), when there are three things or more: they name none in particular. A stain
    remover's guides are nearly all "… stain", « Tache de … »."""
    if len(names) < 3:
        return frozenset()
    from catalog.normalise import analyse

    counts: dict[str, int] = {}
    for own in names:
        words = {t.text for name in own for t in analyse(name, locale) if not t.stop}
        for word in words:
            counts[word] = counts.get(word, 0) + 1
    return frozenset(word for word, count in counts.items() if count * 2 > len(names))


def particular_words(matcher: NameMatcher, text: str, common: frozenset[str]) -> str:
    """``text`` without its function words and the ``common`` words: what it names in
    particular ("" for "a stain", « une tache »), read as the guide matcher reads a phrase."""
    tokens = matcher.analyse(text)
    return " ".join(t.surface for t in tokens if not t.stop and t.text not in common)


_OPENINGS = {
    "en": ("it s a", "it s an", "it s", "it is a", "it is an", "it is", "its a", "its",
           "that s a", "that s", "this is a", "this is"),
    "fr": ("en fait c est une", "en fait c est un", "en fait c est", "c est une", "c est un",
           "c est", "ce sont des", "ce sont"),
}  # fmt: skip
"""How a sentence names what it is before the name: "it's a grass stain", « c'est de l'encre »."""


def without_opening(slot: Slot, locale: str) -> Slot:
    """``slot`` without the words that open a naming sentence ("it's a grass stain" is the
    grass stain; Alexa's entity id, when it has one, stays)."""
    said = normalise(slot.text or "")
    for opening in _OPENINGS.get(locale[:2], ()):
        if said.startswith(opening + " ") and len(said) > len(opening) + 1:
            # the rest as heard (« c'est de la crème brûlée »: « de la crème brûlée »)
            words = list(_WORD.finditer(slot.text or ""))
            rest = words[len(opening.split())].start()
            return Slot((slot.text or "")[rest:], slot.entity_id)
    return slot


_WORD = re.compile(r"\w+")


def only_opening(slot: Slot, locale: str) -> bool:
    """Whether ``slot`` holds nothing but the opening of a naming sentence: « c'est » of « c'est
    sur mes draps », where the stain slot took the words before the fabric."""
    said = normalise(slot.text or "")
    return bool(said) and said in _OPENINGS.get(locale[:2], ())


_THE_GUIDE = {
    "en": {"guide", "method", "instructions", "steps", "recipe", "it"},
    "fr": {"guide", "methode", "recette", "etapes", "instructions", "explications"},
}
"""Words that name the guide being followed, not a stain: "back to the guide", « reprends la
méthode » (with ``DETERMINERS``, and "pour"/"for" when the stain follows them)."""


def names_the_guide(slot: Slot, locale: str) -> bool:
    """Whether ``slot`` names "the guide" (the one followed) rather than a stain: "the guide",
    "the method", « la méthode », « le guide »."""
    words = [w for w in normalise(slot.text or "").split() if w not in DETERMINERS]
    own = _THE_GUIDE.get(locale[:2], set())
    return bool(words) and all(w in own for w in words)


_THE_START = {"en": {"beginning", "start", "top"}, "fr": {"debut", "commencement"}}
"""Words for the first step of the guide followed: "back to the beginning", « retour au début »."""


def names_the_start(slot: Slot, locale: str) -> bool:
    """Whether ``slot`` names the start of the guide followed ("the beginning", « le début »)
    rather than a stain."""
    words = [w for w in normalise(slot.text or "").split() if w not in DETERMINERS]
    return len(words) == 1 and words[0] in _THE_START.get(locale[:2], set())
