"""What the shopper says becomes the right product or a short question; the cart keeps it."""

import pytest


@pytest.fixture
def fr(chat):
    shopper = chat("fr-FR", user="amzn1.ask.account.SHOP")
    shopper.launch()
    return shopper


@pytest.fixture
def en(chat):
    shopper = chat("en-US", user="amzn1.ask.account.SHOP")
    shopper.launch()
    return shopper


def test_fr_match_adds_to_cart(fr):
    reply = fr.say("ajoute deux savons au fiel de bœuf")
    assert "J'ai ajouté 2 exemplaires du savon au fiel de bœuf nature 100 g." in reply
    assert "7,80 €" in reply


def test_en_product_info_says_price_size_and_description(en):
    reply = en.say("how much is the ox gall soap")
    assert "Ox Gall Stain Soap Bar 100 g is $4.90" in reply
    assert reply.count("100 g") == 1, "the size is in the name: said once"
    assert "grass, coffee" in reply


def test_en_ambiguous_variant_asks_the_axis(en):
    assert "which scent: unscented or lavender?" in en.say("add soap")
    assert "Lavender Ox Gall" in en.say("the lavender one")


def test_fr_ambiguous_variant_asks_the_axis(fr):
    assert "quel parfum : nature ou lavande ?" in fr.say("ajoute du savon")
    assert "à la lavande" in fr.say("lavande")


def test_fr_ambiguous_by_name_offers_the_two_best(fr):
    reply = fr.say("ajoute un spray")
    assert reply.startswith("Vous voulez dire") and " ou " in reply
    assert "J'ai ajouté" in fr.say("le deuxième")


def test_en_none_politely_with_examples(en):
    reply = en.say("add a lawn mower")
    assert "I didn't find" in reply and "We have, for example" in reply


@pytest.mark.parametrize("said", ["ajoute zéro savon au fiel", "ajoute cent savons au fiel"])
def test_fr_quantity_out_of_range_asks_back(fr, said):
    assert "de 1 à 99" in fr.say(said)


def test_en_a_lot_is_asked_back(skill, en):
    from skill import envelopes

    request = envelopes.intent_request(
        "en-US",
        "AddToCartIntent",
        {"product": {"value": "ox gall soap"}, "quantity": {"value": "?"}},
    )
    assert "How many would you like?" in en.speech(en.send(request))
    assert "I added Ox Gall Stain Soap Bar 100 g, quantity 3." in en.say("3 please")


def test_fr_out_of_stock_offers_the_sibling(fr):
    reply = fr.say("ajoute la poudre oxygène un kilo")
    assert "rupture de stock" in reply and "500 g" in reply
    assert "J'ai ajouté la poudre à l'oxygène actif 500 g." in fr.say("oui")


def test_en_review_remove_clear_with_delivery_rule(en):
    en.say("add two ox gall soaps")
    review = en.say("what's in my cart")
    assert "Ox Gall Stain Soap Bar 100 g, quantity 2." in review
    assert "delivery at $5.90" in review and "$15.70" in review
    en.say("add five oxygen sprays")
    assert "free delivery" in en.say("what's in my cart")
    assert "I removed Ox Gall" in en.say("remove the ox gall soap")
    assert "empty" in en.say("empty my cart")
    assert "empty" in en.say("what's in my cart")


def test_fr_cart_lives_across_sessions(chat):
    first = chat("fr-FR", user="amzn1.ask.account.KEEP")
    first.launch()
    first.say("ajoute le spray oxygène")
    first.say("stop")
    later = chat("fr-FR", user="amzn1.ask.account.KEEP")
    later.launch()
    assert "spray à l'oxygène actif 500 ml" in later.say("mon panier").lower()


def test_en_remove_what_is_not_in_the_cart(en):
    en.say("add two ox gall soaps")
    assert "isn't in your cart" in en.say("remove the oxygen powder")
