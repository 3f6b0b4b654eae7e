"""What a shopper takes back while speaking, undone before a query is matched.

People correct themselves mid-sentence, and a recogniser writes it all down:

- **words said twice** ("lave-glace lave-glace", "bac à à peinture", "9 9 vitesses"): said
  once, unless the catalog says them twice ("Bel Bel", "fleu fleu" for "Fleufleu", "99");
- **a word begun and begun again** ("les câb les câbles", "the san the sandpaper"): the
  fragment is dropped when the next word (past function words) begins with it and the
  catalog does not have the fragment as a word;
- **a correction** ("250 g non pardon 1 kilo", "the h 11 make that the h 4", "le grain cent
  vingt je me trompe le grain deux cent quarante", "ornwyn ah non vent debout"): after a
  phrase that takes back what came before, the words taken back are dropped. A repair that
  begins with a number takes back the last amount said (the number and what follows it, a
  dimension, "dix par quatre mètres", or a code such as "5 w 30" before it); any other
  repair takes back the words right before the phrase that the catalog never names with
  it ("pantry lane red wine scratch that apple cider": "red wine", not the brand; « poivre
  noir de kampot non pardon timut »), or, where the catalog cannot tell, as many words as
  it has, back to the last function word (and the amount of a unit so taken back: "2500
  feuilles"). The phrases are a language's own ("scratch that", "wait no", "nope", "oops",
  "let me rephrase", « je me suis trompé », « pardon je voulais dire », « non non », « oups »);
  one that is as often a filler or a word of names ("i mean", "correction", « enfin non »)
  is a correction only where the catalog tells what it takes back.

A repair that restates the words it takes back, opening with the same word and going on in
the same shape ("the black on yellow no sorry the white on clear"), takes back from that word.
A lone "non"/"no" is a correction only before an article or a number ("9 millimeters no
twenty four millimeter", « la été non la hiver »), before such a restatement (« pointe nylon
non pointe bois »), or between two brands of the catalog
("golden hinge no bremen"): "non parfumé" and "no rush" say something else. Corrections are
undone as the query is read (:mod:`catalog.normalise`), repeats, false starts and brands
taken back by the index, which knows the catalog's words; a correction the rules cannot
place is left as said.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from catalog.folding import language, singular
from catalog.lexicon import ARTICLES, function_word
from catalog.numbers import Word, lang_table
from catalog.size_words import relative_size
from catalog.units import DIMENSION_MARKS, is_unit

if TYPE_CHECKING:
    from catalog.index import TextIndex
    from catalog.normalise import Token

__all__ = [
    "Apart",
    "brand_corrections",
    "false_starts",
    "said_again",
    "said_twice",
    "undo_corrections",
]

# Phrases that take back what was just said, longest first, as plain words.
_CORRECTIONS: dict[str, tuple[tuple[str, ...], ...]] = {
    "fr": (
        ("euh", "non", "plutot"),
        ("je", "veux", "dire"),
        ("pardon", "je", "voulais", "dire"),
        ("je", "voulais", "dire"),
        ("je", "me", "suis", "trompe"),
        ("je", "me", "suis", "trompee"),
        ("je", "me", "trompe"),
        ("non", "attends"),
        ("non", "plutot"),
        ("ou", "plutot"),
        ("non", "pardon"),
        ("non", "non"),
        ("oups",),
        ("ah", "non"),
        ("euh", "non"),
        ("oh", "non"),
        ("pardon",),
        ("plutot",),
    ),
    "en": (
        ("let", "me", "rephrase"),
        ("oops", "i", "mean"),
        ("no", "sorry"),
        ("no", "wait"),
        ("wait", "no"),
        ("nope",),
        ("oops",),
        ("or", "rather"),
        ("scratch", "that"),
        ("make", "that"),
        ("sorry",),
        ("actually",),
    ),
}
# Phrases as often fillers: a correction only where the catalog tells what they take back.
_WEAK_CORRECTIONS: dict[str, tuple[tuple[str, ...], ...]] = {
    "fr": (("enfin", "non"),),
    "en": (("i", "mean"), ("correction",)),
}
Apart = Callable[[str, str], bool]
"""Whether the catalog has both words and no name has them together
(:meth:`catalog.vocabulary.Vocabulary.apart`): one may be said for the other."""
# Phrases that take back a size word only when another follows ("small i mean large",
# « petit enfin moyen », "large no medium"): elsewhere fillers or something else ("no rush");
# "small or large" asks, it takes nothing back.
_SIZE_CORRECTIONS: dict[str, tuple[tuple[str, ...], ...]] = {
    "fr": (("enfin",), ("non",)),
    "en": (("i", "mean"), ("no",)),
}
MAX_SIZE_BACK = 3  # words back from a correction where the size word taken back may stand
# A lone no: a correction only when an article or a number follows.
_NO = {"fr": "non", "en": "no"}
_PARTITIVES = frozenset({"du", "de", "des", "d"})
MAX_REPEAT = 3  # words in a run said twice ("lave-glace lave-glace" is four)
MIN_FRAGMENT = 2  # letters of a word begun and begun again
MIN_MORE = 2  # letters the word said in full has beyond the fragment
MAX_RESTATED = 5  # words a repair may restate ("the black on yellow" is four)
MAX_REPAIR_WORDS = 3  # words of a repair compared with those it may take back
SHORT_CODE = 2  # a letter or two beside a number: part of a code ("5 w 30", "h 11")


def _function(word: Word, lang: str) -> bool:
    return word.number is None and function_word(word.plain, lang)


def _marker_at(words: list[Word], index: int, lang: str, apart: Apart | None) -> int:
    """How many words the correction phrase at ``index`` has (0: none there)."""
    plain = [w.plain for w in words]
    for phrase in _CORRECTIONS.get(lang, ()):
        if tuple(plain[index : index + len(phrase)]) == phrase:
            return len(phrase)
    for phrase in _SIZE_CORRECTIONS.get(lang, ()):
        size = len(phrase)
        repair = index + size
        taken = _size_taken_back(words, index, repair, lang)
        if tuple(plain[index:repair]) == phrase and taken is not None:
            return size  # "small i mean large", « grand enfin moyen »
    if _no_taking_back(words, index, lang):
        return 1
    if apart is None:
        return 0
    for phrase in _WEAK_CORRECTIONS.get(lang, ()):
        repair = index + len(phrase)
        if (
            tuple(plain[index:repair]) == phrase
            and _apart_before(words, index, repair, lang, apart) is not None
        ):
            return len(phrase)  # "black i mean white", « bleu canard enfin non jaune »
        if tuple(plain[index:repair]) == phrase and _no_taking_back(words, repair - 1, lang):
            return len(phrase)  # « lot de 500 enfin non le lot de cent »
    return 0


def _no_taking_back(words: list[Word], index: int, lang: str) -> bool:
    """Whether the "no" at ``index`` (alone or ending a phrase, « enfin non ») takes back
    what came before: an article or a number follows it, or a restatement (« pointe nylon
    non pointe bois »)."""
    if words[index].plain != _NO.get(lang) or index + 1 >= len(words):
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
        start = _taken_back(words, index, index + size, lang, apart)
        words = words[:start] + words[index + size :]
        index = max(start, 1)
    return words


def _taken_back(words: list[Word], marker: int, repair: int, lang: str, apart: Apart | None) -> int:
    """Where the words the correction at ``marker`` takes back begin (``marker``: none)."""
    restated = _restated(words, marker, repair, lang)
    if restated is not None:
        return restated
    size_word = _size_taken_back(words, marker, repair, lang)
    if size_word is not None:
        return size_word
    first = repair
    while first < len(words) and _function(words[first], lang):
        first += 1
    if first >= len(words):
        return marker
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
            code = len(before.plain) <= SHORT_CODE and not _function(before, lang)
            if before.number is None and not code and not dimension:
                break
            start -= 1
        return start
    told = _apart_before(words, marker, repair, lang, apart) if apart is not None else None
    if told is not None:
        return told
    said = 0  # the repair's words, up to the next function word
    at = first
    while at < len(words) and not _function(words[at], lang):
        said += 1
        at += 1
    start = marker
    while start > 0 and not _function(words[start - 1], lang) and marker - start < said:
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
        if not _function(words[at], lang):
            said.append(singular(words[at].plain))
        elif said:
            break
        at += 1
    start = None
    at = marker - 1
    while at >= 0 and marker - at <= MAX_RESTATED and words[at].number is None:
        if not _function(words[at], lang):
            taken = singular(words[at].plain)
            if not any(apart(taken, word) for word in said):
                break
            start = at
        at -= 1
    return start


def said_twice(index: TextIndex, tokens: list[Token]) -> list[Token]:
    """``tokens`` with a run of one to three words said again right after itself ("lave-glace
    lave-glace", "bac à à peinture") said once, unless the catalog says it twice ("Bel Bel",
    "fleu fleu" for "Fleufleu", "9 9" where it has 99) or it is a letter ("x x l")."""
    out: list[Token] = []
    index_at = 0
    while index_at < len(tokens):
        for size in range(MAX_REPEAT, 0, -1):
            run = tokens[index_at : index_at + size]
            if (
                len(run) == size
                and len(out) >= size
                and [t.text for t in run] == [t.text for t in out[-size:]]
                and not _catalog_twice(index, run)
                and not (size == 1 and _letter(run[0]))
            ):
                index_at += size
                break
        else:
            out.append(tokens[index_at])
            index_at += 1
    return out


def _letter(token: Token) -> bool:
    """A letter said alone: said twice, it spells ("x x l", "a a batteries")."""
    return len(token.surface) == 1 and token.surface.isalpha()


def said_again(index: TextIndex, tokens: list[Token]) -> list[Token]:
    """``tokens`` with a catalog word said again further on ("sleeping bag twenty degree
    bag") made a stop word, unless some name has it twice or it is a letter."""
    seen: set[str] = set()
    out = list(tokens)
    for at, token in enumerate(out):
        if token.stop or token.number or len(token.text) < 3 or index.word_id(token.text) is None:
            continue  # (letters come again: "t s hirt ... taille s")
        if token.text in seen and not _catalog_twice(index, [token]):
            out[at] = replace(token, stop=True)
        seen.add(token.text)
    return out


def _catalog_twice(index: TextIndex, run: Sequence[Token]) -> bool:
    joined = "".join(t.text for t in run) * 2
    if index.word_id(joined) is not None:
        return True
    return any(
        wid is not None and index.twice_in_a_name(wid)
        for wid in (index.word_id(t.text) for t in run if not t.stop)
    )


def false_starts(index: TextIndex, tokens: list[Token]) -> list[Token]:
    """``tokens`` without a word begun and begun again ("les câb les câbles")."""
    dropped: set[int] = set()
    for at, token in enumerate(tokens):
        if token.number or token.stop or len(token.surface) < MIN_FRAGMENT:
            continue
        after = at + 1
        while after < len(tokens) and after <= at + 2 and tokens[after].stop:
            after += 1
        if after >= len(tokens) or after > at + 2:
            continue
        full = tokens[after]
        if (
            not full.number
            and full.surface.startswith(token.surface)
            and len(full.surface) >= len(token.surface) + MIN_MORE
            and index.word_id(token.text) is None
        ):
            dropped.add(at)
    return [t for i, t in enumerate(tokens) if i not in dropped]


def brand_corrections(index: TextIndex, tokens: list[Token]) -> list[Token]:
    """``tokens`` without a brand taken back by a lone "no"/"non" that another brand follows
    ("golden hinge no bremen's", « weskquibbrem bros non morvvanddul »)."""
    brands = index.brand_masks
    no = _NO.get(language(index.locale))
    if brands is None or no is None:
        return tokens

    def brand(token: Token) -> bool:
        wid = None if token.stop or token.number else index.word_id(token.text)
        return wid is not None and index.in_brand(wid, brands)

    for at in range(1, len(tokens) - 1):
        if tokens[at].text == no and brand(tokens[at + 1]) and brand(tokens[at - 1]):
            start = at - 1
            while start > 0 and brand(tokens[start - 1]):
                start -= 1
            return tokens[:start] + tokens[at + 1 :]
    return tokens
