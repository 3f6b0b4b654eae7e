"""How-to guides, followed by ear: find the guide, ask the material when it matters, one or two
steps a turn, and only then, where it helps, one offer (coming back to a guide within a day is
:mod:`skill.flows.guide_resume`).

A guide in progress (``UserState.guide``) is never dropped without saying so: choosing another
guide says the old one is set aside, and detours end by reminding how to go on.
"""

from __future__ import annotations

from dataclasses import replace

from content.model import Guide, default_grammar
from skill.flows import basics, deeds, offers
from skill.flows.common import again, follow_up, heard, what_next
from skill.grammar import Name
from skill.interaction_model import OTHER_MATERIAL, normalise
from skill.name_finding import (
    names_the_guide,
    names_the_start,
    only_opening,
    without_opening,
)
from skill.questions import (
    AnythingElse,
    GuideChoice,
    GuideStep,
    MaterialChoice,
    Offer,
    Question,
)
from skill.services import GuideMatch
from skill.turn import Reply, Slot, Slots, Turn

PAIR_MAX_CHARS = 240
"""Two steps are read together when both fit in this many characters: short enough to follow."""


# --- finding the guide --------------------------------------------------------------------------


SHORT_SENTENCE = 8  # words of a sentence where the one stain named is the one asked about


def get_guide(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "Comment enlever une tache d'herbe sur un jean ?": the guide, with its material if said."""
    topic = slots.get("topic", Slot())
    material_slot = slots.get("material", Slot())
    if topic.empty:
        return what_next(turn, key="guide_which")
    options = list(question.options) if isinstance(question, GuideChoice) else None
    topic = without_opening(topic, turn.locale)  # "it's a grass stain": the grass stain
    if only_opening(topic, turn.locale):  # « c'est sur mes draps »: a fabric, no stain
        return _fabric_said(turn, question, material_slot)
    if names_the_guide(topic, turn.locale):  # "back to the guide", « reprends la méthode »
        from skill.flows import guide_resume

        return guide_resume.taken_up(turn)
    if names_the_start(topic, turn.locale):  # « retour au début », "back to the beginning"
        from skill.flows import guide_steps

        return guide_steps.start_over(turn, question, slots)
    found = turn.services.find_guide(turn.locale, topic, among=options)
    if material_slot.empty and found.guide_id is None and topic.text:
        # "herbe sur un jean": the topic slot swallowed the material; try its parts.
        split = turn.services.split_topic(turn.locale, topic.text)
        if split is not None:
            found = turn.services.find_guide(turn.locale, Slot(split[0]), among=options)
            material_slot = Slot(split[1]) if split[1] else Slot()
    # "my son got ink": the one guide a part of a short sentence names whole (not « vin de
    # table », red or white; not a long sentence that may ask for something else).
    torn = len(found.alternatives) > 1
    if (
        found.guide_id is None
        and not torn
        and 1 < len(normalise(topic.text or "").split()) <= SHORT_SENTENCE
    ):
        within = turn.services.guide_within(turn.locale, topic.text or "")
        found = GuideMatch(within) if within else found
    material = material_id(turn, material_slot)
    found = _shared_words(turn, topic, found)
    if found.guide_id:
        return start(turn, turn.content.guides[found.guide_id], material)
    fabric_for = isinstance(question, MaterialChoice) or active_guide(turn) is not None
    if material is not None and not found.close and fabric_for:
        # « est-ce que je peux l'utiliser sur de la soie », "is it safe on silk": no stain
        # named, a fabric asked about for the guide followed (or answering "which fabric?").
        return _fabric_said(turn, question, material_slot)
    if found.alternatives and found.close and len(found.alternatives) > 1:
        return _ask_choice(turn, found.alternatives, "guide_ambiguous")
    if found.alternatives and found.close:
        return start(turn, turn.content.guides[found.alternatives[0]], material)
    if not found.named:  # "how do I remove a stain": which one, with examples
        return what_next(turn)
    if not found.alternatives and not material_slot.empty and material is None:
        # "are you open on sunday", "is it tested on animals": no stain, no fabric, no method;
        # as any request not understood, the question pending is asked again (not one on the
        # way to a payment: the routing table has set it aside).
        pending = turn.question
        return basics.not_understood(turn, None if pending and pending.money else pending, slots)
    from skill.flows import other_size  # "actually the small one": the product in focus

    resized = other_size.other_size(turn, topic)
    if resized is not None:
        return resized
    said = heard(topic.text)
    lead = turn.say("guide_unknown", topic=said) if said else turn.say("guide_unknown_unsaid")
    if not found.alternatives:  # nothing near: which one, never guides picked at random
        return what_next(turn, lead)
    if len(found.alternatives) == 1:  # one suggestion is a yes/no question, never "which one?"
        suggestion = turn.say("guide_suggest_one", guide=turn.guide_name(found.alternatives[0]))
        return turn.ask(
            lead, suggestion, question=GuideChoice(tuple(found.alternatives)), reprompt=suggestion
        )
    guides = [turn.guide_name(g) for g in found.alternatives]
    names = turn.speaker.either(guides)
    return turn.ask(
        lead,
        turn.say("guide_suggest", suggestions=names, guides=guides),
        question=GuideChoice(tuple(found.alternatives)),
        reprompt=turn.say("reprompt_guide_choice", options=names),
    )


def _fabric_said(turn: Turn, question: Question | None, material: Slot) -> Reply:
    """A fabric said where a stain could be (« c'est sur mes draps », "is it safe on silk"):
    the answer to "which fabric?" when it is asked, else a fabric asked about for the guide
    followed; with neither, which stain. The guide asked for is never dropped for it."""
    from skill.flows import guide_material

    if isinstance(question, MaterialChoice):
        return guide_material.material_given(turn, question, {"material": material})
    if active_guide(turn) is not None and not material.empty:
        return guide_material.material_unasked(turn, question, {"material": material})
    return what_next(turn, key="guide_which")


def _shared_words(turn: Turn, topic: Slot, found: GuideMatch) -> GuideMatch:
    """ "Wine", « du vin »: words another guide's title has whole ("White wine stain", « Tache
    de vin blanc ») name no guide in particular, even when one guide lists them as a synonym
    (Alexa's entity resolution then picks that one): which of them is asked, never one taken
    for the other, unless one of them is followed in this session ("back to the wine"). A
    synonym no other title has (« du rouge ») still names its guide."""
    if found.guide_id is None or not topic.text:
        return found
    matcher = turn.services.guide_matchers[turn.locale]
    common = turn.services.common_guide_words[turn.locale]

    def words(text: str) -> set[str]:
        return {t.text for t in matcher.analyse(text) if not t.stop and t.text not in common}

    said = words(topic.text)
    if not said:
        return found
    others = [
        guide.id
        for guide in turn.content.guides.values()
        if guide.id != found.guide_id and said <= words(guide.text[turn.locale].title)
    ]
    if not others:
        return found
    named = [found.guide_id, *others]
    # "let's go back to the wine" while the red wine stain is followed: that one
    from skill.flows.guide_resume import SET_ASIDE

    session = turn.state.session
    followed = {
        turn.guide_in_progress,
        *session.get(SET_ASIDE, {}),
        *session.get(READ_THIS_SESSION, []),
    }
    known = [g for g in named if g in followed]
    if len(known) == 1:
        return GuideMatch(known[0])
    return GuideMatch(None, named, close=True)


def _ask_choice(turn: Turn, guide_ids: list[str], key: str) -> Reply:
    guides = [turn.guide_name(g) for g in guide_ids]
    names = turn.speaker.either(guides)
    return turn.ask(
        turn.say(key, options=names, guides=guides),
        question=GuideChoice(tuple(guide_ids)),
        reprompt=turn.say("reprompt_guide_choice", options=names),
    )


def choose(turn: Turn, question: GuideChoice, slots: Slots) -> Reply:
    """The answer to "A or B?": a name, an ordinal, or a sentence naming one ("something for
    red wine on cotton": the material said goes with it), or a new topic altogether."""
    choice = slots.get("choice", slots.get("topic", Slot()))
    if choice.empty:
        guides = [turn.guide_name(g) for g in question.options]
        return again(turn, question, turn.say("guide_choice_not_understood", guides=guides))
    picked = turn.services.pick(turn.locale, list(question.options), choice.text or "", "guide")
    if picked is not None:
        material = material_id(turn, slots.get("material", Slot()))
        return start(turn, turn.content.guides[picked], material)
    return get_guide(turn, question, {**slots, "topic": choice})


def choice_yes(turn: Turn, question: GuideChoice, slots: Slots) -> Reply:
    if len(question.options) == 1:
        return start(turn, turn.content.guides[question.options[0]], None)
    return _ask_choice(turn, list(question.options), "guide_which_one")


def choice_material(turn: Turn, question: GuideChoice, slots: Slots) -> Reply:
    """A fabric said to "would you like the method for the ink stain?" ("it's cotton"): yes,
    with that fabric; to "A or B?", the question again (the fabric is asked with the method)."""
    if len(question.options) != 1:
        return _ask_choice(turn, list(question.options), "guide_which_one")
    material = material_id(turn, slots.get("material", Slot()))
    return start(turn, turn.content.guides[question.options[0]], material)


def choice_no(turn: Turn, question: GuideChoice, slots: Slots) -> Reply:
    return what_next(turn, turn.say("no_problem_short"), key="guide_which")


# --- the material -------------------------------------------------------------------------------


READ_THIS_SESSION = "read"
"""In ``UserState.session``: the guides some steps of which were read in this session (asked
for again, the one under way is taken up where it was, not started over)."""

MATERIAL_PENDING = "material_pending"
"""In ``UserState.guide``: the guide was asked for, its material not yet said."""


def material_still_asked(turn: Turn, guide: Guide) -> Reply | None:
    """The material question again, for a guide set aside while it was asked."""
    if turn.state.guide and turn.state.guide.get(MATERIAL_PENDING):
        return ask_material(turn, guide)
    return None


def material_fit(turn: Turn, guide: Guide, material: str) -> str:
    """Whether ``guide`` is meant for ``material`` (every material when it names none)."""
    name = material_said(turn, material)
    if not guide.materials or material in guide.materials:
        return turn.say("guide_material_fits", material=name)
    names = [material_said(turn, m) for m in guide.materials]
    return turn.say("guide_material_unfit", material=name, materials=turn.speaker.either(names))


def material_name(turn: Turn, material: str) -> str:
    """The material's name as spoken: the first of its names in the locale."""
    return turn.content.materials[material].names[turn.locale][0]


def material_said(turn: Turn, material: str) -> Name:
    """The material's spoken name with its grammar, for ``{material.the}`` (« sur la soie »)."""
    grammar = turn.content.materials[material].grammar.get(turn.locale)
    return Name(
        material_name(turn, material),
        turn.locale,
        grammar or default_grammar("material", turn.locale),
    )


def material_id(turn: Turn, slot: Slot) -> str | None:
    """A material id, ``other`` for "something else", or None when not understood."""
    if slot.entity_id in turn.content.materials or slot.entity_id == OTHER_MATERIAL:
        return slot.entity_id
    if slot.text:
        return turn.services.find_material(turn.locale, slot.text)
    return None


def ask_material(turn: Turn, guide: Guide, again: bool = False, lead: str = "") -> Reply:
    names = [material_name(turn, m) for m in guide.text[turn.locale].material_steps]
    options = turn.speaker.either([*names, turn.say("material_other")])
    key = "material_again" if again else "material_ask"
    return turn.ask(
        lead,
        turn.say(key, guide=turn.guide_name(guide.id), options=options),
        question=MaterialChoice(guide.id, again=again),
        reprompt=turn.say("reprompt_material", options=options),
    )


# --- reading the steps --------------------------------------------------------------------------


def start(turn: Turn, guide: Guide, material: str | None, lead: str = "") -> Reply:
    """Begin a guide, asking the material first when its steps depend on it; a guide set aside
    earlier in the session is taken up where it was (:mod:`skill.flows.guide_resume`)."""
    from skill.flows import guide_resume

    back = guide_resume.taken_back(turn, guide, material)
    if back is not None:
        return back
    if guide.depends_on_material(turn.locale) and material is None:
        return ask_material(turn, guide)
    known = material in turn.content.materials
    unmeant = known and bool(guide.materials) and material not in guide.materials
    if unmeant and not turn.content.materials[material or ""].washable:
        return not_for_surface(turn, guide, material or "")
    guide_resume.set_aside(turn, guide.id)
    parts = [lead]
    if unmeant and not lead:
        # "red wine on my couch": not what the method is for, said before its general steps
        parts = [material_fit(turn, guide, material or ""), turn.say("material_general")]
    previous = turn.guide_in_progress
    if previous is not None and previous != guide.id:
        parts.insert(0, turn.say("guide_set_aside", guide=turn.guide_name(previous)))
    turn.state.guide = {
        "id": guide.id,
        "material": material if known else None,  # its steps, or the general ones; its offer
        "step": 0,
        "updated_at": turn.now,
    }
    turn.record("guide_started", guide=guide.id)
    text = guide.text[turn.locale]
    parts.append(turn.say("guide_intro", title=text.title))
    if text.need:
        parts.append(turn.say("guide_need", items=turn.speaker.both(list(text.need))))
    if text.warnings:
        parts.append(turn.say("guide_warning", warning=text.warnings[0]))
    return read_on(turn, guide, parts)


def not_for_surface(turn: Turn, guide: Guide, material: str) -> Reply:
    """ "Red wine on my couch" when the guide has no steps for couches: its general steps soak
    and wash what it is meant for, so they are not read for a surface that is not washed
    (``washable: false`` in ``materials.yaml``). What it is meant for is said, then what the
    merchant's ``offer.instead`` names for that surface; else "anything else?" (or the guide
    under way, which is kept)."""
    lead = [material_fit(turn, guide, material), turn.say("guide_not_washable")]
    offer = offers.for_surface(turn, guide, material, *lead)
    return offer if offer is not None else follow_up(turn, *lead)


def steps_heard(progress: dict, steps: range) -> None:
    """Steps (from 0) the shopper has heard in this run of the guide."""
    progress["heard"] = sorted({*progress.get("heard", []), *steps})


def read_on(turn: Turn, guide: Guide, before: list[str] | None = None) -> Reply:
    """Read the next one or two steps, then the offer if it is due."""
    progress = turn.state.guide
    assert progress is not None
    steps = guide.steps_for(turn.locale, progress.get("material"))
    first = progress["step"]
    count = 2 if first + 1 < len(steps) and _fits(steps[first], steps[first + 1]) else 1
    parts = list(before or [])
    for n in range(first, first + count):
        parts.append(turn.say("guide_step", number=n + 1, text=steps[n]))
    steps_heard(progress, range(first, first + count))
    read_here = turn.state.session.setdefault(READ_THIS_SESSION, [])
    if guide.id not in read_here:
        read_here.append(guide.id)
    progress["step"] = first + count
    progress["updated_at"] = turn.now
    turn.record("step_reached", guide=guide.id, step=progress["step"])
    finished = progress["step"] >= len(steps)
    card = None
    if finished:
        progress["done"] = True
        turn.record("guide_completed", guide=guide.id)
        parts.append(turn.say("guide_done"))
        # A deed once per run of the guide, however re-read, and only when every step was
        # heard: jumping to the last step earns no reward.
        if not progress.get("counted") and set(progress.get("heard", [])) >= set(range(len(steps))):
            progress["counted"] = True
            earned = deeds.guide_finished(turn, guide.id)
            parts += earned.speech
            card = deeds.reward_card(turn, earned)
    offer = offers.due(turn, guide, progress["step"], finished)
    if offer is not None:
        return replace(offer.led_by(*parts), card=card) if card else offer.led_by(*parts)
    if finished:
        return turn.ask(
            *parts,
            turn.say("guide_after_done"),
            question=AnythingElse(about="guide"),
            reprompt=turn.say("reprompt_welcome"),
            card=card,
        )
    return turn.ask(
        *parts,
        turn.say("guide_say_next"),
        question=GuideStep(guide.id),
        reprompt=turn.say("reprompt_next"),
    )


def _fits(a: str, b: str) -> bool:
    return len(a) + len(b) <= PAIR_MAX_CHARS


def active_guide(turn: Turn) -> Guide | None:
    """The guide the shopper follows (in progress, or just finished)."""
    progress = turn.state.guide
    if progress and progress.get("id") in turn.content.guides:
        return turn.content.guides[progress["id"]]
    return None


def followed(turn: Turn) -> tuple[Guide, dict] | Reply:
    """The guide to go on with and its progress; or what to say instead: that there is none,
    or its fabric, still to be said (a guide set aside while it was asked)."""
    guide = active_guide(turn)
    progress = turn.state.guide
    if guide is None or progress is None:
        return no_guide(turn)
    pending = material_still_asked(turn, guide)
    return (guide, progress) if pending is None else pending


def next_step(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    found = followed(turn)
    if isinstance(found, Reply):
        return found
    guide, progress = found
    steps = guide.steps_for(turn.locale, progress.get("material"))
    if progress["step"] >= len(steps):
        return turn.ask(
            turn.say("guide_no_more"),
            question=AnythingElse(about="guide"),
            reprompt=turn.say("reprompt_welcome"),
        )
    return read_on(turn, guide)


def skip_offer(turn: Turn, question: Offer, slots: Slots) -> Reply:
    """ "Next" while the offer waits: the guide goes on; the offer is not made again. After
    the last step, "next" hears that it was the last one, and "another stain?"."""
    active = active_guide(turn)
    if active is None or active.id != question.guide:
        return follow_up(turn)
    return next_step(turn, None, slots)


def pause(turn: Turn, question: GuideStep, slots: Slots) -> Reply:
    """ "No" to "say next to go on": the guide waits; the shopper can come back to it."""
    turn.state.guide = {**(turn.state.guide or {}), "updated_at": turn.now}
    return turn.ask(
        turn.say("guide_paused", guide=turn.guide_name(question.guide)),
        turn.say("anything_else"),
        question=AnythingElse(),
        reprompt=turn.say("reprompt_welcome"),
    )


def what_i_need(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    guide = active_guide(turn)
    if guide is None:
        return no_guide(turn)
    need = need_said(turn, guide)
    if turn.guide_in_progress is None:
        return follow_up(turn, need)
    return turn.ask(
        need,
        turn.say("guide_say_next"),
        question=GuideStep(guide.id),
        reprompt=turn.say("reprompt_next"),
    )


def need_said(turn: Turn, guide: Guide) -> str:
    text = guide.text[turn.locale]
    if text.need:
        return turn.say("guide_need", items=turn.speaker.both(list(text.need)))
    return turn.say("guide_need_nothing", guide=turn.guide_name(guide.id))


def no_guide(turn: Turn) -> Reply:
    return what_next(turn, turn.say("guide_none_active"), key="guide_which")
