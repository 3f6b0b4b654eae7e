"""A shop with campaigns for conversation tests: the example content with its own
``campaigns.yaml``, the real skill on a store, shoppers with a wallet, and scripted turns."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

from payments.address import Address
from skill.app import EchoppeSkill, build_skill
from skill.settings import Settings
from skill.simulator import Simulator
from skill.state import STATE_SK, owner_key
from store.base import Store
from tests.skill.wallets import PIN

EXAMPLE = Path(__file__).resolve().parents[2] / "content" / "example"
FR, EN = "fr-FR", "en-US"
SAY = {
    FR: {
        "add": "ajoute deux savons au fiel nature",
        "checkout": "passer commande",
        "yes": "oui",
        "no": "non",
        "coffee": "comment enlever une tache de café sur du coton",
        "grass": "comment enlever une tache d'herbe sur du coton",
        "next": "suivant",
        "donate": "donne vingt euros à la croix rouge",
        "reward": "utilise ma récompense",
    },
    EN: {
        "add": "add two ox gall soaps",
        "checkout": "check out",
        "yes": "yes",
        "no": "no",
        "coffee": "how do I get coffee out of my cotton shirt",
        "grass": "how do I get grass out of my cotton shirt",
        "next": "next",
        "donate": "donate twenty dollars to the red cross",
        "reward": "use my reward",
    },
}


def text(fr_label: str, fr_say: str, en_label: str, en_say: str) -> str:
    return (
        f'{{fr-FR: {{label: "{fr_label}", say: "{fr_say}"}}, '
        f'en-US: {{label: "{en_label}", say: "{en_say}"}}}}'
    )


def campaign(
    campaign_id: str,
    segments: str,
    discount: str,
    label: tuple[str, str],
    *,
    first: str = "2026-01-01",
    last: str = "2027-12-31",
    extra: str = "",
) -> str:
    """One campaign of ``campaigns.yaml`` on every product; ``label``: (French, English)."""
    said = text(label[0], f"{label[0]} pour vous.", label[1], f"{label[1]} for you.")
    return textwrap.dedent(f"""\
      - id: {campaign_id}
        segments: [{segments}]
        discount: {discount}
        products: all
        from: {first}
        until: {last}
        text: {said}
    """) + "".join(f"  {line}\n" for line in extra.splitlines() if line)


def shop(
    tmp_path: Path, store: Store, clock, campaigns_yaml: str, name: str = "shop"
) -> EchoppeSkill:
    folder = tmp_path / f"content-{name}"
    shutil.copytree(EXAMPLE, folder)
    (folder / "campaigns.yaml").write_text(campaigns_yaml, encoding="utf-8")
    settings = Settings(content_dir=folder, db_path=tmp_path / f"{name}.sqlite3")
    return build_skill(settings, store=store, clock=clock)


def shopper(skill: EchoppeSkill, locale: str, user: str) -> Simulator:
    owner = owner_key(user)
    if skill.services.wallets.show(owner) is None:
        address = Address("Camille Martin", "12 rue des Lilas", "75011", "Paris", "FR")
        skill.services.wallets.enroll(owner, "tok_visa", address, PIN)
    return Simulator(skill, locale, user_id=user)


def buy_soaps(talk: Simulator) -> tuple[str, str]:
    """Two soaps, checked out and paid: (the summary, the confirmation). Declines a round-up."""
    say = SAY[talk.locale]
    talk.launch()
    talk.say(say["add"])
    summary = talk.say(say["checkout"])
    talk.say(say["yes"])
    done = talk.say(PIN)
    if "?" in done.rsplit(".", 1)[-1]:  # the round-up question
        talk.say(say["no"])
    talk.end()
    return summary, done


def summary_of_soaps(talk: Simulator) -> str:
    say = SAY[talk.locale]
    talk.launch()
    talk.say(say["add"])
    summary = talk.say(say["checkout"])
    talk.say(say["no"])
    talk.say("vide mon panier" if talk.locale == FR else "empty my cart")
    talk.end()
    return summary


def offer_after_guide(talk: Simulator, stain: str = "coffee") -> str:
    """A guide on cotton to its end (coffee's offers the oxygen spray 250 ml): what was said."""
    say = SAY[talk.locale]
    talk.launch()
    talk.say(say[stain])
    talk.say(say["next"])
    return talk.say(say["next"])


def charges(store: Store) -> list[int]:
    return [
        i.data["amount"]["minor"] for i in store.query("sandbox", "charge#") if i.data["approved"]
    ]


def profile(store: Store, user: str) -> dict:
    item = store.get(f"owner#{owner_key(user)}", STATE_SK)
    return (item.data.get("profile") or {}) if item else {}
