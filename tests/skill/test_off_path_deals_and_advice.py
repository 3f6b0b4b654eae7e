"""Off the happy path, asking about deals and advice: "any deals?", « vous avez des promos ? »
(a product called "promos" before), « je voudrais un conseil » (a product called "conseil"),
"what product should I use for red wine?" (not understood), "huh?", « j'ai pas compris » (not
understood: now the last answer again). Through the real skill and the simulator's reading of
the committed interaction models, in both locales."""

from __future__ import annotations

import pytest

from skill.app import build_skill
from skill.settings import Settings
from skill.simulator import Simulator

FR, EN = "fr-FR", "en-US"


@pytest.mark.parametrize(
    ("locale", "asked", "said"),
    [
        (FR, "vous avez des promos",
         "Pour votre première commande, le petit spray à l'oxygène actif et la poudre à l'oxygène actif sont à moins 10 %."),
        (FR, "c'est quoi les offres du moment", "Pour votre première commande"),
        (EN, "any deals today", "For your first order, the small active oxygen spray and the active oxygen powder are 10% off."),
        (EN, "what's on sale", "For your first order"),
    ],
)  # fmt: skip
def test_deals_asked_say_the_campaign_the_shopper_would_get(shopper, locale, asked, said):
    assert shopper(locale).say(asked).startswith(said)


@pytest.mark.parametrize(
    ("locale", "asked", "said"),
    [
        (FR, "vous avez des promos", "Il n'y a pas d'offre spéciale en ce moment."),
        (EN, "any deals", "There are no special offers right now."),
    ],
)
def test_a_shop_with_no_campaign_says_there_is_none(
    example_copy, store, clock, tmp_path, locale, asked, said
):
    (example_copy / "campaigns.yaml").unlink()
    settings = Settings(content_dir=example_copy, db_path=tmp_path / "plain.sqlite3")
    talk = Simulator(build_skill(settings, store=store, clock=clock), locale)
    talk.launch()
    assert talk.say(asked).startswith(said)


@pytest.mark.parametrize(
    ("locale", "asked", "said"),
    [
        (FR, "je voudrais un conseil", "Nous avons 16 produits"),
        (FR, "c'est quoi le meilleur détachant", "Nous avons 16 produits"),
        (EN, "what's the best stain remover", "We have 16 products"),
        (EN, "i need some advice", "We have 16 products"),
    ],
)
def test_advice_asked_with_no_guide_names_a_few_products(shopper, locale, asked, said):
    assert shopper(locale).say(asked).startswith(said)


@pytest.mark.parametrize(
    ("locale", "asked", "said"),
    [
        (FR, "quel produit pour une tache d'herbe", "Tache d'herbe"),
        (EN, "what product should i use for grass", "Grass stain"),
    ],
)
def test_a_product_asked_for_a_stain_leads_with_the_method(shopper, locale, asked, said):
    assert said in shopper(locale).say(asked)


@pytest.mark.parametrize(
    ("locale", "again"),
    [(FR, "j'ai pas compris"), (FR, "hein"), (FR, "plus lentement"), (EN, "huh"),
     (EN, "i didn't catch that")],
)  # fmt: skip
def test_not_understood_by_the_shopper_says_the_last_answer_again(shopper, locale, again):
    talk = shopper(locale)
    said = talk.say("comment enlever une tache d'herbe" if locale == FR else "grass stain")
    assert talk.say(again) == said


@pytest.mark.parametrize(
    ("locale", "asked", "cheaper", "offered", "yes", "added"),
    [
        (FR, "parle-moi du spray à l'oxygène actif 500 ml", "vous avez moins cher",
         "J'ai le spray à l'oxygène actif 250 ml à 6,90 €.", "oui",
         "J'ai ajouté le spray à l'oxygène actif 250 ml."),
        (EN, "tell me about the active oxygen spray 500 ml", "anything cheaper",
         "I have Active Oxygen Spray 250 ml for $7.90.", "yes",
         "I added Active Oxygen Spray 250 ml."),
    ],
)  # fmt: skip
def test_anything_cheaper_offers_the_next_cheaper_of_its_group(
    shopper, locale, asked, cheaper, offered, yes, added
):
    """It was not understood (« moins cher » a product called so): now the smaller size."""
    talk = shopper(locale)
    talk.say(asked)
    assert talk.say(cheaper).startswith(offered)
    assert talk.say(yes).startswith(added)


@pytest.mark.parametrize(
    ("locale", "asked", "cheaper", "said"),
    [
        (FR, "parle-moi du savon au fiel nature", "c'est trop cher",
         "C'est notre prix le plus bas pour ce produit."),
        (EN, "tell me about the ox gall soap", "that's too expensive",
         "That's the lowest price I have for it."),
    ],
)  # fmt: skip
def test_the_cheapest_of_its_group_says_so_and_asks_again(shopper, locale, asked, cheaper, said):
    talk = shopper(locale)
    talk.say(asked)
    reply = talk.say(cheaper)
    assert reply.startswith(said) and reply.endswith("?")


@pytest.mark.parametrize(
    ("locale", "asked", "cheapest", "added"),
    [(EN, "i want a stain remover", "the cheapest one", "I added Pocket Stain Stick 35 g."),
     (EN, "i want a stain remover", "the least expensive", "I added Pocket Stain Stick 35 g."),
     (FR, "je voudrais un détachant", "le moins cher",
      "J'ai ajouté le stick détachant de poche 35 g."),
     (FR, "je voudrais un détachant", "la moins chère des deux",
      "J'ai ajouté le stick détachant de poche 35 g.")],
)  # fmt: skip
def test_the_cheapest_said_to_which_one_is_that_option(chat, locale, asked, cheapest, added):
    """« le moins cher » to « le spray … ou le stick … ? » was « Je n'ai pas saisi lequel »."""
    talk = chat(locale)
    talk.launch()
    asked_which = talk.say(asked)
    assert " or " in asked_which or " ou " in asked_which
    assert talk.say(cheapest).startswith(added)
