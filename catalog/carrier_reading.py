"""Carrier phrases found in what was said: "I want to buy", « je voudrais », the interaction
model's own (:mod:`catalog.carriers`) dropped at either end of a query (:func:`drop_fillers`),
and the last request said inside a sentence after the shopper's context
(:func:`inner_carrier`)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from catalog.carriers import CARRIERS, OPENINGS
from catalog.correction_phrases import CORRECTIONS, WEAK_CORRECTIONS
from catalog.folding import language, singular
from catalog.lexicon import IMPERATIVE_PRONOUNS, function_word, request_word
from catalog.number_words import number_and_unit_words
from catalog.numbers import FUZZY_WORD_CUTOFF, FUZZY_WORD_LENGTH, Word, lang_table
from catalog.said_words import STOPWORDS, split_words, word_set

__all__ = ["drop_fillers", "inner_carrier"]


@lru_cache(maxsize=32)
def _fillers(lang: str, extra: tuple[str, ...] = ()) -> tuple[tuple[str, int], ...]:
    """Carrier phrases (general ones and ``extra``) as (letters without spaces, word count),
    longest first."""
    phrases = set()
    for phrase in (*lang_table(CARRIERS, lang), *extra):
        words = tuple(w.plain for w in split_words(phrase, lang))
        if words:
            phrases.add(words)
    ordered = sorted(phrases, key=len, reverse=True)
    return tuple(("".join(p), len(p)) for p in ordered)


def drop_fillers(
    words: list[Word], lang: str, extra: tuple[str, ...], known: Callable[[str], bool] | None
) -> list[Word]:
    """Drop carrier phrases at either end, again and again ("alexa je voudrais ... merci").
    A phrase of n words may be said in n words or n + 1 (one word cut in two: "je vou drais")
    and, when long, one slip away ("commaande") — but a word the catalog has is said as
    such, even cut in two (« sachets », « sa chets » are no slip of « achètes »)."""
    exact, fuzzy, longest = _filler_table(lang, extra)
    numbers = number_and_unit_words(lang)
    while words:
        opening = _opening(words, lang)
        if opening:
            words = words[opening:]
            continue
        best = (0.0, 0, 0)  # score, words covered, +1 leading / -1 trailing
        reach = min(len(words), longest + 1)
        # Words no slip of a carrier may take (read once per round, for both ends).
        kept = [
            w.plain in numbers
            or w.plain[:1].isdigit()
            or (known is not None and known(singular(w.plain)))
            for w in (words if len(words) <= 2 * reach else words[:reach] + words[-reach:])
        ]
        for size in range(1, reach + 1):
            for side in (1, -1):
                part = words[:size] if side > 0 else words[-size:]
                said = "".join(w.plain for w in part)
                if said in exact[size]:
                    best = max(best, (101.0, size, side))
                elif fuzzy[size] and not (
                    any(kept[:size] if side > 0 else kept[-size:])
                    or (size > 1 and known is not None and known(singular(said)))
                ):
                    # ("un mètre" is no slip of "mettre", « sept pour la fin de semaine » of
                    # « pour la fin de la semaine »)
                    from rapidfuzz import fuzz, process  # on the first fuzzy look, not at import

                    choices = fuzzy[size] if size > 1 else _long(fuzzy[size])
                    found = process.extractOne(
                        said, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_WORD_CUTOFF
                    )
                    if found is not None:
                        best = max(best, (found[1], size, side))
        score, size, side = best
        if not score:
            return words[_carrier_after_opening(words, lang, exact, longest) :]
        if side < 0:
            words = words[:-size]
        elif _carrier_first(words[size:], lang, exact, longest):
            # « j'aimerais | mettre la main sur », "i need | to get my hands on": the next
            # round drops it
            words = words[size + (words[size].plain == "to") :]
        else:
            words = words[size + _verb_after(words[size:], lang, known) :]
    return words


def inner_carrier(text: str, locale: str, carriers: tuple[str, ...] = ()) -> int:
    """Where the last request said *inside* ``text`` begins, the words before it a context
    of the shopper's (« on remet la piscine en route, vous pouvez me réserver … », "for my
    dad's birthday could i get …"): a carrier phrase of two words or more, or function words
    with a subject and a verb; words after it, a clause before it (three words or more,
    a function word among them) with no number; 0 otherwise."""
    lang = language(locale)
    words = split_words(text, lang)
    exact, _, longest = _filler_table(lang, carriers)
    for start in range(len(words) - 2, 0, -1):
        if function_word(words[start - 1].plain, lang):
            continue  # the run begins earlier
        run = start
        while run < len(words) - 1 and function_word(words[run].plain, lang):
            run += 1
        # "…, a stain stick and the ink remover": after "and" a request must be said anew,
        # or the words before it are the list's first items, not a context.
        at = start + (words[start].plain in _LIST_JOINS[lang])
        said = tuple(w.plain for w in words[at:run])
        request = _subject_and_verb(list(said), lang) and not any(
            said[: len(phrase)] == phrase for phrase in _corrections(lang)
        )  # « je me suis trompé » takes a word back: no context before it
        if request or any(
            "".join(w.plain for w in words[at : at + size]) in exact[size]
            for size in range(2, min(longest + 1, len(words) - at - 1) + 1)
        ):
            before = words[:start]
            clause = len(before) >= MIN_CONTEXT_WORDS and any(
                function_word(w.plain, lang) for w in before
            )
            return start if clause and all(w.number is None for w in before) else 0
    return 0


_LIST_JOINS = {"fr": frozenset({"et", "plus"}), "en": frozenset({"and", "plus"})}

MIN_CONTEXT_WORDS = 3  # a context is a clause (« pour mon père, … »), not a name ("vanilys …")


MAX_VERB_WORDS = 3  # words of the shopper's verb after a request phrase ("me trouver")


def _carrier_first(
    words: list[Word], lang: str, exact: dict[int, frozenset[str]], longest: int
) -> bool:
    """``words`` begin with a carrier phrase of two words or more, said exactly ("to" before
    it in English)."""
    if lang == "en" and words and words[0].plain == "to":
        words = words[1:]
    return any(
        "".join(w.plain for w in words[:size]) in exact[size]
        for size in range(2, min(len(words) - 1, longest) + 1)
    )


def _verb_after(words: list[Word], lang: str, known: Callable[[str], bool] | None) -> int:
    """How many words after a request phrase are the shopper's verb (« je souhaiterais
    acquérir … », "i'd like to purchase …", « il me faut racheter … »): request verbs
    (:func:`catalog.lexicon.request_word`), "to" before them, none a catalog word, more words
    after them; 0 otherwise."""
    start = at = 1 if lang == "en" and words and words[0].plain == "to" else 0
    while (
        at < len(words) - 1
        and at - start < MAX_VERB_WORDS
        and words[at].number is None
        and _request_verb(words[at].plain, lang)
        and not (known is not None and known(singular(words[at].plain)))
    ):
        at += 1
    return at if at > start else 0


# Who asks, before the verb of a request (« vous pouvez … », « il vous reste … »).
_SUBJECTS = {
    "fr": word_set("je j tu il on nous vous"),
    "en": word_set("i you we"),
}


@lru_cache(maxsize=4)
def _corrections(lang: str) -> tuple[tuple[str, ...], ...]:
    """The correction phrases (:mod:`catalog.correction_phrases`), folded as said."""
    phrases = (*CORRECTIONS.get(lang, ()), *WEAK_CORRECTIONS.get(lang, ()))
    return tuple(tuple(w.plain for w in split_words(" ".join(p), lang)) for p in phrases)


def _subject_and_verb(run: list[str], lang: str) -> bool:
    """Function words with a subject and, after it, a verb: a request (« vous pouvez me
    réserver », « qu'il vous reste »), not a link (« côté marque »)."""
    subjects = _SUBJECTS.get(lang, frozenset())
    at = next((i for i, word in enumerate(run) if word in subjects), None)
    return at is not None and any(
        _request_verb(word, lang) or (len(word) > 3 and word not in lang_table(STOPWORDS, lang))
        for word in run[at + 1 :]
    )


def _request_verb(word: str, lang: str) -> bool:
    """A request verb, no pronoun ("me", « nous » may begin a brand: « Nous Sel »)."""
    return (
        len(word) > 2
        and word not in IMPERATIVE_PRONOUNS.get(lang, frozenset())
        and request_word(word, lang)
    )


def _opening(words: list[Word], lang: str) -> int:
    """How many words a greeting or a word to go on (:data:`OPENINGS`) takes at the start of
    ``words``, said exactly, never all of them."""
    openings, longest = _openings(lang)
    for size in range(min(longest, len(words) - 1), 0, -1):
        if tuple(w.plain for w in words[:size]) in openings:
            return size
    return 0


@lru_cache(maxsize=4)
def _openings(lang: str) -> tuple[frozenset[tuple[str, ...]], int]:
    phrases = frozenset(
        tuple(w.plain for w in split_words(p, lang)) for p in lang_table(OPENINGS, lang)
    )
    return phrases, max((len(p) for p in phrases), default=0)


def _carrier_after_opening(
    words: list[Word], lang: str, exact: dict[int, frozenset[str]], longest: int
) -> int:
    """How many words open the request when a carrier phrase follows the shopper's own first
    words (« colle-moi dans le panier … », « faut qu'on mette au panier … »): those words —
    function words, an imperative with its pronoun — and the phrase, which may begin among
    them; 0 otherwise. Only a phrase said exactly, and never the last words."""
    pronouns = IMPERATIVE_PRONOUNS.get(lang, frozenset())
    run = 0
    while run < len(words) and (
        function_word(words[run].plain, lang)
        or (words[run].glued and run + 1 < len(words) and words[run + 1].plain in pronouns)
    ):
        run += 1
    for start in range(1, run + 1):
        for size in range(min(longest + 1, len(words) - start - 1), 0, -1):
            if "".join(w.plain for w in words[start : start + size]) in exact[size]:
                return start + size
    return 0


MIN_FUZZY_ONE_WORD = 7  # letters of a filler one word may be a slip of ("encre" is no "encore")


def _long(phrases: list[str]) -> list[str]:
    return [phrase for phrase in phrases if len(phrase) >= MIN_FUZZY_ONE_WORD]


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
