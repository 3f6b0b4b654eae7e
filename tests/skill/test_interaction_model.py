"""Interaction models: generated from content, committed, and held to Alexa's rules."""

import copy
import json

import pytest

from content.loader import load_content
from skill.interaction_model import build_model, check_all, check_model
from skill.settings import DEFAULT_CONTENT, Settings

CONTENT = load_content(DEFAULT_CONTENT)
CONTRACT = {
    "GetGuideIntent": {"topic"},
    "ProductInfoIntent": {"product"},
    "BuyIntent": {"product", "quantity"},
    "AddToCartIntent": {"product", "quantity"},
    "ReviewCartIntent": set(),
    "RemoveFromCartIntent": {"product"},
    "CheckoutIntent": set(),
    "VoicePinIntent": {"pin"},
    "DonateIntent": {"amount", "charity"},
    "OrderStatusIntent": set(),
    "CancelOrderIntent": set(),
}
BUILT_INS = {
    f"AMAZON.{name}Intent"
    for name in [
        "Yes",
        "No",
        "Help",
        "Stop",
        "Cancel",
        "Fallback",
        "Repeat",
        "Next",
        "Previous",
        "StartOver",
        "NavigateHome",
    ]
}


@pytest.mark.parametrize("locale", ["fr-FR", "en-US"])
def test_public_intent_contract(locale):
    model = build_model(CONTENT, locale)["interactionModel"]["languageModel"]
    intents = {i["name"]: i for i in model["intents"]}
    for name, slots in CONTRACT.items():
        assert slots <= {s["name"] for s in intents[name].get("slots", [])}, name
    assert set(intents) >= BUILT_INS
    pin = next(s for s in intents["VoicePinIntent"]["slots"] if s["name"] == "pin")
    assert pin["type"] == "AMAZON.FOUR_DIGIT_NUMBER"
    amount = next(s for s in intents["DonateIntent"]["slots"] if s["name"] == "amount")
    assert amount["type"] == "AMAZON.NUMBER"


@pytest.mark.parametrize("locale", ["fr-FR", "en-US"])
def test_slot_types_carry_ids_and_synonyms_from_content(locale):
    model = build_model(CONTENT, locale)["interactionModel"]["languageModel"]
    types = {t["name"]: {v["id"]: v for v in t["values"]} for t in model["types"]}
    assert set(types["GUIDE_TOPIC"]) == set(CONTENT.guides)
    assert set(types["CHARITY"]) == set(CONTENT.charities)
    assert {p.id for p in CONTENT.catalogs[locale].products} == set(types["PRODUCT"])
    red_wine = types["GUIDE_TOPIC"]["red-wine"]["name"]
    assert CONTENT.guides["red-wine"].text[locale].title in red_wine["synonyms"]


def test_committed_models_are_current():
    assert check_all(CONTENT, Settings().models_dir) == []


def test_stale_model_is_reported(tmp_path):
    for locale in CONTENT.locales:
        model = build_model(CONTENT, locale)
        model["interactionModel"]["languageModel"]["intents"][0]["samples"].pop()
        (tmp_path / f"{locale}.json").write_text(json.dumps(model), encoding="utf-8")
    problems = check_all(CONTENT, tmp_path)
    assert len(problems) == 2 and all("differs" in p for p in problems)


def _broken(mutate):
    model = copy.deepcopy(build_model(CONTENT, "en-US"))
    mutate(model["interactionModel"]["languageModel"])
    return [str(p) for p in check_model(model, "en-US")]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("Stain Recipes", "must be lowercase"),
        ("recipes", "needs two words"),
        ("stain recipes app", "must not contain 'app'"),
        ("alexa stain recipes", "must not contain 'alexa'"),
        ("echo stains", "must not contain 'echo'"),
        ("stain skill", "must not contain 'skill'"),
    ],
)
def test_invocation_name_rules(name, message):
    assert any(message in p for p in _broken(lambda m: m.update(invocationName=name)))


def test_sample_in_two_intents():
    def mutate(model):
        intents = {i["name"]: i for i in model["intents"]}
        intents["ClearCartIntent"]["samples"].append("Check out")

    problems = _broken(mutate)
    assert any("'check out' is in both" in p.lower() and "ClearCartIntent" in p for p in problems)


def test_undeclared_slot_in_a_sample():
    def mutate(model):
        model["intents"][0]["samples"].append("remove {stain} now")

    assert any("{stain}" in p and "is not a slot" in p for p in _broken(mutate))


def test_a_sample_over_200_characters():
    def mutate(model):
        model["intents"][0]["samples"].append("please " * 29 + "{topic}")

    assert any("is over 200 characters" in p for p in _broken(mutate))
    assert not any("over 200" in p for p in _broken(lambda model: None))


def test_slot_value_in_two_entries():
    def mutate(model):
        topics = next(t for t in model["types"] if t["name"] == "GUIDE_TOPIC")
        topics["values"][1]["name"]["synonyms"] = [topics["values"][0]["name"]["value"]]

    assert any("GUIDE_TOPIC" in p and "belongs to both" in p for p in _broken(mutate))


def test_a_catalog_too_big_for_a_slot_type_is_cut_and_still_resolves(monkeypatch, skill, chat):
    import skill.interaction_model as im

    monkeypatch.setattr(im, "MAX_SLOT_VALUES", 3)
    model = build_model(CONTENT, "en-US")["interactionModel"]["languageModel"]
    products = next(t for t in model["types"] if t["name"] == "PRODUCT")
    assert len(products["values"]) == 3
    assert "stick-detachant" not in {v["id"] for v in products["values"]}
    en = chat("en-US")
    en.launch()
    assert "I added Pocket Stain Stick" in en.say("add a pocket stain stick")
