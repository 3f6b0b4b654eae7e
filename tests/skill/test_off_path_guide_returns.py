"""Off the happy path, going back to a guide: "go on" / « continue » at a guide's offer (it was a
yes: the product added, or an order summary, the rest of the guide skipped), a guide taken up
in ordinary words ("back to the ink", « reprends le guide », "carry on": not understood), even
while another stain's fabric is asked ("I didn't recognize that fabric"), a fabric said
« c'est sur mes draps » (the guide dropped, « c est » said back), "wine" alone (red wine,
though a white-wine guide exists), a couch given a method that soaks and washes, and what is
said back keeping its accents and apostrophes. Through the real skill and the simulator's
reading of the committed interaction models, in both locales."""

from __future__ import annotations

import pytest

from skill.app import build_skill
from skill.settings import Settings
from skill.simulator import Simulator

FR, EN = "fr-FR", "en-US"
INK = {
    FR: "comment enlever une tache d'encre sur du coton",
    EN: "how do I get ink out of a cotton shirt",
}
NEXT = {FR: "suivant", EN: "next"}
GRASS = {
    FR: "comment enlever une tache d'herbe sur un jean",
    EN: "how do I remove grass from jeans",
}
INK_BACK = {
    FR: "On reprend la méthode pour la tache d'encre de stylo là où nous en étions. Étape 4 :",
    EN: "Back to the ink stain, where we left off. Step 4:",
}


def ink_at_step_4(shopper, locale):
    talk = shopper(locale)
    talk.say(INK[locale])
    assert "4" in talk.say(NEXT[locale])  # steps 3 and 4 read
    return talk


# --- "go on" at a guide's offer ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "guide", "go_on", "step"),
    [
        (EN, "how do I remove blood from cotton", "go on", "Step 5:"),
        (EN, "how do I remove blood from cotton", "continue", "Step 5:"),
        (EN, "how do I remove blood from cotton", "carry on", "Step 5:"),
        (FR, "comment enlever une tache de sang sur du coton", "continue", "Étape 5 :"),
        (FR, "comment enlever une tache de sang sur du coton", "on continue", "Étape 5 :"),
    ],
)  # fmt: skip
def test_go_on_at_a_guide_offer_reads_the_next_step_and_buys_nothing(
    shopper, locale, guide, go_on, step
):
    talk = shopper(locale)
    talk.say(guide)
    offered = talk.say(NEXT[locale])
    assert offered.endswith(("Would you like to order it?", "Voulez-vous le commander ?"))
    reply = talk.say(go_on)
    assert reply.startswith(step), reply
    assert "added" not in reply and "ajouté" not in reply
    cart = talk.say("what's in my cart" if locale == EN else "qu'est-ce qu'il y a dans mon panier")
    assert "empty" in cart or "vide" in cart, cart


def test_continue_at_the_last_offer_places_no_order(shopper):
    talk = shopper(FR)
    talk.say(INK[FR])
    talk.say("suivant")
    assert talk.say("suivant").endswith("Voulez-vous le commander ?")
    reply = talk.say("continue")
    assert reply.startswith("C'était la dernière étape."), reply
    assert "commande" not in reply and "€" not in reply


# --- a guide taken up in ordinary words ----------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "back"),
    [
        (EN, "back to the ink"),
        (EN, "let's go back to the ink"),
        (EN, "go back to the ink"),
        (FR, "reprends l'encre"),
        (FR, "on revient à l'encre"),
        (FR, "reprends la méthode pour l'encre"),
    ],
)
def test_a_guide_set_aside_is_taken_up_by_its_stain(shopper, locale, back):
    talk = ink_at_step_4(shopper, locale)
    talk.say(GRASS[locale])
    reply = talk.say(back)
    assert INK_BACK[locale] in reply, reply


@pytest.mark.parametrize(
    ("locale", "detour", "back"),
    [
        (EN, "how much is the ox gall soap", "back to the guide"),
        (EN, "how much is the ox gall soap", "resume the guide"),
        (EN, "how much is the ox gall soap", "continue the guide"),
        (EN, "add the ox gall soap", "back to the ink"),
        (FR, "combien coûte le savon au fiel", "reprends le guide"),
        (FR, "combien coûte le savon au fiel", "on reprend le guide"),
        (FR, "combien coûte le savon au fiel", "continue la méthode"),
        (FR, "ajoute le savon au fiel", "reprends l'encre"),
    ],
)  # fmt: skip
def test_after_a_detour_the_guide_is_taken_up_where_it_was(shopper, locale, detour, back):
    talk = ink_at_step_4(shopper, locale)
    talk.say(detour)
    reply = talk.say(back)
    assert reply.startswith(INK_BACK[locale]), reply


@pytest.mark.parametrize(
    ("locale", "back", "again"),
    [
        (EN, "back to the guide", "how do I remove ink from cotton"),
        (FR, "reprends le guide", "comment enlever une tache d'encre sur du coton"),
    ],
)
def test_the_next_session_takes_the_guide_up_when_asked_and_starts_it_over_when_asked_anew(
    shopper, locale, back, again
):
    ink_at_step_4(shopper, locale).say("stop")
    assert shopper(locale).say(back).startswith(INK_BACK[locale])
    shopper(locale).say("stop")
    assert "4" not in shopper(locale).say(again).split(".")[0]


@pytest.mark.parametrize(
    ("locale", "detour", "back", "step"),
    [
        (EN, "how much is the ox gall soap", "carry on", "Step 5:"),
        (FR, "combien coûte le savon au fiel", "on reprend", "Étape 5 :"),
        (FR, "combien coûte le savon au fiel", "reprends", "Étape 5 :"),
    ],
)
def test_carry_on_after_a_detour_reads_on(shopper, locale, detour, back, step):
    talk = ink_at_step_4(shopper, locale)
    talk.say(detour)
    assert talk.say(back).startswith(step)


@pytest.mark.parametrize(
    ("locale", "other", "back"),
    [
        (EN, "actually it's coffee", "back to the ink"),
        (EN, "actually it's coffee", "let's go back to the ink"),
        (FR, "en fait c'est du café", "reprends l'encre"),
        (FR, "en fait c'est du café", "on revient à l'encre"),
    ],
)
def test_while_another_stain_fabric_is_asked_the_old_guide_is_taken_up(
    shopper, locale, other, back
):
    """It was "I didn't recognize that fabric", then the coffee guide's general method."""
    talk = ink_at_step_4(shopper, locale)
    assert "coffee" in talk.say(other) or locale == FR
    reply = talk.say(back)
    assert reply.startswith(INK_BACK[locale]), reply
    assert "fabric" not in reply and "matière" not in reply


@pytest.mark.parametrize(
    ("locale", "back", "said"),
    [
        (EN, "back to the beginning", "Step 1:"),
        (FR, "retour au début", "Étape 1 :"),
    ],
)
def test_back_to_the_beginning_starts_the_guide_over(shopper, locale, back, said):
    talk = ink_at_step_4(shopper, locale)
    assert said in talk.say(back)


# --- a fabric said in a sentence ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "fabric", "step_1"),
    [
        (FR, "c'est sur mes draps", "Étape 1 : Rincez tout de suite à l'eau bien froide"),
        (FR, "c'est sur un pull en laine", "Étape 1 : Tamponnez à l'eau bien froide"),
        (FR, "c'est sur une nappe", "Étape 1 : Rincez tout de suite à l'eau bien froide"),
        (FR, "c'est sur les draps", "Étape 1 : Rincez tout de suite à l'eau bien froide"),
        (EN, "that's on my sheets", "Step 1: Rinse right away with very cold water"),
        (EN, "this is on my wool sweater", "Step 1: Dab with very cold water"),
    ],
)
def test_a_fabric_said_with_an_article_or_a_plural_answers_which_fabric(
    shopper, locale, fabric, step_1
):
    """« c'est sur mes draps » was « Je n'ai pas de méthode pour « c est » », the guide lost."""
    talk = shopper(locale)
    talk.say("comment enlever une tache de sang" if locale == FR else "how do I remove blood")
    reply = talk.say(fabric)
    assert step_1 in reply, reply
    assert "method for" not in reply and "méthode pour «" not in reply


@pytest.mark.parametrize(
    ("locale", "fabric", "which"),
    [
        (FR, "c'est sur mes draps", "Quelle tache"),
        (EN, "this is on my wool sweater", "Which stain"),
    ],
)
def test_a_fabric_with_no_stain_and_no_guide_asks_which_stain(shopper, locale, fabric, which):
    """It was « Je n'ai pas de méthode pour « c est » », "… for "this is"."."""
    reply = shopper(locale).say(fabric)
    assert reply.startswith(which), reply


# --- "wine" alone ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "spilled", "asked", "red", "started"),
    [
        (EN, "I spilled wine on my shirt",
         "Do you mean the red wine stain or the white wine stain?", "the red one",
         "For the red wine stain, the method depends on the fabric."),
        (EN, "how do I remove a wine stain",
         "Do you mean the red wine stain or the white wine stain?", "red wine",
         "For the red wine stain, the method depends on the fabric."),
        (FR, "j'ai renversé du vin sur ma chemise",
         "Vous voulez dire la tache de vin rouge ou la tache de vin blanc ?", "le rouge",
         "Pour la tache de vin rouge, la méthode dépend du tissu"),
        (FR, "comment enlever une tache de vin",
         "Vous voulez dire la tache de vin rouge ou la tache de vin blanc ?", "vin rouge",
         "Pour la tache de vin rouge, la méthode dépend du tissu"),
    ],
)  # fmt: skip
def test_wine_alone_asks_red_or_white(shopper, locale, spilled, asked, red, started):
    talk = shopper(locale)
    assert talk.say(spilled) == asked
    assert talk.say(red).startswith(started)


@pytest.mark.parametrize(
    ("locale", "guide", "detour", "back", "said"),
    [
        (EN, "how do I remove red wine from cotton", "how much is the ox gall soap",
         "let's go back to the wine", "Back to the red wine stain, where we left off."),
        (FR, "comment enlever du vin rouge sur du coton", "combien coûte le savon au fiel",
         "on revient au vin",
         "On reprend la méthode pour la tache de vin rouge là où nous en étions."),
    ],
)  # fmt: skip
def test_wine_while_the_red_wine_guide_is_followed_is_that_guide(
    shopper, locale, guide, detour, back, said
):
    talk = shopper(locale)
    talk.say(guide)
    talk.say(detour)
    assert talk.say(back).startswith(said)


# --- a couch ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "guide", "step_1"),
    [
        (EN, "I got red wine on my couch",
         "Step 1: Blot up as much wine as you can with a white cloth."),
        (FR, "j'ai du vin rouge sur mon canapé",
         "Étape 1 : Épongez le plus de vin possible avec un linge blanc"),
    ],
)  # fmt: skip
def test_red_wine_on_a_couch_is_never_soaked_nor_washed(shopper, locale, guide, step_1):
    talk = shopper(locale)
    said = [talk.say(guide), talk.say(NEXT[locale]), talk.say(NEXT[locale])]
    assert step_1 in said[0]
    text = " ".join(said).lower()
    for never in (
        "soak for",
        "wash as usual",
        "dryer",
        "laissez tremper",
        "lavez comme",
        "sèche-linge",
    ):
        assert never not in text, text
    assert "upholstery foam" in text or "mousse détachante moquette" in text


@pytest.mark.parametrize(
    ("locale", "guide", "said"),
    [
        (EN, "how do I get grass out of my couch",
         "This method isn't meant for upholstery: it's for cotton, denim, synthetic or linen. "
         "Its steps are for things that go in the wash, so I won't read them here. Anything else?"),
        (FR, "comment enlever une tache d'herbe sur mon canapé",
         "Cette méthode n'est pas prévue pour le canapé. Elle vaut pour le coton, le jean, le "
         "synthétique ou le lin. Ses étapes sont pour ce qui passe au lavage : je ne vous les lis "
         "donc pas ici. Autre chose ?"),
    ],
)  # fmt: skip
def test_a_surface_that_is_not_washed_never_hears_a_general_method(shopper, locale, guide, said):
    assert shopper(locale).say(guide) == said


def test_a_guide_under_way_is_kept_when_another_is_not_for_the_surface(shopper):
    talk = ink_at_step_4(shopper, EN)
    reply = talk.say("how do I get grass out of my couch")
    assert reply.endswith('To go on with the ink stain, say "next".'), reply
    assert talk.say("next").startswith("Step 5:")


CHOCOLATE = "offer: {product: savon-fiel, after_step: end, instead: {upholstery: mousse-moquette}}"


@pytest.fixture
def carpet_foam_shop(example_copy, tmp_path, clock):
    """The example, its chocolate guide naming the carpet foam for carpet (which the guide is
    not meant for, and has no steps for)."""
    path = example_copy / "guides" / "chocolate.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(CHOCOLATE) == 1
    path.write_text(
        text.replace(
            CHOCOLATE, CHOCOLATE.replace("{upholstery:", "{carpet: mousse-moquette, upholstery:")
        ),
        encoding="utf-8",
    )
    settings = Settings(content_dir=example_copy, db_path=tmp_path / "foam.sqlite3")
    return build_skill(settings, clock=clock)


@pytest.mark.parametrize(
    ("locale", "guide", "offered"),
    [
        (EN, "how do I get chocolate out of my carpet",
         "Its steps are for things that go in the wash, so I won't read them here. Carpet and "
         "Upholstery Foam 400 ml is $12.90. Would you like to order it?"),
        (FR, "comment enlever une tache de chocolat sur la moquette",
         "je ne vous les lis donc pas ici. La mousse détachante moquette et canapé coûte 11,90 €. "
         "Voulez-vous la commander ?"),
    ],
)  # fmt: skip
def test_a_surface_the_guide_is_not_for_hears_what_the_merchant_names_for_it(
    carpet_foam_shop, locale, guide, offered
):
    talk = Simulator(carpet_foam_shop, locale, user_id="amzn1.ask.account.FOAM")
    talk.launch()
    reply = talk.say(guide)
    assert offered in reply, reply
    assert "Step 1" not in reply and "Étape 1" not in reply
    assert talk.say("no" if locale == EN else "non").endswith(("Anything else?", "Autre chose ?"))


# --- what is said back ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "said", "echo"),
    [
        (FR, "comment enlever une tache de crème brûlée",
         "Je n'ai pas de méthode pour « crème brûlée »."),
        (FR, "comment enlever une tache de pâte d'amande",
         "Je n'ai pas de méthode pour « pâte d'amande »."),
        (FR, "en fait c'est une tache de crème brûlée",
         "Je n'ai pas de méthode pour « tache de crème brûlée »."),
        (EN, "how do I remove crème brûlée", 'I don\'t have a method for "crème brûlée".'),
    ],
)  # fmt: skip
def test_words_said_back_keep_their_accents_and_apostrophes(shopper, locale, said, echo):
    assert shopper(locale).say(said).startswith(echo)
