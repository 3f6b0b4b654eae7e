"""Donations by voice, within limits, with the wallet PIN and a receipt."""

from __future__ import annotations

from skill.turn import Reply, Slot, Turn


def donate(turn: Turn, slots: dict[str, Slot]) -> Reply:
    return turn.ask(turn.say("pin_nothing_pending"), reprompt=turn.say("reprompt_welcome"))


def history(turn: Turn, slots: dict[str, Slot]) -> Reply:
    return turn.ask(turn.say("pin_nothing_pending"), reprompt=turn.say("reprompt_welcome"))


def confirmed(turn: Turn) -> Reply:
    return donate(turn, {})


def declined(turn: Turn) -> Reply:
    turn.state.pending = None
    return turn.ask(turn.say("no_problem"), reprompt=turn.say("reprompt_welcome"))


round_up_accepted = confirmed
round_up_declined = declined


def round_up_offer(turn: Turn, order) -> None:
    """After a paid order, the round-up question if the merchant opted in (none yet)."""
    return None


def pin_given(turn: Turn, slot: Slot) -> Reply:
    return turn.ask(turn.say("pin_nothing_pending"), reprompt=turn.say("reprompt_welcome"))
