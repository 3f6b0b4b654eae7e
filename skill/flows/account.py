"""What the shopper asks about their account by voice: the card and the address payments use,
and where to change them ("change my address", « utiliser une autre carte »); how to reach the
shop ("can I talk to someone?"). Nothing on file is changed by voice: the wallet lives on the
account page, and a card is only ever said by its brand and last four digits."""

from __future__ import annotations

from skill.flows import pin
from skill.flows.common import again, follow_up
from skill.questions import ConfirmOrder, OrderPin, Question
from skill.turn import LINK_ACCOUNT, Reply, Slots, Turn


def wallet(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    skill = turn.locale_settings.skill_name
    owner = pin.payer(turn)
    if owner is None:
        return follow_up(turn, turn.say("account_link", skill=skill), card=LINK_ACCOUNT)
    held = turn.services.wallets.show(owner)
    if held is None:
        return follow_up(turn, turn.say("account_no_wallet", skill=skill))
    card = pin.spoken_card(turn, held)
    said = turn.say("account_on_file", card=card, address=held.address_short, skill=skill)
    if isinstance(question, OrderPin):  # "which card are you using?": the order still waits
        return pin.ask(turn, question, lead=said)
    if isinstance(question, ConfirmOrder):
        return again(turn, question, said)
    return follow_up(turn, said)


def contact(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    return follow_up(
        turn,
        turn.say(
            "account_contact",
            shop=turn.locale_settings.skill_name,
            phone=turn.content.settings.support_phone,
        ),
    )
