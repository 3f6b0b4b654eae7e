"""What each word of a query is to the shopper, beside its text: a function word, a relative
size word ("petit", "big") and its companion ("format", "size"), a count of containers, a
size label, what they do not want ("without the pole"), their own verb (« dépanne-moi »).
See ``Token.role`` in :mod:`catalog.normalise`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from catalog.folding import singular, strip_accents
from catalog.lexicon import DEGREE_WORDS, IMPERATIVE_PRONOUNS, NEGATIONS, function_word
from catalog.number_words import ONE_ARTICLES
from catalog.numbers import lang_table
from catalog.size_words import SIZE_COMPANIONS, SIZE_WORDS
from catalog.units import CONTAINER_OF, CONTAINERS, COUNT_UNITS

if TYPE_CHECKING:
    from catalog.normalise import Token

__all__ = ["SIZE_LABELS", "mark_roles", "word_role"]

SIZE_LABELS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        {"taille", "pointure", "diametre", "format", "contenance", "volume", "longueur"}
    ),
    "en": frozenset({"size", "sized", "diameter", "capacity", "volume", "length"}),
}


def word_role(plain: str, previous: str, lang: str) -> str:
    """The role of one folded word said after ``previous`` ("" for a plain word)."""
    sizes = lang_table(SIZE_WORDS, lang)
    if plain in sizes:
        return sizes[plain]
    if function_word(plain, lang):
        return "function"
    if plain in lang_table(DEGREE_WORDS, lang):
        return "degree"  # "high gloss": a stop word where no title has it
    if previous in sizes and plain in lang_table(SIZE_COMPANIONS, lang):
        return "companion"  # "grand format", "travel size": part of the size word
    if singular(plain) in COUNT_UNITS:
        return "count"  # "deux paquets de ...", "three bottles of ...": maybe a container
    if plain in SIZE_LABELS.get(lang, ()):
        return "label"  # "king size", « taille 40 »: says nothing where no title says it
    return ""


def mark_roles(tokens: list[Token], lang: str, known: Callable[[str], bool] | None) -> None:
    """The roles a word takes from its neighbours, set in place: a companion said before its
    size word, and (when the catalog's words are known) what is negated and the shopper's
    verb."""
    if known is not None:
        _negated(tokens, lang, known)
        _imperatives(tokens, lang, known)
    # A companion said before its size word too ("le format réduit", "the size small"); a
    # container before "de"/"of" ("deux pots de miel").
    _and_up(tokens, lang)
    companions = lang_table(SIZE_COMPANIONS, lang)
    of = CONTAINER_OF.get(lang, frozenset())
    for at in range(len(tokens) - 1):
        token = tokens[at]
        if (
            token.role in ("", "label")
            and token.text in companions
            and tokens[at + 1].role in _SIZED
        ):
            tokens[at] = replace(token, role="companion")
        elif (
            token.role == ""
            and token.text in CONTAINERS
            and (tokens[at + 1].text in of or _counted(tokens, at, lang))
        ):
            tokens[at] = replace(token, role="count")
        elif token.role == "" and token.text in _SCALES.get(lang, ()) and _value(tokens[at + 1]):
            # « échelle N », "scale HO": a model's scale, labelled; the letter after it is the
            # scale, no elided « n' ».
            tokens[at] = replace(token, role="label")
            if tokens[at + 1].role == "function" and not tokens[at + 1].stop:
                tokens[at + 1] = replace(tokens[at + 1], role="")


def _counted(tokens: list[Token], at: int, lang: str) -> bool:
    """A container said right after how many ("quatre pots vernis bois", "a jar honey"): the
    shopper counts in it, whatever follows (a misheard word would follow a noun)."""
    if not at:
        return False
    before = tokens[at - 1]
    return before.number or before.text in lang_table(ONE_ARTICLES, lang)


_SIZED = frozenset({"small", "large"})
# Words that label a size only before its value: « une échelle » is a ladder, « échelle N » and
# "scale HO" are a model's scale.
_SCALES = {"fr": frozenset({"echelle"}), "en": frozenset({"scale"})}


def _value(token: Token) -> bool:
    """A size's value right after its label: a number, or a code of one or two letters."""
    return token.number or (len(token.surface) <= 2 and token.surface.isalpha())


def _negated(tokens: list[Token], lang: str, known: Callable[[str], bool]) -> None:
    """The word after "without" / « sans » (past articles) is what the shopper does not want:
    role ``"negated"``, and the negation a stop word. A catalog that writes such phrases
    itself ("sans parfum") keeps them as words."""
    for at, token in enumerate(tokens):
        said = strip_accents(token.surface)  # "sans", not its singular "san"
        if said not in NEGATIONS.get(lang, ()) or known(said) or known(token.text):
            continue
        tokens[at] = replace(token, stop=True)
        after = next((i for i in range(at + 1, len(tokens)) if not tokens[i].stop), None)
        if after is not None and not tokens[after].number and tokens[after].role == "":
            tokens[after] = replace(tokens[after], role="negated")


def _imperatives(tokens: list[Token], lang: str, known: Callable[[str], bool]) -> None:
    """A word the catalog does not have, joined to an object pronoun that ends the chain
    (« dépanne-moi », « prévois-nous », not « arc-en-ciel »): the shopper's verb."""
    pronouns = IMPERATIVE_PRONOUNS.get(lang, frozenset())
    for at in range(len(tokens) - 1):
        verb, pronoun = tokens[at], tokens[at + 1]
        if (
            verb.glued
            and not verb.stop
            and not verb.number
            and verb.role == ""
            and pronoun.text in pronouns
            and not pronoun.glued
            and not known(verb.text)
        ):
            tokens[at] = replace(verb, role="function")
    _first_verb(tokens, lang, known)


# Object pronouns after the verb that opens an English request ("pack me the tape", "fetch us").
_EN_OBJECTS = frozenset({"me", "us"})


def _first_verb(tokens: list[Token], lang: str, known: Callable[[str], bool]) -> None:
    """The first word, one the catalog does not have, right before "me" / "us" ("pack me",
    "fetch us two ..."): the shopper's verb."""
    if lang != "en" or len(tokens) < 3:
        return
    verb, pronoun = tokens[0], tokens[1]
    if (
        not verb.stop
        and not verb.number
        and verb.role == ""
        and pronoun.text in _EN_OBJECTS
        and not known(verb.text)
    ):
        tokens[0] = replace(verb, role="function")


# What a title writes "+" for after a number ("ages 8+", "SPF 50+"), said: "8 plus", "eight and
# up", « 8 ans et plus ».
_AND_UP = {"fr": frozenset({"plus"}), "en": frozenset({"plus", "up", "over", "older", "above"})}


def _and_up(tokens: list[Token], lang: str) -> None:
    """A "plus" said after a number, with no number after it, is the title's "+": no word of
    its own (a "plus" before a number is its sign: "plus two fifty")."""
    ups = _AND_UP.get(lang, frozenset())
    for at, token in enumerate(tokens):
        if token.text not in ups or token.stop or not at:
            continue
        before = tokens[at - 1] if not tokens[at - 1].stop or at < 2 else tokens[at - 2]
        after = tokens[at + 1] if at + 1 < len(tokens) else None
        if before.number and not (after is not None and after.number):
            tokens[at] = replace(token, stop=True)
