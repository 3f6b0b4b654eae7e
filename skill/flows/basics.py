"""Launch, help, stop, repeat, fallback, and the Yes/No answers routed by what was asked."""

from __future__ import annotations

from skill.flows import checkout, donations, guides, orders, shopping
from skill.speech import Ssml
from skill.turn import Reply, Slot, Turn

RESUME_WINDOW_SECONDS = 24 * 3600

YES = {
    "resume": guides.resume_accepted,
    "offer": shopping.offer_accepted,
    "sibling": shopping.sibling_accepted,
    "product_choice": shopping.choice_confirmed,
    "checkout": checkout.summary_accepted,
    "payment_retry": checkout.retry_accepted,
    "donation": donations.confirmed,
    "round_up": donations.round_up_accepted,
    "cancel_order": orders.cancel_confirmed,
}
NO = {
    "resume": guides.resume_declined,
    "offer": shopping.offer_declined,
    "sibling": shopping.sibling_declined,
    "product_choice": shopping.choice_declined,
    "checkout": checkout.summary_declined,
    "payment_retry": checkout.retry_declined,
    "donation": donations.declined,
    "round_up": donations.round_up_declined,
    "cancel_order": orders.cancel_declined,
}


def launch(turn: Turn, slots: dict[str, Slot]) -> Reply:
    state = turn.state
    returning = state.visits > 0
    state.visits += 1
    state.pending = None
    progress = state.guide
    if (
        progress
        and not progress.get("done")
        and turn.now - progress.get("updated_at", 0) <= RESUME_WINDOW_SECONDS
        and progress["id"] in turn.content.guides
    ):
        return guides.offer_resume(turn)
    settings = turn.locale_settings
    welcome = settings.welcome_back if returning else settings.welcome
    return turn.ask(welcome, reprompt=turn.say("reprompt_welcome"))


def help(turn: Turn, slots: dict[str, Slot]) -> Reply:
    titles = [g.text[turn.locale].title for g in list(turn.content.guides.values())[:3]]
    return turn.ask(
        turn.say(
            "help", skill=turn.locale_settings.skill_name, examples=turn.speaker.either(titles)
        ),
        reprompt=turn.say("reprompt_welcome"),
    )


def home(turn: Turn, slots: dict[str, Slot]) -> Reply:
    turn.state.pending = None
    return turn.ask(turn.say("home"), reprompt=turn.say("reprompt_welcome"))


def stop(turn: Turn, slots: dict[str, Slot]) -> Reply:
    pending = turn.state.pending or {}
    turn.state.pending = None
    if pending.get("kind") in ("checkout", "pin", "donation", "donation_pin"):
        return turn.tell(turn.say("cancelled_nothing_charged"), turn.say("goodbye"))
    return turn.tell(turn.say("goodbye"))


def cancel(turn: Turn, slots: dict[str, Slot]) -> Reply:
    return stop(turn, slots)


def repeat(turn: Turn, slots: dict[str, Slot]) -> Reply:
    last = turn.session_attributes.get("last")
    if not last:
        return help(turn, slots)
    return Reply(Ssml(last["speech"]), Ssml(last["reprompt"]))


def fallback(turn: Turn, slots: dict[str, Slot]) -> Reply:
    last = turn.session_attributes.get("last")
    if turn.state.pending and last:
        return Reply(
            Ssml(f"{turn.say('not_understood')} {last['reprompt']}"), Ssml(last["reprompt"])
        )
    return turn.ask(turn.say("fallback"), reprompt=turn.say("reprompt_welcome"))


def yes(turn: Turn, slots: dict[str, Slot]) -> Reply:
    kind = (turn.state.pending or {}).get("kind")
    if kind in YES:
        return YES[kind](turn)
    return turn.ask(turn.say("yes_without_question"), reprompt=turn.say("reprompt_welcome"))


def no(turn: Turn, slots: dict[str, Slot]) -> Reply:
    kind = (turn.state.pending or {}).get("kind")
    if kind in NO:
        return NO[kind](turn)
    turn.state.pending = None
    return turn.ask(turn.say("no_without_question"), reprompt=turn.say("reprompt_welcome"))


def session_ended(turn: Turn, slots: dict[str, Slot]) -> None:
    """Alexa closed the session (silence, error, user left): nothing may be spoken."""
    turn.state.pending = None


def unsupported(turn: Turn, slots: dict[str, Slot]) -> Reply:
    return turn.ask(turn.say("fallback"), reprompt=turn.say("reprompt_welcome"))
