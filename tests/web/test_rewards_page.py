"""The account page lists the shopper's rewards: what each is, until when, used or not."""

from accounts.links import account_owner
from payments.money import Money
from payments.rewards import RewardBook, RewardRecord, earn_put, use_put
from tests.web.helpers import set_up_wallet, sign_up


def test_the_account_page_lists_rewards_in_the_page_language(client, app):
    sign_up(client)
    set_up_wallet(client)
    context = app.extensions["echoppe"]
    owner = account_owner(context.accounts.find_by_email("shopper@example.com").account_id)
    now = int(context.clock())
    store = context.services.store
    third = RewardRecord(
        "third-order", owner, "discount", "everyone", now, now + 30 * 86_400, "o_x", percent=10
    )
    gift = RewardRecord(
        "first-gift", owner, "match", "everyone", now - 10, now + 86_400, "d_x",
        match_max={"EUR": Money.of(20, "EUR"), "USD": Money.of(20, "USD")},
    )  # fmt: skip
    store.write([earn_put(third), earn_put(gift)])
    store.write([use_put(RewardBook(store).get(owner, "first-gift"), "d_y", now)])
    french = client.get("/account?lang=fr-FR").text
    assert "Vos récompenses" in french
    assert "Cadeau de la troisième commande — 10 % de remise sur une commande" in french
    assert "à utiliser" in french and "utilisée" in french
    english = client.get("/account?lang=en-US").text
    assert "Third order gift — 10% off an order" in english and "Matched gift" in english
