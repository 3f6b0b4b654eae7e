"""Coming back to a guide: within a day of leaving it, the launch offers to go on ("la dernière
fois, nous étions à l'étape 3…"), and "yes" reads again the step said, then goes on.

The step said is the one "yes" reads first: the last step the shopper heard. A guide set aside
while its material was asked has no step read yet: the offer names the guide only, and "yes"
asks the material again.
"""

from __future__ import annotations

from skill.flows.common import what_next
from skill.flows.guides import (
    MATERIAL_PENDING,
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
