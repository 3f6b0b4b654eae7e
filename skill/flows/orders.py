"""After-sale: where is my order, cancel my order."""

from __future__ import annotations

from skill.turn import Reply, Slot, Turn


def order_status(turn: Turn, slots: dict[str, Slot]) -> Reply:
    return turn.ask(turn.say("payments_not_ready"), reprompt=turn.say("reprompt_welcome"))


def cancel_order(turn: Turn, slots: dict[str, Slot]) -> Reply:
    return turn.ask(turn.say("payments_not_ready"), reprompt=turn.say("reprompt_welcome"))


def cancel_confirmed(turn: Turn) -> Reply:
    return cancel_order(turn, {})


def cancel_declined(turn: Turn) -> Reply:
    turn.state.pending = None
    return turn.ask(turn.say("no_problem"), reprompt=turn.say("reprompt_welcome"))
