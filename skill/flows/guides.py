"""How-to guides, followed by ear: find the guide, ask the material when it matters, one or two
steps a turn, resume within a day, and only then, where it helps, one offer."""

from __future__ import annotations

from content.model import Guide
from skill.flows import offers
from skill.interaction_model import OTHER_MATERIAL
from skill.turn import Reply, Slot, Turn

PAIR_MAX_CHARS = 240
"""Two steps are read together when both fit in this many characters: short enough to follow."""


def get_guide(turn: Turn, slots: dict[str, Slot]) -> Reply:
    topic = slots.get("topic", Slot())
    material = _material_id(turn, slots.get("material", Slot()))
    pending = turn.state.pending or {}
    if topic.empty:
        if pending.get("kind") == "guide_choice":
            return _ask_choice(turn, pending["options"])
        return turn.ask(turn.say("guide_which"), reprompt=turn.say("reprompt_guide_which"))
    options = pending.get("options") if pending.get("kind") == "guide_choice" else None
    found = turn.services.find_guide(turn.locale, topic, among=options)
    if found.guide_id:
        return start(turn, turn.content.guides[found.guide_id], material)
    if found.alternatives and found.close:
        return _ask_choice(turn, found.alternatives)
    turn.state.pending = {"kind": "guide_choice", "options": found.alternatives}
    titles = [_title(turn, g) for g in found.alternatives]
    return turn.ask(
        turn.say("guide_unknown", topic=topic.text or "", suggestions=turn.speaker.either(titles)),
        reprompt=turn.say("reprompt_guide_choice", options=turn.speaker.either(titles)),
    )


def _ask_choice(turn: Turn, guide_ids: list[str]) -> Reply:
    turn.state.pending = {"kind": "guide_choice", "options": guide_ids}
    titles = turn.speaker.either([_title(turn, g) for g in guide_ids])
    return turn.ask(
        turn.say("guide_ambiguous", options=titles),
        reprompt=turn.say("reprompt_guide_choice", options=titles),
    )


def material_given(turn: Turn, slots: dict[str, Slot]) -> Reply:
    pending = turn.state.pending or {}
    material = _material_id(turn, slots.get("material", Slot()))
    if pending.get("kind") == "material":
        guide = turn.content.guides[pending["guide"]]
        if material is None:
            return _ask_material(turn, guide, again=True)
        return start(turn, guide, material)
    progress = turn.state.guide
    if progress and not progress.get("done") and material:
        guide = turn.content.guides[progress["id"]]
        return start(turn, guide, material)
    return turn.ask(turn.say("guide_which"), reprompt=turn.say("reprompt_guide_which"))


def _material_id(turn: Turn, slot: Slot) -> str | None:
    """A material id, ``other`` for "something else", or None when not understood."""
    if slot.entity_id in turn.content.materials or slot.entity_id == OTHER_MATERIAL:
        return slot.entity_id
    if slot.text:
        return turn.services.find_material(turn.locale, slot.text)
    return None


def start(turn: Turn, guide: Guide, material: str | None) -> Reply:
    """Begin a guide, asking the material first when its steps depend on it."""
    if guide.depends_on_material(turn.locale) and material is None:
        return _ask_material(turn, guide)
    turn.state.guide = {
        "id": guide.id,
        "material": material if material in guide.text[turn.locale].material_steps else None,
        "step": 0,
        "updated_at": turn.now,
    }
    turn.state.pending = None
    turn.record("guide_started", guide=guide.id)
    text = guide.text[turn.locale]
    intro = [turn.say("guide_intro", title=text.title)]
    if text.need:
        intro.append(turn.say("guide_need", items=turn.speaker.both(list(text.need))))
    if text.warnings:
        intro.append(turn.say("guide_warning", warning=text.warnings[0]))
    return _continue(turn, guide, intro)


def _ask_material(turn: Turn, guide: Guide, again: bool = False) -> Reply:
    turn.state.pending = {"kind": "material", "guide": guide.id}
    names = [
        turn.content.materials[m].names[turn.locale][0]
        for m in guide.text[turn.locale].material_steps
    ]
    options = turn.speaker.either([*names, turn.say("material_other")])
    key = "material_again" if again else "material_ask"
    return turn.ask(
        turn.say(key, title=guide.text[turn.locale].title, options=options),
        reprompt=turn.say("reprompt_material", options=options),
    )


def _continue(turn: Turn, guide: Guide, before: list[str] | None = None) -> Reply:
    """Read the next one or two steps, then the offer if it is due."""
    progress = turn.state.guide
    steps = guide.steps_for(turn.locale, progress.get("material"))
    first = progress["step"]
    count = 2 if first + 1 < len(steps) and _fits(steps[first], steps[first + 1]) else 1
    parts = list(before or [])
    for n in range(first, first + count):
        parts.append(turn.say("guide_step", number=n + 1, text=steps[n]))
    progress["step"] = first + count
    progress["updated_at"] = turn.now
    turn.record("step_reached", guide=guide.id, step=progress["step"])
    finished = progress["step"] >= len(steps)
    if finished:
        progress["done"] = True
        turn.record("guide_completed", guide=guide.id)
        parts.append(turn.say("guide_done"))
    offer = offers.due(turn, guide, progress["step"], finished)
    if offer is not None:
        return turn.ask(*parts, offer.speech, reprompt=offer.reprompt)
    turn.state.pending = None
    if finished:
        return turn.ask(*parts, turn.say("guide_after_done"), reprompt=turn.say("reprompt_welcome"))
    return turn.ask(*parts, turn.say("guide_say_next"), reprompt=turn.say("reprompt_next"))


def _fits(a: str, b: str) -> bool:
    return len(a) + len(b) <= PAIR_MAX_CHARS


def _active(turn: Turn) -> Guide | None:
    progress = turn.state.guide
    if progress and progress.get("id") in turn.content.guides:
        return turn.content.guides[progress["id"]]
    return None


def next_step(turn: Turn, slots: dict[str, Slot]) -> Reply:
    guide = _active(turn)
    if guide is None:
        return _no_guide(turn)
    steps = guide.steps_for(turn.locale, turn.state.guide.get("material"))
    if turn.state.guide["step"] >= len(steps):
        turn.state.pending = None
        return turn.ask(turn.say("guide_no_more"), reprompt=turn.say("reprompt_welcome"))
    return _continue(turn, guide)


def previous_step(turn: Turn, slots: dict[str, Slot]) -> Reply:
    """Read the step before the last one heard; at the first step, say so and read it again."""
    guide = _active(turn)
    if guide is None:
        return _no_guide(turn)
    progress = turn.state.guide
    steps = guide.steps_for(turn.locale, progress.get("material"))
    target = max(min(progress["step"], len(steps)) - 2, 0)
    progress["step"] = target + 1
    progress["updated_at"] = turn.now
    progress.pop("done", None)
    turn.state.pending = None
    return turn.ask(
        turn.say("guide_first_step") if target == 0 else "",
        turn.say("guide_step", number=target + 1, text=steps[target]),
        turn.say("guide_say_next"),
        reprompt=turn.say("reprompt_next"),
    )


def start_over(turn: Turn, slots: dict[str, Slot]) -> Reply:
    guide = _active(turn)
    if guide is None:
        return _no_guide(turn)
    turn.state.guide["step"] = 0
    turn.state.guide.pop("done", None)
    return _continue(turn, guide, [turn.say("guide_restart", title=guide.text[turn.locale].title)])


def what_i_need(turn: Turn, slots: dict[str, Slot]) -> Reply:
    guide = _active(turn)
    if guide is None:
        return _no_guide(turn)
    text = guide.text[turn.locale]
    if not text.need:
        return turn.ask(turn.say("guide_need_nothing"), reprompt=turn.say("reprompt_next"))
    return turn.ask(
        turn.say("guide_need", items=turn.speaker.both(list(text.need))),
        turn.say("guide_say_next"),
        reprompt=turn.say("reprompt_next"),
    )


def _no_guide(turn: Turn) -> Reply:
    return turn.ask(turn.say("guide_none_active"), reprompt=turn.say("reprompt_guide_which"))


def offer_resume(turn: Turn) -> Reply:
    progress = turn.state.guide
    guide = turn.content.guides[progress["id"]]
    turn.state.pending = {"kind": "resume"}
    return turn.ask(
        turn.say(
            "resume_offer", step=max(progress["step"], 1), title=guide.text[turn.locale].title
        ),
        reprompt=turn.say("reprompt_yes_no"),
    )


def resume_accepted(turn: Turn) -> Reply:
    guide = _active(turn)
    turn.state.pending = None
    if guide is None:
        return _no_guide(turn)
    # Read again the step the shopper stopped at, then go on.
    turn.state.guide["step"] = max(turn.state.guide["step"] - 1, 0)
    return _continue(turn, guide, [turn.say("resume_ok")])


def resume_declined(turn: Turn) -> Reply:
    turn.state.pending = None
    turn.state.guide = None
    return turn.ask(turn.say("resume_declined"), reprompt=turn.say("reprompt_welcome"))


def _title(turn: Turn, guide_id: str) -> str:
    return turn.content.guides[guide_id].text[turn.locale].title
