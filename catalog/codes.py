"""Model codes: letters and digits written as one ("TX302", "H7", "5W30", "TN-2420", "7A") and
said in pieces ("t x three oh two", "aitch seven", "cinq double vé trente", « te en tiret deux
quatre deux zéro », "seven ay").

A title's code is read as tokens the writer glued ("tx" "302"); the index keeps it whole too,
as one word ("tx302") standing for those positions (:func:`code_units`). A query's letters
(written, or said by their names: "aitch", « ache », « double vé »), digits and numbers in a
row are glued back into the codes they may spell (:func:`code_spans`); one the catalog has is
read as that word. Digits said one by one or as a number spell the same code ("deux quatre
deux zéro" and "two thousand four hundred twenty" are both 2420).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from catalog.folding import language
from catalog.lexicon import CODE_SEPARATORS, LETTER_NAMES, LETTER_PAIRS
from catalog.normalise import Token

__all__ = ["code_spans", "code_units", "said_separators"]

MAX_CODE_TOKENS = 8  # "t x three oh two" is five; « te en tiret deux quatre deux zéro » eight
MAX_LETTERS = 2  # a written token this short may be a code's letters ("tx", "h")


def _is_code(text: str) -> bool:
    return any(c.isdigit() for c in text) and any(c.isalpha() for c in text)


def code_units(tokens: Sequence[Token]) -> list[tuple[str, int, int]]:
    """The codes of a title: runs of tokens the writer glued that mix letters and digits, as
    (code, first position, last position)."""
    units: list[tuple[str, int, int]] = []
    start = 0
    while start < len(tokens):
        end = start
        while end < len(tokens) - 1 and tokens[end].glued:
            end += 1
        run = tokens[start : end + 1]
        if end > start and all(t.text.isalnum() for t in run):
            text = "".join(t.text for t in run)
            if _is_code(text):
                units.append((text, start, end))
        start = end + 1
    return units


def _part(tokens: Sequence[Token], at: int, lang: str) -> tuple[str, int] | None:
    """What the token at ``at`` adds to a code said in pieces, and how many tokens it takes;
    None: it is no part of a code."""
    token = tokens[at]
    if token.number:
        return (token.text, 1) if token.text.isdigit() else None
    if at + 1 < len(tokens):
        letter = LETTER_PAIRS.get(lang, {}).get((token.text, tokens[at + 1].text))
        if letter is not None:
            return letter, 2
    named = LETTER_NAMES.get(lang, {}).get(token.text)
    if named is not None:
        return named, 1
    if token.text.isalpha() and len(token.text) <= MAX_LETTERS:
        return token.text, 1
    if token.text in CODE_SEPARATORS.get(lang, frozenset()):
        return "", 1
    return None


def code_spans(tokens: Sequence[Token], locale: str) -> Iterator[tuple[int, int, str]]:
    """Every run of two or more tokens that may spell a code, as (first, last, code): letters
    and digits, or letters said one by one ("cé èl" for CL, "ixe èl" for XL)."""
    lang = language(locale)
    for start in range(len(tokens)):
        text = ""
        at = start
        spelt = True  # every part so far one letter
        while at < len(tokens) and at - start < MAX_CODE_TOKENS:
            part = _part(tokens, at, lang)
            if part is None or (at == start and not part[0]):
                break
            text += part[0]
            spelt = spelt and len(part[0]) == 1 and part[0].isalpha()
            at += part[1]
            if at - start > 1 and (_is_code(text) or spelt):
                yield start, at - 1, text


def said_separators(
    tokens: Sequence[Token], locale: str, knows: Callable[[str], bool]
) -> list[Token]:
    """``tokens`` with a separator said aloud between two numbers or letters ("24 slash 6" for
    "24/6", "pg dash 545") made a stop word, unless the catalog ``knows`` it as a word of its
    own ("dash cam")."""
    separators = CODE_SEPARATORS.get(language(locale), frozenset())
    out = list(tokens)
    for at in range(1, len(out) - 1):
        token = out[at]
        if token.stop or token.text not in separators or knows(token.text):
            continue
        before, after = out[at - 1], out[at + 1]
        if all(
            t.number or (t.text.isalpha() and len(t.text) <= MAX_LETTERS) for t in (before, after)
        ):
            out[at] = replace(token, stop=True)
    return out
