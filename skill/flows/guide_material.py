"""The fabric of a guide: said when asked, "next" for the general method, a detour while it is
asked, a fabric said with no question, and what the guide needs before it is said."""

from __future__ import annotations

from skill.flows.common import follow_up, what_next
from skill.flows.guides import (
    MATERIAL_PENDING,
    active_guide,
    ask_material,
    material_fit,
    material_id,
    material_said,
    need_said,
    start,
)
from skill.interaction_model import OTHER_MATERIAL
from skill.questions import MaterialChoice, Question
from skill.turn import Reply, Slot, Slots, Turn


def material_given(turn: Turn, question: MaterialChoice, slots: Slots) -> Reply:
    guide = turn.content.guides[question.guide]
    slot = slots.get("material", slots.get("choice", Slot()))
    material = material_id(turn, slot)
    if material is None:
        if question.again:
            return start(turn, guide, OTHER_MATERIAL, lead=turn.say("material_general"))
        return ask_material(turn, guide, again=True)
    return start(turn, guide, material)


def material_general(turn: Turn, question: MaterialChoice, slots: Slots) -> Reply:
    """ "Next" or "no" while the material is asked: the general method."""
    guide = turn.content.guides[question.guide]
    return start(turn, guide, OTHER_MATERIAL, lead=turn.say("material_general"))


def material_set_aside(turn: Turn, question: MaterialChoice, slots: Slots) -> None:
    """Another request while the material is asked (a product, the cart…): it is answered, and
    the guide is kept, its material still to ask, so that the detour ends with "say next to go
    on with the red wine stain" and "next" asks the material again. A guide already under way
    stays the one to come back to."""
    if turn.guide_in_progress is None:
        turn.state.guide = {
            "id": question.guide,
            "material": None,
            "step": 0,
            "updated_at": turn.now,
            MATERIAL_PENDING: True,
        }


def material_unasked(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """A material said with no question ("can I use it on silk?", « et sur de la laine ? »):
    the guide followed starts again for it when its steps differ there; else whether the method
    is meant for it, and the guide waits where it was. With no guide, which stain."""
    material = material_id(turn, slots.get("material", Slot()))
    guide = active_guide(turn)
    if guide is None or not material:
        return what_next(turn, key="guide_which")
    now = (turn.state.guide or {}).get("material")
    steps = guide.steps_for(turn.locale, material)
    if material == OTHER_MATERIAL:
        return start(turn, guide, material)
    if steps != guide.steps_for(turn.locale, now):
        lead = turn.say("guide_material_steps", material=material_said(turn, material))
        return start(turn, guide, material, lead=lead)
    return follow_up(turn, material_fit(turn, guide, material))


def need_before_material(turn: Turn, question: MaterialChoice, slots: Slots) -> Reply:
    """ "What do I need?" while the fabric is asked: what the asked-for guide needs (the same
    for every fabric), then the fabric question again; not the needs of a guide set aside."""
    guide = turn.content.guides[question.guide]
    return ask_material(turn, guide, again=question.again, lead=need_said(turn, guide))
