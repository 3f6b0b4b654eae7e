"""Off the happy path, lists said aloud and gone on with: "more" or « quoi d'autre ? » after
"what do you sell?" names the next products (it was not understood), and "the first one" to
"which charity?" is the first charity named (it was "a charity called first"). Through the real
skill and the simulator's reading of the committed interaction models, in both locales."""

from __future__ import annotations

import pytest

from tests.skill.wallets import enroll

FR, EN = "fr-FR", "en-US"


@pytest.mark.parametrize(
    ("locale", "browse", "more", "first", "second", "chosen"),
    [
        (FR, "vous vendez quoi", "quoi d'autre",
         "dont le prélavage aux enzymes 500 ml, le kit anti-cire de bougie et le savon au fiel",
         "Nous avons aussi le spray à l'oxygène actif 250 ml, la terre de Sommières 250 g et le "
         "détachant encre et feutre 50 ml. Lequel vous intéresse ?",
         "Le détachant encre et feutre 50 ml coûte"),
        (EN, "what do you sell", "more",
         "among them Enzyme Pre-Wash 500 ml, Candle Wax Removal Kit and Ox Gall Stain Soap Bar",
         "We also have Active Oxygen Spray 250 ml, Sommieres Absorbent Clay 250 g and Ink and "
         "Marker Remover 50 ml. Which one would you like to hear about?",
         "Ink and Marker Remover 50 ml is"),
    ],
)  # fmt: skip
def test_more_after_browsing_names_the_next_products(
    shopper, locale, browse, more, first, second, chosen
):
    talk = shopper(locale)
    assert first in talk.say(browse)
    assert talk.say(more) == second
    assert talk.say("la dernière" if locale == FR else "the last one").startswith(chosen)


@pytest.mark.parametrize(
    ("locale", "more", "end"),
    [(FR, "d'autres", "Ce sont tous nos produits. Lequel vous intéresse ?"),
     (EN, "more", "Those are all our products. Which one would you like to hear about?")],
)  # fmt: skip
def test_more_after_the_last_products_says_there_are_no_others(shopper, locale, more, end):
    talk = shopper(locale)
    talk.say("vous vendez quoi" if locale == FR else "what do you sell")
    lists = [talk.say(more) for _ in range(5)]
    assert lists[-1] == end and end not in lists[-2]
    assert talk.say("la première" if locale == FR else "the first one").endswith("?")


@pytest.mark.parametrize(
    ("locale", "start", "rank", "asked"),
    [
        (FR, "je veux faire un don", "la deuxième",
         "Combien voulez-vous donner aux Ateliers Solidaires du Textile ?"),
        (FR, "je veux faire un don", "la première",
         "Combien voulez-vous donner à la Croix-Rouge française ?"),
        (EN, "i want to make a donation", "the first one",
         "How much would you like to give to the French Red Cross?"),
        (EN, "i want to make a donation", "the last one",
         "How much would you like to give to the Clean Laundry for All Foundation?"),
    ],
)  # fmt: skip
def test_a_charity_chosen_by_its_rank_in_the_list(skill, shopper, locale, start, rank, asked):
    enroll(skill)
    talk = shopper(locale)
    assert "?" in talk.say(start)
    assert talk.say(rank).startswith(asked)
