"""Every guide, walked to its end in both locales and every material, stays fit for the ear."""

import xml.etree.ElementTree as ET

import pytest

from content.loader import load_content
from skill import envelopes
from skill.app import invoke_json
from skill.settings import DEFAULT_CONTENT
from skill.speech import plain

MAX_TURN_CHARS = 600
CONTENT = load_content(DEFAULT_CONTENT)
CASES = [
    (locale, guide.id, material)
    for guide in CONTENT.guides.values()
    for locale in CONTENT.locales
    for material in [None, *guide.text[locale].material_steps]
]


def turn(skill, event):
    return invoke_json(skill, event)


@pytest.mark.parametrize(("locale", "guide_id", "material"), CASES)
def test_walk_every_guide(skill, locale, guide_id, material):
    user = f"amzn1.ask.account.WALK-{guide_id}-{material}"
    slots = {"topic": {"value": guide_id, "type": "GUIDE_TOPIC", "id": guide_id}}
    if material:
        slots["material"] = {"value": material, "type": "MATERIAL", "id": material}
    events = [envelopes.intent_request(locale, "GetGuideIntent", slots)]
    if material is None and CONTENT.guides[guide_id].depends_on_material(locale):
        other = {"value": "other", "type": "MATERIAL", "id": "other"}
        events.append(envelopes.intent_request(locale, "MaterialIntent", {"material": other}))
    events += [envelopes.intent_request(locale, "AMAZON.NextIntent") for _ in range(8)]
    heard = []
    for request in events:
        response = turn(skill, envelopes.envelope(request, user_id=user, session_id="walk"))
        body = response["response"]
        ssml = body["outputSpeech"]["ssml"]
        ET.fromstring(ssml)
        text = plain(ssml)
        assert len(text) <= MAX_TURN_CHARS, text
        if body.get("shouldEndSession") is False:
            assert body.get("reprompt"), text
        heard.append(text)
    steps = CONTENT.guides[guide_id].steps_for(locale, material)
    for step in steps:
        assert any(step in text for text in heard), step
