"""Launch, help, repeat, stop, the fallback, and the answers any question shares.

Every session starts here, so this module imports no other flow at load: a launch imports the
payment recovery or the guides (and the cart, checkout and money code behind them) only when it
offers to resume one (``launch``).
"""

from __future__ import annotations

from skill.flows.common import again, follow_up, guide_examples, what_next
from skill.questions import AnythingElse, GuideStep, MaterialChoice, Question, WhatNext
from skill.speech import Ssml
from skill.turn import Reply, Slots, Turn

RESUME_WINDOW_SECONDS = 24 * 3600


def launch(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    state = turn.state
    returning = state.visits > 0
    state.visits += 1
    if state.open_payment:
        from skill.flows import payment_recovery

        recovered = payment_recovery.ask(turn)
        if recovered is not None:
            return recovered
    progress = state.guide
    if (
        turn.guide_in_progress
        and progress is not None
        and turn.now - progress.get("updated_at", 0) <= RESUME_WINDOW_SECONDS
    ):
        from skill.flows import guide_resume

        return guide_resume.offer(turn)
    settings = turn.locale_settings
    welcome = settings.welcome_back if returning else settings.welcome
    return turn.ask(welcome, question=WhatNext(), reprompt=turn.say("reprompt_welcome"))


def help(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """What the skill can do; with a question pending, what that question wants (a guide's
    words in a guide), then the question again."""
    if isinstance(question, GuideStep):
        return turn.ask(
            turn.say("help_guide", guide=turn.guide_name(question.guide)),
            question=question,
            reprompt=turn.say("reprompt_next"),
        )
    if question is not None and not isinstance(question, WhatNext | AnythingElse):
        hint = turn.say(question.expects) if question.expects else ""
        return again(turn, question, hint, turn.say("help_short"))
    speech = turn.say("help", skill=turn.locale_settings.skill_name, examples=guide_examples(turn))
    return turn.ask(speech, question=WhatNext(), reprompt=turn.say("reprompt_welcome"))


def home(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    lead = turn.say("cancelled_nothing_charged") if question and question.money else ""
    return turn.ask(
        lead, turn.say("home"), question=WhatNext(), reprompt=turn.say("reprompt_welcome")
    )


def stop(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    parts = []
    if question is not None and question.money:
        parts.append(turn.say("cancelled_nothing_charged"))
    if isinstance(question, MaterialChoice):
        # Stopped at "which fabric?": the guide is kept, its fabric still to ask, for the next
        # launch to offer to go on (it was lost).
        from skill.flows.guide_material import material_set_aside

        material_set_aside(turn, question, slots)
    guide = turn.guide_in_progress
    if guide is not None:
        parts.append(turn.say("guide_kept", guide=turn.guide_name(guide)))
    return turn.tell(*parts, turn.say("goodbye"))


def repeat(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """The last thing said, and the same question; with nothing to repeat, the help."""
    last = turn.session_attributes.get("last")
    if question is None:
        return help(turn, question, slots)
    if isinstance(last, dict) and last.get("speech"):
        return turn.ask(
            Ssml(str(last["speech"])),
            question=question,
            reprompt=Ssml(turn.state.reprompt) if turn.state.reprompt else None,
        )
    return again(turn, question)


def greet(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "Hello": opening a session, the welcome; later, a greeting back and the pending question
    again (its reprompt), or what the shopper would like."""
    if turn.new_session and question is None:
        return launch(turn, question, slots)
    if question is None or isinstance(question, WhatNext):
        return turn.ask(
            turn.say("greeting"),
            turn.say("reprompt_welcome"),
            question=WhatNext(),
            reprompt=turn.say("reprompt_welcome"),
        )
    return again(turn, question, turn.say("greeting"))


def thanks(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "Thanks" / « merci »: you're welcome, then the pending question again; said to
    "anything else?", it is the shopper's goodbye."""
    welcome = turn.say("thanks_reply")
    if isinstance(question, AnythingElse):
        return stop(turn, question, slots).led_by(welcome)
    if question is None or isinstance(question, WhatNext):
        return follow_up(turn, welcome)
    return again(turn, question, welcome)


def wait(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "Wait a second", « une minute »: take your time; the question waits (in a guide, "say
    next when you are ready"). Alexa closes a silent session after a while; the guide and the
    cart are kept for when the shopper comes back."""
    if question is None or isinstance(question, WhatNext):
        return follow_up(turn, turn.say("wait_ok"))
    return again(turn, question, turn.say("wait_ok"))


def not_understood(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """The fallback: with a question pending, say so and ask it again."""
    if question is None or isinstance(question, WhatNext):
        return turn.ask(
            turn.say("fallback"), question=WhatNext(), reprompt=turn.say("reprompt_welcome")
        )
    return again(turn, question, turn.say("not_understood"))


MAX_MISSES = 3
"""Requests in a row not understood while a question waits: the last one ends the session."""
MISSES = "misses"


def counted_miss(turn: Turn, reply: Reply | None, *, missed: bool) -> Reply | None:
    """``reply``, unless it is the third request in a row that was not understood while a
    question waits: the session then ends politely (nothing charged, a guide kept) rather than
    asking the same question for ever."""
    attributes = turn.session_attributes
    if not missed or reply is None or reply.question is None:
        attributes.pop(MISSES, None)
        return reply
    count = int(attributes.get(MISSES, 0)) + 1
    if count < MAX_MISSES:
        attributes[MISSES] = count
        return reply
    attributes.pop(MISSES, None)
    return stop(turn, turn.question, {}).led_by(turn.say("misses_goodbye"))


def session_ended(turn: Turn, question: Question | None, slots: Slots) -> None:
    """Alexa closed the session (silence, error, user left): nothing may be spoken."""
    return None


def yes_unasked(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "Yes" with no question pending, or to an open question: ask what they want."""
    return what_next(turn, turn.say("listening"), key="reprompt_welcome")


def no_unasked(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "No" with no question pending, to an open question, or to "anything else?": goodbye."""
    return stop(turn, None, slots)


def anything_else_yes(turn: Turn, question: AnythingElse, slots: Slots) -> Reply:
    if question.about == "guide":
        return what_next(turn, key="guide_which")
    return what_next(turn, turn.say("listening"), key="reprompt_welcome")


def expected(turn: Turn, question: Question, slots: Slots) -> Reply:
    """ "Yes" (or "no") to an open question ("which material?", "how many?"): say what kind of
    answer it wants, then ask it again with its reprompt, which names examples."""
    return again(turn, question, turn.say(question.expects))


def no_problem(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "No" to a question that needs no more: fine, and the usual way on."""
    return follow_up(turn, turn.say("no_problem"))


def unknown_shopper(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """A request without a user id (Alexa always sends one): nothing can be kept or paid."""
    return turn.tell(turn.say("unknown_shopper"))
