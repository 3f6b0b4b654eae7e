"""Off the happy path after a product's description: "buy it", « je le prends », "add it" take
the product described ("buy it" asked "Which product would you like?"). Through the real skill
and the simulator's reading of the committed interaction models."""

from __future__ import annotations

import pytest

from tests.skill.wallets import enroll

FR, EN = "fr-FR", "en-US"


@pytest.mark.parametrize(
    ("locale", "asked", "taken", "said"),
    [
        (EN, "how much is the small oxygen spray", "buy it",
         "I added Active Oxygen Spray 250 ml. Your order from"),
        (EN, "how much is the small oxygen spray", "add it", "I added Active Oxygen Spray 250 ml."),
        (FR, "combien coûte le petit spray oxygène", "ajoute-le",
         "J'ai ajouté le spray à l'oxygène actif 250 ml."),
    ],
)  # fmt: skip
def test_it_after_a_description_is_the_product_described(
    skill, shopper, locale, asked, taken, said
):
    enroll(skill)
    talk = shopper(locale)
    talk.say(asked)
    assert talk.say(taken).startswith(said)
