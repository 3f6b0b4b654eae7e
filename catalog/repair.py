"""Repairs of what a recogniser garbles beyond one word, for :class:`catalog.index.TextIndex`.

- **Words run together** ("basmatirice", "potde", "fouetmini", "tarpblew"): a query word the
  catalog does not have is cut in two when one part is a catalog word as heard and the other
  is a catalog word too, or close to one, and the two stand together in some product's name
  ("two brands glued are not a product"), and the cut explains more of the heard word than
  the one catalog word nearest to it whole ("fudcontainer" is "fud" ~ "food" and
  "container", not "container" with letters to spare); or when one part is a word of the
  language that names no product (a size word: "mini", "biggest"; a function word after:
  "potde") and the other is a catalog word.
- **A word heard too far off to look up** ("stylo bye noir" for "stylo bille noir", "green
  tee", "post i"): a query word the catalog does not know, standing next to words a product
  explains, is read as the word of that product's name that stands there and was not said,
  when the two begin alike and are spelt half alike. The product's noun is never guessed
  this way unless part of it was surely said ("ferta nature collier" is no "confiture"),
  and its brand never is ("marvi flower pot" is not Solfleu Max's).
- **The shopper's own words before the name** ("il nous reste plus de papier alu", "we ran
  out of paper towels", "faudrait qu'on rachète du ..."): words the catalog does not know,
  before the first word a product explains and before an article, a partitive, a pronoun or
  a request verb that comes before it (a lone preposition joins nouns instead: "machine à
  café"; an adverb may end a brand: "kora plus"), are the shopper's, not a brand we do not sell: a brand stands
  against the noun it names ("solea adoucissant"). So is a word known as a verb by its place:
  after a French object pronoun (« tu saurais me dégoter »), opening the request before an
  English particle ("slip in", "hook me up with"), or before a preposition that brings the
  verb's object right before the name ("running low on"). A link word among them ("une housse pour
  la poêle", "acme's detergent") keeps them in: they may name another product. After the
  name, words opened by a possessive ("in my basket", « sur ma liste ») are the shopper's
  too, unless a link word comes first ("une coque pour mon samsung").
- **Words that are most likely the shopper's, but not surely** ("brake pads on the double",
  « patins de frein pour mamie »): unknown words after the name past function words that tie
  no brand to it. They do not rule a product out, but a product whose brand is not surely
  said is then only asked about, never sold. (Before the name, an unknown word after an
  article is as likely a brand we do not sell: "i'd like some acme detergent".)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from catalog.codes import said_separators
from catalog.folding import language
from catalog.lexicon import (
    ARTICLES,
    BEFORE_INFINITIVES,
    BEFORE_VERBS,
    BRAND_LINKS,
    INFINITIVE_ENDINGS,
    LINK_WORDS,
    NOUN_JOINERS,
    OBJECT_PREPOSITIONS,
    PARTICLES,
    PHRASAL_OBJECTS,
    POSSESSIVES,
    request_word,
)
from catalog.normalise import Token, query_word, word_form, word_text, word_use
from catalog.self_repairs import brand_corrections, false_starts, said_again, said_twice
from catalog.size_readings import (
    convert_sizes,
    join_hundreds,
    letter_sizes,
    numbers_in_names,
    single_units,
    split_numbers,
    unknown_counts,
)
from catalog.spelling import first_sound
from catalog.vocabulary import DOUBTFUL, MAX_JOIN, RUN_PIECE_MAX

if TYPE_CHECKING:
    from catalog.index import QueryMatch, TextIndex

__all__ = [
    "GAP_SIM",
    "fill_gaps",
    "lead_words",
    "loose_words",
    "repaired",
    "split_merged",
    "trail_words",
]

MIN_SPLIT_PART = 3  # a catalog part of a word run together
MIN_INFINITIVE = 4  # letters of a word read as an infinitive by its ending ("dire" is one)
MIN_LEXICON_PART = 2  # "de" in "potde"
NEAR_SPLIT_SIM = 0.75  # a guessed part beside a catalog word it stands with in some name
GAP_SIM = 0.75  # the similarity credited to a word read from its place in a name
GAP_RATIO = 50.0


def repaired(index: TextIndex, tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` after every repair that needs the catalog, in order: a brand corrected, words
    said twice and false starts dropped (:mod:`catalog.self_repairs`), numbers in names kept,
    verbs known by their place dropped, words run together cut in two, words the catalog does not have made stop words
    (:meth:`TextIndex.soft_words`), letter sizes, hundreds and sizes read
    (:mod:`catalog.size_readings`)."""
    tokens = said_twice(index, brand_corrections(index, list(tokens)))
    tokens = false_starts(index, said_again(index, tokens))
    tokens = numbers_in_names(index, said_separators(tokens, index.locale, index.knows))
    tokens = unknown_counts(index, split_numbers(index, tokens))
    tokens = index.soft_words(split_merged(index, placed_verbs(index, tokens)))
    tokens = letter_sizes(index, single_units(index, tokens))
    return convert_sizes(index, join_hundreds(index, tokens))


def placed_verbs(index: TextIndex, tokens: list[Token]) -> list[Token]:
    """``tokens`` with a verb known by its place before the name (see :func:`_verb`: « je
    viens chercher ... », "you guys have ...") made a stop word when the catalog does not
    have it as written, even if it has a word near it ("viens" ~ "vent"). A catalog word
    opening the request before a particle the catalog does not have is a verb too ("set
    aside a tart pan" in a shop selling sets of cutters)."""
    lang = language(index.locale)
    out = list(tokens)
    for at, token in enumerate(out):
        if not token.stop and not token.number and index.word_id(token.text) is not None:
            # ("jeans outta zentek": "out of" brings a brand, "jeans" is no verb)
            particle = (
                at + 1 < len(out)
                and index.word_id(out[at + 1].text) is None
                and (at + 2 >= len(out) or out[at + 2].text not in BRAND_LINKS.get(lang, ()))
            )
            if particle and _verb(out, at, lang) and out[at + 1].text in PARTICLES.get(lang, ()):
                out[at] = replace(token, stop=True, soft=True)
                continue
            break  # the name begins
        if (
            not token.stop
            and not token.number
            and _verb(out, at, lang)
            and not _glued_back(index, out, at)
        ):
            out[at] = replace(token, stop=True, soft=True)
    return out


def _glued_back(index: TextIndex, tokens: Sequence[Token], at: int) -> bool:
    """The word at ``at`` and the pronoun before it, glued with at most one more short
    word, read as a catalog word: a name heard in pieces (« mé zé » for Mézé, « sé gri »
    for Segri), not a pronoun and its verb."""
    if at == 0:
        return False
    for end in range(at + 1, min(len(tokens), at + MAX_JOIN - 1) + 1):
        pieces = tokens[at - 1 : end]
        if end > at + 1 and (pieces[-1].number or len(pieces[-1].surface) > RUN_PIECE_MAX):
            break
        text, keys = word_form("".join(t.surface for t in pieces), index.locale)
        found = index.lookup(text, keys, joined=True)
        if any(sim >= DOUBTFUL for sim in found.values()):
            return True
    return False


def split_merged(index: TextIndex, tokens: list[Token]) -> list[Token]:
    """``tokens`` with each word run together from two cut in two (see the module doc)."""
    out: list[Token] = []
    for token in tokens:
        text = token.text
        if (
            token.stop
            or token.number
            or token.role
            or len(text) < MIN_LEXICON_PART + MIN_SPLIT_PART
            or index.knows(text)
        ):
            out.append(token)
            continue
        best: tuple[float, int] | None = None
        for cut in range(MIN_LEXICON_PART, len(text) - MIN_LEXICON_PART + 1):
            sim = _split_sim(index, text[:cut], text[cut:])
            if sim and (best is None or sim > best[0]):
                best = (sim, cut)
        if best is None or _whole_sim(index, token) >= best[0]:
            out.append(token)
            continue
        cut = best[1]
        out += [query_word(text[:cut], index.locale), query_word(text[cut:], index.locale)]
    return out


def _split_sim(index: TextIndex, left: str, right: str) -> float:
    """How likely ``left + right`` is two words said together (0: not)."""
    words = [index.word_id(word_text(part)) for part in (left, right)]
    if words[0] is None and words[1] is None:
        return 0.0  # neither part a catalog word (most cuts of a brand we do not sell)
    parts = (left, right)
    for side, other in ((0, 1), (1, 0)):
        known = words[side]
        if known is None or len(parts[side]) < MIN_SPLIT_PART:
            continue
        if words[other] is not None and len(parts[other]) >= MIN_SPLIT_PART:
            return 1.0 if index.together(known, words[other] or 0) else 0.0
        if _lexicon(parts[other], index, before_brand=other == 0 and _brand_word(index, known)):
            return 1.0
        if len(parts[other]) < MIN_SPLIT_PART:
            continue
        found = index.lookup(*word_form(parts[other], index.locale))
        near = {w: s for w, s in found.items() if s >= NEAR_SPLIT_SIM}
        guessed = max((near[w] for w in index.companions(known, near)), default=0.0)
        if not guessed:
            return 0.0
        # The share of the heard word explained: the catalog part wholly, the other nearly.
        return (len(parts[side]) + guessed * len(parts[other])) / (len(left) + len(right))
    return 0.0


def _lexicon(part: str, index: TextIndex, before_brand: bool) -> bool:
    """A word of the language that names no product of this catalog: a size word on either
    side ("fouetmini", "grospapier"), a function word after ("potde") or before a word of
    no brand (« dethé »): glued before a brand word, it would read a brand we do not sell
    ("Delux") as one we do ("Lux")."""
    if len(part) < MIN_LEXICON_PART or index.knows(word_text(part)):
        return False
    stop, role = word_use(part, index.locale)
    return role in ("small", "large", "companion") or (
        not before_brand and (stop or role == "function")
    )


def _brand_word(index: TextIndex, wid: int) -> bool:
    """The word stands in a brand (or the index cannot tell)."""
    masks = index.brand_masks
    return masks is None or index.in_brand(wid, masks)


def _whole_sim(index: TextIndex, token: Token) -> float:
    return max(index.lookup(token.text, token.keys).values(), default=0.0)


def fill_gaps(
    index: TextIndex,
    qm: QueryMatch,
    positions: Sequence[int],
    placed: list[tuple[int, int, int, int]],
    used_doc: int,
    sure: int,
    protected: int,
    forbidden: int,
) -> tuple[float, int, int]:
    """Credit, query mask and document mask of the unknown query words read as the unsaid
    word of the document that stands in their place. ``placed``: the aligned pairs as
    (query start, query end, document start, document end); ``protected``: document
    positions that may be guessed only when another of them was surely said (the noun);
    ``forbidden``: positions never guessed (the brand: a brand heard that far off is
    another brand)."""
    credit = 0.0
    query_mask = doc_mask = 0
    tokens = qm.tokens
    for u in qm.unknown:
        if any(qs <= u <= qe for qs, qe, _, _ in placed):
            continue
        heard = tokens[u].text
        best: tuple[float, int] | None = None
        for qs, qe, ds, de in placed:
            if qe < u and all(tokens[i].stop for i in range(qe + 1, u)):
                d = _next_word(positions, de, 1)
            elif qs > u and all(tokens[i].stop for i in range(u + 1, qs)):
                d = _next_word(positions, ds, -1)
            else:
                continue
            if d is None or (used_doc | doc_mask) >> d & 1:
                continue
            bit = 1 << d
            if bit & forbidden or (protected & bit and not protected & sure):
                continue
            word = index.word(positions[d])
            if index.numeric(positions[d]) or first_sound(word) != first_sound(heard):
                continue
            ratio = fuzz.ratio(heard, word)
            alike = ratio >= GAP_RATIO or word.startswith(heard) or heard.startswith(word)
            if alike and (best is None or ratio > best[0]):
                best = (ratio, d)
        if best is not None:
            credit += qm.weights[u] * GAP_SIM
            query_mask |= 1 << u
            doc_mask |= 1 << best[1]
    return credit, query_mask, doc_mask


def _next_word(positions: Sequence[int], at: int, step: int) -> int | None:
    """The next document position from ``at`` in direction ``step`` that is a word."""
    d = at + step
    while 0 <= d < len(positions):
        if positions[d] >= 0:
            return d
        d += step
    return None


def lead_words(
    index: TextIndex, tokens: Sequence[Token], unknown: Sequence[int], first: int
) -> list[int]:
    """The unknown positions before ``first`` (the first position a catalog word explains)
    that are the shopper's own words: before a parting word (an article, a pronoun, a request
    verb) that comes before the name with no link word after it, and that parting word not a
    piece of a catalog word ("vanilys ça vont de marseille": "ça vont" is "savon"). Unknown
    words between the parting word and the name stay unknown ("if you don't mind ...")."""
    lang = language(index.locale)
    links = LINK_WORDS.get(lang, frozenset())
    joiners = NOUN_JOINERS.get(lang, frozenset())
    particles = PARTICLES.get(lang, frozenset())
    verb: int | None = None
    cut = first - 1
    while cut >= 0:
        token = tokens[cut]
        if token.text in links and not (
            cut and (tokens[cut - 1].text in particles or _verb(tokens, cut - 1, lang))
        ):
            return []  # "une housse pour la poêle": what comes before may be another product
        if (
            token.stop
            and (token.text not in joiners or _object_preposition(tokens, cut, first, lang))
            and (not token.soft or request_word(token.text, lang))
        ):
            break
        if not token.stop and _verb(tokens, cut, lang):
            verb = cut
            break
        # The name follows directly ("solea adoucissant"), or through a preposition that
        # makes one name of two nouns ("machine à café"), or through words that may end a
        # brand ("kora plus adoucissant"): no parting word yet.
        cut -= 1
    if cut < 0:
        return []
    for start in range(max(0, cut - MAX_JOIN + 1), cut + 1):
        for end in range(max(start + 2, cut + 1), min(first, start + MAX_JOIN) + 1):
            pieces = tokens[start:end]
            if not all(t.stop for t in pieces):
                continue
            text, keys = word_form("".join(t.surface for t in pieces), index.locale)
            if index.lookup(text, keys, joined=True):
                return []
    lead: list[int] = [] if verb is None else [verb]
    unknown_set = set(unknown)
    for position in range(cut - 1, -1, -1):
        if tokens[position].text in links:
            break
        if position in unknown_set:
            lead.append(position)
    return lead


_CONTRACTED = frozenset({"m", "re", "ve", "ll"})
_PERSON_ENDINGS = frozenset({("vous", "ez"), ("nous", "ns")})


def _verb(tokens: Sequence[Token], at: int, lang: str) -> bool:
    """The word at ``at`` is a verb by its place: right after a pronoun that only stands
    before a verb (« tu saurais me dégoter », "i'm running"), after « vous » / « nous » with
    their verb ending (« vous proposez »), or
    opening the request before an English particle ("slip in")."""
    if at and lang == "fr" and (tokens[at - 1].text, tokens[at].text[-2:]) in _PERSON_ENDINGS:
        return True  # « vous proposez », « nous voulons »: the verb says whose it is
    if (
        at
        and tokens[at - 1].text in BEFORE_INFINITIVES.get(lang, ())
        and len(tokens[at].text) >= MIN_INFINITIVE
        and tokens[at].text.endswith(INFINITIVE_ENDINGS.get(lang, ()))
    ):
        return True  # « fais venir … », « laisserais tenter par … »
    if at and tokens[at - 1].text in BEFORE_VERBS.get(lang, frozenset()):
        # A contracted verb ("'m", "'ve") is one only glued to its pronoun ("ve llyzo" is
        # a brand cut in two).
        contracted = lang == "en" and tokens[at - 1].text in _CONTRACTED
        return not contracted or (at > 1 and tokens[at - 2].glued)
    particle = at + 1
    if particle < len(tokens) and tokens[particle].text in PHRASAL_OBJECTS.get(lang, ()):
        particle += 1  # "top me up on …"
    return (
        particle < len(tokens)
        and tokens[particle].text in PARTICLES.get(lang, frozenset())
        and all(t.stop for t in tokens[:at])
    )


def _object_preposition(tokens: Sequence[Token], at: int, first: int, lang: str) -> bool:
    """The preposition at ``at`` stands right before the name and after a word the catalog
    does not know: it brings the object of the shopper's verb ("running low on ...")."""
    return (
        at == first - 1
        and tokens[at].text in OBJECT_PREPOSITIONS.get(lang, frozenset())
        and at > 0
        and not tokens[at - 1].stop
    )


def trail_words(
    tokens: Sequence[Token], unknown: Sequence[int], last: int, locale: str
) -> list[int]:
    """The unknown positions after ``last`` (the last position a catalog word explains) that
    are the shopper's own words: function words follow the name and, before any link word,
    one of them is a possessive ("watering can in my basket")."""
    lang = language(locale)
    links = LINK_WORDS.get(lang, frozenset())
    possessives = POSSESSIVES.get(lang, frozenset())
    position = last + 1
    while position < len(tokens) and tokens[position].stop:
        if tokens[position].text in links:
            return []
        if tokens[position].text in possessives:
            return [p for p in unknown if p > position]
        position += 1
    return []


def loose_words(
    tokens: Sequence[Token], unknown: Sequence[int], last: int, locale: str
) -> list[int]:
    """The unknown positions after ``last`` (the last position a catalog word explains) that
    are most likely the shopper's own words, not surely: past function words none of which
    ties a brand to the name ("brake pads on the double", « patins de frein pour mamie »)."""
    lang = language(locale)
    links = BRAND_LINKS.get(lang, frozenset())
    position = last + 1
    if position < len(tokens) and tokens[position].text in ARTICLES.get(lang, frozenset()):
        return []  # "thé vrac le petit atelier": maybe a brand
    while position < len(tokens) and tokens[position].stop:
        if tokens[position].text in links:
            return []
        position += 1
    if position == last + 1:
        return []
    # Past a brand link further on ("... tu vois côté marque ekdulbor"), a brand may follow.
    link = next(
        (p for p in range(position, len(tokens)) if tokens[p].stop and tokens[p].text in links),
        len(tokens),
    )
    return [p for p in unknown if last < p < link]
