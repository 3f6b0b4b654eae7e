"""What several flows end with: coming back to the guide in progress, or "anything else?".

A detour (a product question, the cart, an order) never drops a guide silently: the reply that
closes it reminds the shopper how to go on with the guide.
"""

from __future__ import annotations

import re
from itertools import pairwise

from payments.pin import parse_spoken_pin
from skill.questions import AnythingElse, GuideStep, Question, WhatNext
from skill.speech import Ssml
from skill.turn import Card, Reply, Turn


def follow_up(turn: Turn, *parts: str, card: Card | None = None, product: str = "") -> Reply:
    """``parts``, then "say next to go on with <guide>" when one is in progress, else
    "anything else?", with ``product`` (the one just talked about) still in focus."""
    guide = turn.guide_in_progress
    if guide is not None:
        return turn.ask(
            *parts,
            turn.say("guide_come_back", guide=turn.guide_name(guide)),
            question=GuideStep(guide),
            reprompt=turn.say("reprompt_next"),
            card=card,
        )
    return turn.ask(
        *parts,
        turn.say("anything_else"),
        question=AnythingElse(product=product),
        reprompt=turn.say("reprompt_welcome"),
        card=card,
    )


def what_next(turn: Turn, *parts: str, key: str = "guide_which") -> Reply:
    """``parts`` and an open question ("which stain? for example …" by default)."""
    return turn.ask(
        *parts,
        turn.say(key, examples=guide_examples(turn)),
        question=WhatNext(),
        reprompt=turn.say("reprompt_welcome"),
    )


def guide_examples(turn: Turn) -> Ssml:
    """A few guides to name as examples ("the blood stain, the candle wax or …"): the first
    ones of the content, in the merchant's order."""
    return turn.speaker.either([turn.guide_name(g) for g in list(turn.content.guides)[:3]])


def again(turn: Turn, question: Question, *parts: str) -> Reply:
    """``parts``, then the pending question asked again (its stored reprompt)."""
    stored = turn.state.reprompt
    reprompt = Ssml(stored) if stored else turn.say("reprompt_generic")
    return turn.ask(*parts, reprompt, question=question, reprompt=reprompt)


_DIGIT_RUN = re.compile(r"[0-9]{4,}")
_WORD = re.compile(r"\w+")
MAX_HEARD_WORDS = 6
"""Longer than this, what was heard is a sentence: said back whole, it sounds like a parrot
("I don't have a method for "so my kid got grass all over his jeans and…""): the reply says
it did not catch the name instead."""


def heard(text: str | None) -> str | None:
    """What the shopper said, when it is safe and short enough to say back: never four digits
    or more, nor four spoken digits anywhere in it ("le code quatre huit deux six"), nor two
    numbers in a row or a leading number, which may be a PIN said at the wrong moment; never a
    whole sentence (``MAX_HEARD_WORDS``). Said back as heard (the slot's words, « pâte
    d'amande », accents and apostrophes kept), never folded."""
    if not text or _DIGIT_RUN.search(text):
        return None
    words = text.split()
    if len(_WORD.findall(text)) > MAX_HEARD_WORDS:
        return None  # words as a recogniser folds them: « l'herbe » is two
    spans = ((a, b) for a in range(len(words)) for b in range(a + 1, len(words) + 1))
    if any(parse_spoken_pin(" ".join(words[a:b])) is not None for a, b in spans):
        return None  # "code four eight two six": a PIN inside the words, never said back
    if _numbers_as_a_pin_is_said(text):
        return None  # "pin forty eight twenty six", « quarante-huit vingt-six »
    return text


def _numbers_as_a_pin_is_said(text: str) -> bool:
    """Two numbers said in a row ("forty eight twenty six", "eight two six"), or words that
    start with a number: the rest of a PIN whose first digits the recogniser took as how many
    ("add four eight two six" is 4 of "eight two six"). In either language."""
    from catalog.normalise import normalise  # not at a launch: most turns never say back

    for locale in ("fr-FR", "en-US"):
        said = normalise(text, locale, query=False).split()
        if said and said[0].isdigit():
            return True
        if any(a.isdigit() and b.isdigit() for a, b in pairwise(said)):
            return True
    return False


def spoken_number(record_id: str) -> str:
    """The last six characters of an order or donation id, grouped by three, to note down."""
    tail = record_id[-6:].upper()
    return f"{tail[:3]} {tail[3:]}"
