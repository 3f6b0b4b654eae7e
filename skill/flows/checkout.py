"""Checkout: read back the order, ask for the PIN, charge once, confirm by voice and card."""

from __future__ import annotations

from skill.turn import Reply, Slot, Turn


def checkout(turn: Turn, slots: dict[str, Slot], added=None) -> Reply:
    return turn.ask(turn.say("payments_not_ready"), reprompt=turn.say("reprompt_welcome"))


def voice_pin(turn: Turn, slots: dict[str, Slot]) -> Reply:
    return turn.ask(turn.say("payments_not_ready"), reprompt=turn.say("reprompt_welcome"))


def resumed(turn: Turn, slots: dict[str, Slot]) -> Reply:
    return turn.ask(turn.say("payments_not_ready"), reprompt=turn.say("reprompt_welcome"))


def summary_accepted(turn: Turn) -> Reply:
    return checkout(turn, {})


def summary_declined(turn: Turn) -> Reply:
    turn.state.pending = None
    return turn.ask(turn.say("no_problem"), reprompt=turn.say("reprompt_welcome"))
