"""Prompts that name a guide by a pronoun agree with its grammar: the example's stains are
« la tache de … », a merchant's guides may be masculine (« le détartrage de la bouilloire »).
A shop with two masculine guides, through the real skill, in both locales."""

import pytest

from content.model import Grammar
from skill import envelopes
from skill.app import build_skill
from skill.grammar import Name
from skill.settings import Settings
from skill.simulator import Simulator
from skill.speech import Speaker

GUIDES = {
    "kettle.yaml": """id: kettle
locales:
  fr-FR:
    title: "Détartrage de la bouilloire"
    grammar: {gender: masculine}
    synonyms: ["détartrage de la bouilloire", "bouilloire"]
    steps: ["Remplissez la bouilloire de vinaigre blanc.", "Portez à ébullition.", "Rincez."]
  en-US:
    title: "Kettle descaling"
    synonyms: ["kettle descaling", "kettle"]
    steps: ["Fill the kettle with white vinegar.", "Bring it to a boil.", "Rinse."]
""",
    "coffee-maker.yaml": """id: coffee-maker
locales:
  fr-FR:
    title: "Détartrage de la cafetière"
    grammar: {gender: masculine}
    synonyms: ["détartrage de la cafetière", "cafetière"]
    need: ["du vinaigre blanc"]
    steps: ["Remplissez le réservoir d'eau vinaigrée.", "Lancez un cycle.", "Rincez."]
  en-US:
    title: "Coffee maker descaling"
    synonyms: ["coffee maker descaling", "coffee maker"]
    need: ["white vinegar"]
    steps: ["Fill the tank with water and vinegar.", "Run a cycle.", "Rinse."]
""",
}

FR_KETTLE = "le détartrage de la bouilloire"
FR_COFFEE = "le détartrage de la cafetière"


@pytest.fixture
def shop(example_copy, tmp_path, clock):
    for name, text in GUIDES.items():
        (example_copy / "guides" / name).write_text(text, encoding="utf-8")
    settings = Settings(content_dir=example_copy, db_path=tmp_path / "guides.sqlite3")
    return build_skill(settings, clock=clock)


def talk(shop, locale):
    shopper = Simulator(shop, locale, user_id="amzn1.ask.account.GUIDES")
    shopper.launch()
    return shopper


def unheard_choice(shopper) -> str:
    """A choice Alexa sends with its slot empty ("euh…")."""
    request = envelopes.intent_request(shopper.locale, "ChooseIntent", {"choice": {}})
    return shopper.speech(shopper.send(request))


def test_fr_choosing_among_masculine_guides_says_lequel(shop):
    fr = talk(shop, "fr-FR")
    ambiguous = fr.say("la méthode pour détartrage")
    assert FR_KETTLE in ambiguous and FR_COFFEE in ambiguous
    which = fr.say("oui")
    assert which.startswith("Lequel : ")
    assert "Laquelle" not in which
    assert unheard_choice(fr).startswith("Je n'ai pas saisi lequel.")
    suggested = fr.say("la méthode pour détartrer le four")
    assert suggested.endswith("Lequel voulez-vous ?")
    assert "Laquelle" not in suggested


def test_fr_choosing_among_stains_still_says_laquelle(shop):
    fr = talk(shop, "fr-FR")
    suggested = fr.say("la méthode pour vin blanc ou rouge")
    assert "la tache de vin blanc ou la tache de vin rouge" in suggested
    assert suggested.endswith("Laquelle voulez-vous ?")
    assert fr.say("oui").startswith("Laquelle : ")
    assert unheard_choice(fr).startswith("Je n'ai pas saisi laquelle.")


def test_fr_nothing_needed_names_the_guide(shop):
    fr = talk(shop, "fr-FR")
    fr.say("le guide détartrage de la bouilloire")
    need = fr.say("de quoi ai-je besoin")
    assert need.startswith(f"Il ne vous faut rien de particulier pour {FR_KETTLE}.")
    assert "celle-ci" not in need


def test_en_wording_reads_the_same_for_any_guide(shop):
    en = talk(shop, "en-US")
    assert en.say("help me with descaling").startswith("Do you mean the ")
    assert en.say("yes").startswith("Which one: ")
    assert unheard_choice(en).startswith("I didn't catch which one.")
    en.say("help me with kettle descaling")
    need = en.say("what do i need")
    assert need.startswith("You don't need anything special for the kettle descaling.")


@pytest.mark.parametrize(
    ("genders", "said"),
    [
        (("feminine", "feminine"), "Laquelle : A ou B ?"),
        (("masculine", "masculine"), "Lequel : A ou B ?"),
        (("feminine", "masculine"), "Lequel : A ou B ?"),
        ((None, "feminine"), "Lequel : A ou B ?"),
    ],
)
def test_a_list_of_names_agrees_as_a_group(genders, said):
    """One of several names: feminine only when every name is; a mixed group, or a name
    whose gender the content does not say, takes the masculine."""
    guides = [Name(n, "fr-FR", Grammar(gender=g)) for n, g in zip("AB", genders, strict=True)]
    speaker = Speaker("fr-FR")
    assert speaker.say("guide_which_one", options="A ou B", guides=guides) == said
