"""The shopper's own words around a product name, told from a brand we do not sell, for
:class:`catalog.index.TextIndex` and :func:`catalog.repair.repaired`.

- **The shopper's own words before the name** ("il nous reste plus de papier alu", "we ran
  out of paper towels", "faudrait qu'on rachète du ..."): words the catalog does not know,
  before the first word a product explains and before an article, a partitive, a pronoun or
  a request verb that comes before it (a lone preposition joins nouns instead: "machine à
  café"; an adverb may end a brand: "kora plus"), are the shopper's, not a brand we do not
  sell: a brand stands against the noun it names ("solea adoucissant"). So is a word known
  as a verb by its place: after a French object pronoun (« tu saurais me dégoter »),
  opening the request before an English particle ("slip in", "hook me up with"), or before
  a preposition that brings the verb's object right before the name ("running low on"). A
  link word among them ("une housse pour la poêle", "acme's detergent") keeps them in: they
  may name another product. After the
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

from catalog.folding import language, strip_accents
from catalog.lexicon import (
    ARTICLES,
    BEFORE_INFINITIVES,
    BEFORE_VERBS,
    BRAND_LINKS,
    IMPERATIVE_PRONOUNS,
    INFINITIVE_ENDINGS,
    LINK_WORDS,
    NOUN_JOINERS,
    OBJECT_PREPOSITIONS,
    PARTICLES,
    PHRASAL_OBJECTS,
    PLACE_PREPOSITIONS,
    POSSESSIVES,
    request_word,
)
from catalog.normalise import Token, word_form
from catalog.readings import RUN_PIECE_MAX
from catalog.vocabulary import DOUBTFUL, MAX_JOIN

if TYPE_CHECKING:
    from catalog.index import TextIndex

__all__ = ["lead_words", "loose_words", "placed_verbs", "trail_words"]

MIN_INFINITIVE = 4  # letters of a word read as an infinitive by its ending ("dire" is one)


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
            cut
            and (
                tokens[cut - 1].text in particles
                or _verb(tokens, cut - 1, lang)
                or request_word(tokens[cut - 1].text, lang)  # "an order for", « commande pour »
            )
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
    if first == cut + 2 and cut + 1 in unknown_set and _place(tokens, cut, lang):
        lead.append(cut + 1)  # "pop in my cart ochre slip"
    for position in range(cut - 1, -1, -1):
        if tokens[position].text in links:
            break
        if position in unknown_set:
            lead.append(position)
    return lead


def _place(tokens: Sequence[Token], at: int, lang: str) -> bool:
    """Where the shopper wants the product put opens at ``at``: a preposition of place and a
    determiner ("in my", « dans le »), or « au » alone."""
    if lang == "fr" and tokens[at].text in ("au", "aux"):
        return True
    places = PLACE_PREPOSITIONS.get(lang, frozenset())
    determiners = ARTICLES.get(lang, frozenset()) | POSSESSIVES.get(lang, frozenset())
    before = strip_accents(tokens[at - 1].surface.lower()) if at > 0 else ""
    if tokens[at].text in _INDEFINITE:
        return False  # "slap on a bloomridge tulip": a brand, not where to put it
    return tokens[at].text in determiners and before in places  # "dans", not its "dan"


_INDEFINITE = frozenset({"a", "an", "un", "une"})


_CONTRACTED = frozenset({"m", "re", "ve", "ll"})
_PERSON_ENDINGS = frozenset({("vous", "ez"), ("nous", "ns")})


def _verb(tokens: Sequence[Token], at: int, lang: str) -> bool:
    """The word at ``at`` is a verb by its place: right after a pronoun that only stands
    before a verb (« tu saurais me dégoter », "i'm running"), after « vous » / « nous » with
    their verb ending (« vous proposez »), or
    opening the request before an English particle ("slip in")."""
    if at and lang == "fr" and (tokens[at - 1].text, tokens[at].text[-2:]) in _PERSON_ENDINGS:
        return True  # « vous proposez », « nous voulons »: the verb says whose it is
    before = at - 1
    if before > 0 and tokens[before].text in IMPERATIVE_PRONOUNS.get(lang, ()):
        before -= 1  # « fais-moi venir … », « laisse-moi essayer … »
    if (
        at
        and tokens[before].text in BEFORE_INFINITIVES.get(lang, ())
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
