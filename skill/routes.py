"""Who answers what: the skill's one routing table, on (question kind, intent).

``ROUTES[(Kind, intent)]`` answers ``intent`` while a question of that kind is pending. The
lookup, in order:

1. ``(type(question), intent)``: the question's own answer (yes, no, a slot, "next"...);
2. ``(Question, intent)``: what every question shares (help, repeat, stop, the fallback,
   the session ending): asked again, or closed;
3. ``(type(question), ANY)``: the question's say on any other intent; it may return None to
   let the intent go on (the PIN question takes four spoken digits, whatever the intent);
4. ``(None, intent)``: the intent on its own. The pending question is dropped; when it was on
   the way to a payment, the reply says that nothing was charged.

Every question kind declares its yes and its no (a test checks it), so "yes" is never "I had
not asked you anything" and "no" always moves on or ends the session.

An answer is named ``"<flow>.<function>"``, a function of ``skill.flows.<flow>``, and its module
is imported with the first turn routed to it (``handler``): a cold start's launch loads the
launch's flow, not the guides, the cart, checkout and donations with the payments and marketing
code behind them. A test resolves every name.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from skill.questions import (
    AddProduct,
    AnythingElse,
    CancelOrder,
    CartNext,
    ConfirmDonation,
    ConfirmOrder,
    ConfirmProduct,
    DonationAmount,
    DonationCharity,
    DonationPin,
    DonationReceipt,
    DonationRetry,
    GuideChoice,
    GuideStep,
    MaterialChoice,
    Offer,
    OpenPayment,
    OrderPin,
    PaymentRetry,
    ProductChoice,
    Quantity,
    Question,
    ResumeGuide,
    RoundUp,
    Sibling,
    VoiceCheck,
    WhatNext,
    WhichLine,
    WhichProduct,
)
from skill.turn import Reply, Slots, Turn

Handler = Callable[[Turn, Any, Slots], Reply | None]
"""``(turn, the pending question or None, slots)`` → the reply (None: say nothing). The question
is typed in each handler (``Offer``, ``OrderPin``...): the table's key guarantees the type."""

LAUNCH = "LaunchRequest"
SESSION_ENDED = "SessionEndedRequest"
RESUMED = "SessionResumedRequest"
YES = "AMAZON.YesIntent"
NO = "AMAZON.NoIntent"
HELP = "AMAZON.HelpIntent"
REPEAT = "AMAZON.RepeatIntent"
STOP = "AMAZON.StopIntent"
CANCEL = "AMAZON.CancelIntent"
FALLBACK = "AMAZON.FallbackIntent"
NEXT = "AMAZON.NextIntent"
PREVIOUS = "AMAZON.PreviousIntent"
START_OVER = "AMAZON.StartOverIntent"
HOME = "AMAZON.NavigateHomeIntent"
GREETING = "GreetingIntent"
ANY = "*"
UNKNOWN = "?"
"""A request the skill does not know (an intent the model no longer has, another type)."""

ROUTES: dict[tuple[type[Question] | None, str], str] = {
    # --- the intents on their own -------------------------------------------------------------
    (None, LAUNCH): "basics.launch",
    (None, SESSION_ENDED): "basics.session_ended",
    (None, RESUMED): "checkout.resumed_unasked",
    (None, "GetGuideIntent"): "guides.get_guide",
    (None, "MaterialIntent"): "guide_material.material_unasked",
    (None, "WhatINeedIntent"): "guides.what_i_need",
    (None, NEXT): "guides.next_step",
    (None, PREVIOUS): "guide_steps.previous_step",
    (None, START_OVER): "guide_steps.start_over",
    (None, "StepIntent"): "guide_steps.step_said",
    (None, "StillThereIntent"): "guide_steps.still_there",
    (None, "CautionIntent"): "guide_steps.cautions",
    (None, "WaitTimeIntent"): "guide_steps.waits",
    (None, "LackingIntent"): "guide_steps.lacking",
    (None, "ProductInfoIntent"): "charity_info.product_or_charity",
    (None, "BrowseProductsIntent"): "products.browse",
    (None, "DeliveryIntent"): "cart_flow.delivery",
    (None, "DeliveryTimeIntent"): "cart_flow.delivery_time",
    (None, "ThanksIntent"): "basics.thanks",
    (None, "RecommendIntent"): "offers.recommend",
    (None, "DealsIntent"): "offers.deals",
    (None, "CheaperIntent"): "product_answers.cheaper",
    (None, "CharityInfoIntent"): "charity_info.about",
    (None, "AccountIntent"): "account.wallet",
    (None, "ReorderIntent"): "reorder.again",
    (None, "ContactIntent"): "account.contact",
    (None, "UnsureIntent"): "basics.help",
    (None, "WaitIntent"): "basics.wait",
    (None, "WrongIntent"): "corrections.wrong",
    (None, "SizesIntent"): "product_answers.sizes",
    (None, "StockIntent"): "stock.asked",
    (None, "UsageIntent"): "product_usage.asked",
    (None, "AddToCartIntent"): "products.add",
    (None, "AddMoreIntent"): "products.add",
    (None, "BuyIntent"): "products.buy",
    (None, "ChooseIntent"): "named_charity.chosen",
    (None, "ReviewCartIntent"): "cart_flow.review",
    (None, "RemoveFromCartIntent"): "cart_flow.remove",
    (None, "ClearCartIntent"): "cart_flow.clear",
    (None, "UpdateQuantityIntent"): "cart_quantity.change",
    (None, "CheckoutIntent"): "checkout.intent",
    (None, "VoicePinIntent"): "checkout.nothing_to_confirm",
    (None, "ForgotPinIntent"): "pin.forgotten",
    (None, "PinWhyIntent"): "pin.why",
    (None, "DonateIntent"): "donations.donate",
    (None, "DonationHistoryIntent"): "giving.history",
    (None, "OrderStatusIntent"): "orders.status",
    (None, "CancelOrderIntent"): "orders.cancel",
    (None, "CancelDonationIntent"): "donation_answers.cancel_given",
    (None, "UseRewardIntent"): "rewards.use",
    (None, "RewardsIntent"): "rewards.listed",
    (None, GREETING): "basics.greet",
    (None, YES): "basics.yes_unasked",
    (None, NO): "basics.no_unasked",
    (None, HELP): "basics.help",
    (None, REPEAT): "basics.repeat",
    (None, HOME): "basics.home",
    (None, STOP): "basics.stop",
    (None, CANCEL): "basics.stop",
    (None, FALLBACK): "basics.not_understood",
    (None, UNKNOWN): "basics.not_understood",
    # --- what every question shares -----------------------------------------------------------
    (Question, HELP): "basics.help",
    (Question, REPEAT): "basics.repeat",
    (Question, STOP): "basics.stop",
    (Question, CANCEL): "basics.stop",
    (Question, HOME): "basics.home",
    (Question, FALLBACK): "basics.not_understood",
    (Question, UNKNOWN): "basics.not_understood",
    (Question, SESSION_ENDED): "basics.session_ended",
    (Question, LAUNCH): "basics.launch",
    (Question, GREETING): "basics.greet",
    (Question, "ThanksIntent"): "basics.thanks",
    (Question, "UnsureIntent"): "basics.help",
    (Question, "WaitIntent"): "basics.wait",
    (Question, "WrongIntent"): "corrections.wrong",
    (Question, "PinWhyIntent"): "pin.why",
    (Question, "StockIntent"): "stock.asked",
    (Question, "DeliveryTimeIntent"): "cart_flow.delivery_time",
    (Question, "VoicePinIntent"): "checkout.code_unasked",
    # --- open questions -----------------------------------------------------------------------
    (WhatNext, YES): "basics.yes_unasked",
    (WhatNext, NO): "basics.no_unasked",
    (AnythingElse, YES): "basics.anything_else_yes",
    (AnythingElse, NO): "basics.no_unasked",
    # --- guides -------------------------------------------------------------------------------
    (GuideChoice, YES): "guides.choice_yes",
    (GuideChoice, NO): "guides.choice_no",
    (GuideChoice, "ChooseIntent"): "guides.choose",
    (GuideChoice, "GetGuideIntent"): "guides.choose",
    (GuideChoice, "MaterialIntent"): "guides.choice_material",
    (MaterialChoice, YES): "basics.expected",
    (MaterialChoice, NO): "guide_material.material_general",
    (MaterialChoice, NEXT): "guide_material.material_general",
    (MaterialChoice, "UnsureIntent"): "guide_material.material_general",
    (MaterialChoice, "MaterialIntent"): "guide_material.material_given",
    (MaterialChoice, "ChooseIntent"): "guide_material.material_given",
    (MaterialChoice, "GetGuideIntent"): "guides.get_guide",
    (MaterialChoice, "WhatINeedIntent"): "guide_material.need_before_material",
    (MaterialChoice, "CautionIntent"): "guide_steps.cautions",
    (MaterialChoice, "WaitTimeIntent"): "guide_steps.waits",
    (MaterialChoice, FALLBACK): "guide_material.material_given",
    (MaterialChoice, ANY): "guide_material.material_set_aside",
    (GuideStep, YES): "guides.next_step",
    (GuideStep, "WrongIntent"): "corrections.guide_wrong",
    (GuideChoice, "WrongIntent"): "corrections.guide_wrong",
    (MaterialChoice, "WrongIntent"): "corrections.guide_wrong",
    (ResumeGuide, "WrongIntent"): "corrections.guide_wrong",
    (GuideStep, NO): "guides.pause",
    (ResumeGuide, YES): "guide_resume.accepted",
    (ResumeGuide, NEXT): "guide_resume.accepted",
    (ResumeGuide, NO): "guide_resume.declined",
    (Offer, YES): "offers.accept",
    (Offer, "BuyIntent"): "offers.accept",
    (Offer, "AddToCartIntent"): "offers.add",
    (Offer, "AddMoreIntent"): "offers.add",
    (Offer, NO): "offers.decline",
    (Offer, "ProductInfoIntent"): "offers.tell_more",
    (Offer, NEXT): "guides.skip_offer",
    (Offer, "ReviewCartIntent"): "cart_flow.review_then_offer",
    (Offer, "CheaperIntent"): "product_answers.cheaper",
    # --- products and the cart ----------------------------------------------------------------
    (AddProduct, YES): "product_answers.add_yes",
    (AddProduct, "AddToCartIntent"): "product_answers.add_yes",
    (AddProduct, "AddMoreIntent"): "product_answers.add_yes",
    (AddProduct, "BuyIntent"): "product_answers.add_buy",
    (AddProduct, NO): "product_answers.add_no",
    (AddProduct, "ProductInfoIntent"): "product_answers.describe_again",
    (AddProduct, "ReviewCartIntent"): "cart_flow.review_then_offer",
    (AddProduct, "CheaperIntent"): "product_answers.cheaper",
    (Sibling, YES): "product_answers.sibling_yes",
    (Sibling, NO): "product_answers.add_no",
    (Sibling, "ProductInfoIntent"): "product_answers.describe_again",
    (Sibling, "ReviewCartIntent"): "cart_flow.review_then_offer",
    (Sibling, "CheaperIntent"): "product_answers.cheaper",
    (ProductChoice, "CheaperIntent"): "product_answers.cheapest_option",
    (ProductChoice, "ChooseIntent"): "product_answers.choose",
    (ProductChoice, NEXT): "products.browse_on",
    (ProductChoice, "BrowseProductsIntent"): "products.browse_on",
    (ProductChoice, "VoicePinIntent"): "product_answers.number_chosen",
    (ProductChoice, YES): "basics.expected",
    (ProductChoice, NO): "basics.no_problem",
    (ProductChoice, "AddToCartIntent"): "product_answers.choice_add",
    (ProductChoice, "AddMoreIntent"): "product_answers.choice_add",
    (ProductChoice, "BuyIntent"): "product_answers.choice_buy",
    (ProductChoice, "ProductInfoIntent"): "product_answers.choice_info",
    (ConfirmProduct, YES): "product_answers.confirmed",
    (ConfirmProduct, NO): "product_answers.not_this_one",
    (ConfirmProduct, "WrongIntent"): "corrections.product_wrong",
    (ProductChoice, "WrongIntent"): "corrections.product_wrong",
    (WhichProduct, "WrongIntent"): "corrections.which_wrong",
    (Quantity, "AddToCartIntent"): "product_answers.quantity_given",
    (Quantity, "AddMoreIntent"): "product_answers.quantity_given",
    (Quantity, "BuyIntent"): "product_answers.quantity_given",
    (Quantity, "VoicePinIntent"): "product_answers.number_given",
    (Quantity, YES): "basics.expected",
    (Quantity, NO): "basics.no_problem",
    (WhichProduct, "ChooseIntent"): "product_answers.named",
    (WhichProduct, YES): "basics.expected",
    (WhichProduct, NO): "basics.no_problem",
    (WhichLine, "ChooseIntent"): "cart_lines.chosen",
    (WhichLine, "RemoveFromCartIntent"): "cart_lines.remove_said",
    (WhichLine, "UpdateQuantityIntent"): "cart_lines.quantity_said",
    (WhichLine, "GetGuideIntent"): "cart_lines.both_or_guide",
    (WhichLine, YES): "basics.expected",
    (WhichLine, NO): "cart_lines.kept",
    (CartNext, YES): "cart_flow.check_out",
    (CartNext, NO): "cart_flow.keep_shopping",
    (CartNext, "AddToCartIntent"): "cart_flow.add_or_total",
    (CartNext, "AddMoreIntent"): "cart_flow.add_more",
    (CartNext, "WrongIntent"): "corrections.added_wrong",
    (CartNext, "UpdateQuantityIntent"): "cart_quantity.change",
    # a gift said instead: the product question set aside in a word
    (WhichProduct, "DonateIntent"): "named_charity.donate_instead",
    (ProductChoice, "DonateIntent"): "named_charity.donate_instead",
    (ConfirmProduct, "DonateIntent"): "named_charity.donate_instead",
    (Quantity, "DonateIntent"): "named_charity.donate_instead",
    (AddProduct, "DonateIntent"): "named_charity.donate_instead",
    (Sibling, "DonateIntent"): "named_charity.donate_instead",
    (WhichLine, "DonateIntent"): "named_charity.donate_instead",
    # --- paying -------------------------------------------------------------------------------
    (ConfirmOrder, YES): "checkout.agreed",
    (ConfirmOrder, NO): "checkout.refused",
    (ConfirmOrder, "CancelOrderIntent"): "checkout.refused",
    (ConfirmOrder, "WrongIntent"): "corrections.order_wrong",
    (ConfirmOrder, "CheckoutIntent"): "checkout.agreed",
    (ConfirmOrder, "ReviewCartIntent"): "checkout.lines_asked",
    (ConfirmOrder, "AddToCartIntent"): "cart_flow.added_while_confirming",
    (ConfirmOrder, "AddMoreIntent"): "cart_flow.more_while_confirming",
    (OrderPin, "AddToCartIntent"): "cart_flow.added_while_confirming",
    (OrderPin, "AddMoreIntent"): "cart_flow.more_while_confirming",
    (OrderPin, "UpdateQuantityIntent"): "cart_flow.quantity_while_confirming",
    (ConfirmOrder, "UpdateQuantityIntent"): "cart_flow.quantity_while_confirming",
    (ConfirmOrder, "AccountIntent"): "account.wallet",
    (ConfirmOrder, "DeliveryIntent"): "checkout.delivery_asked",
    (ConfirmOrder, "ProductInfoIntent"): "checkout.asked_while_confirming",
    (ConfirmOrder, "UseRewardIntent"): "rewards.use_at_checkout",
    (ConfirmOrder, ANY): "other_size.while_ordering",
    (OrderPin, "UseRewardIntent"): "rewards.use_at_checkout",
    (OrderPin, "VoicePinIntent"): "checkout.pin_given",
    (OrderPin, "ReviewCartIntent"): "checkout.lines_asked",
    (OrderPin, "DeliveryIntent"): "checkout.delivery_asked",
    (OrderPin, "AccountIntent"): "account.wallet",
    (OrderPin, PREVIOUS): "checkout.summary_again",
    (OrderPin, CANCEL): "checkout.pin_refused",
    (ConfirmOrder, CANCEL): "checkout.refused",
    (OrderPin, ANY): "checkout.pin_given",
    (OrderPin, YES): "basics.expected",
    (OrderPin, NO): "checkout.pin_refused",
    (OrderPin, "CancelOrderIntent"): "checkout.pin_refused",
    (VoiceCheck, RESUMED): "checkout.resumed",
    (VoiceCheck, YES): "checkout.voice_check_pending",
    (VoiceCheck, NO): "checkout.pin_refused",
    (PaymentRetry, YES): "checkout.retry",
    (PaymentRetry, NO): "checkout.retry_declined",
    (PaymentRetry, "CancelOrderIntent"): "checkout.retry_declined",
    (OpenPayment, YES): "payment_recovery.retry",
    (OpenPayment, NO): "payment_recovery.later",
    (OpenPayment, CANCEL): "payment_recovery.abandon",
    (OpenPayment, "CancelOrderIntent"): "payment_recovery.abandon",
    (CancelOrder, YES): "orders.confirmed",
    (CancelOrder, NO): "orders.kept",
    (CancelOrder, CANCEL): "orders.kept_and_stop",
    (CancelOrder, "CancelOrderIntent"): "orders.confirmed",
    # --- donations ----------------------------------------------------------------------------
    (DonationCharity, "DonateIntent"): "donations.donate",
    (DonationCharity, NEXT): "donations.more_charities",
    (DonationCharity, "BrowseProductsIntent"): "donations.more_charities",
    (DonationCharity, ANY): "named_charity.charity_changed",
    (DonationAmount, ANY): "named_charity.charity_changed",
    (ConfirmDonation, ANY): "named_charity.charity_changed",
    (DonationCharity, "ChooseIntent"): "donations.donate",
    (DonationCharity, YES): "basics.expected",
    (DonationCharity, NO): "donation_answers.declined",
    (DonationCharity, "CancelDonationIntent"): "donation_answers.declined",
    (DonationAmount, "DonateIntent"): "donations.donate",
    (DonationAmount, "CharityInfoIntent"): "charity_info.about",
    (DonationCharity, "CharityInfoIntent"): "charity_info.about",
    (ConfirmDonation, "CharityInfoIntent"): "charity_info.about",
    (DonationAmount, "VoicePinIntent"): "donations.amount_given",
    (DonationAmount, YES): "basics.expected",
    (DonationAmount, NO): "donation_answers.declined",
    (DonationAmount, "CancelDonationIntent"): "donation_answers.declined",
    (ConfirmDonation, YES): "donation_answers.confirmed",
    (ConfirmDonation, NO): "donation_answers.declined",
    (ConfirmDonation, "WrongIntent"): "donation_answers.amount_changed",
    (ConfirmDonation, "UpdateQuantityIntent"): "donation_answers.amount_changed",
    (DonationAmount, "UpdateQuantityIntent"): "donation_answers.amount_changed",
    (ConfirmDonation, "CancelDonationIntent"): "donation_answers.declined",
    (ConfirmDonation, "DonateIntent"): "donations.donate",
    (ConfirmDonation, "UseRewardIntent"): "rewards.use_for_gift",
    (DonationReceipt, "UseRewardIntent"): "rewards.use_for_gift",
    (DonationPin, "UseRewardIntent"): "rewards.use_for_gift",
    (DonationReceipt, YES): "donation_answers.receipt",
    # The code said before the question it answers ("4826" to "a tax receipt?", "shall I place
    # the order?"): the question again, nothing set aside, the code never said back.
    (DonationReceipt, "VoicePinIntent"): "basics.not_understood",
    (ConfirmDonation, "VoicePinIntent"): "donation_answers.amount_or_code",
    (ConfirmOrder, "VoicePinIntent"): "basics.not_understood",
    (DonationReceipt, NO): "donation_answers.no_receipt",
    (ConfirmDonation, "ReviewCartIntent"): "donation_answers.gift_total",
    (DonationReceipt, "ReviewCartIntent"): "donation_answers.gift_total",
    (DonationPin, "ReviewCartIntent"): "donation_answers.gift_total",
    (DonationReceipt, "CharityInfoIntent"): "donation_answers.about_receipt",
    (DonationReceipt, "CancelDonationIntent"): "donation_answers.declined",
    (DonationPin, "VoicePinIntent"): "giving.pin_given",
    (DonationPin, ANY): "giving.pin_given",
    (DonationPin, YES): "basics.expected",
    (DonationPin, NO): "donation_answers.declined",
    (DonationPin, "CancelDonationIntent"): "donation_answers.declined",
    (RoundUp, YES): "round_up.accepted",
    (RoundUp, NO): "round_up.declined",
    (RoundUp, "CancelDonationIntent"): "round_up.declined",
    (RoundUp, "DonateIntent"): "round_up.other_amount",
    (RoundUp, "UseRewardIntent"): "rewards.use_for_gift",
    (DonationRetry, YES): "giving.retry",
    (DonationRetry, NO): "giving.retry_declined",
    (DonationRetry, "CancelDonationIntent"): "giving.retry_declined",
}


def handler(name: str) -> Handler:
    """The flow function ``name`` (``"guides.get_guide"``), its module imported on first use."""
    flow, _, function = name.partition(".")
    answer: Handler = getattr(importlib.import_module(f"skill.flows.{flow}"), function)
    return answer


def route(turn: Turn, intent: str, slots: Slots) -> Reply | None:
    """Find who answers ``intent`` given the pending question, and answer."""
    if not turn.owner and intent != SESSION_ENDED:
        return handler("basics.unknown_shopper")(turn, None, slots)
    question = turn.question
    if (None, intent) not in ROUTES and not _answered(question, intent):
        intent = UNKNOWN
    if question is not None:
        kind = type(question)
        for key in ((kind, intent), (Question, intent)):
            if key in ROUTES:
                return handler(ROUTES[key])(turn, question, slots)
        if (kind, ANY) in ROUTES:
            reply = handler(ROUTES[(kind, ANY)])(turn, question, slots)
            if reply is not None:
                return reply
    reply = handler(ROUTES[(None, intent)])(turn, None, slots)
    if question is not None and question.money and reply is not None:
        return reply.led_by(turn.say(question.set_aside))
    return reply


def _answered(question: Question | None, intent: str) -> bool:
    return question is not None and (type(question), intent) in ROUTES
