"""A name half remembered: "the igl-something extension cord", « un flotteur niv je sais plus
quoi », "zorb whatever it's called". The hedge after a word says that word is only the start
of a name; the hedge itself names nothing. :func:`hedged` drops the hedge and marks the word
before it, which :meth:`catalog.readings.SpanReadings.prefixed` then reads as the beginning of
a catalog word."""

from __future__ import annotations

from catalog.numbers import Word

__all__ = ["hedged", "without_asides"]

# Longest first, as spoken words with accents stripped (the words of Word.plain).
_HEDGES: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": tuple(
        tuple(phrase.split())
        for phrase in (
            "whatever it s called",  # "it's" as read: "it", "s" dropped
            "whatever it called",
            "whatever its called",
            "whatever they re called",
            "whatever they called",
            "something or other",
            "or something like that",
            "or something",
            "something like that",
            "whatever it is",
            "or whatever",
            "something",
            "whatever",
        )
    ),
    "fr": tuple(
        tuple(phrase.split())
        for phrase in (
            "je ne sais plus quoi",
            "je sais plus quoi",
            "je sais plus trop",
            "quelque chose comme ca",
            "un truc comme ca",
            "ou un truc du genre",
            "quelque chose",
            "un truc",
            "machin",
            "truc",
        )
    ),
}
_MIN_START = 2  # letters of a name said before the hedge


def hedged(words: list[Word], lang: str, stopwords: frozenset[str]) -> list[Word]:
    """``words`` without the hedges that follow a word, that word marked ``prefix``. A hedge
    after a function word ("for something") or a number is left to the rest of the reading."""
    hedges = _HEDGES.get(lang, ())
    out: list[Word] = []
    at = 0
    while at < len(words):
        before = out[-1] if out else None
        phrase = _said_at(words, at, hedges)
        if (
            phrase is not None
            and before is not None
            and not before.stop
            and before.plain not in stopwords
            and before.number is None
            and before.plain.isalpha()
            and len(before.plain) >= _MIN_START
        ):
            before.prefix = True
            at += len(phrase)
            continue
        out.append(words[at])
        at += 1
    return out


# Asides said in the middle of a request while the shopper looks for a word ("the what do you
# call it 4 inch roller", « anneau comment ça s'appelle de sangle »): they name nothing, wherever
# they are said. As spoken words with accents stripped; "what's" is read "what", "s". (« je veux
# dire », "i mean" take a word back: :mod:`catalog.correction_phrases`.)
_ASIDES: dict[str, tuple[tuple[str, ...], ...]] = {
    lang: tuple(sorted((tuple(p.split()) for p in phrases), key=len, reverse=True))
    for lang, phrases in {
        "en": (
            "what do you call it",
            "what do you call them",
            "what do they call it",
            "what do they call them",
            "what s it called",
            "what is it called",
            "what are they called",
            "what s the word",
            "what s the name",
            "how do you say",
            "you know what i mean",
            "let me see",
            "lemme see",
            "let me think",
            "so to speak",
            "if you will",
        ),
        "fr": (
            "comment ca s appelle",
            "comment ca s appelle deja",
            "comment ca s appelait",
            "comment on appelle ca",
            "comment on appelle ca deja",
            "comment tu appelles ca",
            "comment dire",
            "comment on dit",
            "comment on dit ca",
            "c est quoi le nom",
            "c est quoi le mot",
            "voyons voir",
            "attends voir",
            "pour ainsi dire",
            "si on veut",
        ),
    }.items()
}


def without_asides(words: list[Word], lang: str) -> list[Word]:
    """``words`` without the asides (see ``_ASIDES``) said between them."""
    asides = _ASIDES.get(lang, ())
    out: list[Word] = []
    at = 0
    while at < len(words):
        phrase = _said_at(words, at, asides)
        if phrase is not None:
            at += len(phrase)
            continue
        out.append(words[at])
        at += 1
    return out


def _said_at(
    words: list[Word], at: int, phrases: tuple[tuple[str, ...], ...]
) -> tuple[str, ...] | None:
    """The first of ``phrases`` said from ``words[at]`` (only those that begin with that word
    are compared whole)."""
    first = words[at].plain
    for phrase in phrases:
        if phrase[0] == first and tuple(w.plain for w in words[at : at + len(phrase)]) == phrase:
            return phrase
    return None
