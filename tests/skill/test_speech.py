"""Speech is SSML that merchant text cannot break, and every prompt exists in every locale."""

import xml.etree.ElementTree as ET

import pytest

from payments.money import Money
from skill.speech import Speaker, Ssml, escape, load_prompts, plain


@pytest.mark.parametrize("locale", ["fr-FR", "en-US"])
def test_merchant_text_is_escaped_once(locale):
    speaker = Speaker(locale)
    line = speaker.say("cart_line", quantity=2, product="Savon & <Fiel> l'original")
    review = speaker.say(
        "cart_review", lines=speaker.both([line, line]), delivery="x", total=Money.of("9.90", "EUR")
    )
    ET.fromstring(f"<speak>{review}</speak>")
    assert "&amp;lt;" not in review and "&amp;amp;" not in review
    assert "Savon & <Fiel> l'original" in plain(review)


def test_ssml_values_pass_unescaped():
    assert escape(Ssml("<break/>")) == "<break/>"
    assert escape("<break/>") == "&lt;break/&gt;"


def test_money_is_spoken_as_people_say_it():
    assert Speaker("fr-FR").money(Money.of("9.90", "EUR")) == "9,90 €"
    assert Speaker("fr-FR").money(Money.of("10", "EUR")) == "10 €"
    assert Speaker("en-US").money(Money.of("10.90", "USD")) == "$10.90"


def test_both_locales_have_the_same_prompts():
    assert set(load_prompts("fr-FR")) == set(load_prompts("en-US"))


def test_every_prompt_is_valid_ssml_once_filled():
    for locale in ("fr-FR", "en-US"):
        for template in load_prompts(locale).values():
            filled = template.replace("{", "").replace("}", "")
            ET.fromstring(f"<speak>{filled}</speak>")
