"""What the console tests share: settings without account linking (the simulator pays with the
Alexa user's own wallet), merchant users, shoppers with wallets, and orders placed by voice."""

from __future__ import annotations

from pathlib import Path

from merchants.users import MerchantUsers
from payments.address import parse_address
from skill.settings import Settings
from skill.simulator import Simulator
from skill.state import owner_key
from tests.web.conftest import PEPPER, SCREENSHOTS, WEB_SECRET

OWNER = ("owner@shop.example", "the owner's long passphrase")
STAFF = ("staff@shop.example", "the staff member's passphrase")
PIN = "4826"
CONSOLE_SHOTS = SCREENSHOTS / "console"


def console_settings(tmp_path: Path) -> Settings:
    return Settings.from_env(
        {
            "ECHOPPE_DB": str(tmp_path / "echoppe.sqlite3"),
            "ECHOPPE_PIN_PEPPER": PEPPER,
            "ECHOPPE_WEB_SECRET": WEB_SECRET,
            "ECHOPPE_OUTBOX": str(tmp_path / "outbox"),
        }
    )


def add_users(store, clock) -> None:
    users = MerchantUsers(store, clock=clock)
    users.add(OWNER[0], OWNER[1], "owner")
    users.add(STAFF[0], STAFF[1], "staff")


def shopper(skill, locale: str, user: str, card: str = "tok_visa") -> Simulator:
    """A shopper with a wallet (sandbox ``card``), talking to ``skill``."""
    country, text = (
        ("FR", "12 rue des Lilas, 75011 Paris")
        if locale == "fr-FR"
        else ("US", "350 Fifth Avenue, New York, NY 10118")
    )
    address = parse_address(text, "Camille Martin", country)
    skill.services.wallets.enroll(owner_key(user), card, address, PIN)
    return Simulator(skill, locale, user_id=user)


def buy_by_voice(simulator: Simulator) -> str:
    """Add a product, check out, say yes and the PIN; what Alexa said last."""
    simulator.launch()
    if simulator.locale == "fr-FR":
        simulator.say("ajoute le spray oxygène")
        simulator.say("passer commande")
        simulator.say("oui")
        return simulator.say("quatre huit deux six")
    simulator.say("add two ox gall soaps")
    simulator.say("check out")
    simulator.say("yes")
    return simulator.say("four eight two six")


def order_status(simulator: Simulator) -> str:
    simulator.end()
    simulator.launch()
    return simulator.say(
        "où en est ma commande" if simulator.locale == "fr-FR" else "where is my order"
    )
