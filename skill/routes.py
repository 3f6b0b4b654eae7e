"""Which flow answers which request: the skill's whole dispatch table, read top to bottom."""

from __future__ import annotations

from ask_sdk_core.utils import is_intent_name, is_request_type

from skill.flows import basics, checkout, donations, guides, orders, shopping

ROUTES = [
    (is_request_type("LaunchRequest"), basics.launch),
    (is_request_type("SessionEndedRequest"), basics.session_ended),
    (is_request_type("SessionResumedRequest"), checkout.resumed),
    (is_intent_name("GetGuideIntent"), guides.get_guide),
    (is_intent_name("MaterialIntent"), guides.material_given),
    (is_intent_name("WhatINeedIntent"), guides.what_i_need),
    (is_intent_name("AMAZON.NextIntent"), guides.next_step),
    (is_intent_name("AMAZON.PreviousIntent"), guides.previous_step),
    (is_intent_name("AMAZON.StartOverIntent"), guides.start_over),
    (is_intent_name("ProductInfoIntent"), shopping.product_info),
    (is_intent_name("AddToCartIntent"), shopping.add_to_cart),
    (is_intent_name("BuyIntent"), shopping.buy),
    (is_intent_name("ChooseIntent"), shopping.choose),
    (is_intent_name("ReviewCartIntent"), shopping.review_cart),
    (is_intent_name("RemoveFromCartIntent"), shopping.remove_from_cart),
    (is_intent_name("ClearCartIntent"), shopping.clear_cart),
    (is_intent_name("CheckoutIntent"), checkout.checkout),
    (is_intent_name("VoicePinIntent"), checkout.voice_pin),
    (is_intent_name("DonateIntent"), donations.donate),
    (is_intent_name("DonationHistoryIntent"), donations.history),
    (is_intent_name("OrderStatusIntent"), orders.order_status),
    (is_intent_name("CancelOrderIntent"), orders.cancel_order),
    (is_intent_name("AMAZON.YesIntent"), basics.yes),
    (is_intent_name("AMAZON.NoIntent"), basics.no),
    (is_intent_name("AMAZON.HelpIntent"), basics.help),
    (is_intent_name("AMAZON.RepeatIntent"), basics.repeat),
    (is_intent_name("AMAZON.NavigateHomeIntent"), basics.home),
    (is_intent_name("AMAZON.StopIntent"), basics.stop),
    (is_intent_name("AMAZON.CancelIntent"), basics.cancel),
    (is_intent_name("AMAZON.FallbackIntent"), basics.fallback),
    (is_request_type("IntentRequest"), basics.fallback),
    (lambda handler_input: True, basics.unsupported),
]
"""Order matters: the first predicate that accepts the request wins; the last two catch the rest
(an intent the model no longer has, a request type the skill does not use)."""
