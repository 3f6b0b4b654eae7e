"""Moving along a guide's steps by ear: back one step, from the top, or to the step named ("what
was the first step again?", « reviens à l'étape 3 »), what to do when the stain stays ("it
didn't work"), and what to be careful about ("can I use hot water?"). "Next" reads on (:mod:`skill.flows.guides`).
"""

from __future__ import annotations

from catalog.model import Product
from skill.flows import offers, products
from skill.flows.common import follow_up, heard
from skill.flows.guides import (
    active_guide,
    ask_material,
    followed,
    no_guide,
    read_on,
    steps_heard,
    what_i_need,
)
from skill.flows.product_actions import described
from skill.questions import GuideStep, MaterialChoice, Question
from skill.turn import Reply, Slot, Slots, Turn

LAST = "last"
"""The STEP_ORDINAL id of "the last step", « la dernière étape »."""


def previous_step(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """Read the step before the last one heard; at the first step, say so and read it again."""
    found = followed(turn)
    if isinstance(found, Reply):
        return found
    guide, progress = found
    steps = guide.steps_for(turn.locale, progress.get("material"))
    target = max(min(progress["step"], len(steps)) - 2, 0)
    lead = turn.say("guide_first_step") if target == 0 else ""
    return _read_step(turn, guide.id, progress, steps, target, lead)


def start_over(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    found = followed(turn)
    if isinstance(found, Reply):
        return found
    guide, progress = found
    progress["step"] = 0
    progress.pop("done", None)
    restart = turn.say(
        "guide_restart", title=guide.text[turn.locale].title, guide=turn.guide_name(guide.id)
    )
    return read_on(turn, guide, [restart])


def step_said(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """The step named, by number or rank, read again; the guide goes on from there. A step the
    guide does not have is said so, with how many it has, and the guide waits where it was."""
    found = followed(turn)
    if isinstance(found, Reply):
        return found
    guide, progress = found
    steps = guide.steps_for(turn.locale, progress.get("material"))
    number = _number(slots, len(steps))
    if number is None or not 1 <= number <= len(steps):
        key = "guide_step_count" if number is None else "guide_no_such_step"
        return turn.ask(
            turn.say(key, number=number, count=len(steps)),
            turn.say("guide_say_next"),
            question=GuideStep(guide.id),
            reprompt=turn.say("reprompt_next"),
        )
    if number == len(steps):  # the last step ends the guide as "next" would: the offer, the deed
        progress["step"] = number - 1
        return read_on(turn, guide)
    return _read_step(turn, guide.id, progress, steps, number - 1)


def _number(slots: Slots, count: int) -> int | None:
    """The step asked for, from 1: a number said, or a rank ("first", « dernière »)."""
    rank = slots.get("ordinal", Slot())
    said = rank.entity_id or slots.get("number", Slot()).text or ""
    if said == LAST:
        return count
    return int(said) if said.isascii() and said.isdigit() else None


def _read_step(
    turn: Turn, guide: str, progress: dict, steps: tuple[str, ...], index: int, lead: str = ""
) -> Reply:
    """Read step ``index`` (from 0) alone; "next" goes on after it."""
    progress["step"] = index + 1
    progress["updated_at"] = turn.now
    steps_heard(progress, range(index, index + 1))
    progress.pop("done", None)
    return turn.ask(
        lead,
        turn.say("guide_step", number=index + 1, text=steps[index]),
        turn.say("guide_say_next"),
        question=GuideStep(guide),
        reprompt=turn.say("reprompt_next"),
    )


def still_there(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "It didn't work", « la tache est toujours là »: go over the steps again while it is damp
    ("start over" says them again), and the product the guide offers, with its own words for a
    stain that stays (its bridge), unless the shopper said no to it or has it in the cart."""
    guide = active_guide(turn)
    if guide is None:
        return no_guide(turn)
    lead = turn.say("guide_still_there", guide=turn.guide_name(guide.id))
    offer = offers.asked_for(turn, guide, lead)
    return offer if offer is not None else follow_up(turn, lead)


def cautions(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "Should I use hot water?", "can I put it in the dryer?", « à quoi je dois faire
    attention ? »: the guide's warnings, all of them (that is where a merchant writes what not
    to do), then the guide goes on; a guide with none says so. While a guide's fabric is
    asked, that guide's warnings, then the fabric again."""
    asked = question if isinstance(question, MaterialChoice) else None
    guide = turn.content.guides.get(asked.guide) if asked else active_guide(turn)
    if guide is None:
        return no_guide(turn)
    warnings = guide.text[turn.locale].warnings
    said = (
        [turn.say("guide_warning", warning=warnings[0]), *warnings[1:]]
        if warnings
        else [turn.say("guide_no_warning")]
    )
    if asked is not None:
        return ask_material(turn, guide, again=asked.again, lead=turn.speaker.join(*said))
    return follow_up(turn, *said)


def waits(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "How long do I leave it?", « combien de temps je laisse agir ? »: the steps of the method
    followed that say how long to wait, as written; a method with none says its steps follow
    one another. The guide goes on where it was. While a guide's fabric is asked, its general
    steps' waits, then the fabric again."""
    if isinstance(question, MaterialChoice) and question.guide in turn.content.guides:
        guide = turn.content.guides[question.guide]
        lead = turn.speaker.join(*_waits_said(turn, guide.timed_steps(turn.locale, None)))
        return ask_material(turn, guide, again=question.again, lead=lead)
    found = followed(turn)
    if isinstance(found, Reply):
        return found
    guide, progress = found
    return follow_up(
        turn, *_waits_said(turn, guide.timed_steps(turn.locale, progress.get("material")))
    )


def _waits_said(turn: Turn, timed: tuple[tuple[int, str], ...]) -> list[str]:
    if not timed:
        return [turn.say("guide_no_wait")]
    return [turn.say("guide_step", number=number, text=text) for number, text in timed]


def lacking(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "I don't have ox gall soap", « je n'ai pas de sel », "what can I use instead of salt?":
    what the guide's need list gives for the same job ("table salt or cornstarch": cornstarch),
    and the product, when the shop sells the thing or what replaces it (described, added on
    yes); neither, that the method knows no replacement. The guide waits where it was."""
    said = slots.get("item", Slot())
    if heard(said.text) is None:
        return what_i_need(turn, question, slots)
    guide = active_guide(turn)
    found = guide.instead_of(turn.locale, said.text or "") if guide else None
    others = list(found[1]) if found else []
    lead = turn.say("lacking_instead", others=turn.speaker.either(others)) if others else ""
    product = _sold(turn, said.text or "")
    if product is not None:
        return described(turn, product).led_by(
            lead, turn.say("lacking_sold_too" if lead else "lacking_sold")
        )
    replacement = next((p for p in map(lambda o: _sold(turn, o), others) if p), None)
    if replacement is not None:
        return described(turn, replacement).led_by(lead, turn.say("lacking_we_sell"))
    if lead:
        return follow_up(turn, lead)
    if guide is None:
        return products.with_product(turn, said, "info", 1)
    return follow_up(turn, turn.say("lacking_none", item=heard(said.text)))


def _sold(turn: Turn, text: str) -> Product | None:
    """The product ``text`` names, when the resolver is sure of it."""
    resolution = turn.services.resolve_product(turn.locale, Slot(text))
    return resolution.candidates[0].product if resolution.status == "match" else None
