"""A new shopper in real Chromium: Alexa's account-linking round trip, the wallet pages, and a PIN
reset after a lock. Every page is saved as a screenshot (var/test-artifacts/screenshots/)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlencode, urlsplit

import requests

from accounts.links import AccountLinks, account_owner, derive_key
from payments.agreement import OrderLine, PendingOrder
from payments.money import Money
from payments.pin import PinStatus
from skill.simulator import Simulator
from tests.web.conftest import (
    CLIENT_ID,
    CLIENT_SECRET,
    REDIRECT_URI,
    WEB_SECRET,
    pkce_pair,
)

EMAIL = "camille@example.com"
PASSWORD = "a long sentence I remember"
PIN = "4826"
ALEXA_USER = "amzn1.ask.account.LINKED"


def authorize_url(base: str, challenge: str, state: str) -> str:
    query = {
        "client_id": CLIENT_ID,
        "response_type": "code",
        "state": state,
        "scope": "wallet",
        "redirect_uri": REDIRECT_URI,
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }
    return f"{base}/oauth/authorize?{urlencode(query)}"


def catch_redirect(page) -> list[str]:
    """Play the Alexa app's side of the redirect: record where we were sent, answer a blank page."""
    seen: list[str] = []

    def fulfil(route) -> None:
        seen.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body="<p>Alexa</p>")

    page.route(f"{REDIRECT_URI}*", fulfil)
    return seen


def token_request(base: str, **form: str) -> requests.Response:
    return requests.post(
        f"{base}/oauth/token", data=form, auth=(CLIENT_ID, CLIENT_SECRET), timeout=10
    )


def sign_up_and_set_up_wallet(page, shot) -> None:
    page.get_by_label("Email address").fill(EMAIL)
    page.get_by_label("Choose a password").fill(PASSWORD)
    page.get_by_label("Type the password again").fill(PASSWORD)
    shot("01-signup")
    page.get_by_role("button", name="Create the account").click()

    page.wait_for_url("**/wallet/card")
    page.get_by_label("Visa •••• 4242").check()
    shot("02-card")
    page.get_by_role("button", name="Save the card").click()

    page.wait_for_url("**/wallet/address")
    page.get_by_role("link", name="France").click()
    page.get_by_label("Full name").fill("Camille Martin")
    page.get_by_label("Street address").fill("12 rue des Lilas")
    page.get_by_label("Postal code").fill("75011")
    page.get_by_label("City").fill("Paris")
    shot("03-address")
    page.get_by_role("button", name="Save the address").click()

    page.wait_for_url("**/wallet/pin")
    page.get_by_label("Voice code (4 digits)").fill("1234")
    page.get_by_label("Type the voice code again").fill("1234")
    page.get_by_role("button", name="Save the voice code").click()
    assert page.get_by_text("too easy to guess").is_visible()
    shot("04-pin-weak")
    page.get_by_label("Voice code (4 digits)").fill(PIN)
    page.get_by_label("Type the voice code again").fill(PIN)
    page.get_by_role("button", name="Save the voice code").click()


def test_alexa_links_an_account_then_the_shopper_pays_by_voice(
    server, page, shot, store, skill, clock
):
    verifier, challenge = pkce_pair()
    redirected = catch_redirect(page)

    page.goto(authorize_url(server.url, challenge, state="state-xyz"))
    page.wait_for_url("**/signup")
    sign_up_and_set_up_wallet(page, shot)

    page.wait_for_url("**/oauth/authorize?**")
    assert page.get_by_role("heading", name="Link with Alexa").is_visible()
    shot("05-consent")
    page.get_by_role("button", name="Allow").click()
    page.wait_for_url(f"{REDIRECT_URI}*")

    back = parse_qs(urlsplit(redirected[-1]).query)
    assert back["state"] == ["state-xyz"]
    code = back["code"][0]

    exchanged = token_request(
        server.url,
        grant_type="authorization_code",
        code=code,
        redirect_uri=REDIRECT_URI,
        code_verifier=verifier,
    )
    assert exchanged.status_code == 200, exchanged.text
    tokens = exchanged.json()
    assert tokens["token_type"] == "Bearer" and tokens["expires_in"] == 3600
    again = token_request(
        server.url,
        grant_type="authorization_code",
        code=code,
        redirect_uri=REDIRECT_URI,
        code_verifier=verifier,
    )
    assert again.status_code == 400 and again.json()["error"] == "invalid_grant"

    refreshed = token_request(
        server.url, grant_type="refresh_token", refresh_token=tokens["refresh_token"]
    )
    assert refreshed.status_code == 200, refreshed.text
    rotated = refreshed.json()
    assert rotated["refresh_token"] != tokens["refresh_token"]
    reused = token_request(
        server.url, grant_type="refresh_token", refresh_token=tokens["refresh_token"]
    )
    assert reused.json()["error"] == "invalid_grant"

    page.goto(f"{server.url}/account")
    assert page.get_by_text("Linked", exact=True).is_visible()
    shot("06-account")

    links = AccountLinks(store, derive_key(WEB_SECRET, "access-token"), clock=clock)
    shopper = links.identify(rotated["access_token"])
    assert shopper is not None and links.confirm(shopper)
    wallet = skill.services.wallets.show(shopper.owner)
    assert wallet is not None and wallet.default_method.last4 == "4242"

    unlinked = Simulator(skill, "en-US", user_id=ALEXA_USER)
    unlinked.launch()
    unlinked.say("add two ox gall soaps")
    assert "link your account" in unlinked.say("check out")
    assert unlinked.card == {"type": "LinkAccount"}

    alexa = Simulator(skill, "en-US", user_id=ALEXA_USER, access_token=rotated["access_token"])
    alexa.launch()
    summary = alexa.say("check out")  # the same cart: it is the Alexa user's
    assert "12 rue des Lilas" in summary
    assert "four-digit code" in alexa.say("yes")
    assert "Done! Order number" in alexa.say("four eight two six")
    assert len(skill.services.checkout.latest_orders(shopper.owner)) == 1


def test_a_locked_wallet_is_unlocked_by_a_new_pin_in_the_browser(
    app, server, page, shot, skill, clock
):
    page.goto(f"{server.url}/signup")
    sign_up_and_set_up_wallet(page, shot)
    page.wait_for_url("**/account")
    owner = account_owner(app.extensions["echoppe"].accounts.find_by_email(EMAIL).account_id)
    wallets = skill.services.wallets
    for _ in range(3):
        wallets.check_pin(owner, "0000")
    assert wallets.check_pin(owner, PIN).status is PinStatus.LOCKED

    page.goto(f"{server.url}/account")
    assert page.get_by_role("heading", name="Your wallet is locked").is_visible()
    shot("07-locked")
    clock.advance(11 * 60)  # the sign-up was more than 10 minutes ago: sign in again first
    page.get_by_role("link", name="Choose a new code").click()
    page.wait_for_url("**/reauth")
    page.get_by_label("Password").fill(PASSWORD)
    shot("08-reauth")
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_url("**/wallet/pin")
    page.get_by_label("Voice code (4 digits)").fill("7391")
    page.get_by_label("Type the voice code again").fill("7391")
    shot("09-new-pin")
    page.get_by_role("button", name="Save the voice code").click()
    page.wait_for_url("**/account")
    assert page.get_by_text("Your wallet is unlocked").is_visible()
    shot("10-unlocked")
    assert wallets.check_pin(owner, "7391").status is PinStatus.OK


def test_the_pages_in_french_from_a_code_sign_in_to_deleting_the_account(
    app, server, browser, store, skill, clock, shot_in
):
    page = shot_in.page
    shot = shot_in.take
    page.goto(f"{server.url}/signin?lang=fr-FR")
    shot("11-signin")
    page.get_by_role("link", name="Se connecter plutôt avec un code reçu par e-mail").click()
    page.get_by_label("Adresse e-mail").fill("zoe@example.fr")
    shot("12-code-request")
    page.get_by_role("button", name="Envoyer le code").click()
    page.wait_for_url("**/signin/code/verify")
    code_page = page.url
    page.goto(f"{server.url}/dev/outbox")
    shot("13-outbox")
    code = page.locator("pre").first.inner_text().split("est ")[1][:6]
    page.goto(code_page)
    page.get_by_label("Code de connexion").fill(code)
    shot("14-code")
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url("**/account")

    page.get_by_role("link", name="Créer mon portefeuille").click()
    page.get_by_label("Visa •••• 4242").check()
    page.get_by_role("button", name="Enregistrer la carte").click()
    page.get_by_role("link", name="États-Unis").click()
    page.get_by_label("Nom et prénom").fill("Zoé Martin")
    page.get_by_label("Numéro et rue").fill("350 Fifth Avenue")
    page.get_by_label("Ville").fill("New York")
    page.get_by_label("État").fill("ZZ")
    page.get_by_label("Code ZIP").fill("10118")
    page.get_by_role("button", name="Enregistrer l'adresse").click()
    assert page.get_by_text("Saisissez le code de l'État en 2 lettres").is_visible()
    shot("15-address-us-error")
    page.get_by_label("État").fill("NY")
    page.get_by_role("button", name="Enregistrer l'adresse").click()
    page.get_by_label("Code vocal (4 chiffres)").fill("7391")
    page.get_by_label("Retapez le code vocal").fill("7319")
    page.get_by_role("button", name="Enregistrer le code vocal").click()
    assert page.get_by_text("Les deux codes diffèrent.").is_visible()
    page.get_by_label("Code vocal (4 chiffres)").fill("7391")
    page.get_by_label("Retapez le code vocal").fill("7391")
    page.get_by_role("button", name="Enregistrer le code vocal").click()
    page.wait_for_url("**/account")

    page.get_by_role("link", name="Cartes").click()
    page.get_by_role("link", name="Ajouter une carte").click()
    page.get_by_label("Mastercard •••• 4444").check()
    page.get_by_role("button", name="Enregistrer la carte").click()
    page.wait_for_url("**/wallet/cards")
    shot("16-cards")
    page.goto(f"{server.url}/wallet/address?country=FR")
    page.get_by_label("Nom et prénom").fill("Zoé Martin")
    page.get_by_label("Numéro et rue").fill("12 rue des Lilas")
    page.get_by_label("Code postal").fill("75011")
    page.get_by_label("Ville").fill("Paris")
    page.get_by_role("button", name="Enregistrer l'adresse").click()
    page.wait_for_url("**/wallet/addresses")
    page.get_by_role("button", name="Livrer ici").click()
    assert page.get_by_text("Les commandes seront livrées à cette adresse.").is_visible()
    shot("17-addresses")

    owner = account_owner(
        app.extensions["echoppe"].accounts.find_by_email("zoe@example.fr").account_id
    )
    pending = PendingOrder.create(
        seller="Les Bonnes Recettes SAS",
        lines=[OrderLine("p-soap", "Savon au fiel", 2, Money.of("4.90", "EUR"))],
        delivery_fee=Money.of("3.90", "EUR"),
        shipping_address=skill.services.wallets.get(owner).address,
        nonce="nonce-browser-1",
    )
    assert skill.services.checkout.place_order(owner, pending, "7391").status.value == "paid"
    page.get_by_role("link", name="Commandes").click()
    assert page.get_by_text("Savon au fiel").is_visible()
    shot("18-orders")

    page.goto(f"{server.url}/account/unlink")
    shot("19-unlink")
    page.goto(f"{server.url}/account/delete")
    page.get_by_role("button", name="Supprimer le compte").click()
    assert page.get_by_text("Cochez la case pour confirmer.").is_visible()
    page.get_by_label("Je veux supprimer mon compte").check()
    shot("20-delete")
    page.get_by_role("button", name="Supprimer le compte").click()
    page.wait_for_url("**/account/deleted")
    shot("21-deleted")
    assert skill.services.wallets.get(owner) is None
    assert skill.services.checkout.latest_orders(owner)  # the merchant keeps the order

    page.goto(f"{server.url}/oauth/authorize?client_id=unknown&response_type=code")
    shot("22-oauth-error")
