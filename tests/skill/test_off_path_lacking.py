"""Off the happy path in a guide: "I don't have salt", « je n'ai pas de savon au fiel », "what can
I use instead of ox gall soap?" (not understood before). What the guide's need list gives for
the same job is said, and the product when the shop sells the thing or what replaces it (added
only on yes); neither, that the method knows no replacement; the guide waits. Through the real
skill and the simulator's reading of the committed interaction models, in both locales."""

from __future__ import annotations

import pytest

from content.loader import load_content
from skill.settings import DEFAULT_CONTENT

FR, EN = "fr-FR", "en-US"
WINE = {FR: "comment enlever une tache de vin rouge", EN: "how do i get a red wine stain out"}
COFFEE = {FR: "comment enlever une tache de café", EN: "how do i get a coffee stain out"}
COTTON = {FR: "coton", EN: "cotton"}
GO_ON = {FR: "dites « suivant »", EN: 'say "next"'}


def _in_guide(shopper, locale: str, guide: dict[str, str]):
    talk = shopper(locale)
    talk.say(guide[locale])
    talk.say(COTTON[locale])
    return talk


@pytest.mark.parametrize(
    ("locale", "said", "answer"),
    [
        (EN, "i don't have salt", "You can use cornstarch instead."),
        (FR, "je n'ai pas de sel", "Vous pouvez utiliser du talc à la place."),
    ],
)
def test_a_thing_the_need_list_gives_a_replacement_for(shopper, locale, said, answer):
    talk = _in_guide(shopper, locale, WINE)
    reply = talk.say(said)
    assert reply.startswith(answer) and GO_ON[locale] in reply
    step = {FR: ("suivant", "Étape 3"), EN: ("next", "Step 3")}[locale]
    assert step[1] in talk.say(step[0])


@pytest.mark.parametrize(
    ("locale", "said", "answer", "product"),
    [
        (EN, "what can i use instead of ox gall soap", "You can use dish soap instead. We sell it too.",
         "Ox Gall Stain Soap Bar 100 g is $4.90."),
        (FR, "je n'ai pas de savon au fiel",
         "Vous pouvez utiliser du liquide vaisselle à la place. Nous en vendons aussi.",
         "Le savon au fiel de bœuf nature 100 g coûte 3,90 €."),
        (EN, "i don't have any dish soap", "You can use ox gall soap instead. We sell it.",
         "Ox Gall Stain Soap Bar 100 g is $4.90."),
    ],
)  # fmt: skip
def test_what_the_shop_sells_is_offered_after_the_replacement_and_added_only_on_yes(
    shopper, locale, said, answer, product
):
    talk = _in_guide(shopper, locale, COFFEE)
    reply = talk.say(said)
    assert reply.startswith(f"{answer} {product}")
    assert reply.endswith(("Shall I add it to your cart?", "Je l'ajoute à votre panier ?"))
    cart = talk.say("what's in my cart" if locale == EN else "qu'est-ce qu'il y a dans mon panier")
    assert "empty" in cart or "vide" in cart


@pytest.mark.parametrize(
    ("locale", "said", "answer"),
    [
        (EN, "i don't have vinegar", 'I don\'t know a replacement for "vinegar" in this method.'),
        (FR, "je n'ai pas de linge blanc",
         "Je ne connais pas de remplacement pour « linge blanc » dans cette méthode."),
    ],
)  # fmt: skip
def test_no_replacement_known_says_so_and_the_guide_waits(shopper, locale, said, answer):
    reply = _in_guide(shopper, locale, COFFEE).say(said)
    assert reply.startswith(answer) and GO_ON[locale] in reply


def test_instead_of_reads_the_need_list_alternatives() -> None:
    guides = load_content(DEFAULT_CONTENT).guides
    assert guides["red-wine"].instead_of(EN, "salt") == ("table salt", ("cornstarch",))
    assert guides["coffee"].instead_of(FR, "savon au fiel") == (
        "du savon au fiel",
        ("du liquide vaisselle",),
    )
    assert guides["coffee"].instead_of(EN, "cold water") == ("cold water", ())
    assert guides["coffee"].instead_of(EN, "vinegar") is None
    assert guides["coffee"].instead_of(EN, "the") is None


@pytest.mark.parametrize(
    ("locale", "guide", "offered", "never"),
    [
        (EN, "how do i get red wine out of wool", "Wool and Silk Stain Remover 250 ml is $10.50.",
         "Oxygen"),
        (FR, "comment enlever une tache de vin rouge sur de la laine",
         "Le détachant laine et soie 250 ml coûte", "oxygène"),
    ],
)  # fmt: skip
def test_a_guide_on_wool_offers_what_suits_wool_never_the_oxygen_spray(
    shopper, locale, guide, offered, never
):
    talk = shopper(locale)
    talk.say(guide)
    reply = talk.say("next" if locale == EN else "suivant")
    assert offered in reply and never not in reply


def test_a_surface_the_guide_is_not_meant_for_has_its_own_offer_too(shopper):
    """Red wine on a couch offered the oxygen spray; the merchant names the foam for it."""
    talk = shopper(EN)
    talk.say("how do i get red wine out of my couch")
    reply = talk.say("next")
    assert "Carpet and Upholstery Foam 400 ml is $12.90." in reply and "Oxygen" not in reply
