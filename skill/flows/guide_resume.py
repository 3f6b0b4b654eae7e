"""Coming back to a guide: within a day of leaving it, the launch offers to go on ("la dernière
fois, nous étions à l'étape 3…"), and "yes" reads again the step said, then goes on.

The step said is the one "yes" reads first: the last step the shopper heard. A guide set aside
while its material was asked has no step read yet: the offer names the guide only, and "yes"
asks the material again.
"""

from __future__ import annotations

from content.model import Guide
from skill.flows.common import what_next
from skill.flows.guides import (
    MATERIAL_PENDING,
    READ_THIS_SESSION,
    followed,
    read_on,
)
from skill.questions import Question, ResumeGuide
from skill.turn import Reply, Slots, Turn


def offer(turn: Turn) -> Reply:
    """ "Re-bonjour ! La dernière fois, nous étions à l'étape 3… On continue ?" """
    progress = turn.state.guide
    assert progress is not None
    guide_id = str(progress["id"])
    name = turn.guide_name(guide_id)
    if progress.get(MATERIAL_PENDING) or int(progress["step"]) < 1:
        said = turn.say("resume_offer_unstarted", guide=name)
    else:
        said = turn.say("resume_offer", step=int(progress["step"]), guide=name)
    return turn.ask(
        said,
        question=ResumeGuide(guide_id),
        reprompt=turn.say("resume_reprompt", guide=name),
    )


def accepted(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    found = followed(turn)
    if isinstance(found, Reply):
        return found
    guide, progress = found
    # Read again the step the shopper stopped at, then go on.
    progress["step"] = max(progress["step"] - 1, 0)
    progress.pop("done", None)
    return read_on(turn, guide, [turn.say("resume_ok")])


def declined(turn: Turn, question: ResumeGuide, slots: Slots) -> Reply:
    turn.state.guide = None
    return what_next(turn, turn.say("resume_declined"), key="guide_which")


SET_ASIDE = "set_aside"
"""The session's guides set aside for another, by id: their progress, to take up again."""


def set_aside(turn: Turn, starting: str) -> None:
    """Keep the progress of the guide under way before ``starting`` replaces it."""
    progress = turn.state.guide
    if (
        progress
        and progress.get("id") != starting
        and int(progress.get("step", 0)) > 0
        and not progress.get("done")
    ):
        turn.state.session.setdefault(SET_ASIDE, {})[str(progress["id"])] = dict(progress)


def taken_back(
    turn: Turn, guide: Guide, material: str | None, *, from_before: bool = False
) -> Reply | None:
    """ "And the grease again?" after another guide: the grease guide where it was, its fabric
    kept, the step it stopped at read again; None when it was not set aside this session, or
    another fabric is said. The guide under way asked for again ("back to the ink" while
    another stain's fabric is asked, or after a product question) is taken up where it was
    too, never started over: when some of it was read in this session, or ``from_before``
    ("back to the guide" names no other; a new session's "how do I remove ink" starts over)."""
    kept = turn.state.session.get(SET_ASIDE, {})
    saved = kept.get(guide.id) or _under_way(turn, guide.id, from_before)
    if saved is None or (material is not None and material != saved.get("material")):
        return None
    set_aside(turn, guide.id)
    kept = turn.state.session.get(SET_ASIDE, {})
    kept.pop(guide.id, None)
    previous = turn.guide_in_progress
    parts: list[str] = []
    if previous and previous != guide.id:
        parts.append(turn.say("guide_set_aside", guide=turn.guide_name(previous)))
    turn.state.guide = {**saved, "step": max(int(saved["step"]) - 1, 0), "updated_at": turn.now}
    parts.append(turn.say("guide_taken_back", guide=turn.guide_name(guide.id)))
    return read_on(turn, guide, parts)


def _under_way(turn: Turn, guide_id: str, from_before: bool) -> dict | None:
    """The progress of ``guide_id`` when it is the guide under way, some of it read (not one
    set aside while its fabric was asked, which has none), in this session unless
    ``from_before``."""
    progress = turn.state.guide
    read_here = guide_id in turn.state.session.get(READ_THIS_SESSION, [])
    if (
        progress
        and (read_here or from_before)
        and progress.get("id") == guide_id
        and int(progress.get("step", 0)) > 0
        and not progress.get("done")
        and not progress.get(MATERIAL_PENDING)
    ):
        return dict(progress)
    return None


def taken_up(turn: Turn) -> Reply:
    """ "Back to the guide", "resume the method", « on reprend le guide »: the guide under way,
    where it was (its fabric asked again when that was pending); with none, the last one set
    aside this session; with neither, which stain."""
    from skill.flows.guides import no_guide, start

    under_way = turn.guide_in_progress
    kept = list(turn.state.session.get(SET_ASIDE, {}))
    chosen = under_way or (kept[-1] if kept else None)
    if chosen is None or chosen not in turn.content.guides:
        return no_guide(turn)
    guide = turn.content.guides[chosen]
    progress = turn.state.guide or {}
    material = progress.get("material") if progress.get("id") == chosen else None
    back = taken_back(turn, guide, material, from_before=True)
    return back if back is not None else start(turn, guide, material)
