"""Corrections a shopper makes while speaking, undone before a query is matched
(:func:`undo_corrections`, called by :mod:`catalog.normalise`).

A **correction** ("250 g non pardon 1 kilo", "the h 11 make that the h 4", "le grain cent
vingt je me trompe le grain deux cent quarante", "ornwyn ah non vent debout"): after a phrase
that takes back what came before, the words taken back are dropped. A repair that begins with
a number takes back the last amount said (the number and what follows it, a dimension, "dix
par quatre mètres", or a code such as "5 w 30" or "t8" before it); any other repair takes back
the words right before the phrase that the catalog never names with it ("pantry lane red wine
scratch that apple cider": "red wine", not the brand; « poivre noir de kampot non pardon
timut »; "winter i meant summer"), or, where the catalog cannot tell, as many words as it has,
back to the last function word (and the amount of a unit so taken back: "2500 feuilles"). A
letter said alone is a value there ("size s or rather m"), not a contraction's.

The phrases are a language's own ("scratch that", "wait no", "nope", "oops", "i meant", "let
me rephrase", « je me suis trompé », « pardon je voulais dire », « non non », « oups »); phrases
said together ("no wait i meant", « euh pardon ») are one correction. One that is as often a
filler or a word of names ("i mean", "correction", "make it", « enfin non », « en fait »,
« disons ») is a correction only where the catalog tells what it takes back, before a
restatement, or an amount said for an amount ("make it three" is how many).

A repair that restates the words it takes back, opening with the same word and going on in
the same shape ("the black on yellow no sorry the white on clear"), takes back from that word.
A lone "non"/"no" is a correction only before an article or a number ("9 millimeters no twenty
four millimeter", « la été non la hiver »), before such a restatement (« pointe nylon non pointe
bois »), between two words no name has together ("winter no summer gloves"), or between two
brands of the catalog ("golden hinge no bremen", :func:`catalog.self_repairs.brand_corrections`):
"non parfumé" and "no rush" say something else. A correction the rules cannot place is left as
said.
"""

from __future__ import annotations

from collections.abc import Callable

from catalog.correction_phrases import (
    CORRECTIONS,
    HOW_MANY,
    MAX_PHRASE,
    SIZE_CORRECTIONS,
    WEAK_CORRECTIONS,
)
from catalog.folding import singular
from catalog.lexicon import ARTICLES, function_word, hesitation
from catalog.numbers import Word, lang_table
from catalog.size_words import relative_size
from catalog.units import DIMENSION_MARKS, is_unit

__all__ = ["NO", "Apart", "undo_corrections"]

Apart = Callable[[str, str], bool]
"""Whether the catalog has both words and no name has them together
(:meth:`catalog.vocabulary.Vocabulary.apart`): one may be said for the other."""
MAX_SIZE_BACK = 3  # words back from a correction where the size word taken back may stand
# A lone no: a correction only when an article or a number follows.
NO = {"fr": "non", "en": "no"}  # a lone no (also between brands: catalog.self_repairs)
_PARTITIVES = frozenset({"du", "de", "des", "d"})
MAX_RESTATED = 5  # words a repair may restate ("the black on yellow" is four)
MAX_REPAIR_WORDS = 3  # words of a repair compared with those it may take back
SHORT_CODE = 2  # a letter or two beside a number: part of a code ("5 w 30", "h 11")


def _function(word: Word, lang: str) -> bool:
    return word.number is None and function_word(word.plain, lang)


_ONE_LETTER_WORDS = {"fr": frozenset({"a", "y"}), "en": frozenset({"a", "i"})}


def _function_at(words: list[Word], at: int, lang: str) -> bool:
    """:func:`_function`, but a letter said alone is a value ("size s or rather m", "t8"),
    not the "s" or "m" of a contraction ("i'm", glued to the word before it) nor an elided
    article (« l'eau »)."""
    word = words[at]
    elided = word.glued and not (at + 1 < len(words) and words[at + 1].number is not None)
    letter = (
        len(word.plain) == 1
        and word.plain.isalpha()
        and not elided  # « l'eau »; "t8" is a letter and a number
        and not (at and words[at - 1].glued)
        and word.plain not in _ONE_LETTER_WORDS.get(lang, frozenset())
    )
    return not letter and _function(word, lang)


def _marker_at(words: list[Word], index: int, lang: str, apart: Apart | None) -> int:
    """How many words the correction phrase at ``index`` has (0: none there)."""
    plain = [w.plain for w in words]
    first = plain[index]
    for phrase in CORRECTIONS.get(lang, ()):
        if phrase[0] == first and tuple(plain[index : index + len(phrase)]) == phrase:
            return len(phrase)
    for phrase in SIZE_CORRECTIONS.get(lang, ()):
        size = len(phrase)
        repair = index + size
        if (
            phrase[0] == first
            and tuple(plain[index:repair]) == phrase
            and _size_taken_back(words, index, repair, lang) is not None
        ):
            return size  # "small i mean large", « grand enfin moyen »
    if _no_taking_back(words, index, lang):
        return 1
    if (
        apart is not None
        and plain[index] == NO.get(lang)
        and index + 1 < len(words)
        and _apart_before(words, index, index + 1, lang, apart) is not None
    ):
        return 1  # "winter no summer gloves": two values no name has together
    if apart is None:
        return 0
    for phrase in WEAK_CORRECTIONS.get(lang, ()):
        repair = index + len(phrase)
        if (
            tuple(plain[index:repair]) == phrase
            and _apart_before(words, index, repair, lang, apart) is not None
        ):
            return len(phrase)  # "black i mean white", « bleu canard enfin non jaune »
        if tuple(plain[index:repair]) == phrase and (
            _no_taking_back(words, repair - 1, lang)
            or _restated(words, index, repair, lang) is not None
            or (phrase not in HOW_MANY and _amount_for_amount(words, index, repair, lang))
        ):
            return len(
                phrase
            )  # « lot de 500 enfin non le lot de cent », "size s correction size m"
    return 0


def _amount_for_amount(words: list[Word], marker: int, repair: int, lang: str) -> bool:
    """The repair opens with an amount (a short code before it: "t 9") and one was said
    right before the phrase ("t8 en fait t9", "lot de 6 disons 12")."""
    at = repair
    while at < len(words) and at - repair <= 1 and words[at].number is None:
        if len(words[at].plain) > SHORT_CODE and not _function_at(words, at, lang):
            return False
        at += 1
    if at >= len(words) or words[at].number is None:
        return False
    return any(w.number is not None for w in words[max(0, marker - MAX_SIZE_BACK) : marker])


def _phrase_at(words: list[Word], index: int, lang: str) -> int:
    """How many words a correction phrase at ``index`` has, whatever follows it (0: none)."""
    plain = tuple(w.plain for w in words[index : index + MAX_PHRASE])
    for phrase in (*CORRECTIONS.get(lang, ()), *WEAK_CORRECTIONS.get(lang, ())):
        if plain[: len(phrase)] == phrase:
            return len(phrase)
    return 0


def _phrase_before(words: list[Word], index: int, lang: str) -> int:
    """How many words a correction phrase ending right before ``index`` has (0: none)."""
    plain = tuple(w.plain for w in words[max(0, index - MAX_PHRASE) : index])
    for phrase in (*CORRECTIONS.get(lang, ()), *WEAK_CORRECTIONS.get(lang, ())):
        if plain[len(plain) - len(phrase) :] == phrase:
            return len(phrase)
    return 0


def _no_taking_back(words: list[Word], index: int, lang: str) -> bool:
    """Whether the "no" at ``index`` (alone or ending a phrase, « enfin non ») takes back
    what came before: an article or a number follows it, or a restatement (« pointe nylon
    non pointe bois »)."""
    if words[index].plain != NO.get(lang) or index + 1 >= len(words):
        return False
    nxt = words[index + 1]
    if nxt.number is not None or nxt.plain in ARTICLES.get(lang, frozenset()) | _PARTITIVES:
        return True
    return _restated(words, index, index + 1, lang) is not None


def _restated(words: list[Word], marker: int, repair: int, lang: str) -> int | None:
    """Where the words a repair restates begin: the repair opens with a word said just
    before the correction and goes on in the same shape, function words where function words
    were ("the black on yellow no sorry the white on clear", « pointe nylon non pointe
    bois »). ``None``: the repair restates nothing."""
    if repair >= len(words) or words[repair].number is not None:
        return None
    opening = words[repair].plain
    for start in range(marker - 1, max(-1, marker - 1 - MAX_RESTATED), -1):
        if words[start].plain != opening:
            continue
        size = marker - start
        if repair + size > len(words):
            return None
        pairs = zip(words[start:marker], words[repair : repair + size], strict=True)
        if all(
            a.number is None and b.number is None and _function(a, lang) == _function(b, lang)
            for a, b in pairs
        ):
            # The head of a compound restated: the compound goes ("semi-dry scratch that dry").
            while start > 0 and words[start - 1].glued and words[start - 1].number is None:
                start -= 1
            return start
        return None
    return None


def _size_taken_back(words: list[Word], marker: int, repair: int, lang: str) -> int | None:
    """Where a size word taken back for another begins (its article with it): the repair
    opens, past an article, with a size word ("medium", « grand ») and one stands among the
    words right before the correction ("the small one no sorry the large", « moyen plutôt un
    grand »). ``None``: the repair is no size for a size."""
    articles = ARTICLES.get(lang, frozenset())
    at = repair
    while at < len(words) and words[at].plain in articles:
        at += 1
    if at >= len(words) or relative_size(words[at].plain, lang) is None:
        return None
    for start in range(marker - 1, max(-1, marker - 1 - MAX_SIZE_BACK), -1):
        if relative_size(words[start].plain, lang) is not None:
            return start - 1 if start > 0 and words[start - 1].plain in articles else start
    return None


def undo_corrections(words: list[Word], lang: str, apart: Apart | None = None) -> list[Word]:
    """``words`` with what a correction takes back dropped, the correction phrase too;
    ``apart`` tells which words the catalog never names together."""
    index = 1  # a correction needs something before it to take back
    while index < len(words):
        size = _marker_at(words, index, lang, apart)
        if not size:
            index += 1
            continue
        while index + size < len(words):  # "no wait i meant", « non pardon je voulais dire »
            more = _phrase_at(words, index + size, lang) or hesitation(
                words[index + size].plain, lang
            )
            if not more:
                break
            size += int(more)
        while index > 1:
            if _opens_correction(words[index - 1], lang):
                index, size = index - 1, size + 1  # « non je voulais dire », "uh sorry"
                continue
            before = _phrase_before(words, index, lang)
            if not before or index - before < 1:
                break
            index, size = index - before, size + before  # "hold on not that", « attends pardon »
        start = _taken_back(words, index, index + size, lang, apart)
        words = words[:start] + words[index + size :]
        index = max(start, 1)
    return words


def _opens_correction(word: Word, lang: str) -> bool:
    """A lone no or a hesitation right before a correction phrase is part of it."""
    return word.plain == NO.get(lang) or hesitation(word.plain, lang)


def _taken_back(words: list[Word], marker: int, repair: int, lang: str, apart: Apart | None) -> int:
    """Where the words the correction at ``marker`` takes back begin (``marker``: none)."""
    restated = _restated(words, marker, repair, lang)
    if restated is not None:
        return restated
    size_word = _size_taken_back(words, marker, repair, lang)
    if size_word is not None:
        return size_word
    first = repair
    while first < len(words) and _function_at(words, first, lang):
        first += 1
    if first >= len(words):
        return marker
    if (
        len(words[first].plain) <= SHORT_CODE
        and first + 1 < len(words)
        and words[first + 1].number is not None
    ):
        first += 1  # "t8 non je voulais dire t9": a code, an amount for an amount
    if words[first].number is not None:
        # An amount for an amount: back to the last number said, and a code around it.
        numbers = [i for i in range(marker) if words[i].number is not None]
        if not numbers:
            return marker
        start = numbers[-1]
        while start > 0:
            before = words[start - 1]
            dimension = (
                before.plain in lang_table(DIMENSION_MARKS, lang)
                and start > 1
                and words[start - 2].number
            )
            code = len(before.plain) <= SHORT_CODE and not _function_at(words, start - 1, lang)
            if before.number is None and not code and not dimension:
                break
            start -= 1
        return start
    told = _apart_before(words, marker, repair, lang, apart) if apart is not None else None
    if told is not None:
        return told
    said = 0  # the repair's words, up to the next function word
    at = first
    while at < len(words) and not _function_at(words, at, lang):
        said += 1
        at += 1
    start = marker
    while start > 0 and not _function_at(words, start - 1, lang) and marker - start < said:
        start -= 1
    taken = words[start] if start == marker - 1 else None
    if taken is not None and is_unit(taken) and start > 0 and words[start - 1].number is not None:
        start -= 1  # "2500 feuilles non pardon la ramette": the amount with its unit
    return start


def _apart_before(
    words: list[Word], marker: int, repair: int, lang: str, apart: Apart
) -> int | None:
    """Where the words taken back begin, as the catalog tells: the words right before the
    correction (function words between them) that no name has together with one of the
    repair's first words ("red wine" before "apple cider vinegar", not the brand before it).
    ``None``: the catalog tells nothing (a word it lacks, a number, a word it names with
    every word of the repair)."""
    said: list[str] = []
    at = repair
    while at < len(words) and len(said) < MAX_REPAIR_WORDS:
        if words[at].number is not None:
            break
        if not _function_at(words, at, lang):
            said.append(singular(words[at].plain))
        elif said:
            break
        at += 1
    start = None
    at = marker - 1
    while at >= 0 and marker - at <= MAX_RESTATED and words[at].number is None:
        if not _function_at(words, at, lang):
            taken = singular(words[at].plain)
            if not any(apart(taken, word) for word in said):
                break
            start = at
        at -= 1
    return start
