"""Speech is SSML that merchant text cannot break, correct French and English grammar for any
merchant's names, CLDR plurals, and every prompt exists in every locale."""

import re
import xml.etree.ElementTree as ET

import pytest
from babel import Locale

from content.model import Grammar, default_grammar
from content.wording import default_prompts
from payments.money import Money
from skill.grammar import Name, plural_category
from skill.speech import Speaker, Ssml, escape, plain


def fr(text: str, **grammar: object) -> Name:
    return Name(text, "fr-FR", Grammar(**grammar))  # type: ignore[arg-type]


def en(text: str, **grammar: object) -> Name:
    return Name(text, "en-US", Grammar(**grammar))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "the", "to", "of", "it"),
    [
        (fr("Croix-Rouge française", gender="feminine", proper=True),
         "la Croix-Rouge française", "à la Croix-Rouge française", "de la Croix-Rouge française", "la"),
        (fr("Secours des Rivières", gender="masculine", proper=True),
         "le Secours des Rivières", "au Secours des Rivières", "du Secours des Rivières", "le"),
        (fr("Éponge magique", gender="feminine"),
         "l'éponge magique", "à l'éponge magique", "de l'éponge magique", "la"),
        (fr("Unicef", gender="masculine", proper=True),
         "l'Unicef", "à l'Unicef", "de l'Unicef", "le"),
        (fr("Housse", gender="feminine", elision=False),
         "la housse", "à la housse", "de la housse", "la"),
        (fr("Amis de l'Eau Claire", gender="masculine", plural=True, proper=True),
         "les Amis de l'Eau Claire", "aux Amis de l'Eau Claire", "des Amis de l'Eau Claire", "les"),
        (fr("Savon au fiel", gender="masculine"),
         "le savon au fiel", "au savon au fiel", "du savon au fiel", "le"),
        (fr("Terre de Sommières 250 g", gender="feminine"),
         "la terre de Sommières 250 g", "à la terre de Sommières 250 g", "de la terre de Sommières 250 g", "la"),
        (fr("UNICEF", gender="masculine"),
         "l'UNICEF", "à l'UNICEF", "de l'UNICEF", "le"),
        (en("French Red Cross", proper=True),
         "the French Red Cross", "to the French Red Cross", "of the French Red Cross", "it"),
        (en("Clean Water Friends", article=False, plural=True),
         "Clean Water Friends", "to Clean Water Friends", "of Clean Water Friends", "them"),
        (en("Red wine stain"),
         "the red wine stain", "to the red wine stain", "of the red wine stain", "it"),
    ],
)  # fmt: skip
def test_names_take_articles_elision_and_contractions(name, the, to, of, it):
    assert (name.the, name.to, name.of, name.it) == (the, to, of, it)


def test_a_short_name_is_said_instead_of_a_long_title():
    spray = fr("Détachant à l'oxygène actif en spray 500 ml", gender="masculine",
               short="spray à l'oxygène actif")  # fmt: skip
    assert spray.name == "spray à l'oxygène actif"
    assert spray.Name == "Spray à l'oxygène actif"
    assert spray.the == "le spray à l'oxygène actif"


def test_name_forms_are_escaped():
    name = fr("Savon & <Fiel>", gender="masculine")
    assert name.the == "le savon &amp; &lt;Fiel&gt;"
    ET.fromstring(f"<speak>{Speaker('fr-FR').say('offer', product=name, price='9')}</speak>")


@pytest.mark.parametrize(
    ("locale", "product", "expected"),
    [
        ("fr-FR", fr("Poudre", gender="feminine"), "Voulez-vous la commander ?"),
        ("fr-FR", fr("Savon", gender="masculine"), "Voulez-vous le commander ?"),
        ("fr-FR", fr("Lingettes", gender="feminine", plural=True), "Voulez-vous les commander ?"),
        ("en-US", en("Wipes", plural=True, article=False), "Would you like to order them?"),
        ("en-US", en("Soap", article=False), "Would you like to order it?"),
    ],
)
def test_pronouns_agree_with_the_product(locale, product, expected):
    assert expected in Speaker(locale).say("offer", product=product, price="9")


@pytest.mark.parametrize(
    ("locale", "left", "expected"),
    [
        ("fr-FR", 2, "Il vous reste 2 essais."),
        ("fr-FR", 1, "Il vous reste 1 essai."),
        ("fr-FR", 0, "Il vous reste 0 essai."),
        ("en-US", 2, "You have 2 attempts left."),
        ("en-US", 1, "You have 1 attempt left."),
        ("en-US", 0, "You have 0 attempts left."),
    ],
)
def test_counts_follow_cldr_plural_rules(locale, left, expected):
    assert expected in Speaker(locale).say("pin_wrong", left=left)


@pytest.mark.parametrize("locale", ["fr-FR", "en-US"])
def test_the_plural_rule_in_the_prompts_is_babels(locale):
    """The prompts carry the CLDR rule so a cold start loads no locale data; it must be Babel's."""
    cldr = Locale.parse(locale.replace("-", "_")).plural_form
    rule = str(default_prompts(locale)["_plural"])
    for number in [*range(0, 120), 1000000, 2000000]:
        assert plural_category(rule, number) == cldr(number), number


@pytest.mark.parametrize("locale", ["fr-FR", "en-US"])
def test_merchant_text_is_escaped_once(locale):
    speaker = Speaker(locale)
    product = Name("Savon & <Fiel> l'original", locale, default_grammar("product", locale))
    line = speaker.say("cart_line", quantity=2, product=product)
    review = speaker.join(
        line, line, speaker.say("cart_total", delivery="x", total=Money.of("9.90", "EUR"))
    )
    ET.fromstring(f"<speak>{review}</speak>")
    assert "&amp;lt;" not in review and "&amp;amp;" not in review
    assert "avon & <Fiel> l'original" in plain(review)


def test_ssml_values_pass_unescaped():
    assert escape(Ssml("<break/>")) == "<break/>"
    assert escape("<break/>") == "&lt;break/&gt;"


def test_money_is_spoken_as_people_say_it():
    assert Speaker("fr-FR").money(Money.of("9.90", "EUR")) == "9,90 €"
    assert Speaker("fr-FR").money(Money.of("10", "EUR")) == "10 €"
    assert Speaker("en-US").money(Money.of("10.90", "USD")) == "$10.90"
    assert Speaker("fr-FR").money(Money.of("1000", "EUR")) == "1 000 €"
    assert Speaker("fr-FR").money(Money.of("1234.50", "EUR")) == "1 234,50 €"
    assert Speaker("en-US").money(Money.of("1000", "USD")) == "$1,000"
    assert Speaker("en-US").money(Money.of("1234.50", "USD")) == "$1,234.50"


def test_both_locales_have_the_same_prompts():
    assert set(default_prompts("fr-FR")) == set(default_prompts("en-US"))


def test_every_choice_has_a_fallback_and_selects_on_a_parameter():
    for locale in ("fr-FR", "en-US"):
        for key, prompt in default_prompts(locale).items():
            if isinstance(prompt, dict):
                assert "other" in prompt and "select" in prompt, (locale, key)


def test_every_prompt_is_valid_ssml_once_filled():
    for locale in ("fr-FR", "en-US"):
        for prompt in default_prompts(locale).values():
            texts = prompt.values() if isinstance(prompt, dict) else [prompt]
            for template in texts:
                filled = re.sub(r"\{[^}]*\}", "x", template)
                ET.fromstring(f"<speak>{filled}</speak>")
