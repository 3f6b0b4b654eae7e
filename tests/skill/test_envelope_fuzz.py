"""Envelopes a real device never sends, through the real skill: a polite answer every time.

A property-based fuzz (hypothesis) of whole request envelopes: request types, intents and slots
of the interaction model and made-up ones, slot values with control characters, lone surrogates,
NULs, superscript digits and right-to-left marks, unknown entity ids, missing users, sessions and
types. Every one must get a well-formed response whose speech is valid SSML and not the generic
error, and nothing the request carried may break the store. Bounded and seeded in ``make
test``; ``make fuzz`` runs it long (``ECHOPPE_FUZZ_EXAMPLES``).
"""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from typing import Any

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from skill.app import build_skill, invoke_json
from skill.settings import Settings
from skill.speech import Speaker, plain
from store.sqlite import SQLiteStore
from tests.skill.wallets import enroll

EXAMPLES = int(os.environ.get("ECHOPPE_FUZZ_EXAMPLES", "250"))
MODEL = json.loads((Settings().models_dir / "fr-FR.json").read_text(encoding="utf-8"))
INTENTS = [i["name"] for i in MODEL["interactionModel"]["languageModel"]["intents"]]
SLOTS = sorted(
    {
        s["name"]
        for i in MODEL["interactionModel"]["languageModel"]["intents"]
        for s in i.get("slots", [])
    }
)
NASTY = [
    "\x00",
    "\ud800",
    "\udfff",
    "²",
    "¹²",
    "\u202e",
    "\ufeff",
    "\n",
    "４８２６",
    "-5",
    "1e9",
    "NaN",
]

texts = st.one_of(
    st.text(max_size=40),
    st.sampled_from(NASTY),
    st.lists(st.sampled_from([*NASTY, "vin", "rouge", "20", "euros", "4826", " "]), max_size=6).map(
        "".join
    ),
)
slot = st.fixed_dictionaries(
    {},
    optional={
        "name": texts,
        "value": st.one_of(st.none(), texts),
        "resolutions": st.fixed_dictionaries(
            {
                "resolutionsPerAuthority": st.lists(
                    st.fixed_dictionaries(
                        {
                            "authority": texts,
                            "status": st.fixed_dictionaries(
                                {
                                    "code": st.sampled_from(
                                        ["ER_SUCCESS_MATCH", "ER_SUCCESS_NO_MATCH", "X"]
                                    )
                                }
                            ),
                            "values": st.lists(
                                st.fixed_dictionaries(
                                    {"value": st.fixed_dictionaries({"name": texts, "id": texts})}
                                ),
                                max_size=2,
                            ),
                        }
                    ),
                    max_size=2,
                )
            }
        ),
    },
)
intent = st.fixed_dictionaries(
    {"name": st.one_of(st.sampled_from(INTENTS), texts)},
    optional={"slots": st.dictionaries(st.one_of(st.sampled_from(SLOTS), texts), slot, max_size=4)},
)
request = st.fixed_dictionaries(
    {"requestId": st.one_of(texts, st.just("amzn1.echo-api.request.1"))},
    optional={
        "type": st.one_of(
            st.sampled_from(
                ["LaunchRequest", "IntentRequest", "SessionEndedRequest", "SessionResumedRequest"]
            ),
            texts,
        ),
        "locale": st.one_of(st.sampled_from(["fr-FR", "en-US", "en-GB", "de-DE", "fr-CA"]), texts),
        "timestamp": st.just("2026-11-25T10:00:00Z"),
        "intent": intent,
        "cause": st.fixed_dictionaries(
            {},
            optional={
                "token": texts,
                "result": st.fixed_dictionaries(
                    {"status": st.one_of(st.sampled_from(["ACHIEVED", "NOT_ACHIEVED"]), texts)}
                ),
            },
        ),
    },
)
envelope = st.fixed_dictionaries(
    {"version": st.just("1.0"), "request": request},
    optional={
        "context": st.fixed_dictionaries(
            {
                "System": st.fixed_dictionaries(
                    {"application": st.just({"applicationId": "amzn1.ask.skill.x"})},
                    optional={
                        "user": st.fixed_dictionaries(
                            {},
                            optional={
                                "userId": st.one_of(st.just("amzn1.ask.account.FUZZ"), texts)
                            },
                        ),
                        "person": st.fixed_dictionaries({"personId": texts}),
                    },
                )
            }
        ),
        "session": st.fixed_dictionaries(
            {"sessionId": st.one_of(st.just("s-1"), texts), "new": st.booleans()},
            optional={
                "attributes": st.dictionaries(texts, st.one_of(texts, st.integers()), max_size=3)
            },
        ),
    },
)


def test_envelope_fuzz(tmp_path):
    store = SQLiteStore(tmp_path / "fuzz.sqlite3")
    skill = build_skill(Settings(db_path=tmp_path / "fuzz.sqlite3"), store=store)
    enroll(skill, user="amzn1.ask.account.FUZZ")
    errors = {plain(str(Speaker(locale).say("error"))) for locale in ("fr-FR", "en-US")}

    @seed(20261125)
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    @given(envelope)
    def one(event: dict[str, Any]) -> None:
        response = invoke_json(skill, event)
        assert response["version"] == "1.0"
        ssml = (response.get("response", {}).get("outputSpeech") or {}).get("ssml", "")
        if ssml:
            ET.fromstring(ssml)  # valid SSML: <speak>…</speak>
            assert "\x00" not in ssml
            assert plain(ssml) not in errors, (event, plain(ssml))

    one()
    store.close()
